package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.engine.RuleId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The totals of a {@link PolicyDiff}: how many records were read, how many parcels change, and how, per rule and per
 * park (园区).
 *
 * @param read the records read (the same on both sides)
 * @param changed the parcels whose verdict or some rule's verdict or determination changes
 * @param newlyNonCompliant the parcels non-compliant after and not before
 * @param noLongerNonCompliant the parcels non-compliant before and not after
 * @param byRule per rule whose result changes for some parcel, the most changed first
 * @param byPark per park, in park id order, parcels without a park last: every park of the batch, changed or not
 * @param elapsed the time both checks took
 * @since 0.1
 */
public record DiffSummary(
    long read, long changed, long newlyNonCompliant, long noLongerNonCompliant, List<RuleCount> byRule,
    List<ParkCount> byPark, Duration elapsed) {

  /**
   * Checks the components: a null list or duration throws a {@code NullPointerException} naming it.
   *
   * @param read the records read (the same on both sides)
   * @param changed the parcels whose verdict or some rule's verdict or determination changes
   * @param newlyNonCompliant the parcels non-compliant after and not before
   * @param noLongerNonCompliant the parcels non-compliant before and not after
   * @param byRule per rule whose result changes for some parcel, the most changed first; copied; not null
   * @param byPark per park, in park id order, parcels without a park last; copied; not null
   * @param elapsed the time both checks took; not null
   */
  public DiffSummary {
    byRule = List.copyOf(checkNotNull(byRule, "DiffSummary.byRule"));
    byPark = List.copyOf(checkNotNull(byPark, "DiffSummary.byPark"));
    checkNotNull(elapsed, "DiffSummary.elapsed");
  }

  /**
   * How one rule's results change.
   *
   * @param rule the rule's id
   * @param changed the parcels whose verdict or determination of it changes
   * @param newlyNonCompliant the parcels that fail it after and did not before
   * @param noLongerNonCompliant the parcels that failed it before and do not after
   */
  public record RuleCount(RuleId rule, long changed, long newlyNonCompliant, long noLongerNonCompliant) {}

  /**
   * How one park's parcels change.
   *
   * @param parkId the park, or empty for the records that name none
   * @param parcels its records
   * @param changed its parcels that change
   * @param newlyNonCompliant its parcels non-compliant after and not before
   * @param noLongerNonCompliant its parcels non-compliant before and not after
   */
  public record ParkCount(
      Optional<String> parkId, long parcels, long changed, long newlyNonCompliant, long noLongerNonCompliant) {}
}
