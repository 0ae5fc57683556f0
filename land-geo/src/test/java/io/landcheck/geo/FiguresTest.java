package io.landcheck.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Figures.twoDecimals and m2 write what String.format wrote before they took their fast path, for every value. */
class FiguresTest {

  private static void sameAsFormat(double v) {
    assertThat(Figures.twoDecimals(v)).as("twoDecimals(%s)", v).isEqualTo(String.format(Figures.LOCALE, "%.2f", v));
    assertThat(Figures.m2(v)).as("m2(%s)", v).isEqualTo(String.format(Figures.LOCALE, "%.2f m²", v));
  }

  @Provide
  Arbitrary<Double> figures() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 10),           // plot ratios
        Arbitraries.doubles().between(0, 2_000_000),    // areas
        Arbitraries.doubles().between(-1e3, 1e3),       // negatives go to String.format
        Arbitraries.doubles().between(9e6, 2e7),        // around the fast path's limit
        Arbitraries.integers().between(0, 1_000_000).map(i -> i / 100.0),   // exact decimals
        Arbitraries.integers().between(0, 1_000_000).map(i -> i / 100.0 + 0.005),  // ties
        Arbitraries.integers().between(0, 100_000).map(i -> i / 8.0),
        Arbitraries.doubles());
  }

  @Property(tries = 5000)
  @Label("twoDecimals and m2 write what String.format wrote, for any value")
  void sameAsStringFormat(@ForAll("figures") double v) {
    sameAsFormat(v);
  }

  @Test
  @DisplayName("twoDecimals writes what String.format wrote, for 200,000 random figures")
  void manyRandomFigures() {
    SplittableRandom random = new SplittableRandom(20210901);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> random.nextDouble() * 8;
        case 1 -> random.nextDouble() * 100_000;
        case 2 -> random.nextDouble() * 5_000_000;
        default -> Math.round(random.nextDouble() * 1e6) / 1e3; // short decimals, many on a tie
      };
      sameAsFormat(v);
    }
  }

  @Test
  @DisplayName("edge values: zero, negative zero, ties, single-digit cents, the limit, infinities and NaN")
  void edges() {
    double[] values = {0, -0.0, 0.005, 0.0049999, 0.015, 0.125, 1.005, 2.675, 0.05, 0.09, 0.995, 9.995, 999.995,
        1_234_567.85, 9_999_999.995, 1e7, 1e7 - 0.005, 12_345_678.9, Double.MIN_VALUE, -1.5, -0.004,
        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    for (double v : values) {
      sameAsFormat(v);
    }
    assertThat(Figures.twoDecimals(3.07)).isEqualTo("3.07");
  }

  @Test
  @DisplayName("areas are written exactly as %.2f in the root locale writes them, rounding ties included")
  void areasAsInTheRootLocale() {
    Random random = new Random(20240601);
    for (int i = 0; i < 20_000; i++) {
      double area = i % 2 == 0
          ? random.nextDouble() * Math.pow(10, random.nextInt(10) - 2)
          : Math.round(random.nextDouble() * 1e8) / 1000.0 + 0.005;
      assertThat(Figures.m2(area)).isEqualTo(String.format(Locale.ROOT, "%.2f m²", area));
    }
    assertThat(Figures.m2(-0.0)).isEqualTo(String.format(Locale.ROOT, "%.2f m²", -0.0));
    assertThat(Figures.m2(1e12)).isEqualTo(String.format(Locale.ROOT, "%.2f m²", 1e12));
  }

  @Test
  @DisplayName("a plot ratio of 1.995 beside a floor of 2.0 is written 1.995, not 2.00")
  void plotRatioBesideFloor() {
    assertThat(Figures.twoDecimals(1.995, 2.0)).isEqualTo("1.995");
    assertThat(Figures.twoDecimals(2.16, 2.0)).isEqualTo("2.16");
  }

  @Test
  @DisplayName("a storey 2.1999999 m high beside the 2.2 m full-height threshold is written 2.1999999 m")
  void heightBesideThreshold() {
    assertThat(Figures.m(2.1999999, 2.2, 8.0)).isEqualTo("2.1999999 m");
    assertThat(Figures.m(4.5, 2.2, 8.0)).isEqualTo("4.50 m");
  }

  @Test
  @DisplayName("an overlap of 0.0104 m² beside a tolerance of 0.01 m² is written 0.0104 m², not 0.01 m²")
  void areaBesideTolerance() {
    assertThat(Figures.m2(0.0104, 0.01)).isEqualTo("0.0104 m²");
  }

  @Test
  @DisplayName("a site-area difference of 0.5004% beside a tolerance of 0.5% is written 0.5004%")
  void percentBesideTolerance() {
    assertThat(Figures.percent(0.005004, 0.005)).isEqualTo("0.5004%");
    assertThat(Figures.percent(0.0123, 0.005)).isEqualTo("1.23%");
  }
}
