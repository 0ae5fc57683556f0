package io.landcheck.examples;

import static io.landcheck.test.LandcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.test.ScenarioFiles;
import io.landcheck.test.WhatIf;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A park operator's zoning tests: the five parcels of a (made-up) park, checked against 沪府规〔2021〕9号 五(二) and
 * 五(四), and the question the operator asks before building: "if every parcel adds a dormitory of 3,000 m², which
 * parcels fail, and how much could each add?". Expected figures are worked out by hand from the policy's limits
 * (plot ratio at least 2.0 or 3.0, living amenities at most 15%, other uses and amenities at most 30%).
 */
@DisplayName("Park 临港示范园 zoning scenarios")
class ParkZoningScenariosTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021());

  /** The park's parcels as they stand, with the land-test scenario builder. */
  static Map<String, Parcel> park() {
    return Stream.of(
        // 43,000 m² on 20,000 m²: plot ratio 2.15, dormitory 7.0%.
        io.landcheck.test.Scenario.industrialParcel("A-01").park("临港示范园").district("浦东新区")
            .siteAreaM2(20_000).factory(5, 8_000).dormitory(2, 1_500).lease(20).build(),
        // 16,000 m² on 8,000 m²: plot ratio 2.0 exactly, dormitory 10%.
        io.landcheck.test.Scenario.industrialParcel("A-02").park("临港示范园").district("浦东新区")
            .siteAreaM2(8_000).factory(4, 3_600).dormitory(4, 400).lease(20).build(),
        // General R&D land, 37,000 m² on 12,000 m²: plot ratio 3.08, canteen and dormitory 10.8%.
        io.landcheck.test.Scenario.rdParcel("A-03").park("临港示范园").district("浦东新区")
            .siteAreaM2(12_000).rdBuilding(6, 5_500).building("餐饮", 1, 1_000).dormitory(3, 1_000).lease(20).build(),
        // Planning conditions cap the plot ratio at 2.2; 21,000 m² on 10,000 m² is 2.1.
        io.landcheck.test.Scenario.industrialParcel("A-04").park("临港示范园").district("浦东新区")
            .siteAreaM2(10_000).plotRatioCap(2.2).factory(4, 5_000).dormitory(1, 1_000).lease(20).build(),
        // Not single-use land: the mixed-use shares do not apply. 60,000 m² on 30,000 m²: 2.0.
        io.landcheck.test.Scenario.industrialParcel("A-05").park("临港示范园").district("浦东新区")
            .siteAreaM2(30_000).singleUse(false).factory(3, 20_000).lease(20).build())
        .collect(Collectors.toMap(Parcel::id, p -> p, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  @DisplayName("today every parcel of the park complies")
  void everyParcelCompliesToday() {
    park().values().forEach(p -> assertThat(CHECKER.check(p)).as(p.id()).isCompliant());
  }

  @Test
  @DisplayName("if every parcel adds a 3,000 m² dormitory, A-02, A-03 and A-04 fail")
  void whichParcelsFailWithADormitory() {
    List<String> failing = park().values().stream()
        .filter(p -> WhatIf.of(CHECKER, p).adding("宿舍", 3_000).resultsWith(io.landcheck.engine.Verdict.NON_COMPLIANT).size() > 0)
        .map(Parcel::id)
        .toList();
    // 4,600 / 19,000 = 24.2% living amenities; A-03: 7,000 / 40,000 = 17.5%;
    // plot ratio 2.4 above its cap of 2.2, and 4,000 / 24,000 = 16.7%.
    assertThat(failing).containsExactly("A-02", "A-03", "A-04");
  }

  @Test
  @DisplayName("A-04 with the dormitory breaks both its plot-ratio cap and the 15% amenity limit")
  void cappedParcelBreaksTwoRules() {
    Report report = WhatIf.of(CHECKER, park().get("A-04")).adding("宿舍", 3_000);
    assertThat(report).isNonCompliant()
        .hasPlotRatio(2.4, within(1e-9))
        .violates(Rules.PLOT_RATIO_CAP)
        .violates(Rules.MIXED_USE_AMENITY)
        .result(Rules.PLOT_RATIO_CAP).hasMeasured(2.4, within(1e-9)).hasLimit(2.2).hasRemedyContaining("2,000.0 m²");
  }

  @Test
  @DisplayName("A-02 can add as much dormitory as keeps living amenities at 15%")
  void dormitoryHeadroomOfA02IsTheAmenityLimit() {
    // (1,600 + x) / (16,000 + x) <= 15%  gives  x <= 941.18 m².
    assertThat(WhatIf.of(CHECKER, park().get("A-02")).maxAdditionalFloorAreaM2("宿舍"))
        .hasValueCloseTo(941.17, within(0.02));
  }

  @Test
  @DisplayName("A-04 can add only the 1,000 m² of dormitory its plot-ratio cap allows, and the cap is named")
  void dormitoryHeadroomOfA04IsTheCap() {
    // the cap of 2.2 allows 1,000 m² more, the 15% limit (1,000 + x) / (21,000 + x) allows 2,529 m².
    WhatIf.Headroom a04 = WhatIf.of(CHECKER, park().get("A-04")).headroom("宿舍");
    assertThat(a04.additionalM2()).hasValueCloseTo(1_000.0, within(0.01));
    assertThat(a04.limitedBy()).contains(Rules.PLOT_RATIO_CAP);
  }

  @Test
  @DisplayName("nothing limits the living amenities A-05 can add: it is not single-use land and has no cap")
  void dormitoryHeadroomOfA05IsUnlimited() {
    assertThat(WhatIf.of(CHECKER, park().get("A-05")).maxAdditionalLivingAmenityM2()).isEmpty();
  }

  @Test
  @DisplayName("a smaller factory on A-02 would need the floor area back to reach the plot ratio of 2.0")
  void principalFloorAreaNeeded() {
    Parcel smaller = io.landcheck.test.Scenario.industrialParcel("A-02b").siteAreaM2(8_000).factory(3, 3_600)
        .dormitory(4, 400).lease(20).build();
    // 12,400 m² on 8,000 m² is 1.55; 2.0 needs 16,000 m², 3,600 m² more.
    assertThat(CHECKER.check(smaller)).violates(Rules.PLOT_RATIO_MINIMUM);
    assertThat(WhatIf.of(CHECKER, smaller).principalFloorAreaToReachPlotRatioFloorM2())
        .hasValueCloseTo(3_600.0, within(0.01));
  }

  @Test
  @DisplayName("measured from its geometry, A-01 gets the same verdict as from its declared areas")
  void geometryGivesTheSameVerdict() {
    io.landcheck.test.Scenario a01 = io.landcheck.test.Scenario.industrialParcel("A-01").siteAreaM2(20_000)
        .factory(5, 8_000).dormitory(2, 1_500).lease(20);
    Report measured = CHECKER.check(a01.buildMeasured(ShanghaiPacks.shanghai2021()));
    assertThat(measured).isCompliant().hasPlotRatio(2.15, within(1e-6));
  }

  @Nested
  @DisplayName("green space (五(四))")
  class GreenSpace {

    @Test
    @DisplayName("A-01's extension cuts 1,200 m² of green space; A-05's new park green of 1,500 m² makes it up")
    void madeUpInThePark() {
      Parcel a01 = park().get("A-01").toBuilder().greenSpace(1_200, 0).build();
      Parcel a05 = park().get("A-05").toBuilder().greenSpace(0, 1_500).build();
      assertThat(GreenSpaceRule.balance(CHECKER, List.of(a01, a05))).isCompliant()
          .hasParkStatus("临港示范园", ParkStatus.MADE_UP_IN_PARK);
    }

    @Test
    @DisplayName("without A-05's green, A-01 is left short by the whole cut")
    void leftShort() {
      Parcel a01 = park().get("A-01").toBuilder().greenSpace(1_200, 0).build();
      assertThat(GreenSpaceRule.balance(CHECKER, List.of(a01))).isNonCompliant()
          .leavesShort("A-01").hasShortfall("A-01", 1_200, within(0.01));
    }
  }

  /** The park's planners add cases in YAML, without Java: src/test/resources/park-scenarios/. */
  @TestFactory
  @DisplayName("the planners' scenario files")
  Stream<DynamicContainer> plannersScenarioFiles() {
    return ScenarioFiles.tests("park-scenarios/");
  }
}
