package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkNonNegative;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Rule} judges: the parcel, its floor areas classified by the pack, the check date, and the rule's
 * parameters in force.
 *
 * <p>A rule names a missing fact ({@link Verdict#INSUFFICIENT_DATA}) only when some value of it could change the
 * verdict. For the one fact that changes how floor areas are classified, the land use (用地性质: 研发 is the principal
 * use on general R&amp;D land, another industrial use on industrial land), the context holds the floor areas as
 * classified on every land use the parcel may have, so a rule can judge a parcel whose land use is not given under
 * each of them ({@link #possibleLandUses()}, {@link #floorAreasOn(LandUse)}).
 *
 * @param parcel the parcel's facts
 * @param floorAreas the parcel's floor areas by use class (on its land use; on industrial land when it has none)
 * @param checkDate the date the check is made for (the application date)
 * @param versions every version of the rule's parameters, oldest first
 * @param tolerance the pack's tolerance for comparing ratios and shares with their limits
 * @param floorAreasByLandUse the parcel's floor areas as classified on each land use it may have: its own land use
 *     alone when it has one, else every land use the pack judges; must hold the parcel's land use when it has one
 * @since 0.1
 */
public record RuleContext(
    Parcel parcel, FloorAreaSummary floorAreas, LocalDate checkDate, List<Parameters> versions, double tolerance,
    Map<LandUse, FloorAreaSummary> floorAreasByLandUse) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param parcel the parcel's facts; not null
   * @param floorAreas the parcel's floor areas by use class (on its land use; on industrial land when it has none); not
   *     null
   * @param checkDate the date the check is made for (the application date); not null
   * @param versions every version of the rule's parameters, oldest first; not null
   * @param tolerance the pack's tolerance for comparing ratios and shares with their limits; finite and at least 0
   * @param floorAreasByLandUse the parcel's floor areas as classified on each land use it may have: its own land use
   *     alone when it has one, else every land use the pack judges; must hold the parcel's land use when it has one;
   *     not null
   */
  public RuleContext {
    checkNotNull(parcel, "RuleContext.parcel");
    checkNotNull(floorAreas, "RuleContext.floorAreas");
    checkNotNull(checkDate, "RuleContext.checkDate");
    checkNotNull(versions, "RuleContext.versions");
    checkNonNegative(tolerance, "RuleContext", "tolerance");
    checkNotNull(floorAreasByLandUse, "RuleContext.floorAreasByLandUse");
    versions = ImmutableList.copyOf(versions);
    floorAreasByLandUse = ImmutableMap.copyOf(floorAreasByLandUse);
    checkArgument(parcel.landUse().isEmpty() || floorAreasByLandUse.containsKey(parcel.landUse().get()),
        "RuleContext.floorAreasByLandUse must hold the parcel's land use %s, has %s", parcel.landUse(),
        floorAreasByLandUse.keySet());
  }

  /**
   * A context for a parcel judged with one classification of its floor areas: on its land use, or, when it has none,
   * with no land use to try (a rule then names the land use as missing wherever it matters).
   *
   * @param parcel the parcel's facts
   * @param floorAreas its floor areas by use class on its land use (on industrial land when it has none)
   * @param checkDate the date the parcel is judged for
   * @param versions every version of the rule's parameters, oldest first
   * @param tolerance the pack's tolerance for ratios and shares
   */
  public RuleContext(
      Parcel parcel, FloorAreaSummary floorAreas, LocalDate checkDate, List<Parameters> versions,
      double tolerance) {
    this(parcel, floorAreas, checkDate, versions, tolerance,
        parcel == null || floorAreas == null || parcel.landUse().isEmpty()
            ? ImmutableMap.of() : ImmutableMap.of(parcel.landUse().get(), floorAreas));
  }

  /**
   * The land uses the parcel may have: its own when it is given, else every land use the pack judges (the keys of
   * {@link #floorAreasByLandUse}), in pack order.
   *
   * @return the land uses; an immutable set
   */
  public Set<LandUse> possibleLandUses() {
    return parcel.landUse().isPresent() ? Set.of(parcel.landUse().get()) : floorAreasByLandUse.keySet();
  }

  /**
   * The parcel's floor areas as classified on {@code landUse}, one of {@link #possibleLandUses()}.
   *
   * @param landUse one of the possible land uses
   * @return the floor areas by use class on that land use
   * @throws IllegalArgumentException if the parcel may not have that land use
   */
  public FloorAreaSummary floorAreasOn(LandUse landUse) {
    FloorAreaSummary areas = floorAreasByLandUse.get(checkNotNull(landUse, "RuleContext.floorAreasOn(landUse)"));
    checkArgument(areas != null && possibleLandUses().contains(landUse),
        "RuleContext.floorAreasOn: the parcel may not have land use %s; it may have %s", landUse, possibleLandUses());
    return areas;
  }

  /**
   * The parameters in force on the check date, if the rule was in force then.
   *
   * @return the parameters; empty when the rule was not in force on the check date
   */
  public Optional<Parameters> parameters() {
    return parametersOn(checkDate);
  }

  /**
   * The parameters in force on {@code date}: the latest version that took effect on or before it.
   *
   * @param date a date, such as the lease's grant date
   * @return the parameters; empty when the rule was not in force then
   */
  public Optional<Parameters> parametersOn(LocalDate date) {
    return Parameters.inForce(versions, date);
  }

  /**
   * Whether {@code measured} is at least {@code floor}, within the tolerance.
   *
   * @param measured the parcel's figure
   * @param floor the lowest value allowed, in the same unit
   * @return true when {@code measured} is at least {@code floor}, or below it by no more than the pack's tolerance
   */
  public boolean atLeast(double measured, double floor) {
    return measured >= floor - tolerance;
  }

  /**
   * Whether {@code measured} is at most {@code ceiling}, within the tolerance.
   *
   * @param measured the parcel's figure
   * @param ceiling the highest value allowed, in the same unit
   * @return true when {@code measured} is at most {@code ceiling}, or above it by no more than the pack's tolerance
   */
  public boolean atMost(double measured, double ceiling) {
    return measured <= ceiling + tolerance;
  }
}
