package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Parcel facts")
class ParcelTest {

  private static Parcel everyFact() {
    return Parcel.builder(" P-1 ")
        .landUse(LandUse.GENERAL_RD).singleUse(false)
        .project(ProjectCategory.MANUFACTURING_INNOVATION_CENTRE, RecognitionLevel.NATIONAL)
        .lease(LocalDate.of(2022, 2, 2), 50).tenure(LandTenure.EXISTING).siteAreaM2(1_234.5)
        .floorAreaM2("研发", 3_000).floorAreaM2("宿舍", 200).undergroundFloorAreaM2(900)
        .approvedPlotRatioCap(4.0).intensification(2.0, 3.2, 100, 900, true)
        .split(SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(3_100, 31))
        .greenSpace(50, 20).rooftopGreenAreaM2(300).districtId("D").parkId("P")
        .applicationDate(LocalDate.of(2023, 3, 3))
        .build();
  }

  @Test
  @DisplayName("a parcel rebuilt from its builder equals the original")
  void roundTrip() {
    Parcel parcel = everyFact();
    assertThat(parcel.toBuilder().build()).isEqualTo(parcel);
  }

  @Test
  @DisplayName("the id and use codes are stripped of surrounding blanks")
  void stripped() {
    Parcel parcel = Parcel.builder(" P-2\t").floorAreaM2(" 生产 ", 10).build();
    assertThat(parcel.id()).isEqualTo("P-2");
    assertThat(parcel.aboveGroundFloorAreaM2()).containsOnlyKeys("生产");
  }

  @Test
  @DisplayName("floor area declared twice for one use code adds up")
  void repeatedUseAddsUp() {
    Parcel parcel = Parcel.builder("P").floorAreaM2("生产", 1_000).floorAreaM2("生产", 250.5).build();
    assertThat(parcel.aboveGroundFloorAreaM2()).containsEntry("生产", 1_250.5);
    assertThat(parcel.totalAboveGroundFloorAreaM2()).hasValue(1_250.5);
  }

  @Test
  @DisplayName("a parcel with no floor area declared has no total, rather than a total of zero")
  void noTotal() {
    assertThat(Parcel.builder("P").build().totalAboveGroundFloorAreaM2()).isEmpty();
  }

  @Test
  @DisplayName("blank district and park ids are taken as unknown")
  void blankIds() {
    Parcel parcel = Parcel.builder("P").districtId(" ").parkId("").build();
    assertThat(parcel.districtId()).isEmpty();
    assertThat(parcel.parkId()).isEmpty();
  }

  @Test
  @DisplayName("facts never set are empty, not null")
  void unsetFactsEmpty() {
    Parcel parcel = Parcel.builder("P").build();
    assertThat(parcel.landUse()).isEmpty();
    assertThat(parcel.singleUse()).isEmpty();
    assertThat(parcel.lease()).isEmpty();
    assertThat(parcel.siteAreaM2()).isEmpty();
    assertThat(parcel.projectCategory()).isEqualTo(ProjectCategory.NONE);
    assertThat(parcel.undergroundFloorAreaM2()).isZero();
  }

  @Test
  @DisplayName("verdicts order from not applicable to error")
  void verdictOrder() {
    assertThat(Verdict.values()).containsExactly(Verdict.NOT_APPLICABLE, Verdict.COMPLIANT, Verdict.INSUFFICIENT_DATA,
        Verdict.NON_COMPLIANT, Verdict.ERROR);
  }

  @Test
  @DisplayName("the worst of two verdicts is the later in that order, whichever is asked")
  void worstIsLater() {
    assertThat(Verdict.COMPLIANT.worst(Verdict.INSUFFICIENT_DATA)).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(Verdict.NON_COMPLIANT.worst(Verdict.INSUFFICIENT_DATA)).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(Verdict.NOT_APPLICABLE.worst(Verdict.COMPLIANT)).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("rules that do not apply leave the overall verdict to those that do")
  void notApplicableDoesNotCount() {
    Parcel parcel = Parcel.builder("P").landUse(LandUse.GENERAL_RD).singleUse(false).siteAreaM2(1_000)
        .floorAreaM2("研发", 3_000).applicationDate(LocalDate.of(2023, 1, 1)).build();
    Report report = TestParcels.CHECKER.check(parcel);
    assertThat(report.results()).extracting(RuleResult::verdict)
        .containsOnly(Verdict.NOT_APPLICABLE, Verdict.COMPLIANT);
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
  }
}
