package io.landcheck.test;

import io.landcheck.RemedyOption;
import io.landcheck.RuleResult;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;

/**
 * Assertions on one of a rule's remedy options ({@link RuleResult#remedyOptions()}), by number: its amount and
 * whether applying it alone leaves the parcel compliant. Get one from {@link RuleResultAssert#option}.
 */
public final class RemedyOptionAssert extends AbstractAssert<RemedyOptionAssert, RemedyOption> {

  private final RuleResult result;

  RemedyOptionAssert(RemedyOption actual, RuleResult result) {
    super(actual, RemedyOptionAssert.class);
    this.result = result;
  }

  /** The option's amount, in its unit (m² or years), to assert on with AssertJ. */
  public AbstractDoubleAssert<?> amount() {
    isNotNull();
    return Assertions.assertThat(actual.amount()).as("amount of %s of rule %s", actual.kind(), result.ruleId());
  }

  /** The option's amount is {@code expected}, within {@code offset}. */
  public RemedyOptionAssert hasAmount(double expected, Offset<Double> offset) {
    isNotNull();
    if (Math.abs(actual.amount() - expected) > offset.value) {
      fail("to have amount " + expected + " (within " + offset.value + ")");
    }
    return this;
  }

  /** Applying this option alone leaves the parcel compliant with every rule. */
  public RemedyOptionAssert compliesAlone() {
    isNotNull();
    if (!actual.compliesAlone().orElse(false)) {
      fail("to leave the parcel compliant on its own");
    }
    return this;
  }

  /** Applying this option alone leaves some rule failing (it fixes its own rule, not the parcel). */
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
