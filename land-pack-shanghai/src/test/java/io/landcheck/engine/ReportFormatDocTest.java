package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/report-format.md in step with {@link Report#toJson()}: its examples are produced by the parcels here, and
 * its field table lists exactly the fields the examples hold. {@code -Dlandcheck.updateDocs=true} rewrites the
 * examples.
 */
@DisplayName("docs/report-format.md")
class ReportFormatDocTest {

  private static final Path DOC = RepoFiles.root().resolve("docs/report-format.md");

  /** The parcel of the judged example: several rules fail, with remedies; the land price is not due. */
  static Parcel judgedExample() {
    LocalDate applied = LocalDate.of(2024, 5, 20);
    return Parcel.builder("JD-2024-0042")
        .landUse(LandUse.INDUSTRIAL)
        .singleUse(true)
        .project(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE, RecognitionLevel.DISTRICT)
        .lease(LocalDate.of(2024, 3, 1), 50)
        .tenure(LandTenure.EXISTING)
        .siteAreaM2(20_000)
        .floorAreaM2("生产", 28_000)
        .floorAreaM2("研发", 4_000)
        .floorAreaM2("宿舍", 5_000)
        .floorAreaM2("餐饮", 1_000)
        .undergroundFloorAreaM2(8_000)
        .approvedPlotRatioCap(2.5)
        .intensification(1.2, 1.9, 0, 8_000, true)
        .rooftopGreenAreaM2(1_200)
        .districtId("嘉定区")
        .parkId("嘉定工业区")
        .applicationDate(applied)
        .build();
  }

  /** The parcel of the error example: a use code the pack does not know. */
  static Parcel errorExample() {
    return Parcel.builder("JD-2024-0043").landUse(LandUse.INDUSTRIAL).siteAreaM2(8_000)
        .floorAreaM2("生产", 16_000).floorAreaM2("KTV", 400).applicationDate(LocalDate.of(2024, 5, 20)).build();
  }

  /**
   * The parcel of the example without a plan: a plot-ratio cap of 1.8 in its planning conditions, below the policy's
   * floor of 2.0, so no floor area meets both.
   */
  static Parcel noPlanExample() {
    return Parcel.builder("JD-2024-0044").landUse(LandUse.INDUSTRIAL).singleUse(true).tenure(LandTenure.NEW)
        .lease(LocalDate.of(2024, 3, 1), 20).siteAreaM2(12_000).floorAreaM2("生产", 21_000)
        .approvedPlotRatioCap(1.8).applicationDate(LocalDate.of(2024, 5, 20)).build();
  }

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021());

  private static final Map<String, Parcel> EXAMPLES =
      Map.of("example-judged", judgedExample(), "example-error", errorExample(), "example-no-plan", noPlanExample());

  @Test
  @DisplayName("each example is what the code writes for its parcel")
  void examplesMatchCode() throws Exception {
    for (var example : EXAMPLES.entrySet()) {
      String json = CHECKER.check(example.getValue()).toJson();
      if (RepoFiles.UPDATE) {
        RepoFiles.writeBlock(DOC, example.getKey(), "```json\n" + json + "\n```\n");
      }
      String documented = RepoFiles.fenced(RepoFiles.block(DOC, example.getKey()).orElseThrow());
      assertThat(PackFiles.MAPPER.readTree(documented))
          .as("%s in %s (rerun with -Dlandcheck.updateDocs=true to refresh it)", example.getKey(), DOC)
          .isEqualTo(PackFiles.MAPPER.readTree(json));
    }
  }

  @Test
  @DisplayName("the field table lists exactly the fields the examples hold")
  void fieldTableMatchesExamples() throws Exception {
    Set<String> inExamples = new TreeSet<>();
    for (String name : EXAMPLES.keySet()) {
      paths(PackFiles.MAPPER.readTree(RepoFiles.fenced(RepoFiles.block(DOC, name).orElseThrow())), "", inExamples);
    }
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(RepoFiles.block(DOC, "fields").orElseThrow());
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).isEqualTo(inExamples);
  }

  @Test
  @DisplayName("the documented schema version is the one the code writes")
  void schemaVersion() throws Exception {
    JsonNode json = PackFiles.MAPPER.readTree(CHECKER.check(judgedExample()).toJson());
    assertThat(RepoFiles.read(DOC)).contains("`schemaVersion` is " + json.get("schemaVersion").asInt());
  }

  /** Every field path in the tree, arrays written as {@code name[]}. */
  private static void paths(JsonNode node, String prefix, Set<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        var e = it.next();
        String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        out.add(path);
        paths(e.getValue(), path, out);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        paths(item, prefix + "[]", out);
      }
    }
  }
}
