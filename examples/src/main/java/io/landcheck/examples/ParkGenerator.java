package io.landcheck.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.geo.GeoParcel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded, synthetic city of industrial parks (产业园区) around Shanghai, as land-geo {@link GeoParcel}s: parcel
 * boundaries (宗地), buildings (建筑) and storeys (层) with their uses and storey heights (层高), for sample data,
 * tests and benchmarks.
 *
 * <p>Parcels are irregular polygons of 8 to 200 vertices (perturbed rectangles and star-shaped lots), laid out one per
 * 120 m grid cell so that they never overlap, in CGCS2000 / 3-degree Gauss-Kruger CM 120°E ({@code EPSG:4549}, false
 * easting 500 000 m, no zone prefix): x from 612 000 m (about 121.18°E at Shanghai's latitude), y from 3 440 000 m
 * (about 31.08°N), 160 cells a row (10 in the sample park) with rows going north. Each parcel has 1 to 6 buildings of
 * 1 to 20 storeys in mixed uses (生产, 研发, 办公, 仓储, 宿舍, 餐饮, 零售), storey heights on both sides of the pack's
 * thresholds (below 2.2 m, exactly 2.2 m and 8.0 m, above 8 m), some basements (地下室), some buildings crossing the
 * parcel boundary and some upper storeys set back. Facts (land use, single use, project category and recognition
 * level, 20- or 50-year leases, new or existing land, park and district, green-space cuts and additions, plot-ratio
 * increases) follow a {@link Scenario} per parcel, aimed at compliance or at one breach of 沪府规〔2021〕9号 五, using the
 * pack's own limits.
 *
 * <p>The same seed and size give the same parcels, in any JVM: each parcel is drawn from its own
 * {@link java.util.Random} seeded from the generator's seed and the parcel's index, with {@link StrictMath}, so
 * {@link #parcel(int)} can be called in any order and {@link #parcels()} streams lazily without holding the city in
 * memory.
 *
 * <p>The {@linkplain #samplePark(long) sample park} is 60 parcels in 4 parks and 2 districts, with every scenario
 * present and a few deliberately broken records ({@link #defects()}).
 *
 * @since 0.1
 */
public final class ParkGenerator {

  /** The coordinate reference system of every generated coordinate. */
  public static final String CRS = "EPSG:4549";

  /** Parcels in the sample park. */
  public static final int SAMPLE_PARCELS = 60;

  private final long seed;
  private final int parcelCount;
  private final boolean sample;
  private final ParcelMaker maker;

  private ParkGenerator(long seed, int parcelCount, boolean sample, PolicyPack pack) {
    this.seed = seed;
    this.parcelCount = parcelCount;
    this.sample = sample;
    this.maker = new ParcelMaker(seed, sample, pack);
  }

  /**
   * A city of {@code parcelCount} parcels drawn with weighted random scenarios, for benchmarks.
   *
   * @param seed the random seed; the same seed and count give the same city on every run and machine
   * @param parcelCount how many parcels, at least 1
   * @return the generator, with the bundled Shanghai 2021 pack's use codes
   * @throws IllegalArgumentException if {@code parcelCount} is not positive
   */
  public static ParkGenerator of(long seed, int parcelCount) {
    checkArgument(parcelCount > 0, "ParkGenerator.parcelCount must be > 0, was %s", parcelCount);
    return new ParkGenerator(seed, parcelCount, false, ShanghaiPacks.shanghai2021());
  }

  /**
   * The sample park: {@value #SAMPLE_PARCELS} parcels, every scenario, and the broken records of {@link #defects()}.
   *
   * @param seed the random seed; the same seed gives the same park
   * @return the generator of the sample park
   */
  public static ParkGenerator samplePark(long seed) {
    return new ParkGenerator(seed, SAMPLE_PARCELS, true, ShanghaiPacks.shanghai2021());
  }

  /**
   * The seed.
   *
   * @return the seed the city is drawn from
   */
  public long seed() {
    return seed;
  }

  /**
   * How many parcels the city has.
   *
   * @return the number of parcels
   */
  public int parcelCount() {
    return parcelCount;
  }

  /**
   * Every parcel, in index order, generated lazily.
   *
   * @return the parcels, coordinates in EPSG:4549 metres; each made when the stream reaches it
   */
  public Stream<GeoParcel> parcels() {
    return IntStream.range(0, parcelCount).mapToObj(this::parcel);
  }

  /**
   * The parcel at {@code index}, the same on every call.
   *
   * @param index the parcel's place, from 0
   * @return the parcel with its boundary, buildings and storeys, coordinates in EPSG:4549 metres
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, parcelCount)}
   */
  public GeoParcel parcel(int index) {
    if (index < 0 || index >= parcelCount) {
      throw new IndexOutOfBoundsException("ParkGenerator.parcel: index " + index + " not in [0, " + parcelCount + ")");
    }
    return maker.parcel(index);
  }

  /**
   * The broken records of the sample park (empty for a benchmark city). Those the model records can hold (a
   * self-intersecting boundary, an unknown use code) are in {@link #parcels()}; the others are written into the
   * files by {@link ParkFiles}.
   *
   * @return the broken records; an immutable list
   */
  public ImmutableList<SampleDefect> defects() {
    return sample ? maker.defects() : ImmutableList.of();
  }

  /**
   * Writes the park as a GeoPackage (tables {@code parcels}, {@code buildings}, {@code storeys}, EPSG:4549), replacing
   * any file at {@code file}; the sample park's broken records included.
   *
   * @param file the GeoPackage to write
   * @throws IOException if the file cannot be written
   */
  public void writeGeoPackage(Path file) throws IOException {
    ParkFiles.writeGeoPackage(this, file);
  }

  /**
   * Writes the park as {@code parcels.geojson}, {@code buildings.geojson} and {@code storeys.geojson} in {@code dir}
   * (projected coordinates, with a {@code crs} member naming EPSG:4549); the sample park's broken records included.
   *
   * @param dir the directory to write into, made if needed
   * @throws IOException if a file cannot be written
   */
  public void writeGeoJson(Path dir) throws IOException {
    ParkFiles.writeGeoJson(this, dir);
  }

  /** The scenario the parcel at {@code index} was aimed at (for tests and documentation). */
  Scenario scenario(int index) {
    return maker.scenario(index);
  }

  ImmutableList<DefectPatch> patches() {
    return sample ? maker.patches() : ImmutableList.of();
  }

  /**
   * Writes a city: {@code --parcels N --seed S --out PATH --format gpkg|geojson}, or {@code --sample} for the sample
   * park. See {@link GenerateCommand}.
   *
   * @param args the command line, as {@link GenerateCommand} reads it
   */
  public static void main(String[] args) {
    System.exit(GenerateCommand.run(args));
  }
}
