package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A figure beside a limit never reads as on or across it unless it is. */
class DecimalsTest {

  @Test
  @DisplayName("a plot ratio of 1.995 beside a floor of 2.0 is written 1.995, not 2.00")
  void belowTheFloor() {
    assertThat(Decimals.plain(1.995, 2, 0, 2.0)).isEqualTo("1.995");
  }

  @Test
  @DisplayName("a plot ratio of 1.9996 beside a floor of 2.0 is written 1.9996 with three decimals asked")
  void justBelowTheFloor() {
    assertThat(Decimals.plain(1.9996, 3, 0, 2.0)).isEqualTo("1.9996");
  }

  @Test
  @DisplayName("a plot ratio of 2.0004 beside a cap of 2.0 is written 2.0004")
  void justOverTheCap() {
    assertThat(Decimals.plain(2.0004, 3, 0, 2.0)).isEqualTo("2.0004");
  }

  @Test
  @DisplayName("a value on its limit is written on it")
  void onTheLimit() {
    assertThat(Decimals.plain(2.0, 2, 0, 2.0)).isEqualTo("2.00");
    assertThat(Decimals.percent(0.15, 2, 0, 0.15)).isEqualTo("15.00%");
  }

  @Test
  @DisplayName("a value far from its limits keeps the decimals asked for")
  void farFromTheLimit() {
    assertThat(Decimals.plain(2.345678, 2, 0, 2.0, 3.0)).isEqualTo("2.35");
  }

  @Test
  @DisplayName("a share of 30.001% beside a limit of 30% is written 30.001%")
  void shareJustOver() {
    assertThat(Decimals.percent(0.30001, 2, 0, 0.30)).isEqualTo("30.001%");
  }

  @Test
  @DisplayName("a share of 14.996% beside a limit of 15% is written 14.996%, not 15.00%")
  void shareJustUnder() {
    assertThat(Decimals.percent(0.14996, 2, 0, 0.15)).isEqualTo("14.996%");
  }

  @Test
  @DisplayName("a limit within the tolerance of the value places no demand on it")
  void withinTolerance() {
    assertThat(Decimals.plain(1.9999999999, 3, 1e-9, 2.0)).isEqualTo("2.000");
  }

  @Test
  @DisplayName("each of several limits is respected: 2.9996 beside floors of 2.0 and 3.0")
  void severalLimits() {
    assertThat(Decimals.plain(2.9996, 2, 0, 2.0, 3.0)).isEqualTo("2.9996");
  }

  @Test
  @DisplayName("a limit is written exactly, with the decimals asked for at least")
  void exactLimit() {
    assertThat(Decimals.exact(2.0, 0, 3)).isEqualTo("2.000");
    assertThat(Decimals.exact(2.3456, 0, 3)).isEqualTo("2.3456");
    assertThat(Decimals.exact(0.3, 2, 2)).isEqualTo("30.00");
  }

  @Test
  @DisplayName("a value that is not finite is refused")
  void notFinite() {
    assertThatThrownBy(() -> Decimals.plain(Double.NaN, 2, 0, 2.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  /** A limit (a round figure or any) and a value near it: a few units of some decimal off, one ulp off, on it, or far. */
  @Provide
  Arbitrary<double[]> valueAndLimit() {
    Arbitrary<Double> limits = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 1000).map(i -> i / 100.0),
        Arbitraries.doubles().between(0, 10).ofScale(9));
    return limits.flatMap(limit -> Arbitraries.oneOf(
            Arbitraries.integers().between(-20, 20).flatMap(k -> Arbitraries.integers().between(1, 12)
                .map(e -> limit + k * Math.pow(10, -e))),
            Arbitraries.of(Math.nextDown(limit), Math.nextUp(limit), limit),
            Arbitraries.doubles().between(0, 20).ofScale(8))
        .filter(value -> value >= 0)
        .map(value -> new double[] {value, limit}));
  }

  @Property(tries = 3000)
  @Label("the figure stands on the same side of its limit as the value, with at least the decimals asked for")
  void sameSide(@ForAll("valueAndLimit") double[] valueAndLimit, @ForAll("decimals") int decimals) {
    double value = valueAndLimit[0];
    double limit = valueAndLimit[1];
    BigDecimal figure = Decimals.figure(value, 0, decimals, 0, limit);
    assertThat(figure.scale()).isGreaterThanOrEqualTo(decimals);
    assertThat(figure.compareTo(BigDecimal.valueOf(limit))).as("%s beside %s: %s", value, limit, figure)
        .isEqualTo(Double.compare(value, limit));
  }

  @Property(tries = 3000)
  @Label("a share written as a percentage stands on the same side of its limit as the share")
  void sameSideAsPercent(@ForAll("valueAndLimit") double[] valueAndLimit) {
    double share = valueAndLimit[0] / 10;
    double limit = valueAndLimit[1] / 10;
    BigDecimal figure = Decimals.figure(share, 2, 2, 0, limit).movePointLeft(2);
    assertThat(figure.compareTo(BigDecimal.valueOf(limit))).as("%s beside %s", share, limit)
        .isEqualTo(Double.compare(share, limit));
  }

  @Property(tries = 3000)
  @Label("a value clear of its limit is written as String.format writes it")
  void clearIsFormat(@ForAll("valueAndLimit") double[] valueAndLimit, @ForAll("decimals") int decimals) {
    double value = valueAndLimit[0];
    if (Decimals.clear(value, 0, decimals, 0, valueAndLimit[1])) {
      assertThat(Decimals.plain(value, decimals, 0, valueAndLimit[1]))
          .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }
  }

  @Provide
  Arbitrary<Integer> decimals() {
    return Arbitraries.integers().between(0, 4);
  }
}
