package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's remedy-plan snippet (the counter-example), compiled and run here, and compared with the
 * README's copy of the code and of what it prints. {@code -Dlandcheck.updateDocs=true} rewrites the printed output.
 */
@DisplayName("The README's remedy-plan example")
class RemedyPlanReadmeTest {

  private static final Path SOURCE = Path.of("src/test/java/io/landcheck/engine/RemedyPlanReadmeTest.java");

  private static Report example() {
    // snippet:begin
    Checker checker = Checker.of(ShanghaiPacks.shanghai2021());
    Parcel parcel = Parcel.builder("CE-1")
        .landUse(LandUse.INDUSTRIAL).singleUse(true).tenure(LandTenure.NEW)
        .lease(LocalDate.of(2024, 3, 1), 20)
        .siteAreaM2(10_000)
        .floorAreaM2("生产", 16_900)
        .floorAreaM2("宿舍", 3_800)                   // living amenities 18.4 % of 20,700 m²: over 15 %
        .applicationDate(LocalDate.of(2024, 3, 1))
        .build();

    Report report = checker.check(parcel);          // NON_COMPLIANT: mixed-use-amenity only
    for (RuleResult r : report.resultsWith(Verdict.NON_COMPLIANT)) {
      for (RemedyOption o : r.remedyOptions()) {    // each option fixes its own rule
        System.out.println(r.ruleId() + ": " + o.kind() + " " + o.useClasses() + " " + o.amount() + " " + o.unit()
            + (o.compliesAlone().orElseThrow() ? " (alone, the parcel complies)" : " (alone, another rule fails)"));
      }
    }
    RemedyPlan plan = report.remedyPlan().orElseThrow();  // every NON_COMPLIANT report has one
    System.out.println(plan.status() + " " + plan.changesM2() + ", " + plan.totalChangeM2() + " m² in all");
    System.out.println(plan.text().en());
    System.out.println(plan.text().zh());
    System.out.println(checker.check(checker.apply(parcel, plan)).verdict());  // applied, checked again
    // snippet:end
    return report;
  }

  @Test
  @DisplayName("the example runs and prints what the README shows")
  void runs() {
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      example();
    } finally {
      System.setOut(out);
    }
    String output = printed.toString(java.nio.charset.StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    assertThat(output).endsWith("COMPLIANT\n").contains("FOUND {PRINCIPAL_INDUSTRIAL=100.0, LIVING_AMENITY=-800.0}");
    Path readme = RepoFiles.root().resolve("README.md");
    if (RepoFiles.UPDATE) {
      RepoFiles.writeBlock(readme, "remedy-plan-output", "```\n" + output + "```\n");
    }
    String block = RepoFiles.block(readme, "remedy-plan-output").orElseThrow(
        () -> new AssertionError("README.md has no remedy-plan-output block"));
    assertThat(RepoFiles.fenced(block)).as("the printed output shown in %s", readme).isEqualTo(output);
  }

  @Test
  @DisplayName("the README shows exactly the code that runs here")
  void readmeShowsThisCode() {
    String source = RepoFiles.read(SOURCE);
    String begin = "// snippet:begin\n";
    String body = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // snippet:end"));
    String code = body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce("", (a, b) -> a + b + "\n");
    String block = RepoFiles.block(RepoFiles.root().resolve("README.md"), "remedy-plan").orElseThrow(
        () -> new AssertionError("README.md has no remedy-plan block"));
    assertThat(RepoFiles.fenced(block)).contains(code);
  }
}
