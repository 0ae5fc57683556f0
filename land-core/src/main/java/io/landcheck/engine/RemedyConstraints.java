package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.model.UseClass;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a rule requires of the changes an applicant can make to a parcel for it to comply, stated for the remedy
 * planner ({@link Rule#remedyConstraints(RuleContext)}): conditions on the above-ground floor area added or cut per
 * {@link UseClass} ({@link FloorAreaConstraint}, linear in those changes), and the longest lease term (出让年限).
 *
 * <p>These are the only levers the planner moves: floor areas by use class and the lease term. A rule whose verdict
 * neither changes ({@link #none()}: the land price, a split transfer, rooftop greening) cannot be fixed by a plan, and
 * a parcel it fails gets no plan, only the rule named. The conditions hold the rule to its limit exactly, without the
 * pack's tolerance.
 *
 * @param floorAreas the conditions on the changes in floor area, all of which must hold; empty if the rule sets none
 * @param maxLeaseTermYears the longest lease term the rule allows this parcel, in years; empty when the rule does not
 *     limit the term
 * @since 0.1
 */
public record RemedyConstraints(List<FloorAreaConstraint> floorAreas, OptionalInt maxLeaseTermYears) {

  private static final RemedyConstraints NONE = new RemedyConstraints(List.of(), OptionalInt.empty());

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and a term below one
   * year an {@code IllegalArgumentException} naming it.
   *
   * @param floorAreas the conditions on the changes in floor area, all of which must hold; empty if the rule sets
   *     none; copied; not null
   * @param maxLeaseTermYears the longest lease term (出让年限) the rule allows this parcel, in whole years, at least 1;
   *     empty when the rule does not limit the term; not null
   */
  public RemedyConstraints {
    checkNotNull(floorAreas, "RemedyConstraints.floorAreas");
    floorAreas = List.copyOf(floorAreas);
    checkNotNull(maxLeaseTermYears, "RemedyConstraints.maxLeaseTermYears");
    checkArgument(maxLeaseTermYears.isEmpty() || maxLeaseTermYears.getAsInt() >= 1,
        "RemedyConstraints.maxLeaseTermYears must be at least 1 year, was %s", maxLeaseTermYears);
  }

  /**
   * A rule whose verdict no change to the floor areas or the lease term changes (a land-price determination, a split
   * transfer): a parcel that fails it gets no plan.
   *
   * @return the constraints with no floor-area condition and no term limit
   */
  public static RemedyConstraints none() {
    return NONE;
  }

  /**
   * A rule that complies when every one of {@code floorAreas} holds, and that does not limit the lease term.
   *
   * @param floorAreas the conditions on the changes in above-ground floor area, m², all of which must hold
   * @return the constraints
   */
  public static RemedyConstraints of(List<FloorAreaConstraint> floorAreas) {
    return new RemedyConstraints(floorAreas, OptionalInt.empty());
  }

  /**
   * A rule that complies when every one of {@code floorAreas} holds, and that does not limit the lease term.
   *
   * @param floorAreas the conditions on the changes in above-ground floor area, m², all of which must hold
   * @return the constraints
   */
  public static RemedyConstraints of(FloorAreaConstraint... floorAreas) {
    return of(List.of(floorAreas));
  }

  /**
   * A rule that complies when the lease term (出让年限) is at most {@code years}, whatever the floor areas.
   *
   * @param years the longest lease term allowed, in whole years, at least 1
   * @return the constraints with that term limit and no floor-area condition
   */
  public static RemedyConstraints leaseTermAtMost(int years) {
    return new RemedyConstraints(List.of(), OptionalInt.of(years));
  }

  /**
   * Whether the rule sets no condition at all: no floor-area or term change moves its verdict.
   *
   * @return true when there is no floor-area condition and no term limit, as for {@link #none()}
   */
  public boolean setsNone() {
    return floorAreas.isEmpty() && maxLeaseTermYears.isEmpty();
  }
}
