package io.landcheck.test;

import static io.landcheck.test.LandcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.RemedyOption;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The code sample of the README's "Testing zoning scenarios" section, kept compiling and true. */
class ReadmeSampleTest {

  @Test
  @DisplayName("the README sample: a factory with a dormitory wing breaks the 15% amenity limit")
  void readmeSample() {
    Checker checker = Checker.of(ShanghaiPacks.shanghai2021());

    Parcel parcel = Scenario.industrialParcel("P-1")
        .siteAreaM2(10_000)
        .factory(4, 4_500)
        .dormitory(3, 1_200)
        .lease(20)
        .build();

    assertThat(checker.check(parcel))
        .isNonCompliant()
        .hasPlotRatio(2.16, within(0.005))
        .violates(Rules.MIXED_USE_AMENITY)
        .result(Rules.MIXED_USE_AMENITY).hasLimit(0.15).citesClause("五(二)").hasRemedyContaining("Cut living amenities");

    assertThat(checker.check(parcel)).remedyPlan()
        .isFound().changesOnly(UseClass.LIVING_AMENITY).compliesWhenApplied(checker, parcel)
        .cuts(UseClass.LIVING_AMENITY).isCloseTo(423.6, within(0.05));
    assertThat(checker.check(parcel)).result(Rules.MIXED_USE_AMENITY)
        .option(RemedyOption.Kind.REDUCE_FLOOR_AREA, UseClass.LIVING_AMENITY).compliesAlone();

    WhatIf whatIf = WhatIf.of(checker, parcel);
    assertThat(whatIf.maxAdditionalFloorAreaM2("宿舍")).hasValue(0.0);
    assertThat(whatIf.principalFloorAreaToReachPlotRatioFloorM2()).hasValue(0.0);
    assertThat(whatIf.adding("宿舍", 3_000)).violates(Rules.MIXED_USE_AMENITY);
  }
}
