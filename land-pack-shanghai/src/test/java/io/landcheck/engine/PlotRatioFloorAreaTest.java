package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.CHECKER;
import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A declared 计容建筑面积 (a tall storey counted double) feeds the plot ratio only; the mixed-use shares stay shares of
 * 地上总建筑面积, the floor areas by use.
 */
@DisplayName("Floor area counted in the plot ratio (计容建筑面积) beside the floor areas by use")
class PlotRatioFloorAreaTest {

  /** 10,000 m² site; 16,000 m² 生产 (say 6,000 of it in a tall ground storey), 2,000 m² 宿舍: 18,000 m² actual. */
  private static Parcel.Builder tallFactory() {
    return industrial("TALL").siteAreaM2(10_000).clearFloorAreas()
        .floorAreaM2("生产", 16_000).floorAreaM2("宿舍", 2_000);
  }

  @Test
  @DisplayName("the plot ratio uses the declared counted area when there is one")
  void plotRatioFromCounted() {
    // 18,000 actual + 6,000 for the doubled tall storey = 24,000 m² counted; / 10,000 = 2.4.
    Report report = CHECKER.check(tallFactory().plotRatioFloorAreaM2(24_000).build());
    assertThat(report.plotRatio()).hasValue(2.4);
    assertThat(report.result(Rules.PLOT_RATIO_MINIMUM).orElseThrow().measured()).hasValue(2.4);
  }

  @Test
  @DisplayName("without a declared counted area the plot ratio is the sum of the floor areas by use")
  void plotRatioFromSumByDefault() {
    Report report = CHECKER.check(tallFactory().build());
    assertThat(report.plotRatio()).hasValue(1.8);
    assertThat(report.floorAreas().orElseThrow().plotRatioFloorAreaM2()).hasValue(18_000);
  }

  @Test
  @DisplayName("the mixed-use shares ignore the counted area: 2,000 of 18,000 m² is 11.1 %, not 2,000 of 24,000")
  void sharesIgnoreCounted() {
    FloorAreaSummary areas = CHECKER.check(tallFactory().plotRatioFloorAreaM2(24_000).build()).floorAreas().orElseThrow();
    assertThat(areas.aboveGroundM2()).hasValue(18_000);
    assertThat(areas.amenityShare().getAsDouble()).isCloseTo(2_000.0 / 18_000, within(1e-12));
    assertThat(areas.ancillaryShare().getAsDouble()).isCloseTo(2_000.0 / 18_000, within(1e-12));
    RuleResult amenity = result(tallFactory().plotRatioFloorAreaM2(24_000), Rules.MIXED_USE_AMENITY);
    assertThat(amenity.measured().getAsDouble()).isCloseTo(2_000.0 / 18_000, within(1e-12));
  }

  @Test
  @DisplayName("an amenity share over 15 % of the actual floor area fails even if it is under 15 % of the counted area")
  void amenityShareOverActualFails() {
    // 3,000 m² 宿舍 of 18,000 m² actual = 16.7 % > 15 %; of 24,000 m² counted it would be 12.5 %.
    Parcel parcel = industrial("TALL").siteAreaM2(10_000).clearFloorAreas()
        .floorAreaM2("生产", 15_000).floorAreaM2("宿舍", 3_000).plotRatioFloorAreaM2(24_000).build();
    assertThat(result(parcel, Rules.MIXED_USE_AMENITY).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("the cap remedy cuts counted floor area: 24,000 counted against a cap of 2.0 on 10,000 m² is 4,000 over")
  void capRemedyFromCounted() {
    RuleResult cap = result(tallFactory().plotRatioFloorAreaM2(24_000).approvedPlotRatioCap(2.0), Rules.PLOT_RATIO_CAP);
    assertThat(cap.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(cap.remedyOptions()).singleElement()
        .satisfies(o -> assertThat(o.amount()).isCloseTo(4_000, within(0.1)));
  }

  @Test
  @DisplayName("the minimum remedy adds counted floor area: 18,500 counted against 2.0 on 10,000 m² is 1,500 short")
  void minimumRemedyFromCounted() {
    RuleResult min = result(tallFactory().plotRatioFloorAreaM2(18_500), Rules.PLOT_RATIO_MINIMUM);
    assertThat(min.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(min.remedyOptions()).singleElement()
        .satisfies(o -> assertThat(o.amount()).isCloseTo(1_500, within(0.1)));
  }

  @Test
  @DisplayName("the report JSON gives the counted area beside the actual one")
  void json() throws Exception {
    var tree = PackFiles.MAPPER.readTree(CHECKER.check(tallFactory().plotRatioFloorAreaM2(24_000).build()).toJson());
    assertThat(tree.path("floorAreas").path("aboveGroundM2").asDouble()).isEqualTo(18_000);
    assertThat(tree.path("floorAreas").path("plotRatioFloorAreaM2").asDouble()).isEqualTo(24_000);
  }

  @ParameterizedTest(name = "counted area {0}")
  @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
  @DisplayName("a counted area that is negative or not a number is rejected, naming the parcel and the field")
  void badCounted(double areaM2) {
    InvalidParcelException e = catchThrowableOfType(InvalidParcelException.class,
        () -> tallFactory().plotRatioFloorAreaM2(areaM2).build());
    assertThat(e.parcelId()).isEqualTo("TALL");
    assertThat(e.field()).isEqualTo("plotRatioFloorAreaM2");
  }

  @Test
  @DisplayName("the counted area survives toBuilder and is removed by clearFloorAreas")
  void builderCopiesAndClears() {
    Parcel parcel = tallFactory().plotRatioFloorAreaM2(24_000).build();
    assertThat(parcel.toBuilder().build()).isEqualTo(parcel);
    assertThat(parcel.totalPlotRatioFloorAreaM2()).hasValue(24_000);
    assertThat(parcel.toBuilder().clearFloorAreas().build().plotRatioFloorAreaM2()).isEmpty();
  }
}
