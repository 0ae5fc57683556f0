package io.landcheck.test;

import io.landcheck.engine.Checker;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.Report;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.Verdict;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on a non-compliant parcel's remedy plan ({@link Report#remedyPlan()}), by number: how many m² of which
 * use class it cuts or adds, the lease term it shortens to, or the rules that stop a plan. Get one from
 * {@link ReportAssert#remedyPlan()}; every failure message prints the plan and the whole report.
 *
 * <pre>{@code
 * assertThat(checker.check(parcel)).remedyPlan()
 *     .isFound()
 *     .changesOnly(LIVING_AMENITY, PRINCIPAL_INDUSTRIAL)
 *     .compliesWhenApplied(checker, parcel)
 *     .cuts(LIVING_AMENITY).isCloseTo(800.0, within(0.1));
 * }</pre>
 *
 * @since 0.1
 */
public final class RemedyPlanAssert extends AbstractAssert<RemedyPlanAssert, RemedyPlan> {

  private final Report report;

  RemedyPlanAssert(RemedyPlan actual, Report report) {
    super(actual, RemedyPlanAssert.class);
    this.report = report;
  }

  /**
   * A plan was found: its changes make the parcel comply with every rule.
   *
   * @return this assertion, to chain
   */
  public RemedyPlanAssert isFound() {
    return hasStatus(RemedyPlan.Status.FOUND);
  }

  /**
   * No change of floor areas and lease term makes every rule comply at once (conflicting rules).
   *
   * @return this assertion, to chain
   */
  public RemedyPlanAssert noneExists() {
    return hasStatus(RemedyPlan.Status.NONE_EXISTS);
  }

  /**
   * No plan could be made: a failing rule has no lever, lacks data, or states no conditions.
   *
   * @return this assertion, to chain
   */
  public RemedyPlanAssert cannotPlan() {
    return hasStatus(RemedyPlan.Status.CANNOT_PLAN);
  }

  /**
   * The plan's status is {@code expected}.
   *
   * @param expected the status expected
   * @return this assertion, to chain
   */
  public RemedyPlanAssert hasStatus(RemedyPlan.Status expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    if (actual.status() != expected) {
      fail("to have status " + expected);
    }
    return this;
  }

  /**
   * The m² of {@code useClass}'s above-ground floor area the plan cuts (0 if it cuts none), to assert on with AssertJ:
   * {@code .cuts(LIVING_AMENITY).isCloseTo(800.0, within(0.1))}.
   *
   * @param useClass the use class, such as living amenities (生活配套)
   * @return an AssertJ assertion on the m² cut, never negative
   */
  public AbstractDoubleAssert<?> cuts(UseClass useClass) {
    isNotNull();
    return Assertions.assertThat(actual.cutM2(Objects.requireNonNull(useClass, "useClass")))
        .as("m² of %s the plan cuts (%s)", useClass, describe());
  }

  /**
   * The m² of above-ground floor area of {@code useClass} the plan adds (0 if it adds none), to assert on with AssertJ.
   *
   * @param useClass the use class, such as principal industrial floor area (主导产业用途)
   * @return an AssertJ assertion on the m² added, never negative
   */
  public AbstractDoubleAssert<?> adds(UseClass useClass) {
    isNotNull();
    return Assertions.assertThat(actual.addM2(Objects.requireNonNull(useClass, "useClass")))
        .as("m² of %s the plan adds (%s)", useClass, describe());
  }

  /**
   * The floor area the plan changes in all, cut and added alike, m², to assert on with AssertJ.
   *
   * @return an AssertJ assertion on the total change, m²
   */
  public AbstractDoubleAssert<?> totalChange() {
    isNotNull();
    return Assertions.assertThat(actual.totalChangeM2()).as("m² the plan changes in all (%s)", describe());
  }

  /**
   * The lease term (出让年限) the plan shortens to, in years; fails if the plan leaves the term as it is.
   *
   * @return an AssertJ assertion on the term, in whole years
   */
  public AbstractIntegerAssert<?> leaseTermYears() {
    isNotNull();
    if (actual.leaseTermYears().isEmpty()) {
      fail("to shorten the lease term");
    }
    return Assertions.assertThat(actual.leaseTermYears().getAsInt()).as("lease term of the plan (%s)", describe());
  }

  /**
   * The plan leaves the lease term as it is.
   *
   * @return this assertion, to chain
   */
  public RemedyPlanAssert keepsTheLeaseTerm() {
    isNotNull();
    if (actual.leaseTermYears().isPresent()) {
      fail("to keep the lease term");
    }
    return this;
  }

  /**
   * The plan changes the floor area of exactly these use classes (none: it changes no floor area).
   *
   * @param useClasses the use classes whose above-ground floor area the plan changes, in any order; none for a plan
   *     that changes no floor area
   * @return this assertion, to chain
   */
  public RemedyPlanAssert changesOnly(UseClass... useClasses) {
    isNotNull();
    Set<UseClass> expected = useClasses.length == 0 ? EnumSet.noneOf(UseClass.class)
        : EnumSet.copyOf(Arrays.asList(useClasses));
    if (!actual.changesM2().keySet().equals(expected)) {
      fail("to change the floor area of exactly " + expected);
    }
    return this;
  }

  /**
   * The rules that stopped a plan are exactly {@code rules}, in pack order.
   *
   * @param rules the ids of the rules expected, in pack order; none for a plan found
   * @return this assertion, to chain
   */
  public RemedyPlanAssert names(RuleId... rules) {
    isNotNull();
    if (!actual.ruleIds().equals(List.of(rules))) {
      fail("to name exactly the rules " + List.of(rules));
    }
    return this;
  }

  /**
   * The rules that stopped a plan include {@code rule}, for {@code reason}.
   *
   * @param rule the id of the rule expected among them
   * @param reason why that rule stopped the plan
   * @return this assertion, to chain
   */
  public RemedyPlanAssert names(RuleId rule, RemedyPlan.Reason reason) {
    isNotNull();
    if (!actual.rules().contains(new RemedyPlan.Blocker(rule, reason))) {
      fail("to name rule " + rule + " for " + reason);
    }
    return this;
  }

  /**
   * Applied to {@code parcel} as {@code checker} applies a plan ({@link Checker#apply(Parcel, RemedyPlan)}), the plan
   * makes the parcel compliant: every rule, checked again, is compliant or does not apply.
   *
   * @param checker the checker that made the report, with its pack
   * @param parcel the parcel the report is of, as it was checked
   * @return this assertion, to chain
   */
  public RemedyPlanAssert compliesWhenApplied(Checker checker, Parcel parcel) {
    isNotNull();
    Report again = checker.check(checker.apply(parcel, actual));
    if (again.verdict() != Verdict.COMPLIANT && again.verdict() != Verdict.NOT_APPLICABLE) {
      failWithMessage("%nExpecting the plan%n  %s%nto make parcel %s compliant, but checked again with it applied:"
          + "%n  %s", describe(), parcel.id(), ResultText.describe(again).replace("\n", "\n  "));
    }
    return this;
  }

  private String describe() {
    return ResultText.describe(actual);
  }

  private void fail(String expectation) {
    failWithMessage("%nExpecting the remedy plan of parcel %s%n  %s%n%s%nWhole report:%n  %s", report.parcelId(),
        describe(), expectation, ResultText.describe(report).replace("\n", "\n  "));
  }
}
