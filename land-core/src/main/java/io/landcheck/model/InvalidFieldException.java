package io.landcheck.model;

import java.util.List;

/**
 * A value that one of landcheck's value types refuses in its factory, naming the type and the field, such as
 * {@code Lease.termYears must be from 1 to 70 years, was 0} from {@code Lease.of} or
 * {@code LandUse.code must not be blank} from {@code LandUse.of}.
 *
 * <p>The field and the problem are kept apart, so that {@link Parcel.Builder#build()} can name the parcel field a part
 * belongs to ({@code intensification.plotRatioAfter}) in its {@link InvalidParcelException} without reading the
 * message. Code that builds these types itself from bad data can catch it the same way.
 *
 * @since 0.1
 */
public final class InvalidFieldException extends IllegalArgumentException {

  /**
   * The field at fault, kept for {@link #field()} (and serialised with the exception).
   */
  private final String field;
  /**
   * What is wrong with the field, kept for {@link #problem()} (and serialised with the exception).
   */
  private final String problem;
  /** The INVALID_VALUE template of {@link RecordError} after the code's name that tells the problem, or empty. */
  private final String name;
  /** The template's arguments after the locator's place. */
  @SuppressWarnings("serial") // an immutable List.copyOf of strings, serialisable
  private final List<String> arguments;

  InvalidFieldException(String record, String field, String problem) {
    this(record, field, problem, "", List.of());
  }

  /** A problem also told by the INVALID_VALUE template {@code name}, whose places after the locator's take
   *  {@code arguments}, so that a parcel's error can be written in Chinese too. */
  InvalidFieldException(String record, String field, String problem, String name, List<String> arguments) {
    super(record + "." + field + " " + problem);
    this.field = field;
    this.problem = problem;
    this.name = name;
    this.arguments = List.copyOf(arguments);
  }

  /** The INVALID_VALUE template's name, or empty where the problem is told only in English. */
  String name() {
    return name;
  }

  /** The template's arguments after the locator's place. */
  List<String> arguments() {
    return arguments;
  }

  /**
   * The field at fault, by its name in its type, such as {@code plotRatioAfter}.
   *
   * @return the field's name, as the record's component is named
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong with it, without the record and field names, such as {@code must be >= 0, was -2.0}.
   *
   * @return the problem, in plain words
   */
  public String problem() {
    return problem;
  }
}
