package io.landcheck.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ParcelMeasurer's storey factors and their reason texts")
class ParcelMeasurerTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  private static ParcelMeasurer measurer() {
    return new ParcelMeasurer(PACK, PACK.measurement(LocalDate.of(2024, 6, 1)), false);
  }

  private static List<Storey> storeys() {
    List<Storey> out = new ArrayList<>();
    for (double h : new double[] {1.8, 2.1999, 2.2, 3.3, 4.5, 8, 8.0001, 9, 12.25}) {
      out.add(Storey.above(1, h, "生产"));
      out.add(Storey.above(7, h, "研发"));
      out.add(Storey.below(1, h, "生产"));
      out.add(Storey.below(2, h, "生产"));
    }
    return out;
  }

  @Test
  @DisplayName("a storey's reason is the same text on a measurer that has seen many storeys as on a fresh one")
  void sameTextAsFresh() {
    ParcelMeasurer used = measurer();
    List<Storey> storeys = storeys();
    storeys.forEach(used::reason);
    for (Storey s : storeys) {
      assertThat(used.reason(s)).isEqualTo(measurer().reason(s));
    }
  }

  @Test
  @DisplayName("basements on different levels keep their own level in the text; above ground the level is not named")
  void levels() {
    ParcelMeasurer m = measurer();
    assertThat(m.reason(Storey.below(1, 3.3, "生产"))).contains("level -1").doesNotContain("level -2");
    assertThat(m.reason(Storey.below(2, 3.3, "生产"))).contains("level -2");
    assertThat(m.reason(Storey.above(1, 3.3, "生产"))).isEqualTo(m.reason(Storey.above(9, 3.3, "宿舍")))
        .doesNotContain("level");
  }

  @Test
  @DisplayName("threads sharing one measurer get the same texts as one thread on a fresh measurer")
  void threads() {
    List<Storey> storeys = storeys();
    ParcelMeasurer alone = measurer();
    List<String> expected = storeys.stream().map(alone::reason).toList();
    ParcelMeasurer shared = measurer();
    IntStream.range(0, 2_000).parallel().forEach(i -> {
      int k = i % storeys.size();
      assertThat(shared.reason(storeys.get(k))).isEqualTo(expected.get(k));
    });
  }

  @ParameterizedTest(name = "{0} m {1}: ×{2} in the building area (建筑面积), ×{3} in the plot ratio or underground")
  @DisplayName("one storey-height rule gives both factors: half under 2.20 m, double over 8 m above ground in the plot ratio only")
  @CsvSource({
      "2.19, above, 0.5, 0.5",
      "2.20, above, 1,   1",
      "8.00, above, 1,   1",
      "8.01, above, 1,   2",
      "2.19, below, 0.5, 0.5",
      "2.20, below, 1,   1",
      "9.00, below, 1,   1"})
  void factors(double heightM, String where, double grossFactor, double factor) {
    Storey s = where.equals("above") ? Storey.above(1, heightM, "生产") : Storey.below(1, heightM, "生产");
    ParcelMeasurer m = measurer();
    assertThat(m.grossFactor(s)).isEqualTo(grossFactor);
    assertThat(m.factor(s)).isEqualTo(factor);
  }

  @ParameterizedTest(name = "{0} m, level {1}")
  @DisplayName("the reason names the threshold the storey height is compared with and the factor that follows")
  @CsvSource(delimiter = '|', value = {
      "2.19 | 1  | storey height 2.19 m < 2.20 m (fullHeightStoreyM): ×0.5 (lowStoreyFactor)",
      "2.20 | 1  | storey height 2.20 m ≥ 2.20 m (fullHeightStoreyM) and ≤ 8.00 m (tallStoreyM): ×1",
      "8.00 | 1  | storey height 8.00 m ≥ 2.20 m (fullHeightStoreyM) and ≤ 8.00 m (tallStoreyM): ×1",
      "8.01 | 1  | storey height 8.01 m > 8.00 m (tallStoreyM): ×2 (tallStoreyFactor) in the plot ratio (计容), ×1 in the"
          + " floor area by use (地上建筑面积) the mixed-use shares use",
      "9.00 | -1 | underground storey (level -1): counts in the underground floor area (地下建筑面积), never in the plot"
          + " ratio; storey height 9.00 m ≥ 2.20 m (fullHeightStoreyM): ×1",
      "2.19 | -2 | underground storey (level -2): counts in the underground floor area (地下建筑面积), never in the plot"
          + " ratio; storey height 2.19 m < 2.20 m (fullHeightStoreyM): ×0.5 (lowStoreyFactor)"})
  void reasons(double heightM, int level, String reason) {
    Storey s = level > 0 ? Storey.above(level, heightM, "生产") : Storey.below(-level, heightM, "生产");
    assertThat(measurer().reason(s)).isEqualTo(reason);
  }
}
