package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.BatchResult;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The totals of a batch, known after its last row.
 *
 * <p>Every record read is counted under exactly one overall verdict (the worst of its rules, 最不利结论), so
 * {@code read == compliant + nonCompliant + notApplicable + insufficientData + errors} always holds. A parcel whose
 * worst result is {@link Verdict#INSUFFICIENT_DATA} (a fact a rule needs is missing, and no rule failed) is counted
 * under {@code insufficientData}, neither compliant nor non-compliant.
 *
 * @param read records read, good and bad
 * @param compliant parcels whose overall verdict is {@link Verdict#COMPLIANT}
 * @param nonCompliant parcels whose overall verdict is {@link Verdict#NON_COMPLIANT}
 * @param notApplicable parcels no rule applied to
 * @param insufficientData parcels whose worst result is {@link Verdict#INSUFFICIENT_DATA}
 * @param errors records that could not be read, measured or checked ({@link Verdict#ERROR})
 * @param withWarnings rows that carry warnings (counted under their verdict as well)
 * @param nonCompliantByRule for each rule with a failure, the number of parcels that fail it, most first
 * @param scorecard the park scorecard (园区评价, 六(二)), parks in id order, parcels without a park last
 * @param batchResults the result of each batch rule of the pack over the batch, in pack order (the Shanghai pack's
 *     green-space balance, 五(四)); empty for a pack without batch rules
 * @param elapsed wall-clock time of the batch
 * @param repaired records with an invalid polygon repaired on request ({@code --repair}), judged with a warning or
 *     not judged because the repair changed the area too much (counted under their verdict as well)
 * @param buildingsByLocation buildings without parcel_id placed on a judged parcel by location ({@code
 *     --assign-buildings by-location}): the parcels' {@code ASSIGNED_BY_LOCATION} warnings, so a building split across
 *     parcels counts once on each
 * @param buildingsUnplaced buildings without parcel_id placed on no parcel by location, each an ERROR row ({@code
 *     BUILDING_UNPLACED}, counted under {@code errors} as well)
 * @since 0.1
 */
public record BatchSummary(
    long read,
    long compliant,
    long nonCompliant,
    long notApplicable,
    long insufficientData,
    long errors,
    long withWarnings,
    Map<RuleId, Long> nonCompliantByRule,
    List<ParkScore> scorecard,
    List<BatchResult> batchResults,
    Duration elapsed,
    long repaired,
    long buildingsByLocation,
    long buildingsUnplaced) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code IllegalArgumentException} naming it.
   *
   * @param read records read, good and bad; must equal the sum of the five verdict counts
   * @param compliant parcels whose overall verdict is {@link Verdict#COMPLIANT}
   * @param nonCompliant parcels whose overall verdict is {@link Verdict#NON_COMPLIANT}
   * @param notApplicable parcels no rule applied to
   * @param insufficientData parcels whose worst result is {@link Verdict#INSUFFICIENT_DATA}
   * @param errors records that could not be read, measured or checked ({@link Verdict#ERROR})
   * @param withWarnings rows that carry warnings (counted under their verdict as well)
   * @param nonCompliantByRule for each rule with a failure, the number of parcels that fail it, most first; not null
   * @param scorecard the park scorecard (园区评价, 六(二)), parks in id order, parcels without a park last; not null
   * @param batchResults the result of each batch rule of the pack over the batch, in pack order; not null
   * @param elapsed wall-clock time of the batch; not null
   * @param repaired records with an invalid polygon repaired on request, from 0 to {@code read}
   * @param buildingsByLocation buildings placed on a judged parcel by location, 0 or more
   * @param buildingsUnplaced buildings placed on no parcel by location, from 0 to {@code errors}
   */
  public BatchSummary {
    checkArgument(read == compliant + nonCompliant + notApplicable + insufficientData + errors,
        "BatchSummary.read must equal the sum of the verdict counts (%s), was %s",
        compliant + nonCompliant + notApplicable + insufficientData + errors, read);
    checkNotNull(nonCompliantByRule, "BatchSummary.nonCompliantByRule");
    checkNotNull(scorecard, "BatchSummary.scorecard");
    nonCompliantByRule = ImmutableMap.copyOf(nonCompliantByRule);
    scorecard = ImmutableList.copyOf(scorecard);
    checkNotNull(batchResults, "BatchSummary.batchResults");
    batchResults = ImmutableList.copyOf(batchResults);
    checkNotNull(elapsed, "BatchSummary.elapsed");
    checkArgument(repaired >= 0 && repaired <= read, "BatchSummary.repaired must be from 0 to read (%s), was %s", read,
        repaired);
    checkArgument(buildingsByLocation >= 0, "BatchSummary.buildingsByLocation must be >= 0, was %s",
        buildingsByLocation);
    checkArgument(buildingsUnplaced >= 0 && buildingsUnplaced <= errors,
        "BatchSummary.buildingsUnplaced must be from 0 to errors (%s), was %s", errors, buildingsUnplaced);
  }

  /**
   * The count of records with this overall verdict.
   *
   * @param verdict an overall verdict
   * @return the number of records whose overall verdict it is
   */
  public long count(Verdict verdict) {
    return switch (verdict) {
      case COMPLIANT -> compliant;
      case NON_COMPLIANT -> nonCompliant;
      case NOT_APPLICABLE -> notApplicable;
      case INSUFFICIENT_DATA -> insufficientData;
      case ERROR -> errors;
    };
  }

  /**
   * Records per second over the whole batch.
   *
   * @return records read per second of wall-clock time
   */
  public double recordsPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return read / seconds;
  }

  /**
   * The batch rules that fail over the batch, such as a green-space balance that leaves a cut not made up.
   *
   * @return the results whose verdict is {@link Verdict#NON_COMPLIANT}, in pack order; empty when every batch rule
   *     is met, or the pack has none
   */
  public List<BatchResult> failedBatchResults() {
    return batchResults.stream().filter(r -> r.verdict() == Verdict.NON_COMPLIANT).toList();
  }
}
