package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report asked in Chinese ({@code --lang zh}) tells the problems of bad records in Chinese, from the same facts as
 * the English report: one scenario per family of message (a parcel's own checks, a GIS reader's, the batch's totals).
 */
@DisplayName("Under --lang zh, record errors are written in Chinese, and in English under --lang en")
class ChineseMessagesTest {

  @TempDir Path dir;

  private String check(Path input, String language) throws IOException {
    Path out = dir.resolve("r-" + language + "-" + System.nanoTime() + ".csv");
    List<String> args = new ArrayList<>(List.of("check", input.toString(), "--date", "2024-06-01", "--lang", language,
        "--format", "csv", "--out", out.toString()));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
    Main.run(args.toArray(String[]::new), print, print);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String record(String id, String extra) {
    return "{\"parcel_id\": \"" + id + "\", \"land_use\": \"industrial\", \"single_use\": true, \"tenure\": \"NEW\","
        + " \"lease_grant_date\": \"2023-05-01\", \"site_area_m2\": 10000, \"park_id\": \"P\","
        + " \"application_date\": \"2024-03-01\"" + extra + "}";
  }

  private Path facts(String... records) throws IOException {
    return Files.writeString(dir.resolve("facts.json"), "[" + String.join(",\n", records) + "]",
        StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a facts file with a lease term of 80 years: 应为 1 至 70 年，实为 80 in Chinese, the English words in English")
  void leaseTerm() throws IOException {
    Path file = facts(record("L-1", ", \"lease_term_years\": 80, \"floor_areas_m2\": {\"生产\": 20000}"));

    assertThat(check(file, "zh")).contains("应为 1 至 70 年，实为 80").doesNotContain("must be from 1 to 70 years");
    assertThat(check(file, "en")).contains("must be from 1 to 70 years, was 80");
  }

  @Test
  @DisplayName("a GBK Shapefile without .cpg: the charset problem and its --charset GBK advice are in Chinese")
  void gbkWithoutCpg() throws IOException {
    Path shapefile = Path.of("../land-gis/src/test/resources/fixtures/shp-gbk-nocpg");

    assertThat(check(shapefile, "zh")).contains("没有注明字符集的 .cpg", "--charset GBK", "中文 GIS 软件生成的文件通常为 GBK")
        .doesNotContain("the file has no .cpg");
    assertThat(check(shapefile, "en")).contains("the file has no .cpg naming its charset", "--charset GBK");
  }

  @Test
  @DisplayName("floor areas that would take the park's total past what landcheck computes with: told in Chinese")
  void parkTotalTooLarge() throws IOException {
    String floor = ", \"lease_term_years\": 20, \"floor_areas_m2\": {\"生产\": 1e307}";
    Path file = facts(record("F-1", floor), record("F-2", floor), record("F-3", floor));

    assertThat(check(file, "zh")).contains("将使园区 P 的建筑面积合计超出 landcheck 可计算的范围")
        .doesNotContain("would take the total floor area");
    assertThat(check(file, "en")).contains("would take the total floor area of park P past what landcheck");
  }
}
