package io.landcheck.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkField;

import java.util.List;

/**
 * Bad input data in one record (or, among a report's warnings, something about it a reviewer should know): which
 * record, which field, what is wrong, and a stable {@link Code} that a bureau's system can match instead of the text,
 * as JTS's {@code TopologyValidationError} carries its error type. An error is a result, not an exception: a batch
 * reports it in the record's row and goes on with the next record.
 *
 * <p>What is wrong is kept as facts, not as a sentence: a message template ({@code messageKey}) and its arguments (the
 * value read, the limits, the other field), so that the English and the Chinese (中文) message are written from the
 * same facts ({@link #message(String)}). Every code has a template of its own name whose one argument is a text
 * given as it is ({@link #of}); the other templates name the problem more closely, such as
 * {@code MISSING_VALUE.missing}. The templates are in {@code RecordMessages_en.properties} and
 * {@code RecordMessages_zh.properties} beside this class; an argument is put in as given in both languages.
 *
 * @param code what kind of problem, stable across versions (docs/input-format.md lists them)
 * @param recordId the parcel id, or where there is none a locator such as {@code "parcels.gpkg#17"}
 * @param field the field at fault, such as {@code siteAreaM2} or {@code floorAreaM2[宿舍]}
 * @param messageKey the message template: the code's name, or the code's name, a dot and the template's own name
 * @param arguments the facts the template puts in at {@code {0}}, {@code {1}}, ...: values, limits, field names
 * @since 0.1
 */
public record RecordError(Code code, String recordId, String field, String messageKey, List<String> arguments) {

  /**
   * What kind of problem a record has. Errors keep a record from being judged; the warning codes come with a verdict.
   * Codes are never renamed; new ones may be added.
   */
  public enum Code {
    /** A required field is absent or empty, or absent while a field that needs it is given. */
    MISSING_VALUE,
    /** A value that is not of its field's type: not a number, a date, yes/no, a mapping, or not readable text. */
    MALFORMED_VALUE,
    /** A well-formed value the field refuses: out of its range, not one of its options, or contradicting another. */
    INVALID_VALUE,
    /** A land use or use code that the policy pack does not know. */
    UNKNOWN_CODE,
    /** A field the input format does not have. */
    UNKNOWN_FIELD,
    /** One field given twice in a record (by its name and its Chinese alias, or twice in a JSON object). */
    DUPLICATE_FIELD,
    /** A parcel id that another record of the batch already has. */
    DUPLICATE_ID,
    /** A geometry that is empty, has no area, or is not a valid polygon (and was not, or could not be, repaired). */
    INVALID_GEOMETRY,
    /** Geometries that contradict each other: buildings overlapping on a level, a storey beyond its building, a split
     *  that does not divide the parcel. */
    GEOMETRY_CONFLICT,
    /** The coordinate system is missing, unknown, or does not fit the coordinates. */
    COORDINATE_SYSTEM,
    /** No application date, and no date given to judge parcels without one on. */
    NO_DATE,
    /** More than landcheck reads or adds up: too many buildings or storeys, totals past what it can compute with. */
    TOO_LARGE,
    /** The record, or the file it is in, could not be read. */
    UNREADABLE,
    /** landcheck failed on this record (a fault of landcheck, reported so the batch goes on). */
    NOT_CHECKED,
    /** A building without parcel_id, read by location, that was placed on no parcel (none holds any part of it …). */
    BUILDING_UNPLACED,
    /** Warning: an invalid polygon was repaired (JTS GeometryFixer) and measured repaired. */
    GEOMETRY_REPAIRED,
    /** Warning: a building lies partly or wholly outside its parcel; only the part inside is counted. */
    OUTSIDE_PARCEL,
    /** Warning: the declared site area differs from the measured one by more than the pack's tolerance. */
    SITE_AREA_DIFFERS,
    /** Warning: a building or parcel with no storey counted, so no floor area from it. */
    NO_FLOOR_AREA,
    /** Warning: the pack's measurement parameters were not in force on the record's date; the first ones were used. */
    PACK_NOT_IN_FORCE,
    /** Warning: what a split of surplus land assumed (which part is retained, which buildings go with the surplus). */
    SPLIT_ASSUMPTION,
    /** Warning: a building without parcel_id was placed on the parcel by location; the share outside it is given. */
    ASSIGNED_BY_LOCATION,
    /** Warning: a building names the parcel in parcel_id, but another parcel holds a larger part of its footprint. */
    PARCEL_ID_DISAGREES
  }

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and a message key
   * without a template in both languages, an argument count other than the template's, or a blank message an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param code what kind of problem; not null
   * @param recordId the parcel id, or where there is none a locator such as {@code "parcels.gpkg#17"}; not null
   * @param field the field at fault, such as {@code siteAreaM2} or {@code floorAreaM2[宿舍]}; not null
   * @param messageKey the template, {@code code}'s name or {@code code}'s name, a dot and a name; not null
   * @param arguments the template's arguments, as many as it has places; not null
   */
  public RecordError {
    checkNotNull(code, "RecordError.code");
    checkNotNull(recordId, "RecordError.recordId");
    checkNotNull(field, "RecordError.field");
    checkNotNull(messageKey, "RecordError.messageKey");
    arguments = List.copyOf(arguments);
    checkField(messageKey.equals(code.name()) || messageKey.startsWith(code.name() + "."), "RecordError", "messageKey",
        "must be the code's name or start with it and a dot, was %s for code %s", messageKey, code);
    checkField(RecordMessages.has(messageKey), "RecordError", "messageKey", "has no template: %s", messageKey);
    checkField(RecordMessages.places(messageKey) == arguments.size(), "RecordError", "arguments",
        "must be %s for %s, were %s", RecordMessages.places(messageKey), messageKey, arguments.size());
    checkField(!RecordMessages.render("en", messageKey, arguments).isBlank(), "RecordError", "message",
        "must not be blank");
  }

