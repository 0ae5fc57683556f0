package io.landcheck;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One rule's verdict on one parcel, with what it measured against which limit, a message in Chinese and English, and
 * a remedy where one can be computed.
 *
 * @param ruleId the rule's stable id
 * @param citation the clause the rule implements
 * @param verdict the verdict
 * @param measured the value measured on the parcel (a plot ratio, a share of floor area, a term in years), if any
 * @param limit the limit it was held to, if any; bounds are inclusive
 * @param unit the unit of {@code measured} and {@code limit}: {@code ratio}, {@code share}, {@code years}, {@code m2},
 *     or empty
 * @param message why the verdict is what it is
 * @param remedy what would make the parcel comply, if the rule can compute it
 * @param determination a finding beyond the verdict, such as {@code NOT_DUE} for the land-price rule, if any
 * @param parametersFrom the first day of the pack parameters used, if parameters were used
 */
public record RuleResult(
    RuleId ruleId,
    Citation citation,
    Verdict verdict,
    OptionalDouble measured,
    OptionalDouble limit,
    String unit,
    LocalizedText message,
    Optional<LocalizedText> remedy,
    Optional<String> determination,
    Optional<LocalDate> parametersFrom) {

  public RuleResult {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(citation, "citation");
    checkNotNull(verdict, "verdict");
    checkNotNull(measured, "measured");
    checkNotNull(limit, "limit");
    checkNotNull(unit, "unit");
    checkNotNull(message, "message");
    checkNotNull(remedy, "remedy");
    checkNotNull(determination, "determination");
    checkNotNull(parametersFrom, "parametersFrom");
  }

  /** A result of {@code rule} with only a verdict and a message; add figures with the {@code with…} methods. */
  public static RuleResult of(Rule rule, Verdict verdict, LocalizedText message) {
    return new RuleResult(
        rule.id(), rule.citation(), verdict, OptionalDouble.empty(), OptionalDouble.empty(), "", message,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This result with a measured value and the limit it was held to. */
  public RuleResult withMeasure(double measured, double limit, String unit) {
    return new RuleResult(ruleId, citation, verdict, OptionalDouble.of(measured), OptionalDouble.of(limit), unit,
        message, remedy, determination, parametersFrom);
  }

  /** This result with a remedy. */
  public RuleResult withRemedy(LocalizedText remedy) {
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, Optional.of(remedy),
        determination, parametersFrom);
  }

  /** This result with a determination, such as {@code DUE} or {@code NOT_DUE}. */
  public RuleResult withDetermination(String determination) {
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, remedy,
        Optional.of(determination), parametersFrom);
  }

  /** This result noting the parameters it used. */
  public RuleResult withParameters(Parameters parameters) {
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, remedy, determination,
        Optional.of(parameters.effectiveFrom()));
  }
}
