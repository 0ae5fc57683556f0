package io.landcheck.engine;

import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Parcels for tests: a plain industrial parcel that every rule passes, to vary one fact at a time. */
final class TestParcels {

  static final LocalDate APPLIED = LocalDate.of(2023, 6, 1);
  /** The Shanghai pack's checker, judging parcels without an application date on {@link #APPLIED}. */
  static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021()).onDate(APPLIED);

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

  /** Parcels that vary every fact the rules read, so every rule takes many of its paths. */
  static List<Parcel> varied(int n) {
    ProjectCategory[] categories = ProjectCategory.values();
    RecognitionLevel[] levels = RecognitionLevel.values();
    return IntStream.range(0, n).mapToObj(i -> {
      Parcel.Builder b = Parcel.builder("C-" + i)
          .landUse(i % 5 == 0 ? LandUse.GENERAL_RD : LandUse.INDUSTRIAL)
          .singleUse(i % 7 != 0)
          .siteAreaM2(2_000 + 7 * (i % 500))
          .floorAreaM2("生产", 6_000 + 53 * (i % 97))
          .floorAreaM2(i % 2 == 0 ? "研发" : "办公", 500 + 11 * (i % 89))
          .floorAreaM2(i % 3 == 0 ? "宿舍" : "餐饮", 100 + 29 * (i % 61))
          .undergroundFloorAreaM2(i % 4 * 1_000)
          .tenure(i % 2 == 0 ? LandTenure.NEW : LandTenure.EXISTING)
          .lease(LocalDate.of(2022, 1, 1).plusDays(i), i % 3 == 0 ? 20 : 10 + i % 45)
          .applicationDate(LocalDate.of(2021, 8, 1).plusDays(i % 900));
      ProjectCategory category = categories[i % categories.length];
      if (category == ProjectCategory.NONE) {
        b.projectCategory(category);
      } else {
        b.project(category, levels[i % levels.length]);
      }
      if (i % 11 == 0) {
        b.intensification(1.0, 2.0, 0, i % 3 * 500, i % 2 == 0);
      }
      if (i % 13 == 0) {
        b.floorAreaM2("unknown-use", 1);
      }
      if (i % 17 == 0) {
        b.clearFloorAreas();
      }
      return b.build();
    }).toList();
  }

}
