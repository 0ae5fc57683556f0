package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.geo.io.ParcelWriters;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** {@code check --repair} and {@code check --crs} on a GeoPackage in EPSG:4549 with a self-intersecting parcel. */
class GeometryOptionsTest {

  private static final GeometryFactory GF = new GeometryFactory();

  @TempDir Path dir;
  private Path gpkg;

  private static Polygon polygon(double... xy) {
    Coordinate[] c = new Coordinate[xy.length / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(623_000 + xy[2 * i], 3_443_000 + xy[2 * i + 1]);
    }
    return GF.createPolygon(c);
  }

  private static GeoParcel parcel(String id, Polygon boundary, Polygon footprint) {
    Parcel facts = Parcel.builder(id).landUse(LandUse.INDUSTRIAL).singleUse(true).tenure(LandTenure.NEW)
        .lease(LocalDate.of(2023, 1, 1), 20).build();
    List<Storey> storeys = new ArrayList<>();
    for (int level = 1; level <= 3; level++) {
      storeys.add(Storey.above(level, 4.5, "生产"));
    }
    return GeoParcel.of(facts, boundary, List.of(Building.of("B1", footprint, storeys)), "");
  }

  @BeforeEach
  void writePark() throws IOException {
    gpkg = dir.resolve("park.gpkg");
    GeoParcel square = parcel("G-1", polygon(0, 0, 100, 0, 100, 100, 0, 100, 0, 0),
        polygon(10, 10, 70, 10, 70, 70, 10, 70, 10, 10));
    GeoParcel bowtie = parcel("G-2", polygon(200, 0, 300, 100, 300, 0, 200, 100, 200, 0),
        polygon(280, 30, 295, 30, 295, 70, 280, 70, 280, 30));
    ParcelWriters.writeGeoPackage(gpkg, List.of(square, bowtie), "EPSG:4549");
  }

  private JsonNode check(String... options) throws IOException {
    Path out = dir.resolve("r-" + System.nanoTime() + ".json");
    List<String> args = new ArrayList<>(List.of("check", gpkg.toString(), "--date", "2024-06-01", "--out",
        out.toString()));
    args.addAll(List.of(options));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
    Main.run(args.toArray(String[]::new), print, print);
    return new ObjectMapper().readTree(out.toFile());
  }

  private static JsonNode row(JsonNode report, String id) {
    for (JsonNode p : report.path("parcels")) {
      if (p.path("parcelId").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no row for " + id);
  }

  @Test
  @DisplayName("without --repair a self-intersecting parcel is an ERROR row: nothing is repaired while reading")
  void noRepair() throws IOException {
    JsonNode report = check();

    assertThat(row(report, "G-2").path("verdict").asText()).isEqualTo("ERROR");
    assertThat(row(report, "G-2").path("errors").get(0).path("field").asText()).isEqualTo("boundary");
  }

  @Test
  @DisplayName("--repair mends the self-intersecting parcel and reports the repair as a warning on its row")
  void repair() throws IOException {
    JsonNode report = check("--repair");

    JsonNode g2 = row(report, "G-2");
    assertThat(g2.path("verdict").asText()).isNotEqualTo("ERROR");
    assertThat(g2.path("warnings").findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("GeometryFixer"));
    assertThat(row(report, "G-1").path("warnings").findValuesAsText("message")).noneSatisfy(
        m -> assertThat(m).contains("GeometryFixer"));
  }

  @Test
  @DisplayName("--crs overrides the coordinate system the file declares")
  void crsOverrides() throws IOException {
    assertThat(row(check(), "G-1").path("verdict").asText()).isNotEqualTo("ERROR");

    JsonNode report = check("--crs", "EPSG:4490");

    assertThat(report.path("inputs").get(0).asText()).contains("EPSG:4490");
    assertThat(row(report, "G-1").path("verdict").asText()).isEqualTo("ERROR");
    assertThat(row(report, "G-1").path("errors").findValuesAsText("field")).contains("geometry");
  }
}
