package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to read a GIS file of parcels. Reading never mends an invalid polygon: that is
 * {@code Measurement.repairingInvalidGeometry()}'s job, which reports each repair as a warning.
 *
 * @param crs the coordinate system to use instead of the file's own (or for a file that has none): {@code EPSG:4549}
 *     or a proj string such as {@code +proj=tmerc +lon_0=121.4667 +x_0=0 +y_0=-3457147.81 +ellps=GRS80 +units=m}
 *     (a local 上海城建坐标 approximation); empty to use the file's
 * @param fallbackCharset the charset of a Shapefile's .dbf when it has no .cpg and no language-driver byte, e.g.
 *     GBK for files from older Chinese GIS software
 * @param ignoreUnknownFields whether fields the schema does not know are ignored; by default they are an error,
 *     because a misspelt field name would silently drop a fact
 * @param pack the policy pack whose land-use names (产业项目类工业用地 …) and use-code aliases (厂房, 人才公寓 …) are
 *     accepted and mapped to its codes
 * @param readerThreads how many threads of its own a GeoPackage source reads parcels and their buildings and storeys
 *     on, ahead of the thread consuming its records, each over a read-only connection of its own; 0 reads everything
 *     on the consuming thread. Fetching rows through JDBC is most of the cost of reading, so a batch that checks on
 *     several cores should read on about as many. Other formats read on the consuming thread.
 * @param temporaryDiskBudget the disk space, in bytes, that the temporary indexed copies of one GeoPackage's
 *     buildings and storeys tables may take together (landcheck copies such a table when it has no index on
 *     parcel_id, as GDAL and QGIS write them); 0, the default ({@link #AUTOMATIC_DISK_BUDGET}), allows twice the
 *     GeoPackage's size plus 64 MiB, more than a copy of its tables needs. A copy that would take more is stopped
 *     there, and every record of the file is an error naming the table.
 * @param limits what one record may hold (vertices, rings, nesting, buildings, storeys, text length, JSON depth); a
 *     record beyond a bound is an error naming the bound and the field
 * @param layers the layer (GeoPackage table, or Shapefile/GeoJSON base name in a directory) holding the parcels, the
 *     buildings or the storeys, by role ({@code parcels}, {@code buildings}, {@code storeys}), where it is not named
 *     as its role; a role not given is the layer named as the role, else the one table of a GeoPackage, or file of
 *     an input directory, whose fields are that layer's required fields (docs/input-format.md)
 * @param buildingAssignment how buildings are given to parcels: by their parcel_id ({@code BY_ID}, the default), or,
 *     for buildings without one, by location ({@code BY_LOCATION}, {@code BY_LOCATION_SPLIT}). By location, the
 *     source reads the parcels' polygons in a first pass and holds them, with an STRtree, while it places the
 *     buildings without parcel_id, and holds those buildings and their storeys until their parcel is read
 * @since 0.1
 */
public record ReadOptions(Optional<String> crs, Charset fallbackCharset, boolean ignoreUnknownFields, PolicyPack pack,
    int readerThreads, long temporaryDiskBudget, ReadLimits limits, Map<String, String> layers,
    BuildingAssignment buildingAssignment) {

  /**
   * How buildings (建筑) are given to parcels (宗地): by their {@code parcel_id} only, or, for buildings without one, by
   * location (按位置归属). The rules are in docs/input-format.md, "Buildings by location".
   *
   * @since 0.1
   */
  public enum BuildingAssignment {
    /** Every building names its parcel in {@code parcel_id}; one without it is an error ({@code --assign-buildings by-id}). */
    BY_ID,
    /**
     * A building without {@code parcel_id} goes, with its storeys, to the parcel that holds the largest part of its
     * footprint; the part outside is reported ({@code --assign-buildings by-location}).
     */
    BY_LOCATION,
    /**
     * As {@link #BY_LOCATION}, and a building across several parcels is also given to each other parcel holding part of
     * it, so that each measures its own part ({@code --assign-buildings by-location-split}).
     */
    BY_LOCATION_SPLIT;

    /**
     * Whether buildings without parcel_id are placed by location.
     *
     * @return true for {@link #BY_LOCATION} and {@link #BY_LOCATION_SPLIT}
     */
    public boolean byLocation() {
      return this != BY_ID;
    }
  }


  /** The roles a layer can have: {@code parcels}, {@code buildings}, {@code storeys}. */
  public static final List<String> LAYER_ROLES = List.of("parcels", "buildings", "storeys");

  /** {@link #temporaryDiskBudget()}: twice the size of the GeoPackage plus 64 MiB. */
  public static final long AUTOMATIC_DISK_BUDGET = 0;

  /**
   * Checks the components.
   *
   * @param crs a coordinate system overriding the file's ({@code EPSG:nnnn}, a proj string or a recognised WKT); empty
   *     to use the file's; not blank when present, and one landcheck can build (checked here, once, not per record)
   * @param fallbackCharset the .dbf charset for files that do not name theirs, such as GBK; not null
   * @param ignoreUnknownFields true to ignore attributes the schema does not know; false makes them errors
   * @param pack the pack whose land uses and use codes records are read against; not null
   * @param readerThreads the GeoPackage reader's own threads; 0 or more
   * @param temporaryDiskBudget bytes the temporary indexed copies of one GeoPackage may take; 0 or more, 0 for {@link
   *     #AUTOMATIC_DISK_BUDGET}
   * @param limits the bounds on what one record may hold; not null
   * @param layers the layer named for each role ({@code parcels}, {@code buildings}, {@code storeys}) that is not
   *     named as its role; an empty map to read the layers named as their roles; not null
   * @param buildingAssignment how buildings are given to parcels: by parcel_id only, or by location for those without
   *     one; not null
   */
  public ReadOptions {
    checkNotNull(crs, "crs (use Optional.empty())");
    crs.ifPresent(c -> checkArgument(!c.isBlank(), "crs must not be blank"));
    // a system landcheck cannot use fails here, once, not on every record read with it
    crs.ifPresent(SourceCrs::parse);
    checkNotNull(fallbackCharset, "fallbackCharset");
    checkNotNull(pack, "pack");
    checkArgument(readerThreads >= 0, "readerThreads must be >= 0, was %s", readerThreads);
    checkArgument(temporaryDiskBudget >= 0, "temporaryDiskBudget must be >= 0, was %s", temporaryDiskBudget);
    checkNotNull(limits, "limits");
    checkNotNull(buildingAssignment, "buildingAssignment");
    layers = Map.copyOf(checkNotNull(layers, "layers"));
    layers.forEach((role, name) -> {
      checkArgument(LAYER_ROLES.contains(role), "layer role must be one of %s, was '%s'", LAYER_ROLES, role);
      checkArgument(!name.isBlank(), "layer name for %s must not be blank", role);
    });
  }

  /**
   * These options reading the layer of role {@code role} ({@code parcels}, {@code buildings} or {@code storeys}) from
   * the layer {@code name}: a GeoPackage's table, or the base name of a Shapefile or GeoJSON file in an input
   * directory ({@code --layer parcels=NAME} on the command line).
   *
   * @param role {@code parcels}, {@code buildings} or {@code storeys}
   * @param name the layer's name in the input
   * @return a copy of these options with that layer named
   * @throws IllegalArgumentException if the role is not one of those, or the name is blank
   */
  public ReadOptions withLayer(String role, String name) {
    Map<String, String> out = new HashMap<>(layers);
    out.put(checkNotNull(role, "role"), checkNotNull(name, "name").strip());
    return new ReadOptions(crs, fallbackCharset, ignoreUnknownFields, pack, readerThreads, temporaryDiskBudget, limits,
        out, buildingAssignment);
  }

  /**
   * These options giving buildings to parcels as {@code assignment} says ({@code --assign-buildings} on the command
   * line).
   *
   * @param assignment by parcel_id only, or by location for buildings without one (split across parcels or not)
   * @return a copy of these options with the assignment
   */
  public ReadOptions withBuildingAssignment(BuildingAssignment assignment) {
    return new ReadOptions(crs, fallbackCharset, ignoreUnknownFields, pack, readerThreads, temporaryDiskBudget, limits,
        layers, checkNotNull(assignment, "assignment"));
  }

  /** The pack of {@link #defaults()}. */
  private static final String DEFAULT_PACK = "shanghai-2021";

  /** The layer named for {@code role}, if one was. */
  Optional<String> layer(String role) {
    return Optional.ofNullable(layers.get(role));
  }

  /**
   * The file's own coordinate system, UTF-8 fallback, unknown fields are errors, the bundled Shanghai 2021 pack
   * ({@code shanghai-2021}, from land-pack-shanghai, a runtime dependency of this module), as many reader threads as
   * the machine has cores, the automatic temporary disk budget, {@link ReadLimits#defaults()}.
   *
   * @return the default options
   * @throws IllegalStateException if the bundled pack {@code shanghai-2021} is not on the class or module path
   */
  public static ReadOptions defaults() {
    PolicyPack shanghai = PolicyPacks.bundled(DEFAULT_PACK).orElseThrow(() -> new IllegalStateException(
        "ReadOptions.defaults(): the bundled pack " + DEFAULT_PACK + " (land-pack-shanghai) is not on the class or"
            + " module path"));
    return new ReadOptions(Optional.empty(), StandardCharsets.UTF_8, false, shanghai,
        Runtime.getRuntime().availableProcessors(), AUTOMATIC_DISK_BUDGET, ReadLimits.defaults(), Map.of(),
        BuildingAssignment.BY_ID);
  }

  /**
   * These options with a coordinate system ({@code EPSG:nnnn}, a proj string, or a WKT landcheck recognises) that
   * overrides the file's.
   *
   * @param crs {@code EPSG:nnnn} (such as {@code EPSG:4549}, CGCS2000 3-degree zone 40), a proj string, or a WKT
   * @return a copy of these options with the coordinate system
   * @throws IllegalArgumentException naming the system if landcheck cannot use it (an EPSG code Proj4J does not know,
   *     a proj string it cannot build, anything else)
   */
  public ReadOptions withCrs(String crs) {
    return new ReadOptions(Optional.of(checkNotNull(crs, "crs").strip()), fallbackCharset, ignoreUnknownFields, pack,
        readerThreads, temporaryDiskBudget, limits, layers, buildingAssignment);
  }

  /**
   * These options with the charset of .dbf files that do not name theirs.
   *
   * @param charset the charset, such as GBK for files from older Chinese GIS software
   * @return a copy of these options with the charset
   */
  public ReadOptions withCharset(Charset charset) {
    return new ReadOptions(crs, charset, ignoreUnknownFields, pack, readerThreads, temporaryDiskBudget, limits, layers, buildingAssignment);
  }

  /**
   * These options, ignoring fields the schema does not know.
   *
   * @return a copy of these options that ignores unknown attributes instead of reporting them
   */
  public ReadOptions ignoringUnknownFields() {
    return new ReadOptions(crs, fallbackCharset, true, pack, readerThreads, temporaryDiskBudget, limits, layers, buildingAssignment);
  }

  /**
   * These options with another policy pack's land uses and use codes.
   *
   * @param pack the policy pack records are read against
   * @return a copy of these options with the pack
   */
  public ReadOptions withPack(PolicyPack pack) {
    return new ReadOptions(crs, fallbackCharset, ignoreUnknownFields, pack, readerThreads, temporaryDiskBudget,
        limits, layers, buildingAssignment);
  }

  /**
   * These options reading GeoPackages on {@code threads} threads of their own; 0 reads on the consuming thread.
   *
   * @param threads the number of reader threads, 0 or more
   * @return a copy of these options with the threads
   */
  public ReadOptions withReaderThreads(int threads) {
    return new ReadOptions(crs, fallbackCharset, ignoreUnknownFields, pack, threads, temporaryDiskBudget, limits, layers, buildingAssignment);
  }

  /**
   * These options letting the temporary indexed copies of one GeoPackage take at most {@code bytes} of disk; 0 for the
   * automatic budget (twice the GeoPackage's size plus 64 MiB).
   *
   * @param bytes the budget in bytes, 0 or more
   * @return a copy of these options with the budget
   */
  public ReadOptions withTemporaryDiskBudget(long bytes) {
    return new ReadOptions(crs, fallbackCharset, ignoreUnknownFields, pack, readerThreads, bytes, limits, layers, buildingAssignment);
  }

  /**
   * These options with other bounds on what one record may hold.
   *
   * @param limits the new bounds
   * @return a copy of these options with the bounds
   */
  public ReadOptions withLimits(ReadLimits limits) {
    return new ReadOptions(crs, fallbackCharset, ignoreUnknownFields, pack, readerThreads, temporaryDiskBudget,
        checkNotNull(limits, "limits"), layers, buildingAssignment);
  }
}
