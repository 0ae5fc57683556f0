package io.landcheck.rules;

import java.util.Locale;

/**
 * How the rules write figures into messages, so every message formats a ratio, a share or an area alike.
 *
 * <p>The figures are what {@code String.format(Locale.ROOT, "%.3f" / "%.2f%%" / "%,.1f m²", …)} writes, character
 * for character, but without a {@code Formatter} for each one (that was most of the cost of checking a parcel): a
 * value that is not negative, below {@link #FAST_LIMIT} and not within {@link #TIE_MARGIN} of a rounding tie is
 * rounded in {@code long} arithmetic, where the result cannot differ; any other value goes to {@code String.format}.
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

  /** An area rounded up to a tenth of a square metre: the amount of a remedy option, which must be enough. */
  static double tenthAtLeast(double areaM2) {
    return Math.ceil(areaM2 * 10 - 1e-6) / 10;
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
