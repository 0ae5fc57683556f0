package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
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
 * @since 0.1
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
    List<RemedyOption> remedyOptions) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code IllegalArgumentException} naming it.
   *
   * @param ruleId the rule's stable id; not null
   * @param citation the clause the rule implements; not null
   * @param verdict the verdict; not null
   * @param measured the value measured on the parcel (a plot ratio, a share of floor area, a term in years), if any;
   *     not null
   * @param limit the limit it was held to, if any; bounds are inclusive; not null
   * @param unit the unit of {@code measured} and {@code limit}: {@code ratio}, {@code share}, {@code years}, {@code
   *     m2}; present exactly when they are; not null
   * @param message why the verdict is what it is; not null
   * @param remedy what would make the parcel comply, if the rule can compute it; not null
   * @param determination a finding beyond the verdict, such as {@code NOT_DUE} for the land-price rule, if any; not
   *     null
   * @param parametersFrom the first day of the pack parameters used, if parameters were used; not null
   * @param remedyOptions the remedy in numbers: each option alone would make the parcel comply; the figures are those
   *     of {@code remedy}'s text; empty when the rule computes no remedy; not null
   */
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
    remedyOptions = ImmutableList.copyOf(remedyOptions);
  }

  /**
   * A result of {@code rule} with only a verdict and a message; add figures with the {@code with…} methods.
   *
   * @param rule the rule that judged the parcel
   * @param verdict its verdict
   * @param message why, in Chinese and English
   * @return a result with no figures, remedy or determination
   */
  public static RuleResult of(Rule rule, Verdict verdict, LocalizedText message) {
    return new RuleResult(
        rule.id(), rule.citation(), verdict, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), message,
        Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of());
  }

  /**
   * This result with a measured value and the limit it was held to.
   *
   * @param measured the figure of the parcel, unrounded (a plot ratio, a share as a fraction, a term in years)
   * @param limit the limit it was held to, in the same unit
   * @param unit {@code ratio}, {@code share}, {@code years} or {@code m2}
   * @return a copy of this result with the figures
   */
  public RuleResult withMeasure(double measured, double limit, String unit) {
    checkNotNull(unit, "RuleResult.unit");
    checkArgument(!unit.isBlank(), "RuleResult.unit must not be blank");
    return new RuleResult(ruleId, citation, verdict, OptionalDouble.of(measured), OptionalDouble.of(limit),
        Optional.of(unit), message, remedy, determination, parametersFrom, remedyOptions);
  }

  /**
   * This result with a remedy given in numbers: its options, and the text written from them. Each option alone must
   * make the parcel comply with this rule.
   *
   * @param remedy the remedy in words, Chinese and English
   * @param options the same remedy in numbers
   * @return a copy of this result with the remedy
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

  /**
   * This result with a determination, such as {@code DUE} or {@code NOT_DUE}.
   *
   * @param determination a finding beyond the verdict, upper-case words joined by {@code _}
   * @return a copy of this result with the determination
   */
  public RuleResult withDetermination(String determination) {
    checkNotNull(determination, "RuleResult.determination");
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, remedy,
        Optional.of(determination), parametersFrom, remedyOptions);
  }

  /**
   * This result noting the parameters it used.
   *
   * @param parameters the version of the rule's parameters the result used
   * @return a copy of this result naming that version's effective date
   */
  public RuleResult withParameters(Parameters parameters) {
    checkNotNull(parameters, "RuleResult.parameters");
    return new RuleResult(ruleId, citation, verdict, measured, limit, unit, message, remedy, determination,
        Optional.of(parameters.effectiveFrom()), remedyOptions);
  }
}
