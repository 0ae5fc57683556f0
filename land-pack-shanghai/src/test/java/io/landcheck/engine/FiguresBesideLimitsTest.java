package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.LandTenure;
import io.landcheck.model.Parcel;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.shanghai.Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule message never writes a figure on or across the limit it was judged against unless it is there. */
@DisplayName("Figures in rule messages beside their limits")
class FiguresBesideLimitsTest {

  @Test
  @DisplayName("a plot ratio of 1.995 is written 1.995 below the floor of 2.000")
  void plotRatio1995() {
    // 19,950 m² on 10,000 m²: 1.995 < 2.0
    RuleResult r = result(industrial("F").clearFloorAreas().floorAreaM2("生产", 19_950), Rules.PLOT_RATIO_MINIMUM);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.message().en()).contains("Plot ratio 1.995 is below the floor of 2.000");
  }

  @Test
  @DisplayName("a plot ratio of 1.9996 is written 1.9996, not 2.000, below the floor of 2.000")
  void plotRatioJustBelow() {
    // 19,996 m² on 10,000 m²: 1.9996, which three decimals would round to 2.000
    RuleResult r = result(industrial("F").clearFloorAreas().floorAreaM2("生产", 19_996), Rules.PLOT_RATIO_MINIMUM);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.message().en()).contains("Plot ratio 1.9996 is below the floor of 2.000");
    assertThat(r.message().zh()).contains("容积率 1.9996，低于下限 2.000");
  }

  @Test
  @DisplayName("a plot ratio of 2.5004 is written 2.5004 over an approved cap of 2.5")
  void plotRatioJustOverCap() {
    // 25,004 m² on 10,000 m²: 2.5004 > 2.5
    RuleResult r = result(industrial("F").clearFloorAreas().floorAreaM2("生产", 25_004).approvedPlotRatioCap(2.5),
        Rules.PLOT_RATIO_CAP);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.message().en()).contains("Plot ratio 2.5004 exceeds the approved cap of 2.500");
  }

  @Test
  @DisplayName("a plot ratio on its floor is written on it")
  void plotRatioOnFloor() {
    RuleResult r = result(industrial("F"), Rules.PLOT_RATIO_MINIMUM);
    assertThat(r.message().en()).contains("Plot ratio 2.000 is at least 2.000");
  }

  @Test
  @DisplayName("an approved cap with four decimals is written in full, the plot ratio above it")
  void capWrittenInFull() {
    // 23,458 m² on 10,000 m²: 2.3458 > 2.3456; three decimals, 2.346, are above 2.3456 too
    RuleResult r = result(industrial("F").clearFloorAreas().floorAreaM2("生产", 23_458).approvedPlotRatioCap(2.3456),
        Rules.PLOT_RATIO_CAP);
    assertThat(r.message().en()).contains("Plot ratio 2.346 exceeds the approved cap of 2.3456");
  }

  @Test
  @DisplayName("other uses of 30.001% are written 30.001%, more than 30.00%")
  void shareJustOver() {
    // 6,999.9 + 1,500.1 + 1,500 = 10,000 m²; other industrial and amenities 3,000.1 m²: 30.001%
    RuleResult r = result(industrial("F").siteAreaM2(5_000).clearFloorAreas().floorAreaM2("生产", 6_999.9)
        .floorAreaM2("研发", 1_500.1).floorAreaM2("宿舍", 1_500), Rules.MIXED_USE_ANCILLARY);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.message().en()).contains("take 30.001% of above-ground floor area, more than 30.00%");
  }

  @Test
  @DisplayName("rooftop greening of 0.04 m² is written 0.04 m², not 0.0 m²")
  void smallRooftop() {
    RuleResult r = result(industrial("F").rooftopGreenAreaM2(0.04), Rules.ROOFTOP_GREENING);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.message().en()).contains("Rooftop greening of 0.04 m²");
  }

  @Test
  @DisplayName("a plot-ratio increase from 1.9996 to 2.0004 is written so, not 2.000 → 2.000")
  void smallIncrease() {
    RuleResult r = result(industrial("F").tenure(LandTenure.EXISTING).intensification(1.9996, 2.0004, 0, 0, true),
        Rules.LAND_PRICE);
    assertThat(r.message().en()).contains("(1.9996 → 2.0004)");
  }

  @Test
  @DisplayName("a surplus 29.99 m wide is written 29.99 m, less than a bureau's 30.0 m")
  void surplusJustNarrower(@TempDir Path dir) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.bureauNumber(tree, Rules.SPLIT_TRANSFER, "minimumSplitWidthM", 30.0);
    PackFiles.bureauNumber(tree, Rules.SPLIT_TRANSFER, "minimumSplitAreaM2", 3_000.0);
    PolicyPack pack = PackFiles.load(tree, dir, "bureau.json");
    Parcel parcel = industrial("F").split(SplitRequest.of(true, true, Recipient.PARK_PLATFORM)
        .withSurplus(2_999.96, 29.99)).applicationDate(APPLIED).build();
    RuleResult r = Checker.of(pack).check(parcel).result(Rules.SPLIT_TRANSFER).orElseThrow();
    assertThat(r.message().en()).contains("29.99 m wide at its narrowest, less than 30.0 m",
        "2,999.96 m² is smaller than 3,000.0 m²");
  }
}
