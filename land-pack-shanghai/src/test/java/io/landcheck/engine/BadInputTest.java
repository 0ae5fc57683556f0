package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.CHECKER;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Bad input names the parcel and the field")
class BadInputTest {

  private static InvalidParcelException rejected(UnaryOperator<Parcel.Builder> change) {
    return catchThrowableOfType(InvalidParcelException.class, () -> change.apply(industrial("BAD-7")).build());
  }

  @ParameterizedTest(name = "site area {0}")
  @ValueSource(doubles = {-5, 0, Double.NaN, Double.POSITIVE_INFINITY})
  @DisplayName("a site area that is not a positive number is rejected")
  void badSiteArea(double areaM2) {
    InvalidParcelException e = rejected(b -> b.siteAreaM2(areaM2));
    assertThat(e.parcelId()).isEqualTo("BAD-7");
    assertThat(e.field()).isEqualTo("siteAreaM2");
    assertThat(e).hasMessageContaining("BAD-7").hasMessageContaining("siteAreaM2");
  }

  @ParameterizedTest(name = "floor area {0}")
  @ValueSource(doubles = {-0.1, Double.NaN, Double.NEGATIVE_INFINITY})
  @DisplayName("a floor area that is negative or not a number is rejected, naming its use code")
  void badFloorArea(double areaM2) {
    InvalidParcelException e = rejected(b -> b.floorAreaM2("宿舍", areaM2));
    assertThat(e.parcelId()).isEqualTo("BAD-7");
    assertThat(e.field()).isEqualTo("aboveGroundFloorAreaM2[宿舍]");
  }

  @Test
  @DisplayName("a negative floor area is rejected even when another entry for the same use makes the sum positive")
  void negativeHiddenInSum() {
    InvalidParcelException e = rejected(b -> b.floorAreaM2("宿舍", 1_000).floorAreaM2("宿舍", -400));
    assertThat(e.field()).isEqualTo("aboveGroundFloorAreaM2[宿舍]");
    assertThat(e.problem()).contains("-400");
  }

  @ParameterizedTest(name = "underground area {0}")
  @ValueSource(doubles = {-1, Double.NaN})
  @DisplayName("an underground area that is negative or not a number is rejected")
  void badUnderground(double areaM2) {
    assertThat(rejected(b -> b.undergroundFloorAreaM2(areaM2)).field()).isEqualTo("undergroundFloorAreaM2");
  }

  @ParameterizedTest(name = "term {0} years")
  @ValueSource(ints = {0, -20, 71, 999})
  @DisplayName("a lease term outside 1 to 70 years is rejected")
  void badTerm(int years) {
    InvalidParcelException e = rejected(b -> b.lease(APPLIED, years));
    assertThat(e.parcelId()).isEqualTo("BAD-7");
    assertThat(e.field()).isEqualTo("lease.termYears");
    assertThat(e.problem()).contains(String.valueOf(years));
  }

  @Test
  @DisplayName("a refused lease term is named lease_term_years for readers of input files")
  void termByInputName() {
    InvalidParcelException e = rejected(b -> b.lease(APPLIED, 0));
    assertThat(e.inputField()).isEqualTo("lease_term_years");
  }

  @Test
  @DisplayName("a refused floor area is named floor_areas_m2 with its use code for readers of input files")
  void floorAreaByInputName() {
    InvalidParcelException e = rejected(b -> b.floorAreaM2("宿舍", -1));
    assertThat(e.inputField()).isEqualTo("floor_areas_m2[宿舍]");
  }

  @Test
  @DisplayName("a refused approved plot-ratio cap is named plot_ratio_cap for readers of input files")
  void capByInputName() {
    InvalidParcelException e = rejected(b -> b.approvedPlotRatioCap(-1));
    assertThat(e.inputField()).isEqualTo("plot_ratio_cap");
  }

  @Test
  @DisplayName("a null given to a builder setter is reported by build(), naming the parcel and the field")
  void nullFactReportedByBuild() {
    Parcel.Builder b = industrial("BAD-7").lease(null, 20);
    InvalidParcelException e = catchThrowableOfType(InvalidParcelException.class, b::build);
    assertThat(e.parcelId()).isEqualTo("BAD-7");
    assertThat(e.field()).isEqualTo("lease.grantDate");
  }

  @Test
  @DisplayName("a null use code given to a builder is reported by build() as a floor-area field")
  void nullUseCodeReportedByBuild() {
    InvalidParcelException e = rejected(b -> b.floorAreaM2(null, 100));
    assertThat(e.field()).isEqualTo("aboveGroundFloorAreaM2");
  }

