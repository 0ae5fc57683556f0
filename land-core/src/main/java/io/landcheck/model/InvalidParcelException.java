package io.landcheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;

/**
 * A parcel's facts cannot be accepted: the message names the parcel and the field, for example
 * {@code parcel P-017, field siteAreaM2: must be a finite number >= 0, was -5.0}.
 *
 * <p>Thrown by {@link Parcel.Builder#build()}. Readers of batch input catch it and turn it into an error row, so one
 * bad record never stops a batch.
 *
 * @since 0.1
 */
public final class InvalidParcelException extends IllegalArgumentException {

  /**
   * The attribute that GIS files and facts files (docs/input-format.md) give each {@link Parcel} fact in, where the
   * two names differ, so that a reader can report a refused value under the name its file uses.
   */
  private static final ImmutableMap<String, String> INPUT_FIELDS = ImmutableMap.<String, String>builder()
      .put("id", "parcel_id")
      .put("projectCategory", "project_category")
      .put("recognitionLevel", "recognition_level")
      .put("lease.termYears", "lease_term_years")
      .put("lease.grantDate", "lease_grant_date")
      .put("siteAreaM2", "site_area_m2")
      .put("approvedPlotRatioCap", "plot_ratio_cap")
      .put("intensification.plotRatioBefore", "pr_before")
      .put("intensification.plotRatioAfter", "pr_after")
      .put("intensification.undergroundBeforeM2", "ug_before_m2")
      .put("intensification.undergroundAfterM2", "ug_after_m2")
      .put("greenSpace.attachedGreenCutM2", "green_cut_m2")
      .put("greenSpace.greenAddedInParkM2", "green_added_m2")
      .put("rooftopGreenAreaM2", "rooftop_green_m2")
      .put("plotRatioFloorAreaM2", "plot_ratio_floor_area_m2")
      .put("undergroundFloorAreaM2", "underground_m2")
      .put("districtId", "district_id")
      .put("parkId", "park_id")
      .put("applicationDate", "application_date")
      .buildOrThrow();

  /** The by-use floor areas, named with the use code in brackets ({@code aboveGroundFloorAreaM2[生产]}). */
  private static final String FLOOR_AREAS = "aboveGroundFloorAreaM2";

  /** The RecordError template after the code's name, or empty for a problem told only in {@link #problem}. */
  private final String name;
  /** The template's arguments after the locator's place. */
  @SuppressWarnings("serial") // an immutable List.copyOf of strings, serialisable
  private final List<String> arguments;

  /** What kind of problem, for the error row. */
  private final RecordError.Code code;

  /**
   * The parcel's id, kept for {@link #parcelId()} (and serialised with the exception).
   */
  private final String parcelId;
  /**
   * The field at fault, kept for {@link #field()} (and serialised with the exception).
   */
  private final String field;
  /**
   * What is wrong with the field, kept for {@link #problem()} (and serialised with the exception).
   */
  private final String problem;

  /**
   * A problem of kind {@code code} with {@code field} of the parcel {@code parcelId}.
   *
   * @param code what kind of problem
   * @param parcelId the parcel's id
   * @param field the fact, by its name in {@link Parcel}
   * @param problem what is wrong, following the field's name
   */
  public InvalidParcelException(RecordError.Code code, String parcelId, String field, String problem) {
    this(code, parcelId, field, problem, "", List.of());
  }

  /**
   * A problem told by the template {@code code.name} of {@link RecordError}, whose place {@code {0}} is left for a
   * reader's locator and the others take {@code arguments}; {@code problem} is its English text.
   *
   * @param code what kind of problem
   * @param parcelId the parcel's id
   * @param field the field at fault
   * @param problem the problem in English, without the parcel and field
   * @param name the template's name after the code's, such as {@code positive}
   * @param arguments the facts for the template's places {@code {1}}, {@code {2}}, ...
   */
  public InvalidParcelException(RecordError.Code code, String parcelId, String field, String problem, String name,
      List<String> arguments) {
    super("parcel " + checkNotNull(parcelId, "InvalidParcelException.parcelId")
        + ", field " + checkNotNull(field, "InvalidParcelException.field")
        + ": " + checkNotNull(problem, "InvalidParcelException.problem"));
    this.code = checkNotNull(code, "InvalidParcelException.code");
    this.parcelId = parcelId;
    this.field = field;
    this.problem = problem;
    this.name = name;
    this.arguments = List.copyOf(arguments);
  }

  /**
   * What kind of problem this is.
   *
   * @return the code of the error row it becomes
   */
  public RecordError.Code code() {
    return code;
  }

  /**
   * The parcel's id as given, or {@code "(no id)"} when the id itself is missing.
   *
   * @return the parcel's id, never null
   */
  public String parcelId() {
    return parcelId;
  }

  /**
   * The field at fault, by its name in {@link Parcel} (such as {@code lease.termYears}).
   *
   * @return the model's name for the field
   */
  public String field() {
    return field;
  }

  /**
   * The field at fault by the name GIS files and facts files give it (docs/input-format.md), such as
   * {@code lease_term_years} for {@code lease.termYears} and {@code floor_areas_m2[生产]} for
   * {@code aboveGroundFloorAreaM2[生产]}; {@link #field()} where the model's name is the file's, or the fact has no
   * attribute of its own.
   *
   * @return the input's name for the field, as an error row written for a file's author names it
   */
  public String inputField() {
    if (field.startsWith(FLOOR_AREAS)) {
      return "floor_areas_m2" + field.substring(FLOOR_AREAS.length());
    }
    return INPUT_FIELDS.getOrDefault(field, field);
  }

  /**
   * What is wrong with the field, without the parcel and field names.
   *
   * @return the problem, in plain words
   */
  public String problem() {
    return problem;
  }

  /**
   * This problem as an error row.
   *
   * @return an error naming the parcel, the field as inputs name it ({@link #inputField()}) and the problem, for a
   *     batch's output
   */
  public RecordError toRecordError() {
    if (name.isEmpty()) {
      return RecordError.of(code, parcelId, field, problem);
    }
    List<String> all = new ArrayList<>(arguments.size() + 1);
    all.add("");
    all.addAll(arguments);
    return RecordError.of(code, parcelId, field, name, all);
  }
}
