package io.landcheck;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One rule's verdict on one parcel, with what it measured against which limit, a message in Chinese and English, and
 * a remedy where one can be computed, in words ({@code remedy}) and in numbers ({@code remedyOptions}).
 *
 * @param ruleId the rule's stable id
 * @param citation the clause the rule implements
 * @param verdict the verdict
 * @param measured the value measured on the parcel (a plot ratio, a share of floor area, a term in years), if any
 * @param limit the limit it was held to, if any; bounds are inclusive
 * @param unit the unit of {@code measured} and {@code limit}: {@code ratio}, {@code share}, {@code years}, {@code m2};
 *     present exactly when they are
 * @param message why the verdict is what it is
 * @param remedy what would make the parcel comply, if the rule can compute it
 * @param determination a finding beyond the verdict, such as {@code NOT_DUE} for the land-price rule, if any
 * @param parametersFrom the first day of the pack parameters used, if parameters were used
 * @param remedyOptions the remedy in numbers: each option alone would make the parcel comply with this rule (whether it
 *     leaves the parcel compliant with every rule is {@link RemedyOption#compliesAlone()}); the figures are those of
 *     {@code remedy}'s text; empty when the rule computes no remedy
 */
public record RuleResult(
    RuleId ruleId,
    Citation citation,
    Verdict verdict,
    OptionalDouble measured,
    OptionalDouble limit,
    Optional<String> unit,
    LocalizedText message,
    Optional<LocalizedText> remedy,
    Optional<String> determination,
    Optional<LocalDate> parametersFrom,
    ImmutableList<RemedyOption> remedyOptions) {

  public RuleResult {
    checkNotNull(ruleId, "RuleResult.ruleId");
    checkNotNull(citation, "RuleResult.citation");
    checkNotNull(verdict, "RuleResult.verdict");
    checkNotNull(measured, "RuleResult.measured");
    checkNotNull(limit, "RuleResult.limit");
    checkNotNull(unit, "RuleResult.unit");
    checkArgument(measured.isPresent() == unit.isPresent() && limit.isPresent() == unit.isPresent(),
        "RuleResult.unit must be given exactly when measured and limit are, was %s with measured %s and limit %s",
        unit, measured, limit);
    checkNotNull(message, "RuleResult.message");
    checkNotNull(remedy, "RuleResult.remedy");
    checkNotNull(determination, "RuleResult.determination");
    checkNotNull(parametersFrom, "RuleResult.parametersFrom");
    checkNotNull(remedyOptions, "RuleResult.remedyOptions");
  }

  /** A result of {@code rule} with only a verdict and a message; add figures with the {@code with…} methods. */
  public static RuleResult of(Rule rule, Verdict verdict, LocalizedText message) {
    return new RuleResult(
        rule.id(), rule.citation(), verdict, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), message,
        Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of());
  }

  /** This result with a measured value and the limit it was held to. */
  public RuleResult withMeasure(double measured, double limit, String unit) {
    checkNotNull(unit, "RuleResult.unit");
    checkArgument(!unit.isBlank(), "RuleResult.unit must not be blank");
    return new RuleResult(ruleId, citation, verdict, OptionalDouble.of(measured), OptionalDouble.of(limit),
        Optional.of(unit), message, remedy, determination, parametersFrom, remedyOptions);
  }

  /**
   * This result with a remedy given in numbers: its options, and the text written from them. Each option alone must
   * make the parcel comply with this rule.
   */
  public RuleResult withRemedy(LocalizedText remedy, List<RemedyOption> options) {
    checkNotNull(remedy, "RuleResult.remedy");
    checkNotNull(options, "RuleResult.remedyOptions");
    checkArgument(!options.isEmpty(), "RuleResult.remedyOptions must not be empty when given");
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, Optional.of(remedy),
        determination, parametersFrom, ImmutableList.copyOf(options));
  }

  /** This result with its remedy options replaced by {@code options}, the same options marked, say. */
  RuleResult withRemedyOptions(List<RemedyOption> options) {
    checkArgument(options.size() == remedyOptions.size(), "RuleResult.remedyOptions: %s options for %s", options.size(),
        remedyOptions.size());
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, remedy, determination,
        parametersFrom, ImmutableList.copyOf(options));
  }

  /** This result with a determination, such as {@code DUE} or {@code NOT_DUE}. */
  public RuleResult withDetermination(String determination) {
    checkNotNull(determination, "RuleResult.determination");
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, remedy,
        Optional.of(determination), parametersFrom, remedyOptions);
  }

  /** This result noting the parameters it used. */
  public RuleResult withParameters(Parameters parameters) {
    checkNotNull(parameters, "RuleResult.parameters");
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, remedy, determination,
        Optional.of(parameters.effectiveFrom()), remedyOptions);
  }
}
