package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.model.InvalidFieldException;
import io.landcheck.model.UseClass;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.PackException;
import io.landcheck.pack.ParameterSource;
import io.landcheck.pack.Parameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where policy packs come from: the packs bundled with landcheck, and pack files a bureau writes itself (the format is
 * in docs/policy-packs.md; the bundled Shanghai pack is the worked example).
 *
 * <p>A pack file that is wrong in any way fails to load with a {@link PackException} (an
 * {@link IllegalArgumentException}: a pack is configuration, and a wrong one a mistake to fix before any parcel is
 * checked) that names the file, the place in it, such as {@code rules[3].versions[0].values.maxShare}, and a stable
 * {@link PackException.Code}.
 *
 * @since 0.1
 */
public final class PolicyPacks {

  /** Reads pack files strictly: a field given twice, or anything after the pack's object, is an error. */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The most characters of a pack's text an error message quotes. */
  private static final int EXCERPT = 40;

  /** The numbers every version of a pack's measurement parameters must give (land-geo reads them). */
  private static final ImmutableList<String> MEASUREMENT_NUMBERS = ImmutableList.of(
      "fullHeightStoreyM", "lowStoreyFactor", "tallStoreyM", "tallStoreyFactor", "siteAreaTolerance",
      "geometryToleranceM2", "splitWidthResolutionM", "repairAreaTolerance", "crossingNoiseM2", "crossingNoiseShare");

  /** The rule kinds and bundled packs of every {@link RuleKindProvider} on the class or module path, found once. */
  private static final Supplier<Providers> PROVIDERS = Suppliers.memoize(Providers::find);

  private PolicyPacks() {}

  /**
   * The ids of the bundled packs: those of every pack module on the class or module path (such as
   * {@code shanghai-2021} of land-pack-shanghai).
   *
   * @return the ids, in the order the providers give them; an immutable list
   */
  public static List<String> bundledIds() {
    return PROVIDERS.get().packs.keySet().asList();
  }

  /**
   * A bundled pack by id, if a pack module on the class or module path bundles one.
   *
   * @param id a pack id, such as {@code shanghai-2021}
   * @return the pack; empty when no bundled pack has that id
   */
  public static Optional<PolicyPack> bundled(String id) {
    return Optional.ofNullable(PROVIDERS.get().packs.get(id)).map(Supplier::get);
  }

  /**
   * A pack from a file, using the built-in rule kinds.
   *
   * @param file a pack JSON file
   * @return the pack, every rule's parameters checked
   */
  public static PolicyPack load(Path file) {
    return load(file, ImmutableMap.of());
  }

