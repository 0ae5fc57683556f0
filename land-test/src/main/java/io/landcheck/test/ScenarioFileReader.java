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
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.Rule;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.Verdict;
import io.landcheck.input.JsonValues;
import io.landcheck.input.ParcelField;
import io.landcheck.input.ParcelRecords;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest;
import io.landcheck.model.UseClass;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.test.ScenarioFile.Balance;
import io.landcheck.test.ScenarioFile.Case;
import io.landcheck.test.ScenarioFile.Expectation;
import io.landcheck.test.ScenarioFile.RuleExpectation;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /** A scenario file's parcel entries that nest: buildings (measured cases) and a split request as a mapping. */
  private static final ImmutableList<List<String>> NESTED_FIELDS =
      ImmutableList.of(List.of("buildings", "建筑"), List.of("split", "分割转让"));

  /**
   * The keys of a {@code split} mapping (the names scenario files have used) and the flat {@link ParcelField} each is;
   * the mapping may also use the flat names or their aliases.
   */
  private static final ImmutableMap<String, ParcelField> SPLIT_KEYS = ImmutableMap.of(
      "meets_planning_conditions", ParcelField.SPLIT_CONDITIONS_MET,
      "listed_with_project", ParcelField.SPLIT_LISTED,
      "recipient", ParcelField.SPLIT_RECIPIENT,
      "surplus_area_m2", ParcelField.SPLIT_AREA_M2,
      "surplus_min_width_m", ParcelField.SPLIT_WIDTH_M);

  private static final ImmutableMap<String, Verdict> VERDICT_NAMES = ImmutableMap.of(
      "合规", Verdict.COMPLIANT, "不合规", Verdict.NON_COMPLIANT, "不适用", Verdict.NOT_APPLICABLE,
      "数据不足", Verdict.INSUFFICIENT_DATA, "错误", Verdict.ERROR);

  private static final double DEFAULT_TOLERANCE = 0.0005;

  /** How far a remedy plan's or option's area may be from the one expected, m², unless the file says: its rounding. */
  private static final double DEFAULT_PLAN_TOLERANCE_M2 = 0.05;

  private static final String EXPECT_FIELDS = "verdict, plot_ratio, tolerance, rules and remedy_plan";

  /** The use classes by their Chinese names, as a file may write them. */
  private static final ImmutableMap<String, UseClass> USE_CLASS_NAMES = ImmutableMap.of(
      "主导产业", UseClass.PRINCIPAL_INDUSTRIAL, "主导产业用途", UseClass.PRINCIPAL_INDUSTRIAL,
      "其他产业用途", UseClass.OTHER_INDUSTRIAL, "生活配套", UseClass.LIVING_AMENITY,
      "生活配套设施", UseClass.LIVING_AMENITY);
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
      Set<String> notParcel = Set.of("description", "说明", "expect", "预期", "periods", "期间");
      if (c.has("periods", "期间")) {
        if (c.has("expect", "预期")) {
          throw c.error("periods", "a case gives expect or periods, not both");
        }
        if (c.has("application_date", "申请日期")) {
          throw c.error("application_date", "is set by each of the case's periods; give it in periods, not here");
        }
        Fields caseFields = c;
        Fields periods = c.mapping("periods", "dates (YYYY-MM-DD) and what is expected on each", "期间")
            .orElseThrow(() -> caseFields.error("periods", "must be a mapping of dates and expectations"));
        List<String> dates = periods.keys();
        if (dates.isEmpty()) {
          throw c.error("periods", "must give at least one date");
        }
        for (String date : dates) {
          LocalDate on;
          try {
            on = LocalDate.parse(date.strip());
          } catch (java.time.format.DateTimeParseException ex) {
            throw periods.error(date, "is not a date YYYY-MM-DD");
          }
          Fields expectFields = periods.mapping(date, EXPECT_FIELDS).orElseThrow(() ->
              periods.error(date, "must be a mapping of " + EXPECT_FIELDS));
          Expectation expect = readExpectation(expectFields, pack);
          ObjectNode own = ((ObjectNode) c.node()).deepCopy();
          own.put(ParcelField.APPLICATION_DATE.fieldName(), on.toString());
          Fields merged = merge(name, c.where() + " on " + on, defaults, own, notParcel);
          cases.add(new Case(i, caseDescription, readParcel(merged, id, pack, true), expect, Optional.of(on)));
        }
        continue;
      }
      Fields expectFields = c.mapping("expect", EXPECT_FIELDS, "预期")
          .orElseThrow(() -> new ScenarioFileException(name, where + " (parcel " + id + ")", "expect",
              "is required: a case must expect something (verdict, plot_ratio, rules or remedy_plan), or give"
                  + " periods"));
      Expectation expect = readExpectation(expectFields, pack);
      Fields merged = merge(name, c.where(), defaults, c.node(), notParcel);
      Parcel parcel = readParcel(merged, id, pack, true);
      cases.add(new Case(i, caseDescription, parcel, expect, Optional.empty()));
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
    String id = packId.orElse(ShanghaiPacks.SHANGHAI_2021);
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
          Fields x = rf.mapping(key, "verdict, measured, limit, remedy_contains, message_contains, determination"
              + " and remedy_options").orElseThrow();
          RuleExpectation re = new RuleExpectation(
              x.enumValue("verdict", Verdict.class, VERDICT_NAMES, "结论"),
              x.number("measured", -Double.MAX_VALUE, false, "实测值"),
              x.number("limit", -Double.MAX_VALUE, false, "限值"),
              x.text("remedy_contains", "整改包含"),
              x.text("message_contains", "说明包含"),
              x.text("determination", "认定"),
              readOptions(x));
          x.rejectUnknown(List.of("verdict", "measured", "limit", "remedy_contains", "message_contains", "determination",
              "remedy_options"));
          rules.put(id, re);
        } else {
          rules.put(id, new RuleExpectation(rf.enumValue(key, Verdict.class, VERDICT_NAMES), OptionalDouble.empty(),
              OptionalDouble.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of()));
        }
      }
    });
    Optional<ScenarioFile.PlanExpectation> plan = e.mapping("remedy_plan",
        "status, cut_m2, add_m2, total_m2, lease_term_years, rules and tolerance", "合规方案").map(pf -> readPlan(pf, pack, packRules));
    e.rejectUnknown(List.of("verdict", "plot_ratio", "tolerance", "rules", "remedy_plan"));
    if (verdict.isEmpty() && plotRatio.isEmpty() && rules.isEmpty() && plan.isEmpty()) {
      throw e.error("", "must expect something: verdict, plot_ratio, rules or remedy_plan");
    }
    return new Expectation(verdict, plotRatio, tolerance, ImmutableMap.copyOf(rules), plan);
  }

  /** A {@code remedy_plan} expectation: status, m² cut and added per use class, total, lease term, rules. */
  private static ScenarioFile.PlanExpectation readPlan(Fields p, PolicyPack pack, Set<RuleId> packRules) {
    Optional<RemedyPlan.Status> status = p.enumValue("status", RemedyPlan.Status.class, Map.of(), "状态");
    Map<UseClass, Double> changes = new java.util.EnumMap<>(UseClass.class);
    boolean byClass = false;
    for (String[] side : new String[][] {{"cut_m2", "减少"}, {"add_m2", "增加"}}) {
      Optional<Fields> m = p.mapping(side[0], "use classes and m²", side[1]);
      if (m.isEmpty()) {
        continue;
      }
      byClass = true;
      Fields mf = m.get();
      for (String key : mf.keys()) {
        UseClass c = useClass(mf, key);
        double m2 = mf.number(key, 0, false).orElseThrow(() -> mf.error(key, "must be an area, m²"));
        if (changes.containsKey(c)) {
          throw mf.error(key, "use class " + c + " is both cut and added");
        }
        changes.put(c, side[0].equals("cut_m2") ? -m2 : m2);
      }
    }
    OptionalDouble total = p.number("total_m2", 0, false, "合计");
    Optional<Integer> term = p.integer("lease_term_years", 1, "出让年限");
    Optional<ImmutableList<RuleId>> rules = p.has("rules", "规则")
        ? Optional.of(p.list("rules", "规则").stream().map(n -> {
            RuleId id;
            try {
              id = RuleId.of(n.asText());
            } catch (IllegalArgumentException ex) {
              throw p.error("rules", "\"" + n.asText() + "\" is not a rule id");
            }
            if (!packRules.contains(id)) {
              throw p.error("rules", "pack " + pack.id() + " has no rule " + id);
            }
            return id;
          }).collect(ImmutableList.toImmutableList()))
        : Optional.empty();
    double tolerance = p.number("tolerance", 0, false, "容差").orElse(DEFAULT_PLAN_TOLERANCE_M2);
    p.rejectUnknown(List.of("status", "cut_m2", "add_m2", "total_m2", "lease_term_years", "rules", "tolerance"));
    if (status.isEmpty() && !byClass && total.isEmpty() && term.isEmpty() && rules.isEmpty()) {
      throw p.error("", "must expect something: status, cut_m2, add_m2, total_m2, lease_term_years or rules");
    }
    return new ScenarioFile.PlanExpectation(status, byClass ? Optional.of(ImmutableMap.copyOf(changes))
        : Optional.empty(), total, term, rules, tolerance);
  }

  /** A rule's {@code remedy_options} expectations: each option found by kind and use classes, by number. */
  private static ImmutableList<ScenarioFile.OptionExpectation> readOptions(Fields x) {
    ImmutableList.Builder<ScenarioFile.OptionExpectation> out = ImmutableList.builder();
    ImmutableList<JsonNode> nodes = x.list("remedy_options", "整改选项");
    for (int i = 0; i < nodes.size(); i++) {
      Fields o = Fields.of(x.file(), x.where(), "remedy_options[" + i + "].",
          "kind, use_classes, amount and complies_alone", nodes.get(i));
      RemedyOption.Kind kind = o.enumValue("kind", RemedyOption.Kind.class, Map.of(), "类型")
          .orElseThrow(() -> o.error("kind", "is required: " + List.of(RemedyOption.Kind.values())));
      Set<UseClass> classes = new java.util.LinkedHashSet<>();
      for (JsonNode n : o.list("use_classes", "用途类别")) {
        classes.add(useClass(o, n.asText()));
      }
      OptionalDouble amount = o.number("amount", 0, true, "数量");
      Optional<Boolean> alone = o.bool("complies_alone", "单独合规");
      o.rejectUnknown(List.of("kind", "use_classes", "amount", "complies_alone"));
      out.add(new ScenarioFile.OptionExpectation(kind, ImmutableSet.copyOf(classes), amount, alone));
    }
    return out.build();
  }

  private static UseClass useClass(Fields f, String name) {
    String n = name.strip();
    if (USE_CLASS_NAMES.containsKey(n)) {
      return USE_CLASS_NAMES.get(n);
    }
    for (UseClass c : UseClass.values()) {
      if (c.name().equalsIgnoreCase(n.replace('-', '_').replace(' ', '_'))) {
        return c;
      }
    }
    throw f.error(name, "is not a use class; use classes are " + List.of(UseClass.values()) + " (主导产业, 其他产业用途,"
        + " 生活配套)");
  }

  private static RuleId ruleId(Fields rf, String key, PolicyPack pack, Set<RuleId> packRules) {
    RuleId id;
    try {
      id = RuleId.of(key);
    } catch (IllegalArgumentException ex) {
      throw rf.error(key, "is not a rule id: " + ex.getMessage());
    }
    if (pack.batchRules().stream().anyMatch(g -> g.id().equals(id))) {
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
      List<String> names = namesOf(key);
      String before = given.put(names, key);
      if (before != null) {
        throw new ScenarioFileException(file, where, key, "is given twice, as " + before + " and " + key);
      }
      names.forEach(merged::remove);
      merged.set(key, own.get(key));
    });
    return Fields.of(file, where, "", "parcel fields", merged);
  }

  /** Every name the field {@code key} may be given by (its name and alias), or {@code key} alone if no field's. */
  private static List<String> namesOf(String key) {
    for (List<String> nested : NESTED_FIELDS) {
      if (nested.contains(key)) {
        return nested;
      }
    }
    return ParcelField.byName(key).map(f -> {
      List<String> names = new ArrayList<>(List.of(f.fieldName(), f.alias()));
      if (!names.contains(key)) {
        names.add(key); // the English name in another case
      }
      return names;
    }).orElse(List.of(key));
  }

  /**
   * Reads a parcel's fields with the one mapping every input uses ({@link ParcelRecords}), after the kit's defaults
   * fill what is absent (not what is given as null, ~): the first error found fails the file, naming the field.
   */
  private static Parcel readParcel(Fields f, String id, PolicyPack pack, boolean complete) {
    Map<String, Object> given = new LinkedHashMap<>();
    given.putAll(rawValues(f.node()));
    Optional<JsonNode> buildingsNode = f.raw("buildings", "建筑");
    f.mapping("split", "the split request's fields", "分割转让").ifPresent(sf -> flattenSplit(sf, given));
    List<RecordError> errors = new ArrayList<>();
    Map<String, Object> fields = ParcelRecords.byField(given, id, "", false,
        List.of("buildings", "建筑", "split", "分割转让"), errors);
    firstError(f, errors);
    if (complete && !given.containsKey("land_use") && !given.containsKey("用地性质")) {
      throw f.error("land_use", "is required (in the case or in defaults); write ~ for an unknown land use");
    }
    applyKitDefaults(given, fields);
    if (!complete) {
      fields.put(ParcelField.PARCEL_ID.fieldName(), id);
    }
    ParcelRecords.Mapped mapped = ParcelRecords.map(fields, "", pack);
    firstError(f, mapped.errors());
    Parcel parcel = mapped.parcel().orElseThrow();
    if (!complete) {
      return parcel;
    }
    List<MeasuredBuilding> tall = new ArrayList<>();
    double underground = parcel.undergroundFloorAreaM2();
    Parcel.Builder b = parcel.toBuilder();
    LandUse classifyOn = parcel.landUse().orElse(LandUse.INDUSTRIAL);
    ImmutableList<JsonNode> buildings = buildingsNode.isPresent() ? f.list("buildings", "建筑") : ImmutableList.of();
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
        b.floorAreaM2(pack.canonicalUseCode(use).orElse(use), storeys * footprint);
      }
      underground += basements * footprint;
    }
    if (!buildings.isEmpty()) {
      parcel = b.undergroundFloorAreaM2(underground).build();
    }
    if (tall.isEmpty()) {
      return parcel;
    }
    return measured(f, parcel, tall, pack);
  }

  /**
   * The kit's defaults for what a case leaves out (docs/scenario-files.md): single-use land, new land, no project
   * category, the kit's application date, and a lease granted on the application date. A field given as null (~) is
   * unknown and keeps no default.
   */
  private static void applyKitDefaults(Map<String, Object> given, Map<String, Object> fields) {
    putAbsent(given, fields, ParcelField.SINGLE_USE, true);
    putAbsent(given, fields, ParcelField.TENURE, "NEW");
    putAbsent(given, fields, ParcelField.APPLICATION_DATE, Scenario.DEFAULT_APPLICATION_DATE);
    if (fields.get(ParcelField.LEASE_TERM_YEARS.fieldName()) != null) {
      Object on = fields.get(ParcelField.APPLICATION_DATE.fieldName());
      if (on != null) {
        putAbsent(given, fields, ParcelField.LEASE_GRANT_DATE, on);
      }
    }
  }

  private static void putAbsent(Map<String, Object> given, Map<String, Object> fields, ParcelField field,
      Object value) {
    if (!given.containsKey(field.fieldName()) && !given.containsKey(field.alias())) {
      fields.put(field.fieldName(), value);
    }
  }

  /** A {@code split} mapping's entries, as the flat split fields of the record. */
  private static void flattenSplit(Fields split, Map<String, Object> given) {
    Map<String, Object> raw = rawValues(split.node());
    for (String key : split.keys()) {
      ParcelField field = SPLIT_KEYS.containsKey(key) ? SPLIT_KEYS.get(key)
          : ParcelField.byName(key).filter(SPLIT_KEYS.values()::contains)
              .orElseThrow(() -> split.error(key, "is not a field of a split request; it may have "
                  + SPLIT_KEYS.keySet()));
      given.put(field.fieldName(), raw.get(key));
    }
  }

  /**
   * The members of a mapping as raw values, read as every input's JSON values are ({@link JsonValues}): numbers
   * exactly as written, nested mappings as maps and sequences as lists, in file order.
   */
  private static Map<String, Object> rawValues(JsonNode mapping) {
    try {
      return JsonValues.readObject(mapping.toString()); // the mapping written as JSON, read as every input's JSON is
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a tree in memory: not reached
    }
  }

  /** Fails the file with the first error, naming its field. */
  private static void firstError(Fields f, List<RecordError> errors) {
    if (!errors.isEmpty()) {
      throw f.error(errors.get(0).field(), errors.get(0).message());
    }
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

  private static void requireUseCode(Fields f, String field, String use, PolicyPack pack, LandUse on) {
    if (pack.classify(use, on).isEmpty()) {
      throw f.error(field, "pack " + pack.id() + " knows no use code \"" + use + "\"; it knows " + pack.useCodes()
          + " and their aliases");
    }
  }
}
