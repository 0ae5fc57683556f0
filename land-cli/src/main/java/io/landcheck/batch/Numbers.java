package io.landcheck.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Formats figures for reports: plain decimals, rounded to a stated number of places, no exponent. */
final class Numbers {

  private Numbers() {}

  /** {@code value} rounded to {@code places} decimals, trailing zeros dropped; "" for NaN or infinity. */
  static String plain(double value, int places) {
    if (!Double.isFinite(value)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  static String plain(OptionalDouble value, int places) {
    return value.isPresent() ? plain(value.getAsDouble(), places) : "";
  }

  /** A share as a percentage with one decimal, e.g. {@code 14.9%}; "" when empty. */
  static String percent(OptionalDouble share) {
    return share.isPresent() ? plain(share.getAsDouble() * 100, 1) + "%" : "";
  }
}
