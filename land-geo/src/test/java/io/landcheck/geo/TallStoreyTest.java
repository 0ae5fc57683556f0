package io.landcheck.geo;

import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A storey taller than tallStoreyM (8 m) counts double in the plot ratio (计容建筑面积, 工业项目建设用地控制指标) but once
 * in the floor area by use that the mixed-use shares (沪府规〔2021〕9号 五(二), shares of 地上总建筑面积) are judged on.
 *
 * <p>The park: a 100 × 100 m parcel (10,000 m²). Factory A, 60 × 50 m (3,000 m²): level 1 a 9 m 生产 hall, level 2
 * 4.5 m 生产. Dormitory B, 20 × 30 m (600 m²): levels 1 and 2, 3.3 m 宿舍. By use: 生产 3,000 + 3,000 = 6,000,
 * 宿舍 600 + 600 = 1,200, together 7,200 m². Counted: the hall twice, 6,000 + 3,000 + 1,200 = 10,200 m².
 */
@DisplayName("A tall storey (> 8 m) beside a dormitory")
class TallStoreyTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  private final Measurement measurement = Measurement.of(PACK);

  private Measured measured() {
    return measurement.measure(parcel("T1", rect(0, 0, 100, 100),
        building("A", rect(0, 0, 60, 50), Storey.above(1, 9, "生产"), Storey.above(2, 4.5, "生产")),
        building("B", rect(70, 0, 90, 30), Storey.above(1, 3.3, "宿舍"), Storey.above(2, 3.3, "宿舍"))));
  }

  @Test
  @DisplayName("the floor areas by use count the tall storey once: 生产 6,000 m², 宿舍 1,200 m²")
  void byUseCountsOnce() {
    Parcel facts = measured().facts().orElseThrow();
    assertThat(facts.aboveGroundFloorAreaM2().get("生产")).isCloseTo(6_000, within(1e-9));
    assertThat(facts.aboveGroundFloorAreaM2().get("宿舍")).isCloseTo(1_200, within(1e-9));
    assertThat(facts.totalAboveGroundFloorAreaM2().getAsDouble()).isCloseTo(7_200, within(1e-9));
  }

  @Test
  @DisplayName("the plot ratio counts the tall storey double: 10,200 m² over 10,000 m² is 1.02")
  void plotRatioCountsDouble() {
    Measured m = measured();
    assertThat(m.facts().orElseThrow().plotRatioFloorAreaM2().getAsDouble()).isCloseTo(10_200, within(1e-9));
    Report report = Checker.of(PACK).check(m.facts().orElseThrow());
    assertThat(report.plotRatio().getAsDouble()).isCloseTo(1.02, within(1e-12));
    assertThat(report.result(Rules.PLOT_RATIO_MINIMUM).orElseThrow().measured().getAsDouble())
        .isCloseTo(1.02, within(1e-12));
    assertThat(m.trace().plotRatio()).isCloseTo(1.02, within(1e-12));
  }

  @Test
  @DisplayName("the amenity share counts the tall storey once: 1,200 of 7,200 m² is 16.7 %, over 15 %")
  void amenityShareCountsOnce() {
    // Doubling the hall in the denominator too would give 1,200 / 10,200 = 11.8 % and let the parcel pass.
    Report report = Checker.of(PACK).check(measured().facts().orElseThrow());
    assertThat(report.floorAreas().orElseThrow().amenityShare().getAsDouble())
        .isCloseTo(1_200.0 / 7_200, within(1e-12));
    assertThat(report.result(Rules.MIXED_USE_AMENITY).orElseThrow().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("the trace gives both totals and both figures for the tall storey")
  void trace() {
    MeasurementTrace t = measured().trace();
    assertThat(t.aboveGroundFloorAreaM2()).isCloseTo(7_200, within(1e-9));
    assertThat(t.plotRatioFloorAreaM2()).isCloseTo(10_200, within(1e-9));
    assertThat(t.aboveGroundFloorAreaByUseM2()).containsOnlyKeys("生产", "宿舍");
    MeasurementTrace.StoreyLine hall = t.lines().get(0);
    assertThat(hall.grossM2()).isCloseTo(3_000, within(1e-9));
    assertThat(hall.countedM2()).isCloseTo(6_000, within(1e-9));
    assertThat(t.explanation()).contains("10200.00 m²", "7200.00 m²");
  }

  @Test
  @DisplayName("without tall storeys the counted total equals the floor area by use")
  void noTallStorey() {
    Measured m = measurement.measure(parcel("T2", rect(0, 0, 100, 100),
        building("A", rect(0, 0, 60, 50), Storey.above(1, 8, "生产"), Storey.above(2, 2.1, "生产"))));
    Parcel facts = m.facts().orElseThrow();
    // 3,000 × 1 (exactly 8 m is not doubled) + 3,000 × 0.5 (under 2.2 m) = 4,500 in both
    assertThat(facts.totalAboveGroundFloorAreaM2().getAsDouble()).isCloseTo(4_500, within(1e-9));
    assertThat(facts.plotRatioFloorAreaM2().getAsDouble()).isCloseTo(4_500, within(1e-9));
  }
}
