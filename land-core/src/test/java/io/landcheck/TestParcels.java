package io.landcheck;

import java.time.LocalDate;

/** Parcels for tests: a plain industrial parcel that every rule passes, to vary one fact at a time. */
final class TestParcels {

  static final LocalDate APPLIED = LocalDate.of(2023, 6, 1);
  static final Checker CHECKER = Checker.of(PolicyPacks.shanghai2021());

  private TestParcels() {}

  /**
   * Single-use industrial land of 10,000 m² with 20,000 m² of production floor area (plot ratio 2.0), an ordinary
   * project on a 20-year lease granted on the application date, new land, no split, no green-space change.
   */
  static Parcel.Builder industrial(String id) {
    return Parcel.builder(id)
        .landUse(LandUse.INDUSTRIAL)
        .singleUse(true)
        .projectCategory(ProjectCategory.NONE)
        .lease(APPLIED, 20)
        .tenure(LandTenure.NEW)
        .siteAreaM2(10_000)
        .floorAreaM2("生产", 20_000)
        .districtId("D1")
        .parkId("P1")
        .applicationDate(APPLIED);
  }

  /** The result of one rule of the Shanghai pack on the parcel. */
  static RuleResult result(Parcel parcel, RuleId rule) {
    return CHECKER.check(parcel).result(rule).orElseThrow();
  }

  /** The result of one rule of the Shanghai pack on the parcel the builder makes. */
  static RuleResult result(Parcel.Builder parcel, RuleId rule) {
    return result(parcel.build(), rule);
  }
}
