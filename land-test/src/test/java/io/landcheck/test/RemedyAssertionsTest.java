package io.landcheck.test;

import static io.landcheck.model.UseClass.LIVING_AMENITY;
import static io.landcheck.model.UseClass.OTHER_INDUSTRIAL;
import static io.landcheck.model.UseClass.PRINCIPAL_INDUSTRIAL;
import static io.landcheck.test.LandcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.RemedyOption.Kind;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.Report;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assertions on remedy plans and options, by number")
class RemedyAssertionsTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021());

  /** The counter-example: 16,900 m² of 生产 and 3,800 m² of 宿舍 on 10,000 m² of single-use industrial land. */
  private static final Parcel PARCEL = Scenario.industrialParcel("CE").siteAreaM2(10_000)
      .floorAreaM2("生产", 16_900).floorAreaM2("宿舍", 3_800).lease(20).build();

  @Test
  @DisplayName("the plan cuts 800 m² of living amenities and adds 100 m² of principal floor area, and complies")
  void plan() {
    assertThat(CHECKER.check(PARCEL)).remedyPlan()
        .isFound()
        .changesOnly(LIVING_AMENITY, PRINCIPAL_INDUSTRIAL)
        .keepsTheLeaseTerm()
        .compliesWhenApplied(CHECKER, PARCEL);
    assertThat(CHECKER.check(PARCEL)).remedyPlan().cuts(LIVING_AMENITY).isCloseTo(800.0, within(0.1));
    assertThat(CHECKER.check(PARCEL)).remedyPlan().adds(PRINCIPAL_INDUSTRIAL).isCloseTo(100.0, within(0.1));
    assertThat(CHECKER.check(PARCEL)).remedyPlan().adds(OTHER_INDUSTRIAL).isZero();
    assertThat(CHECKER.check(PARCEL)).remedyPlan().totalChange().isCloseTo(900.0, within(0.1));
  }

  @Test
  @DisplayName("the rule's own cut of 817.7 m² does not leave the parcel compliant; adding 4,633.4 m² does")
  void options() {
    assertThat(CHECKER.check(PARCEL)).result(Rules.MIXED_USE_AMENITY)
        .option(Kind.REDUCE_FLOOR_AREA, LIVING_AMENITY).hasAmount(817.7, within(0.05)).doesNotComplyAlone();
    assertThat(CHECKER.check(PARCEL)).result(Rules.MIXED_USE_AMENITY)
        .option(Kind.ADD_FLOOR_AREA, PRINCIPAL_INDUSTRIAL).compliesAlone().amount().isCloseTo(4_633.4, within(0.05));
  }

  @Test
  @DisplayName("a plan that none exists names the conflicting rules")
  void noneExists() {
    Report report = CHECKER.check(PARCEL.toBuilder().approvedPlotRatioCap(1.8).build());
    assertThat(report).remedyPlan().noneExists().names(Rules.PLOT_RATIO_MINIMUM, Rules.PLOT_RATIO_CAP)
        .names(Rules.PLOT_RATIO_CAP, RemedyPlan.Reason.CONFLICTING);
  }

  @Test
  @DisplayName("a failing assertion prints the plan and the whole report")
  void failureMessage() {
    assertThatThrownBy(() -> assertThat(CHECKER.check(PARCEL)).remedyPlan().changesOnly(LIVING_AMENITY))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the remedy plan of parcel CE")
        .hasMessageContaining("remedy plan FOUND, PRINCIPAL_INDUSTRIAL +100.00 m², LIVING_AMENITY -800.00 m²")
        .hasMessageContaining("to change the floor area of exactly [LIVING_AMENITY]")
        .hasMessageContaining("option: REDUCE_FLOOR_AREA [LIVING_AMENITY] 817.7 m2, does not comply alone");
    assertThatThrownBy(() -> assertThat(CHECKER.check(PARCEL)).remedyPlan().cuts(LIVING_AMENITY)
            .isCloseTo(817.7, within(0.1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("m² of LIVING_AMENITY the plan cuts");
    Parcel compliant = PARCEL.toBuilder().clearFloorAreas().floorAreaM2("生产", 20_000).build();
    assertThatThrownBy(() -> assertThat(CHECKER.check(compliant)).remedyPlan())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a remedy plan, but it has none");
  }
}
