package io.landcheck.geo.io;

import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.input.BadValue;
import io.landcheck.input.ParcelRecords;
import io.landcheck.input.Values;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;

/**
 * Turns a parcel feature and its building and storey features into a {@link SourceRecord}: typed facts, geometry in
 * projected metres, and every problem as a {@link RecordError} naming the record and the field. {@link #read} takes
 * from the file, in file order, what a record needs; the assembly it defers is thread-safe (the pack, the problems
 * and the options are immutable, and {@link SourceCrs} keeps its transforms per thread).
 */
final class Assembler {

  /**
   * A problem of the whole source (no coordinate system, a missing field) that every record reports: told by the
   * template {@code UNREADABLE.name} of RecordError with {@code arguments}, or, where {@code name} is empty, by the
   * English {@code message} alone (the text of a library's exception).
   */
  record Problem(String field, String message, String name, List<String> arguments) {
    /** A problem told only by an English text. */
    Problem(String field, String message) {
      this(field, message, "", List.of());
    }

    /** A problem told by the template {@code UNREADABLE.name}. */
    static Problem told(String field, String name, List<String> arguments) {
      return new Problem(field, "", name, List.copyOf(arguments));
    }

    /** This problem as the error of record {@code id}. */
    RecordError error(String id) {
      return name.isEmpty() ? RecordError.of(RecordError.Code.UNREADABLE, id, field, message)
          : RecordError.of(RecordError.Code.UNREADABLE, id, field, name, arguments);
    }
  }

  private final ChildStore store;
  private final Optional<SourceCrs> crs;
  private final List<Problem> problems;
  private final ReadOptions options;
  private final Optional<ByLocation> byLocation;

  Assembler(ChildStore store, Optional<SourceCrs> crs, List<Problem> problems, ReadOptions options) {
    this(store, crs, problems, options, Optional.empty());
  }

  /** An assembler adding to each parcel the buildings without parcel_id placed on it {@code byLocation}. */
  Assembler(ChildStore store, Optional<SourceCrs> crs, List<Problem> problems, ReadOptions options,
      Optional<ByLocation> byLocation) {
    this.store = store;
    this.crs = crs;
    this.problems = List.copyOf(problems);
    this.options = options;
    this.byLocation = byLocation;
  }

  /**
   * An assembler for a source whose children are in {@code store}: placing its buildings without parcel_id by location
   * first, over a fresh pass of its parcels {@code parcels}, if the options ask for it and the source has no problem
   * that fails every record.
   */
  static Assembler of(ChildStore store, Optional<SourceCrs> crs, List<Problem> problems, ReadOptions options,
      ParcelPass parcels) throws SQLException, java.io.IOException {
    if (!options.buildingAssignment().byLocation() || !problems.isEmpty() || crs.isEmpty()) {
      return new Assembler(store, crs, problems, options);
    }
    try (AssembledSource.Features pass = parcels.open()) {
      return new Assembler(store, crs, problems, options,
          Optional.of(ByLocation.place(pass, store, crs.get(), options)));
    }
  }

  /** Opens a fresh pass over a source's parcel features, for placing buildings by location. */
  interface ParcelPass {
    AssembledSource.Features open() throws SQLException, java.io.IOException;
  }

  /** The buildings placed on no parcel by location, each an error record after the parcels. */
  List<ByLocation.Unplaced> unplaced() {
    return byLocation.map(ByLocation::unplaced).orElse(List.of());
  }

  /** The coordinate system of the parcels, if the source has one landcheck can use. */
  Optional<SourceCrs> crs() {
    return crs;
  }

  /**
   * What a parcel record needs from its file: its id (or its locator when it has none) and whether the id was given
   * before, both found in file order; its place as the raw fields give them; its rows and its children's (none when a
   * problem of the whole source fails every record).
   */
  private record Read(long index, String id, boolean duplicate, Optional<String> park, Optional<String> district,
      Rows rows) {}

