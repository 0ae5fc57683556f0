package io.landcheck.batch;

import io.landcheck.engine.Decimals;
import io.landcheck.engine.Report;
import io.landcheck.engine.RuleResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Formats figures for reports: plain decimals, rounded to a stated number of places, no exponent. A figure shown
 * beside a verdict takes the limits it was judged against and gets as many more places as it needs never to read as on
 * or across one ({@link Decimals}): a plot ratio of 1.995 below a floor of 2.0 is {@code 1.995}, not {@code 2}.
 */
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

  /**
   * {@code value} beside its limits: as {@link #plain(double, int)} writes it, with more places where {@code places}
   * would round it onto or across a limit; "" for NaN or infinity.
   */
  static String beside(double value, int places, double... limits) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return stripped(Decimals.figure(value, 0, places, 0, limits));
  }

  static String beside(OptionalDouble value, int places, double... limits) {
    return value.isPresent() ? beside(value.getAsDouble(), places, limits) : "";
  }

  /** A share as a percentage beside its limits: one decimal, more where it would reach a limit; "" when empty. */
  static String percentBeside(OptionalDouble share, double... limits) {
    return share.isPresent() ? stripped(Decimals.figure(share.getAsDouble(), 2, 1, 0, limits)) + "%" : "";
  }

  /** A limit, written exactly, trailing zeros dropped: {@code 2}, {@code 0.3}, {@code 2.3456}; "" when empty. */
  static String limit(OptionalDouble limit) {
    return limit.isPresent() && Double.isFinite(limit.getAsDouble())
        ? stripped(BigDecimal.valueOf(limit.getAsDouble())) : "";
  }

  /** The limit a result's measure was held to, as the one limit to show it beside; none if it has none. */
  static double[] limitOf(RuleResult result) {
    return result.limit().isPresent() ? new double[] {result.limit().getAsDouble()} : new double[0];
  }

  /** The limits of a report's results in {@code unit} ({@code ratio}, {@code share}), to show its figures beside. */
  static double[] limits(Report report, String unit) {
    return report.results().stream()
        .filter(r -> r.unit().filter(unit::equals).isPresent() && r.limit().isPresent())
        .map(RuleResult::limit).mapToDouble(OptionalDouble::getAsDouble).distinct().toArray();
  }

  private static String stripped(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.signum() == 0 ? "0" : s.toPlainString();
  }

  /** A share as a percentage with one decimal, e.g. {@code 14.9%}; "" when empty. */
  static String percent(OptionalDouble share) {
    return share.isPresent() ? plain(share.getAsDouble() * 100, 1) + "%" : "";
  }
}
