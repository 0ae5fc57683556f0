package io.landcheck.geo;

import io.landcheck.engine.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;

/**
 * How measurement messages and traces write figures: areas ({@code 1234.50 m²}), lengths and heights, factors and
 * points. The two-decimal form is that of land-core's rule messages ({@code io.landcheck.pack.shanghai.Numbers}), which is
 * package-private there: land-core exports domain types, not text helpers. A figure written beside a limit (a plot
 * ratio beside its floor, an overlap beside the geometry tolerance) takes the limits, and gets the decimals land-core's
 * {@link Decimals} gives it, never being rounded onto or across one.
 */
final class Figures {

  /**
   * The locale figures in messages are formatted in. {@code %.2f} writes exactly the same text in {@link Locale#US} as
   * in {@link Locale#ROOT} (ASCII digits, a '.' separator, no grouping), and {@link java.util.Formatter} formats for
   * {@code Locale.US} without looking up {@code DecimalFormatSymbols} for every figure, which makes it twice as fast.
   */
  static final Locale LOCALE = Locale.US;

  private Figures() {}

  /** An area for a message: {@code 1234.50 m²}. */
  static String m2(double areaM2) {
    return twoDecimals(areaM2) + " m²";
  }

  /** An area beside its limits: {@code 0.012 m²} beside a tolerance of 0.01 m², not {@code 0.01 m²}. */
  static String m2(double areaM2, double... limits) {
    return twoDecimals(areaM2, limits) + " m²";
  }

  /** A number with two decimals beside its limits, more where rounding would carry it onto or across one. */
  static String twoDecimals(double value, double... limits) {
    return Decimals.clear(value, 0, 2, 0, limits) ? twoDecimals(value) : Decimals.plain(value, 2, 0, limits);
  }

  /** A share as a percentage with two decimals beside its limits: {@code 0.501%} beside 0.5%, not {@code 0.50%}. */
  static String percent(double share, double... limits) {
    return Decimals.clear(share, 2, 2, 0, limits)
        ? String.format(LOCALE, "%.2f%%", share * 100) : Decimals.percent(share, 2, 0, limits);
  }

  /** Values at or above this go to {@code String.format}, so the scaled value keeps its fraction to ~1e-7. */
  private static final double FAST_LIMIT = 1e7;

  /** How close to a tie (…5 after the second decimal) a scaled value may come and still be rounded here. */
  private static final double TIE_MARGIN = 1e-3;

  /**
   * What {@code String.format(LOCALE, "%.2f", value)} writes, character for character, without a {@code Formatter}
   * (a tenth of the measurement's time went into formatting its explanation): a value that is not negative, below
   * {@link #FAST_LIMIT} and not within {@link #TIE_MARGIN} of a rounding tie is rounded half up in {@code long}
   * arithmetic, where the result cannot differ from the formatter's rounding of the value's decimal digits; any other
   * value goes to {@code String.format}.
   */
  static String twoDecimals(double value) {
    if (!(value < FAST_LIMIT) || Math.copySign(1.0, value) < 0) {
      return String.format(LOCALE, "%.2f", value);
    }
    double scaled = value * 100;
    double floor = Math.floor(scaled);
    double fraction = scaled - floor;
    if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
      return String.format(LOCALE, "%.2f", value);
    }
    long units = (long) floor + (fraction > 0.5 ? 1 : 0);
    long cents = units % 100;
    return new StringBuilder(16).append(units / 100).append(cents < 10 ? ".0" : ".").append(cents).toString();
  }

  /**
   * A length or height for a message, with at least two decimals and as many more as it takes to show the value
   * exactly (so 2.1999 is never printed as 2.20): {@code 2.20 m}, {@code 2.1999 m}.
   */
  static String m(double metres) {
    return number(metres) + " m";
  }

  /**
   * A length or height beside its limits, as {@link #m(double)} writes it, with more decimals where six would round it
   * onto or across one: {@code 2.1999999 m} beside 2.2 m.
   */
  static String m(double metres, double... limits) {
    return Decimals.clear(metres, 0, 6, 0, limits) ? m(metres) : Decimals.plain(metres, 2, 0, limits) + " m";
  }

  /** A number with at least two decimals and at most six, without trailing zeros beyond the second. */
  static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.scale() < 2) {
      d = d.setScale(2, RoundingMode.UNNECESSARY);
    }
    return d.toPlainString();
  }

  /** A factor for a message: {@code ×0.5}, {@code ×1}, {@code ×2}. */
  static String factor(double f) {
    return "×" + BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
  }

  /** A point for a message: {@code (350012.345, 3450001.000)}, or words when JTS gives none. */
  static String point(Coordinate c) {
    if (c == null) {
      return "an unknown point";
    }
    return String.format(Locale.ROOT, "(%.3f, %.3f)", c.x, c.y);
  }}
