package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The JSON report says per input and per parcel which coordinate system was read, which zone was measured in and the
 * ellipsoidal site area beside the planar one; and counts and marks the records whose polygons were repaired.
 */
class CoordinatesAndRepairReportTest {

  private static final Path CRS = Path.of("../land-gis/src/test/resources/fixtures/crs");
  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1));

  private static JsonNode report(BatchChecker checker, BatchInput input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (input) {
      checker.run(input, ReportFormat.JSON.writer(out, "en"));
    }
    return new ObjectMapper().readTree(out.toByteArray());
  }

  /** GDAL's areas of the park in EPSG:3857 (scripts/make-geo-fixtures): parcel id to {zone, ellipsoidal} m². */
  private static Map<String, double[]> gdal3857() throws IOException {
    Map<String, double[]> out = new HashMap<>();
    for (String line : Files.readAllLines(CRS.resolve("reference-areas.csv"), StandardCharsets.UTF_8)) {
      String[] c = line.split(",");
      if (c[1].equals("3857")) {
        out.put(c[0], new double[] {Double.parseDouble(c[2]), Double.parseDouble(c[3])});
      }
    }
    return out;
  }

  @Test
  @DisplayName("a Web Mercator park: the input is REPROJECTED, each parcel measured in EPSG:4549 with GDAL's areas")
  void webMercatorInReport() throws IOException {
    JsonNode report = report(CHECKER, BatchInput.open(List.of(CRS.resolve("park-3857.gpkg")), PACK));
    Map<String, double[]> gdal = gdal3857();

    assertThat(report.path("coordinateSystems")).singleElement().satisfies(s -> {
      assertThat(s.path("crs").asText()).isEqualTo("EPSG:3857");
      assertThat(s.path("handling").asText()).isEqualTo("REPROJECTED");
    });
    assertThat(report.path("parcels")).hasSize(gdal.size()).allSatisfy(p -> {
      double[] areas = gdal.get(p.path("parcelId").asText());
      JsonNode g = p.path("georeference");
      assertThat(g.path("crs").asText()).isEqualTo("EPSG:3857");
      assertThat(g.path("zone").asText()).isEqualTo("EPSG:4549");
      assertThat(g.path("centralMeridianDeg").asDouble()).isEqualTo(120.0);
      assertThat(g.path("planarSiteAreaM2").asDouble()).isEqualTo(p.path("floorAreas").path("siteAreaM2").asDouble())
          .isCloseTo(areas[0], within(areas[0] * 1e-7));
      assertThat(g.path("ellipsoidalSiteAreaM2").asDouble()).isCloseTo(areas[1], within(areas[1] * 1e-6));
    });
  }

  private static final GeometryFactory GF = new GeometryFactory();

  /** Parcel {@code id} with the ring {@code xy} (offsets in metres from 500 000, 3 450 000) and a small building. */
  private static GeoParcel parcel(String id, double... xy) {
    Coordinate[] c = new Coordinate[xy.length / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(500_000 + xy[2 * i], 3_450_000 + xy[2 * i + 1]);
    }
    Polygon foot = GF.createPolygon(new Coordinate[] {new Coordinate(500_002, 3_450_002),
        new Coordinate(500_006, 3_450_002), new Coordinate(500_006, 3_450_006), new Coordinate(500_002, 3_450_006),
        new Coordinate(500_002, 3_450_002)});
    Parcel facts = Parcel.builder(id).landUse(LandUse.INDUSTRIAL).singleUse(true).build();
    return GeoParcel.of(facts, GF.createPolygon(c), List.of(Building.of("B1", foot, List.of(Storey.above(1, 4, "生产")))),
        "test.gpkg:parcels#" + id);
  }

  @Test
  @DisplayName("with --repair, a repair beyond the tolerance is an ERROR, and both repaired records are counted and "
      + "marked")
  void repairedCountedAndMarked() throws IOException {
    // R-1: a 30 × 30 parcel whose 10 × 10 courtyard was joined into its ring (900 m² every face, 800 m² even-odd)
    GeoParcel courtyard = parcel("R-1", 0, 0, 30, 0, 30, 30, 0, 30, 0, 0, 10, 10, 20, 10, 20, 20, 10, 20, 10, 10, 0, 0);
    // R-2: a bow-tie, two triangles of 25 m² that every reading agrees on
    GeoParcel bowTie = parcel("R-2", 0, 0, 10, 10, 10, 0, 0, 10, 0, 0);
    GeoParcel valid = parcel("R-3", 0, 0, 10, 0, 10, 10, 0, 10, 0, 0);

    JsonNode report = report(CHECKER.repairingInvalidGeometry(),
        BatchInput.ofGeoParcels(List.of(courtyard, bowTie, valid), "test.gpkg"));

    JsonNode rows = report.path("parcels");
    assertThat(rows.get(0).path("verdict").asText()).isEqualTo(Verdict.ERROR.name());
    assertThat(rows.get(0).path("errors").get(0).path("message").asText())
        .contains("900.00 m²", "800.00 m² read even-odd", "more than repairAreaTolerance 1.00%");
    assertThat(rows.get(0).path("repaired")).extracting(JsonNode::asText).containsExactly("the parcel boundary");
    assertThat(rows.get(1).path("verdict").asText()).isNotEqualTo(Verdict.ERROR.name());
    assertThat(rows.get(1).path("repaired")).extracting(JsonNode::asText).containsExactly("the parcel boundary");
    assertThat(rows.get(2).has("repaired")).isFalse();
    assertThat(report.path("summary").path("repaired").asInt()).isEqualTo(2);
  }
}
