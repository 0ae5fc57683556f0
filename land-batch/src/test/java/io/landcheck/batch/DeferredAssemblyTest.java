package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.SourceRecord;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Records of a GIS source are read on the calling thread and assembled by the worker that measures them. */
class DeferredAssemblyTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1));

  private static Polygon square(double x, double y, double side) {
    double x0 = 500_000 + x;
    double y0 = 3_450_000 + y;
    return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x0 + side, y0),
        new Coordinate(x0 + side, y0 + side), new Coordinate(x0, y0 + side), new Coordinate(x0, y0)});
  }

  private static SourceRecord record(int i) {
    Parcel facts = Parcel.builder("G-" + i).landUse(LandUse.INDUSTRIAL).singleUse(true).parkId("PARK-G")
        .tenure(LandTenure.NEW).lease(LocalDate.of(2023, 1, 1), 20).build();
    GeoParcel parcel = GeoParcel.of(facts, square(200 * i, 0, 100),
        List.of(Building.of("B1", square(200 * i + 10, 10, 60), List.of(Storey.above(1, 4.5, "生产")))),
        "test.gpkg:parcels#" + (i + 1));
    return SourceRecord.of(i, parcel);
  }

  /** A source of {@code n} parcels whose records are assembled by {@code assembly}. */
  private static ParcelSource source(int n, IntFunction<SourceRecord> assembly) {
    return new ParcelSource() {
      @Override
      public Stream<SourceRecord> records() {
        return deferredRecords().map(SourceRecord.Deferred::assemble);
      }

      @Override
      public Stream<SourceRecord.Deferred> deferredRecords() {
        return IntStream.range(0, n).mapToObj(i -> new SourceRecord.Deferred(i, "G-" + i, "test.gpkg:parcels#" + (i + 1),
            () -> assembly.apply(i)));
      }

      @Override
      public OptionalLong count() {
        return OptionalLong.of(n);
      }

      @Override
      public String description() {
        return "test.gpkg (test)";
      }

      @Override
      public void close() {}
    };
  }

  private static Fixtures.Collecting run(BatchChecker checker, ParcelSource source) throws IOException {
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.of(source)) {
      checker.run(input, c);
    }
    return c;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  @DisplayName("a record whose assembly fails is an ERROR row naming it, and the records after it are checked")
  void assemblyFails(int threads) throws IOException {
    Fixtures.Collecting c = run(CHECKER.threads(threads), source(5, i -> {
      if (i == 2) {
        throw new IllegalStateException("blob unreadable");
      }
      return record(i);
    }));

    assertThat(c.rows).extracting(BatchRow::verdict).hasSize(5).containsOnlyOnce(Verdict.ERROR);
    BatchRow failed = c.rows.get(2);
    assertThat(failed.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(failed.locator()).isEqualTo("test.gpkg:parcels#3");
    assertThat(failed.report().errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("G-2");
      assertThat(e.message()).contains("could not be read").contains("blob unreadable");
    });
    assertThat(c.summary.errors()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 4})
  @DisplayName("with worker threads, no record is assembled on the thread that reads the batch")
  void assembledOnWorkers(int threads) throws IOException {
    Set<Thread> assemblers = ConcurrentHashMap.newKeySet();
    Fixtures.Collecting c = run(CHECKER.threads(threads), source(50, i -> {
      assemblers.add(Thread.currentThread());
      return record(i);
    }));

    assertThat(c.rows).hasSize(50).extracting(BatchRow::verdict).doesNotContain(Verdict.ERROR);
    assertThat(c.rows).extracting(BatchRow::parcelId)
        .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "G-" + i).toList());
    assertThat(assemblers).isNotEmpty().doesNotContain(Thread.currentThread());
  }
}
