package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.RemedyPlan;
import io.landcheck.RuleId;
import io.landcheck.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A parcel whose verdict, or some rule's verdict or determination, changes between the two sides of a
 * {@link PolicyDiff}: the pack (or date) before and the one after.
 *
 * @param index the record's place in the batch, from 0
 * @param locator where the record came from
 * @param parcelId the parcel id, or the locator for a record without one
 * @param parkId the park (园区), if known
 * @param districtId the district (区), if known
 * @param before the overall verdict before
 * @param after the overall verdict after
 * @param plotRatio the plot ratio (容积率) after, when known
 * @param rules the rules whose verdict or determination changes, in the after pack's order (then rules only before)
 * @param planAfter the remedy plan after, for a parcel non-compliant after: what it must change to comply then
 */
public record ParcelChange(
    long index, String locator, String parcelId, Optional<String> parkId, Optional<String> districtId, Verdict before,
    Verdict after, OptionalDouble plotRatio, List<RuleChange> rules, Optional<RemedyPlan> planAfter) {

  public ParcelChange {
    checkNotNull(locator, "ParcelChange.locator");
    checkNotNull(parcelId, "ParcelChange.parcelId");
    checkNotNull(parkId, "ParcelChange.parkId");
    checkNotNull(districtId, "ParcelChange.districtId");
    checkNotNull(before, "ParcelChange.before");
    checkNotNull(after, "ParcelChange.after");
    checkNotNull(plotRatio, "ParcelChange.plotRatio");
    rules = List.copyOf(checkNotNull(rules, "ParcelChange.rules"));
    checkNotNull(planAfter, "ParcelChange.planAfter");
  }

  /** Whether the parcel is non-compliant after and was not before: what a stricter pack turns non-compliant. */
  public boolean newlyNonCompliant() {
    return after == Verdict.NON_COMPLIANT && before != Verdict.NON_COMPLIANT;
  }

  /** Whether the parcel was non-compliant before and is not after. */
  public boolean noLongerNonCompliant() {
    return before == Verdict.NON_COMPLIANT && after != Verdict.NON_COMPLIANT;
  }

  /**
   * One rule's result before and after, for a rule whose verdict or determination changes.
   *
   * @param rule the rule's id
   * @param before its verdict before; empty if the pack before has no such rule (or the record was in error)
   * @param after its verdict after; empty likewise
   * @param measuredBefore the value it measured before, if any
   * @param measuredAfter the value it measured after, if any
   * @param limitBefore the limit it held the parcel to before, if any
   * @param limitAfter the limit it held the parcel to after, if any
   * @param unit the unit of the figures ({@code ratio}, {@code share}, {@code years}, {@code m2}), if any
   * @param determinationBefore a finding beyond the verdict before ({@code DUE}, {@code ELIGIBLE} …), if any
   * @param determinationAfter the same after
   */
  public record RuleChange(
      RuleId rule, Optional<Verdict> before, Optional<Verdict> after, OptionalDouble measuredBefore,
      OptionalDouble measuredAfter, OptionalDouble limitBefore, OptionalDouble limitAfter, Optional<String> unit,
      Optional<String> determinationBefore, Optional<String> determinationAfter) {

    public RuleChange {
      checkNotNull(rule, "RuleChange.rule");
      checkNotNull(before, "RuleChange.before");
      checkNotNull(after, "RuleChange.after");
      checkNotNull(measuredBefore, "RuleChange.measuredBefore");
      checkNotNull(measuredAfter, "RuleChange.measuredAfter");
      checkNotNull(limitBefore, "RuleChange.limitBefore");
      checkNotNull(limitAfter, "RuleChange.limitAfter");
      checkNotNull(unit, "RuleChange.unit");
      checkNotNull(determinationBefore, "RuleChange.determinationBefore");
      checkNotNull(determinationAfter, "RuleChange.determinationAfter");
    }

    /** Whether the rule fails after and did not before. */
    public boolean newlyNonCompliant() {
      return after.equals(Optional.of(Verdict.NON_COMPLIANT)) && !before.equals(Optional.of(Verdict.NON_COMPLIANT));
    }

    /** Whether the rule failed before and does not after. */
    public boolean noLongerNonCompliant() {
      return before.equals(Optional.of(Verdict.NON_COMPLIANT)) && !after.equals(Optional.of(Verdict.NON_COMPLIANT));
    }
  }
}
