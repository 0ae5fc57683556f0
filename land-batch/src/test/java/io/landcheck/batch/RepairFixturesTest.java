package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --repair} on GDAL-made files (scripts/make-repair-fixtures: ogr2ogr from WKT in CSV to a GeoPackage and a
 * Shapefile folder): parcels rebuilt from edge lines joined naively. A repair whose area is more than 1% off is not
 * judged; drawing noise is judged and marked repaired in every report. The true areas are SpatiaLite's, not landcheck's.
 */
@DisplayName("Repair you can trust, on GDAL-made GeoPackage and Shapefile parcels with naively joined edges")
class RepairFixturesTest {

  private static final Path DIR = Path.of("src/test/resources/io/landcheck/batch/repair");
  private static final BatchChecker REPAIRING =
      BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1)).repairingInvalidGeometry();
  private static final Pattern AREAS = Pattern.compile(
      "the drawn lines enclose ([\\d,.]+) m² \\(([\\d,.]+) m² read even-odd\\), the repair has ([\\d,.]+) m²");

  /** SpatiaLite's ST_Area of each true parcel, by id. */
  private static Map<String, Double> trueAreas() throws IOException {
    Map<String, Double> out = new HashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("reference-areas.csv"), StandardCharsets.UTF_8)) {
      String[] c = line.split(",");
      if (!c[0].equals("parcel_id")) {
        out.put(c[0], Double.parseDouble(c[1]));
      }
    }
    return out;
  }

  private static String run(String input, ReportFormat format, String language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchInput in = BatchInput.open(List.of(DIR.resolve(input)), PACK)) {
      REPAIRING.run(in, format.writer(out, language));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, JsonNode> parcels(String input) throws IOException {
    JsonNode report = new ObjectMapper().readTree(run(input, ReportFormat.JSON, "en"));
    Map<String, JsonNode> byId = new HashMap<>();
    report.path("parcels").forEach(p -> byId.put(p.path("parcelId").asText(), p));
    assertThat(report.path("summary").path("repaired").asLong()).as("repaired records in the summary").isEqualTo(2);
    return byId;
  }

  private static double m2(String figure) {
    return Double.parseDouble(figure.replace(",", ""));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"repair-park.gpkg", "shp"})
  @DisplayName("a courtyard wound twice: not judged, the error names the true areas the lines enclose and the repair's")
  void courtyardNotJudged(String input) throws IOException {
    JsonNode p = parcels(input).get("RP-1");
    double trueM2 = trueAreas().get("RP-1");

    assertThat(p.path("verdict").asText()).isEqualTo("ERROR");
    assertThat(p.path("repaired")).extracting(JsonNode::asText).containsExactly("the parcel boundary");
    JsonNode e = p.path("errors").get(0);
    assertThat(e.path("code").asText()).isEqualTo("INVALID_GEOMETRY");
    assertThat(e.path("message").asText()).contains("more than repairAreaTolerance 1.00%", "not judged");
    assertThat(e.path("messageZh").asText()).contains("超过 repairAreaTolerance 1.00%", "不予判定");
    Matcher m = AREAS.matcher(e.path("message").asText());
    assertThat(m.find()).as(e.path("message").asText()).isTrue();
    // read even-odd, the lines enclose the true parcel (SpatiaLite's 3,200 m²); the repair is far from it
    assertThat(m2(m.group(2))).isCloseTo(trueM2, within(0.005));
    assertThat(Math.abs(m2(m.group(3)) - trueM2) / trueM2).isGreaterThan(0.01);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"repair-park.gpkg", "shp"})
  @DisplayName("an edge 0.5 m past its corner: judged on the repaired polygon, within 1% of the true area, and warned")
  void overshootJudged(String input) throws IOException {
    JsonNode p = parcels(input).get("RP-2");
    double trueM2 = trueAreas().get("RP-2");

    assertThat(p.path("verdict").asText()).isNotEqualTo("ERROR");
    assertThat(p.path("repaired")).extracting(JsonNode::asText).containsExactly("the parcel boundary");
    assertThat(p.path("floorAreas").path("siteAreaM2").asDouble()).isCloseTo(trueM2, within(trueM2 * 0.01));
    assertThat(p.path("warnings")).anySatisfy(w -> {
      assertThat(w.path("code").asText()).isEqualTo("GEOMETRY_REPAIRED");
      assertThat(w.path("message").asText()).contains("within repairAreaTolerance 1.00%");
      assertThat(w.path("messageZh").asText()).contains("在 repairAreaTolerance 1.00% 以内");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"repair-park.gpkg", "shp"})
  @DisplayName("the parcel drawn right is measured at SpatiaLite's area and not marked repaired")
  void controlUntouched(String input) throws IOException {
    JsonNode p = parcels(input).get("RP-3");

    assertThat(p.path("floorAreas").path("siteAreaM2").asDouble()).isCloseTo(trueAreas().get("RP-3"), within(1e-6));
    assertThat(p.has("repaired")).isFalse();
  }

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"zh", "en"})
  @DisplayName("CSV has one REPAIRED row for each repaired record, trusted or not, in the report's language")
  void csvMarksRepaired(String language) throws IOException {
    List<String> repairedRows = run("repair-park.gpkg", ReportFormat.CSV, language).lines()
        .filter(l -> l.contains(",REPAIRED,")).toList();

    assertThat(repairedRows).hasSize(2);
    assertThat(repairedRows.get(0)).startsWith("0,RP-1,").contains(language.equals("zh")
        ? "1 个无效多边形经 --repair 修复：地块界线" : "1 invalid polygon(s) repaired with --repair: the parcel boundary");
    assertThat(repairedRows.get(1)).contains(language.equals("zh") ? "修复：地块界线" : "repaired with --repair: the parcel boundary");
    assertThat(repairedRows.get(1)).startsWith("1,RP-2,");
  }

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"zh", "en"})
  @DisplayName("HTML puts a repaired badge beside the verdict of each repaired record and a line in its detail")
  void htmlMarksRepaired(String language) throws IOException {
    String html = run("repair-park.gpkg", ReportFormat.HTML, language);
    String badge = language.equals("zh") ? ">已修复</span>" : ">Repaired</span>";

    // in the table and in the detail heading of RP-1 and RP-2
    assertThat(html.split(Pattern.quote(badge), -1)).hasSize(5);
    assertThat(html).contains(language.equals("zh") ? "1 个无效多边形经 --repair 由 JTS GeometryFixer 修复"
        : "1 invalid polygon(s) repaired with --repair by JTS GeometryFixer");
  }
}
