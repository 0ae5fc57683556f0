package io.landcheck.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {

  /** Runs every dynamic test and gives each test's failure (or null when it passed), by "container / test". */
  private static Map<String, Throwable> run(Stream<DynamicContainer> containers) {
    Map<String, Throwable> outcomes = new LinkedHashMap<>();
    containers.forEach(c -> collect(c.getDisplayName(), c.getChildren(), outcomes));
    return outcomes;
  }

  private static void collect(String prefix, Stream<? extends DynamicNode> nodes, Map<String, Throwable> outcomes) {
    nodes.forEach(n -> {
      if (n instanceof DynamicContainer c) {
        collect(prefix + " / " + c.getDisplayName(), c.getChildren(), outcomes);
      } else {
        DynamicTest t = (DynamicTest) n;
        Throwable failure = null;
        try {
          t.getExecutable().execute();
        } catch (Throwable e) {
          failure = e;
        }
        outcomes.put(prefix + " / " + t.getDisplayName(), failure);
      }
    });
  }

  private static String readError(String yaml) {
    Throwable e = null;
    try {
      ScenarioFileReader.read("zoning/test.yaml", yaml, Optional.empty());
    } catch (ScenarioFileException ex) {
      e = ex;
    }
    assertThat(e).as("reading the file should fail").isNotNull();
    return e.getMessage();
  }

  @Test
  @DisplayName("a wrong rule expectation fails naming the file, the parcel, the rule and its figures")
  void wrongRuleExpectationNamesFileParcelRule() {
    Map<String, Throwable> outcomes = run(ScenarioFiles.tests("scenario-kit/wrong/"));
    Throwable failure = outcomes.get("scenario-kit/wrong/amenity.yaml / W-1 — expects compliance of a dormitory at"
        + " 18%, which breaks 五(二)'s 15%");
    assertThat(failure).isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage())
        .startsWith("Scenario scenario-kit/wrong/amenity.yaml, parcel W-1 (expects compliance")
        .contains("- rule mixed-use-amenity: expected COMPLIANT, was NON_COMPLIANT")
        .contains("rule mixed-use-amenity (沪府规〔2021〕9号 五(二)): NON_COMPLIANT")
        .contains("measured 0.1800 (18.00%), limit 0.1500 (15.00%)")
        .doesNotContain("- rule plot-ratio-minimum");
  }

  @Test
  @DisplayName("a wrong green-space balance expectation fails naming the file, the balance and the parcel left short")
  void wrongBalanceExpectationIsReadable() {
    Map<String, Throwable> outcomes = run(ScenarioFiles.tests("scenario-kit/wrong/"));
    Throwable failure = outcomes.get("scenario-kit/wrong/amenity.yaml / green-space balance wrong-balance");
    assertThat(failure).isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage())
        .startsWith("Scenario scenario-kit/wrong/amenity.yaml, green-space balance wrong-balance, rule"
            + " green-space-balance (沪府规〔2021〕9号 五(四))")
        .contains("verdict: expected COMPLIANT, was NON_COMPLIANT")
        .contains("parcel WB-1 short by 1,000.00 m²");
  }

  @Test
  @DisplayName("a bad file gives one failing test naming file and field, and the good files beside it still run")
  void badFileFailsAloneNamingFileAndField() {
    Map<String, Throwable> outcomes = run(ScenarioFiles.tests("scenario-kit/bad/"));
    assertThat(outcomes).containsEntry("scenario-kit/bad/good.yaml / G-1", null);
    Throwable failure = outcomes.get("scenario-kit/bad/misspelt.yaml / invalid scenario file");
    assertThat(failure).isInstanceOf(ScenarioFileException.class)
        .hasMessageStartingWith("scenario-kit/bad/misspelt.yaml, cases[0] (parcel B-1), field siteArea: is not a known"
            + " field; the fields are [parcel_id, land_use");
  }

  @Test
  @DisplayName("a text where a number belongs names file, case and field")
  void textForNumber() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            site_area_m2: ten thousand
            expect: { verdict: COMPLIANT }
        """)).isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field site_area_m2: must be a number, was"
        + " 'ten thousand'");
  }

  @Test
  @DisplayName("a misspelt rule id is rejected with the pack's rule ids")
  void unknownRule() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            expect:
              rules: { mixed-use-amenty: COMPLIANT }
        """)).startsWith("zoning/test.yaml, cases[0] (parcel P-1), field expect.rules.mixed-use-amenty: pack"
        + " shanghai-2021 has no rule mixed-use-amenty; its rules are [lease-term");
  }

  @Test
  @DisplayName("the green-space rule cannot be expected of one parcel")
  void batchRuleInCase() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            expect:
              rules: { green-space-balance: COMPLIANT }
        """)).contains("field expect.rules.green-space-balance: is a rule over a batch of parcels");
  }

  @Test
  @DisplayName("an unknown use code is rejected naming the floor-area field")
  void unknownUseCode() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            floor_areas_m2: { 生产: 20000, 宿舍楼: 3000 }
            expect: { verdict: COMPLIANT }
        """)).startsWith("zoning/test.yaml, cases[0] (parcel P-1), field floor_areas_m2[宿舍楼]: pack shanghai-2021"
        + " knows no use code '宿舍楼'");
  }

  @Test
  @DisplayName("an unknown verdict lists the verdicts")
  void unknownVerdict() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            expect:
              rules: { lease-term: PASS }
        """)).isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field expect.rules.lease-term: must be one of"
        + " [NOT_APPLICABLE, COMPLIANT, INSUFFICIENT_DATA, NON_COMPLIANT, ERROR], was \"PASS\"");
  }

  @Test
  @DisplayName("a case without expectations is rejected")
  void missingExpect() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
        """)).isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field expect: is required: a case must expect"
        + " something (verdict, plot_ratio, rules or remedy_plan), or give periods");
  }

  @Test
  @DisplayName("a parcel id given twice is rejected")
  void duplicateParcel() {
    assertThat(readError("""
        cases:
          - { parcel_id: P-1, land_use: industrial, expect: { verdict: COMPLIANT } }
          - { parcel_id: P-1, land_use: industrial, expect: { verdict: COMPLIANT } }
        """)).isEqualTo("zoning/test.yaml, cases[1] (parcel P-1), field parcel_id: parcel P-1 is given twice in this"
        + " file");
  }

  @Test
  @DisplayName("an unknown land use lists the pack's land uses")
  void unknownLandUse() {
    assertThat(readError("""
        cases:
          - { parcel_id: P-1, land_use: residential, expect: { verdict: COMPLIANT } }
        """)).contains("field land_use: unknown land use 'residential'; pack shanghai-2021 knows industrial (产业项目类工业用地),"
        + " general-rd (通用类研发用地)");
  }

  @Test
  @DisplayName("a lease term beyond any lawful term names the lease field")
  void impossibleLease() {
    assertThat(readError("""
        cases:
          - { parcel_id: P-1, land_use: industrial, lease_term_years: 80, expect: { verdict: COMPLIANT } }
        """)).isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field lease_term_years: must be from 1 to 70 years,"
        + " was 80");
  }

  @Test
  @DisplayName("a bad value in the defaults names the defaults")
  void badDefaults() {
    assertThat(readError("""
        defaults: { land_use: industrial, single_use: maybe }
        cases:
          - { parcel_id: P-1, expect: { verdict: COMPLIANT } }
        """)).isEqualTo("zoning/test.yaml, defaults, field single_use: must be yes or no (true/false,"
        + " yes/no, 1/0, 是/否), was 'maybe'");
  }

  @Test
  @DisplayName("a field given by its name and its Chinese alias is rejected")
  void nameAndAlias() {
    assertThat(readError("""
        cases:
          - { parcel_id: P-1, land_use: industrial, site_area_m2: 10000, 用地面积: 9000, expect: { verdict: COMPLIANT } }
        """)).isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field 用地面积: is given twice, as site_area_m2 and"
        + " 用地面积");
  }

  @Test
  @DisplayName("a key written twice in one mapping is rejected")
  void duplicateKey() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            site_area_m2: 10000
            site_area_m2: 9000
            expect: { verdict: COMPLIANT }
        """)).startsWith("zoning/test.yaml, line ").contains("Duplicate field 'site_area_m2'");
  }

  @Test
  @DisplayName("broken YAML names the file, line and column")
  void brokenYaml() {
    assertThat(readError("cases:\n  - parcel_id: P-1\n    expect: {verdict: COMPLIANT\n"))
        .startsWith("zoning/test.yaml, line ").contains("is not valid YAML");
  }

  @Test
  @DisplayName("a file for another pack than the checker's is rejected")
  void packMismatch() {
    Throwable e = null;
    try {
      ScenarioFileReader.read("zoning/test.yaml", "pack: beijing-2030\ncases: []\n",
          Optional.of(Checker.of(ShanghaiPacks.shanghai2021())));
    } catch (ScenarioFileException ex) {
      e = ex;
    }
    assertThat(e).hasMessage("zoning/test.yaml, field pack: the file is written for pack beijing-2030 but is"
        + " checked with pack shanghai-2021");
  }

  @Test
  @DisplayName("Chinese field names and values read like the English ones")
  void chineseAliases() {
    ScenarioFile file = ScenarioFileReader.read("zoning/test.yaml", """
        cases:
          - 宗地编号: P-1
            用地性质: 产业项目类工业用地
            单一用途: 否
            土地类型: 存量
            用地面积: 10000
            地上建筑面积: { 生产: 20000 }
            预期: { 结论: 数据不足 }
        """, Optional.empty());
    var parcel = file.cases().get(0).parcel();
    assertThat(parcel.landUse()).hasValueSatisfying(u -> assertThat(u.code()).isEqualTo("industrial"));
    assertThat(parcel.singleUse()).contains(false);
    assertThat(parcel.tenure()).contains(io.landcheck.model.LandTenure.EXISTING);
    assertThat(file.cases().get(0).expect().verdict()).contains(io.landcheck.engine.Verdict.INSUFFICIENT_DATA);
  }

  @Test
  @DisplayName("floor areas written under 地上建筑面积 give the same parcel as under floor_areas_m2")
  void aboveGroundFloorAreaAlias() {
    String chinese = """
        cases:
          - { parcel_id: P-1, land_use: industrial, 地上建筑面积: { 生产: 18000, 宿舍: 2000 }, expect: { verdict: COMPLIANT } }
        """;
    String english = chinese.replace("地上建筑面积", "floor_areas_m2");
    assertThat(ScenarioFileReader.read("zoning/test.yaml", chinese, Optional.empty()).cases().get(0).parcel())
        .isEqualTo(ScenarioFileReader.read("zoning/test.yaml", english, Optional.empty()).cases().get(0).parcel());
  }

  @Test
  @DisplayName("计容建筑面积 is the floor area counted in the plot ratio, a number, not the floor areas by use")
  void plotRatioFloorAreaIsNotFloorAreas() {
    assertThat(readError("""
        cases:
          - { parcel_id: P-1, land_use: industrial, 计容建筑面积: { 生产: 20000 }, expect: { verdict: COMPLIANT } }
        """)).isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field plot_ratio_floor_area_m2: must be a number,"
        + " was a mapping of 1 entry");
  }

  @Test
  @DisplayName("scenario files inside a jar on the classpath are found too")
  void filesInAJar(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path jar = tmp.resolve("scenarios.jar");
    try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("jarred/"));   // as the Maven jar plugin writes directories
      out.closeEntry();
      out.putNextEntry(new java.util.jar.JarEntry("jarred/one.yaml"));
      out.write("cases: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new java.util.jar.JarEntry("jarred/notes.txt"));
      out.write("not a scenario".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
      Thread.currentThread().setContextClassLoader(loader);
      assertThat(ScenarioFiles.list("jarred/")).containsOnlyKeys("jarred/one.yaml").containsValue("cases: []\n");
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  @Test
  @DisplayName("storey heights without a site area are refused: the parcel must be measured")
  void storeyHeightNeedsSite() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            buildings: [ { use: 生产, storeys: 2, footprint_m2: 5000, storey_height_m: 9 } ]
            expect: { verdict: COMPLIANT }
        """)).isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field site_area_m2: is required when a building"
        + " gives storey_height_m (the parcel is measured)");
  }

  @Test
  @DisplayName("buildings with storey heights that do not fit on the site name the buildings field")
  void storeyHeightBuildingsMustFit() {
    assertThat(readError("""
        cases:
          - parcel_id: P-1
            land_use: industrial
            site_area_m2: 1000
            buildings: [ { use: 生产, storeys: 2, footprint_m2: 5000, storey_height_m: 9 } ]
            expect: { verdict: COMPLIANT }
        """)).startsWith("zoning/test.yaml, cases[0] (parcel P-1), field buildings: Scenario P-1: building B1"
        + " (5000.0 m² footprint) does not fit");
  }

  @Test
  @DisplayName("a JSON scenario file reads like a YAML one")
  void jsonFile() {
    ScenarioFile file = ScenarioFileReader.read("zoning/test.json", """
        {"cases": [{"parcel_id": "J-1", "land_use": "industrial", "site_area_m2": 10000,
                    "floor_areas_m2": {"生产": 20000}, "expect": {"rules": {"plot-ratio-minimum": "COMPLIANT"}}}]}
        """, Optional.empty());
    ScenarioFiles.verify(file, file.cases().get(0));
    assertThat(file.cases().get(0).parcel().siteAreaM2()).hasValue(10_000);
  }

  /** The failure of verifying the file's only case, or null if it passed. */
  private static Throwable verifyError(String yaml) {
    ScenarioFile file = ScenarioFileReader.read("zoning/test.yaml", yaml, Optional.empty());
    try {
      ScenarioFiles.verify(file, file.cases().get(0));
      return null;
    } catch (AssertionError e) {
      return e;
    }
  }

  private static final String COUNTER_EXAMPLE = """
      defaults: { land_use: industrial, site_area_m2: 10000, lease_term_years: 20 }
      cases:
        - parcel_id: CE
          floor_areas_m2: { 生产: 16900, 宿舍: 3800 }
          expect:
      """;

  @Test
  @DisplayName("a remedy plan expected by number passes when the plan is that")
  void planExpectationMet() {
    assertThat(verifyError(COUNTER_EXAMPLE + """
              remedy_plan: { status: FOUND, cut_m2: { LIVING_AMENITY: 800 }, add_m2: { 主导产业: 100 }, total_m2: 900 }
        """)).isNull();
  }

  @Test
  @DisplayName("a wrong remedy plan expectation names each class that differs, with the plan")
  void planExpectationMissed() {
    // expecting the per-rule cut alone (817.7 m²), which the plan is not
    Throwable e = verifyError(COUNTER_EXAMPLE + """
              remedy_plan: { cut_m2: { LIVING_AMENITY: 817.7 } }
        """);
    assertThat(e).isInstanceOf(AssertionError.class);
    assertThat(e.getMessage())
        .contains("- remedy plan: expected PRINCIPAL_INDUSTRIAL 0.0 m², was +100.0 m²;"
            + " expected LIVING_AMENITY -817.7 m², was -800.0 m²")
        .contains("remedy plan FOUND, PRINCIPAL_INDUSTRIAL +100.00 m², LIVING_AMENITY -800.00 m²");
  }

  @Test
  @DisplayName("a rule's options are expected by kind and use classes, with amount and whether each complies alone")
  void optionExpectations() {
    assertThat(verifyError(COUNTER_EXAMPLE + """
              rules:
                mixed-use-amenity:
                  remedy_options:
                    - { kind: REDUCE_FLOOR_AREA, use_classes: [生活配套], amount: 817.7, complies_alone: no }
                    - { kind: ADD_FLOOR_AREA, use_classes: [PRINCIPAL_INDUSTRIAL], complies_alone: yes }
        """)).isNull();
    Throwable e = verifyError(COUNTER_EXAMPLE + """
              rules:
                mixed-use-amenity:
                  remedy_options: [ { kind: REDUCE_FLOOR_AREA, use_classes: [LIVING_AMENITY], complies_alone: true } ]
        """);
    assertThat(e.getMessage()).contains("- rule mixed-use-amenity: option REDUCE_FLOOR_AREA [LIVING_AMENITY]: expected"
        + " complies_alone true, was false");
  }

  @Test
  @DisplayName("a case with periods is one test per date, judged on it as its application date")
  void periods() {
    ScenarioFile file = ScenarioFileReader.read("zoning/test.yaml", """
        defaults: { land_use: industrial, site_area_m2: 10000, lease_term_years: 20 }
        cases:
          - parcel_id: P-1
            description: 沪府规〔2021〕9号 took effect on 2021-09-01
            floor_areas_m2: { 生产: 18000 }
            periods:
              2021-08-31: { verdict: NOT_APPLICABLE }
              2021-09-01: { verdict: NON_COMPLIANT, remedy_plan: { add_m2: { PRINCIPAL_INDUSTRIAL: 2000 } } }
        """, Optional.empty());
    assertThat(file.cases()).hasSize(2);
    assertThat(file.cases()).extracting(c -> c.parcel().applicationDate().orElseThrow().toString())
        .containsExactly("2021-08-31", "2021-09-01");
    file.cases().forEach(c -> ScenarioFiles.verify(file, c));
    Throwable e = verifyError("""
        defaults: { land_use: industrial, site_area_m2: 10000, lease_term_years: 20 }
        cases:
          - parcel_id: P-1
            floor_areas_m2: { 生产: 18000 }
            periods: { 2021-08-31: { verdict: NON_COMPLIANT } }
        """);
    assertThat(e.getMessage()).startsWith("Scenario zoning/test.yaml, parcel P-1 on 2021-08-31:")
        .contains("overall verdict: expected NON_COMPLIANT, was NOT_APPLICABLE");
  }

  @Test
  @DisplayName("periods with expect, periods with an application date, a bad date or use class are refused")
  void badPeriodsAndPlans() {
    String head = "cases:\n  - parcel_id: P-1\n    land_use: industrial\n";
    assertThat(readError(head + "    expect: { verdict: COMPLIANT }\n    periods: { 2024-01-01: { verdict: COMPLIANT } }\n"))
        .isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field periods: a case gives expect or periods, not both");
    assertThat(readError(head + "    application_date: 2024-01-01\n    periods: { 2024-01-01: { verdict: COMPLIANT } }\n"))
        .startsWith("zoning/test.yaml, cases[0] (parcel P-1), field application_date: is set by each of the case's"
            + " periods");
    assertThat(readError(head + "    periods: { 2024-13-01: { verdict: COMPLIANT } }\n"))
        .isEqualTo("zoning/test.yaml, cases[0] (parcel P-1), field periods.2024-13-01: is not a date YYYY-MM-DD");
    assertThat(readError(head + "    expect: { remedy_plan: { cut_m2: { 宿舍: 10 } } }\n"))
        .startsWith("zoning/test.yaml, cases[0] (parcel P-1), field expect.remedy_plan.cut_m2.宿舍: is not a use class;");
  }

  @Test
  @DisplayName("a directory that is not on the classpath fails at once")
  void missingDirectory() {
    assertThatThrownBy(() -> ScenarioFiles.tests("no-such-scenarios/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no classpath directory \"no-such-scenarios/\"");
  }

  @Test
  @DisplayName("the kit's zoning files hold at least 30 cases, name every rule of the Shanghai pack and cite clauses")
  void zoningFilesCoverEveryRule() {
    List<ScenarioFile> files = new ArrayList<>();
    ScenarioFiles.list("zoning/").forEach((name, t) -> files.add(ScenarioFileReader.read(name, t, Optional.empty())));
    int cases = files.stream().mapToInt(f -> f.cases().size()).sum();
    assertThat(cases).isGreaterThanOrEqualTo(30);
    var named = files.stream().flatMap(f -> f.cases().stream()).flatMap(c -> c.expect().rules().keySet().stream())
        .collect(java.util.stream.Collectors.toSet());
    ShanghaiPacks.shanghai2021().rules().forEach(r -> assertThat(named).as("rules named in zoning/").contains(r.id()));
    assertThat(files.stream().mapToInt(f -> f.balances().size()).sum()).as("green-space balances").isPositive();
    files.forEach(f -> f.cases().forEach(c -> assertThat(c.description())
        .as("%s, parcel %s cites its clause", f.name(), c.parcel().id())
        .containsAnyOf("五(二)", "五(四)", "规划条件", "沪府规〔2021〕9号")));
    files.forEach(f -> f.balances().forEach(b -> assertThat(b.description())
        .as("%s, balance %s cites its clause", f.name(), b.name()).contains("五(四)")));
  }
}
