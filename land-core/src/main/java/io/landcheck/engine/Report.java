package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkField;

import com.google.common.collect.ImmutableList;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of checking one parcel against one policy pack: the overall verdict, the worst of its rules, and every
 * rule's result. A parcel whose record is bad data gets verdict {@link Verdict#ERROR} and the errors instead.
 *
 * <p>{@link #toJson()} gives the documented, stable JSON form (docs/report-format.md).
 *
 * @param parcelId the parcel's id, or the record's locator when it has none
 * @param packId the policy pack's id
 * @param checkDate the date the parcel was judged for; empty only in an error report of a parcel that had no date to
 *     be judged on
 * @param packInForce whether the pack was in force on that date; if not, no rule judged the parcel
 * @param verdict the overall verdict
 * @param results every rule's result, in pack order
 * @param errors what is wrong with the record, for {@link Verdict#ERROR}; otherwise empty
 * @param floorAreas the parcel's floor areas by use class, when the record was good
 * @param remedyPlan for a {@link Verdict#NON_COMPLIANT} parcel, the smallest change of floor areas by use class and
 *     lease term that makes it comply with every rule at once, or why there is none ({@link RemedyPlan}); empty for
 *     any other verdict
 * @since 0.1
 */
public record Report(
    String parcelId,
    String packId,
    Optional<LocalDate> checkDate,
    boolean packInForce,
    Verdict verdict,
    List<RuleResult> results,
    List<RecordError> errors,
    Optional<FloorAreaSummary> floorAreas,
    Optional<RemedyPlan> remedyPlan) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param parcelId the parcel's id, or the record's locator when it has none; not null
   * @param packId the policy pack's id; not null
   * @param checkDate the date the parcel was judged for; empty only in an error report of a parcel that had no date to
   *     be judged on; not null
   * @param packInForce whether the pack was in force on that date; if not, no rule judged the parcel
   * @param verdict the overall verdict; not null
   * @param results every rule's result, in pack order; not null
   * @param errors what is wrong with the record, for {@link Verdict#ERROR}; otherwise empty; not null
   * @param floorAreas the parcel's floor areas by use class, when the record was good; not null
   * @param remedyPlan for a {@link Verdict#NON_COMPLIANT} parcel, the smallest change of floor areas by use class and
   *     lease term that makes it comply with every rule at once, or why there is none; empty for any other verdict,
   *     and may be empty for a non-compliant one; not null
   */
  public Report {
    checkNotNull(parcelId, "Report.parcelId");
    checkNotNull(packId, "Report.packId");
    checkNotNull(checkDate, "Report.checkDate");
    checkNotNull(verdict, "Report.verdict");
    checkNotNull(results, "Report.results");
    checkNotNull(errors, "Report.errors");
    checkNotNull(floorAreas, "Report.floorAreas");
    checkNotNull(remedyPlan, "Report.remedyPlan");
    results = ImmutableList.copyOf(results);
    errors = ImmutableList.copyOf(errors);
    checkField(errors.isEmpty() == (verdict != Verdict.ERROR), "Report", "verdict",
        "must be ERROR if and only if there are errors; report %s has verdict %s and %s errors", parcelId, verdict,
        errors.size());
    checkField(checkDate.isPresent() || verdict == Verdict.ERROR, "Report", "checkDate",
        "must be present in a judged report; report %s has verdict %s", parcelId, verdict);
    checkField(remedyPlan.isEmpty() || verdict == Verdict.NON_COMPLIANT, "Report", "remedyPlan",
        "is only for a non-compliant parcel; report %s has verdict %s", parcelId, verdict);
  }

  /** The report of a parcel the rules judged; its verdict is the worst of theirs ({@code NOT_APPLICABLE} if none). */
  static Report judged(
      String parcelId, String packId, LocalDate checkDate, boolean packInForce, List<RuleResult> results,
      FloorAreaSummary floorAreas) {
    Verdict verdict = Verdict.NOT_APPLICABLE;
    for (RuleResult r : results) {
      verdict = verdict.worst(r.verdict());
    }
    return new Report(parcelId, packId, Optional.of(checkDate), packInForce, verdict, results, List.of(),
        Optional.of(floorAreas), Optional.empty());
  }

  /** This report with the rules' results, their options marked, and the remedy plan. */
  Report withRemedies(List<RuleResult> results, RemedyPlan plan) {
    return new Report(parcelId, packId, checkDate, packInForce, verdict, results, errors, floorAreas,
        Optional.of(plan));
  }

  /**
   * The report of a record that could not be judged because its data is bad. Readers use it to put a bad record in
   * a batch's output in its place.
   *
   * @param recordId the parcel's id, or the record's locator (such as {@code parcels.gpkg#17}) when it has none
   * @param packId the id of the pack the record was to be judged by
   * @param checkDate the date the record was to be judged on
   * @param errors what is wrong with the record, each naming the field; at least one
   * @return a report with the verdict {@link Verdict#ERROR}, no rule results and no floor areas
   */
  public static Report error(String recordId, String packId, LocalDate checkDate, List<RecordError> errors) {
    return error(recordId, packId, Optional.of(checkNotNull(checkDate, "Report.checkDate")), errors);
  }

  /**
   * The report of a record that could not be judged because its data is bad, with the date it was to be judged on if
   * one was known (a parcel with no application date, checked by a checker without a date, has none).
   *
   * @param recordId the parcel's id, or the record's locator (such as {@code parcels.gpkg#17}) when it has none
   * @param packId the id of the pack the record was to be judged by
   * @param checkDate the date the record was to be judged on; empty when it had none
   * @param errors what is wrong with the record, each naming the field; at least one
   * @return a report with the verdict {@link Verdict#ERROR}, no rule results and no floor areas
   */
  public static Report error(String recordId, String packId, Optional<LocalDate> checkDate, List<RecordError> errors) {
    checkNotNull(errors, "Report.errors");
    checkField(!errors.isEmpty(), "Report", "errors", "must not be empty in an error report; report %s has none",
        recordId);
    return new Report(recordId, packId, checkDate, true, Verdict.ERROR, List.of(), errors, Optional.empty(),
        Optional.empty());
  }

  /**
   * The result of the rule with this id, if the pack has that rule.
   *
   * @param ruleId the rule's stable id, such as {@code lease-term}
   * @return that rule's result; empty when the pack has no such rule or the report is an error report
   */
  public Optional<RuleResult> result(RuleId ruleId) {
    return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * The parcel's plot ratio (容积率), when its site area and floor areas are known.
   *
   * @return 计容建筑面积 over the site area, unrounded; empty when either is unknown, or when this is an error report (no
   *     floor areas)
   */
  public OptionalDouble plotRatio() {
    return floorAreas.map(FloorAreaSummary::plotRatio).orElse(OptionalDouble.empty());
  }

  /**
   * The results with this verdict.
   *
   * @param verdict the verdict to select
   * @return those results in pack order; an empty list when none has it
   */
  public List<RuleResult> resultsWith(Verdict verdict) {
    return results.stream().filter(r -> r.verdict() == verdict).collect(ImmutableList.toImmutableList());
  }

  /**
   * This report as JSON, in the schema of docs/report-format.md.
   *
   * @return the report as one JSON object
   */
  public String toJson() {
    return ReportJson.toJson(this);
  }

  /**
   * Writes this report's fields, those of {@link #toJson()} in the same order, as the members of a JSON object without
   * its braces: {@code "schemaVersion":2,"parcelId":...}, compact and in UTF-8. For writers that put reports into a
   * larger document, such as a batch report's rows, without writing and reparsing the text: the caller writes the
   * object's braces, and the commas between these members and any of its own around them.
   *
   * @param out where the members go; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public void writeJsonFields(OutputStream out) throws IOException {
    ReportJson.writeFields(this, out);
  }
}
