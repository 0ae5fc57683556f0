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
 * @since 0.1
 */
public record RecordError(String recordId, String field, String message) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param recordId the parcel id, or where there is none a locator such as {@code "parcels.gpkg#17"}; not null
   * @param field the field at fault, such as {@code siteAreaM2} or {@code floorAreaM2[宿舍]}; not null
   * @param message what is wrong, in plain words; not blank
   */
  public RecordError {
    checkNotNull(recordId, "RecordError.recordId");
    checkNotNull(field, "RecordError.field");
    checkField(message != null && !message.isBlank(), "RecordError", "message", "must not be blank");
  }

  /**
   * An error in {@code field} of the record {@code recordId}.
   *
   * @param recordId the parcel id, or a locator such as {@code "parcels.gpkg#17"} when it has none
   * @param field the field at fault, by the name the input gives it
   * @param message what is wrong, in plain words; not blank
   * @return the error
   */
  public static RecordError of(String recordId, String field, String message) {
    return new RecordError(recordId, field, message);
  }

  @Override
  public String toString() {
    return recordId + ", field " + field + ": " + message;
  }
}
