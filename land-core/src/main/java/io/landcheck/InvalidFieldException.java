package io.landcheck;

/**
 * A value that one of the records of this package refuses, naming the record and the field, such as
 * {@code Intensification.plotRatioAfter must be >= 0, was -2.0}.
 *
 * <p>The field and the problem are kept apart, so that {@link Parcel.Builder#build()} can name the parcel field a part
 * belongs to ({@code intensification.plotRatioAfter}) without reading the message. Thrown through {@link Checks}.
 */
final class InvalidFieldException extends IllegalArgumentException {

  private final String field;
  private final String problem;

  InvalidFieldException(String record, String field, String problem) {
    super(record + "." + field + " " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The field at fault, by its name in its record, such as {@code plotRatioAfter}. */
  String field() {
    return field;
  }

  /** What is wrong with it, without the record and field names, such as {@code must be >= 0, was -2.0}. */
  String problem() {
    return problem;
  }
}