  /**
   * A problem of kind {@code code} in {@code field} of the record {@code recordId}, told by a text given as it is (in
   * English; the Chinese message puts it after the code's own words).
   *
   * @param code what kind of problem
   * @param recordId the parcel id, or a locator where the record has none
   * @param field the field at fault
   * @param message what is wrong, in plain words; not blank
   * @return the error
   */
  public static RecordError of(Code code, String recordId, String field, String message) {
    checkField(message != null && !message.isBlank(), "RecordError", "message", "must not be blank");
    return new RecordError(code, recordId, field, code.name(), List.of(message));
  }

  /**
   * A problem of kind {@code code} in {@code field} of the record {@code recordId}, told by the template
   * {@code code.name} (such as {@code MISSING_VALUE.requires}) with its arguments.
   *
   * @param code what kind of problem
   * @param recordId the parcel id, or a locator where the record has none
   * @param field the field at fault
   * @param name the template's name after the code's, such as {@code requires}
   * @param arguments the facts put in at the template's places, in order
   * @return the error
   */
  public static RecordError of(Code code, String recordId, String field, String name, List<String> arguments) {
    return new RecordError(code, recordId, field, code.name() + "." + name, arguments);
  }

  /**
   * What is wrong, in English.
   *
   * @return the English message
   */
  public String message() {
    return message("en");
  }

  /**
   * What is wrong in {@code language}: Chinese for {@code zh} or a Chinese language tag, English for anything else
   * (as {@link LocalizedText#in} chooses).
   *
   * @param language a language tag such as {@code zh} or {@code en}
   * @return the message written from the template in that language and the arguments
   */
  public String message(String language) {
    return RecordMessages.render(LocalizedText.of("zh", "en").in(language), messageKey, arguments);
  }

  /**
   * What is wrong in both languages.
   *
   * @return the Chinese and the English message
   */
  public LocalizedText text() {
    return LocalizedText.of(message("zh"), message("en"));
  }

  @Override
  public String toString() {
    return recordId + ", field " + field + ": " + message();
  }
}
