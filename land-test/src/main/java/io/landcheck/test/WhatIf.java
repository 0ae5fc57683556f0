package io.landcheck.test;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.landcheck.engine.Checker;
import io.landcheck.engine.Report;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.shanghai.Rules;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What-if questions about one parcel (宗地), answered by running the {@link Checker} on variants of it rather than by
 * restating the policy's numbers: how much living-amenity floor area (生活配套) it can still add, how much principal
 * industrial floor area it needs to reach the plot-ratio floor (容积率下限).
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.of(checker, parcel);
 * OptionalDouble dormitoryM2 = whatIf.maxAdditionalFloorAreaM2("宿舍");   // empty if no rule limits it
 * OptionalDouble neededM2 = whatIf.principalFloorAreaToReachPlotRatioFloorM2();
 * }</pre>
 *
 * <p>Answers are found by bisection on the checker's verdicts, to 0.01 m², and verified by checking the parcel again at
 * the answer. They assume that adding floor area moves each rule one way only (true of every rule of the Shanghai
 * pack: shares, plot ratio and caps are monotonic in floor area).
 *
 * @since 0.1
 */
public final class WhatIf {

  /** The largest addition tried before an addition is called unlimited, m². */
  private static final double UNLIMITED_M2 = 1e9;
  private static final double STEP_M2 = 0.01;
  private static final double PRECISION_M2 = 1e-4;
  /** A broken rule's gap to its limit must grow by more than this to count as broken further (rounding noise). */
  private static final double WORSE = 1e-12;

  private final Checker checker;
  private final Parcel parcel;
  private final ImmutableSet<RuleId> brokenNow;
  private final ImmutableMap<RuleId, Double> gapNow;

  private WhatIf(Checker checker, Parcel parcel) {
    this.checker = checker;
    this.parcel = parcel;
    Report now = checker.check(parcel);
    checkArgument(now.verdict() != Verdict.ERROR, "WhatIf.parcel must be checkable, but %s is bad data: %s",
        parcel.id(), now.errors());
    this.brokenNow = broken(now);
    ImmutableMap.Builder<RuleId, Double> gaps = ImmutableMap.builder();
    for (RuleResult r : now.resultsWith(Verdict.NON_COMPLIANT)) {
      gap(r).ifPresent(g -> gaps.put(r.ruleId(), g));
    }
    this.gapNow = gaps.build();
  }

  /**
   * What-if questions about {@code parcel}, judged by {@code checker}.
   *
   * @param checker the checker that judges the parcel and its variants
   * @param parcel the parcel as it is now
   * @return the what-if questions
   */
  public static WhatIf of(Checker checker, Parcel parcel) {
    return new WhatIf(checkNotNull(checker, "WhatIf.checker"), checkNotNull(parcel, "WhatIf.parcel"));
  }

