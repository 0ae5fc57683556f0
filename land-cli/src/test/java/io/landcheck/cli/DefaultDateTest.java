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
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line is the one part of landcheck that reads the clock: it gives the library today's date. */
@DisplayName("The command line's date")
class DefaultDateTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** A facts file with one industrial parcel, plot ratio 2.0, and no application date. */
  private Path undatedFacts() throws IOException {
    Path file = dir.resolve("undated.json");
    Files.writeString(file, """
        [ { "parcel_id": "U-1", "land_use": "industrial", "single_use": true, "tenure": "NEW",
            "lease_grant_date": "2023-05-01", "lease_term_years": 20, "site_area_m2": 10000,
            "floor_areas_m2": { "生产": 20000 } } ]
        """);
    return file;
  }

  private JsonNode report(Path file) throws IOException {
    return new ObjectMapper().readTree(Files.readString(file)).get("parcels").get(0);
  }

  @Test
  @DisplayName("without --date, a parcel without an application date is judged on today's date")
  void today() throws IOException {
    LocalDate before = LocalDate.now();
    assertThat(run("check", undatedFacts().toString(), "--out", dir.resolve("r.json").toString())).isEqualTo(0);
    LocalDate after = LocalDate.now();
    String checkDate = report(dir.resolve("r.json")).get("checkDate").asText();
    assertThat(checkDate).isIn(before.toString(), after.toString());
  }

  @Test
  @DisplayName("with --date, a parcel without an application date is judged on that date")
  void givenDate() throws IOException {
    run("check", undatedFacts().toString(), "--date", "2024-02-29", "--out", dir.resolve("r.json").toString());
    assertThat(report(dir.resolve("r.json")).get("checkDate").asText()).isEqualTo("2024-02-29");
  }

  @Test
  @DisplayName("--help says the default date is today, read from the computer's clock")
  void helpSaysSo() {
    run("check", "--help");
    // picocli wraps the text: compare with the wrapping undone
    String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertThat(help).contains("--date", "(default: today, read from this computer's clock");
  }
}
