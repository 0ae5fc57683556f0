package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.CHECKER;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.RemedyOption.Kind;
import io.landcheck.engine.RemedyPlan.Reason;
import io.landcheck.engine.RemedyPlan.Status;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.SplitRequest;
import io.landcheck.model.UseClass;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.shanghai.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The remedy plan: the smallest change that makes every rule comply at once")
class RemedyPlanTest {

  /**
   * The counter-example: single-use industrial land of 10,000 m² with 16,900 m² of 生产 and 3,800 m² of 宿舍.
   * Plot ratio 20,700 / 10,000 = 2.07 (floor 2.0); living amenities 3,800 / 20,700 = 18.4 % (at most 15 %).
   */
  private static Parcel counterExample() {
    return industrial("CE").clearFloorAreas().floorAreaM2("生产", 16_900).floorAreaM2("宿舍", 3_800).build();
  }

  private static RemedyPlan planOf(Parcel parcel) {
    return planOf(CHECKER, parcel);
  }

  private static RemedyPlan planOf(Checker checker, Parcel parcel) {
    Report report = checker.check(parcel);
    assertThat(report.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    return report.remedyPlan().orElseThrow();
  }

  /** The plan applied to the parcel and checked again. */
  private static Report recheck(Checker checker, Parcel parcel, RemedyPlan plan) {
    return checker.check(checker.apply(parcel, plan));
  }

  @Nested
  @DisplayName("the issue's counter-example")
  class CounterExample {

    @Test
    @DisplayName("fails only mixed-use-amenity")
    void failsOnlyTheAmenityShare() {
      Report report = CHECKER.check(counterExample());
      assertThat(report.resultsWith(Verdict.NON_COMPLIANT)).extracting(RuleResult::ruleId)
          .containsExactly(Rules.MIXED_USE_AMENITY);
    }

    @Test
    @DisplayName("the per-rule cut of 817.7 m² of living amenities alone takes the plot ratio to 1.988, and says so")
    void cutAloneBreaksThePlotRatio() {
      Report report = CHECKER.check(counterExample());
      RuleResult amenity = report.result(Rules.MIXED_USE_AMENITY).orElseThrow();
      // (3,800 − 0.15 × 20,700) / 0.85 = 817.65, rounded up to a tenth
      RemedyOption cut = amenity.remedyOptions().get(0);
      assertThat(cut.kind()).isEqualTo(Kind.REDUCE_FLOOR_AREA);
      assertThat(cut.amount()).isEqualTo(817.7);
      assertThat(cut.compliesAlone()).contains(false);
      Report afterCut = CHECKER.check(CHECKER.apply(counterExample(), cut));
      assertThat(afterCut.plotRatio().getAsDouble()).isCloseTo(1.988, within(0.0005));
      assertThat(afterCut.result(Rules.PLOT_RATIO_MINIMUM).orElseThrow().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      // 3,800 / 0.15 − 20,700 = 4,633.33: adding principal floor area alone keeps the plot ratio above 2.0
      RemedyOption add = amenity.remedyOptions().get(1);
      assertThat(add.amount()).isEqualTo(4633.4);
      assertThat(add.compliesAlone()).contains(true);
    }

    @Test
    @DisplayName("plans a cut of 800 m² of living amenities and 100 m² more principal floor area, 900 m² in all")
    void plan() {
      // Cut x of amenities and add y of principal: 3,800 − x ≤ 0.15 (20,700 − x + y) and 20,700 − x + y ≥ 20,000.
      // The least x + y is where both are tight: y = x − 700 and 0.85x + 0.15y = 695, so x = 800 and y = 100.
      // Adding 100 m² of other industrial floor area would do as well; the tie goes to principal floor area.
      RemedyPlan plan = planOf(counterExample());
      assertThat(plan.status()).isEqualTo(Status.FOUND);
      assertThat(plan.changesM2()).containsExactly(
          Map.entry(UseClass.PRINCIPAL_INDUSTRIAL, 100.0), Map.entry(UseClass.LIVING_AMENITY, -800.0));
      assertThat(plan.cutM2(UseClass.LIVING_AMENITY)).isEqualTo(800.0);
      assertThat(plan.addM2(UseClass.PRINCIPAL_INDUSTRIAL)).isEqualTo(100.0);
      assertThat(plan.totalChangeM2()).isEqualTo(900.0);
      assertThat(plan.leaseTermYears()).isEmpty();
      assertThat(plan.text().en())
          .isEqualTo("Cut 800.0 m² of living amenities and add 100.0 m² of principal industrial floor area.");
      assertThat(plan.text().zh()).isEqualTo("减少生活配套设施建筑面积 800.0 m²，增加主导产业建筑面积 100.0 m²。");
    }

    @Test
    @DisplayName("the plan applied re-checks COMPLIANT: plot ratio 2.0, living amenities 15 %")
    void planRechecksCompliant() {
      RemedyPlan plan = planOf(counterExample());
      Parcel applied = CHECKER.apply(counterExample(), plan);
      assertThat(applied.aboveGroundFloorAreaM2()).containsExactly(Map.entry("生产", 17_000.0), Map.entry("宿舍", 3_000.0));
      Report again = CHECKER.check(applied);
      assertThat(again.verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(again.remedyPlan()).isEmpty();
      assertThat(again.plotRatio().getAsDouble()).isEqualTo(2.0);
    }
  }

  @Nested
  @DisplayName("one rule failing")
  class OneRule {

    @Test
    @DisplayName("a plot ratio of 1.8 on industrial land: add 2,000 m² of principal industrial floor area")
    void plotRatioLow() {
      RemedyPlan plan = planOf(industrial("PR").clearFloorAreas().floorAreaM2("生产", 18_000).build());
      assertThat(plan.changesM2()).containsExactly(Map.entry(UseClass.PRINCIPAL_INDUSTRIAL, 2_000.0));
    }

    @Test
    @DisplayName("a plot ratio over its cap of 2.5: cut the 500 m² from other uses before principal floor area")
    void overTheCap() {
      // 22,000 生产 + 2,000 办公 + 1,500 宿舍 = 25,500 on 10,000 m², cap 2.5: cut 500 m². Any class will do; the plan
      // keeps principal floor area, then other industrial floor area, so it cuts living amenities.
      Parcel parcel = industrial("CAP").clearFloorAreas().floorAreaM2("生产", 22_000).floorAreaM2("办公", 2_000)
          .floorAreaM2("宿舍", 1_500).approvedPlotRatioCap(2.5).build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.changesM2()).containsExactly(Map.entry(UseClass.LIVING_AMENITY, -500.0));
      assertThat(recheck(CHECKER, parcel, plan).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("a 30-year lease for an ordinary project: shorten it to 20 years, and change no floor area")
    void leaseTooLong() {
      Parcel parcel = industrial("L").lease(APPLIED, 30).build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.changesM2()).isEmpty();
      assertThat(plan.leaseTermYears()).hasValue(20);
      assertThat(plan.text().en()).isEqualTo("Shorten the lease term to 20 years.");
      assertThat(recheck(CHECKER, parcel, plan).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("tall storeys: the extra they count in the plot ratio is kept, so 1,000 m² more reach 2.0, not 5,000")
    void tallStoreyExtraKept() {
      // 15,000 m² above ground counted as 19,000 m² in the plot ratio (tall storeys): 1.9 on 10,000 m².
      Parcel parcel = industrial("T").clearFloorAreas().floorAreaM2("生产", 15_000).plotRatioFloorAreaM2(19_000)
          .build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.changesM2()).containsExactly(Map.entry(UseClass.PRINCIPAL_INDUSTRIAL, 1_000.0));
      Parcel applied = CHECKER.apply(parcel, plan);
      assertThat(applied.plotRatioFloorAreaM2()).hasValue(20_000);
      assertThat(CHECKER.check(applied).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("general R&D land: principal floor area is 研发, so that is what the plan adds where there is none")
    void generalRdAddsRd() {
      // 24,000 m² of 办公 (other industrial) on 10,000 m² of general R&D land: plot ratio 2.4 (floor 3.0) and other
      // uses 100 % (at most 30 %). Cut x of 办公, add y of principal: y − x ≥ 6,000 and 24,000 − x ≤ 0.3 (24,000 − x
      // + y), that is 0.7x + 0.3y ≥ 16,800. Both tight: x = 15,000, y = 21,000 (adding alone would take 56,000).
      Parcel parcel = industrial("RD").landUse(LandUse.GENERAL_RD).clearFloorAreas().floorAreaM2("办公", 24_000)
          .build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.changesM2()).containsExactly(
          Map.entry(UseClass.PRINCIPAL_INDUSTRIAL, 21_000.0), Map.entry(UseClass.OTHER_INDUSTRIAL, -15_000.0));
      // the parcel has no principal floor area: it is added as the pack's first principal use on general R&D land
      Parcel applied = CHECKER.apply(parcel, plan);
      assertThat(applied.aboveGroundFloorAreaM2())
          .containsExactly(Map.entry("办公", 9_000.0), Map.entry("研发", 21_000.0));
      assertThat(CHECKER.check(applied).verdict()).isEqualTo(Verdict.COMPLIANT);
    }
  }

  @Nested
  @DisplayName("several rules failing")
  class Several {

    @Test
    @DisplayName("plot ratio 1.7 and amenities at 17.6 %: 3,000 m² of principal floor area fixes both")
    void ratioAndShare() {
      // 14,000 生产 + 3,000 宿舍 on 10,000 m²: the plot ratio needs 3,000 m² more of any use, and 3,000 m² more of
      // principal floor area takes amenities to 3,000 / 20,000 = 15 %. Nothing less than 3,000 m² can reach 2.0.
      Parcel parcel = industrial("RS").clearFloorAreas().floorAreaM2("生产", 14_000).floorAreaM2("宿舍", 3_000).build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.changesM2()).containsExactly(Map.entry(UseClass.PRINCIPAL_INDUSTRIAL, 3_000.0));
      assertThat(recheck(CHECKER, parcel, plan).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("a lease too long and a share too high: floor areas and term in one plan")
    void termAndFloorAreas() {
      Parcel parcel = counterExample().toBuilder().lease(APPLIED, 40).build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.totalChangeM2()).isEqualTo(900.0);
      assertThat(plan.leaseTermYears()).hasValue(20);
      assertThat(plan.text().en()).isEqualTo("Cut 800.0 m² of living amenities, add 100.0 m² of principal"
          + " industrial floor area and shorten the lease term to 20 years.");
      assertThat(recheck(CHECKER, parcel, plan).verdict()).isEqualTo(Verdict.COMPLIANT);
      // neither rule's option alone leaves the parcel compliant: the other rule still fails
      Report report = CHECKER.check(parcel);
      assertThat(report.results()).flatExtracting(RuleResult::remedyOptions).extracting(RemedyOption::compliesAlone)
          .containsOnly(Optional.of(false));
    }
  }

  @Nested
  @DisplayName("no plan")
  class NoPlan {

    @Test
    @DisplayName("a plot-ratio cap of 1.8 below the floor of 2.0: none exists, naming both rules")
    void capBelowFloor() {
      RemedyPlan plan = planOf(industrial("C").approvedPlotRatioCap(1.8).build());
      assertThat(plan.status()).isEqualTo(Status.NONE_EXISTS);
      assertThat(plan.ruleIds()).containsExactly(Rules.PLOT_RATIO_MINIMUM, Rules.PLOT_RATIO_CAP);
      assertThat(plan.rules()).extracting(RemedyPlan.Blocker::reason).containsOnly(Reason.CONFLICTING);
      assertThat(plan.changesM2()).isEmpty();
      assertThat(plan.text().en())
          .isEqualTo("No change to floor areas or lease term meets plot-ratio-minimum and plot-ratio-cap at once.");
    }

    @Test
    @DisplayName("a split to a recipient the clause does not allow: no floor-area change fixes it")
    void splitTransfer() {
      Parcel parcel = industrial("S")
          .split(SplitRequest.of(true, true, SplitRequest.Recipient.OTHER)).build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.status()).isEqualTo(Status.CANNOT_PLAN);
      assertThat(plan.rules()).containsExactly(new RemedyPlan.Blocker(Rules.SPLIT_TRANSFER, Reason.NO_LEVER));
      assertThat(plan.text().en()).isEqualTo("No plan: no change of floor area or lease term fixes split-transfer.");
    }

    @Test
    @DisplayName("a rule that lacks data, beside one that fails, stops the plan")
    void insufficientData() {
      // a 30-year lease for an enterprise technology centre whose recognition level is not given: the level decides
      Parcel parcel = counterExample().toBuilder().projectCategory(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE)
          .lease(APPLIED, 30).build();
      RemedyPlan plan = planOf(parcel);
      assertThat(plan.status()).isEqualTo(Status.CANNOT_PLAN);
      assertThat(plan.rules()).containsExactly(new RemedyPlan.Blocker(Rules.LEASE_TERM, Reason.INSUFFICIENT_DATA));
    }
  }

  @Nested
  @DisplayName("rules of the caller's own")
  class CustomRules {

    /** The bundled pack with a rule of kind {@code principal-cap}: at most 16,950 m² of principal floor area. */
    private Checker withPrincipalCap(boolean statesConditions) {
      BiFunction<RuleId, Citation, Rule> kind = (id, citation) -> new Rule() {
        @Override
        public RuleId id() {
          return id;
        }

        @Override
        public Citation citation() {
          return citation;
        }

        @Override
        public RuleResult evaluate(RuleContext context) {
          boolean ok = context.floorAreas().principalIndustrialM2() <= 16_950;
          return RuleResult.of(this, ok ? Verdict.COMPLIANT : Verdict.NON_COMPLIANT,
              LocalizedText.of(ok ? "合规" : "超出", ok ? "within" : "over"));
        }

        @Override
        public Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
          return statesConditions
              ? Optional.of(RemedyConstraints.of(new FloorAreaConstraint(1, 0, 0, FloorAreaConstraint.Relation.AT_MOST,
                  16_950 - context.floorAreas().principalIndustrialM2())))
              : Optional.empty();
        }
      };
      return Checker.of(PackFiles.withExtraRule("principal-cap", kind)).onDate(APPLIED);
    }

    @Test
    @DisplayName("one that states its conditions is planned around: 50 m² principal, 50 m² other industrial")
    void statesConditions() {
      Checker checker = withPrincipalCap(true);
      RemedyPlan plan = planOf(checker, counterExample());
      // The same 900 m² as without the rule, but principal floor area may grow by 50 m² only.
      assertThat(plan.changesM2()).containsExactly(Map.entry(UseClass.PRINCIPAL_INDUSTRIAL, 50.0),
          Map.entry(UseClass.OTHER_INDUSTRIAL, 50.0), Map.entry(UseClass.LIVING_AMENITY, -800.0));
      assertThat(recheck(checker, counterExample(), plan).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("one that states none is never planned around silently: the re-check names it")
    void statesNothing() {
      RemedyPlan plan = planOf(withPrincipalCap(false), counterExample());
      assertThat(plan.status()).isEqualTo(Status.CANNOT_PLAN);
      assertThat(plan.rules()).containsExactly(new RemedyPlan.Blocker(RuleId.of("principal-cap"), Reason.FAILS_RECHECK));
    }

    @Test
    @DisplayName("one that states none and fails: no plan, naming it")
    void failsAndStatesNothing() {
      Parcel parcel = counterExample().toBuilder().clearFloorAreas().floorAreaM2("生产", 18_000).build();
      RemedyPlan plan = planOf(withPrincipalCap(false), parcel);
      assertThat(plan.rules()).containsExactly(
          new RemedyPlan.Blocker(RuleId.of("principal-cap"), Reason.NO_CONDITIONS));
    }
  }

  @Test
  @DisplayName("compliant, insufficient and error reports carry no plan; options stay unmarked outside the checker")
  void onlyNonCompliantParcels() {
    assertThat(CHECKER.check(industrial("OK").build()).remedyPlan()).isEmpty();
    assertThat(CHECKER.check(industrial("NO-SITE").build().toBuilder().build()).remedyPlan()).isEmpty();
    assertThat(CHECKER.check(industrial("BAD").floorAreaM2("KTV", 1).build()).remedyPlan()).isEmpty();
    assertThat(RemedyOption.shortenTermTo(20).compliesAlone()).isEmpty();
  }

  @Test
  @DisplayName("a plan keeps its changes by use class in class order, and refuses changes of 0")
  void planRecord() {
    RemedyPlan plan = RemedyPlan.found(Map.of(UseClass.LIVING_AMENITY, -1.0, UseClass.PRINCIPAL_INDUSTRIAL, 2.0),
        OptionalInt.empty());
    assertThat(plan.changesM2().keySet()).containsExactly(UseClass.PRINCIPAL_INDUSTRIAL, UseClass.LIVING_AMENITY);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RemedyPlan.found(Map.of(UseClass.LIVING_AMENITY, 0.0), OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(plan.cutM2(UseClass.LIVING_AMENITY), plan.addM2(UseClass.OTHER_INDUSTRIAL)))
        .containsExactly(1.0, 0.0);
  }
}
