package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.shanghai.Rules;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A rule names a missing fact (INSUFFICIENT_DATA) only if some value of it could change the verdict; otherwise it
 * gives the verdict. Each expected verdict is worked out by hand from 五(二) and the Shanghai pack's numbers.
 */
@DisplayName("A missing fact is named only when it matters")
class MissingFactsTest {

  /** Industrial-land facts without a land use. */
  private static Parcel.Builder noLandUse(String id) {
    return Parcel.builder(id).singleUse(true).applicationDate(APPLIED);
  }

  @Nested
  @DisplayName("lease term")
  class LeaseTerm {

    @Test
    @DisplayName("51 years for a municipal strategic key project without a recognition level exceeds 50 at any level")
    void fiftyOneYearsWithoutLevel() {
      RuleResult r = result(industrial("L").projectCategory(ProjectCategory.MUNICIPAL_STRATEGIC_KEY).lease(APPLIED, 51),
          Rules.LEASE_TERM);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.measured()).hasValue(51);
      assertThat(r.limit()).hasValue(50);
      assertThat(r.message().en()).contains("whatever the recognition level");
    }

    @Test
    @DisplayName("the remedy for 51 years without a level is a term every level allows: 20 years")
    void fiftyOneYearsRemedy() {
      RuleResult r = result(industrial("L").projectCategory(ProjectCategory.MUNICIPAL_STRATEGIC_KEY).lease(APPLIED, 51),
          Rules.LEASE_TERM);
      assertThat(r.remedyOptions()).containsExactly(RemedyOption.shortenTermTo(20).withCompliesAlone(true));
    }

    @Test
    @DisplayName("30 years for a municipal strategic key project without a level needs the level: 50 at municipal, 20 at district")
    void thirtyYearsNeedsLevel() {
      RuleResult r = result(industrial("L").projectCategory(ProjectCategory.MUNICIPAL_STRATEGIC_KEY).lease(APPLIED, 30),
          Rules.LEASE_TERM);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("recognitionLevel");
    }

    @Test
    @DisplayName("a lease granted before 2021-09-01 is not judged by the clause, whatever the land use")
    void oldLeaseWithoutLandUse() {
      RuleResult r = result(noLandUse("L").lease(LocalDate.of(2020, 1, 1), 30), Rules.LEASE_TERM);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(r.message().en()).contains("landUse");
    }

