package io.landcheck.test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.landcheck.Checker;
import io.landcheck.GreenSpaceReport.ParkStatus;
import io.landcheck.InvalidParcelException;
import io.landcheck.LandTenure;
import io.landcheck.LandUse;
import io.landcheck.LocalizedText;
import io.landcheck.Parcel;
import io.landcheck.PolicyPack;
import io.landcheck.PolicyPacks;
import io.landcheck.ProjectCategory;
import io.landcheck.RecognitionLevel;
import io.landcheck.Rule;
import io.landcheck.RuleId;
import io.landcheck.SplitRequest;
import io.landcheck.Verdict;
import io.landcheck.test.ScenarioFile.Balance;
import io.landcheck.test.ScenarioFile.Case;
import io.landcheck.test.ScenarioFile.Expectation;
import io.landcheck.test.ScenarioFile.RuleExpectation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a scenario file (docs/scenario-files.md) into a {@link ScenarioFile}, checking every field against the policy
 * pack (land uses, use codes, rule ids), so a mistake in a file fails with a message naming file, case and field
 * instead of a confusing verdict.
 */
final class ScenarioFileReader {

  /** The parcel fields: English name first, then the Chinese alias (the GIS file schema's, where it has one). */
  private static final ImmutableList<List<String>> PARCEL_FIELDS = ImmutableList.of(
      List.of("parcel_id", "宗地编号"), List.of("land_use", "用地性质"), List.of("single_use", "单一用途"),
      List.of("project_category", "项目类别"), List.of("recognition_level", "认定级别"),
      List.of("lease_grant_date", "出让日期"), List.of("lease_term_years", "出让年限"), List.of("tenure", "土地类型"),
      List.of("site_area_m2", "用地面积"), List.of("plot_ratio_cap", "容积率上限"), List.of("pr_before", "原容积率"),
      List.of("pr_after", "新容积率"), List.of("ug_before_m2", "原地下面积"), List.of("ug_after_m2", "新地下面积"),
      List.of("intensification_approved", "已批准"), List.of("green_cut_m2", "附属绿地减少"),
      List.of("green_added_m2", "新增绿地"), List.of("rooftop_green_m2", "屋顶绿化"), List.of("district_id", "区"),
      List.of("park_id", "园区"), List.of("application_date", "申请日期"), List.of("floor_areas_m2", "地上建筑面积"),
      List.of("underground_m2", "地下建筑面积"), List.of("buildings", "建筑"), List.of("split", "分割转让"));

  /**
   * 计容建筑面积, the floor area counted in the plot ratio: not a scenario field (it is a facts file's
   * {@code plot_ratio_floor_area_m2}), refused with its own message as it was once read as {@code floor_areas_m2}.
   */
  private static final String PLOT_RATIO_FLOOR_AREA_ZH = "计容建筑面积";

  private static final ImmutableMap<String, SplitRequest.Recipient> RECIPIENT_NAMES = ImmutableMap.of(
      "园区平台", SplitRequest.Recipient.PARK_PLATFORM, "产业准入项目", SplitRequest.Recipient.INDUSTRY_ADMITTED_PROJECT,
      "其他", SplitRequest.Recipient.OTHER);
  private static final ImmutableMap<String, Verdict> VERDICT_NAMES = ImmutableMap.of(
      "合规", Verdict.COMPLIANT, "不合规", Verdict.NON_COMPLIANT, "不适用", Verdict.NOT_APPLICABLE,
      "数据不足", Verdict.INSUFFICIENT_DATA, "错误", Verdict.ERROR);

  /** File field names of the {@link Parcel} fields whose problems only {@link Parcel.Builder#build()} finds. */
  private static final ImmutableMap<String, String> FILE_FIELDS = ImmutableMap.of(
      "lease.termYears", "lease_term_years", "siteAreaM2", "site_area_m2", "approvedPlotRatioCap", "plot_ratio_cap",
      "recognitionLevel", "recognition_level", "intensification", "pr_before", "greenSpace", "green_cut_m2",
      "split", "split", "rooftopGreenAreaM2", "rooftop_green_m2", "undergroundFloorAreaM2", "underground_m2");

  private static final double DEFAULT_TOLERANCE = 0.0005;
  private static final double DEFAULT_AREA_TOLERANCE_M2 = 0.01;

  private static final ObjectMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private ScenarioFileReader() {}

