package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The amounts of a remedy plan's text ({@link RemedyPlan#text()}) are written with the decimals they have, at least
 * one and at most six, rounded half up, digits grouped by three: as {@code String.format(Locale.ROOT, "%,.nf m²")}
 * writes them.
 */
@Label("A remedy plan's amounts in words")
class RemedyPlanAreaTest {

  @Example
  @Label("tenths, whole square metres and thousands are written as a surveyor writes them")
  void byHand() {
    assertThat(RemedyPlan.area(800)).isEqualTo("800.0 m²");
    assertThat(RemedyPlan.area(1234.5)).isEqualTo("1,234.5 m²");
    assertThat(RemedyPlan.area(1_234_567.25)).isEqualTo("1,234,567.25 m²");
    assertThat(RemedyPlan.area(100_000)).isEqualTo("100,000.0 m²");
    assertThat(RemedyPlan.area(0.05)).isEqualTo("0.05 m²");
    assertThat(RemedyPlan.area(-12_345.6)).isEqualTo("-12,345.6 m²");
  }

  @Example
  @Label("more than six decimals are rounded half up to six")
  void sixDecimalsAtMost() {
    assertThat(RemedyPlan.area(0.1234565)).isEqualTo("0.123457 m²");
    assertThat(RemedyPlan.area(2.0000004)).isEqualTo("2.000000 m²");
    assertThat(RemedyPlan.area(1e-7)).isEqualTo("0.000000 m²");
    assertThat(RemedyPlan.area(-1e-7)).isEqualTo("-0.000000 m²");
  }

  @Property(tries = 20_000)
  @Label("any amount is written as String.format writes it with the decimals it has")
  void asFormatWritesIt(@ForAll("amounts") double m2) {
    int scale = Math.max(1, Math.min(BigDecimal.valueOf(m2).stripTrailingZeros().scale(), 6));

    assertThat(RemedyPlan.area(m2)).isEqualTo(String.format(Locale.ROOT, "%,." + scale + "f m²", m2));
  }

  @Provide
  Arbitrary<Double> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e9, 1e9).ofScale(1),
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(2),
        Arbitraries.doubles().between(-1e4, 1e4).ofScale(7),
        Arbitraries.doubles().between(1e-9, 1e15).ofScale(12),
        Arbitraries.longs().between(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2).map(l -> Double.longBitsToDouble(
            (l & 0x800FFFFFFFFFFFFFL) | ((long) (1023 - 30 + Math.floorMod(l >> 52, 100)) << 52))));
  }
}
