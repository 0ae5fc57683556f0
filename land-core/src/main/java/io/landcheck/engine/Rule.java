package io.landcheck.engine;

import com.google.common.collect.ImmutableList;
import java.util.List;
import io.landcheck.pack.Citation;
import io.landcheck.pack.Parameters;
import java.util.Optional;

/**
 * One clause of a policy, turned into a verdict on one parcel.
 *
 * <p>A rule holds no numbers of its own: it reads them from the {@link Parameters} in force, which the pack file
 * supplies. The built-in rules are in {@code io.landcheck.pack.shanghai}, one class each beside the clause it implements;
 * a bureau adds its own by implementing this interface and naming its kind when loading a pack
 * ({@link PolicyPacks#load(java.nio.file.Path, java.util.Map)}). Implementations must be immutable and thread-safe.
 *
 * @since 0.1
 */
public interface Rule {

  /**
   * The rule's stable id.
   *
   * @return the id, such as {@code lease-term}; stable across pack versions
   */
  RuleId id();

  /**
   * The clause the rule implements.
   *
   * @return the citation of the clause
   */
  Citation citation();

  /**
   * Judges the parcel in {@code context}, with the parameters in force on the check date. Never throws for bad data.
   *
   * @param context the parcel, its floor areas, the check date and the rule's parameters
   * @return the rule's result, with {@link Verdict#INSUFFICIENT_DATA} when a fact it needs is unknown
   */
  RuleResult evaluate(RuleContext context);

  /**
   * The limits this rule holds a figure of the parcel in {@code unit} to (as {@link RuleResult#unit()} names units:
   * {@code ratio}, {@code share}, …), without judging it: every floor, cap or largest share that could apply, on each
   * land use the parcel may have. For writing that figure where the rule's result is not at hand, such as land-geo's
   * measurement explanation, with the decimals it needs beside them ({@link Decimals}). Empty by default.
   *
   * @param context the parcel and the rule's parameters
   * @param unit the figure's unit, such as {@code ratio}
   * @return the limits, in {@code unit}; an empty list when the rule holds no figure in that unit
   */
  default List<Double> limits(RuleContext context, String unit) {
    return ImmutableList.of();
  }

  /**
   * What this rule requires of the changes an applicant can make to the parcel in {@code context} for it to comply
   * with this rule: conditions on the above-ground floor area added or cut per use class, linear in those changes, and
   * the longest lease term. The remedy planner ({@link Report#remedyPlan()}) looks for the smallest change that meets
   * every rule's conditions at once; it does not derive a rule's limits on its own.
   *
   * <p>{@link RemedyConstraints#none()} says that no such change moves this rule's verdict (a land-price
   * determination, a split transfer). Empty, the default, says that the rule cannot state its conditions for this
   * parcel (a rule of your own that does not override this, or a fact the conditions need is missing): the planner
   * then makes no plan for a parcel this rule fails, naming it, and checks every plan it makes by checking the parcel
   * again with the plan applied, so a rule that states nothing is never planned around silently.
   *
   * @param context the parcel, its floor areas and the rule's parameters on the check date
   * @return the rule's conditions on the floor-area changes (m²) and lease term (years);
   *     {@link RemedyConstraints#none()} when no such change moves its verdict; empty when the rule cannot state them
   *     for this parcel
   */
  default Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    return Optional.empty();
  }

  /**
   * Fails, with a message naming the parameter, if {@code parameters} lack what this rule needs. Called for every
   * version of the rule's parameters when a pack is loaded, so a broken pack fails at load time, not mid-batch.
   *
   * <p>The built-in rules read every parameter they use here, and the loader refuses a parameter they did not read
   * (a misspelt name). Parameters of a rule of the caller's own are checked only by its {@code validate}.
   *
   * @param parameters one version of the rule's parameters, as the pack gives it
   */
  default void validate(Parameters parameters) {}
}
