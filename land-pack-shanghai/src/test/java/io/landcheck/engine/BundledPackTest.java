package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandUse;
import io.landcheck.model.UseClass;
import io.landcheck.pack.ParameterSource;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled Shanghai 2021 pack")
class BundledPackTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  private static final LocalDate IN_FORCE = LocalDate.of(2023, 1, 1);

  private static Parameters current(RuleId rule) {
    return PACK.versions(rule).stream().filter(v -> !v.effectiveFrom().isAfter(IN_FORCE))
        .reduce((a, b) -> b).orElseThrow();
  }

  @Test
  @DisplayName("is shanghai-2021 and implements 沪府规〔2021〕9号 from 2021-09-01, with no end date")
  void identity() {
    assertThat(PACK.id()).isEqualTo(ShanghaiPacks.SHANGHAI_2021);
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
    assertThat(PACK.batchRules()).singleElement().satisfies(g -> {
      assertThat(g.id()).isEqualTo(Rules.GREEN_SPACE_BALANCE);
      assertThat(g.citation().clause()).isEqualTo("五(四)");
    });
    assertThat(PACK.rules()).extracting(r -> r.citation().clause())
        .containsExactly("五(二)", "五(二)", "容积率上限", "五(二)", "五(二)", "五(二)", "五(二)", "五(四)");
    // the clauses' words, as 沪府规〔2021〕9号 gives them (and the README's rules table)
    assertThat(PACK.rules()).extracting(r -> r.citation().text().zh()).containsExactly(
        "市产业部门认定的国家战略类产业项目、市级战略性重点产业项目、市级以上制造业创新中心和企业技术中心,可按照50年年期,出让产业项目类工业用地。",
        "工业用地容积率可以2.0以上,通用类研发用地容积率可以3.0以上",
        "建设项目容积率不得超过规划条件确定的上限。",
        "存量工业用地经批准提高容积率和增加地下空间的,不再增收土地价款。",
        "提高产业用地混合比例,单一用途产业用地内,可以建其他产业用途和生活配套设施的比例提高到地上建筑总量的30%",
        "其中用于零售、餐饮、宿舍等生活配套设施的比例,不超过地上建筑总量的15%。",
        "产业项目类工业用地节余部分,符合规划分割条件的,可通过土地交易市场,采用“带产业项目”挂牌方式,分割转让给园区平台或经产业准入的项目。",
        "鼓励园区内的建设项目实施屋顶绿化。");
  }

  @Test
  @DisplayName("sets no split minimums, which the policy does not fix")
  void noSplitMinimums() {
    Parameters p = current(Rules.SPLIT_TRANSFER);
    assertThat(p.has("minimumSplitAreaM2")).isFalse();
    assertThat(p.has("minimumSplitWidthM")).isFalse();
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
    assertThat(m.number("siteAreaTolerance")).isEqualTo(0.005);
  }
}