  /**
   * Reads the file {@code name} with content {@code text}, to be judged by {@code checker}, or by the bundled pack the
   * file names if {@code checker} is empty.
   *
   * @throws ScenarioFileException naming file and field, if the file is not a valid scenario file
   */
  static ScenarioFile read(String name, String text, Optional<Checker> checker) {
    JsonNode root;
    try {
      root = (name.endsWith(".json") ? JSON : YAML).readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ScenarioFileException(name, where, "", "is not valid " + (name.endsWith(".json") ? "JSON" : "YAML")
          + ": " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new ScenarioFileException(name, "", "", "is empty");
    }
    Fields top = Fields.of(name, "", "", "pack, description, defaults, cases and balances", root);
    Checker judge = checker(top, checker);
    PolicyPack pack = judge.pack();
    String description = top.text("description", "说明").orElse("");
    ObjectNode defaults = top.raw("defaults", "默认").map(n -> {
      Fields d = Fields.of(name, "defaults", "", "parcel fields", n);
      readParcel(d, "(defaults)", pack, false);
      return (ObjectNode) n;
    }).orElseGet(YAML::createObjectNode);

    ImmutableList.Builder<Case> cases = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    ImmutableList<JsonNode> caseNodes = top.list("cases", "案例");
    for (int i = 0; i < caseNodes.size(); i++) {
      String where = "cases[" + i + "]";
      Fields c = Fields.of(name, where, "", "a case's parcel fields, description and expect", caseNodes.get(i));
      String id = c.requiredText("parcel_id", "宗地编号");
      c = c.at(where + " (parcel " + id + ")");
      if (!ids.add(id)) {
        throw c.error("parcel_id", "parcel " + id + " is given twice in this file");
      }
      String caseDescription = c.text("description", "说明").orElse("");
      Fields expectFields = c.mapping("expect", "verdict, plot_ratio, tolerance and rules", "预期")
          .orElseThrow(() -> new ScenarioFileException(name, where + " (parcel " + id + ")", "expect",
              "is required: a case must expect something (verdict, plot_ratio or rules)"));
      Expectation expect = readExpectation(expectFields, pack);
      Fields merged = merge(name, c.where(), defaults, c.node(), Set.of("description", "说明", "expect", "预期"));
      Parcel parcel = readParcel(merged, id, pack, true);
      cases.add(new Case(i, caseDescription, parcel, expect));
    }
    ImmutableList.Builder<Balance> balances = ImmutableList.builder();
    ImmutableList<JsonNode> balanceNodes = top.list("balances", "绿地平衡");
    for (int i = 0; i < balanceNodes.size(); i++) {
      balances.add(readBalance(name, i, balanceNodes.get(i), defaults, pack));
    }
    top.rejectUnknown(List.of("pack", "description", "defaults", "cases", "balances"));
    if (caseNodes.isEmpty() && balanceNodes.isEmpty()) {
      throw new ScenarioFileException(name, "", "cases", "the file has neither cases nor balances");
    }
    return new ScenarioFile(name, description, judge, cases.build(), balances.build());
  }

  private static Checker checker(Fields top, Optional<Checker> given) {
    Optional<String> packId = top.text("pack", "政策包");
    if (given.isPresent()) {
      packId.filter(id -> !id.equals(given.get().pack().id())).ifPresent(id -> {
        throw top.error("pack", "the file is written for pack " + id + " but is checked with pack "
            + given.get().pack().id());
      });
      return given.get();
    }
    String id = packId.orElse(PolicyPacks.SHANGHAI_2021);
    return Checker.of(PolicyPacks.bundled(id).orElseThrow(() -> top.error("pack",
        "no bundled pack \"" + id + "\"; bundled packs are " + PolicyPacks.bundledIds())));
  }

  private static Balance readBalance(String file, int index, JsonNode node, ObjectNode defaults, PolicyPack pack) {
    String where = "balances[" + index + "]";
    Fields b = Fields.of(file, where, "", "name, description, parcels and expect", node);
    String name = b.text("name", "名称").orElse("balance " + index);
    b = b.at(where + " (" + name + ")");
    String description = b.text("description", "说明").orElse("");
    ImmutableList<JsonNode> parcelNodes = b.list("parcels", "宗地");
    if (parcelNodes.isEmpty()) {
      throw b.error("parcels", "a balance needs at least one parcel");
    }
    ImmutableList.Builder<Parcel> parcels = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    for (int j = 0; j < parcelNodes.size(); j++) {
      String pWhere = b.where() + ", parcels[" + j + "]";
      Fields p = Fields.of(file, pWhere, "", "parcel fields", parcelNodes.get(j));
      String id = p.requiredText("parcel_id", "宗地编号");
      if (!ids.add(id)) {
        throw p.error("parcel_id", "parcel " + id + " is given twice in this balance");
      }
      parcels.add(readParcel(merge(file, pWhere + " (parcel " + id + ")", defaults, p.node(), Set.of()), id, pack, true));
    }
    Fields e = b.mapping("expect", "verdict, short_parcels, parks, short_m2 and tolerance", "预期")
        .orElseThrow(() -> new ScenarioFileException(file, where, "expect", "is required"));
    Optional<Verdict> verdict = e.enumValue("verdict", Verdict.class, VERDICT_NAMES, "结论");
    Optional<ImmutableSet<String>> shortParcels = e.has("short_parcels")
        ? Optional.of(e.list("short_parcels").stream().map(JsonNode::asText).collect(ImmutableSet.toImmutableSet()))
        : Optional.empty();
    Map<String, ParkStatus> parks = new LinkedHashMap<>();
    e.mapping("parks", "park ids and statuses").ifPresent(pf -> {
      for (String park : pf.keys()) {
        parks.put(park, pf.enumValue(park, ParkStatus.class, Map.of()).orElseThrow(
            () -> pf.error(park, "must be a park status")));
      }
    });
    Map<String, Double> shortM2 = new LinkedHashMap<>();
    e.mapping("short_m2", "parcel ids and areas").ifPresent(sf -> {
      for (String parcel : sf.keys()) {
        shortM2.put(parcel, sf.number(parcel, 0, false).orElseThrow(() -> sf.error(parcel, "must be an area, m²")));
      }
    });
    double tolerance = e.number("tolerance", 0, false).orElse(DEFAULT_AREA_TOLERANCE_M2);
    e.rejectUnknown(List.of("verdict", "short_parcels", "parks", "short_m2", "tolerance"));
    if (verdict.isEmpty() && shortParcels.isEmpty() && parks.isEmpty() && shortM2.isEmpty()) {
      throw b.error("expect", "must expect something: verdict, short_parcels, parks or short_m2");
    }
    b.rejectUnknown(List.of("name", "description", "parcels", "expect"));
    return new Balance(index, name, description, parcels.build(), verdict, shortParcels, ImmutableMap.copyOf(parks),
        ImmutableMap.copyOf(shortM2), tolerance);
  }

  private static Expectation readExpectation(Fields e, PolicyPack pack) {
    Optional<Verdict> verdict = e.enumValue("verdict", Verdict.class, VERDICT_NAMES, "结论");
    OptionalDouble plotRatio = e.number("plot_ratio", 0, false, "容积率");
    double tolerance = e.number("tolerance", 0, false, "容差").orElse(DEFAULT_TOLERANCE);
    Map<RuleId, RuleExpectation> rules = new LinkedHashMap<>();
    Set<RuleId> packRules = new HashSet<>();
    for (Rule r : pack.rules()) {
      packRules.add(r.id());
    }
    e.mapping("rules", "rule ids and expected verdicts", "规则").ifPresent(rf -> {
      for (String key : rf.keys()) {
        RuleId id = ruleId(rf, key, pack, packRules);
        JsonNode value = rf.node().get(key);
        if (value.isObject()) {
          Fields x = rf.mapping(key, "verdict, measured, limit, remedy_contains, message_contains and determination")
              .orElseThrow();
          RuleExpectation re = new RuleExpectation(
              x.enumValue("verdict", Verdict.class, VERDICT_NAMES, "结论"),
              x.number("measured", -Double.MAX_VALUE, false, "实测值"),
              x.number("limit", -Double.MAX_VALUE, false, "限值"),
              x.text("remedy_contains", "整改包含"),
              x.text("message_contains", "说明包含"),
              x.text("determination", "认定"));
          x.rejectUnknown(List.of("verdict", "measured", "limit", "remedy_contains", "message_contains", "determination"));
          rules.put(id, re);
        } else {
          rules.put(id, new RuleExpectation(rf.enumValue(key, Verdict.class, VERDICT_NAMES), OptionalDouble.empty(),
              OptionalDouble.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
      }
    });
    e.rejectUnknown(List.of("verdict", "plot_ratio", "tolerance", "rules"));
    if (verdict.isEmpty() && plotRatio.isEmpty() && rules.isEmpty()) {
      throw e.error("", "must expect something: verdict, plot_ratio or rules");
    }
    return new Expectation(verdict, plotRatio, tolerance, ImmutableMap.copyOf(rules));
  }

  private static RuleId ruleId(Fields rf, String key, PolicyPack pack, Set<RuleId> packRules) {
    RuleId id;
    try {
      id = RuleId.of(key);
    } catch (IllegalArgumentException ex) {
      throw rf.error(key, "is not a rule id: " + ex.getMessage());
    }
    if (pack.greenSpaceRule().map(g -> g.id().equals(id)).orElse(false)) {
      throw rf.error(key, "is a rule over a batch of parcels, not one parcel: expect it under balances");
    }
    if (!packRules.contains(id)) {
      throw rf.error(key, "pack " + pack.id() + " has no rule " + key + "; its rules are "
          + pack.rules().stream().map(r -> r.id().value()).toList());
    }
    return id;
  }

  /** The case's own fields over the file's defaults; a case field replaces a default given by name or alias. */
  private static Fields merge(String file, String where, ObjectNode defaults, JsonNode own, Set<String> skip) {
    ObjectNode merged = defaults.deepCopy();
    Map<List<String>, String> given = new LinkedHashMap<>();
    own.fieldNames().forEachRemaining(key -> {
      if (skip.contains(key)) {
        return;
      }
      for (List<String> names : PARCEL_FIELDS) {
        if (names.contains(key)) {
          String before = given.put(names, key);
          if (before != null) {
            throw new ScenarioFileException(file, where, key, "is given twice, as " + before + " and " + key);
          }
          names.forEach(merged::remove);
        }
      }
      merged.set(key, own.get(key));
    });
    return Fields.of(file, where, "", "parcel fields", merged);
  }

  private static List<String> allowed(String... extra) {
    List<String> all = new ArrayList<>();
    PARCEL_FIELDS.forEach(n -> all.add(n.get(0)));
    all.addAll(List.of(extra));
    return all;
  }

  /** Reads a parcel's fields; the kit's defaults fill what is absent (not what is given as null, ~). */
  private static Parcel readParcel(Fields f, String id, PolicyPack pack, boolean complete) {
    Parcel.Builder b = Parcel.builder(id);
    if (complete) {
      f.has("parcel_id", "宗地编号");
    }
    LandUse landUse = null;
    if (!complete && !f.has("land_use", "用地性质")) {
      landUse = null;
    } else if (!f.isNull("land_use", "用地性质")) {
      String use = f.text("land_use", "用地性质").orElseThrow(() -> f.error("land_use",
          "is required (in the case or in defaults); write ~ for an unknown land use"));
      landUse = landUse(f, use, pack);
      b.landUse(landUse);
    }
    if (!f.isNull("single_use", "单一用途")) {
      b.singleUse(f.bool("single_use", "单一用途").orElse(true));
    }
    Optional<ProjectCategory> category =
        f.enumValue("project_category", ProjectCategory.class, ProjectCategory.byChineseName(), "项目类别");
    Optional<RecognitionLevel> level =
        f.enumValue("recognition_level", RecognitionLevel.class, RecognitionLevel.byChineseName(), "认定级别");
    if (level.isPresent()) {
      if (category.isEmpty() || category.get() == ProjectCategory.NONE) {
        throw f.error("recognition_level", "is given but project_category is " + category.map(Enum::name).orElse("missing"));
      }
      b.project(category.get(), level.get());
    } else {
      category.ifPresent(b::projectCategory);
    }
    if (!f.isNull("tenure", "土地类型")) {
      b.tenure(f.enumValue("tenure", LandTenure.class, LandTenure.byChineseName(), "土地类型").orElse(LandTenure.NEW));
    }
    Optional<LocalDate> applicationDate = f.isNull("application_date", "申请日期") ? Optional.empty()
        : Optional.of(f.date("application_date", "申请日期").orElse(Scenario.DEFAULT_APPLICATION_DATE));
    applicationDate.ifPresent(b::applicationDate);
    Optional<Integer> term = f.integer("lease_term_years", 1, "出让年限");
    Optional<LocalDate> grant = f.date("lease_grant_date", "出让日期");
    if (term.isPresent()) {
      LocalDate on = grant.or(() -> applicationDate).orElseThrow(() -> f.error("lease_grant_date",
          "is required when lease_term_years is given and there is no application_date"));
      b.lease(on, term.get());
    } else if (grant.isPresent()) {
      throw f.error("lease_term_years", "is required when lease_grant_date is given");
    }
    f.number("site_area_m2", 0, true, "用地面积").ifPresent(b::siteAreaM2);
    f.number("plot_ratio_cap", 0, true, "容积率上限").ifPresent(b::approvedPlotRatioCap);
    readIntensification(f, b);
    OptionalDouble cut = f.number("green_cut_m2", 0, false, "附属绿地减少");
    OptionalDouble added = f.number("green_added_m2", 0, false, "新增绿地");
    if (cut.isPresent() || added.isPresent()) {
      b.greenSpace(cut.orElse(0), added.orElse(0));
    }
    f.number("rooftop_green_m2", 0, false, "屋顶绿化").ifPresent(b::rooftopGreenAreaM2);
    f.text("district_id", "区").ifPresent(b::districtId);
    f.text("park_id", "园区").ifPresent(b::parkId);
    LandUse classifyOn = landUse == null ? LandUse.INDUSTRIAL : landUse;
    double underground = f.number("underground_m2", 0, false, "地下建筑面积").orElse(0);
    f.mapping("floor_areas_m2", "use codes and floor areas, m²", "地上建筑面积").ifPresent(af -> {
      for (String use : af.keys()) {
        requireUseCode(af, use, use, pack, classifyOn);
        b.floorAreaM2(use, af.number(use, 0, false).orElseThrow(() -> af.error(use, "must be an area, m²")));
      }
    });
    ImmutableList<JsonNode> buildings = f.list("buildings", "建筑");
    List<MeasuredBuilding> tall = new ArrayList<>();
    for (int i = 0; i < buildings.size(); i++) {
      Fields bf = Fields.of(f.file(), f.where(), "buildings[" + i + "].",
          "use, storeys, footprint_m2, basements and storey_height_m", buildings.get(i));
      String use = bf.requiredText("use", "用途");
      requireUseCode(bf, "use", use, pack, classifyOn);
      int storeys = bf.integer("storeys", 0, "层数").orElseThrow(() -> bf.error("storeys", "is required"));
      double footprint = bf.number("footprint_m2", 0, true, "基底面积")
          .orElseThrow(() -> bf.error("footprint_m2", "is required"));
      int basements = bf.integer("basements", 0, "地下层数").orElse(0);
      OptionalDouble height = bf.number("storey_height_m", 0, true, "层高");
      bf.rejectUnknown(List.of("use", "storeys", "footprint_m2", "basements", "storey_height_m"));
      if (storeys + basements == 0) {
        throw bf.error("storeys", "a building needs at least one storey or basement");
      }
      if (height.isPresent()) {
        tall.add(new MeasuredBuilding(use, storeys, basements, footprint, height.getAsDouble()));
        continue;
      }
      if (storeys > 0) {
        b.floorAreaM2(use, storeys * footprint);
      }
      underground += basements * footprint;
    }
    b.undergroundFloorAreaM2(underground);
    f.mapping("split", "the split request's fields", "分割转让").ifPresent(sf -> b.split(readSplit(sf)));
    if (f.node().has(PLOT_RATIO_FLOOR_AREA_ZH)) {
      throw f.error(PLOT_RATIO_FLOOR_AREA_ZH, "is not a scenario field: the above-ground floor areas by use are"
          + " floor_areas_m2 (地上建筑面积); for a storey counted double in the plot ratio give buildings with"
          + " storey_height_m");
    }
    List<String> allowed = allowed();
    if (!complete) {
      allowed.remove("parcel_id");
    }
    f.rejectUnknown(allowed);
    Parcel parcel;
    try {
      parcel = b.build();
    } catch (InvalidParcelException e) {
      throw f.error(FILE_FIELDS.getOrDefault(e.field(), e.field()), e.problem());
    }
    if (tall.isEmpty() || !complete) {
      return parcel;
    }
    return measured(f, parcel, tall, pack);
  }

  /** A building given with its storey height, which only a measurement from geometry can count. */
  private record MeasuredBuilding(String use, int storeys, int basements, double footprintM2, double storeyHeightM) {}

  /**
   * A parcel with buildings given with storey heights (层高), measured from geometry as land-geo does: the parcel a
   * square of its site area, each building a rectangle inside it, every storey counted by the pack's height rules.
   */
  private static Parcel measured(Fields f, Parcel parcel, List<MeasuredBuilding> buildings, PolicyPack pack) {
    if (parcel.siteAreaM2().isEmpty()) {
      throw f.error("site_area_m2", "is required when a building gives storey_height_m (the parcel is measured)");
    }
    if (!parcel.aboveGroundFloorAreaM2().isEmpty() || parcel.undergroundFloorAreaM2() > 0) {
      throw f.error("buildings", "when a building gives storey_height_m, give every floor area as a building with"
          + " storey_height_m (no floor_areas_m2, underground_m2 or building without it)");
    }
    Scenario scenario = Scenario.ofFacts(parcel).siteAreaM2(parcel.siteAreaM2().getAsDouble());
    buildings.forEach(x -> scenario.building(x.use(), x.storeys(), x.basements(), x.footprintM2(), x.storeyHeightM()));
    try {
      return scenario.buildMeasured(pack);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.error("buildings", e.getMessage());
    }
  }

  private static void readIntensification(Fields f, Parcel.Builder b) {
    boolean any = f.has("pr_before", "原容积率") || f.has("pr_after", "新容积率") || f.has("ug_before_m2", "原地下面积")
        || f.has("ug_after_m2", "新地下面积") || f.has("intensification_approved", "已批准");
    if (!any) {
      return;
    }
    OptionalDouble before = f.number("pr_before", 0, false, "原容积率");
    OptionalDouble after = f.number("pr_after", 0, false, "新容积率");
    if (before.isPresent() != after.isPresent()) {
      throw f.error(before.isPresent() ? "pr_after" : "pr_before", "pr_before and pr_after go together");
    }
    double ugBefore = f.number("ug_before_m2", 0, false, "原地下面积").orElse(0);
    double ugAfter = f.number("ug_after_m2", 0, false, "新地下面积").orElse(ugBefore);
    boolean approved = f.bool("intensification_approved", "已批准").orElseThrow(() -> f.error(
        "intensification_approved", "is required when a plot-ratio increase or added underground space is given"));
    b.intensification(before.orElse(0), after.orElse(before.orElse(0)), ugBefore, ugAfter, approved);
  }

  private static SplitRequest readSplit(Fields s) {
    boolean conditions = s.bool("meets_planning_conditions", "符合规划分割条件")
        .orElseThrow(() -> s.error("meets_planning_conditions", "is required"));
    boolean listed = s.bool("listed_with_project", "带产业项目挂牌")
        .orElseThrow(() -> s.error("listed_with_project", "is required"));
    SplitRequest.Recipient recipient = s.enumValue("recipient", SplitRequest.Recipient.class, RECIPIENT_NAMES, "受让方")
        .orElseThrow(() -> s.error("recipient", "is required"));
    OptionalDouble area = s.number("surplus_area_m2", 0, true, "分割面积");
    OptionalDouble width = s.number("surplus_min_width_m", 0, true, "分割最窄宽度");
    s.rejectUnknown(List.of("meets_planning_conditions", "listed_with_project", "recipient", "surplus_area_m2",
        "surplus_min_width_m"));
    if (area.isPresent() != width.isPresent()) {
      throw s.error(area.isPresent() ? "surplus_min_width_m" : "surplus_area_m2",
          "surplus_area_m2 and surplus_min_width_m go together");
    }
    SplitRequest request = SplitRequest.of(conditions, listed, recipient);
    return area.isPresent() ? request.withSurplus(area.getAsDouble(), width.getAsDouble()) : request;
  }

  private static LandUse landUse(Fields f, String value, PolicyPack pack) {
    for (Map.Entry<String, LocalizedText> e : pack.landUses().entrySet()) {
      if (e.getKey().equalsIgnoreCase(value) || e.getValue().zh().equals(value)) {
        return LandUse.of(e.getKey());
      }
    }
    throw f.error("land_use", "pack " + pack.id() + " knows no land use \"" + value + "\"; it knows "
        + pack.landUses().keySet() + " (or their Chinese names)");
  }

  private static void requireUseCode(Fields f, String field, String use, PolicyPack pack, LandUse on) {
    if (pack.classify(use, on).isEmpty()) {
      throw f.error(field, "pack " + pack.id() + " knows no use code \"" + use + "\"; it knows " + pack.useCodes()
          + " and their aliases");
    }
  }
}
