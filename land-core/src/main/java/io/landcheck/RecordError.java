package io.landcheck;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.Checks.checkField;

/**
 * Bad input data in one record: which record, which field, and what is wrong. An error is a result, not an
 * exception: a batch reports it in the record's row and goes on with the next record.
 *
 * @param recordId the parcel id, or where there is none a locator such as {@code "parcels.gpkg#17"}
 * @param field the field at fault, such as {@code siteAreaM2} or {@code floorAreaM2[宿舍]}
 * @param message what is wrong, in plain words
 */
public record RecordError(String recordId, String field, String message) {

  public RecordError {
    checkNotNull(recordId, "RecordError.recordId");
    checkNotNull(field, "RecordError.field");
    checkField(message != null && !message.isBlank(), "RecordError", "message", "must not be blank");
  }

  /** An error in {@code field} of the record {@code recordId}. */
  public static RecordError of(String recordId, String field, String message) {
    return new RecordError(recordId, field, message);
  }

  @Override
  public String toString() {
    return recordId + ", field " + field + ": " + message;
  }
}
