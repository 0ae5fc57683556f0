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
 * The problems a GIS reader finds in a record reach the report in the language asked for with {@code --lang}: here a
 * building of land-gis's by-location fixture park (scripts/make-location-fixtures) that no parcel holds any part of.
 */
@DisplayName("A reader's problems with a record are written in the report's language")
class ReaderMessagesInChineseCliTest {

  private static final Path PARK = Path.of("../land-gis/src/test/resources/fixtures/by-location/park.gpkg");

  @TempDir Path dir;

  private String check(String language) throws IOException {
    Path out = dir.resolve("r-" + language + ".csv");
    List<String> args = new ArrayList<>(List.of("check", PARK.toString(), "--date", "2024-06-01", "--lang", language,
        "--assign-buildings", "by-location", "--format", "csv", "--out", out.toString()));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
    Main.run(args.toArray(String[]::new), print, print);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("building B-3, placed on no parcel, is told in Chinese under --lang zh and in English under --lang en")
  void unplacedBuilding() throws IOException {
    assertThat(check("zh")).contains("建筑 B-3（", "）无 parcel_id，且其基底不在任何地块内；该建筑连同其楼层未归属任何地块")
        .doesNotContain("is placed on no parcel");
    assertThat(check("en")).contains("building B-3 (", ") has no parcel_id and no parcel holds any part of its "
        + "footprint; it is placed on no parcel with its storey");
  }
}
