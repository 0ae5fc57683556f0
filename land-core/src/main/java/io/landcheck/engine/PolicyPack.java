package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.model.LandUse;
import io.landcheck.model.UseClass;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy as data: its rules with their citations, every number they use with the date it took effect, the land
 * uses it judges and the use codes it classifies. Load one with {@link PolicyPacks}; packs are immutable and safe to
 * share between threads.
 *
 * @since 0.1
 */
public final class PolicyPack {

  /**
   * A pack's {@code tolerance} must be below this. The tolerance absorbs rounding when ratios and shares are compared
   * with their limits; one this large would start to move verdicts. A bound of landcheck's, not of any policy.
   */
  static final double TOLERANCE_BOUND = 0.01;

  /** A rule of the pack with every version of its parameters, oldest first. */
  record Entry(Rule rule, ImmutableList<Parameters> versions) {}

  private final String id;
  private final LocalizedText title;
  private final String document;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveUntil;
  private final double tolerance;
  private final ImmutableMap<String, LocalizedText> landUses;
  private final UseCodes useCodes;
  private final ImmutableList<Entry> rules;
  private final ImmutableList<Parameters> measurement;
  private final ImmutableList<BatchRule> batchRules;

  PolicyPack(
      String id, LocalizedText title, String document, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil,
      double tolerance, ImmutableMap<String, LocalizedText> landUses, UseCodes useCodes, ImmutableList<Entry> rules,
      ImmutableList<Parameters> measurement, ImmutableList<BatchRule> batchRules) {
    this.id = checkNotNull(id);
    this.title = checkNotNull(title);
    this.document = checkNotNull(document);
    this.effectiveFrom = checkNotNull(effectiveFrom);
    this.effectiveUntil = checkNotNull(effectiveUntil);
    checkArgument(tolerance >= 0 && tolerance < TOLERANCE_BOUND, "pack %s: tolerance must be in [0, %s), was %s", id,
        TOLERANCE_BOUND, tolerance);
    this.tolerance = tolerance;
    this.landUses = checkNotNull(landUses);
    this.useCodes = checkNotNull(useCodes);
    this.rules = checkNotNull(rules);
    this.measurement = checkNotNull(measurement);
    this.batchRules = checkNotNull(batchRules);
  }

  /**
   * The pack's id, such as {@code shanghai-2021}.
   *
   * @return the id, as reports name the pack
   */
  public String id() {
    return id;
  }

  /**
   * The pack's title.
   *
   * @return the title in Chinese and English
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * The document the pack implements, such as 沪府规〔2021〕9号.
   *
   * @return the document number
   */
  public String document() {
    return document;
  }

  /**
   * The day the policy took effect.
   *
   * @return the effective date (施行日期)
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The last day the policy is in force, if it has an end.
   *
   * @return the last day in force; empty while the policy has no end date
   */
  public Optional<LocalDate> effectiveUntil() {
    return effectiveUntil;
  }

  /**
   * Whether the policy is in force on {@code date}.
   *
   * @param date the date a parcel is judged for
   * @return true from {@link #effectiveFrom()} to {@link #effectiveUntil()}, both inclusive
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && effectiveUntil.map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * The tolerance used when a ratio or share is compared with its limit.
   *
   * @return how far a ratio or share may stand from its limit and still count as on it, in the limit's unit
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * The per-parcel rules, in pack order.
   *
   * @return the rules; an immutable list
   */
  public List<Rule> rules() {
    return rules.stream().map(Entry::rule).collect(ImmutableList.toImmutableList());
  }

  /**
   * The rules over a whole batch of parcels (such as a balance between the parcels of a park), in pack order.
   *
   * @return the batch rules; an empty list when the pack has none
   */
  public List<BatchRule> batchRules() {
    return batchRules;
  }

  /**
   * The land uses the pack judges, with their names.
   *
   * @return each land use's name in Chinese and English, by its code, in pack order
   */
  public Map<String, LocalizedText> landUses() {
    return landUses;
  }

  /**
   * The use class of a use code (or one of its aliases) on a land use, or empty if the pack does not know the code.
   *
   * @param useCode a use code or alias, such as 生产 or 宿舍
   * @param landUse the land use the floor area is on; a use may count differently on different land uses
   * @return principal industrial, other industrial (其他产业用途) or living amenity (生活配套)
   */
  public Optional<UseClass> classify(String useCode, LandUse landUse) {
    return useCodes.find(useCode).map(e -> e.classOn(landUse));
  }

  /**
   * The canonical use code for a code or alias, or empty if the pack does not know it.
   *
   * @param codeOrAlias a use code or one of its aliases
   * @return the canonical code, as reports name it
   */
  public Optional<String> canonicalUseCode(String codeOrAlias) {
    return useCodes.find(codeOrAlias).map(UseCodes.Entry::code);
  }

  /**
   * The canonical use codes, in pack order.
   *
   * @return the use codes; an immutable list
   */
  public List<String> useCodes() {
    return useCodes.entries().stream().map(UseCodes.Entry::code).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every version of a rule's parameters, oldest first; empty if the pack has no such rule.
   *
   * @param ruleId the rule's id
   * @return the versions, each with its effective date
   */
  public List<Parameters> versions(RuleId ruleId) {
    return rules.stream()
        .filter(e -> e.rule().id().equals(ruleId))
        .findFirst()
        .map(Entry::versions)
        .orElse(ImmutableList.of());
  }

  /**
   * The measurement parameters (storey-height thresholds and factors, site-area tolerance, split minimums) in force on
   * {@code date}.
   *
   * @param date the date a parcel is measured for (its application date)
   * @return the version in force on that date
   * @throws IllegalArgumentException if none is in force then (see {@link #measurementOn} to ask first)
   */
  public Parameters measurement(LocalDate date) {
    return measurementOn(date).orElseThrow(() -> new IllegalArgumentException(
        "pack " + id + ": no measurement parameters in force on " + date));
  }

  /**
   * The measurement parameters in force on {@code date}, or empty for a date before the pack's first version (an
   * application from before the policy took effect).
   *
   * @param date the date a parcel is measured for (its application date)
   * @return the version in force on that date; empty before the pack's first version
   */
  public Optional<Parameters> measurementOn(LocalDate date) {
    return Parameters.inForce(measurement, date);
  }

  /**
   * Every version of the measurement parameters, oldest first, each with the source of its numbers
   * ({@link Parameters#sources()}); an unmodifiable list.
   *
   * @return the versions
   */
  public List<Parameters> measurementVersions() {
    return measurement;
  }

  ImmutableList<Entry> entries() {
    return rules;
  }

  @Override
  public String toString() {
    return id + " (" + document + ", from " + effectiveFrom + ")";
  }
}
