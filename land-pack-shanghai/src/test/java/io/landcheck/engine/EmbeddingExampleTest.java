package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's Java snippet of embedding landcheck, compiled and run here, and compared with the README's copy. */
@DisplayName("The README's embedding example")
class EmbeddingExampleTest {

  private static final Path SOURCE = Path.of("src/test/java/io/landcheck/engine/EmbeddingExampleTest.java");

  /** The snippet: the code between the two marker comments is what the README shows. */
  private static Report embed() {
    // snippet:begin
    PolicyPack pack = ShanghaiPacks.shanghai2021();   // or PolicyPacks.load(Path.of("my-bureau.json"))
    Checker checker = Checker.of(pack);             // immutable: share one between threads; never reads the clock

    Parcel parcel = Parcel.builder("JD-2024-017")
        .landUse(LandUse.INDUSTRIAL)                // 产业项目类工业用地
        .singleUse(true)                            // 单一用途产业用地
        .project(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE, RecognitionLevel.MUNICIPAL)
        .lease(LocalDate.of(2024, 3, 1), 50)        // grant date, term in years
        .tenure(LandTenure.NEW)
        .siteAreaM2(20_000)                         // 用地面积
        .floorAreaM2("生产", 32_000)                 // above-ground floor area (地上建筑面积) by use
        .floorAreaM2("研发", 5_000)
        .floorAreaM2("宿舍", 3_000)
        .undergroundFloorAreaM2(6_000)              // counts in neither 容积率 nor the mixed-use shares
        .applicationDate(LocalDate.of(2024, 3, 1))  // picks the pack parameters in force
        .build();                                   // bad values: InvalidParcelException naming parcel and field

    Report report = checker.check(parcel);
    System.out.println(report.parcelId() + ": " + report.verdict());  // JD-2024-017: COMPLIANT
    for (RuleResult r : report.results()) {
      System.out.println("  " + r.ruleId() + " " + r.verdict() + " " + r.message().en());
      r.remedy().ifPresent(m -> System.out.println("    remedy: " + m.en()));
    }
    String json = report.toJson();                  // schema: docs/report-format.md
    // snippet:end
    assertThat(json).contains("JD-2024-017");
    return report;
  }

  @Test
  @DisplayName("the example runs and prints that its parcel complies, as its comment says")
  void runs() {
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    Report report;
    try {
      System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      report = embed();
    } finally {
      System.setOut(out);
    }
    String output = printed.toString(java.nio.charset.StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    assertThat(output).startsWith("JD-2024-017: COMPLIANT").contains("  plot-ratio-minimum COMPLIANT");
    Path readme = RepoFiles.root().resolve("README.md");
    String block = RepoFiles.block(readme, "embedding-output").orElseThrow(
        () -> new AssertionError("README.md has no embedding-output block"));
    assertThat(RepoFiles.fenced(block)).as("the printed output shown in %s", readme).isEqualTo(output);
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(report.plotRatio()).hasValue(2.0);
    assertThat(report.result(Rules.LEASE_TERM).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("the README shows exactly the code that runs here")
  void readmeShowsThisCode() {
    String code = snippet(RepoFiles.read(SOURCE));
    Path readme = RepoFiles.root().resolve("README.md");
    Optional<String> block = RepoFiles.block(readme, "embedding");
    assertThat(block).as("the embedding block of README.md").isPresent();
    assertThat(RepoFiles.fenced(block.get())).as("the embedding snippet in %s", readme).contains(code);
  }

  /** The lines between the markers, without the indentation of the method body. */
  private static String snippet(String source) {
    String begin = "// snippet:begin\n";
    String body = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // snippet:end"));
    return body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce("", (a, b) -> a + b + "\n");
  }
}
