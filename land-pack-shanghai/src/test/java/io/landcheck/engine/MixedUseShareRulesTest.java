package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mixed-use shares on single-use land, 五(二)")
class MixedUseShareRulesTest {

  /** 10,000 m² above ground: production, R&D (other industrial on industrial land) and dormitory (amenity). */
  private static Parcel.Builder mix(double productionM2, double rdM2, double dormitoryM2) {
    return industrial("M").siteAreaM2(5_000).clearFloorAreas()
        .floorAreaM2("生产", productionM2).floorAreaM2("研发", rdM2).floorAreaM2("宿舍", dormitoryM2);
  }

  @Test
  @DisplayName("other uses plus amenities at exactly 30% comply")
  void ancillaryAtLimit() {
    RuleResult r = result(mix(7_000, 1_500, 1_500), Rules.MIXED_USE_ANCILLARY);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.measured()).hasValue(0.30);
    assertThat(r.limit()).hasValue(0.30);
    assertThat(r.unit()).hasValue("share");
  }

  @Test
  @DisplayName("other uses plus amenities just over 30% (30.001%) do not comply")
  void ancillaryJustOver() {
    RuleResult r = result(mix(6_999.9, 1_500.1, 1_500), Rules.MIXED_USE_ANCILLARY);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.measured().getAsDouble()).isCloseTo(0.30001, within(1e-12));
  }

  @Test
  @DisplayName("living amenities at exactly 15% comply")
  void amenityAtLimit() {
    RuleResult r = result(mix(7_000, 1_500, 1_500), Rules.MIXED_USE_AMENITY);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.measured()).hasValue(0.15);
    assertThat(r.limit()).hasValue(0.15);
  }

  @Test
  @DisplayName("living amenities just over 15% (15.001%) do not comply")
  void amenityJustOver() {
    RuleResult r = result(mix(7_099.9, 1_400, 1_500.1), Rules.MIXED_USE_AMENITY);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.measured().getAsDouble()).isCloseTo(0.15001, within(1e-12));
  }

  @Test
  @DisplayName("amenities over 15% by less than the pack's tolerance comply")
  void amenityWithinTolerance() {
    double tolerance = ShanghaiPacks.shanghai2021().tolerance();
    // share = 1,500 × (1 + t/10) / ~10,000 ≈ 15% + 0.015 t: over the limit, within the tolerance t.
    RuleResult r = result(mix(7_000, 1_500, 1_500 * (1 + tolerance / 10)), Rules.MIXED_USE_AMENITY);
    assertThat(r.measured().getAsDouble()).isGreaterThan(0.15);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("amenities adding up to 15% from inexact parts comply")
  void amenityFromInexactSums() {
    Parcel.Builder parcel = industrial("M").siteAreaM2(5_000).clearFloorAreas()
        .floorAreaM2("生产", 8_500).floorAreaM2("零售", 500.1).floorAreaM2("餐饮", 499.9).floorAreaM2("宿舍", 500);
    assertThat(result(parcel, Rules.MIXED_USE_AMENITY).verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("amenities over 15% break the amenity rule but not the 30% rule when the total is within 30%")
  void amenityRuleIndependentOfAncillary() {
    Parcel parcel = mix(7_000, 1_000, 2_000).build();
    assertThat(result(parcel, Rules.MIXED_USE_AMENITY).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(result(parcel, Rules.MIXED_USE_ANCILLARY).verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("the amenity remedy names the amenity area to cut and the principal area to add")
  void amenityRemedyFigures() {
    // 2,000 of 10,000 m² are amenities. Cutting x: (2,000 − x) / (10,000 − x) = 0.15 → x = 500 / 0.85 = 588.24 → 588.3.
    // Adding y of production: 2,000 / (10,000 + y) = 0.15 → y = 13,333.33 − 10,000 = 3,333.33 → 3,333.4.
    RuleResult r = result(mix(7_000, 1_000, 2_000), Rules.MIXED_USE_AMENITY);
    assertThat(RemedyFigures.areasM2(r)).containsExactly(588.3, 3_333.4);
    assertThat(r.remedy().orElseThrow().en()).containsIgnoringCase("living amenities").contains("principal industrial");
  }

  @Test
  @DisplayName("cutting the amenity area the remedy names is enough, and a tenth of a square metre less is not")
  void amenityRemedyCutIsJustEnough() {
    RuleResult r = result(mix(7_000, 1_000, 2_000), Rules.MIXED_USE_AMENITY);
    double cut = RemedyFigures.areasM2(r).get(0);
    assertThat(result(mix(7_000, 1_000, 2_000 - cut), Rules.MIXED_USE_AMENITY).verdict())
        .isEqualTo(Verdict.COMPLIANT);
    assertThat(result(mix(7_000, 1_000, 2_000 - cut + 0.1), Rules.MIXED_USE_AMENITY).verdict())
        .isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("adding the principal area the remedy names is enough")
  void amenityRemedyAddIsEnough() {
    RuleResult r = result(mix(7_000, 1_000, 2_000), Rules.MIXED_USE_AMENITY);
    double add = RemedyFigures.areasM2(r).get(1);
    assertThat(result(mix(7_000 + add, 1_000, 2_000), Rules.MIXED_USE_AMENITY).verdict())
        .isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("the 30% remedy names the ancillary area to cut and the principal area to add")
  void ancillaryRemedyFigures() {
    // 4,000 of 10,000 m² are ancillary. Cut x: (4,000 − x) / (10,000 − x) = 0.3 → x = 1,000 / 0.7 = 1,428.57 → 1,428.6.
    // Add y: 4,000 / (10,000 + y) = 0.3 → y = 13,333.33 − 10,000 → 3,333.4.
    RuleResult r = result(mix(6_000, 2_500, 1_500), Rules.MIXED_USE_ANCILLARY);
    assertThat(RemedyFigures.areasM2(r)).containsExactly(1_428.6, 3_333.4);
  }

  @Test
  @DisplayName("underground area is in neither the numerator nor the denominator of the shares")
  void undergroundInNeitherShare() {
    Report without = TestParcels.CHECKER.check(mix(7_000, 1_500, 1_500).build());
    Report with = TestParcels.CHECKER.check(mix(7_000, 1_500, 1_500).undergroundFloorAreaM2(40_000).build());
    for (RuleId rule : ImmutableList.of(Rules.MIXED_USE_AMENITY, Rules.MIXED_USE_ANCILLARY)) {
      RuleResult a = without.result(rule).orElseThrow();
      RuleResult b = with.result(rule).orElseThrow();
      assertThat(b.measured()).isEqualTo(a.measured());
      assertThat(b.verdict()).isEqualTo(Verdict.COMPLIANT);
    }
    assertThat(with.floorAreas().orElseThrow().amenityShare()).hasValue(0.15);
    assertThat(with.floorAreas().orElseThrow().undergroundM2()).isEqualTo(40_000);
  }

  @Test
  @DisplayName("R&D counts as the principal use on general R&D land, so it is not in the 30% share")
  void rdPrincipalOnRdLand() {
    RuleResult r = result(industrial("M").landUse(LandUse.GENERAL_RD).clearFloorAreas()
        .floorAreaM2("研发", 6_000).floorAreaM2("办公", 2_500).floorAreaM2("宿舍", 1_500), Rules.MIXED_USE_ANCILLARY);
    assertThat(r.measured()).hasValue(0.40);
    RuleResult onIndustrial = result(industrial("M").clearFloorAreas()
        .floorAreaM2("生产", 6_000).floorAreaM2("研发", 2_500).floorAreaM2("宿舍", 1_500), Rules.MIXED_USE_ANCILLARY);
    assertThat(onIndustrial.measured()).hasValue(0.40);
    RuleResult rdOnly = result(industrial("M").landUse(LandUse.GENERAL_RD).clearFloorAreas()
        .floorAreaM2("研发", 10_000), Rules.MIXED_USE_ANCILLARY);
    assertThat(rdOnly.measured()).hasValue(0.0);
  }

  @Test
  @DisplayName("use-code aliases classify like their code")
  void aliasesClassify() {
    RuleResult r = result(industrial("M").clearFloorAreas()
        .floorAreaM2("factory", 8_500).floorAreaM2("Canteen", 1_500), Rules.MIXED_USE_AMENITY);
    assertThat(r.measured()).hasValue(0.15);
  }

  @Test
  @DisplayName("land that is not single-use is not judged by the shares")
  void notSingleUse() {
    Parcel parcel = mix(2_000, 4_000, 4_000).singleUse(false).build();
    assertThat(result(parcel, Rules.MIXED_USE_ANCILLARY).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result(parcel, Rules.MIXED_USE_AMENITY).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName("an unknown single-use status gives insufficient data")
  void singleUseUnknown() {
    Parcel parcel = Parcel.builder("M").landUse(LandUse.INDUSTRIAL).siteAreaM2(5_000).floorAreaM2("生产", 10_000)
        .applicationDate(TestParcels.APPLIED).build();
    RuleResult r = result(parcel, Rules.MIXED_USE_AMENITY);
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("singleUse");
  }

  @Test
  @DisplayName("missing floor areas give insufficient data")
  void noFloorAreas() {
    RuleResult r = result(industrial("M").clearFloorAreas(), Rules.MIXED_USE_ANCILLARY);
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  @DisplayName("a missing land use gives insufficient data, since it decides which use is principal")
  void noLandUse() {
    Parcel parcel = Parcel.builder("M").singleUse(true).siteAreaM2(5_000)
        .floorAreaM2("研发", 7_000).floorAreaM2("宿舍", 1_000).applicationDate(TestParcels.APPLIED).build();
    RuleResult r = result(parcel, Rules.MIXED_USE_ANCILLARY);
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("landUse");
  }
}
