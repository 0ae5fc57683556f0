package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.batch.BatchRow;
import io.landcheck.engine.Report;
import io.landcheck.model.RecordError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --ignore-unknown-fields}: a column landcheck does not know, in a GIS layer and in a facts file. */
class UnknownFieldsTest {

  /** One parcel in EPSG:4549 with the schema's fields and one more, {@code remark}. */
  private static final String PARCELS_WITH_REMARK = """
      { "type": "FeatureCollection",
        "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::4549" } },
        "features": [
          { "type": "Feature",
            "properties": { "parcel_id": "U-1", "land_use": "industrial", "single_use": true, "remark": "回访" },
            "geometry": { "type": "Polygon", "coordinates": [[[623000, 3443000], [623100, 3443000],
              [623100, 3443100], [623000, 3443100], [623000, 3443000]]] } } ] }
      """;

  /** One parcel of facts with the format's fields and one more, {@code remark}. */
  private static final String FACTS_WITH_REMARK = """
      [ { "parcel_id": "U-2", "land_use": "industrial", "single_use": true, "site_area_m2": 10000,
          "floor_areas_m2": { "生产": 20000 }, "remark": "回访" } ]
      """;

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private JsonNode check(Path input, String... options) throws IOException {
    Path out = dir.resolve("r-" + System.nanoTime() + ".json");
    List<String> args = new ArrayList<>(List.of("check", input.toString(), "--date", "2024-06-01", "--lang", "en",
        "--out", out.toString()));
    args.addAll(List.of(options));
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    Main.run(args.toArray(String[]::new), print, print);
    return new ObjectMapper().readTree(out.toFile());
  }

  private Path geoJson() throws IOException {
    Path park = Files.createDirectories(dir.resolve("park"));
    Files.writeString(park.resolve("parcels.geojson"), PARCELS_WITH_REMARK);
    return park;
  }

  private Path facts() throws IOException {
    return Files.writeString(dir.resolve("facts.json"), FACTS_WITH_REMARK);
  }

  private static JsonNode onlyRow(JsonNode report) {
    assertThat(report.path("parcels")).hasSize(1);
    return report.path("parcels").get(0);
  }

  @Test
  @DisplayName("without the option, a GIS layer's unknown field makes its record an ERROR row naming the field")
  void unknownFieldIsAnError() throws IOException {
    JsonNode row = onlyRow(check(geoJson()));

    assertThat(row.path("verdict").asText()).isEqualTo("ERROR");
    assertThat(row.path("errors").findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("remark"));
  }

  @Test
  @DisplayName("after the summary, check points to --ignore-unknown-fields when records are in error for unknown fields")
  void hint() throws IOException {
    check(geoJson());

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--ignore-unknown-fields");
  }

  @Test
  @DisplayName("a GBK Shapefile without .cpg: every record's error names --charset GBK, and nothing points to "
      + "--ignore-unknown-fields")
  void gbkWithoutCpg() throws IOException {
    JsonNode report = check(Path.of("../land-gis/src/test/resources/fixtures/shp-gbk-nocpg"));

    assertThat(report.path("parcels")).hasSize(4).allSatisfy(row -> assertThat(row.path("errors")
        .findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("--charset GBK")));
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("--ignore-unknown-fields");
  }

  @Test
  @DisplayName("when the unknown field names are not valid in the charset they were read in, the hint names --charset "
      + "GBK, not --ignore-unknown-fields")
  void charsetHint() {
    UnknownFields unknown = new UnknownFields();
    RecordError garbled = RecordError.of(RecordError.Code.UNKNOWN_FIELD, "zd.shp#1", "fields",
        "zd.shp: layer parcels: unknown field(s) [\uFFFD\uFFFD\uFFFD\uFFFD]; the schema's fields are [parcel_id/宗地编号]");
    unknown.row(new BatchRow(0, "zd.shp#1", Report.error("zd.shp#1", "shanghai-2021", Optional.empty(),
        List.of(garbled)), Optional.empty(), Optional.empty(), Optional.empty()));

    assertThat(unknown.records()).isEqualTo(1);
    assertThat(unknown.hint(Language.EN)).contains("--charset GBK", "not --ignore-unknown-fields");
    assertThat(unknown.hint(Language.ZH)).contains("--charset GBK");
  }

  @Test
  @DisplayName("no hint about unknown fields follows a batch whose errors are of another kind")
  void noHintForOtherErrors() throws Exception {
    Path input = Path.of(getClass().getResource("/io/landcheck/batch/mixed-facts.json").toURI());

    JsonNode report = check(input);

    // P-003 (site area -5), P-005 (use code 'spaceship hangar') and the record without a parcel_id
    assertThat(report.path("summary").path("errors").asInt()).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("--ignore-unknown-fields");
  }

  @Test
  @DisplayName("with --ignore-unknown-fields, a GIS layer's unknown field is ignored and the parcel is checked")
  void ignoredInGisLayer() throws IOException {
    JsonNode row = onlyRow(check(geoJson(), "--ignore-unknown-fields"));

    assertThat(row.path("verdict").asText()).isNotEqualTo("ERROR");
    assertThat(row.path("results")).isNotEmpty();
  }

  @Test
  @DisplayName("with --ignore-unknown-fields, a facts file's unknown field is ignored and the parcel is checked")
  void ignoredInFactsFile() throws IOException {
    assertThat(onlyRow(check(facts())).path("verdict").asText()).isEqualTo("ERROR");

    JsonNode row = onlyRow(check(facts(), "--ignore-unknown-fields"));

    assertThat(row.path("verdict").asText()).isNotEqualTo("ERROR");
    assertThat(row.path("results")).isNotEmpty();
  }

  @Test
  @DisplayName("check --help documents --ignore-unknown-fields")
  void help() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    assertThat(Main.run(new String[] {"check", "--help"}, print, print)).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--ignore-unknown-fields");
  }
}