  /**
   * A pack from a file, with rule kinds of the caller's own beside the built-in ones: {@code customKinds} maps a
   * {@code kind} named in the file to a factory of the rule from its id and citation.
   *
   * @param file a pack JSON file
   * @param customKinds factories of the caller's rule kinds, by the kind's name in the file
   * @return the pack, every rule's parameters checked
   */
  public static PolicyPack load(Path file, Map<String, BiFunction<RuleId, Citation, Rule>> customKinds) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), customKinds);
    } catch (IOException e) {
      throw new UncheckedIOException("pack file " + file + ": cannot be read: "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
    }
  }

  /**
   * A pack read from a stream; {@code source} names it in errors.
   *
   * @param in the pack's JSON; the caller closes it
   * @param source the name to give the pack in errors, such as its file name
   * @param customKinds factories of the caller's rule kinds, by the kind's name in the file; empty for none
   * @return the pack, every rule's parameters checked
   */
  public static PolicyPack read(
      InputStream in, String source, Map<String, BiFunction<RuleId, Citation, Rule>> customKinds) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw PackException.of(PackException.Code.NOT_JSON, source, "", notJson(e));
    }
    if (root == null || !root.isObject()) {
      throw PackException.of(PackException.Code.NOT_A_PACK, source, "", "not a policy pack (a JSON object)");
    }
    return new Loader(source, customKinds).pack(root);
  }

  /**
   * What is wrong with a file that is not valid JSON, and where, without the parser's message: it quotes the file's
   * text, and a file given by mistake (--policy /etc/passwd) must not be shown.
   */
  private static String notJson(IOException e) {
    String where = "";
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
      where = " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
      String message = String.valueOf(j.getOriginalMessage());
      if (message.startsWith("Duplicate field '")) {
        String field = message.substring("Duplicate field '".length(), Math.max(message.lastIndexOf('\''),
            "Duplicate field '".length()));
        return "field " + excerpt(field) + " is given twice" + where + " (a pack must say each thing once)";
      }
      if (message.startsWith("Trailing token")) {
        return "more follows the pack's object" + where;
      }
    }
    return "not valid JSON" + where;
  }

  /** A text of the pack as an error message may quote it: quoted, and cut to {@value #EXCERPT} characters. */
  static String excerpt(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", " ");
    return "'" + (oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…") + "'";
  }

  /** The kinds and packs of the rule modules found with {@link ServiceLoader}, each name from its first provider. */
  private record Providers(ImmutableMap<String, BiFunction<RuleId, Citation, Rule>> kinds,
      ImmutableMap<String, BatchRuleKind> batchKinds, ImmutableMap<String, Supplier<PolicyPack>> packs) {
    static Providers find() {
      Map<String, BiFunction<RuleId, Citation, Rule>> kinds = new LinkedHashMap<>();
      Map<String, BatchRuleKind> batchKinds = new LinkedHashMap<>();
      Map<String, Supplier<PolicyPack>> packs = new LinkedHashMap<>();
      for (RuleKindProvider p : ServiceLoader.load(RuleKindProvider.class, PolicyPacks.class.getClassLoader())) {
        p.ruleKinds().forEach(kinds::putIfAbsent);
        p.batchRuleKinds().forEach(batchKinds::putIfAbsent);
        p.bundledPacks().forEach(packs::putIfAbsent);
      }
      return new Providers(ImmutableMap.copyOf(kinds), ImmutableMap.copyOf(batchKinds), ImmutableMap.copyOf(packs));
    }
  }

  /** Reads one pack file, keeping the file name for its errors. */
  private static final class Loader {
    private final String source;
    private final Map<String, BiFunction<RuleId, Citation, Rule>> customKinds;
    /** The pack's {@code document}, read first: a source that is not POLICY must not name it. */
    private String document = "";

    Loader(String source, Map<String, BiFunction<RuleId, Citation, Rule>> customKinds) {
      this.source = source;
      this.customKinds = ImmutableMap.copyOf(customKinds);
    }

    PolicyPack pack(JsonNode root) {
      known(root, "", "schemaVersion", "id", "title", "document", "effectiveFrom", "effectiveUntil", "tolerance",
          "landUses", "useCodes", "measurement", "rules");
      int schema = integer(root, "schemaVersion", "");
      if (schema != 1) {
        throw error(PackException.Code.SCHEMA_VERSION, "schemaVersion", "must be 1, was " + schema);
      }
      String id = text(root, "id", "");
      document = text(root, "document", "");
      LocalDate from = date(root, "effectiveFrom", "");
      Optional<LocalDate> until = root.hasNonNull("effectiveUntil")
          ? Optional.of(date(root, "effectiveUntil", "")) : Optional.empty();
      if (until.isPresent() && until.get().isBefore(from)) {
        throw error(PackException.Code.DATES, "effectiveUntil", "must not be before effectiveFrom " + from + ", was " + until.get());
      }
      double tolerance = number(root, "tolerance", "");
      if (!(tolerance >= 0 && tolerance < PolicyPack.TOLERANCE_BOUND)) {
        throw error(PackException.Code.OUT_OF_RANGE, "tolerance", "must be at least 0 and below " + PolicyPack.TOLERANCE_BOUND + ", was " + tolerance);
      }
      ImmutableMap.Builder<String, LocalizedText> landUses = ImmutableMap.builder();
      JsonNode landUseNodes = array(root, "landUses", "");
      Set<String> landUseCodes = new HashSet<>();
      for (int i = 0; i < landUseNodes.size(); i++) {
        JsonNode n = landUseNodes.get(i);
        known(n, "landUses[" + i + "].", "code", "name");
        String code = text(n, "code", "landUses[" + i + "].");
        if (!landUseCodes.add(code)) {
          throw error(PackException.Code.DUPLICATE, "landUses[" + i + "].code", "land use " + excerpt(code) + " is listed twice");
        }
        landUses.put(code, localized(n, "name", "landUses[" + i + "]."));
      }
      ImmutableMap<String, LocalizedText> landUseMap = landUses.buildOrThrow();
      UseCodes useCodes = useCodes(array(root, "useCodes", ""), landUseMap);
      known(root.path("measurement"), "measurement.", "versions");
      ImmutableList<Parameters> measurement = versions(root.path("measurement"), id + "/measurement", "measurement.");
      List<PolicyPack.Entry> rules = new ArrayList<>();
      List<BatchRule> batchRules = new ArrayList<>();
      Providers providers = PROVIDERS.get();
      Set<String> ids = new HashSet<>();
      JsonNode ruleNodes = array(root, "rules", "");
      for (int i = 0; i < ruleNodes.size(); i++) {
        String at = "rules[" + i + "].";
        JsonNode n = ruleNodes.get(i);
        known(n, at, "id", "kind", "citation", "versions");
        RuleId ruleId;
        try {
          ruleId = RuleId.of(text(n, "id", at));
        } catch (IllegalArgumentException e) {
          throw error(PackException.Code.INVALID_VALUE, at + "id", e.getMessage());
        }
        if (!ids.add(ruleId.value())) {
          throw error(PackException.Code.DUPLICATE, at + "id", "rule " + ruleId + " is listed twice");
        }
        String kind = text(n, "kind", at);
        JsonNode c = n.path("citation");
        known(c, at + "citation.", "document", "clause", "text");
        Citation citation = Citation.of(
            text(c, "document", at + "citation."), text(c, "clause", at + "citation."), localized(c, "text", at + "citation."));
        ImmutableList<Parameters> versions = versions(n, id + "/" + ruleId, at);
        if (versions.isEmpty()) {
          throw error(PackException.Code.MISSING, at + "versions", "must have at least one version");
        }
        BatchRuleKind batchKind = providers.batchKinds().get(kind);
        if (batchKind != null) {
          // a batch rule reads its parameters when it is made: made on each version alone, it validates that version
          validateVersions(version -> batchKind.create(ruleId, citation, ImmutableList.of(version)), versions,
              kind, true, landUseMap.keySet(), at);
          sourced(versions, "rule " + ruleId, at);
          batchRules.add(batchKind.create(ruleId, citation, versions));
          continue;
        }
        Optional<Rule> rule = customKinds.containsKey(kind)
            ? Optional.of(customKinds.get(kind).apply(ruleId, citation))
            : Optional.ofNullable(providers.kinds().get(kind)).map(f -> f.apply(ruleId, citation));
        if (rule.isEmpty()) {
          throw error(PackException.Code.UNKNOWN_NAME, at + "kind", "unknown rule kind " + excerpt(kind) + "; built-in kinds are "
              + providers.kinds().keySet().asList() + " and " + String.join(", ", providers.batchKinds().keySet()));
        }
        validateVersions(rule.get()::validate, versions, kind, !customKinds.containsKey(kind), landUseMap.keySet(), at);
        sourced(versions, "rule " + ruleId, at);
        rules.add(new PolicyPack.Entry(rule.get(), versions));
      }
      if (measurement.isEmpty()) {
        throw error(PackException.Code.MISSING, "measurement.versions", "must have at least one version");
      }
      for (int v = 0; v < measurement.size(); v++) {
        for (String name : measurement.get(v).names()) {
          if (!MEASUREMENT_NUMBERS.contains(name)) {
            throw error(PackException.Code.UNKNOWN_FIELD, "measurement.versions[" + v + "].values." + name,
                "is not a measurement parameter; they are " + MEASUREMENT_NUMBERS);
          }
        }
        for (String name : MEASUREMENT_NUMBERS) {
          try {
            measurement.get(v).number(name);
          } catch (IllegalArgumentException e) {
            throw error(PackException.Code.INVALID_VALUE, "measurement.versions[" + v + "].values." + name, e.getMessage());
          }
        }
        measurementRanges(measurement.get(v), "measurement.versions[" + v + "].values.");
      }
      sourced(measurement, "measurement", "measurement.");
      return new PolicyPack(id, localized(root, "title", ""), document, from, until, tolerance,
          landUseMap, useCodes, ImmutableList.copyOf(rules), measurement, ImmutableList.copyOf(batchRules));
    }

    /**
     * Fails on a measurement number out of its range: storey heights above 0 (the tall one above the full one), the
     * low-storey factor above 0 and at most 1, the tall-storey factor from 1 to 10, the site-area tolerance a fraction
     * below 1, the geometry tolerance at least 0, the split width resolution above 0.
     */
    private void measurementRanges(Parameters p, String at) {
      double fullHeight = p.number("fullHeightStoreyM");
      range(fullHeight > 0, at, "fullHeightStoreyM", "must be above 0", fullHeight);
      double tall = p.number("tallStoreyM");
      range(tall > fullHeight, at, "tallStoreyM", "must be above fullHeightStoreyM (" + fullHeight + ")", tall);
      double low = p.number("lowStoreyFactor");
      range(low > 0 && low <= 1, at, "lowStoreyFactor", "must be above 0 and at most 1", low);
      double tallFactor = p.number("tallStoreyFactor");
      range(tallFactor >= 1 && tallFactor <= 10, at, "tallStoreyFactor", "must be from 1 to 10", tallFactor);
      double siteArea = p.number("siteAreaTolerance");
      range(siteArea >= 0 && siteArea < 1, at, "siteAreaTolerance", "must be at least 0 and below 1", siteArea);
      double geometry = p.number("geometryToleranceM2");
      range(geometry >= 0, at, "geometryToleranceM2", "must be at least 0", geometry);
      double split = p.number("splitWidthResolutionM");
      range(split > 0, at, "splitWidthResolutionM", "must be above 0", split);
      double repairArea = p.number("repairAreaTolerance");
      range(repairArea >= 0 && repairArea < 1, at, "repairAreaTolerance", "must be at least 0 and below 1", repairArea);
      double noise = p.number("crossingNoiseM2");
      range(noise >= 0, at, "crossingNoiseM2", "must be at least 0", noise);
      double noiseShare = p.number("crossingNoiseShare");
      range(noiseShare >= 0 && noiseShare < 1, at, "crossingNoiseShare", "must be at least 0 and below 1", noiseShare);
    }

    private void range(boolean ok, String at, String name, String problem, double value) {
      if (!ok || !Double.isFinite(value)) {
        throw error(PackException.Code.OUT_OF_RANGE, at + name, problem + ", was " + value);
      }
    }

    private UseCodes useCodes(JsonNode nodes, ImmutableMap<String, LocalizedText> landUses) {
      ImmutableList.Builder<UseCodes.Entry> entries = ImmutableList.builder();
      for (int i = 0; i < nodes.size(); i++) {
        String at = "useCodes[" + i + "].";
        JsonNode n = nodes.get(i);
        known(n, at, "code", "aliases", "class", "classByLandUse");
        ImmutableList.Builder<String> aliases = ImmutableList.builder();
        n.path("aliases").forEach(a -> aliases.add(a.asText()));
        ImmutableMap.Builder<String, UseClass> byLandUse = ImmutableMap.builder();
        Iterator<Map.Entry<String, JsonNode>> it = n.path("classByLandUse").fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!landUses.containsKey(e.getKey())) {
            throw error(PackException.Code.UNKNOWN_NAME, at + "classByLandUse." + e.getKey(), "is not a land use of the pack " + landUses.keySet());
          }
          byLandUse.put(e.getKey(), useClass(e.getValue().asText(), at + "classByLandUse." + e.getKey()));
        }
        entries.add(new UseCodes.Entry(text(n, "code", at), aliases.build(),
            useClass(text(n, "class", at), at + "class"), byLandUse.buildOrThrow()));
      }
      try {
        return UseCodes.of(entries.build());
      } catch (IllegalArgumentException e) {
        throw error(PackException.Code.INVALID_VALUE, "useCodes", e.getMessage());
      }
    }

    /** Fails on a field of {@code n} that is not one of {@code fields} (a misspelt name would be ignored). */
    private void known(JsonNode n, String at, String... fields) {
      List<String> allowed = List.of(fields);
      Iterator<String> names = n.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!allowed.contains(name)) {
          String shown = excerpt(name);
          throw error(PackException.Code.UNKNOWN_FIELD, at + shown.substring(1, shown.length() - 1), "unknown field; the fields here are " + allowed);
        }
      }
    }

    /**
     * Validates each version of a rule's parameters with {@code validate}, failing with the version's place in the
     * file. A built-in kind validates a recording copy, and the version then also fails on a parameter it did not read
     * ({@link #readEverything}) or a land use the pack does not have ({@link #landUsesKnown}).
     */
    private void validateVersions(Consumer<Parameters> validate, List<Parameters> versions, String kind,
        boolean builtIn, Set<String> landUses, String at) {
      for (int v = 0; v < versions.size(); v++) {
        Parameters version = builtIn ? versions.get(v).recording() : versions.get(v);
        String vat = at + "versions[" + v + "].values";
        try {
          validate.accept(version);
        } catch (IllegalArgumentException e) {
          throw error(PackException.Code.INVALID_VALUE, vat, e.getMessage() + " (the version has " + version.names() + ")");
        }
        if (builtIn) {
          readEverything(version, kind, vat + ".");
          landUsesKnown(version, landUses, vat + ".");
        }
      }
    }

    /**
     * Fails on a parameter that a built-in rule of {@code kind} did not ask for while validating it: such a rule reads
     * every parameter it uses there, so a parameter it did not read is misspelt or meant for another rule.
     */
    private void readEverything(Parameters recorded, String kind, String at) {
      List<String> unread = recorded.unasked();
      if (!unread.isEmpty()) {
        throw error(PackException.Code.UNKNOWN_FIELD, at + unread.get(0), "is not a parameter of rule kind " + kind + "; it reads "
            + recorded.names().stream().filter(n -> !unread.contains(n)).toList());
      }
    }

    /**
     * Fails on a land use a parameter names that the pack does not have: a list named {@code landUses} or the keys of
     * a map whose name ends in {@code ByLandUse} (a misspelt land use would switch the rule off for it).
     */
    private void landUsesKnown(Parameters p, Set<String> landUses, String at) {
      for (String name : p.names()) {
        List<String> named = new ArrayList<>();
        if (name.equals("landUses")) {
          named.addAll(p.texts(name));
        } else if (name.endsWith("ByLandUse") && p.values().get(name) instanceof Map<?, ?> m) {
          m.keySet().forEach(k -> named.add(k.toString()));
        }
        for (String use : named) {
          if (!landUses.contains(use)) {
            throw error(PackException.Code.UNKNOWN_NAME, at + name, "names land use " + excerpt(use) + ", which the pack's landUses do not have " + landUses);
          }
        }
      }
    }

    private UseClass useClass(String name, String at) {
      try {
        return UseClass.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw error(PackException.Code.UNKNOWN_NAME, at, "unknown use class " + excerpt(name) + "; use one of " + List.of(UseClass.values()));
      }
    }

    private ImmutableList<Parameters> versions(JsonNode owner, String ownerName, String at) {
      JsonNode nodes = array(owner, "versions", at);
      List<Parameters> out = new ArrayList<>();
      for (int v = 0; v < nodes.size(); v++) {
        String vat = at + "versions[" + v + "].";
        JsonNode n = nodes.get(v);
        known(n, vat, "effectiveFrom", "values", "sources");
        Map<String, Object> values = new LinkedHashMap<>();
        n.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue(), vat + "values." + e.getKey())));
        if (n.has("sources") && !n.get("sources").isObject()) {
          throw error(PackException.Code.SOURCE, vat + "sources", "must be a map of parameter names to sources");
        }
        Map<String, ParameterSource> sources = new LinkedHashMap<>();
        n.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(),
            source(e.getValue(), vat + "sources." + e.getKey() + ".")));
        out.add(Parameters.of(ownerName, date(n, "effectiveFrom", vat), values, sources));
      }
      out.sort(Comparator.comparing(Parameters::effectiveFrom));
      for (int v = 1; v < out.size(); v++) {
        if (out.get(v).effectiveFrom().equals(out.get(v - 1).effectiveFrom())) {
          throw error(PackException.Code.DATES, at + "versions", "two versions take effect on " + out.get(v).effectiveFrom());
        }
      }
      return ImmutableList.copyOf(out);
    }

    /** One entry of a version's {@code sources}: where one parameter's value comes from. */
    private ParameterSource source(JsonNode n, String at) {
      known(n, at, "kind", "document", "clause", "quote", "note");
      String kindName = text(n, "kind", at);
      ParameterSource.Kind kind;
      try {
        kind = ParameterSource.Kind.valueOf(kindName);
      } catch (IllegalArgumentException e) {
        throw error(PackException.Code.UNKNOWN_NAME, at + "kind", "unknown source kind '" + kindName + "'; use one of "
            + List.of(ParameterSource.Kind.values()));
      }
      Optional<String> doc = n.has("document") ? Optional.of(text(n, "document", at)) : Optional.empty();
      Optional<String> clause = n.has("clause") ? Optional.of(text(n, "clause", at)) : Optional.empty();
      Optional<LocalizedText> quote = optionalLocalized(n, "quote", at);
      Optional<LocalizedText> note = optionalLocalized(n, "note", at);
      if (kind != ParameterSource.Kind.POLICY && doc.isPresent() && doc.get().equals(document)) {
        throw error(PackException.Code.SOURCE, at + "kind", "is " + kind + " but the source names the pack's own document " + document
            + ": a number that document fixes is a POLICY source, and one it does not fix must not name it");
      }
      try {
        return ParameterSource.of(kind, doc, clause, quote, note);
      } catch (InvalidFieldException e) {
        throw error(PackException.Code.INVALID_VALUE, at + e.field(), e.problem());
      }
    }

    /**
     * Fails on a parameter of a version that holds a number but has no source, and on a source that names no
     * parameter of its version (a misspelt name). {@code owner} names the rule, or the measurement, in the message.
     */
    private void sourced(List<Parameters> versions, String owner, String at) {
      for (int v = 0; v < versions.size(); v++) {
        Parameters p = versions.get(v);
        String vat = at + "versions[" + v + "].sources.";
        String which = owner + ", version from " + p.effectiveFrom() + ": ";
        for (String name : p.sources().keySet()) {
          if (!p.names().contains(name)) {
            throw error(PackException.Code.SOURCE, vat + name, which + "names no parameter of the version; its values are " + p.names());
          }
        }
        for (String name : p.names()) {
          if (holdsNumber(p.values().get(name)) && p.source(name).isEmpty()) {
            throw error(PackException.Code.SOURCE, vat + name, which + "parameter " + name + " holds a number but has no source; say where it"
                + " comes from with kind POLICY (a clause of a policy document, quoted), STANDARD (a standard or"
                + " technical norm) or BUREAU (set by the bureau), as docs/policy-packs.md shows");
          }
        }
      }
    }

    /** Whether a parameter value is a number or a list or map holding one, at any depth. */
    private static boolean holdsNumber(Object value) {
      if (value instanceof List<?> list) {
        return list.stream().anyMatch(Loader::holdsNumber);
      }
      if (value instanceof Map<?, ?> map) {
        return map.values().stream().anyMatch(Loader::holdsNumber);
      }
      return value instanceof Double;
    }

    private Object value(JsonNode n, String at) {
      if (n.isNumber()) {
        if (!Double.isFinite(n.asDouble())) {
          throw error(PackException.Code.INVALID_VALUE, at, "must be a finite number, was " + excerpt(n.asText()));
        }
        return n.asDouble();
      } else if (n.isTextual()) {
        return n.asText();
      } else if (n.isBoolean()) {
        return n.asBoolean();
      } else if (n.isArray()) {
        ImmutableList.Builder<Object> list = ImmutableList.builder();
        for (int i = 0; i < n.size(); i++) {
          list.add(value(n.get(i), at + "[" + i + "]"));
        }
        return list.build();
      } else if (n.isObject()) {
        ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
        n.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue(), at + "." + e.getKey())));
        return map.buildOrThrow();
      }
      throw error(PackException.Code.WRONG_TYPE, at, "must be a number, text, true/false, list or map, was " + n);
    }

    private JsonNode array(JsonNode n, String field, String at) {
      JsonNode a = n.path(field);
      if (!a.isArray()) {
        throw error(PackException.Code.WRONG_TYPE, at + field, "must be a list");
      }
      return a;
    }

    private String text(JsonNode n, String field, String at) {
      JsonNode t = n.path(field);
      if (!t.isTextual() || t.asText().isBlank()) {
        throw error(PackException.Code.WRONG_TYPE, at + field, "must be a non-blank text");
      }
      return t.asText();
    }

    private double number(JsonNode n, String field, String at) {
      JsonNode t = n.path(field);
      if (!t.isNumber()) {
        throw error(PackException.Code.WRONG_TYPE, at + field, "must be a number");
      }
      return t.asDouble();
    }

    private int integer(JsonNode n, String field, String at) {
      JsonNode t = n.path(field);
      if (!t.isInt()) {
        throw error(PackException.Code.WRONG_TYPE, at + field, "must be a whole number");
      }
      return t.asInt();
    }

    private LocalDate date(JsonNode n, String field, String at) {
      String t = text(n, field, at);
      try {
        return LocalDate.parse(t);
      } catch (DateTimeParseException e) {
        throw error(PackException.Code.WRONG_TYPE, at + field, "must be a date YYYY-MM-DD, was " + excerpt(t));
      }
    }

    private LocalizedText localized(JsonNode n, String field, String at) {
      JsonNode t = n.path(field);
      return LocalizedText.of(text(t, "zh", at + field + "."), text(t, "en", at + field + "."));
    }

    private Optional<LocalizedText> optionalLocalized(JsonNode n, String field, String at) {
      if (!n.has(field)) {
        return Optional.empty();
      }
      known(n.path(field), at + field + ".", "zh", "en");
      return Optional.of(localized(n, field, at));
    }

    private PackException error(PackException.Code code, String at, String problem) {
      return PackException.of(code, source, at, problem);
    }
  }
}
