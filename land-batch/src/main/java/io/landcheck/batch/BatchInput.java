package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import com.google.common.collect.Streams;
import com.google.common.io.Closer;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.BuildingPlacement;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The records of a batch (批量审查的宗地), read lazily from one or more inputs in turn: GIS files of parcels with
 * buildings and storeys (GeoPackage, Shapefile, GeoJSON, through land-geo's
 * {@link io.landcheck.geo.io.ParcelSources}), or facts-only JSON files of parcels whose areas are already known (a
 * {@code .json} file whose first character is {@code [}; GeoJSON is an object). Records are numbered from 0 across all inputs, in file order. Single use; close it when
 * done (a {@link BatchChecker} run does not close it).
 *
 * @since 0.1
 */
public final class BatchInput implements AutoCloseable {

  private final ImmutableList<String> descriptions;
  private final ImmutableList<BatchInfo.InputSystem> systems;
  private final OptionalLong count;
  private final List<Supplier<Iterator<Item>>> parts;
  private final Closer closer;
  private boolean used;

  private BatchInput(ImmutableList<String> descriptions, ImmutableList<BatchInfo.InputSystem> systems,
      OptionalLong count, List<Supplier<Iterator<Item>>> parts, Closer closer) {
    this.descriptions = descriptions;
    this.systems = systems;
    this.count = count;
    this.parts = parts;
    this.closer = closer;
  }

  /**
   * Opens the inputs, in order, with the default read options ({@link ReadOptions#defaults()}) and {@code pack}'s land
   * uses and use codes: the files' own CRS, UTF-8 for Shapefile attributes without a .cpg file.
   *
   * <p>Reading never repairs an invalid polygon; {@link BatchChecker#repairingInvalidGeometry()} does, with a warning.
   *
   * @param inputs GIS files (.gpkg, .shp, .geojson, or a directory of them) and facts files, read in this order
   * @param pack the policy pack whose land uses and use codes records are read against
   * @return the batch input, to be closed by the caller
   * @throws NoSuchFileException if an input does not exist
   * @throws IOException if an input cannot be opened
   * @throws IllegalArgumentException if an input is of a kind landcheck cannot read
   */
  public static BatchInput open(List<Path> inputs, PolicyPack pack) throws IOException {
    return open(inputs, ReadOptions.defaults().withPack(checkNotNull(pack, "BatchInput.open(pack)")));
  }

  /**
   * Opens the inputs, in order, read as {@code options} say (their pack also judges facts files' land uses, and
   * {@link ReadOptions#ignoreUnknownFields()} applies to facts files as to GIS files).
   *
   * @param inputs GIS files and facts files, read in this order
   * @param options how to read them: coordinate system, charset, pack, threads, limits
   * @return the batch input, to be closed by the caller
   * @throws NoSuchFileException if an input does not exist
   * @throws IOException if an input cannot be opened
   * @throws IllegalArgumentException if an input is of a kind landcheck cannot read
   */
  public static BatchInput open(List<Path> inputs, ReadOptions options) throws IOException {
    checkNotNull(inputs, "BatchInput.open(inputs)");
    checkNotNull(options, "BatchInput.open(options)");
    checkArgument(!inputs.isEmpty(), "BatchInput.open(inputs) must hold at least one input");
    PolicyPack pack = options.pack();
    Closer closer = Closer.create();
    ImmutableList.Builder<String> descriptions = ImmutableList.builder();
    ImmutableList.Builder<BatchInfo.InputSystem> systems = ImmutableList.builder();
    List<Supplier<Iterator<Item>>> parts = new ArrayList<>();
    long total = 0;
    boolean counted = true;
    try {
      for (Path input : inputs) {
        if (!Files.exists(input)) {
          throw new NoSuchFileException(input.toString(), null, "no such file or directory");
        }
        if (FactsFile.looksLikeFacts(input)) {
          FactsFile facts = closer.register(FactsFile.open(input, pack, options.ignoreUnknownFields(),
              options.limits()));
          descriptions.add(input.getFileName() + " (facts JSON)");
          parts.add(() -> facts);
          counted = false;
          continue;
        }
        if (!isGisInput(input)) {
          throw new IllegalArgumentException(input + ": not a landcheck input; give a GeoPackage (.gpkg), Shapefile"
              + " (.shp), GeoJSON (.geojson) file or a directory of them, or a facts JSON file (a JSON array of parcels)");
        }
        ParcelSource source = ParcelSources.open(input, options);
        closer.register(source::close);
        descriptions.add(source.description());
        systems.add(systemOf(source));
        OptionalLong count = source.count();
        if (count.isPresent()) {
          total += count.getAsLong();
        } else {
          counted = false;
        }
        parts.add(items(source));
      }
    } catch (IOException | RuntimeException e) {
      closer.close();
      throw e;
    }
    return new BatchInput(descriptions.build(), systems.build(), counted ? OptionalLong.of(total) : OptionalLong.empty(),
        parts, closer);
  }

  private static BatchInfo.InputSystem systemOf(ParcelSource source) {
    return new BatchInfo.InputSystem(source.description(), source.coordinateSystem(), source.coordinateHandling());
  }

  /**
   * The source's records as items: read on the thread reading the batch, assembled by the workers that measure them
   * ({@link Item#assembled()}).
   */
  private static Supplier<Iterator<Item>> items(ParcelSource source) {
    return () -> source.deferredRecords().map(Item::ofDeferred).iterator();
  }

  /**
   * The records of one source, which closing the batch input closes: the way to check the parcels of a
   * {@link ParcelSource} of your own (one reading a format land-geo does not, or a database), with its error records
   * and its {@linkplain ParcelSource#deferredRecords() deferred assembly} on the checker's workers.
   *
   * @param source an open source; closing the batch input closes it
   * @return a batch input of its records
   */
  public static BatchInput of(ParcelSource source) {
    checkNotNull(source, "BatchInput.of(source)");
    Closer closer = Closer.create();
    closer.register(source::close);
    return new BatchInput(ImmutableList.of(source.description()), ImmutableList.of(systemOf(source)), source.count(), List.of(items(source)), closer);
  }

  private static boolean isGisInput(Path input) {
    if (Files.isDirectory(input)) {
      return true;
    }
    String name = input.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".gpkg") || name.endsWith(".shp") || name.endsWith(".geojson") || name.endsWith(".json");
  }

  /**
   * The parcels, facts only (areas already known), as a batch input described by {@code description}.
   *
   * @param parcels the parcels, with their areas in m² already known; iterated once, in order
   * @param description what the parcels are, for the report's list of inputs (such as {@code cadastre 2024 export})
   * @return a batch input of the parcels
   */
  public static BatchInput ofParcels(Iterable<Parcel> parcels, String description) {
    checkNotNull(parcels, "BatchInput.ofParcels(parcels)");
    checkNotNull(description, "BatchInput.ofParcels(description)");
    Iterator<Item> items = Streams.mapWithIndex(Streams.stream(parcels),
        (p, i) -> Item.ofFacts(i, description + "#" + (i + 1), p)).iterator();
    return new BatchInput(ImmutableList.of(description), ImmutableList.of(), OptionalLong.empty(), List.of(() -> items), Closer.create());
  }

  /**
   * The parcels still to be built, facts only (areas already known), as a batch input described by
   * {@code description}: the way to check parcels read from a database or a format of your own, where a row may be
   * bad. A builder whose {@link Parcel.Builder#build()} refuses its facts becomes an ERROR row naming the parcel and
   * the field, and the batch goes on.
   *
   * @param builders the parcels' builders, iterated once, in order
   * @param description what the parcels are, for the report's list of inputs
   * @return a batch input of the parcels, a refused builder an ERROR row
   */
  public static BatchInput ofBuilders(Iterable<Parcel.Builder> builders, String description) {
    checkNotNull(builders, "BatchInput.ofBuilders(builders)");
    checkNotNull(description, "BatchInput.ofBuilders(description)");
    Iterator<Item> items = Streams.mapWithIndex(Streams.stream(builders), (b, i) -> {
      String locator = description + "#" + (i + 1);
      try {
        return Item.ofFacts(i, locator, b.build());
      } catch (InvalidParcelException e) {
        return Item.ofErrors(i, e.parcelId(), locator, ImmutableList.of(e.toRecordError()));
      }
    }).iterator();
    return new BatchInput(ImmutableList.of(description), ImmutableList.of(), OptionalLong.empty(), List.of(() -> items), Closer.create());
  }

  /**
   * The parcels with geometry (measured, then checked), as a batch input described by {@code description}.
   *
   * @param parcels the parcels with boundary and buildings, coordinates in projected metres; iterated once, in order
   * @param description what the parcels are, for the report's list of inputs
   * @return a batch input of the parcels
   */
  public static BatchInput ofGeoParcels(Iterable<GeoParcel> parcels, String description) {
    checkNotNull(parcels, "BatchInput.ofGeoParcels(parcels)");
    checkNotNull(description, "BatchInput.ofGeoParcels(description)");
    Iterator<Item> items = Iterators.transform(parcels.iterator(), p -> Item.ofGeo(0, p.locator(), p));
    return new BatchInput(ImmutableList.of(description), ImmutableList.of(), OptionalLong.empty(), List.of(() -> items), Closer.create());
  }

  /**
   * The parcels of a {@link BuildingPlacement} (buildings placed by location on parcels with geometry), measured and
   * checked, then one ERROR row per building placed on no parcel, naming it and why ({@code parcel_id}), so that no
   * building is dropped in silence. Described by {@code description}; rows are numbered parcels first.
   *
   * @param placed the parcels with the buildings placed on them, and every building's placement
   * @param description how the report names the input, such as {@code park.gpkg (buildings by location)}
   * @return the input, read once
   */
  public static BatchInput ofPlaced(BuildingPlacement.Placed placed, String description) {
    checkNotNull(placed, "BatchInput.ofPlaced(placed)");
    checkNotNull(description, "BatchInput.ofPlaced(description)");
    List<Item> items = new ArrayList<>();
    for (GeoParcel p : placed.parcels()) {
      items.add(Item.ofGeo(0, p.locator(), p));
    }
    int n = 0;
    for (BuildingPlacement.Placement b : placed.placements()) {
      n++;
      if (b.problem().isPresent()) {
        String locator = description + ":buildings#" + n;
        // named by its locator: a building's id is no parcel id, and two unplaced buildings may share one
        items.add(Item.ofErrors(0, locator, locator, ImmutableList.of(unplaced(b.buildingId(), b.problem().get()))));
      }
    }
    return new BatchInput(ImmutableList.of(description), ImmutableList.of(), OptionalLong.of(items.size()), List.of(items::iterator),
        Closer.create());
  }

  /** The error of building {@code buildingId}, placed on no parcel for {@code why} ({@code BUILDING_UNPLACED}). */
  private static RecordError unplaced(String buildingId, BuildingPlacement.Problem why) {
    List<String> facts = new ArrayList<>(List.of(buildingId));
    why.parcelId().ifPresent(facts::add);
    String name = switch (why.reason()) {
      case INVALID_FOOTPRINT -> "placedInvalidFootprint";
      case ON_NO_PARCEL -> "placedOnNoParcel";
      case ID_TAKEN -> "placedIdTaken";
    };
    return RecordError.of(RecordError.Code.BUILDING_UNPLACED, buildingId,
        "parcel_id", name, facts);
  }

  /**
   * A description of each input, e.g. {@code sample-park.gpkg (GeoPackage, EPSG:4549)}.
   *
   * @return the descriptions, in input order; an immutable list
   */
  public List<String> descriptions() {
    return descriptions;
  }

  /**
   * The coordinate system of each GIS input, in input order.
   *
   * @return what each GIS input's system is and what was done with it; an immutable list
   */
  public List<BatchInfo.InputSystem> systems() {
    return systems;
  }

  /**
   * The number of records, if every input knows it cheaply.
   *
   * @return the total number of records; empty when some input would need a pass over its file to know it
   */
  public OptionalLong count() {
    return count;
  }

  /** The records, renumbered from 0 across the inputs. Single use. */
  Iterator<Item> items() {
    checkState(!used, "BatchInput can be read only once");
    used = true;
    Iterator<Item> all = Iterators.concat(Iterators.transform(parts.iterator(), Supplier::get));
    return Streams.mapWithIndex(Streams.stream(all), (item, index) -> item.withIndex(index)).iterator();
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
