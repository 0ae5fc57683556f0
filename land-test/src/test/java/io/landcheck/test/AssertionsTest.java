package io.landcheck.test;

import static io.landcheck.test.LandcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.RuleResult;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule-result and green-space assertions, passing and failing. */
class AssertionsTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2024, 3, 1));

  private static RuleResult leaseOf(int years) {
    return CHECKER.check(Scenario.industrialParcel("L-" + years).siteAreaM2(10_000).factory(4, 5_000).lease(years)
        .build()).result(Rules.LEASE_TERM).orElseThrow();
  }

  private static GreenSpaceReport parkShort() {
    // 五(四): park 张江 cuts 1,000 m² and adds 200 m²; 金桥 in the same district adds 300 m²: 500 m² stay short.
    Parcel a = Scenario.industrialParcel("G-A").park("张江").district("浦东").greenSpace(1_000, 200).build();
    Parcel b = Scenario.industrialParcel("G-B").park("金桥").district("浦东").greenSpace(0, 300).build();
    return GreenSpaceRule.balance(CHECKER, List.of(a, b));
  }

  @Test
  @DisplayName("a lease beyond the general cap: verdict, figures, remedy and clause")
  void ruleResultFigures() {
    assertThat(leaseOf(30)).isNonCompliant().hasMeasured(30).hasLimit(20).hasRemedyContaining("20 years")
        .hasRemedyContaining("缩短").citesClause("沪府规〔2021〕9号 五(二)");
  }

  @Test
  @DisplayName("a wrong limit fails printing the rule, clause, measured value and limit")
  void wrongLimitIsReadable() {
    assertThatThrownBy(() -> assertThat(leaseOf(30)).hasLimit(50))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule lease-term (沪府规〔2021〕9号 五(二)): NON_COMPLIANT")
        .hasMessageContaining("measured 30 years, limit 20 years")
        .hasMessageContaining("to have limit 50.0");
  }

  @Test
  @DisplayName("expecting a remedy the result does not give fails naming the text expected")
  void wrongRemedyFails() {
    assertThatThrownBy(() -> assertThat(leaseOf(30)).hasRemedyContaining("demolish"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to have a remedy containing \"demolish\"");
  }

  @Test
  @DisplayName("expecting a determination the result does not make fails naming the determination expected")
  void wrongDeterminationFails() {
    assertThatThrownBy(() -> assertThat(leaseOf(30)).hasDetermination("NOT_DUE"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to have determination NOT_DUE");
  }

  @Test
  @DisplayName("expecting a clause the result does not cite fails naming the clause expected")
  void wrongClauseFails() {
    assertThatThrownBy(() -> assertThat(leaseOf(30)).citesClause("五(四)"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to cite clause 五(四)");
  }

  @Test
  @DisplayName("the mixed-use rules do not apply to land that is not single-use")
  void notApplicable() {
    Parcel p = Scenario.industrialParcel("N-1").siteAreaM2(10_000).factory(4, 5_000).singleUse(false).lease(20).build();
    assertThat(CHECKER.check(p).result(Rules.MIXED_USE_AMENITY).orElseThrow()).isNotApplicable();
  }

  @Test
  @DisplayName("expecting a rule that judges the parcel to be not applicable fails printing the result")
  void wrongNotApplicableIsReadable() {
    assertThatThrownBy(() -> assertThat(leaseOf(20)).isNotApplicable())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule lease-term (沪府规〔2021〕9号 五(二)): COMPLIANT")
        .hasMessageContaining("to have verdict NOT_APPLICABLE");
  }

  @Test
  @DisplayName("a lease within the cap needs no remedy")
  void noRemedy() {
    assertThat(leaseOf(20)).isCompliant().hasNoRemedy();
  }

  @Test
  @DisplayName("expecting no remedy of a broken rule fails printing the remedy it offers")
  void wrongNoRemedyIsReadable() {
    assertThatThrownBy(() -> assertThat(leaseOf(30)).hasNoRemedy())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule lease-term (沪府规〔2021〕9号 五(二)): NON_COMPLIANT")
        .hasMessageContaining("remedy: ")
        .hasMessageContaining("to have no remedy");
  }

  @Test
  @DisplayName("the land-price exemption is seen as a determination")
  void determination() {
    Parcel p = Scenario.industrialParcel("LP").siteAreaM2(10_000).factory(4, 5_000).existingLand()
        .intensification(1.2, 2.0, 0, 0, true).build();
    assertThat(CHECKER.check(p)).result(Rules.LAND_PRICE).isCompliant().hasDetermination("NOT_DUE");
  }

  @Test
  @DisplayName("a green-space balance with a parcel left short")
  void greenSpaceShort() {
    assertThat(parkShort()).isNonCompliant().leavesShort("G-A").hasShortfall("G-A", 500, within(0.01))
        .hasParkStatus("张江", ParkStatus.SHORT);
  }

  @Test
  @DisplayName("a wrong green-space expectation fails printing every park and shortfall")
  void wrongGreenSpaceExpectationIsReadable() {
    assertThatThrownBy(() -> assertThat(parkShort()).hasNoShortfalls())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("green-space balance, rule green-space-balance (沪府规〔2021〕9号 五(四)): NON_COMPLIANT")
        .hasMessageContaining("park 张江 (district 浦东): SHORT, cut 1,000.00 m², added 200.00 m², from district 300.00 m²")
        .hasMessageContaining("parcel G-A short by 500.00 m²")
        .hasMessageContaining("to leave exactly [] short, but left [G-A] short");
  }

  @Test
  @DisplayName("a park made up by the district")
  void greenSpaceBalancedByDistrict() {
    Parcel a = Scenario.industrialParcel("G-A").park("张江").district("浦东").greenSpace(1_000, 200).build();
    Parcel b = Scenario.industrialParcel("G-B").park("金桥").district("浦东").greenSpace(0, 1_000).build();
    assertThat(GreenSpaceRule.balance(CHECKER, List.of(a, b))).isCompliant().hasNoShortfalls()
        .hasParkStatus("张江", ParkStatus.BALANCED_BY_DISTRICT);
  }
}
