package io.landcheck;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.Checks.checkNonNegative;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link Rule} judges: the parcel, its floor areas classified by the pack, the check date, and the rule's
 * parameters in force.
 *
 * @param parcel the parcel's facts
 * @param floorAreas the parcel's floor areas by use class
 * @param checkDate the date the check is made for (the application date)
 * @param versions every version of the rule's parameters, oldest first
 * @param tolerance the pack's tolerance for comparing ratios and shares with their limits
 */
public record RuleContext(
    Parcel parcel, FloorAreaSummary floorAreas, LocalDate checkDate, ImmutableList<Parameters> versions, double tolerance) {

  public RuleContext {
    checkNotNull(parcel, "RuleContext.parcel");
    checkNotNull(floorAreas, "RuleContext.floorAreas");
    checkNotNull(checkDate, "RuleContext.checkDate");
    checkNotNull(versions, "RuleContext.versions");
    checkNonNegative(tolerance, "RuleContext", "tolerance");
  }

  /** The parameters in force on the check date, if the rule was in force then. */
  public Optional<Parameters> parameters() {
    return parametersOn(checkDate);
  }

  /** The parameters in force on {@code date}: the latest version that took effect on or before it. */
  public Optional<Parameters> parametersOn(LocalDate date) {
    return Parameters.inForce(versions, date);
  }

  /** Whether {@code measured} is at least {@code floor}, within the tolerance. */
  public boolean atLeast(double measured, double floor) {
    return measured >= floor - tolerance;
  }

  /** Whether {@code measured} is at most {@code ceiling}, within the tolerance. */
  public boolean atMost(double measured, double ceiling) {
    return measured <= ceiling + tolerance;
  }
}
