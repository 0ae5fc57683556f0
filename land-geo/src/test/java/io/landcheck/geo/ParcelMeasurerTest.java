package io.landcheck.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.PolicyPack;
import io.landcheck.PolicyPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ParcelMeasurer's kept reason texts")
class ParcelMeasurerTest {

  private static final PolicyPack PACK = PolicyPacks.shanghai2021();

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
}
