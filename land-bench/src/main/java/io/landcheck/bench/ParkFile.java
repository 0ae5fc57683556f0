package io.landcheck.bench;

import com.google.common.collect.ImmutableList;
import io.landcheck.batch.BatchRow;
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.examples.ParkGenerator;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measurement;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.geo.io.SourceRecord;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmarks' input: a generated park of {@value #PARCELS} parcels (seed {@value #SEED}) written as a GeoPackage in
 * a temporary folder, and the same parcels read, measured and checked once, so each benchmark times one stage alone.
 */
@State(Scope.Benchmark)
public class ParkFile {

  /** Parcels in the benchmark park; every benchmark's score is per parcel. */
  public static final int PARCELS = 2000;
  static final long SEED = 20210901L;
  /** The date the parcels are checked on. */
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  Path dir;
  Path gpkg;
  Measurement measurement;
  Checker checker;
  ImmutableList<GeoParcel> parcels;
  ImmutableList<Parcel> measuredFacts;
  ImmutableList<Report> reports;
  ImmutableList<BatchRow> rows;

  /** Writes the GeoPackage and reads, measures and checks it once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("landcheck-bench");
    gpkg = dir.resolve("park.gpkg");
    ParkGenerator.of(SEED, PARCELS).writeGeoPackage(gpkg);
    measurement = Measurement.of(ShanghaiPacks.shanghai2021()).onDate(DATE);
    checker = Checker.of(ShanghaiPacks.shanghai2021()).onDate(DATE);
    try (ParcelSource source = ParcelSources.open(gpkg, ReadOptions.defaults())) {
      parcels = source.records().map(r -> r.parcel().orElseThrow(
          () -> new IllegalStateException("benchmark park record in error: " + r.errors())))
          .collect(ImmutableList.toImmutableList());
    }
    measuredFacts = parcels.stream()
        .map(p -> measurement.measure(p).facts().orElseThrow(
            () -> new IllegalStateException("benchmark parcel " + p.id() + " not measurable")))
        .collect(ImmutableList.toImmutableList());
    reports = measuredFacts.stream().map(checker::check).collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<BatchRow> rowList = ImmutableList.builder();
    for (int i = 0; i < parcels.size(); i++) {
      GeoParcel p = parcels.get(i);
      rowList.add(new BatchRow(i, p.locator(), reports.get(i), Optional.of(measurement.measure(p)),
          Optional.of(measuredFacts.get(i)), Optional.of(p)));
    }
    rows = rowList.build();
    if (parcels.size() != PARCELS) {
      throw new IllegalStateException("read " + parcels.size() + " parcels, expected " + PARCELS);
    }
  }

  /** Removes the temporary folder. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Stream<SourceRecord> records(ParcelSource source) {
    return source.records();
  }
}
