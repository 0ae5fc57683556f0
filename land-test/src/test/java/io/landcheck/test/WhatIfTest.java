package io.landcheck.test;

import static io.landcheck.test.LandcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableSet;
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021());

  /** 10,000 m² site; 17,000 m² factory and 1,000 m² dormitory: 5.6% living amenities, plot ratio 1.8. */
  private static Scenario park() {
    return Scenario.industrialParcel("P-1").siteAreaM2(10_000).floorAreaM2("生产", 17_000).floorAreaM2("宿舍", 1_000)
        .lease(20);
  }

  @Test
  @DisplayName("the dormitory a parcel can add is what keeps living amenities at 15% of above-ground floor area")
  void dormitoryHeadroomIsTheAmenityLimit() {
    // 五(二): (1,000 + x) / (18,000 + x) <= 15%  gives  x <= 2,000 m².
    assertThat(WhatIf.of(CHECKER, park().build()).headroom("宿舍").additionalM2())
        .hasValueCloseTo(2_000.0, within(0.01));
  }

  @Test
  @DisplayName("the headroom names the living-amenity rule as what stops more dormitory")
  void dormitoryHeadroomIsLimitedByTheAmenityRule() {
    assertThat(WhatIf.of(CHECKER, park().build()).headroom("宿舍").limitedBy()).contains(Rules.MIXED_USE_AMENITY);
  }

  @Test
  @DisplayName("the living amenities a parcel can add are as much as its dormitory headroom")
  void livingAmenityHeadroomIsTheDormitoryHeadroom() {
    assertThat(WhatIf.of(CHECKER, park().build()).maxAdditionalLivingAmenityM2())
        .hasValueCloseTo(2_000.0, within(0.01));
  }

  @Test
  @DisplayName("the answer is verified: adding it complies, adding 0.1 m² more breaks the amenity rule")
  void answerIsVerifiedByCheckingAgain() {
    WhatIf whatIf = WhatIf.of(CHECKER, park().build());
    double max = whatIf.maxAdditionalFloorAreaM2("宿舍").orElseThrow();
    assertThat(whatIf.adding("宿舍", max)).complies(Rules.MIXED_USE_AMENITY);
    assertThat(whatIf.adding("宿舍", max + 0.1)).violates(Rules.MIXED_USE_AMENITY);
  }

  @Test
  @DisplayName("a plot-ratio cap that binds first limits the addition instead")
  void capBindsFirst() {
    // Cap 2.1 allows 21,000 m², 3,000 m² more than 18,000; but the 15% amenity limit allows only 2,000 m².
    // Cap 1.9 allows 1,000 m² more: the cap binds.
    Parcel p = park().plotRatioCap(1.9).build();
    WhatIf.Headroom headroom = WhatIf.of(CHECKER, p).headroom("宿舍");
    assertThat(headroom.additionalM2()).hasValueCloseTo(1_000.0, within(0.01));
    assertThat(headroom.limitedBy()).contains(Rules.PLOT_RATIO_CAP);
  }

  @Test
  @DisplayName("with a tall storey counted double in the plot ratio, the cap counts 计容 area and the shares actual area")
  void tallStoreyCountedDouble() {
    // 18,000 m² actual, 24,000 m² counted (6,000 m² of tall hall doubled). Cap 2.5 allows 25,000 counted: 1,000 m²
    // more. The amenity limit (1,000 + x) / (18,000 + x) <= 15% would allow 2,000 m², so the cap binds.
    Parcel p = park().plotRatioCap(2.5).build().toBuilder().plotRatioFloorAreaM2(24_000).build();
    WhatIf.Headroom headroom = WhatIf.of(CHECKER, p).headroom("宿舍");
    assertThat(headroom.additionalM2()).hasValueCloseTo(1_000.0, within(0.01));
    assertThat(headroom.limitedBy()).contains(Rules.PLOT_RATIO_CAP);
  }

  @Test
  @DisplayName("on land that is not single-use and has no cap, nothing limits the dormitory")
  void unlimited() {
    WhatIf.Headroom headroom = WhatIf.of(CHECKER, park().singleUse(false).build()).headroom("宿舍");
    assertThat(headroom.additionalM2()).isEmpty();
    assertThat(headroom.limitedBy()).isEmpty();
  }

  @Test
  @DisplayName("a parcel already above 15% living amenities can add no dormitory while complying")
  void alreadyBrokenAndWorsenedAllowsNothing() {
    // 3,600 m² dormitory in 20,000 m²: 18% > 15% already; any dormitory added raises the share further.
    Parcel p = Scenario.industrialParcel("P-2").siteAreaM2(10_000).floorAreaM2("生产", 16_400)
        .floorAreaM2("宿舍", 3_600).lease(20).build();
    WhatIf.Headroom headroom = WhatIf.of(CHECKER, p).headroom("宿舍");
    assertThat(headroom.additionalM2()).hasValue(0.0);
    assertThat(headroom.alreadyBroken()).containsExactly(Rules.MIXED_USE_AMENITY);
    assertThat(headroom.limitedBy()).contains(Rules.MIXED_USE_AMENITY);
  }

  @Test
  @DisplayName("a plot ratio below its floor does not stop an addition, which brings it closer")
  void brokenFloorDoesNotStopAddition() {
    // The park parcel's plot ratio is 1.8 < 2.0; adding dormitory raises it, so only the 15% limit stops it.
    WhatIf.Headroom headroom = WhatIf.of(CHECKER, park().build()).headroom("宿舍");
    assertThat(headroom.alreadyBroken()).containsExactly(Rules.PLOT_RATIO_MINIMUM);
    assertThat(headroom.limitedBy()).contains(Rules.MIXED_USE_AMENITY);
  }

  @Test
  @DisplayName("the principal floor area needed to reach the plot-ratio floor of 2.0 on industrial land")
  void principalToReachIndustrialFloor() {
    // 五(二): at least 2.0 on 10,000 m² is 20,000 m²; 18,000 m² are built.
    assertThat(WhatIf.of(CHECKER, park().build()).principalFloorAreaToReachPlotRatioFloorM2())
        .hasValueCloseTo(2_000.0, within(0.01));
  }

  @Test
  @DisplayName("on general R&D land the floor is 3.0")
  void principalToReachRdFloor() {
    // 五(二): at least 3.0 on 10,000 m² is 30,000 m²; 25,000 m² are built.
    assertThat(WhatIf.of(CHECKER, rdBelowFloor()).principalFloorAreaToReachPlotRatioFloorM2())
        .hasValueCloseTo(5_000.0, within(0.01));
  }

  @Test
  @DisplayName("the principal floor area needed is the least: adding it reaches the floor, 0.1 m² less does not")
  void principalNeededIsVerifiedByCheckingAgain() {
    WhatIf whatIf = WhatIf.of(CHECKER, rdBelowFloor());
    double needed = whatIf.principalFloorAreaToReachPlotRatioFloorM2().orElseThrow();
    assertThat(whatIf.adding("研发", needed)).complies(Rules.PLOT_RATIO_MINIMUM);
    assertThat(whatIf.adding("研发", needed - 0.1)).violates(Rules.PLOT_RATIO_MINIMUM);
  }

  /** General R&amp;D land at plot ratio 2.5, below its floor of 3.0. */
  private static Parcel rdBelowFloor() {
    return Scenario.rdParcel("R-1").siteAreaM2(10_000).floorAreaM2("研发", 25_000).build();
  }

  @Test
  @DisplayName("a parcel at the plot-ratio floor already needs no more principal floor area")
  void nothingNeededAtTheFloor() {
    Parcel atFloor = Scenario.industrialParcel("P-3").siteAreaM2(10_000).factory(4, 5_000).build();
    assertThat(WhatIf.of(CHECKER, atFloor).principalFloorAreaToReachPlotRatioFloorM2()).hasValue(0.0);
  }

  @Test
  @DisplayName("without a site area the principal floor area needed cannot be answered")
  void unknownWithoutSiteArea() {
    Parcel noSite = Scenario.industrialParcel("P-4").factory(4, 5_000).build();
    assertThat(WhatIf.of(CHECKER, noSite).principalFloorAreaToReachPlotRatioFloorM2()).isEmpty();
  }

  @Test
  @DisplayName("a headroom with a negative addition is refused, naming the record and the field")
  void headroomRejectsNegativeAddition() {
    assertThatThrownBy(() -> new WhatIf.Headroom("宿舍", OptionalDouble.of(-1), Optional.empty(), ImmutableSet.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Headroom.additionalM2 must be a finite number >= 0, was -1.0");
  }

  @Test
  @DisplayName("a headroom without a limit cannot name a rule that limits it")
  void headroomWithoutLimitNamesNoRule() {
    assertThatThrownBy(() -> new WhatIf.Headroom("宿舍", OptionalDouble.empty(), Optional.of(Rules.PLOT_RATIO_CAP),
        ImmutableSet.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Headroom.limitedBy must be empty when additionalM2 is (no limit)");
  }

  @Test
  @DisplayName("a headroom without a use code is refused, naming the record and the field")
  void headroomRejectsNullUseCode() {
    assertThatThrownBy(() -> new WhatIf.Headroom(null, OptionalDouble.of(0), Optional.empty(), ImmutableSet.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Headroom.useCode must not be null");
  }

  @Test
  @DisplayName("a use code the pack does not know is refused with the codes it knows")
  void unknownUseCode() {
    assertThatThrownBy(() -> WhatIf.of(CHECKER, park().build()).headroom("宿舍楼"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("knows no use code '宿舍楼'");
  }
}