  /**
   * A parcel's row and the rows of its buildings and storeys, geometry still encoded; none of those past the limits,
   * which are only counted.
   */
  record Rows(RawFeature parcel, ChildStore.Fetched buildings, ChildStore.Fetched storeys) {}

  /**
   * Reads, on the thread reading the file and in file order, what the parcel's record needs from the file; the rest of
   * the assembly is deferred to {@link #assemble}.
   */
  SourceRecord.Deferred read(long index, RawFeature f) throws SQLException {
    Optional<String> maybeId = idOf(f);
    Rows rows = problems.isEmpty() ? rowsOf(f, maybeId, store)
        : new Rows(f, ChildStore.Fetched.NONE, ChildStore.Fetched.NONE);
    return deferred(index, f.locator(), maybeId, () -> rows);
  }

  /**
   * Reads, on the thread reading the file and in file order, only a parcel's id, and notices an id given twice; the
   * parcel's rows ({@code rows}, for a source without problems of its own: read by {@link #rowsOf}, on any thread) are
   * taken when the record is assembled.
   *
   * @param idOnly the parcel's feature with at least its parcel_id field, enough to number the record and name it
   */
  SourceRecord.Deferred read(long index, RawFeature idOnly, Supplier<Rows> rows) throws SQLException {
    return deferred(index, idOnly.locator(), idOf(idOnly), rows);
  }

  /** The record of the parcel at {@code locator} whose parcel_id gives {@code maybeId}, noting an id given twice. */
  private SourceRecord.Deferred deferred(long index, String locator, Optional<String> maybeId, Supplier<Rows> rows)
      throws SQLException {
    // an id past the limit names no record: a report row would carry it whole
    Optional<String> bounded = maybeId.filter(i -> i.length() <= options.limits().maxStringLength());
    String id = bounded.orElse(locator);
    boolean duplicate = bounded.isPresent() && !store.see(id);
    return new SourceRecord.Deferred(index, id, locator, () -> assemble(read(index, id, duplicate,
        duplicate || byLocation.isEmpty() ? rows.get() : byLocation.get().withPlaced(id, rows.get()))));
  }

  /** The one value parser over a feature's values, errors filed under {@code recordId} and the feature's locator. */
  static Values values(RawFeature f, String recordId, String prefix, List<RecordError> errors) {
    return Values.of(f.values(), recordId, f.locator(), prefix, errors);
  }

  static Optional<String> idOf(RawFeature parcel) {
    return values(parcel, parcel.locator(), "", new ArrayList<>()).text("parcel_id");
  }

  /**
   * The parcel's row and its children's rows from {@code children}, told which parcel is next ({@link
   * ChildStore#atParcel}) if it reads them along the parcels: those whose parcel_id is the parcel's id (its locator,
   * which no child names, when it has none).
   */
  static Rows rowsOf(RawFeature parcel, ChildStore children) throws SQLException {
    return rowsOf(parcel, idOf(parcel), children);
  }

  private static Rows rowsOf(RawFeature parcel, Optional<String> maybeId, ChildStore children) throws SQLException {
    String id = maybeId.orElse(parcel.locator());
    return new Rows(parcel, children.buildingsOf(id), children.storeysOf(id));
  }

  private Read read(long index, String id, boolean duplicate, Rows rows) {
    Values probe = values(bounded(rows.parcel()), rows.parcel().locator(), "", new ArrayList<>());
    return new Read(index, id, duplicate, probe.text("park_id"), probe.text("district_id"), rows);
  }

