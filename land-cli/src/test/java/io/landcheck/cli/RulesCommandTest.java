package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Rule;
import io.landcheck.pack.ParameterSource;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code landcheck rules}, checked against the bundled pack it lists. */
@DisplayName("landcheck rules")
class RulesCommandTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  private static String rules(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] command = new String[args.length + 1];
    command[0] = "rules";
    System.arraycopy(args, 0, command, 1, args.length);
    int code = Main.run(command, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The listing's line for a parameter, such as {@code generalTermCapYears = 20    source: …}. */
  private static String parameterLine(String listing, String name) {
    List<String> lines = listing.lines().filter(l -> l.strip().startsWith(name + " = ")).toList();
    assertThat(lines).as("lines for %s", name).hasSize(1);
    return lines.get(0);
  }

  private static ParameterSource source(Parameters version, String name) {
    return version.source(name).orElseThrow();
  }

  @Test
  @DisplayName("gives each rule's clause id and the clause in the document's own words")
  void verbatimClauses() {
    String listing = rules();
    for (Rule rule : PACK.rules()) {
      assertThat(listing).contains(rule.id() + "  " + rule.citation().document() + " " + rule.citation().clause())
          .contains(rule.citation().text().zh());
    }
    PACK.batchRules().forEach(g -> assertThat(listing).contains(g.citation().text().zh()));
  }

  @Test
  @DisplayName("in English still gives the clause in the document's own words, and its English as a translation")
  void englishKeepsTheOriginal() {
    String listing = rules("--lang", "en");
    Rule lease = PACK.rules().get(0);
    assertThat(listing).contains(lease.citation().text().zh())
        .contains("(translation) " + lease.citation().text().en());
  }

  @Test
  @DisplayName("gives the general lease cap's value and that the bureau sets it, with the pack's note")
  void generalCapSource() {
    Parameters lease = PACK.versions(PACK.rules().get(0).id()).get(0);
    ParameterSource cap = source(lease, "generalTermCapYears");
    String line = parameterLine(rules("--lang", "en"), "generalTermCapYears");
    assertThat(line).contains("generalTermCapYears = " + lease.integer("generalTermCapYears"))
        .contains(cap.label().en()).contains(cap.note().orElseThrow().en());
  }

  @Test
  @DisplayName("gives the full-height storey's value and the standard and clause it comes from")
  void fullHeightStoreySource() {
    Parameters measurement = PACK.measurementVersions().get(0);
    ParameterSource storey = source(measurement, "fullHeightStoreyM");
    String line = parameterLine(rules(), "fullHeightStoreyM");
    assertThat(line).contains("fullHeightStoreyM = " + measurement.number("fullHeightStoreyM"))
        .contains(storey.document().orElseThrow() + " " + storey.clause().orElseThrow())
        .contains(storey.note().orElseThrow().zh());
  }

  @Test
  @DisplayName("gives a number the policy fixes with its document and clause")
  void policyNumberSource() {
    Parameters lease = PACK.versions(PACK.rules().get(0).id()).get(0);
    ParameterSource max = source(lease, "maxTermYears");
    assertThat(parameterLine(rules(), "maxTermYears")).contains(max.label().zh());
  }

  @Test
  @DisplayName("lists every parameter of every rule and of the measurement")
  void everyParameter() {
    String listing = rules();
    for (Rule rule : PACK.rules()) {
      PACK.versions(rule.id()).forEach(v -> v.names().forEach(n -> assertThat(listing).contains("      " + n + " = ")));
    }
    PACK.measurementVersions().forEach(v -> v.names().forEach(n -> assertThat(listing).contains("      " + n + " = ")));
  }
}
