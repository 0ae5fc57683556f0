package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GeometricBatchTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1));

  private static Polygon polygon(double... xy) {
    Coordinate[] c = new Coordinate[xy.length / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(500_000 + xy[2 * i], 3_450_000 + xy[2 * i + 1]);
    }
    return GF.createPolygon(c);
  }

  private static Polygon square(double x, double y, double side) {
    return polygon(x, y, x + side, y, x + side, y + side, x, y + side, x, y);
  }

  private static GeoParcel parcel(int i, Polygon boundary, int storeys) {
    Parcel facts = Parcel.builder("G-" + i).landUse(LandUse.INDUSTRIAL).singleUse(true).parkId("PARK-G")
        .tenure(LandTenure.NEW).lease(LocalDate.of(2023, 1, 1), 20).build();
    List<Storey> levels = new ArrayList<>();
    for (int l = 1; l <= storeys; l++) {
      levels.add(Storey.above(l, 4.5, "生产"));
    }
    return GeoParcel.of(facts, boundary, List.of(Building.of("B1", square(200 * i + 10, 10, 60), levels)),
        "test.gpkg:parcels#" + (i + 1));
  }

  private static Fixtures.Collecting run(BatchChecker checker, List<GeoParcel> parcels) throws IOException {
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.ofGeoParcels(parcels, "test.gpkg")) {
      checker.run(input, c);
    }
    return c;
  }

  @Test
  @DisplayName("parcels with geometry are measured, then checked; the row carries the measurement trace")
  void measuredThenChecked() throws IOException {
    // 100 m x 100 m parcel, a 60 m x 60 m building of 6 full-height storeys: 21,600 m² over 10,000 m² = 2.16.
    Fixtures.Collecting c = run(CHECKER, List.of(parcel(0, square(0, 0, 100), 6)));
    BatchRow row = c.rows.get(0);
    assertThat(row.report().plotRatio().orElseThrow()).isCloseTo(2.16, within(1e-9));
    assertThat(row.measured()).hasValueSatisfying(m -> assertThat(m.trace().lines()).hasSize(6));
    assertThat(row.parcel()).isPresent();
  }

  private static JsonNode json(boolean withTrace) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchInput input = BatchInput.ofGeoParcels(List.of(parcel(0, square(0, 0, 100), 6)), "test.gpkg")) {
      CHECKER.run(input, withTrace ? ReportFormat.JSON.writerWithTrace(out, "zh") : ReportFormat.JSON.writer(out, "zh"));
    }
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  @DisplayName("the JSON report leaves the measurement trace out unless asked, and keeps the floor areas")
  void jsonTraceOnlyWhenAsked() throws IOException {
    JsonNode parcel = json(false).path("parcels").get(0);
    assertThat(parcel.has("measurement")).isFalse();
    assertThat(parcel.path("floorAreas").path("plotRatio").asDouble()).isCloseTo(2.16, within(1e-9));
  }

  @Test
  @DisplayName("the JSON report with the trace has each storey of the parcel, and otherwise the same fields")
  void jsonWithTrace() throws IOException {
    JsonNode plain = json(false);
    JsonNode traced = json(true);
    ObjectNode parcel = (ObjectNode) traced.path("parcels").get(0);
    assertThat(parcel.path("measurement").path("lines")).hasSize(6);
    parcel.remove("measurement");
    assertThat(parcel).isEqualTo(plain.path("parcels").get(0));
  }

  @Test
  @DisplayName("a self-intersecting parcel becomes an ERROR row and the parcels after it are still checked")
  void invalidPolygonMidBatch() throws IOException {
    Polygon bowtie = polygon(200, 0, 300, 100, 300, 0, 200, 100, 200, 0);
    Fixtures.Collecting c = run(CHECKER, List.of(parcel(0, square(0, 0, 100), 6), parcel(1, bowtie, 3),
        parcel(2, square(400, 0, 100), 2)));
    assertThat(c.rows).extracting(BatchRow::verdict)
        .containsExactly(Verdict.COMPLIANT, Verdict.ERROR, Verdict.NON_COMPLIANT);
    assertThat(c.rows.get(1).report().errors()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.recordId()).isEqualTo("G-1"));
    assertThat(c.summary.errors()).isEqualTo(1);
    assertThat(c.summary.read()).isEqualTo(3);
  }

  @Test
  @DisplayName("a parcel whose geometry cannot be measured is counted in its own park's scorecard line")
  void measurementErrorKeepsPark() throws IOException {
    Polygon bowtie = polygon(200, 0, 300, 100, 300, 0, 200, 100, 200, 0);
    Fixtures.Collecting c = run(CHECKER, List.of(parcel(1, bowtie, 3)));

    assertThat(c.rows.get(0).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(c.rows.get(0).parkId()).contains("PARK-G");
    assertThat(c.summary.scorecard()).singleElement().satisfies(p -> {
      assertThat(p.parkId()).contains("PARK-G");
      assertThat(p.errors()).isEqualTo(1);
    });
  }

  @Test
  @DisplayName("with repair on, the self-intersecting parcel is measured and the repair is a warning")
  void repair() throws IOException {
    Polygon bowtie = polygon(200, 0, 300, 100, 300, 0, 200, 100, 200, 0);
    Fixtures.Collecting c = run(CHECKER.repairingInvalidGeometry(), List.of(parcel(1, bowtie, 3)));
    assertThat(c.rows.get(0).verdict()).isNotEqualTo(Verdict.ERROR);
    assertThat(c.rows.get(0).warnings()).isNotEmpty();
    assertThat(c.summary.withWarnings()).isEqualTo(1);
  }
}
