package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.shanghai.Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which use is principal depends on the land use, and the pack file says so: on 通用类研发用地 (general R&D land) R&D
 * (研发) is the principal use, so production (生产) there is another industrial use (其他产业用途) and counts in the 30%
 * of 五(二) (单一用途产业用地内，可以建其他产业用途和生活配套设施的比例提高到地上建筑总量的30%).
 */
@DisplayName("Use classes by land use, as data in the pack")
class UseClassByLandUseTest {

  @TempDir Path dir;

  /** Single-use general R&D land with 6,500 m² of 研发 and 3,500 m² of 生产 above ground (65% and 35%). */
  private static Parcel rdWithProduction() {
    return industrial("RD").landUse(LandUse.GENERAL_RD).siteAreaM2(3_000).clearFloorAreas()
        .floorAreaM2("研发", 6_500).floorAreaM2("生产", 3_500).build();
  }

  /** The pack file as bundled, read through the loader from a file. */
  private PolicyPack loaded() {
    return PackFiles.load(PackFiles.shanghai(), dir, "shanghai-copy.json");
  }

  @Test
  @DisplayName("on general R&D land, production is another industrial use")
  void productionIsOtherOnRd() {
    PolicyPack pack = loaded();
    assertThat(pack.classify("生产", LandUse.GENERAL_RD)).contains(UseClass.OTHER_INDUSTRIAL);
    assertThat(pack.classify("factory", LandUse.GENERAL_RD)).contains(UseClass.OTHER_INDUSTRIAL);
  }

  @Test
  @DisplayName("on industrial land, production stays the principal use")
  void productionIsPrincipalOnIndustrial() {
    assertThat(loaded().classify("生产", LandUse.INDUSTRIAL)).contains(UseClass.PRINCIPAL_INDUSTRIAL);
  }

  @Test
  @DisplayName("R&D 65% and production 35% on general R&D land: 35% other industrial use, over the 30% limit")
  void productionOverLimitOnRd() {
    Report report = Checker.of(loaded()).check(rdWithProduction());
    // 3,500 / (6,500 + 3,500) = 0.35 > 0.30
    assertThat(report.floorAreas().orElseThrow().otherIndustrialM2()).isEqualTo(3_500);
    assertThat(report.floorAreas().orElseThrow().principalIndustrialM2()).isEqualTo(6_500);
    RuleResult r = report.result(Rules.MIXED_USE_ANCILLARY).orElseThrow();
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.measured()).hasValue(0.35);
    assertThat(r.limit()).hasValue(0.30);
  }

  @Test
  @DisplayName("the class comes from the pack file: without classByLandUse for production, the same parcel passes")
  void classFromPackFile() {
    ObjectNode tree = PackFiles.shanghai();
    for (var code : tree.withArray("useCodes")) {
      if (code.get("code").asText().equals("生产")) {
        ((ObjectNode) code).remove("classByLandUse");
      }
    }
    PolicyPack pack = PackFiles.load(tree, dir, "production-principal-everywhere.json");
    RuleResult r = Checker.of(pack).check(rdWithProduction()).result(Rules.MIXED_USE_ANCILLARY).orElseThrow();
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.measured()).hasValue(0.0);
  }

  @Test
  @DisplayName("the bundled pack judges R&D 65% and production 35% on general R&D land the same way")
  void bundledPack() {
    RuleResult r = TestParcels.result(rdWithProduction(), Rules.MIXED_USE_ANCILLARY);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }
}
