package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** A batch judges each parcel on an explicit date: its application date, else the batch's; never the clock. */
@DisplayName("Batch dates")
class BatchDatesTest {

  private static final GeometryFactory GF = new GeometryFactory();

  /** An industrial parcel of 10,000 m² with 20,000 m² of production (plot ratio 2.0), without an application date. */
  private static Parcel undated(String id) {
    return Parcel.builder(id).landUse(LandUse.INDUSTRIAL).singleUse(true).tenure(LandTenure.NEW)
        .lease(LocalDate.of(2023, 1, 1), 20).siteAreaM2(10_000).floorAreaM2("生产", 20_000).parkId("P")
        .greenSpace(100, 150).build();
  }

  private static Polygon square(double x, double y, double side) {
    return GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
        new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
  }

  private static Fixtures.Collecting run(BatchChecker checker, BatchInput input) throws IOException {
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (input) {
      checker.run(input, c);
    }
    return c;
  }

  @Test
  @DisplayName("without a batch date, an undated parcel is an ERROR row naming applicationDate")
  void undatedFactsAreErrors() throws IOException {
    Fixtures.Collecting c = run(BatchChecker.of(PACK), BatchInput.ofParcels(List.of(undated("U-1")), "facts"));
    BatchRow row = c.rows.get(0);
    assertThat(row.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(row.report().errors()).extracting(RecordError::field).containsExactly("applicationDate");
    assertThat(c.info.date()).isEmpty();
  }

  @Test
  @DisplayName("without a batch date, an undated parcel with geometry is an ERROR row, not measured")
  void undatedGeometryIsAnError() throws IOException {
    GeoParcel geo = GeoParcel.of(undated("G-1").toBuilder().clearAreas().build(), square(0, 0, 100),
        List.of(Building.of("B", square(10, 10, 50), List.of(Storey.above(1, 4, "生产")))), "test#1");
    Fixtures.Collecting c = run(BatchChecker.of(PACK), BatchInput.ofGeoParcels(List.of(geo), "test"));
    assertThat(c.rows.get(0).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(c.rows.get(0).report().errors()).extracting(RecordError::field).containsExactly("applicationDate");
    assertThat(c.rows.get(0).measured()).isEmpty();
  }

  @Test
  @DisplayName("with a batch date, an undated parcel is judged on it, and its green space balanced")
  void batchDate() throws IOException {
    LocalDate date = LocalDate.of(2024, 6, 1);
    Fixtures.Collecting c = run(BatchChecker.of(PACK).onDate(date),
        BatchInput.ofParcels(List.of(undated("U-1")), "facts"));
    assertThat(c.rows.get(0).report().checkDate()).hasValue(date);
    assertThat(c.rows.get(0).verdict()).isEqualTo(Verdict.COMPLIANT);
    // cut 100, added 150 in park P: made up in the park
    assertThat(Fixtures.greenSpace(c.summary)).hasValueSatisfying(g -> assertThat(g.verdict()).isEqualTo(Verdict.COMPLIANT));
  }

  @Test
  @DisplayName("the JSON report of a batch without a date has no batch date, and no check date for an undated parcel")
  void jsonWithoutDate() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchInput input = BatchInput.ofParcels(List.of(undated("U-1")), "facts")) {
      BatchChecker.of(PACK).run(input, ReportFormat.JSON.writer(out, "en"));
    }
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertThat(json.has("date")).isFalse();
    assertThat(json.get("parcels").get(0).has("checkDate")).isFalse();
    assertThat(json.get("parcels").get(0).get("verdict").asText()).isEqualTo("ERROR");
  }
}
