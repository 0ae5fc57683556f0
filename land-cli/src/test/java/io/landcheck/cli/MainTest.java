package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Rule;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String fixture(String name) {
    try {
      return Path.of(MainTest.class.getResource("/io/landcheck/batch/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a batch of compliant parcels exits 0")
  void allCompliant() {
    assertThat(run("check", fixture("compliant-facts.json"), "--out", dir.resolve("r.json").toString())).isEqualTo(0);
  }

  @Test
  @DisplayName("a batch with a non-compliant parcel exits 1")
  void nonCompliant() {
    assertThat(run("check", fixture("noncompliant-facts.json"), "--out", dir.resolve("r.csv").toString())).isEqualTo(1);
  }

  @Test
  @DisplayName("a batch with a record in error exits 2, even with non-compliant parcels")
  void recordErrors() {
    assertThat(run("check", fixture("mixed-facts.json"), "--out", dir.resolve("r.html").toString())).isEqualTo(2);
    assertThat(stderr()).contains("7");
  }

  @Test
  @DisplayName("the format follows the --out extension")
  void formatFromExtension() throws IOException {
    run("check", fixture("compliant-facts.json"), "--out", dir.resolve("r.html").toString());
    assertThat(Files.readString(dir.resolve("r.html"))).startsWith("<!DOCTYPE html>");
  }

  static Stream<Arguments> usageErrors() {
    String f = fixture("compliant-facts.json");
    return Stream.of(
        argumentSet("an unknown format (--format pdf)", List.of("check", f, "--format", "pdf")),
        argumentSet("a date that does not exist (--date 2024-13-01)", List.of("check", f, "--date", "2024-13-01")),
        argumentSet("an unknown policy (--policy beijing-2030)", List.of("check", f, "--policy", "beijing-2030")),
        argumentSet("check with no input", List.of("check")),
        argumentSet("no command", List.of()),
        argumentSet("an unknown language (--lang fr)", List.of("check", f, "--lang", "fr")),
        argumentSet("a coordinate system that is no system (--crs foo)", List.of("check", f, "--crs", "foo")),
        argumentSet("an EPSG code Proj4J does not know (--crs EPSG:99999)", List.of("check", f, "--crs", "EPSG:99999")));
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("usageErrors")
  @DisplayName("a usage error exits 64")
  void usage(List<String> args) {
    assertThat(run(args.toArray(String[]::new))).isEqualTo(64);
  }

  @Test
  @DisplayName("an unknown --lang is refused with the languages listed as users type them")
  void unknownLanguageListsCodes() {
    assertThat(run("check", fixture("compliant-facts.json"), "--lang", "fr")).isEqualTo(64);

    String firstLine = stderr().lines().findFirst().orElseThrow();
    for (Language language : Language.values()) {
      assertThat(firstLine).containsPattern("\\b" + language.code() + "\\b").doesNotContain(language.name());
    }
  }

  @Test
  @DisplayName("--lang takes its codes in any case")
  void languageInAnyCase() {
    assertThat(run("rules", "--lang", "EN")).isEqualTo(0);
  }

  @Test
  @DisplayName("a policy file with a lower plot-ratio floor changes the verdict without code changes")
  void policyFile() throws IOException {
    String bundled;
    try (var in = PolicyPacks.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String lowered = bundled.replace("\"minimumByLandUse\": { \"industrial\": 2.0", "\"minimumByLandUse\": { \"industrial\": 1.5");
    assertThat(lowered).isNotEqualTo(bundled);
    Path pack = Files.writeString(dir.resolve("lowered.json"), lowered);
    String batch = fixture("noncompliant-facts.json");
    assertThat(run("check", batch, "--out", dir.resolve("a.json").toString())).isEqualTo(1);
    assertThat(run("check", batch, "--policy", pack.toString(), "--out", dir.resolve("b.json").toString())).isEqualTo(0);
  }

  @Test
  @DisplayName("an invalid policy file exits 64 and names the file")
  void badPolicyFile() throws IOException {
    Path pack = Files.writeString(dir.resolve("pack.json"), "{\"schemaVersion\": 2}");
    assertThat(run("check", fixture("compliant-facts.json"), "--policy", pack.toString())).isEqualTo(64);
    assertThat(stderr()).contains("pack.json");
  }

  @Test
  @DisplayName("a missing input exits 74")
  void missingInput() {
    assertThat(run("check", dir.resolve("none.gpkg").toString(), "--out", dir.resolve("r.json").toString()))
        .isEqualTo(74);
  }

  @Test
  @DisplayName("an output in a missing directory exits 74")
  void outputInMissingDirectory() {
    assertThat(run("check", fixture("compliant-facts.json"), "--out", dir.resolve("no/such/dir/r.json").toString()))
        .isEqualTo(74);
  }

  @Test
  @DisplayName("rules lists every rule of the pack with its clause")
  void rules() {
    assertThat(run("rules", "--lang", "en")).isEqualTo(0);
    String listed = out.toString(StandardCharsets.UTF_8);
    for (Rule r : ShanghaiPacks.shanghai2021().rules()) {
      assertThat(listed).contains(r.id().value() + "  " + r.citation().document() + " " + r.citation().clause());
    }
    assertThat(listed).contains("green-space-balance");
  }

  @Test
  @DisplayName("--version prints the version")
  void version() {
    assertThat(run("--version")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("landcheck ");
  }

  @Test
  @DisplayName("--help documents the exit codes")
  void help() {
    assertThat(run("check", "--help")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exit codes").contains("64").contains("74");
  }

  @Test
  @DisplayName("landcheck --help lists the same exit codes as landcheck check --help")
  void topLevelHelp() {
    assertThat(run("check", "--help")).isEqualTo(0);
    String check = out.toString(StandardCharsets.UTF_8);
    out.reset();
    assertThat(run("--help")).isEqualTo(0);
    String top = out.toString(StandardCharsets.UTF_8);
    String codes = check.substring(check.indexOf("Exit codes"));
    assertThat(codes).contains(" 2", "70", "74");
    assertThat(top).contains(codes.strip());
  }
}
