package io.landcheck.engine;

/**
 * What a rule concludes about a parcel, declared from least to most serious, so the overall verdict of a report is
 * the {@link #worst} of its rules.
 *
 * @since 0.1
 */
public enum Verdict {
  /** The rule does not apply to this parcel (for example, the mixed-use limits on land that is not single-use). */
  NOT_APPLICABLE,
  /** The parcel meets the rule. */
  COMPLIANT,
  /** A fact the rule needs is missing, so it cannot judge; the result names the fact. */
  INSUFFICIENT_DATA,
  /** The parcel breaks the rule. */
  NON_COMPLIANT,
  /** The parcel's record is bad data and was not judged; the errors name the field. */
  ERROR;

  /**
   * The more serious of the two.
   *
   * @param other another verdict
   * @return whichever of this and {@code other} comes later in the declaration order (the more serious)
   */
  public Verdict worst(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
