package io.landcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled Shanghai 2021 pack")
class BundledPackTest {

  private static final PolicyPack PACK = PolicyPacks.shanghai2021();
  private static final LocalDate IN_FORCE = LocalDate.of(2023, 1, 1);

  private static Parameters current(RuleId rule) {
    return PACK.versions(rule).stream().filter(v -> !v.effectiveFrom().isAfter(IN_FORCE))
        .reduce((a, b) -> b).orElseThrow();
  }

  @Test
  @DisplayName("is shanghai-2021 and implements 沪府规〔2021〕9号 from 2021-09-01, with no end date")
  void identity() {
    assertThat(PACK.id()).isEqualTo(PolicyPacks.SHANGHAI_2021);
    assertThat(PACK.document()).isEqualTo("沪府规〔2021〕9号");
    assertThat(PACK.effectiveFrom()).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(PACK.effectiveUntil()).isEmpty();
  }

  @Test
  @DisplayName("is the pack PolicyPacks.bundled gives for the name shanghai-2021")
  void bundledByName() {
    assertThat(PolicyPacks.bundled("shanghai-2021")).containsSame(PACK);
  }

  @Test
  @DisplayName("is the only bundled pack: another name, such as beijing-2030, gives none")
  void noOtherBundledPack() {
    assertThat(PolicyPacks.bundled("beijing-2030")).isEmpty();
  }

  @Test
  @DisplayName("holds the plot-ratio floors 2.0 and 3.0")
  void plotRatioFloors() {
    assertThat(current(Rules.PLOT_RATIO_MINIMUM).numberFor("minimumByLandUse", "industrial")).hasValue(2.0);
    assertThat(current(Rules.PLOT_RATIO_MINIMUM).numberFor("minimumByLandUse", "general-rd")).hasValue(3.0);
  }

  @Test
  @DisplayName("holds the mixed-use limits 30% and 15%")
  void mixedUseLimits() {
    assertThat(current(Rules.MIXED_USE_ANCILLARY).number("maxShare")).isEqualTo(0.30);
    assertThat(current(Rules.MIXED_USE_ANCILLARY).texts("useClasses"))
        .containsExactlyInAnyOrder("OTHER_INDUSTRIAL", "LIVING_AMENITY");
    assertThat(current(Rules.MIXED_USE_AMENITY).number("maxShare")).isEqualTo(0.15);
    assertThat(current(Rules.MIXED_USE_AMENITY).texts("useClasses")).containsExactly("LIVING_AMENITY");
  }

  @Test
  @DisplayName("holds the 50-year term for the four categories at municipal level or above, and gives 20 years as the bureau's own number")
  void leaseTerm() {
    Parameters p = current(Rules.LEASE_TERM);
    assertThat(p.integer("maxTermYears")).isEqualTo(50);
    assertThat(p.integer("generalTermCapYears")).isEqualTo(20);
    assertThat(p.texts("qualifyingCategories")).containsExactlyInAnyOrder("NATIONAL_STRATEGIC",
        "MUNICIPAL_STRATEGIC_KEY", "MANUFACTURING_INNOVATION_CENTRE", "ENTERPRISE_TECHNOLOGY_CENTRE");
    assertThat(p.text("minimumRecognitionLevel")).isEqualTo("MUNICIPAL");
    assertThat(p.source("generalTermCapYears")).hasValueSatisfying(
        s -> assertThat(s.kind()).isEqualTo(ParameterSource.Kind.BUREAU));
  }

  @Test
  @DisplayName("has every rule of the issue, with a citation of clause 五(二) or 五(四) or the planning conditions")
  void rulesAndCitations() {
    assertThat(PACK.rules()).extracting(Rule::id).containsExactly(Rules.LEASE_TERM, Rules.PLOT_RATIO_MINIMUM,
        Rules.PLOT_RATIO_CAP, Rules.LAND_PRICE, Rules.MIXED_USE_ANCILLARY, Rules.MIXED_USE_AMENITY,
        Rules.SPLIT_TRANSFER, Rules.ROOFTOP_GREENING);
    assertThat(PACK.greenSpaceRule()).hasValueSatisfying(g -> {
      assertThat(g.id()).isEqualTo(Rules.GREEN_SPACE_BALANCE);
      assertThat(g.citation().clause()).isEqualTo("五(四)");
    });
    assertThat(PACK.rules()).allSatisfy(r -> {
      assertThat(r.citation().clause()).isIn("五(二)", "五(四)", "容积率上限");
      assertThat(r.citation().text().zh()).isNotBlank();
    });
  }

  @Test
  @DisplayName("gives the split minimums as the bureau's own numbers, not the policy's")
  void splitDefaultsFlagged() {
    Parameters p = current(Rules.SPLIT_TRANSFER);
    assertThat(p.source("minimumSplitAreaM2")).hasValueSatisfying(
        s -> assertThat(s.kind()).isEqualTo(ParameterSource.Kind.BUREAU));
    assertThat(p.source("minimumSplitWidthM")).hasValueSatisfying(
        s -> assertThat(s.kind()).isEqualTo(ParameterSource.Kind.BUREAU));
  }

  @Test
  @DisplayName("classifies its use codes and aliases into the three use classes")
  void useCodes() {
    assertThat(PACK.classify("生产", LandUse.INDUSTRIAL)).contains(UseClass.PRINCIPAL_INDUSTRIAL);
    assertThat(PACK.classify("研发", LandUse.INDUSTRIAL)).contains(UseClass.OTHER_INDUSTRIAL);
    assertThat(PACK.classify("研发", LandUse.GENERAL_RD)).contains(UseClass.PRINCIPAL_INDUSTRIAL);
    assertThat(PACK.classify(" Dormitory ", LandUse.INDUSTRIAL)).contains(UseClass.LIVING_AMENITY);
    assertThat(PACK.classify("零售", LandUse.INDUSTRIAL)).contains(UseClass.LIVING_AMENITY);
    assertThat(PACK.classify("餐饮", LandUse.INDUSTRIAL)).contains(UseClass.LIVING_AMENITY);
    assertThat(PACK.canonicalUseCode("人才公寓")).contains("宿舍");
    assertThat(PACK.classify("casino", LandUse.INDUSTRIAL)).isEmpty();
  }

  @Test
  @DisplayName("gives the measurement numbers land-geo reads")
  void measurement() {
    Parameters m = PACK.measurement(IN_FORCE);
    assertThat(m.number("fullHeightStoreyM")).isEqualTo(2.2);
    assertThat(m.number("lowStoreyFactor")).isEqualTo(0.5);
    assertThat(m.number("tallStoreyM")).isEqualTo(8.0);
    assertThat(m.number("tallStoreyFactor")).isEqualTo(2.0);
    assertThat(m.number("siteAreaTolerance")).isPositive();
  }
}
