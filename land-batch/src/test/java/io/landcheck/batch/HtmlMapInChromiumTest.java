package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the HTML report's map pans and zooms and takes a click to the parcel's detail, in a real browser. The page
 * is the report of the result-layer fixture park; {@code scripts/check-html-map} plays the events in headless Chromium
 * and says what passed. Where Chromium is absent the script says so (exit 77) and the test is skipped with its message.
 */
@DisplayName("the HTML map in headless Chromium")
class HtmlMapInChromiumTest {

  private static final Path SCRIPT = Path.of("..", "scripts", "check-html-map");

  @TempDir Path dir;

  @Test
  @DisplayName("the map zooms, pans, resets and goes to a clicked parcel's detail, with nothing loaded from elsewhere")
  void mapWorksInChromium() throws IOException, InterruptedException {
    Path page = dir.resolve("report.html");
    try (BatchInput in = BatchInput.open(List.of(Fixtures.resource("layers/results-park.gpkg")), Fixtures.PACK);
        var out = Files.newOutputStream(page)) {
      BatchChecker.of(Fixtures.PACK).onDate(LocalDate.of(2024, 6, 1)).run(in, ReportFormat.HTML.writer(out, "en"));
    }

    Process p = new ProcessBuilder("bash", SCRIPT.toString(), page.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the script finished").isTrue();
    assumeTrue(p.exitValue() != 77, output.strip());

    assertThat(output).as(output).contains("PASS a click on a parcel goes to its detail").contains(" 0 failed")
        .doesNotContain("FAIL");
    assertThat(p.exitValue()).isZero();
  }
}
