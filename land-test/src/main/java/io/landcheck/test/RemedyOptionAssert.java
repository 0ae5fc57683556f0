package io.landcheck.test;

import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RuleResult;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;

/**
 * Assertions on one of a rule's remedy options ({@link RuleResult#remedyOptions()}), by number: its amount and
 * whether applying it alone leaves the parcel compliant. Get one from {@link RuleResultAssert#option}.
 *
 * @since 0.1
 */
public final class RemedyOptionAssert extends AbstractAssert<RemedyOptionAssert, RemedyOption> {

  private final RuleResult result;

  RemedyOptionAssert(RemedyOption actual, RuleResult result) {
    super(actual, RemedyOptionAssert.class);
    this.result = result;
  }

  /**
   * The option's amount, in its unit (m² or years), to assert on with AssertJ.
   *
   * @return an AssertJ assertion on the amount, described by the option's kind and rule
   */
  public AbstractDoubleAssert<?> amount() {
    isNotNull();
    return Assertions.assertThat(actual.amount()).as("amount of %s of rule %s", actual.kind(), result.ruleId());
  }

  /**
   * The option's amount is {@code expected}, within {@code offset}.
   *
   * @param expected the amount expected, in the option's unit (m² or years), worked out by hand
   * @param offset how far the amount may lie from {@code expected}, in the same unit
   * @return this assertion, to chain
   */
  public RemedyOptionAssert hasAmount(double expected, Offset<Double> offset) {
    isNotNull();
    if (Math.abs(actual.amount() - expected) > offset.value) {
      fail("to have amount " + expected + " (within " + offset.value + ")");
    }
    return this;
  }

  /**
   * Applying this option alone leaves the parcel compliant with every rule. Fails also for an option not checked so
   * ({@link RemedyOption#compliesAlone()} empty).
   *
   * @return this assertion, to chain
   */
  public RemedyOptionAssert compliesAlone() {
    isNotNull();
    if (!actual.compliesAlone().orElse(false)) {
      fail("to leave the parcel compliant on its own");
    }
    return this;
  }

  /**
   * Applying this option alone leaves some rule failing (it fixes its own rule, not the parcel). Fails also for an
   * option not checked so ({@link RemedyOption#compliesAlone()} empty).
   *
   * @return this assertion, to chain
   */
  public RemedyOptionAssert doesNotComplyAlone() {
    isNotNull();
    if (actual.compliesAlone().orElse(true)) {
      fail("not to leave the parcel compliant on its own");
    }
    return this;
  }

  private void fail(String expectation) {
    failWithMessage("%nExpecting the option %s %s %s %s (complies alone: %s) of%n  %s%n%s", actual.kind(),
        actual.useClasses(), actual.amount(), actual.unit(), actual.compliesAlone().map(String::valueOf).orElse("not checked"),
        ResultText.describe(result), expectation);
  }
}
