package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.landcheck.model.UseClass;
import java.util.Optional;
import java.util.Set;

/**
 * One way to make a parcel comply with one rule, in numbers a program can apply: cut so many m² of living amenities
 * (生活配套), add so many m² of above-ground floor area counted in the plot ratio (计容建筑面积), shorten the lease to
 * so many years. A rule that fails with a remedy lists its options in {@link RuleResult#remedyOptions()}; any one of
 * them makes the parcel comply with <em>that rule</em>, and its figures are those of the remedy's text.
 *
 * <p>An option is about its own rule only: cutting living amenities to meet the 15 % share can take the plot ratio
 * below its floor. Whether applying an option alone leaves the whole parcel compliant, the checker finds by checking
 * the parcel again with it applied ({@link #compliesAlone()}); the smallest change that makes every rule comply at
 * once is the report's {@link Report#remedyPlan()}.
 *
 * <p>Floor areas are rounded up to a tenth of a square metre, so applying an option is enough for its rule; lease
 * terms are whole years.
 *
 * @param kind what to change
 * @param useClasses the classes of above-ground floor area to change, for floor-area kinds; empty means above-ground
 *     floor area of any use (as for the plot ratio, 容积率), and always empty for {@link Kind#SHORTEN_TERM_TO}
 * @param amount how much: see {@link Kind}; finite and greater than zero
 * @param unit the unit of {@code amount}, always {@code kind.unit()}: {@code m2} or {@code years}
 * @param compliesAlone whether applying this option alone, and nothing else, leaves the parcel compliant with every
 *     rule of the pack, as found by checking it again with the option applied ({@link Checker#apply}); empty on an
 *     option not checked so (one a rule has just made, before the checker marks it)
 * @since 0.1
 */
public record RemedyOption(
    Kind kind, Set<UseClass> useClasses, double amount, String unit, Optional<Boolean> compliesAlone) {

  /**
   * What an option changes, and what its amount means.
   *
   * @since 0.1
   */
  public enum Kind {
    /** Cut the above-ground floor area of {@code useClasses} (any use, if empty) by at least {@code amount} m². */
    REDUCE_FLOOR_AREA("m2"),
    /** Add at least {@code amount} m² of above-ground floor area of {@code useClasses} (any use, if empty). */
    ADD_FLOOR_AREA("m2"),
    /** Shorten the lease term (出让年限) to {@code amount} years or less; the amount is the longest term allowed. */
    SHORTEN_TERM_TO("years");

    private final String unit;

    Kind(String unit) {
      this.unit = unit;
    }

    /**
     * The unit of the amount of an option of this kind: {@code m2} or {@code years}.
     *
     * @return the unit
     */
    public String unit() {
      return unit;
    }
  }

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code IllegalArgumentException} naming it.
   *
   * @param kind what to change; not null
   * @param useClasses the classes of above-ground floor area to change, for floor-area kinds; empty means above-ground
   *     floor area of any use (as for the plot ratio, 容积率), and always empty for {@link Kind#SHORTEN_TERM_TO}; not null
   * @param amount how much: see {@link Kind}; finite and greater than zero
   * @param unit the unit of {@code amount}, always {@code kind.unit()}: {@code m2} or {@code years}; not null
   * @param compliesAlone whether applying this option alone, and nothing else, leaves the parcel compliant with every
   *     rule of the pack ({@link Checker#apply(Parcel, RemedyOption)}); empty on an option not yet checked so; not null
   */
  public RemedyOption {
    checkNotNull(kind, "RemedyOption.kind");
    checkNotNull(compliesAlone, "RemedyOption.compliesAlone");
    checkNotNull(useClasses, "RemedyOption.useClasses");
    checkNotNull(unit, "RemedyOption.unit");
    useClasses = ImmutableSet.copyOf(useClasses);
    checkArgument(Double.isFinite(amount) && amount > 0,
        "RemedyOption.amount must be finite and > 0, was %s", amount);
    checkArgument(unit.equals(kind.unit()),
        "RemedyOption.unit of %s must be %s, was %s", kind, kind.unit(), unit);
    checkArgument(kind != Kind.SHORTEN_TERM_TO || useClasses.isEmpty(),
        "RemedyOption.useClasses must be empty for %s", kind);
    checkArgument(kind != Kind.SHORTEN_TERM_TO || amount == Math.rint(amount),
        "RemedyOption.amount of %s must be whole years, was %s", kind, amount);
  }

  /**
   * This option, marked with whether applying it alone leaves the parcel compliant.
   *
   * @param complies whether the parcel, with this option applied and nothing else, complies with every rule
   * @return a copy of this option so marked
   */
  public RemedyOption withCompliesAlone(boolean complies) {
    return new RemedyOption(kind, useClasses, amount, unit, Optional.of(complies));
  }

  /**
   * An option to shorten the lease term to {@code termYears} or less.
   *
   * @param termYears the longest term, in whole years, that would make the parcel comply
   * @return a {@link Kind#SHORTEN_TERM_TO} option
   */
  public static RemedyOption shortenTermTo(int termYears) {
    return of(Kind.SHORTEN_TERM_TO, Set.of(), termYears);
  }

  /**
   * An option of {@code kind} by {@code amount} in the kind's unit, on {@code useClasses}; validated as the record.
   *
   * @param kind what to change
   * @param useClasses the classes of above-ground floor area to change; empty for any use, and for {@link
   *     Kind#SHORTEN_TERM_TO}
   * @param amount how much, in the kind's unit ({@link Kind#unit()}); finite and above 0
   * @return the option
   */
  public static RemedyOption of(Kind kind, Iterable<UseClass> useClasses, double amount) {
    checkNotNull(kind, "RemedyOption.kind");
    checkNotNull(useClasses, "RemedyOption.useClasses");
    return new RemedyOption(kind, ImmutableSet.copyOf(useClasses), amount, kind.unit(), Optional.empty());
  }
}
