package io.landcheck.test;

import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.UseClass;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on one rule's result (a {@link RuleResult}): its verdict, the value measured on the parcel (容积率, a
 * share of 地上建筑总量, a lease term …), the limit it was held to, its remedy, its determination and the clause it
 * cites. Every failure message prints the whole result: rule id, clause, verdict, measured value, limit, message and
 * remedy.
 *
 * <p>Get one from {@link LandcheckAssertions#assertThat(RuleResult)} or {@link ReportAssert#result}.
 *
 * @since 0.1
 */
public final class RuleResultAssert extends AbstractAssert<RuleResultAssert, RuleResult> {

  /** Tolerance of {@link #hasMeasured(double)} and {@link #hasLimit(double)}. */
  private static final double EXACT = 1e-9;

  RuleResultAssert(RuleResult actual) {
    super(actual, RuleResultAssert.class);
  }

  /**
   * The result has this verdict.
   *
   * @param expected the verdict the rule should give
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      fail("to have verdict " + expected);
    }
    return this;
  }

  /**
   * The parcel complies with the rule.
   *
   * @return this assertion, for chaining
   */
  public RuleResultAssert isCompliant() {
    return hasVerdict(Verdict.COMPLIANT);
  }

  /**
   * The parcel breaks the rule.
   *
   * @return this assertion, for chaining
   */
  public RuleResultAssert isNonCompliant() {
    return hasVerdict(Verdict.NON_COMPLIANT);
  }

  /**
   * The rule does not apply to the parcel.
   *
   * @return this assertion, for chaining
   */
  public RuleResultAssert isNotApplicable() {
    return hasVerdict(Verdict.NOT_APPLICABLE);
  }

  /**
   * The rule lacks a fact it needs.
   *
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasInsufficientData() {
    return hasVerdict(Verdict.INSUFFICIENT_DATA);
  }

  /**
   * The measured value is {@code expected}, within 1e-9.
   *
   * @param expected the figure expected, in the result's unit (a plot ratio, a share as a fraction, years, m²)
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasMeasured(double expected) {
    return hasMeasured(expected, Offset.offset(EXACT));
  }

  /**
   * The measured value is {@code expected}, within {@code offset}.
   *
   * @param expected the figure expected, in the result's unit
   * @param offset how far the actual figure may be from {@code expected}
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasMeasured(double expected, Offset<Double> offset) {
    isNotNull();
    if (!close(actual.measured(), expected, offset)) {
      fail("to have measured value " + expected + " (within " + offset.value + ")");
    }
    return this;
  }

  /**
   * The limit the parcel was held to is {@code expected}, within 1e-9.
   *
   * @param expected the limit expected, in the result's unit (0.15 for a 15% share)
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasLimit(double expected) {
    return hasLimit(expected, Offset.offset(EXACT));
  }

  /**
   * The limit the parcel was held to is {@code expected}, within {@code offset}.
   *
   * @param expected the limit expected, in the result's unit
   * @param offset how far the actual limit may be from {@code expected}
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasLimit(double expected, Offset<Double> offset) {
    isNotNull();
    if (!close(actual.limit(), expected, offset)) {
      fail("to have limit " + expected + " (within " + offset.value + ")");
    }
    return this;
  }

  /**
   * The remedy, in Chinese or in English, contains {@code text} (ignoring case in English).
   *
   * @param text a part of the remedy's text, such as a figure in m²
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasRemedyContaining(String text) {
    isNotNull();
    Objects.requireNonNull(text, "text");
    boolean found = actual.remedy()
        .map(r -> r.zh().contains(text) || r.en().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
        .orElse(false);
    if (!found) {
      fail("to have a remedy containing \"" + text + "\"");
    }
    return this;
  }

  /**
   * Assertions on the rule's remedy option of {@code kind} on exactly {@code useClasses} (none: an option on any use,
   * or a lease term), by number: {@code .option(Kind.REDUCE_FLOOR_AREA, LIVING_AMENITY).hasAmount(817.7,
   * within(0.05)).doesNotComplyAlone()}. Fails if the rule offers no such option.
   *
   * @param kind the option's kind
   * @param useClasses the use classes it is on; none for an option on any use, or on the lease term
   * @return assertions on that option
   */
  public RemedyOptionAssert option(RemedyOption.Kind kind, UseClass... useClasses) {
    isNotNull();
    Set<UseClass> classes = useClasses.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(useClasses));
    Optional<RemedyOption> option = actual.remedyOptions().stream()
        .filter(o -> o.kind() == kind && o.useClasses().equals(classes)).findFirst();
    if (option.isEmpty()) {
      fail("to offer a remedy option " + kind + " " + classes + "; it offers " + actual.remedyOptions());
    }
    return new RemedyOptionAssert(option.get(), actual);
  }

  /**
   * The rule offers no remedy.
   *
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasNoRemedy() {
    isNotNull();
    if (actual.remedy().isPresent()) {
      fail("to have no remedy");
    }
    return this;
  }

  /**
   * The message, in Chinese or in English, contains {@code text} (ignoring case in English).
   *
   * @param text a part of the message's text
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasMessageContaining(String text) {
    isNotNull();
    Objects.requireNonNull(text, "text");
    String en = actual.message().en().toLowerCase(Locale.ROOT);
    if (!actual.message().zh().contains(text) && !en.contains(text.toLowerCase(Locale.ROOT))) {
      fail("to have a message containing \"" + text + "\"");
    }
    return this;
  }

  /**
   * The result has this determination, such as {@code NOT_DUE} (land price) or {@code ELIGIBLE} (split transfer).
   *
   * @param expected the determination expected, upper-case words joined by {@code _}
   * @return this assertion, for chaining
   */
  public RuleResultAssert hasDetermination(String expected) {
    isNotNull();
    if (!actual.determination().map(expected::equals).orElse(false)) {
      fail("to have determination " + expected);
    }
    return this;
  }

  /**
   * The rule cites this clause, such as {@code 五(二)} (full-width brackets 五（二） match too), optionally preceded by
   * its document: {@code 沪府规〔2021〕9号 五(二)}.
   *
   * @param clause the clause, such as {@code 五(二)}, with or without its document
   * @return this assertion, for chaining
   */
  public RuleResultAssert citesClause(String clause) {
    isNotNull();
    String wanted = normalizeClause(clause);
    String cited = normalizeClause(actual.citation().clause());
    String full = normalizeClause(actual.citation().document() + " " + actual.citation().clause());
    if (!wanted.equals(cited) && !wanted.equals(full)) {
      fail("to cite clause " + clause);
    }
    return this;
  }

  private static String normalizeClause(String clause) {
    return clause.strip().replace('（', '(').replace('）', ')').replaceAll("\\s+", " ");
  }

  private static boolean close(OptionalDouble value, double expected, Offset<Double> offset) {
    return value.isPresent() && Math.abs(value.getAsDouble() - expected) <= offset.value;
  }

  private void fail(String expectation) {
    failWithMessage("%nExpecting%n  %s%n%s", ResultText.describe(actual), expectation);
  }
}
