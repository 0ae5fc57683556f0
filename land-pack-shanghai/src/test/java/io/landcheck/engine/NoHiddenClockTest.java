package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The date a parcel is judged for is explicit: its application date (申请日期), else the date the checker was given.
 * The library never reads the clock, so the same parcels give the same reports whenever they are checked.
 */
@DisplayName("No hidden clock")
class NoHiddenClockTest {

  private static final Checker NO_DATE = Checker.of(ShanghaiPacks.shanghai2021());

  /** The plain industrial test parcel, without an application date. */
  private static Parcel undated() {
    Parcel p = TestParcels.industrial("U").build();
    return new Parcel(p.id(), p.landUse(), p.singleUse(), p.projectCategory(), p.recognitionLevel(), p.lease(),
        p.tenure(), p.siteAreaM2(), p.aboveGroundFloorAreaM2(), p.plotRatioFloorAreaM2(), p.undergroundFloorAreaM2(),
        p.approvedPlotRatioCap(), p.intensification(), p.split(), p.greenSpace(), p.rooftopGreenAreaM2(),
        p.districtId(), p.parkId(), java.util.Optional.empty());
  }

  @Test
  @DisplayName("a checker without a date reports an undated parcel as bad data naming applicationDate")
  void undatedIsAnError() {
    Report report = NO_DATE.check(undated());
    assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(report.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("applicationDate");
      assertThat(e.message()).contains("application_date", "申请日期");
    });
  }

  @Test
  @DisplayName("the error report of an undated parcel has no check date, in Java and in JSON")
  void undatedHasNoCheckDate() throws IOException {
    Report report = NO_DATE.check(undated());
    assertThat(report.checkDate()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(json.has("checkDate")).isFalse();
    assertThat(json.get("verdict").asText()).isEqualTo("ERROR");
  }

  @Test
  @DisplayName("a checker without a date judges a parcel on its application date")
  void datedParcel() {
    Report report = NO_DATE.check(TestParcels.industrial("D").build());
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(report.checkDate()).hasValue(APPLIED);
  }

  @Test
  @DisplayName("a checker given a date judges an undated parcel on it")
  void checkerDate() {
    LocalDate date = LocalDate.of(2024, 1, 15);
    Report report = NO_DATE.onDate(date).check(undated());
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(report.checkDate()).hasValue(date);
  }

  @Test
  @DisplayName("a parcel's own application date comes before the checker's date")
  void ownDateFirst() {
    Report report = NO_DATE.onDate(LocalDate.of(2024, 1, 15)).check(TestParcels.industrial("D").build());
    assertThat(report.checkDate()).hasValue(APPLIED);
  }

  @Test
  @DisplayName("an undated parcel has no date, and no limits, on a checker without a date")
  void noDateNoLimits() {
    assertThat(NO_DATE.dateFor(undated())).isEmpty();
    assertThat(NO_DATE.limits(undated(), "ratio")).isEmpty();
    assertThat(NO_DATE.onDate(APPLIED).limits(undated(), "ratio")).containsExactly(2.0);
  }

  /** Calls that read the clock or the computer's time zone. */
  private static final Pattern CLOCK = Pattern.compile(
      "LocalDate(Time)?\\s*(\\.|::)\\s*now\\b|ZonedDateTime\\s*(\\.|::)\\s*now\\b|Instant\\s*(\\.|::)\\s*now\\b"
          + "|Clock\\s*\\.\\s*system|currentTimeMillis|ZoneId\\s*\\.\\s*systemDefault|TimeZone\\s*\\.\\s*getDefault");

  /**
   * Where library code may still read the zone, and why: a Shapefile date is read by JavaDBF as midnight in the
   * computer's time zone, and only that zone turns it back into the day written in the file.
   */
  private static final Map<String, String> ALLOWED = Map.of(
      "land-core/src/main/java/io/landcheck/input/Values.java", "ZoneId.systemDefault");

  @Test
  @DisplayName("library code never reads the clock (only the command line does)")
  void libraryNeverReadsTheClock() throws IOException {
    Path root = RepoFiles.root();
    List<String> found = new ArrayList<>();
    for (String module : List.of("land-core", "land-geo", "land-cli", "land-test")) {
      Path main = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(main)) {
        files.filter(f -> f.toString().endsWith(".java"))
            // the command line may read the clock: it passes today's date to the library explicitly
            .filter(f -> !f.startsWith(root.resolve("land-cli/src/main/java/io/landcheck/cli")))
            .forEach(f -> {
              String rel = root.relativize(f).toString().replace('\\', '/');
              String[] lines = read(f).split("\n");
              for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("*") || line.startsWith("//")) {
                  continue; // documentation may name the calls
                }
                var m = CLOCK.matcher(line);
                if (m.find() && !m.group().replace(" ", "").equals(ALLOWED.get(rel))) {
                  found.add(rel + ":" + (i + 1) + ": " + line);
                }
              }
            });
      }
    }
    assertThat(found).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
