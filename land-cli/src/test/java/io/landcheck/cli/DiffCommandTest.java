package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.engine.PolicyPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("landcheck diff: policy impact on the command line")
class DiffCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SAMPLE = Path.of("../examples/data/sample-park.gpkg").toString();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** A bureau's draft: the bundled pack with the industrial plot-ratio floor raised from 2.0 to 2.5. */
  private Path draft() throws IOException {
    ObjectNode tree;
    try (InputStream in = PolicyPacks.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json")) {
      tree = (ObjectNode) MAPPER.readTree(in);
    }
    tree.put("id", "shanghai-2021-draft");
    for (JsonNode rule : tree.withArray("rules")) {
      if (rule.get("id").asText().equals("plot-ratio-minimum")) {
        ((ObjectNode) rule.get("versions").get(0).get("values").get("minimumByLandUse")).put("industrial", 2.5);
      }
    }
    Path file = dir.resolve("floor-2.5.json");
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);
    return file;
  }

  @Test
  @DisplayName("on the sample park, a floor of 2.5 lists exactly the industrial parcels whose measured plot ratio is in"
      + " [2.0, 2.5)")
  void sampleParkFloorRaised() throws IOException {
    // the measured plot ratios, from the check report of the sample park with the bundled pack
    Path check = dir.resolve("check.json");
    assertThat(run("check", SAMPLE, "--date", "2026-11-01", "--out", check.toString())).isEqualTo(2);
    Set<String> expected = new TreeSet<>();
    for (JsonNode parcel : MAPPER.readTree(check.toFile()).get("parcels")) {
      for (JsonNode r : parcel.get("results")) {
        if (r.get("rule").asText().equals("plot-ratio-minimum") && r.has("limit") && r.get("limit").asDouble() == 2.0
            && r.get("measured").asDouble() >= 2.0 && r.get("measured").asDouble() < 2.5) {
          expected.add(parcel.get("parcelId").asText());
        }
      }
    }
    assertThat(expected).isNotEmpty();

    Path report = dir.resolve("diff.json");
    int exit = run("diff", "--policy", "shanghai-2021", "--policy", draft().toString(), SAMPLE, "--lang", "en",
        "--out", report.toString());
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
    JsonNode diff = MAPPER.readTree(report.toFile());
    List<String> listed = new ArrayList<>();
    diff.get("parcels").forEach(p -> listed.add(p.get("parcelId").asText()));
    assertThat(listed).containsExactlyElementsOf(expected);
    assertThat(diff.get("after").get("label").asText()).isEqualTo("floor-2.5.json");
    assertThat(diff.get("summary").get("newlyNonCompliant").asInt()).isLessThanOrEqualTo(expected.size());
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("landcheck diff: 61 read, " + expected.size()
        + " change");
  }

  @Test
  @DisplayName("the same pack on both sides exits 0; HTML and CSV are chosen by the --out extension")
  void noChangeExits0() {
    assertThat(run("diff", "--date", "2026-11-01", "--date", "2026-11-01", SAMPLE, "--out",
        dir.resolve("d.html").toString())).isEqualTo(0);
    assertThat(run("diff", "--policy", "shanghai-2021", "--policy", "shanghai-2021", SAMPLE, "--out",
        dir.resolve("d.csv").toString())).isEqualTo(0);
    assertThat(dir.resolve("d.html")).content(StandardCharsets.UTF_8).contains("<h1>政策影响对比</h1>");
    assertThat(dir.resolve("d.csv")).content(StandardCharsets.UTF_8).contains("TOTAL,,,,,,,,,,,,,,,,61,0,0,0,");
  }

  @Test
  @DisplayName("one side only, three sides, or a bad date is a usage error (64)")
  void usage() throws IOException {
    assertThat(run("diff", SAMPLE)).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("diff needs two sides");
    assertThat(run("diff", "--policy", "shanghai-2021", SAMPLE)).isEqualTo(64);
    assertThat(run("diff", "--date", "2024-01-01", "--date", "2025-01-01", "--date", "2026-01-01", SAMPLE))
        .isEqualTo(64);
    assertThat(run("diff", "--date", "2024-01-01", "--date", "tomorrow", SAMPLE)).isEqualTo(64);
    assertThat(Files.list(dir)).isEmpty();
  }
}
