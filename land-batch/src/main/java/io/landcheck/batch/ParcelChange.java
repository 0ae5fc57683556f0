package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.Verdict;
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
 * @param planAfter the remedy plan after, for a parcel non-compliant after: what it must change to comply then;
 *     empty for any other parcel
 * @since 0.1
 */
public record ParcelChange(
    long index, String locator, String parcelId, Optional<String> parkId, Optional<String> districtId, Verdict before,
    Verdict after, OptionalDouble plotRatio, List<RuleChange> rules, Optional<RemedyPlan> planAfter) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it.
   *
   * @param index the record's place in the batch, from 0
   * @param locator where the record came from, such as {@code parcels.gpkg#17}; not null
   * @param parcelId the parcel id, or the locator for a record without one; not null
   * @param parkId the park (园区); empty when the record names none; not null
   * @param districtId the district (区); empty when the record names none; not null
   * @param before the overall verdict before; not null
   * @param after the overall verdict after; not null
   * @param plotRatio the plot ratio (容积率, 计容建筑面积 over the site area) after; empty when unknown; not null
   * @param rules the rules whose verdict or determination changes, in the after pack's order (then rules only
   *     before); copied; not null
   * @param planAfter the remedy plan after, for a parcel non-compliant after; empty for any other; not null
   */
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

  /**
   * Whether the parcel is non-compliant after and was not before: what a stricter pack turns non-compliant.
   *
   * @return true when the verdict after is {@code NON_COMPLIANT} and the verdict before is not
   */
  public boolean newlyNonCompliant() {
    return after == Verdict.NON_COMPLIANT && before != Verdict.NON_COMPLIANT;
  }

  /**
   * Whether the parcel was non-compliant before and is not after.
   *
   * @return true when the verdict before is {@code NON_COMPLIANT} and the verdict after is not
   */
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

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it.
     *
     * @param rule the rule's id; not null
     * @param before its verdict before; empty if the pack before has no such rule (or the record was in error)
     * @param after its verdict after; empty likewise
     * @param measuredBefore the value it measured before, in {@code unit}; empty if none
     * @param measuredAfter the value it measured after, in {@code unit}; empty if none
     * @param limitBefore the limit it held the parcel to before, in {@code unit}; empty if none
     * @param limitAfter the limit it held the parcel to after, in {@code unit}; empty if none
     * @param unit the unit of the figures ({@code ratio}, {@code share}, {@code years}, {@code m2}); empty if none
     * @param determinationBefore a finding beyond the verdict before ({@code DUE}, {@code ELIGIBLE} …); empty if none
     * @param determinationAfter the same after; empty if none
     */
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

    /**
     * Whether the rule fails after and did not before.
     *
     * @return true when its verdict after is {@code NON_COMPLIANT} and its verdict before is not (or was absent)
     */
    public boolean newlyNonCompliant() {
      return after.equals(Optional.of(Verdict.NON_COMPLIANT)) && !before.equals(Optional.of(Verdict.NON_COMPLIANT));
    }

    /**
     * Whether the rule failed before and does not after.
     *
     * @return true when its verdict before is {@code NON_COMPLIANT} and its verdict after is not (or is absent)
     */
    public boolean noLongerNonCompliant() {
      return before.equals(Optional.of(Verdict.NON_COMPLIANT)) && !after.equals(Optional.of(Verdict.NON_COMPLIANT));
    }
  }
}
