package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.landcheck.input.ParcelRecords;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.GreenSpaceChange;
import io.landcheck.model.Intensification;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.LandUse;
import io.landcheck.model.Lease;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.shanghai.GreenSpaceReport.DistrictBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.GreenSpaceReport.Shortfall;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A record refusing a value names the record and the field")
class RecordChecksTest {

  @Test
  @DisplayName("a lease term out of range is refused as Lease.termYears")
  void leaseTerm() {
    assertThatThrownBy(() -> Lease.of(APPLIED, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Lease.termYears must be from 1 to 70 years, was 80");
  }

  @Test
  @DisplayName("a lease without a grant date is refused as Lease.grantDate")
  void leaseGrantDate() {
    assertThatThrownBy(() -> Lease.of(null, 20)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Lease.grantDate");
  }

  @Test
  @DisplayName("a negative intensification figure is refused as Intensification and the field")
  void intensification() {
    assertThatThrownBy(() -> new Intensification(1.0, -2.0, 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Intensification.plotRatioAfter must be >= 0, was -2.0");
  }

  @Test
  @DisplayName("a negative green-space figure is refused as GreenSpaceChange and the field")
  void greenSpaceChange() {
    assertThatThrownBy(() -> new GreenSpaceChange(10, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GreenSpaceChange.greenAddedInParkM2 must be >= 0, was -3.0");
  }

  @Test
  @DisplayName("a surplus part of no width is refused as SplitRequest.surplusMinWidthM")
  void splitWidth() {
    assertThatThrownBy(() -> SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(3_000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SplitRequest.surplusMinWidthM must be > 0, was 0.0");
  }

  @Test
  @DisplayName("a record's split surplus of 0 m² or less is an error naming split_area_m2 or split_width_m, not an"
      + " exception that stops the batch")
  void splitSurplusOfARecord() {
    Map<String, Object> fields = new LinkedHashMap<>(Map.of("parcel_id", "S-1", "split_conditions_met", true,
        "split_listed", true, "split_recipient", "PARK_PLATFORM", "split_area_m2", -1, "split_width_m", 40));
    ParcelRecords.Mapped area = ParcelRecords.map(fields, "s.json#1", ShanghaiPacks.shanghai2021());
    fields.putAll(Map.of("split_area_m2", 3_000, "split_width_m", "0"));
    ParcelRecords.Mapped width = ParcelRecords.map(fields, "s.json#1", ShanghaiPacks.shanghai2021());

    assertThat(area.parcel()).isEmpty();
    assertThat(area.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("split_area_m2");
      assertThat(e.message()).isEqualTo("s.json#1: must be > 0, was -1.0");
    });
    assertThat(width.parcel()).isEmpty();
    assertThat(width.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("split_width_m");
      assertThat(e.message()).isEqualTo("s.json#1: must be > 0, was 0.0");
    });
  }

  @Test
  @DisplayName("a blank Chinese text is refused as LocalizedText.zh")
  void localizedText() {
    assertThatThrownBy(() -> LocalizedText.of(" ", "text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("LocalizedText.zh must not be blank");
  }

  @Test
  @DisplayName("a blank error message is refused as RecordError.message")
  void recordError() {
    assertThatThrownBy(() -> RecordError.of(RecordError.Code.INVALID_VALUE, "P-1", "siteAreaM2", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("RecordError.message must not be blank");
  }

  @Test
  @DisplayName("a blank land use code is refused as LandUse.code")
  void landUseCode() {
    assertThatThrownBy(() -> LandUse.of("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("LandUse.code must not be blank");
  }

  @Test
  @DisplayName("a rule id that is not lower-case words is refused as RuleId.value")
  void ruleId() {
    assertThatThrownBy(() -> RuleId.of("Lease Term"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("RuleId.value must be lower-case");
  }

  @Test
  @DisplayName("a rule context with a negative tolerance is refused as RuleContext.tolerance")
  void ruleContextTolerance() {
    Parcel parcel = industrial("P").build();
    FloorAreaSummary areas = new FloorAreaSummary(
        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0, 0);
    assertThatThrownBy(() -> new RuleContext(parcel, areas, APPLIED, ImmutableList.of(), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("RuleContext.tolerance");
  }

  @Test
  @DisplayName("a report with verdict ERROR but no errors is refused as Report.verdict")
  void reportVerdict() {
    assertThatThrownBy(() -> new Report("P-1", "pack", Optional.of(APPLIED), true, Verdict.ERROR, List.of(),
            List.of(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Report.verdict must be ERROR");
  }

  @Test
  @DisplayName("an error report without an error is refused as Report.errors")
  void errorReportWithoutErrors() {
    assertThatThrownBy(() -> Report.error("P-1", "pack", APPLIED, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Report.errors must not be empty");
  }

  @Test
  @DisplayName("a parcel's bad lease term is reported as its field lease.termYears, without the record's name")
  void parcelLeaseField() {
    InvalidParcelException e =
        catchThrowableOfType(InvalidParcelException.class, () -> industrial("P-1").lease(APPLIED, 80).build());
    assertThat(e.toRecordError()).extracting(RecordError::code, RecordError::recordId, RecordError::field)
        .containsExactly(RecordError.Code.INVALID_VALUE, "P-1", "lease.termYears");
    assertThat(e.toRecordError().message("en")).isEqualTo("must be from 1 to 70 years, was 80");
    assertThat(e.toRecordError().message("zh")).isEqualTo("应为 1 至 70 年，实为 80");
  }

  @Test
  @DisplayName("a parcel's bad intensification is reported as its field intensification.plotRatioAfter")
  void parcelIntensificationField() {
    InvalidParcelException e = catchThrowableOfType(InvalidParcelException.class,
        () -> industrial("P-1").intensification(1.5, -2, 0, 0, true).build());
    assertThat(e.toRecordError()).extracting(RecordError::code, RecordError::recordId, RecordError::field)
        .containsExactly(RecordError.Code.INVALID_VALUE, "P-1", "intensification.plotRatioAfter");
    assertThat(e.toRecordError().message("en")).isEqualTo("must be >= 0, was -2.0");
    assertThat(e.toRecordError().message("zh")).isEqualTo("应不小于 0，实为 -2.0");
  }

  @Test
  @DisplayName("a park balance with a cut that is not a number is refused as ParkBalance.cutM2")
  void parkBalanceCut() {
    assertThatThrownBy(() -> new ParkBalance("P1", Optional.of("D1"), Double.NaN, 0, 0, 0, ParkStatus.NO_CUT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ParkBalance.cutM2 must be >= 0, was NaN");
  }

  @Test
  @DisplayName("a park balance with a negative shortfall is refused as ParkBalance.shortM2")
  void parkBalanceShort() {
    assertThatThrownBy(() -> new ParkBalance("P1", Optional.empty(), 10, 0, 0, -10, ParkStatus.SHORT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ParkBalance.shortM2 must be >= 0, was -10.0");
  }

  @Test
  @DisplayName("a park balance without a status is refused as ParkBalance.status")
  void parkBalanceStatus() {
    assertThatThrownBy(() -> new ParkBalance("P1", Optional.empty(), 0, 0, 0, 0, null))
        .isInstanceOf(NullPointerException.class).hasMessage("ParkBalance.status");
  }

  @Test
  @DisplayName("a district balance with a negative surplus is refused as DistrictBalance.surplusM2")
  void districtBalanceSurplus() {
    assertThatThrownBy(() -> new DistrictBalance("D1", -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("DistrictBalance.surplusM2 must be >= 0, was -1.0");
  }

  @Test
  @DisplayName("a district balance without a district is refused as DistrictBalance.districtId")
  void districtBalanceId() {
    assertThatThrownBy(() -> new DistrictBalance(null, 0, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("DistrictBalance.districtId");
  }

  @Test
  @DisplayName("a shortfall of infinite area is refused as Shortfall.shortM2")
  void shortfallArea() {
    LocalizedText reason = LocalizedText.of("不足", "short");
    assertThatThrownBy(() -> new Shortfall("P-1", Optional.empty(), Double.POSITIVE_INFINITY, reason))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Shortfall.shortM2 must be >= 0, was Infinity");
  }

  @Test
  @DisplayName("a shortfall without a reason is refused as Shortfall.reason")
  void shortfallReason() {
    assertThatThrownBy(() -> new Shortfall("P-1", Optional.empty(), 5, null))
        .isInstanceOf(NullPointerException.class).hasMessage("Shortfall.reason");
  }

  @Test
  @DisplayName("a green-space entry with a negative cut is refused as GreenSpaceRule.Entry.cutM2")
  void entryCut() {
    assertThatThrownBy(() -> new GreenSpaceRule.Entry("P-1", Optional.of("P1"), Optional.empty(), -5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GreenSpaceRule.Entry.cutM2 must be >= 0, was -5.0");
  }

  @Test
  @DisplayName("a green-space entry with a park of null is refused as GreenSpaceRule.Entry.parkId")
  void entryPark() {
    assertThatThrownBy(() -> new GreenSpaceRule.Entry("P-1", null, Optional.empty(), 5, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("GreenSpaceRule.Entry.parkId");
  }

  @Test
  @DisplayName("a floor-area summary with a negative site area is refused as FloorAreaSummary.siteAreaM2")
  void summarySiteArea() {
    assertThatThrownBy(() -> new FloorAreaSummary(
            OptionalDouble.of(-1), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FloorAreaSummary.siteAreaM2 must be >= 0, was -1.0");
  }

  @Test
  @DisplayName("a floor-area summary with living amenities that are not a number is refused as its livingAmenityM2")
  void summaryAmenity() {
    assertThatThrownBy(() -> new FloorAreaSummary(
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FloorAreaSummary.livingAmenityM2 must be >= 0, was NaN");
  }

  @Test
  @DisplayName("a land use of null is refused as LandUse.code, not with a bare NullPointerException")
  void landUseNull() {
    assertThatThrownBy(() -> LandUse.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("LandUse.code");
  }

  @Test
  @DisplayName("a remedy of null is refused as RuleResult.remedy")
  void remedyNull() {
    RuleResult r = TestParcels.result(industrial("P-1"), Rules.LEASE_TERM);
    assertThatThrownBy(() -> r.withRemedy(null, List.of(RemedyOption.shortenTermTo(20))))
        .isInstanceOf(NullPointerException.class).hasMessage("RuleResult.remedy");
  }

  @Test
  @DisplayName("a determination of null is refused as RuleResult.determination")
  void determinationNull() {
    RuleResult r = TestParcels.result(industrial("P-1"), Rules.LEASE_TERM);
    assertThatThrownBy(() -> r.withDetermination(null))
        .isInstanceOf(NullPointerException.class).hasMessage("RuleResult.determination");
  }

  @Test
  @DisplayName("a result with a measured value but no unit is refused as RuleResult.unit")
  void measuredWithoutUnit() {
    RuleResult r = TestParcels.result(industrial("P-1"), Rules.LEASE_TERM);
    assertThatThrownBy(() -> new RuleResult(r.ruleId(), r.citation(), r.verdict(), OptionalDouble.of(2.0),
        OptionalDouble.of(2.0), Optional.empty(), r.message(), Optional.empty(), Optional.empty(), Optional.empty(),
        ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("RuleResult.unit must be given exactly");
  }

  @Test
  @DisplayName("a blank unit is refused as RuleResult.unit")
  void blankUnit() {
    RuleResult r = TestParcels.result(industrial("P-1"), Rules.LEASE_TERM);
    assertThatThrownBy(() -> r.withMeasure(2.0, 2.0, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("RuleResult.unit must not be blank");
  }
}