  @Test
  @DisplayName("clearing the areas leaves a parcel with no site area and no floor area of any kind")
  void clearAreas() {
    Parcel p = industrial("C-1").siteAreaM2(5_000).floorAreaM2("生产", 10_000).plotRatioFloorAreaM2(12_000)
        .undergroundFloorAreaM2(800).clearAreas().build();
    assertThat(p.siteAreaM2()).isEmpty();
    assertThat(p.aboveGroundFloorAreaM2()).isEmpty();
    assertThat(p.plotRatioFloorAreaM2()).isEmpty();
    assertThat(p.undergroundFloorAreaM2()).isZero();
  }

  @ParameterizedTest(name = "id \"{0}\"")
  @ValueSource(strings = {"", "   "})
  @DisplayName("a blank id is rejected as a missing id")
  void blankId(String id) {
    InvalidParcelException e = catchThrowableOfType(InvalidParcelException.class, () -> Parcel.builder(id).build());
    assertThat(e.parcelId()).isEqualTo(Parcel.NO_ID);
    assertThat(e.field()).isEqualTo("id");
  }

  @Test
  @DisplayName("a null id is rejected as a missing id")
  void nullId() {
    InvalidParcelException e = catchThrowableOfType(InvalidParcelException.class, () -> Parcel.builder(null).build());
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.toRecordError()).isEqualTo(RecordError.of(RecordError.Code.MISSING_VALUE, Parcel.NO_ID, "id", "missing",
        List.of("")));
    assertThat(e.toRecordError().message()).isEqualTo(e.problem());
  }

  @Test
  @DisplayName("a non-positive plot-ratio cap is rejected")
  void badCap() {
    assertThat(rejected(b -> b.approvedPlotRatioCap(0)).field()).isEqualTo("approvedPlotRatioCap");
  }

  @Test
  @DisplayName("a negative green-space cut is rejected, naming the component")
  void badGreenCut() {
    InvalidParcelException e = rejected(b -> b.greenSpace(-10, 0));
    assertThat(e.field()).isEqualTo("greenSpace.attachedGreenCutM2");
    assertThat(e.parcelId()).isEqualTo("BAD-7");
  }

  @Test
  @DisplayName("a NaN in an intensification is rejected, naming the component")
  void badIntensification() {
    assertThat(rejected(b -> b.intensification(1.2, Double.NaN, 0, 0, true)).field())
        .isEqualTo("intensification.plotRatioAfter");
  }

  @Test
  @DisplayName("a negative rooftop greening area is rejected")
  void badRooftop() {
    assertThat(rejected(b -> b.rooftopGreenAreaM2(-3)).field()).isEqualTo("rooftopGreenAreaM2");
  }

  @Test
  @DisplayName("a recognition level for a project with no category is rejected")
  void levelWithoutCategory() {
    assertThat(rejected(b -> b.project(ProjectCategory.NONE, RecognitionLevel.MUNICIPAL)).field())
        .isEqualTo("recognitionLevel");
  }

  @Test
  @DisplayName("an unknown use code gives an error report naming the parcel and the field, not an exception")
  void unknownUseCode() {
    Report report = CHECKER.check(industrial("BAD-7").floorAreaM2("casino", 500).build());
    assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(report.results()).isEmpty();
    assertThat(report.errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("BAD-7");
      assertThat(e.field()).isEqualTo("aboveGroundFloorAreaM2[casino]");
      assertThat(e.message()).contains("casino");
    });
  }

  @Test
  @DisplayName("an unknown land use gives an error report naming the field")
  void unknownLandUse() {
    Report report = CHECKER.check(industrial("BAD-7").landUse(LandUse.of("residential")).build());
    assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(report.errors()).extracting(RecordError::field).containsExactly("landUse");
  }

  @Test
  @DisplayName("every unknown code of a record is reported at once")
  void allErrorsAtOnce() {
    Report report = CHECKER.check(industrial("BAD-7").landUse(LandUse.of("residential"))
        .floorAreaM2("casino", 1).floorAreaM2("spa", 1).build());
    assertThat(report.errors()).extracting(RecordError::field)
        .containsExactly("landUse", "aboveGroundFloorAreaM2[casino]", "aboveGroundFloorAreaM2[spa]");
  }

  @Test
  @DisplayName("a measured surplus part of negative area is rejected")
  void badSurplus() {
    assertThatThrownBy(() -> SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(-1, 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surplusAreaM2");
  }

  @Test
  @DisplayName("an error report's JSON carries the record, the field and the message")
  void errorJson() throws Exception {
    Report report = CHECKER.check(industrial("BAD-7").floorAreaM2("casino", 500).build());
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toJson());
    assertThat(json.get("verdict").asText()).isEqualTo("ERROR");
    assertThat(json.get("errors").get(0).get("record").asText()).isEqualTo("BAD-7");
    assertThat(json.get("errors").get(0).get("field").asText()).isEqualTo("aboveGroundFloorAreaM2[casino]");
    assertThat(json.has("floorAreas")).isFalse();
  }
}
