package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.io.ParcelWriters;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults only the batch can see: an id given twice across records or inputs, totals that would overflow, a crash. */
class BatchFaultsTest {

  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1)).threads(2);

  @TempDir Path dir;

  private static String record(String id, String extra) {
    return "{\"parcel_id\": \"" + id + "\", \"land_use\": \"industrial\", \"single_use\": true, \"tenure\": \"NEW\","
        + " \"lease_grant_date\": \"2023-05-01\", \"lease_term_years\": 20, \"site_area_m2\": 10000,"
        + " \"park_id\": \"P\", \"district_id\": \"D\", \"application_date\": \"2024-03-01\"" + extra + "}";
  }

  private static String withFloor(String id, double floorM2) {
    return record(id, ", \"floor_areas_m2\": {\"生产\": " + floorM2 + "}");
  }

  private Path facts(String name, String... records) throws IOException {
    return Files.writeString(dir.resolve(name), "[" + String.join(",\n", records) + "]", StandardCharsets.UTF_8);
  }

  private static Fixtures.Collecting run(List<Path> inputs) throws IOException {
    Fixtures.Collecting sink = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.open(inputs, PACK)) {
      CHECKER.run(input, sink);
    }
    return sink;
  }

  private static List<RecordError> errors(Fixtures.Collecting c, int row) {
    return c.rows.get(row).report().errors();
  }

  @Test
  @DisplayName("an id given twice in one facts file makes the second record an error naming both records")
  void twiceInOneFile() throws IOException {
    Path file = facts("twice.json", withFloor("A-1", 20000), withFloor("A-2", 20000), withFloor("A-1", 30000));

    Fixtures.Collecting c = run(List.of(file));

    assertThat(c.rows).extracting(BatchRow::verdict)
        .containsExactly(Verdict.COMPLIANT, Verdict.COMPLIANT, Verdict.ERROR);
    assertThat(errors(c, 2)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("parcel_id");
      assertThat(e.message()).contains("twice.json#3", "twice.json#1", "A-1");
    });
  }

  @Test
  @DisplayName("an id given in two inputs makes the record of the second input an error naming both")
  void twiceInTwoInputs() throws IOException {
    Path first = facts("first.json", withFloor("A-1", 20000));
    Path second = facts("second.json", withFloor("B-1", 20000), withFloor("A-1", 20000));

    Fixtures.Collecting c = run(List.of(first, second));

    assertThat(errors(c, 2)).singleElement().satisfies(e -> assertThat(e.message())
        .contains("second.json#2", "first.json#1"));
    assertThat(c.summary.errors()).isEqualTo(1);
  }

  @Test
  @DisplayName("an id a record in error gives twice is an error too, beside the record's own")
  void twiceInError() throws IOException {
    Path file = facts("bad.json", withFloor("A-1", 20000), withFloor("A-1", -5));

    Fixtures.Collecting c = run(List.of(file));

    assertThat(errors(c, 1)).extracting(RecordError::field).containsExactly("floor_areas_m2[生产]", "parcel_id");
  }

  @Test
  @DisplayName("an id a GeoPackage gives twice is one error naming both records, not two")
  void twiceInGeoPackage() throws IOException {
    Path gpkg = dir.resolve("twice.gpkg");
    ParcelWriters.writeGeoPackage(gpkg, List.of(geo("G-1", 0), geo("G-2", 1), geo("G-1", 2)), "EPSG:4549");

    Fixtures.Collecting c = run(List.of(gpkg));

    assertThat(errors(c, 2)).filteredOn(e -> e.field().equals("parcel_id")).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("twice.gpkg:parcels#3", "twice.gpkg:parcels#1"));
  }

  private static GeoParcel geo(String id, int i) {
    var gf = new org.locationtech.jts.geom.GeometryFactory();
    double x = 500_000 + 200 * i;
    var square = gf.createPolygon(new org.locationtech.jts.geom.Coordinate[] {new org.locationtech.jts.geom.Coordinate(
        x, 3_450_000), new org.locationtech.jts.geom.Coordinate(x + 100, 3_450_000),
        new org.locationtech.jts.geom.Coordinate(x + 100, 3_450_100), new org.locationtech.jts.geom.Coordinate(x,
        3_450_100), new org.locationtech.jts.geom.Coordinate(x, 3_450_000)});
    return GeoParcel.of(Parcel.builder(id).build(), square, List.of(), "x#" + i);
  }

  @Test
  @DisplayName("records without an id are never taken for duplicates of each other")
  void noIds() throws IOException {
    Path file = facts("noid.json", record("", ""), record("", ""));

    Fixtures.Collecting c = run(List.of(file));

    assertThat(c.rows).allSatisfy(r -> assertThat(r.report().errors()).extracting(RecordError::message)
        .noneMatch(m -> m.contains("twice")));
  }

  @Test
  @DisplayName("two green cuts of 1e308 in one park are errors on their records, and the batch ends with its balance")
  void greenCutsOverflow() throws IOException {
    Path file = facts("green.json", record("G-1", ", \"green_cut_m2\": 1e308"),
        record("G-2", ", \"green_cut_m2\": 1e308"), record("G-3", ", \"green_cut_m2\": 100"));

    Fixtures.Collecting c = run(List.of(file));

    assertThat(errors(c, 0)).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("green_cut_m2"));
    assertThat(errors(c, 1)).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("green_cut_m2"));
    assertThat(Fixtures.greenSpace(c.summary)).hasValueSatisfying(g -> assertThat(g.parks()).singleElement()
        .satisfies(p -> assertThat(p.cutM2()).isEqualTo(100)));
  }

  @Test
  @DisplayName("parcels whose floor areas would overflow their park's total are errors naming the field")
  void parkFloorAreaOverflow() throws IOException {
    Path file = facts("floors.json", withFloor("F-1", 1e307), withFloor("F-2", 1e307), withFloor("F-3", 1e307));

    Fixtures.Collecting c = run(List.of(file));

    assertThat(c.rows).extracting(BatchRow::verdict).endsWith(Verdict.ERROR);
    assertThat(errors(c, 2)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("floor_areas_m2");
      assertThat(e.message()).contains("floors.json#3", "park P");
    });
    assertThat(c.summary.scorecard()).singleElement().satisfies(p -> assertThat(p.errors()).isEqualTo(1));
  }

  @Test
  @DisplayName("a crash part-way ends the JSON report with the rows so far, marked incomplete, and is thrown")
  void abortedReport() throws IOException {
    Iterator<Parcel.Builder> builders = new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Parcel.Builder next() {
        if (++i > 5) {
          throw new OutOfMemoryError("injected");
        }
        return Parcel.builder("P-" + i);
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSink writer = ReportFormat.JSON.writer(out, "en");

    assertThatThrownBy(() -> CHECKER.run(BatchInput.ofBuilders(() -> builders, "test"), writer))
        .isInstanceOfSatisfying(BatchAbortedException.class, e -> {
          assertThat(e.getCause()).isInstanceOf(OutOfMemoryError.class);
          assertThat(e.soFar().read()).isEqualTo(5);
        });
    JsonNode report = new ObjectMapper().readTree(out.toByteArray());
    assertThat(report.path("parcels")).hasSize(5);
    assertThat(report.path("summary").path("read").asLong()).isEqualTo(5);
    assertThat(report.path("incomplete").asText()).contains("OutOfMemoryError");
  }

  @Test
  @DisplayName("a record that overflows the stack is an error on that record, and the batch goes on")
  void stackOverflowRecord() throws IOException {
    List<Parcel.Builder> builders = new ArrayList<>();
    IntStream.range(0, 3).forEach(i -> builders.add(Parcel.builder("S-" + i)));
    Fixtures.Collecting c = new Fixtures.Collecting();
    BatchSink sink = new BatchSink() {
      @Override
      public void row(BatchRow row) {
        c.row(row);
      }

      @Override
      public void end(BatchSummary summary) {
        c.end(summary);
      }
    };
    OrderedParallel<Integer, String> parallel = new OrderedParallel<>(i -> {
      if (i == 1) {
        throw new StackOverflowError();
      }
      return "ok";
    }, (i, e) -> "failed: " + e.getMessage(), 2, 4);
    List<String> out = new ArrayList<>();

    parallel.run(List.of(0, 1, 2).iterator(), out::add);

    assertThat(out).containsExactly("ok", "failed: too deeply nested to be checked (java.lang.StackOverflowError)",
        "ok");
    CHECKER.run(BatchInput.ofBuilders(builders, "test"), sink);
    assertThat(c.summary.read()).isEqualTo(3);
  }
}
