package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample park's broken records, checked on the command line: their errors read in the report's language. The
 * expected words are the templates' (RecordMessages_zh/en.properties) with the sample's values, written by hand.
 */
@DisplayName("Record errors and warnings are written in --lang: Chinese under --lang zh, English under --lang en")
class MessageLanguageTest {

  private static final Path SAMPLE = Path.of("../examples/data/sample-park.gpkg");

  @TempDir Path dir;

  private List<String> csv(String language) throws IOException {
    Path out = dir.resolve("report-" + language + ".csv");
    int exit = Main.run(new String[] {"check", SAMPLE.toString(), "--date", "2024-06-01", "--lang", language,
        "--format", "csv", "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(exit).as("exit: some parcels are not compliant").isEqualTo(2);
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("--lang zh: a storey -3.6 m high is 「应大于 0，实为 -3.6」, a storey at level 0 「不能为 0」")
  void chineseErrors() throws IOException {
    List<String> lines = csv("zh");

    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",SP-046,", ",ERROR,",
        "sample-park.gpkg:storeys#1592: 应大于 0，实为 -3.6", "storeys.storey_height_m"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",SP-036,", ",ERROR,",
        "不能为 0（1 为首层，-1 为地下一层）"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",SP-004,", ",WARNING,", "建筑 B3 跨越地块界线"));
  }

  @Test
  @DisplayName("--lang en: the same errors in English")
  void englishErrors() throws IOException {
    List<String> lines = csv("en");

    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",SP-046,", ",ERROR,",
        "sample-park.gpkg:storeys#1592: must be > 0, was -3.6"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",SP-004,", ",WARNING,",
        "building B3 crosses the parcel boundary"));
  }

  @Test
  @DisplayName("the JSON report is the same under either language: English message, Chinese messageZh")
  void jsonBoth() throws IOException {
    Path out = dir.resolve("report.json");
    Main.run(new String[] {"check", SAMPLE.toString(), "--date", "2024-06-01", "--out", out.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    JsonNode report = new ObjectMapper().readTree(out.toFile());

    assertThat(report.path("parcels")).anySatisfy(p -> {
      assertThat(p.path("parcelId").asText()).isEqualTo("SP-046");
      assertThat(p.path("errors").get(0).path("message").asText()).endsWith("must be > 0, was -3.6");
      assertThat(p.path("errors").get(0).path("messageZh").asText()).endsWith("应大于 0，实为 -3.6");
    });
  }
}
