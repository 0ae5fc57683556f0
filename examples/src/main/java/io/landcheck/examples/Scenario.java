package io.landcheck.examples;

/**
 * What a generated parcel is meant to show: a compliant project, or one way of breaking 沪府规〔2021〕9号 五. The
 * generator sets the parcel's facts and aims its floor areas (计容建筑面积) at the scenario's targets; the checker, not
 * the generator, has the last word on the verdict.
 */
enum Scenario {
  /** Plot ratio (容积率) above the minimum, mixed-use shares inside their limits, a 20-year lease. */
  COMPLIANT(44),
  /** Plot ratio below the pack's minimum for the land use. */
  LOW_PLOT_RATIO(9),
  /** Plot ratio above the planning conditions' cap (容积率上限). */
  OVER_CAP(5),
  /** Living amenities (生活配套: 宿舍, 餐饮, 零售) above their share of above-ground floor area. */
  AMENITY_HEAVY(6),
  /** Other industrial uses plus living amenities above their share of above-ground floor area. */
  ANCILLARY_HEAVY(5),
  /** Mixed uses on land that is not single-use industrial land (the shares do not apply). */
  NOT_SINGLE_USE(5),
  /** A 50-year lease for a qualifying project recognised at municipal level or above. */
  LONG_LEASE_QUALIFIED(5),
  /** A 50-year lease for an ordinary project, or one recognised only by a district. */
  LONG_LEASE_UNQUALIFIED(5),
  /** Existing land with an approved plot-ratio increase and added underground space (no added land price). */
  INTENSIFIED(5),
  /** Existing land with an increase that is not approved yet. */
  INTENSIFIED_PENDING(2),
  /** An extension that cuts attached green space (附属绿地) and adds some in the park. */
  GREEN_EXTENSION(6),
  /** Facts missing from the record: no lease, or single use not stated (insufficient data). */
  FACTS_MISSING(3);

  private final int weight;

  Scenario(int weight) {
    this.weight = weight;
  }

  int weight() {
    return weight;
  }
}
