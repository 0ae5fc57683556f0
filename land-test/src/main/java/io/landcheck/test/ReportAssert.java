package io.landcheck.test;

import io.landcheck.engine.Report;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on the {@link Report} of one parcel (宗地): its overall verdict, each rule's verdict, its plot ratio
 * (容积率), and, through {@link #result(RuleId)}, one rule's figures. Every failure message prints the report: each
 * rule's id, clause, verdict, measured value, limit, message and remedy.
 *
 * <pre>{@code
 * assertThat(checker.check(parcel))
 *     .violates(Rules.MIXED_USE_AMENITY)
 *     .hasPlotRatio(2.35, within(0.005))
 *     .result(Rules.MIXED_USE_AMENITY).hasRemedyContaining("cut living amenities");
 * assertThat(checker.check(parcel)).remedyPlan().cuts(UseClass.LIVING_AMENITY).isCloseTo(800.0, within(0.1));
 * }</pre>
 *
 * @since 0.1
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * The overall verdict is {@link Verdict#COMPLIANT}: every rule that applies is met and none lacks data.
   *
   * @return this assertion, for chaining
   */
  public ReportAssert isCompliant() {
    return hasVerdict(Verdict.COMPLIANT);
  }

  /**
   * The overall verdict is {@link Verdict#NON_COMPLIANT}: some rule is broken.
   *
   * @return this assertion, for chaining
   */
  public ReportAssert isNonCompliant() {
    return hasVerdict(Verdict.NON_COMPLIANT);
  }

  /**
   * The overall verdict (the worst rule's) is {@code expected}.
   *
   * @param expected the overall verdict the report should have
   * @return this assertion, for chaining
   */
  public ReportAssert hasVerdict(Verdict expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    if (actual.verdict() != expected) {
      fail("to have overall verdict " + expected + " but it was " + actual.verdict());
    }
    return this;
  }

  /**
   * The parcel breaks rule {@code ruleId}.
   *
   * @param ruleId the rule's id, such as {@link io.landcheck.pack.shanghai.Rules#LEASE_TERM}
   * @return this assertion, for chaining
   */
  public ReportAssert violates(RuleId ruleId) {
    return hasRuleVerdict(ruleId, Verdict.NON_COMPLIANT, "to violate");
  }

  /**
   * The parcel meets rule {@code ruleId} (verdict {@link Verdict#COMPLIANT}).
   *
   * @param ruleId the rule's id
   * @return this assertion, for chaining
   */
  public ReportAssert complies(RuleId ruleId) {
    return hasRuleVerdict(ruleId, Verdict.COMPLIANT, "to comply with");
  }

  /**
   * Rule {@code ruleId} gives {@code expected}.
   *
   * @param ruleId the rule's id
   * @param expected the verdict that rule should give
   * @return this assertion, for chaining
   */
  public ReportAssert hasRuleVerdict(RuleId ruleId, Verdict expected) {
    return hasRuleVerdict(ruleId, expected, "to get " + expected + " from");
  }

  /**
   * No rule is broken (the verdict may still be {@link Verdict#INSUFFICIENT_DATA}).
   *
   * @return this assertion, for chaining
   */
  public ReportAssert violatesNothing() {
    isNotNull();
    if (!actual.resultsWith(Verdict.NON_COMPLIANT).isEmpty() || actual.verdict() == Verdict.ERROR) {
      fail("to violate no rule");
    }
    return this;
  }

  /**
   * The plot ratio (容积率 = 地上计容建筑面积 / 用地面积) is {@code expected}, within {@code offset}.
   *
   * @param expected the plot ratio expected, worked out by hand
   * @param offset how far the actual plot ratio may be from {@code expected}, such as {@code within(0.001)}
   * @return this assertion, for chaining
   */
  public ReportAssert hasPlotRatio(double expected, Offset<Double> offset) {
    isNotNull();
    if (actual.plotRatio().isEmpty()) {
      fail("to have plot ratio " + expected + " but the report has none (site area or floor area missing)");
    } else if (Math.abs(actual.plotRatio().getAsDouble() - expected) > offset.value) {
      fail("to have plot ratio " + expected + " (within " + offset.value + ") but it was "
          + actual.plotRatio().getAsDouble());
    }
    return this;
  }

  /**
   * The record is bad data ({@link Verdict#ERROR}) with an error on {@code field}, such as {@code landUse}.
   *
   * @param field the field the error should name, as the model names it
   * @return this assertion, for chaining
   */
  public ReportAssert hasErrorOn(String field) {
    isNotNull();
    if (actual.errors().stream().noneMatch(e -> e.field().equals(field))) {
      fail("to have an error on field " + field);
    }
    return this;
  }

  /**
   * Assertions on the result of rule {@code ruleId}; fails if the pack has no such rule.
   *
   * @param ruleId the rule's id
   * @return assertions on that rule's result
   */
  public RuleResultAssert result(RuleId ruleId) {
    isNotNull();
    RuleResult result = find(ruleId).orElse(null);
    if (result == null) {
      fail("to have a result of rule " + ruleId + ", but it has none");
    }
    return new RuleResultAssert(result).as("%s", descriptionText().isEmpty()
        ? "parcel " + actual.parcelId() : descriptionText());
  }

  /**
   * Assertions on the parcel's remedy plan, by number: {@code .remedyPlan().cuts(LIVING_AMENITY).isCloseTo(800.0,
   * within(0.1))}. Fails if the report has none (only a non-compliant parcel has a plan).
   *
   * @return assertions on the plan, whose failure messages print the whole report
   */
  public RemedyPlanAssert remedyPlan() {
    isNotNull();
    if (actual.remedyPlan().isEmpty()) {
      fail("to have a remedy plan, but it has none (only a non-compliant parcel has one)");
    }
    return new RemedyPlanAssert(actual.remedyPlan().get(), actual);
  }

  private ReportAssert hasRuleVerdict(RuleId ruleId, Verdict expected, String expectation) {
    isNotNull();
    Objects.requireNonNull(ruleId, "ruleId");
    Optional<RuleResult> result = find(ruleId);
    if (result.isEmpty()) {
      fail(expectation + " rule " + ruleId + ", but the report has no such rule");
    } else if (result.get().verdict() != expected) {
      failWithMessage("%nExpecting parcel %s %s rule %s, but:%n  %s%nWhole report:%n  %s",
          actual.parcelId(), expectation, ruleId, ResultText.describe(result.get()).replace("\n", "\n  "),
          ResultText.describe(actual).replace("\n", "\n  "));
    }
    return this;
  }

  private Optional<RuleResult> find(RuleId ruleId) {
    return actual.result(ruleId);
  }

  private void fail(String expectation) {
    StringBuilder problems = new StringBuilder();
    for (RuleResult r : actual.results()) {
      if (r.verdict().compareTo(Verdict.COMPLIANT) > 0) {
        problems.append("\n  ").append(ResultText.describe(r).replace("\n", "\n  "));
      }
    }
    failWithMessage("%nExpecting parcel %s %s%s%nWhole report:%n  %s", actual.parcelId(), expectation,
        problems.length() == 0 ? "" : "\nRules broken or lacking data:" + problems,
        ResultText.describe(actual).replace("\n", "\n  "));
  }
}
