package io.landcheck.pack.shanghai;

import io.landcheck.engine.Decimals;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the rules write figures into messages, so every message formats a ratio, a share or an area alike.
 *
 * <p>The figures are what {@code String.format(Locale.ROOT, "%.3f" / "%.2f%%" / "%,.1f m²", …)} writes, character
 * for character, but without a {@code Formatter} for each one (that was most of the cost of checking a parcel): a
 * value that is not negative, below {@link #FAST_LIMIT} and not within {@link #TIE_MARGIN} of a rounding tie is
 * rounded in {@code long} arithmetic, where the result cannot differ; any other value goes to {@code String.format}.
 *
 * <p>A figure written beside a limit (the floor it is below, the share it exceeds) takes the limits too, and gets as
 * many more decimals as it needs never to be rounded onto or across one ({@link Decimals}): a plot ratio of 1.9996
 * below a floor of 2.0 is written {@code 1.9996}, not {@code 2.000}. The limit itself is written exactly
 * ({@link #limitRatio}, {@link #limitPercent}).
 */
final class Numbers {

  /** Values at or above this go to {@code String.format}, so the scaled value keeps its fraction to ~1e-7. */
  private static final double FAST_LIMIT = 1e7;

  /** How close to a tie (…5 after the last digit kept) a scaled value may come and still be rounded here. */
  private static final double TIE_MARGIN = 1e-3;

  private Numbers() {}

  /** A plot ratio, to three decimals: {@code 2.315}. */
  static String ratio(double ratio) {
    String fast = fixed(ratio, 3, false);
    return fast != null ? fast : String.format(Locale.ROOT, "%.3f", ratio);
  }

  /** A share as a percentage, to two decimals: {@code 15.23%}. */
  static String percent(double share) {
    double percent = share * 100;
    String fast = fixed(percent, 2, false);
    return fast != null ? fast + "%" : String.format(Locale.ROOT, "%.2f%%", percent);
  }

  /** An area, to a tenth of a square metre: {@code 1,234.5 m²}. */
  static String area(double areaM2) {
    String fast = fixed(areaM2, 1, true);
    return fast != null ? fast + " m²" : String.format(Locale.ROOT, "%,.1f m²", areaM2);
  }

  /** A plot ratio beside its limits: three decimals, more where rounding would carry it onto or across one. */
  static String ratio(double ratio, double tolerance, double... limits) {
    return Decimals.clear(ratio, 0, 3, tolerance, limits) ? ratio(ratio) : Decimals.plain(ratio, 3, tolerance, limits);
  }

  /** A share as a percentage beside its limits: two decimals, more where rounding would reach one. */
  static String percent(double share, double tolerance, double... limits) {
    return Decimals.clear(share, 2, 2, tolerance, limits)
        ? percent(share) : Decimals.percent(share, 2, tolerance, limits);
  }

  /** An area beside its limits: a tenth of a square metre, more where rounding would reach one. */
  static String area(double areaM2, double... limits) {
    return Decimals.clear(areaM2, 0, 1, 0, limits) ? area(areaM2) : grouped(Decimals.figure(areaM2, 0, 1, 0, limits));
  }

  /** A length in metres beside its limits: a tenth of a metre, more where rounding would reach one. */
  static String metres(double metres, double... limits) {
    return Decimals.plain(metres, 1, 0, limits) + " m";
  }

  /**
   * Two plot ratios written to the same decimals, three or as many more as it takes for the figures to compare as the
   * values do: an increase from 1.9996 to 2.0004 is {@code 1.9996 → 2.0004}, not {@code 2.000 → 2.000}.
   */
  static String[] ratiosApart(double a, double b) {
    int side = a < b ? -1 : a > b ? 1 : 0;
    for (int decimals = 3; ; decimals++) {
      BigDecimal fa = Decimals.figure(a, 0, decimals, 0);
      BigDecimal fb = Decimals.figure(b, 0, decimals, 0);
      if (fa.compareTo(fb) == side || decimals >= 17) {
        return new String[] {fa.toPlainString(), fb.toPlainString()};
      }
    }
  }

  /** A plot-ratio limit, written exactly: at least three decimals, {@code 2.000}, {@code 2.3456}. */
  static String limitRatio(double limit) {
    return limit * 1000 == Math.rint(limit * 1000) ? ratio(limit) : Decimals.exact(limit, 0, 3);
  }

  /** A share limit as a percentage, written exactly: at least two decimals, {@code 30.00%}. */
  static String limitPercent(double limit) {
    return Decimals.exact(limit, 2, 2) + "%";
  }

  /** An area limit, written exactly: at least a tenth of a square metre, {@code 3,000.0 m²}. */
  static String limitArea(double limitM2) {
    return limitM2 * 10 == Math.rint(limitM2 * 10) ? area(limitM2)
        : grouped(new BigDecimal(Decimals.exact(limitM2, 0, 1)));
  }

  /** A length limit in metres, written exactly: at least a tenth of a metre, {@code 30.0 m}. */
  static String limitMetres(double limitM) {
    return Decimals.exact(limitM, 0, 1) + " m";
  }

  /** An area in m² with its decimals, digits grouped by three: {@code 1,234.56 m²}. */
  private static String grouped(BigDecimal areaM2) {
    return String.format(Locale.ROOT, "%,." + areaM2.scale() + "f", areaM2) + " m²";
  }

  /**
   * An area rounded up to a tenth of a square metre: the amount of a remedy option, which must be enough. At least a
   * tenth: a rule fails only beyond its limit, so some area is always needed, however little (a share a hair over its
   * limit, as checking a parcel again with a remedy applied can give, must not get an amount of 0).
   */
  static double tenthAtLeast(double areaM2) {
    return Math.max(0.1, Math.ceil(areaM2 * 10 - 1e-6) / 10);
  }

  /**
   * {@code value} to {@code decimals} (1 to 3) decimals rounded half up, with {@code ,} between groups of three digits
   * if {@code grouped}; or null when the value is negative (-0.0 too), not a number, too large, or so close to a tie
   * that the rounding of its decimal digits by {@code Formatter} might go the other way.
   */
  static String fixed(double value, int decimals, boolean grouped) {
    if (!(value < FAST_LIMIT) || Math.copySign(1.0, value) < 0) {
      return null;
    }
    long scale = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
    double scaled = value * scale;
    double floor = Math.floor(scaled);
    double fraction = scaled - floor;
    if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
      return null;
    }
    long units = (long) floor + (fraction > 0.5 ? 1 : 0);
    long whole = units / scale;
    long part = units % scale;
    StringBuilder out = new StringBuilder(16);
    String digits = Long.toString(whole);
    if (grouped) {
      int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
      out.append(digits, 0, first);
      for (int i = first; i < digits.length(); i += 3) {
        out.append(',').append(digits, i, i + 3);
      }
    } else {
      out.append(digits);
    }
    out.append('.');
    String fractionDigits = Long.toString(part);
    for (int i = fractionDigits.length(); i < decimals; i++) {
      out.append('0');
    }
    return out.append(fractionDigits).toString();
  }
}
