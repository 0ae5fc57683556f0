package io.landcheck;

import com.google.common.base.Strings;

/**
 * The checks the records of this package make on their fields: like Guava's {@code checkArgument}, but the
 * {@link InvalidFieldException} they throw names the record and the field in a form a caller can use. The number
 * checks take a {@code double}, so a check that passes boxes nothing.
 */
final class Checks {

  private Checks() {}

  /**
   * Checks a field.
   *
   * @param problem what is wrong when {@code ok} is false, such as {@code must not be blank}
   * @throws InvalidFieldException with the message {@code record.field problem} unless {@code ok}
   */
  static void checkField(boolean ok, String record, String field, String problem) {
    if (!ok) {
      throw new InvalidFieldException(record, field, problem);
    }
  }

  /**
   * Checks a field, with a problem written from a template ({@code %s} for each argument) only when it is wrong.
   *
   * @throws InvalidFieldException with the message {@code record.field problem} unless {@code ok}
   */
  static void checkField(boolean ok, String record, String field, String problemTemplate, Object... args) {
    if (!ok) {
      throw new InvalidFieldException(record, field, Strings.lenientFormat(problemTemplate, args));
    }
  }

  /**
   * Checks that a number is finite and at least zero.
   *
   * @throws InvalidFieldException {@code record.field must be >= 0, was value} if it is not
   */
  static void checkNonNegative(double value, String record, String field) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new InvalidFieldException(record, field, "must be >= 0, was " + value);
    }
  }

  /**
   * Checks that a number is finite and above zero.
   *
   * @throws InvalidFieldException {@code record.field must be > 0, was value} if it is not
   */
  static void checkPositive(double value, String record, String field) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new InvalidFieldException(record, field, "must be > 0, was " + value);
    }
  }
}
