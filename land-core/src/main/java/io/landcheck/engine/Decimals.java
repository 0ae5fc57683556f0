package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many decimals a figure shown beside a limit needs (数值与限值并列时的小数位数): a plot ratio (容积率) of 1.995 below
 * a floor of 2.0 must not be written "2.00", nor a share of 30.001% over a 30% limit "30.00%". Every place landcheck
 * writes a figure next to a verdict (rule messages, the measurement explanation, the HTML and CSV reports) rounds it
 * here, so that none of them contradicts the verdict.
 *
 * <p>A figure is the value rounded half up, as {@link String#format} and {@link BigDecimal#valueOf(double)} round it:
 * to the decimals asked for, and to more where rounding would carry it onto or across a limit, until it stands on the
 * same side of every limit as the value (on a limit only if the value is on it). A value differs from a limit in some
 * decimal of its shortest representation, so there always is such a figure. A value within {@code tolerance} of a
 * limit (the pack's tolerance, by which a rule counts it as on the limit) is written on the limit where rounding can
 * put it there ({@code 2.000} for 1.9999999999 beside 2.0), else in full.
 *
 * <p>A figure may be written in a unit a power of ten from the value's ({@code shift}): 2 for a share (0.30001) written
 * as a percentage (30.001%). The shift is made on the decimal digits, not by multiplying the {@code double}, so a share
 * equal to its limit is written equal to it.
 *
 * @since 0.1
 */
public final class Decimals {

  /** Powers of ten, for the quick test of whether a limit is near: {@code UNITS[d] = 10^-d}. */
  private static final double[] UNITS = {1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11,
      1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18};

  private Decimals() {}

  /**
   * Whether {@code value}, written {@code shift} powers of ten up and rounded to {@code decimals} decimals, is clear of
   * every limit: each is further than one unit of the last decimal and than {@code tolerance} away. A clear value
   * needs no more decimals, and is rounded as {@link String#format} rounds it; callers use this to keep their fast
   * formatting for the usual case.
   *
   * @param value the value, in its own unit (a share as a fraction, 0.30001)
   * @param shift the powers of ten the figure is written up from the value: 0, or 2 for a percentage
   * @param decimals the decimals the caller's fast formatting would write
   * @param tolerance how near a limit the value counts as on it (the pack's tolerance); at least 0
   * @param limits the limits the figure is shown beside, in the value's unit
   * @return true when the fast formatting can be used: no limit is within one unit of the last decimal or the tolerance
   */
  public static boolean clear(double value, int shift, int decimals, double tolerance, double... limits) {
    checkArgs(shift, decimals, tolerance, limits);
    if (!Double.isFinite(value) || limits.length == 0) {
      return true;
    }
    int digits = decimals + shift;
    double unit = digits >= 0 && digits < UNITS.length ? UNITS[digits] : Math.pow(10, -digits);
    for (double limit : limits) {
      double distance = Math.abs(value - limit);
      if (Double.isFinite(limit) && !(distance > tolerance && distance > unit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code value} written {@code shift} powers of ten up, rounded half up to at least {@code atLeast} decimals and to as
   * many more as it takes to stand on the same side of every limit as the value does, and on a limit within
   * {@code tolerance} of it (failing that, the value in full); its scale is the number of decimals. A value that is not
   * finite is not a figure: it is refused.
   *
   * @param value the value, in its own unit (a share as a fraction, 0.30001)
   * @param shift the powers of ten the figure is written up from the value: 0, or 2 for a percentage
   * @param atLeast the decimals the figure has when no limit is near
   * @param tolerance how near a limit the value counts as on it (the pack's tolerance); at least 0
   * @param limits the limits the figure is shown beside, in the value's unit
   * @return the figure as an exact decimal, its scale the number of decimals written
   * @throws IllegalArgumentException if the value is not finite, or {@code shift}, {@code atLeast} or
   *     {@code tolerance} is negative
   */
  public static BigDecimal figure(double value, int shift, int atLeast, double tolerance, double... limits) {
    checkArgs(shift, atLeast, tolerance, limits);
    checkArgument(Double.isFinite(value), "Decimals.figure: value must be finite, was %s", value);
    BigDecimal exact = BigDecimal.valueOf(value).movePointRight(shift);
    if (clear(value, shift, atLeast, tolerance, limits)) {
      return exact.setScale(atLeast, RoundingMode.HALF_UP);
    }
    int most = Math.max(atLeast, exact.scale());
    for (int decimals = atLeast; decimals < most; decimals++) {
      BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP);
      if (sameSides(value, rounded.movePointLeft(shift), tolerance, limits)) {
        return rounded;
      }
    }
    return exact.setScale(most, RoundingMode.UNNECESSARY);
  }

  /**
   * {@code value} rounded as {@link #figure} rounds it, unshifted, in plain digits with its decimals: {@code 1.995}
   * beside a floor of 2.0 with {@code atLeast} 2.
   *
   * @param value the value, in its own unit (a plot ratio, an area in m²)
   * @param atLeast the decimals the figure has when no limit is near
   * @param tolerance how near a limit the value counts as on it (the pack's tolerance); at least 0
   * @param limits the limits the figure is shown beside, in the value's unit
   * @return the figure in plain digits, never in exponent form, on the same side of every limit as the value
   */
  public static String plain(double value, int atLeast, double tolerance, double... limits) {
    return figure(value, 0, atLeast, tolerance, limits).toPlainString();
  }

  /**
   * A share as a percentage, rounded as {@link #figure} rounds it: {@code 30.001%} beside a limit of 0.30.
   *
   * @param share the share as a fraction of 1 (0.30001 for 30.001%)
   * @param atLeast the decimals of the percentage when no limit is near
   * @param tolerance how near a limit the share counts as on it (the pack's tolerance, as a fraction); at least 0
   * @param limits the limits, as fractions of 1, the share is shown beside
   * @return the percentage with its decimals and a {@code %} sign, such as {@code 30.001%}
   */
  public static String percent(double share, int atLeast, double tolerance, double... limits) {
    return figure(share, 2, atLeast, tolerance, limits).toPlainString() + "%";
  }

  /**
   * A limit written exactly: its shortest decimal representation, with at least {@code atLeast} decimals ({@code 2.000}
   * for 2.0 with 3). A figure is rounded to stand on the right side of the limit's exact value, so the limit beside it
   * is written in full.
   *
   * @param limit the limit, in its own unit (a share as a fraction)
   * @param shift the powers of ten it is written up: 0, or 2 for a percentage
   * @param atLeast the fewest decimals to write
   * @return the limit in plain digits, exactly as the pack gives it
   */
  public static String exact(double limit, int shift, int atLeast) {
    checkArgument(shift >= 0 && atLeast >= 0, "Decimals.exact: shift and atLeast must be >= 0, were %s and %s", shift,
        atLeast);
    checkArgument(Double.isFinite(limit), "Decimals.exact: limit must be finite, was %s", limit);
    BigDecimal exact = BigDecimal.valueOf(limit).movePointRight(shift);
    return exact.setScale(Math.max(atLeast, exact.scale()), RoundingMode.UNNECESSARY).toPlainString();
  }

  /** Whether {@code figure} is below, on or above each limit as {@code value} is, within {@code tolerance}. */
  private static boolean sameSides(double value, BigDecimal figure, double tolerance, double[] limits) {
    for (double limit : limits) {
      if (!Double.isFinite(limit)) {
        continue;
      }
      int side = Math.abs(value - limit) <= tolerance ? 0 : value < limit ? -1 : 1;
      if (side != figure.compareTo(BigDecimal.valueOf(limit))) {
        return false;
      }
    }
    return true;
  }

  private static void checkArgs(int shift, int decimals, double tolerance, double[] limits) {
    checkArgument(shift >= 0, "Decimals: shift must be >= 0, was %s", shift);
    checkArgument(decimals >= 0, "Decimals: decimals must be >= 0, was %s", decimals);
    checkArgument(tolerance >= 0, "Decimals: tolerance must be >= 0, was %s", tolerance);
    checkNotNull(limits, "Decimals: limits");
  }
}
