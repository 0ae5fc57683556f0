package io.landcheck;

import com.google.common.collect.ImmutableList;

/**
 * One clause of a policy, turned into a verdict on one parcel.
 *
 * <p>A rule holds no numbers of its own: it reads them from the {@link Parameters} in force, which the pack file
 * supplies. The built-in rules are in {@code io.landcheck.rules}, one class each beside the clause it implements;
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
  default ImmutableList<Double> limits(RuleContext context, String unit) {
    return ImmutableList.of();
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
