package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real shaded jar, target/landcheck.jar, in a child JVM, as a user would. */
class LandcheckJarIT {

  private static final Path JAR = Path.of(System.getProperty("landcheck.jar", "target/landcheck.jar"));
  private static final Path FIXTURES = Path.of("../land-batch/src/test/resources/io/landcheck/batch");

  @TempDir Path dir;

  /** The result of one run of the jar. */
  record Run(int exit, String stdout, String stderr) {}

  private Run landcheck(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("landcheck finished").isTrue();
    return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  @Test
  @DisplayName("the jar exits 0 on a compliant batch and writes JSON to standard output")
  void exit0Json() throws Exception {
    Run r = landcheck("check", fixture("compliant-facts.json"));
    assertThat(r.exit()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(r.stdout());
    assertThat(root.path("parcels")).hasSize(2);
    assertThat(root.path("summary").path("compliant").asLong()).isEqualTo(2);
  }

  @Test
  @DisplayName("the jar exits 1 on a non-compliant batch and writes CSV with a byte-order mark")
  void exit1Csv() throws Exception {
    Path csv = dir.resolve("report.csv");
    Run r = landcheck("check", fixture("noncompliant-facts.json"), "--format", "csv", "--out", csv.toString());
    assertThat(r.exit()).isEqualTo(1);
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("N-002").contains("plot-ratio-minimum");
  }

  @Test
  @DisplayName("the jar exits 2 on a batch with broken records, and the HTML report lists every record")
  void exit2Html() throws Exception {
    Path html = dir.resolve("report.html");
    Run r = landcheck("check", fixture("mixed-facts.json"), fixture("compliant-facts.json"), "--format", "html",
        "--lang", "en", "--out", html.toString());
    assertThat(r.exit()).isEqualTo(2);
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(doc.select("#parcel-table tbody tr")).hasSize(9);
    assertThat(doc.select("#parcel-table tbody tr.v-ERROR")).hasSize(3);
    assertThat(doc.select("section#summary .card[data-verdict=ERROR] .n").text()).isEqualTo("3");
    assertThat(r.stderr()).contains("9 read");
  }

  @Test
  @DisplayName("the jar exits 64 on a usage error and prints the usage")
  void exit64() throws Exception {
    Run r = landcheck("check", fixture("compliant-facts.json"), "--format", "pdf");
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.stderr()).contains("--format");
  }

  @Test
  @DisplayName("the jar exits 74 when an input cannot be read")
  void exit74() throws Exception {
    Run r = landcheck("check", dir.resolve("missing.gpkg").toString());
    assertThat(r.exit()).isEqualTo(74);
    assertThat(r.stderr()).contains("missing.gpkg");
  }

  @Test
  @DisplayName("the jar lists the rules with their clauses and exits 0")
  void rules() throws Exception {
    Run rules = landcheck("rules");
    assertThat(rules.exit()).isEqualTo(0);
    assertThat(rules.stdout()).contains("mixed-use-amenity").contains("五(二)");
  }

  @Test
  @DisplayName("the jar prints its version and exits 0")
  void version() throws Exception {
    Run version = landcheck("--version");
    assertThat(version.exit()).isEqualTo(0);
    assertThat(version.stdout()).startsWith("landcheck ");
  }

  @Test
  @DisplayName("without a console the jar prints no progress bar")
  void noProgressWithoutConsole() throws Exception {
    Run r = landcheck("check", fixture("compliant-facts.json"), "--out", dir.resolve("r.json").toString());
    assertThat(r.stderr()).doesNotContain("\r").doesNotContain("ETA");
  }
}
