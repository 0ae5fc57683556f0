package io.landcheck.rules;

import java.util.Locale;

/** How the rules write figures into messages, so every message formats a ratio, a share or an area alike. */
final class Numbers {

  private Numbers() {}

  /** A plot ratio, to three decimals: {@code 2.315}. */
  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.3f", ratio);
  }

  /** A share as a percentage, to two decimals: {@code 15.23%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  /** An area, to a tenth of a square metre: {@code 1,234.5 m²}. */
  static String area(double areaM2) {
    return String.format(Locale.ROOT, "%,.1f m²", areaM2);
  }

  /** An area rounded up to a tenth of a square metre: the amount of a remedy option, which must be enough. */
  static double tenthAtLeast(double areaM2) {
    return Math.ceil(areaM2 * 10 - 1e-6) / 10;
  }

  /** An area rounded down to a tenth of a square metre, for what may still be added. */
  static String areaAtMost(double areaM2) {
    return area(Math.floor(areaM2 * 10 + 1e-6) / 10);
  }
}