  /**
   * The parcel's record from what {@link #read} read: geometry decoded, fields parsed, parcel and buildings projected
   * and built. Thread-safe: it touches no file, and each call has its own geometry reader.
   */
  private SourceRecord assemble(Read read) {
    WKBReader wkb = new WKBReader(GpBlob.FACTORY);
    RawFeature f = bounded(read.rows().parcel()).decoded(wkb, options.limits());
    long index = read.index();
    String id = read.id();
    Optional<String> park = read.park();
    Optional<String> district = read.district();
    List<RecordError> errors = new ArrayList<>();
    if (read.duplicate()) {
      errors.add(RecordError.of(RecordError.Code.DUPLICATE_ID, id, "parcel_id", "twice", List.of(f.locator(), id)));
    }
    f.featureProblem().ifPresent(p -> errors.add(p.error(id)));
    if (!problems.isEmpty() || f.featureProblem().isPresent()) {
      problems.forEach(p -> errors.add(p.error(id)));
      return SourceRecord.error(index, id, f.locator(), errors).withPlace(park, district);
    }
    ParcelRecords.Mapped mapped = ParcelRecords.map(f.values(), f.locator(), options.pack());
    errors.addAll(mapped.errors());
    Values v = values(f, id, "", errors);
    OptionalDouble declared = mapped.parcel().map(Parcel::siteAreaM2).orElse(OptionalDouble.empty());
    SourceCrs system = crs.orElseThrow();
    Optional<Geometry> source = polygonal(v, f, "geometry", true);
    OptionalInt zone = OptionalInt.empty();
    Optional<Geometry> boundary = Optional.empty();
    if (source.isPresent()) {
      Geometry drawn = source.get();
      Optional<SourceCrs.RangeProblem> range = system.rangeProblem(drawn).or(() -> system.placeProblem(drawn));
      if (range.isPresent()) {
        v.error(RecordError.Code.COORDINATE_SYSTEM, "geometry", range.get().name(), range.get().arguments());
        source = Optional.empty();
      } else {
        zone = system.zoneOf(source.get());
        boundary = Optional.of(tagged(oriented(system.toMetres(source.get(), zone)), system, zone));
      }
    }
    List<Building> buildings = List.of();
    Optional<RecordError> tooMany = tooMany(id, f.locator(), read.rows());
    if (tooMany.isPresent()) {
      errors.add(tooMany.get());
    } else {
      buildings = buildings(id, decoded(read.rows().buildings().rows(), wkb, options.limits()),
          decoded(read.rows().storeys().rows(), wkb, options.limits()), zone, system, errors);
    }
    if (!errors.isEmpty() || boundary.isEmpty() || mapped.parcel().isEmpty()) {
      return SourceRecord.error(index, id, f.locator(), errors).withPlace(park, district);
    }
    try {
      Parcel facts = mapped.parcel().get().toBuilder().clearAreas().build();
      GeoParcel gp = GeoParcel.of(facts, boundary.get(), buildings, f.locator())
          .withGeoreference(system.georeference(source.get(), zone));
      if (declared.isPresent()) {
        gp = gp.withDeclaredSiteAreaM2(declared.getAsDouble());
      }
      if (byLocation.isPresent() && !read.duplicate()) {
        gp = gp.withReadWarnings(byLocation.get().warningsOf(id));
      }
      SourceRecord r = SourceRecord.of(index, gp);
      return system.isGeographic() ? r.withEllipsoidalAreaM2(SourceCrs.ellipsoidalAreaM2(source.get())) : r;
    } catch (IllegalArgumentException e) {
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, id, "buildings", f.locator() + ": " + e.getMessage()));
      return SourceRecord.error(index, id, f.locator(), errors).withPlace(park, district);
    }
  }

  /** What is wrong if the parcel has more buildings or storeys than the limits. */
  private Optional<RecordError> tooMany(String id, String locator, Rows rows) {
    ReadLimits l = options.limits();
    if (rows.storeys().overLimit()) {
      return Optional.of(RecordError.of(RecordError.Code.TOO_LARGE, id, "storeys", "storeys", List.of(locator, id,
          String.format(Locale.ROOT, "%,d", rows.storeys().count()), String.format(Locale.ROOT, "%,d", l.maxStoreys()),
          ReadLimits.named("maxStoreys", l.maxStoreys()))));
    }
    if (rows.buildings().overLimit()) {
      return Optional.of(RecordError.of(RecordError.Code.TOO_LARGE, id, "buildings", "buildings", List.of(locator, id,
          String.format(Locale.ROOT, "%,d", rows.buildings().count()),
          String.format(Locale.ROOT, "%,d", l.maxBuildings()), ReadLimits.named("maxBuildings", l.maxBuildings()))));
    }
    return Optional.empty();
  }

  /**
   * The geometry in metres tagged with the systems it was read and measured in, so that a writer of results ({@link
   * ResultLayers}) can write it back in the input's system: its SRID is the EPSG code of the system it is in now (0 if
   * that has none): the file's own system for projected input, the CGCS2000 3° Gauss-Krüger zone it was projected to
   * for geographic input (EPSG:4534 for 75°E to EPSG:4554 for 135°E); its user data is the file's system
   * ({@link ResultLayers.InputSystem}).
   */
  static Geometry tagged(Geometry metres, SourceCrs system, OptionalInt zone) {
    metres.setSRID(metresSrid(system, zone));
    metres.setUserData(new ResultLayers.InputSystem(system.name()));
    return metres;
  }

  /** The EPSG code of the system {@link SourceCrs#toMetres} gives coordinates in, or 0 if it has none. */
  static int metresSrid(SourceCrs system, OptionalInt zone) {
    if (zone.isPresent()) {
      int cm = zone.getAsInt();
      return cm >= 75 && cm <= 135 && cm % 3 == 0 ? 4534 + (cm - 75) / 3 : 0;
    }
    return system.epsgCode();
  }

  /**
   * The geometry with shells counter-clockwise and holes clockwise (as OGC and RFC 7946 say); the geometry itself when
   * its rings already run so. Invalid polygons are left as they are: repair belongs to
   * {@code Measurement.repairingInvalidGeometry()}, which reports it.
   */
  static Geometry oriented(Geometry g) {
    GeometryFactory f = g.getFactory();
    if (g instanceof Polygon p) {
      LinearRing shell = ring(p.getExteriorRing(), true);
      boolean same = shell == p.getExteriorRing();
      LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
      for (int i = 0; i < holes.length; i++) {
        holes[i] = ring(p.getInteriorRingN(i), false);
        same &= holes[i] == p.getInteriorRingN(i);
      }
      return same ? p : f.createPolygon(shell, holes);
    }
    if (g instanceof MultiPolygon m) {
      Polygon[] ps = new Polygon[m.getNumGeometries()];
      boolean same = true;
      for (int i = 0; i < ps.length; i++) {
        ps[i] = (Polygon) oriented(m.getGeometryN(i));
        same &= ps[i] == m.getGeometryN(i);
      }
      return same ? m : f.createMultiPolygon(ps);
    }
    return g;
  }

  /** The ring running the way asked, or the ring itself if it does (or is too short to say). */
  private static LinearRing ring(LinearRing r, boolean ccw) {
    if (r.getNumPoints() < 4 || Orientation.isCCW(r.getCoordinateSequence()) == ccw) {
      return r;
    }
    return r.reverse();
  }

  private Optional<Geometry> polygonal(Values v, RawFeature f, String field, boolean required) {
    if (f.geometryProblem().isPresent()) {
      GeometryProblem p = f.geometryProblem().get();
      v.error(RecordError.Code.INVALID_GEOMETRY, field, p.name(), p.arguments());
      return Optional.empty();
    }
    if (f.geometry().isEmpty()) {
      if (required) {
        v.error(RecordError.Code.MISSING_VALUE, field, "geometry", List.of());
      }
      return Optional.empty();
    }
    Geometry g = f.geometry().get();
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      return Optional.of(g);
    }
    if (g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof Polygon p) {
      return Optional.of(p);
    }
    v.error(RecordError.Code.INVALID_GEOMETRY, field, "type", List.of(g.getGeometryType()));
    return Optional.empty();
  }

  private Optional<Geometry> metres(Values v, RawFeature f, boolean required, OptionalInt zone, SourceCrs system) {
    Optional<Geometry> g = polygonal(v, f, "geometry", required);
    if (g.isPresent()) {
      Optional<SourceCrs.RangeProblem> range = system.rangeProblem(g.get());
      if (range.isPresent()) {
        v.error(RecordError.Code.COORDINATE_SYSTEM, "geometry", range.get().name(), range.get().arguments());
        return Optional.empty();
      }
      return Optional.of(tagged(oriented(system.toMetres(g.get(), zone)), system, zone));
    }
    return g;
  }

  private List<RawFeature> decoded(List<RawFeature> features, WKBReader wkb, ReadLimits limits) {
    List<RawFeature> out = new ArrayList<>(features.size());
    for (RawFeature f : features) {
      out.add(bounded(f).decoded(wkb, limits));
    }
    return out;
  }

  /**
   * The feature with each text longer than {@link ReadLimits#maxStringLength()} a value that cannot be read, saying
   * so (GeoPackage cells and .dbf fields; JSON texts are bounded as they are parsed); the feature itself if it has none.
   */
  private RawFeature bounded(RawFeature f) {
    int max = options.limits().maxStringLength();
    Map<String, Object> over = new HashMap<>(0);
    f.values().forEach((field, v) -> {
      if (v instanceof String s && s.length() > max) {
        over.put(field, BadValue.of("textTooLong", List.of(String.format(Locale.ROOT, "%,d", s.length()),
            String.format(Locale.ROOT, "%,d", max), ReadLimits.named("maxStringLength", max))));
      }
    });
    if (over.isEmpty()) {
      return f;
    }
    Map<String, Object> out = new HashMap<>(f.values());
    out.putAll(over);
    return f.withValues(out);
  }

  private List<Building> buildings(String parcelId, List<RawFeature> buildingRows, List<RawFeature> storeyRows,
      OptionalInt zone, SourceCrs system, List<RecordError> errors) {
    Map<String, Geometry> footprints = new LinkedHashMap<>();
    Map<String, String> locators = new LinkedHashMap<>();
    Set<String> broken = new HashSet<>();
    for (RawFeature b : buildingRows) {
      Values v = values(b, parcelId, "buildings.", errors);
      Optional<String> bid = v.requiredText("building_id");
      Optional<Geometry> footprint = metres(v, b, true, zone, system);
      if (bid.isEmpty()) {
        continue;
      }
      if (footprints.containsKey(bid.get()) || broken.contains(bid.get())) {
        v.error(RecordError.Code.DUPLICATE_FIELD, "building_id", "building", List.of(bid.get(), parcelId));
      } else if (footprint.isPresent()) {
        footprints.put(bid.get(), footprint.get());
        locators.put(bid.get(), b.locator());
      } else {
        broken.add(bid.get());
      }
    }
    Map<String, List<Storey>> storeys = new LinkedHashMap<>();
    footprints.keySet().forEach(k -> storeys.put(k, new ArrayList<>()));
    for (RawFeature s : storeyRows) {
      Values v = values(s, parcelId, "storeys.", errors);
      Optional<String> bid = v.requiredText("building_id");
      OptionalInt level = v.wholeNumber("level");
      OptionalDouble height = v.number("storey_height_m");
      Optional<String> use = v.requiredText("use_code");
      if (level.isEmpty() && !v.present("level")) {
        v.error(RecordError.Code.MISSING_VALUE, "level", "missing", List.of());
      }
      if (height.isEmpty() && !v.present("storey_height_m")) {
        v.error(RecordError.Code.MISSING_VALUE, "storey_height_m", "missing", List.of());
      }
      Optional<Geometry> own = metres(v, s, false, zone, system);
      if (bid.isEmpty() || level.isEmpty() || height.isEmpty() || use.isEmpty()) {
        continue;
      }
      if (level.getAsInt() == 0) {
        v.error(RecordError.Code.INVALID_VALUE, "level", "levelZero", List.of());
        continue;
      }
      if (height.getAsDouble() <= 0) {
        v.error(RecordError.Code.INVALID_VALUE, "storey_height_m", "positive", List.of(String.valueOf(height.getAsDouble())));
        continue;
      }
      if (!storeys.containsKey(bid.get())) {
        if (!broken.contains(bid.get())) {
          v.error(RecordError.Code.INVALID_VALUE, "building_id", "notOfParcel", List.of(bid.get(), parcelId));
        }
        continue;
      }
      String code = options.pack().canonicalUseCode(use.get()).orElse(use.get().strip());
      Storey storey = new Storey(level.getAsInt(), height.getAsDouble(), code, Optional.empty());
      if (own.isPresent()) {
        storey = storey.withFootprint(own.get());
      }
      List<Storey> list = storeys.get(bid.get());
      int lv = level.getAsInt();
      if (hasLevel(list, lv)) {
        v.error(RecordError.Code.GEOMETRY_CONFLICT, "level", "levelTwice", List.of(bid.get(), String.valueOf(lv)));
        continue;
      }
      list.add(storey);
    }
    List<Building> out = new ArrayList<>();
    for (Map.Entry<String, Geometry> e : footprints.entrySet()) {
      try {
        out.add(Building.of(e.getKey(), e.getValue(), storeys.get(e.getKey())));
      } catch (IllegalArgumentException ex) {
        errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, parcelId, "buildings", locators.get(e.getKey()) + ": " + ex.getMessage()));
      }
    }
    return out;
  }

  /** Whether one of the storeys is on {@code level}. */
  private static boolean hasLevel(List<Storey> storeys, int level) {
    for (Storey s : storeys) {
      if (s.level() == level) {
        return true;
      }
    }
    return false;
  }

  /**
   * One error record for all the buildings and storeys that name a parcel the file does not have (or name none), so a
   * missing parcel is one row however many buildings and storeys it had; the message counts them, so every input row
   * is still accounted for, and gives the first few locators.
   */
  static SourceRecord orphans(long index, ChildStore.OrphanGroup g) {
    List<String> counted = new ArrayList<>();
    if (g.buildings() > 0) {
      counted.add(g.buildings() + (g.buildings() == 1 ? " building" : " buildings"));
    }
    if (g.storeys() > 0) {
      counted.add(g.storeys() + (g.storeys() == 1 ? " storey" : " storeys"));
    }
    boolean one = g.buildings() + g.storeys() == 1;
    List<String> examples = new ArrayList<>();
    examples.addAll(shown(g.buildingLocators(), g.buildings()));
    examples.addAll(shown(g.storeyLocators(), g.storeys()));
    List<String> layers = new ArrayList<>();
    for (List<String> locators : List.of(g.buildingLocators(), g.storeyLocators())) {
      if (!locators.isEmpty()) {
        layers.add(locators.get(0).replaceFirst("#\\d+$", ""));
      }
    }
    String locator = String.join(", ", layers);
    String id = g.parcelId().orElse(examples.get(0));
    String what = String.join(" and ", counted) + (g.parcelId().isPresent()
        ? (one ? " names" : " name") + " parcel " + g.parcelId().get() + ", which the parcels layer does not have"
        : (one ? " has" : " have") + " no parcel_id");
    return SourceRecord.error(index, id, locator,
        List.of(RecordError.of(RecordError.Code.MISSING_VALUE, id, "parcel_id",
            g.parcelId().isPresent() ? "orphansNamed" : "orphansUnnamed", List.of(what, String.valueOf(g.buildings()),
            String.valueOf(g.storeys()), g.parcelId().orElse(""), String.join(", ", examples)))));
  }

  /** The locators kept, followed by an ellipsis if there were more rows. */
  private static List<String> shown(List<String> locators, long count) {
    List<String> out = new ArrayList<>(locators);
    if (count > locators.size()) {
      out.add("…");
    }
    return out;
  }
}
