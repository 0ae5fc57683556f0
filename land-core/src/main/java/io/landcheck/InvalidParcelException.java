package io.landcheck;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A parcel's facts cannot be accepted: the message names the parcel and the field, for example
 * {@code parcel P-017, field siteAreaM2: must be a finite number >= 0, was -5.0}.
 *
 * <p>Thrown by {@link Parcel.Builder#build()}. Readers of batch input catch it and turn it into an error row, so one
 * bad record never stops a batch.
 */
public final class InvalidParcelException extends IllegalArgumentException {

  private final String parcelId;
  private final String field;
  private final String problem;

  /** A problem with {@code field} of the parcel {@code parcelId}. */
  public InvalidParcelException(String parcelId, String field, String problem) {
    super("parcel " + checkNotNull(parcelId, "InvalidParcelException.parcelId")
        + ", field " + checkNotNull(field, "InvalidParcelException.field")
        + ": " + checkNotNull(problem, "InvalidParcelException.problem"));
    this.parcelId = parcelId;
    this.field = field;
    this.problem = problem;
  }

  /** The parcel's id as given, or {@code "(no id)"} when the id itself is missing. */
  public String parcelId() {
    return parcelId;
  }

  /** The field at fault, by its name in {@link Parcel} (such as {@code lease.termYears}). */
  public String field() {
    return field;
  }

  /** What is wrong with the field, without the parcel and field names. */
  public String problem() {
    return problem;
  }

  /** This problem as an error row. */
  public RecordError toRecordError() {
    return RecordError.of(parcelId, field, problem);
  }
}
