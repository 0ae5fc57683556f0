package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The problems the JSON readers find in a file as a whole or in a record they cannot read (facts files, GeoJSON) are
 * written in the report's language, on the row of the record they spoil, with the field named. The expected words are
 * the templates' (RecordMessages_zh/en.properties) with the files' lines counted by hand.
 */
@DisplayName("Under --lang zh, the JSON readers' problems are written in Chinese, and in English under --lang en")
class ReaderMessagesLanguageTest {

  @TempDir Path dir;

  private List<String> csv(Path input, String language) throws IOException {
    Path out = dir.resolve("r-" + language + "-" + System.nanoTime() + ".csv");
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
    Main.run(new String[] {"check", input.toString(), "--date", "2024-06-01", "--lang", language, "--format", "csv",
        "--out", out.toString()}, print, print);
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  private static String record(String id) {
    return "{\"parcel_id\": \"" + id + "\", \"land_use\": \"industrial\", \"single_use\": true, \"tenure\": \"NEW\","
        + " \"lease_grant_date\": \"2023-05-01\", \"lease_term_years\": 20, \"site_area_m2\": 10000,"
        + " \"floor_areas_m2\": {\"生产\": 20000}, \"park_id\": \"P\", \"application_date\": \"2024-03-01\"}";
  }

  @Test
  @DisplayName("two facts files joined with cat: each record's row says 含有不止一个 JSON 值 under zh, field file")
  void factsJoinedWithCat() throws IOException {
    Path file = Files.writeString(dir.resolve("facts.json"), "[\n" + record("F-1") + "\n]\n[\n" + record("F-2")
        + "\n]\n", StandardCharsets.UTF_8);

    assertThat(csv(file, "zh")).anySatisfy(l -> assertThat(l).contains(",F-2,", ",file,",
        "facts.json 含有不止一个 JSON 值：第 4 行开始了另一个（是否用 cat 拼接了两个文件？）").doesNotContain("holds more"));
    assertThat(csv(file, "en")).anySatisfy(l -> assertThat(l).contains(",F-2,", ",file,",
        "facts.json holds more than one JSON value: another begins on line 4 (two files joined with cat?)"));
  }

  @Test
  @DisplayName("a GeoJSON parcels file with a second features member: 第二个 \"features\" 成员 under zh, field file")
  void geoJsonFeaturesTwice() throws IOException {
    Path sample = Path.of("../examples/data/sample-park");
    Path park = Files.createDirectory(dir.resolve("park"));
    try (var files = Files.list(sample)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, park.resolve(f.getFileName()));
      }
    }
    Path parcels = park.resolve("parcels.geojson");
    String text = Files.readString(parcels, StandardCharsets.UTF_8);
    String head = text.substring(0, text.lastIndexOf('}')).stripTrailing();
    Files.writeString(parcels, head + "\n, \"features\": []\n}\n", StandardCharsets.UTF_8);
    long line = head.lines().count() + 1; // the line after the head

    // the CSV doubles the quotes around features
    assertThat(csv(park, "zh")).anySatisfy(l -> assertThat(l).contains(",SP-001,", ",file,",
        "parcels.geojson 的一个 FeatureCollection 中有第二个 \"\"features\"\" 成员，在第 " + line + " 行"));
    assertThat(csv(park, "en")).anySatisfy(l -> assertThat(l).contains(",SP-001,", ",file,",
        "parcels.geojson has a second \"\"features\"\" member in one FeatureCollection, on line " + line + ";"));
  }
}