  /**
   * How much floor area of a use can be added, and which rule stops it.
   *
   * @param useCode the use code added
   * @param additionalM2 the most that can be added, m², to 0.01 m², finite and {@code >= 0}; empty if no rule limits it
   * @param limitedBy the rule that adding more would break, or break further, if any; empty when {@code additionalM2}
   *     is (nothing limits the addition)
   * @param alreadyBroken the rules the parcel breaks already
   * @since 0.1
   */
  public record Headroom(String useCode, OptionalDouble additionalM2, Optional<RuleId> limitedBy,
      Set<RuleId> alreadyBroken) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
     * {@code IllegalArgumentException} naming it.
     *
     * @param useCode the use code added; not blank
     * @param additionalM2 the most that can be added, m², to 0.01 m², finite and {@code >= 0}; empty if no rule limits
     *     it; not null
     * @param limitedBy the rule that adding more would break, or break further, if any; empty when {@code additionalM2}
     *     is (nothing limits the addition); not null
     * @param alreadyBroken the rules the parcel breaks already; not null
     */
    public Headroom {
      checkNotNull(useCode, "Headroom.useCode must not be null");
      checkArgument(!useCode.isBlank(), "Headroom.useCode must not be blank");
      checkNotNull(additionalM2, "Headroom.additionalM2 must not be null (empty: no limit)");
      additionalM2.ifPresent(m2 -> checkArgument(Double.isFinite(m2) && m2 >= 0,
          "Headroom.additionalM2 must be a finite number >= 0, was %s", m2));
      checkNotNull(limitedBy, "Headroom.limitedBy must not be null (use Optional.empty())");
      checkArgument(additionalM2.isPresent() || limitedBy.isEmpty(),
          "Headroom.limitedBy must be empty when additionalM2 is (no limit), was %s", limitedBy);
      checkNotNull(alreadyBroken, "Headroom.alreadyBroken must not be null (use an empty set)");
      alreadyBroken = ImmutableSet.copyOf(alreadyBroken);
    }
  }

  /**
   * The report of the parcel with {@code areaM2} more above-ground floor area of {@code useCode}.
   *
   * @param useCode the use code added, such as 宿舍
   * @param areaM2 the floor area added above ground, m², finite and at least 0
   * @return the report of the parcel with the addition
   */
  public Report adding(String useCode, double areaM2) {
    checkArgument(Double.isFinite(areaM2) && areaM2 >= 0, "WhatIf.adding(areaM2) must be a finite number >= 0,"
        + " was %s", areaM2);
    return checker.check(with(useCode, areaM2));
  }

  /**
   * The most floor area of {@code useCode} the parcel can add while complying, m², to 0.01 m²: before it breaks a rule
   * it now meets, or moves a rule it already breaks further from its limit; zero if the parcel already breaks a rule
   * that any addition makes worse (living amenities above 15%, say); empty if no rule limits it. A rule
   * the addition brings closer to its limit (a plot ratio below its floor) does not stop it. See {@link #headroom}
   * for which rule limits it.
   *
   * @param useCode the use code to add, such as 生产 or 宿舍
   * @return the most that can be added, m²; 0 when any addition breaks a rule further; empty when no rule limits it
   */
  public OptionalDouble maxAdditionalFloorAreaM2(String useCode) {
    return headroom(useCode).additionalM2();
  }

  /**
   * The most living-amenity floor area (生活配套: retail, catering, dormitories …) the parcel can still add, m²; empty
   * if no rule limits it.
   *
   * @return the most that can be added, m²; empty when no rule limits it
   */
  public OptionalDouble maxAdditionalLivingAmenityM2() {
    return maxAdditionalFloorAreaM2(firstUseCodeOf(UseClass.LIVING_AMENITY));
  }

  /**
   * How much floor area of {@code useCode} the parcel can add while complying, and why not more.
   *
   * @param useCode the use code to add
   * @return the headroom, with the rule that limits it and the rules broken already
   */
  public Headroom headroom(String useCode) {
    requireKnown(useCode);
    double lo = 0;
    double hi = Math.max(1, scaleM2());
    while (ok(useCode, hi)) {
      lo = hi;
      hi *= 2;
      if (hi > UNLIMITED_M2) {
        return new Headroom(useCode, OptionalDouble.empty(), Optional.empty(), brokenNow);
      }
    }
    while (hi - lo > PRECISION_M2) {
      double mid = (lo + hi) / 2;
      if (ok(useCode, mid)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double answer = Math.round(lo / STEP_M2) * STEP_M2;
    if (!ok(useCode, answer)) {
      answer = Math.max(0, answer - STEP_M2);
    }
    if (!ok(useCode, answer)) {
      throw new IllegalStateException("WhatIf: parcel " + parcel.id() + ": adding " + useCode
          + " does not move the rules one way only; no headroom can be given");
    }
    Optional<RuleId> limitedBy = offending(checker.check(with(useCode, hi))).stream().findFirst();
    return new Headroom(useCode, OptionalDouble.of(answer), limitedBy, brokenNow);
  }

  /**
   * The least floor area of {@code useCode} the parcel must add for rule {@code ruleId} to be met, m², rounded up to
   * 0.01 m²: zero if it is met already, empty if the rule does not judge the parcel (not applicable, or a fact is
   * missing) or no addition up to a billion m² meets it.
   *
   * @param useCode the use code to add
   * @param ruleId the rule to meet, such as {@link Rules#PLOT_RATIO_MINIMUM}
   * @return the least addition, m²; 0 when the rule is met already; empty when it does not judge the parcel or no
   *     addition meets it
   */
  public OptionalDouble minAdditionalFloorAreaM2(String useCode, RuleId ruleId) {
    requireKnown(useCode);
    checkNotNull(ruleId, "WhatIf.minAdditionalFloorAreaM2(ruleId)");
    Verdict now = verdictOf(checker.check(parcel), ruleId);
    if (now == Verdict.COMPLIANT) {
      return OptionalDouble.of(0);
    }
    if (now != Verdict.NON_COMPLIANT) {
      return OptionalDouble.empty();
    }
    double lo = 0;
    double hi = Math.max(1, scaleM2());
    while (!meets(useCode, hi, ruleId)) {
      lo = hi;
      hi *= 2;
      if (hi > UNLIMITED_M2) {
        return OptionalDouble.empty();
      }
    }
    while (hi - lo > PRECISION_M2) {
      double mid = (lo + hi) / 2;
      if (meets(useCode, mid, ruleId)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    double answer = Math.round(hi / STEP_M2) * STEP_M2;
    if (!meets(useCode, answer, ruleId)) {
      answer += STEP_M2;
    }
    return OptionalDouble.of(answer);
  }

  /**
   * The least principal industrial floor area (主导产业用途, e.g. 生产) the parcel must add to reach the plot-ratio floor
   * of rule {@link Rules#PLOT_RATIO_MINIMUM}, m²: zero if it reaches it already; empty if the rule does not judge it.
   *
   * @return the least addition, m²; 0 when the floor is reached already; empty when the rule does not judge the parcel
   */
  public OptionalDouble principalFloorAreaToReachPlotRatioFloorM2() {
    return minAdditionalFloorAreaM2(firstUseCodeOf(UseClass.PRINCIPAL_INDUSTRIAL), Rules.PLOT_RATIO_MINIMUM);
  }

  private boolean ok(String useCode, double addM2) {
    return offending(checker.check(with(useCode, addM2))).isEmpty();
  }

  /** The rules {@code report} breaks that the parcel meets now, or breaks by more than now. */
  private ImmutableList<RuleId> offending(Report report) {
    ImmutableList.Builder<RuleId> out = ImmutableList.builder();
    for (RuleResult r : report.resultsWith(Verdict.NON_COMPLIANT)) {
      if (!brokenNow.contains(r.ruleId())) {
        out.add(r.ruleId());
      } else if (gapNow.containsKey(r.ruleId())
          && gap(r).map(g -> g > gapNow.get(r.ruleId()) + WORSE).orElse(false)) {
        out.add(r.ruleId());
      }
    }
    return out.build();
  }

  /** How far a broken rule's measured value is from its limit, when it reports both. */
  private static Optional<Double> gap(RuleResult r) {
    if (r.measured().isEmpty() || r.limit().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Math.abs(r.measured().getAsDouble() - r.limit().getAsDouble()));
  }

  private boolean meets(String useCode, double addM2, RuleId ruleId) {
    return verdictOf(checker.check(with(useCode, addM2)), ruleId) == Verdict.COMPLIANT;
  }

  private Parcel with(String useCode, double addM2) {
    if (addM2 == 0) {
      return parcel;
    }
    // Added floor area is of ordinary height: it counts once both by use and in a declared 计容建筑面积.
    Parcel.Builder b = parcel.toBuilder().floorAreaM2(useCode, addM2);
    parcel.plotRatioFloorAreaM2().ifPresent(countedM2 -> b.plotRatioFloorAreaM2(countedM2 + addM2));
    return b.build();
  }

  private double scaleM2() {
    return Math.max(parcel.siteAreaM2().orElse(0), parcel.totalAboveGroundFloorAreaM2().orElse(0));
  }

  private LandUse landUse() {
    return parcel.landUse().orElse(LandUse.INDUSTRIAL);
  }

  private void requireKnown(String useCode) {
    checkNotNull(useCode, "WhatIf.useCode");
    checkArgument(checker.pack().classify(useCode, landUse()).isPresent(),
        "WhatIf.useCode: pack %s knows no use code '%s'; it knows %s", checker.pack().id(), useCode,
        checker.pack().useCodes());
  }

  private String firstUseCodeOf(UseClass useClass) {
    return checker.pack().useCodes().stream()
        .filter(code -> checker.pack().classify(code, landUse()).orElse(null) == useClass)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "WhatIf: pack " + checker.pack().id() + " has no use code of class " + useClass + " on " + landUse()));
  }

  private static Verdict verdictOf(Report report, RuleId ruleId) {
    return report.result(ruleId).map(RuleResult::verdict).orElseThrow(() -> new IllegalArgumentException(
        "WhatIf: pack " + report.packId() + " has no rule " + ruleId));
  }

  private static ImmutableSet<RuleId> broken(Report report) {
    return report.resultsWith(Verdict.NON_COMPLIANT).stream().map(RuleResult::ruleId)
        .collect(ImmutableSet.toImmutableSet());
  }
}
