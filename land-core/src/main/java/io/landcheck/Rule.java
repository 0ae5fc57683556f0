package io.landcheck;

/**
 * One clause of a policy, turned into a verdict on one parcel.
 *
 * <p>A rule holds no numbers of its own: it reads them from the {@link Parameters} in force, which the pack file
 * supplies. The built-in rules are in {@code io.landcheck.rules}, one class each beside the clause it implements;
 * a bureau adds its own by implementing this interface and naming its kind when loading a pack
 * ({@link PolicyPacks#load(java.nio.file.Path, java.util.Map)}). Implementations must be immutable and thread-safe.
 */
public interface Rule {

  /** The rule's stable id. */
  RuleId id();

  /** The clause the rule implements. */
  Citation citation();

  /** Judges the parcel in {@code context}, with the parameters in force on the check date. Never throws for bad data. */
  RuleResult evaluate(RuleContext context);

  /**
   * Fails, with a message naming the parameter, if {@code parameters} lack what this rule needs. Called for every
   * version of the rule's parameters when a pack is loaded, so a broken pack fails at load time, not mid-batch.
   *
   * <p>The built-in rules read every parameter they use here, and the loader refuses a parameter they did not read
   * (a misspelt name). Parameters of a rule of the caller's own are checked only by its {@code validate}.
   */
  default void validate(Parameters parameters) {}
}
