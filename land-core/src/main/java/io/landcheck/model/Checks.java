package io.landcheck.model;

import com.google.common.base.Strings;
import java.util.List;

/**
 * The checks the records of this package make on their fields: like Guava's {@code checkArgument}, but the
 * {@link InvalidFieldException} they throw names the record and the field in a form a caller can use. The number
 * checks take a {@code double}, so a check that passes boxes nothing. Public for landcheck's own packages
 * (model, pack, engine), whose records check their fields the same way; not meant for applications.
 *
 * @since 0.1
 */
public final class Checks {

  private Checks() {}

  /**
   * Checks a field.
   *
   * @param ok whether the field is right
   * @param record the record's name, such as {@code Lease}
   * @param field the field's name, such as {@code termYears}
   * @param problem what is wrong when {@code ok} is false, such as {@code must not be blank}
   * @throws InvalidFieldException with the message {@code record.field problem} unless {@code ok}
   */
  public static void checkField(boolean ok, String record, String field, String problem) {
    if (!ok) {
      throw new InvalidFieldException(record, field, problem);
    }
  }

  /**
   * Checks a field, with a problem written from a template ({@code %s} for each argument) only when it is wrong.
   *
   * @param ok whether the field is right
   * @param record the record's name, such as {@code Lease}
   * @param field the field's name, such as {@code termYears}
   * @param problemTemplate what is wrong when {@code ok} is false, with {@code %s} for each argument
   * @param args the arguments of the template
   * @throws InvalidFieldException with the message {@code record.field problem} unless {@code ok}
   */
  public static void checkField(boolean ok, String record, String field, String problemTemplate, Object... args) {
    if (!ok) {
      throw new InvalidFieldException(record, field, Strings.lenientFormat(problemTemplate, args));
    }
  }

  /**
   * Checks a field whose problem is also told by a template of {@link RecordError} ({@code INVALID_VALUE.name}, whose
   * place {@code {0}} is left for a reader's locator and the others take {@code arguments}), so a parcel's error can
   * be written in Chinese as well as in English.
   *
   * @param ok whether the field is right
   * @param record the record's name, such as {@code Lease}
   * @param field the field's name, such as {@code termYears}
   * @param problem what is wrong when {@code ok} is false, in English, as the template writes it
   * @param name the template's name after {@code INVALID_VALUE.}
   * @param arguments the template's arguments after the locator's place
   * @throws InvalidFieldException with the message {@code record.field problem} unless {@code ok}
   */
  static void checkField(boolean ok, String record, String field, String problem, String name,
      List<String> arguments) {
    if (!ok) {
      throw new InvalidFieldException(record, field, problem, name, arguments);
    }
  }

  /**
   * Checks that a number is finite and at least zero.
   *
   * @param value the number
   * @param record the record's name, such as {@code Lease}
   * @param field the field's name, such as {@code termYears}
   * @throws InvalidFieldException {@code record.field must be >= 0, was value} if it is not
   */
  public static void checkNonNegative(double value, String record, String field) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new InvalidFieldException(record, field, "must be >= 0, was " + value, "nonNegative",
          List.of(String.valueOf(value)));
    }
  }

  /**
   * Checks that a number is finite and above zero.
   *
   * @param value the number
   * @param record the record's name, such as {@code Lease}
   * @param field the field's name, such as {@code termYears}
   * @throws InvalidFieldException {@code record.field must be > 0, was value} if it is not
   */
  public static void checkPositive(double value, String record, String field) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new InvalidFieldException(record, field, "must be > 0, was " + value, "positive",
          List.of(String.valueOf(value)));
    }
  }
}
