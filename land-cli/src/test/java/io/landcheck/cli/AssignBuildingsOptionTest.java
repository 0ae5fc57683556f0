package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --assign-buildings} on the command line, for check and diff, over land-gis's by-location fixtures (made by
 * scripts/make-location-fixtures): P-1 and P-2 side by side, B-1 without parcel_id across both (70/30), B-2 without
 * parcel_id on P-2, B-3 without parcel_id on no parcel, B-4 naming P-2 but standing on P-1.
 */
@DisplayName("--assign-buildings places buildings without parcel_id by location, in check and diff")
class AssignBuildingsOptionTest {

  private static final Path FIXTURES = Path.of("../land-gis/src/test/resources/fixtures/by-location");

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    return Main.run(args, print, print);
  }

  private JsonNode check(String input, String... more) throws IOException {
    Path out = dir.resolve("report.json");
    List<String> args = new ArrayList<>(List.of("check", FIXTURES.resolve(input).toString(), "--date", "2024-06-01",
        "--lang", "en", "--out", out.toString()));
    args.addAll(List.of(more));
    run(args.toArray(String[]::new));
    return new ObjectMapper().readTree(out.toFile());
  }

  private static List<String> codes(JsonNode parcel, String list) {
    List<String> out = new ArrayList<>();
    parcel.path(list).forEach(w -> out.add(w.path("code").asText()));
    return out;
  }

  @Test
  @DisplayName("by-location: each parcel's report marks the buildings placed on it; the summary counts 2 placed, 1 not")
  void reportsMarkIt() throws IOException {
    JsonNode report = check("park.gpkg", "--assign-buildings", "by-location");

    JsonNode parcels = report.path("parcels");
    assertThat(parcels).hasSize(3);
    assertThat(codes(parcels.get(0), "warnings")).contains("ASSIGNED_BY_LOCATION");
    assertThat(codes(parcels.get(1), "warnings")).contains("ASSIGNED_BY_LOCATION", "PARCEL_ID_DISAGREES");
    assertThat(codes(parcels.get(2), "errors")).containsExactly("BUILDING_UNPLACED");
    assertThat(report.path("summary").path("buildingsByLocation").asLong()).isEqualTo(2);
    assertThat(report.path("summary").path("buildingsUnplaced").asLong()).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("2 buildings placed by location, 1 on no parcel");
  }

  @Test
  @DisplayName("by-location-split: the building across both parcels counts on each (3 placements)")
  void splitCountsOnEachParcel() throws IOException {
    JsonNode report = check("geojson", "--assign-buildings", "by-location-split");

    assertThat(report.path("summary").path("buildingsByLocation").asLong()).isEqualTo(3);
  }

  @Test
  @DisplayName("by default (by-id) the report has no by-location counts and the buildings are one error row")
  void byIdAsBefore() throws IOException {
    JsonNode report = check("park.gpkg");

    assertThat(report.path("summary").has("buildingsByLocation")).isFalse();
    assertThat(codes(report.path("parcels").get(2), "errors")).containsExactly("MISSING_VALUE");
  }

  @Test
  @DisplayName("an unknown way of assigning is a usage error (64) naming the three")
  void unknownValue() {
    int exit = run("check", FIXTURES.resolve("park.gpkg").toString(), "--assign-buildings", "nearest");

    assertThat(exit).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("by-id, by-location or by-location-split");
  }

  @Test
  @DisplayName("diff takes --layer and --assign-buildings as check does: the renamed GBK Shapefiles are read by location")
  void diffTakesTheInputOptions() throws IOException {
    Path out = dir.resolve("diff.json");

    int exit = run("diff", "--date", "2024-06-01", "--date", "2025-06-01",
        FIXTURES.resolve("shp-gbk-renamed").toString(), "--layer", "parcels=zd", "--layer", "buildings=jz",
        "--layer", "storeys=lc", "--assign-buildings", "by-location", "--repair", "--lang", "en",
        "--out", out.toString());

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
    // 2 parcels and the building on no parcel, as check reads them
    assertThat(new ObjectMapper().readTree(out.toFile()).path("summary").path("read").asLong()).isEqualTo(3);
  }

  @Test
  @DisplayName("CSV, HTML and the GIS result layer mark the building placed by location, with the share outside")
  void everyFormatMarksIt() throws IOException {
    String gpkg = FIXTURES.resolve("park.gpkg").toString();
    Path csv = dir.resolve("r.csv");
    Path html = dir.resolve("r.html");
    Path layer = dir.resolve("r.geojson");
    for (Path out : List.of(csv, html, layer)) {
      run("check", gpkg, "--assign-buildings", "by-location", "--date", "2024-06-01", "--lang", "en", "--out",
          out.toString());
    }
    String placed = "has no parcel_id and was placed on this parcel by location: 70.0% of its 2000.00 m² footprint "
        + "lies on it, 30.0% (600.00 m²) outside it";

    assertThat(java.nio.file.Files.readString(csv)).contains(placed);
    assertThat(java.nio.file.Files.readString(html)).contains(placed)
        .contains("2 buildings placed by location, 1 on no parcel");
    JsonNode p1 = new ObjectMapper().readTree(layer.toFile()).path("features").get(0).path("properties");
    assertThat(p1.path("warnings").asText()).contains(placed);
  }
}
