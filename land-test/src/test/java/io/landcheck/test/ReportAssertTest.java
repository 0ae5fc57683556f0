package io.landcheck.test;

import static io.landcheck.test.LandcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021());

  /** 10,000 m² site, 20,000 m² above ground of which 3,600 m² dormitory: 18% living amenities, above 15%. */
  private static Report tooMuchDormitory() {
    return CHECKER.check(Scenario.industrialParcel("P-DORM").siteAreaM2(10_000)
        .floorAreaM2("生产", 16_400).floorAreaM2("宿舍", 3_600).lease(20).build());
  }

  private static Report compliantFactory() {
    return CHECKER.check(Scenario.industrialParcel("P-OK").siteAreaM2(10_000).factory(4, 5_000).lease(20).build());
  }

  @Test
  @DisplayName("a compliant parcel passes isCompliant and complies with each rule it meets")
  void compliantParcelPasses() {
    assertThat(compliantFactory()).isCompliant()
        .complies(Rules.PLOT_RATIO_MINIMUM)
        .complies(Rules.MIXED_USE_AMENITY)
        .hasPlotRatio(2.0, within(1e-9));
  }

  @Test
  @DisplayName("a parcel with too much dormitory violates the amenity rule and the result shows share and remedy")
  void amenityViolationIsSeen() {
    assertThat(tooMuchDormitory()).isNonCompliant()
        .violates(Rules.MIXED_USE_AMENITY)
        .complies(Rules.MIXED_USE_ANCILLARY)
        .result(Rules.MIXED_USE_AMENITY)
        .hasMeasured(0.18)
        .hasLimit(0.15)
        .citesClause("五（二）")
        .hasRemedyContaining("living amenities floor area by");
  }

  @Test
  @DisplayName("expecting compliance of a failing parcel fails with the rule, clause, measured value and limit")
  void wrongComplianceExpectationIsReadable() {
    assertThatThrownBy(() -> assertThat(tooMuchDormitory()).isCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("parcel P-DORM")
        .hasMessageContaining("rule mixed-use-amenity (沪府规〔2021〕9号 五(二)): NON_COMPLIANT")
        .hasMessageContaining("measured 0.1800 (18.00%), limit 0.1500 (15.00%)")
        .hasMessageContaining("remedy: Cut living amenities")
        .hasMessageContaining("to have overall verdict COMPLIANT but it was NON_COMPLIANT");
  }

  @Test
  @DisplayName("expecting a rule to comply when it is broken names that rule first, then the whole report")
  void wrongRuleExpectationNamesTheRule() {
    assertThatThrownBy(() -> assertThat(tooMuchDormitory()).complies(Rules.MIXED_USE_AMENITY))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("\nExpecting parcel P-DORM to comply with rule mixed-use-amenity, but:\n"
            + "  rule mixed-use-amenity (沪府规〔2021〕9号 五(二)): NON_COMPLIANT");
  }

  @Test
  @DisplayName("expecting a violation of a rule the parcel meets fails")
  void wrongViolationExpectationFails() {
    assertThatThrownBy(() -> assertThat(compliantFactory()).violates(Rules.PLOT_RATIO_MINIMUM))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to violate rule plot-ratio-minimum")
        .hasMessageContaining("rule plot-ratio-minimum (沪府规〔2021〕9号 五(二)): COMPLIANT");
  }

  @Test
  @DisplayName("a wrong plot ratio fails with the expected and actual ratio")
  void wrongPlotRatioFails() {
    assertThatThrownBy(() -> assertThat(compliantFactory()).hasPlotRatio(2.35, within(0.005)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have plot ratio 2.35 (within 0.005) but it was 2.0");
  }

  @Test
  @DisplayName("asking for a rule the pack does not have fails naming the rule")
  void unknownRuleFails() {
    assertThatThrownBy(() -> assertThat(compliantFactory()).result(io.landcheck.engine.RuleId.of("no-such-rule")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a result of rule no-such-rule, but it has none");
  }

  @Test
  @DisplayName("a report without a lease has insufficient data on the lease-term rule")
  void missingLeaseIsInsufficientData() {
    Report report = CHECKER.check(Scenario.industrialParcel("P-NOLEASE").siteAreaM2(10_000).factory(4, 5_000).build());
    assertThat(report).hasVerdict(Verdict.INSUFFICIENT_DATA).violatesNothing()
        .result(Rules.LEASE_TERM).hasInsufficientData().hasMessageContaining("lease");
  }

  @Test
  @DisplayName("an as() description is kept in the failure of a rule result")
  void descriptionIsKept() {
    assertThatThrownBy(() -> assertThat(tooMuchDormitory()).as("park A, after the extension")
            .result(Rules.MIXED_USE_AMENITY).isCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[park A, after the extension]")
        .hasMessageContaining("to have verdict COMPLIANT");
  }

  @Test
  @DisplayName("a record with a use code the pack does not know is bad data, with the error on that field")
  void badDataReport() {
    Report report = CHECKER.check(Scenario.industrialParcel("P-BAD").siteAreaM2(10_000).floorAreaM2("宿舍楼", 100).build());
    assertThat(report).hasVerdict(Verdict.ERROR).hasErrorOn("aboveGroundFloorAreaM2[宿舍楼]");
    assertThatThrownBy(() -> assertThat(report).isCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("error in field aboveGroundFloorAreaM2[宿舍楼]: unknown use code '宿舍楼'");
  }
}