    @Test
    @DisplayName("20 years without a land use needs it: compliant on industrial land, not applicable on general R&D land")
    void leaseWithoutLandUse() {
      RuleResult r = result(noLandUse("L").lease(APPLIED, 20), Rules.LEASE_TERM);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("landUse", "industrial: COMPLIANT", "general-rd: NOT_APPLICABLE");
    }
  }

  @Nested
  @DisplayName("plot ratio")
  class PlotRatio {

    @Test
    @DisplayName("without a land use, a plot ratio of 3.5 is at least both floors (2.0 and 3.0)")
    void aboveEveryFloor() {
      RuleResult r = result(noLandUse("P").siteAreaM2(10_000).floorAreaM2("生产", 35_000), Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(r.limit()).hasValue(3.0);
    }

    @Test
    @DisplayName("without a land use, a plot ratio of 1.5 is below both floors")
    void belowEveryFloor() {
      RuleResult r = result(noLandUse("P").siteAreaM2(10_000).floorAreaM2("生产", 15_000), Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("without a land use, a plot ratio of 2.5 needs it: at least 2.0 on industrial, below 3.0 on general R&D")
    void betweenTheFloors() {
      RuleResult r = result(noLandUse("P").siteAreaM2(10_000).floorAreaM2("生产", 25_000), Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("landUse");
    }

    @Test
    @DisplayName("with no floor area at all, the plot ratio is 0 whatever the site area: below the floor")
    void noFloorAreaNoSiteArea() {
      Parcel parcel = industrial("P").clearAreas().floorAreaM2("生产", 0).build();
      assertThat(result(parcel, Rules.PLOT_RATIO_MINIMUM).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("with no floor area at all, the plot ratio is 0 whatever the site area: within the approved cap")
    void noFloorAreaWithinCap() {
      Parcel parcel = industrial("P").clearAreas().floorAreaM2("生产", 0).approvedPlotRatioCap(2.5).build();
      assertThat(result(parcel, Rules.PLOT_RATIO_CAP).verdict()).isEqualTo(Verdict.COMPLIANT);
    }
  }

  @Nested
  @DisplayName("land price")
  class LandPrice {

    @Test
    @DisplayName("an approved increase on new land owes the price whatever the land use")
    void newLandWithoutLandUse() {
      Parcel parcel = noLandUse("LP").tenure(LandTenure.NEW).intensification(1.5, 2.5, 0, 0, true).build();
      RuleResult r = result(parcel, Rules.LAND_PRICE);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(r.determination()).hasValue("DUE");
    }

    @Test
    @DisplayName("an approved increase on industrial land without a tenure needs it: exempt only if existing")
    void industrialWithoutTenure() {
      Parcel parcel = Parcel.builder("LP").landUse(LandUse.INDUSTRIAL).intensification(1.5, 2.5, 0, 0, true)
          .applicationDate(APPLIED).build();
      RuleResult r = result(parcel, Rules.LAND_PRICE);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("tenure");
    }
  }

  @Nested
  @DisplayName("mixed-use shares")
  class MixedUse {

    @Test
    @DisplayName("without a land use, dormitories at 20% exceed 15% on every land use: they are amenities on each")
    void amenityOverOnEveryLandUse() {
      Parcel parcel = noLandUse("M").floorAreaM2("生产", 8_000).floorAreaM2("宿舍", 2_000).build();
      RuleResult r = result(parcel, Rules.MIXED_USE_AMENITY);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.measured()).hasValue(0.2);
    }

    @Test
    @DisplayName("without a land use, R&D 50% and production 50% exceed 30%: each is the other use on one of the land uses")
    void ancillaryOverOnEveryLandUse() {
      Parcel parcel = noLandUse("M").floorAreaM2("生产", 5_000).floorAreaM2("研发", 5_000).build();
      RuleResult r = result(parcel, Rules.MIXED_USE_ANCILLARY);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.measured()).hasValue(0.5);
    }

    @Test
    @DisplayName("without a land use, production 80% and dormitories 20% need it: 20% on industrial, 100% on R&D land")
    void ancillaryDependsOnLandUse() {
      Parcel parcel = noLandUse("M").floorAreaM2("生产", 8_000).floorAreaM2("宿舍", 2_000).build();
      RuleResult r = result(parcel, Rules.MIXED_USE_ANCILLARY);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("landUse");
    }

    @Test
    @DisplayName("an unknown single-use status does not matter when there is no above-ground floor area to share")
    void noFloorAreaWithoutSingleUse() {
      Parcel parcel = Parcel.builder("M").landUse(LandUse.INDUSTRIAL).floorAreaM2("生产", 0).applicationDate(APPLIED)
          .build();
      assertThat(result(parcel, Rules.MIXED_USE_AMENITY).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
  }

  @Nested
  @DisplayName("split transfer")
  class SplitTransfer {

    @Test
    @DisplayName("a split to another recipient is not eligible whatever the land use")
    void otherRecipientWithoutLandUse() {
      Parcel parcel = noLandUse("S").split(SplitRequest.of(true, true, Recipient.OTHER)).build();
      RuleResult r = result(parcel, Rules.SPLIT_TRANSFER);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.message().en()).doesNotContain("may not be split");
    }

    @Test
    @DisplayName("a split meeting every other condition needs the land use: only industrial land may be split off")
    void eligibleSplitWithoutLandUse() {
      Parcel parcel = noLandUse("S").split(SplitRequest.of(true, true, Recipient.PARK_PLATFORM)).build();
      RuleResult r = result(parcel, Rules.SPLIT_TRANSFER);
      assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.message().en()).contains("landUse");
    }
  }
}
