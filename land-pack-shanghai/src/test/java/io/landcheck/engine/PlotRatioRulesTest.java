package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Plot ratio (容积率) rules")
class PlotRatioRulesTest {

  @Nested
  @DisplayName("minimum plot ratio, 五(二)")
  class Minimum {

    @Test
    @DisplayName("industrial land at exactly 2.0 complies")
    void industrialAtFloor() {
      RuleResult r = result(industrial("P").siteAreaM2(10_000).clearFloorAreas().floorAreaM2("生产", 20_000),
          Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(r.measured()).hasValue(2.0);
      assertThat(r.limit()).hasValue(2.0);
      assertThat(r.unit()).hasValue("ratio");
    }

    @Test
    @DisplayName("industrial land one step under 2.0 (1.999) does not comply")
    void industrialJustUnder() {
      RuleResult r = result(industrial("P").siteAreaM2(10_000).clearFloorAreas().floorAreaM2("生产", 19_990),
          Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.measured().getAsDouble()).isCloseTo(1.999, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    @DisplayName("industrial land at 2.0 reached through inexact sums of floor areas still complies")
    void industrialAtFloorWithRoundingNoise() {
      // 0.1 + 0.2 style sums: the three areas add up to 20,000 m² on paper but not exactly in binary.
      Parcel parcel = industrial("P").siteAreaM2(3_000.3).clearFloorAreas()
          .floorAreaM2("生产", 2_000.2).floorAreaM2("研发", 2_000.2).floorAreaM2("仓储", 2_000.2).build();
      RuleResult r = result(parcel, Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("general R&D land at exactly 3.0 complies")
    void rdAtFloor() {
      RuleResult r = result(industrial("P").landUse(LandUse.GENERAL_RD).siteAreaM2(10_000).clearFloorAreas()
          .floorAreaM2("研发", 30_000), Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(r.limit()).hasValue(3.0);
    }

    @Test
    @DisplayName("general R&D land one step under 3.0 (2.999) does not comply")
    void rdJustUnder() {
      RuleResult r = result(industrial("P").landUse(LandUse.GENERAL_RD).siteAreaM2(10_000).clearFloorAreas()
          .floorAreaM2("研发", 29_990), Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.limit()).hasValue(3.0);
    }

    @Test
    @DisplayName("general R&D land at 2.5 fails although it would pass on industrial land")
    void rdHeldToItsOwnFloor() {
      Parcel.Builder parcel = industrial("P").siteAreaM2(10_000).clearFloorAreas().floorAreaM2("研发", 25_000);
      assertThat(result(parcel, Rules.PLOT_RATIO_MINIMUM).verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(result(parcel.landUse(LandUse.GENERAL_RD), Rules.PLOT_RATIO_MINIMUM).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("the remedy names the above-ground floor area still needed")
    void remedyNamesAreaNeeded() {
      // 2.0 × 12,345 m² = 24,690 m² needed; 20,000 m² built, so 4,690 m² more.
      RuleResult r = result(industrial("P").siteAreaM2(12_345).clearFloorAreas().floorAreaM2("生产", 20_000),
          Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.remedy()).hasValueSatisfying(m -> {
        assertThat(m.en()).contains("4,690.0 m²");
        assertThat(m.zh()).contains("4,690.0 m²");
      });
    }

    @Test
    @DisplayName("adding exactly the remedy's area makes the parcel comply")
    void remedyIsEnough() {
      Parcel.Builder parcel = industrial("P").siteAreaM2(7_777.7).clearFloorAreas().floorAreaM2("生产", 9_876.5);
      RuleResult r = result(parcel, Rules.PLOT_RATIO_MINIMUM);
      double needed = RemedyFigures.areasM2(r).get(0);
      // 2.0 × 7,777.7 − 9,876.5 = 5,678.9 m²
      assertThat(needed).isEqualTo(5_678.9);
      assertThat(result(parcel.floorAreaM2("生产", needed), Rules.PLOT_RATIO_MINIMUM).verdict())
          .isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("underground floor area does not count towards the plot ratio")
    void undergroundNotCounted() {
      Parcel.Builder parcel = industrial("P").siteAreaM2(10_000).clearFloorAreas().floorAreaM2("生产", 19_990)
          .undergroundFloorAreaM2(50_000);
      Report report = TestParcels.CHECKER.check(parcel.build());
      assertThat(report.plotRatio()).hasValue(1.999);
      assertThat(report.result(Rules.PLOT_RATIO_MINIMUM).orElseThrow().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("a missing site area gives insufficient data")
    void missingSiteArea() {
      Parcel parcel = Parcel.builder("P").landUse(LandUse.INDUSTRIAL).floorAreaM2("生产", 20_000)
          .applicationDate(TestParcels.APPLIED).build();
      RuleResult r = result(parcel, Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("siteAreaM2");
    }

    @Test
    @DisplayName("missing floor areas give insufficient data")
    void missingFloorAreas() {
      RuleResult r = result(industrial("P").clearFloorAreas(), Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("aboveGroundFloorAreaM2");
    }

    @Test
    @DisplayName("a missing land use gives insufficient data")
    void missingLandUse() {
      Parcel parcel = Parcel.builder("P").siteAreaM2(10_000).floorAreaM2("生产", 20_000)
          .applicationDate(TestParcels.APPLIED).build();
      assertThat(result(parcel, Rules.PLOT_RATIO_MINIMUM).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    }
  }

  @Nested
  @DisplayName("approved plot-ratio cap from the planning conditions")
  class Cap {

    @Test
    @DisplayName("a plot ratio exactly at the cap complies")
    void atCap() {
      RuleResult r = result(industrial("P").approvedPlotRatioCap(2.0), Rules.PLOT_RATIO_CAP);
      assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(r.measured()).hasValue(2.0);
      assertThat(r.limit()).hasValue(2.0);
    }

    @Test
    @DisplayName("a plot ratio one step over the cap does not comply")
    void overCap() {
      RuleResult r = result(industrial("P").clearFloorAreas().floorAreaM2("生产", 25_010).approvedPlotRatioCap(2.5),
          Rules.PLOT_RATIO_CAP);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("the remedy names the floor area to remove")
    void remedyNamesExcess() {
      // cap 2.5 × 10,000 m² = 25,000 m² allowed; 26,234.5 m² built, so 1,234.5 m² too much.
      RuleResult r = result(industrial("P").clearFloorAreas().floorAreaM2("生产", 26_234.5).approvedPlotRatioCap(2.5),
          Rules.PLOT_RATIO_CAP);
      assertThat(RemedyFigures.areasM2(r)).containsExactly(1_234.5);
    }

    @Test
    @DisplayName("removing exactly the remedy's area brings the plot ratio down to the cap")
    void capRemedyIsEnough() {
      Parcel.Builder parcel = industrial("P").siteAreaM2(6_543.2).clearFloorAreas().floorAreaM2("生产", 20_000)
          .approvedPlotRatioCap(2.8);
      double excess = RemedyFigures.areasM2(result(parcel, Rules.PLOT_RATIO_CAP)).get(0);
      // 20,000 − 2.8 × 6,543.2 = 20,000 − 18,320.96 = 1,679.04 → rounded up to 1,679.1
      assertThat(excess).isEqualTo(1_679.1);
      assertThat(result(parcel.clearFloorAreas().floorAreaM2("生产", 20_000 - excess), Rules.PLOT_RATIO_CAP).verdict())
          .isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("no cap in the planning conditions makes the cap rule not applicable")
    void noCap() {
      assertThat(result(industrial("P"), Rules.PLOT_RATIO_CAP).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("a cap with no site area gives insufficient data")
    void capWithoutSiteArea() {
      Parcel parcel = Parcel.builder("P").landUse(LandUse.INDUSTRIAL).floorAreaM2("生产", 20_000)
          .approvedPlotRatioCap(2.5).applicationDate(TestParcels.APPLIED).build();
      assertThat(result(parcel, Rules.PLOT_RATIO_CAP).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    }

    @Test
    @DisplayName("underground floor area does not count against the cap")
    void undergroundNotCountedAgainstCap() {
      RuleResult r = result(industrial("P").approvedPlotRatioCap(2.0).undergroundFloorAreaM2(8_000),
          Rules.PLOT_RATIO_CAP);
      assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    }
  }
}
