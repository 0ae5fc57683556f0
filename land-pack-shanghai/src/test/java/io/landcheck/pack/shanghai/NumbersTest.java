package io.landcheck.pack.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Numbers writes what String.format wrote before it took its fast path, for every kind of value. */
class NumbersTest {

  private static void sameAsFormat(double v) {
    assertThat(Numbers.ratio(v)).as("ratio(%s)", v).isEqualTo(String.format(Locale.ROOT, "%.3f", v));
    assertThat(Numbers.percent(v)).as("percent(%s)", v).isEqualTo(String.format(Locale.ROOT, "%.2f%%", v * 100));
    assertThat(Numbers.area(v)).as("area(%s)", v).isEqualTo(String.format(Locale.ROOT, "%,.1f m²", v));
  }

  @Provide
  Arbitrary<Double> figures() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 10),           // plot ratios and shares
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 2_000_000),    // areas
        Arbitraries.doubles().between(-1e3, 1e3),       // negatives go to String.format
        Arbitraries.doubles().between(9e6, 2e7),        // around the fast path's limit
        Arbitraries.integers().between(0, 100_000).map(i -> i / 1000.0),  // exact decimals and ties
        Arbitraries.integers().between(0, 100_000).map(i -> i / 1000.0 + 0.0005),
        Arbitraries.integers().between(0, 100_000).map(i -> i / 200.0),
        Arbitraries.doubles());
  }

  @Property(tries = 5000)
  @Label("ratio, percent and area write what String.format wrote, for any value")
  void sameAsStringFormat(@ForAll("figures") double v) {
    sameAsFormat(v);
  }

  @Test
  @DisplayName("ratio, percent and area write what String.format wrote, for 200,000 random figures")
  void manyRandomFigures() {
    SplittableRandom random = new SplittableRandom(20210901);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> random.nextDouble() * 8;
        case 1 -> random.nextDouble();
        case 2 -> random.nextDouble() * 500_000;
        default -> Math.round(random.nextDouble() * 1e6) / 1e4; // short decimals, many on a tie
      };
      sameAsFormat(v);
    }
  }

  @Test
  @DisplayName("edge values: zero, negative zero, ties, groups of digits, the limit, infinities and NaN")
  void edges() {
    double[] values = {0, -0.0, 0.0005, 0.00049999, 0.0015, 0.0025, 1.0005, 2.315, 2.3145, 0.125, 0.15, 0.155,
        999.95, 999.949, 1_000, 1_234_567.85, 9_999_999.95, 1e7, 1e7 - 0.05, 12_345_678.9, Double.MIN_VALUE,
        -1.5, -0.0004, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    for (double v : values) {
      sameAsFormat(v);
    }
    assertThat(Numbers.area(1_234_567.85)).startsWith("1,234,567.");
  }
}
