package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.shanghai.Rules;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Lease term (出让年限), 五(二)")
class LeaseTermRuleTest {

  private static final ProjectCategory[] QUALIFYING = {
    ProjectCategory.NATIONAL_STRATEGIC,
    ProjectCategory.MUNICIPAL_STRATEGIC_KEY,
    ProjectCategory.MANUFACTURING_INNOVATION_CENTRE,
    ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE
  };

  static Stream<Arguments> qualifyingAtMunicipalOrNational() {
    return Stream.of(QUALIFYING).flatMap(c -> Stream.of(
        Arguments.of(c, RecognitionLevel.MUNICIPAL), Arguments.of(c, RecognitionLevel.NATIONAL)));
  }

  private static RuleResult lease(ProjectCategory category, RecognitionLevel level, int years) {
    return result(industrial("L").project(category, level).lease(APPLIED, years), Rules.LEASE_TERM);
  }

  @ParameterizedTest(name = "{0} recognised at {1} level")
  @MethodSource("qualifyingAtMunicipalOrNational")
  @DisplayName("a qualifying project recognised at municipal level or above may have exactly 50 years")
  void fiftyYearsForQualifying(ProjectCategory category, RecognitionLevel level) {
    RuleResult r = lease(category, level, 50);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.measured()).hasValue(50);
    assertThat(r.limit()).hasValue(50);
    assertThat(r.unit()).hasValue("years");
  }

  @ParameterizedTest(name = "{0} recognised at {1} level")
  @MethodSource("qualifyingAtMunicipalOrNational")
  @DisplayName("no project may have 51 years, however it qualifies")
  void fiftyOneYearsNeverComplies(ProjectCategory category, RecognitionLevel level) {
    RuleResult r = lease(category, level, 51);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.limit()).hasValue(50);
    assertThat(r.remedy()).hasValueSatisfying(m -> assertThat(m.en()).contains("50 years"));
  }

  @Test
  @DisplayName("a district-level enterprise technology centre does not qualify for 50 years")
  void districtTechnologyCentreTrap() {
    RuleResult r = lease(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE, RecognitionLevel.DISTRICT, 50);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.limit()).hasValue(20);
    assertThat(r.remedy()).hasValueSatisfying(m -> assertThat(m.en()).contains("20 years"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = ProjectCategory.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  @DisplayName("no category recognised only at district level qualifies for more than the general cap")
  void districtLevelNeverQualifies(ProjectCategory category) {
    assertThat(lease(category, RecognitionLevel.DISTRICT, 21).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("an ordinary project at exactly the general cap of 20 years complies")
  void generalCapAtLimit() {
    RuleResult r = result(industrial("L").lease(APPLIED, 20), Rules.LEASE_TERM);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.limit()).hasValue(20);
  }

  @Test
  @DisplayName("an ordinary project at 21 years does not comply")
  void generalCapJustOver() {
    RuleResult r = result(industrial("L").lease(APPLIED, 21), Rules.LEASE_TERM);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.measured()).hasValue(21);
    assertThat(r.limit()).hasValue(20);
  }

  @Test
  @DisplayName("a qualifying project may have a term between the general cap and 50 years")
  void qualifyingBetweenCaps() {
    assertThat(lease(ProjectCategory.MANUFACTURING_INNOVATION_CENTRE, RecognitionLevel.MUNICIPAL, 30).verdict())
        .isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("a qualifying category with an unknown recognition level over 20 years gives insufficient data")
  void unknownLevel() {
    RuleResult r = result(industrial("L").projectCategory(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE)
        .lease(APPLIED, 50), Rules.LEASE_TERM);
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("recognitionLevel");
  }

  @Test
  @DisplayName("a qualifying category with an unknown level within 20 years complies")
  void unknownLevelWithinGeneralCap() {
    RuleResult r = result(industrial("L").projectCategory(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE)
        .lease(APPLIED, 20), Rules.LEASE_TERM);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("a missing lease gives insufficient data")
  void missingLease() {
    Parcel parcel = Parcel.builder("L").landUse(LandUse.INDUSTRIAL).applicationDate(APPLIED).build();
    RuleResult r = result(parcel, Rules.LEASE_TERM);
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("lease");
  }

  @Test
  @DisplayName("a missing land use gives insufficient data")
  void missingLandUse() {
    Parcel parcel = Parcel.builder("L").lease(APPLIED, 20).applicationDate(APPLIED).build();
    assertThat(result(parcel, Rules.LEASE_TERM).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  @DisplayName("general R&D land is not judged by the industrial lease-term clause")
  void rdLandNotApplicable() {
    RuleResult r = result(industrial("L").landUse(LandUse.GENERAL_RD).lease(APPLIED, 50), Rules.LEASE_TERM);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName("a lease granted before the clause took effect is not judged by it")
  void grantedBeforePolicy() {
    RuleResult r = result(industrial("L").lease(LocalDate.of(2015, 3, 1), 50), Rules.LEASE_TERM);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.message().en()).contains("2015-03-01");
  }
}
