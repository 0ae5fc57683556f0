package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.pack.ParameterSource;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The table of the Shanghai pack's rules (id, clause, what it checks) in docs/policy-packs.md and the README is made
 * from the pack file, numbers included, and so is the table of every number with its source; this test fails when a
 * table drifts from it. {@code -Dlandcheck.updateDocs=true} rewrites the tables.
 */
@DisplayName("The rules table in the docs")
class RulesTableTest {

  private static final String BLOCK = "rules-table";
  private static final String NUMBERS_BLOCK = "numbers-table";
  private static final Path ROOT = RepoFiles.root();
  private static final List<Path> FILES = List.of(
      ROOT.resolve("docs/policy-packs.md"), ROOT.resolve("README.md"));

  /** The table, one row per rule of the pack file, in file order. */
  static String table(ObjectNode pack) {
    StringBuilder out = new StringBuilder();
    out.append("| Rule id | Clause | What it checks | 条文 (the document's words) |\n");
    out.append("|---|---|---|---|\n");
    for (JsonNode rule : pack.withArray("rules")) {
      JsonNode citation = rule.get("citation");
      JsonNode versions = rule.get("versions");
      JsonNode values = versions.get(versions.size() - 1).get("values");
      out.append("| `").append(rule.get("id").asText()).append("` | ")
          .append(citation.get("document").asText()).append(' ').append(citation.get("clause").asText()).append(" | ")
          .append(whatItChecks(rule.get("kind").asText(), values)).append(" | ")
          .append(citation.get("text").get("zh").asText()).append(" |\n");
    }
    return out.toString();
  }

  private static String whatItChecks(String kind, JsonNode v) {
    return switch (kind) {
      case "lease-term" -> "Lease term on " + list(v.get("landUses")) + " land: at most "
          + v.get("generalTermCapYears").asInt() + " years (general cap, a pack parameter; see its source below); "
          + v.get("maxTermYears").asInt() + " years only for " + list(v.get("qualifyingCategories"))
          + " recognised at " + v.get("minimumRecognitionLevel").asText() + " level or above.";
      case "plot-ratio-minimum" -> "Plot ratio (容积率 = above-ground 计容 floor area / site area; underground never"
          + " counts) at least " + fields(v.get("minimumByLandUse")) + "; inclusive. The clause is permissive"
          + " (可以…以上); the pack reads its numbers as floors.";
      case "plot-ratio-cap" -> "Plot ratio not above the cap in the parcel's planning conditions, when one is given.";
      case "land-price" -> "Approved plot-ratio increase or added underground space on existing "
          + list(v.get("landUses")) + " land: additional land price NOT_DUE; on other land DUE.";
      case "mixed-use-share" -> "Single-use land only: " + list(v.get("useClasses")) + " at most "
          + percent(v.get("maxShare").asDouble()) + " of above-ground floor area (underground in neither part);"
          + " inclusive, within the pack tolerance.";
      case "split-transfer" -> "Split transfer of surplus " + list(v.get("landUses"))
          + " land: meets the planning split conditions, "
          + (v.get("requiresIndustryProjectListing").asBoolean() ? "listed with its project, " : "") + "to "
          + list(v.get("allowedRecipients")) + "; any size (the policy sets none)"
          + Optional.ofNullable(v.get("minimumSplitAreaM2"))
              .map(a -> ", but the bureau's own minimum area " + number(a.asDouble()) + " m²").orElse("")
          + Optional.ofNullable(v.get("minimumSplitWidthM"))
              .map(w -> ", the bureau's own minimum width " + number(w.asDouble()) + " m").orElse("")
          + ".";
      case "green-space-balance" -> "Over a batch: attached green space cut by extensions is made up by new green"
          + " space in the same park, else balanced by the district between its parks; lists the parcels left short.";
      case "rooftop-greening" -> "Informational: notes rooftop greening; never fails a parcel.";
      default -> "A rule of kind `" + kind + "`.";
    };
  }

  /**
   * The table of every number of the pack, rules first and then the measurement, one row a parameter of the latest
   * version: its value and its source, quoted in the document's words where the source is a policy clause.
   */
  static String numbersTable(ObjectNode pack) {
    StringBuilder out = new StringBuilder();
    out.append("| Rule | Number | Value | Source | The source's words, or the pack's note |\n");
    out.append("|---|---|---|---|---|\n");
    for (JsonNode rule : pack.withArray("rules")) {
      numberRows(out, "`" + rule.get("id").asText() + "`", rule.get("versions"));
    }
    numberRows(out, "measurement", pack.get("measurement").get("versions"));
    return out.toString();
  }

  private static void numberRows(StringBuilder out, String owner, JsonNode versions) {
    JsonNode version = versions.get(versions.size() - 1);
    JsonNode sources = version.path("sources");
    version.get("values").fields().forEachRemaining(e -> {
      if (!holdsNumber(e.getValue())) {
        return;
      }
      JsonNode source = sources.get(e.getKey());
      String kind = source.get("kind").asText();
      String where = kind.equals("BUREAU") ? "set by the bureau"
          : kind.toLowerCase(Locale.ROOT) + ": " + source.get("document").asText()
              + Optional.ofNullable(source.get("clause")).map(c -> " " + c.asText()).orElse("");
      List<String> words = new ArrayList<>();
      Optional.ofNullable(source.get("quote")).ifPresent(q -> words.add("「" + q.get("zh").asText() + "」"));
      Optional.ofNullable(source.get("note")).ifPresent(n -> words.add(n.get("en").asText()));
      out.append("| ").append(owner).append(" | `").append(e.getKey()).append("` | ").append(value(e.getValue()))
          .append(" | ").append(where).append(" | ")
          .append(String.join(" ", words)).append(" |\n");
    });
  }

  private static boolean holdsNumber(JsonNode value) {
    return value.isNumber() || StreamSupport.stream(value.spliterator(), false).anyMatch(RulesTableTest::holdsNumber);
  }

  private static String value(JsonNode value) {
    if (value.isObject()) {
      List<String> out = new ArrayList<>();
      value.fields().forEachRemaining(e -> out.add(e.getKey() + " " + value(e.getValue())));
      return String.join(", ", out);
    }
    return value.isNumber() && value.asDouble() == Math.rint(value.asDouble()) && value.asDouble() >= 10
        ? String.format(Locale.ROOT, "%,.0f", value.asDouble()) : value.asText();
  }

  private static String list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "));
  }

  private static String fields(JsonNode map) {
    List<String> out = new ArrayList<>();
    map.fields().forEachRemaining(e -> out.add(number(e.getValue().asDouble()) + " on " + e.getKey()));
    return String.join(", ", out);
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) >= 10
        ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  @Test
  @DisplayName("every document holding the table holds the one made from the pack")
  void tablesMatchPack() {
    String expected = table(PackFiles.shanghai());
    int checked = 0;
    for (Path file : FILES) {
      if (RepoFiles.block(file, BLOCK).isEmpty()) {
        continue;
      }
      if (RepoFiles.UPDATE) {
        RepoFiles.writeBlock(file, BLOCK, expected);
      }
      assertThat(RepoFiles.block(file, BLOCK).orElseThrow())
          .as("rules table in %s (rerun with -Dlandcheck.updateDocs=true to refresh it)", file)
          .isEqualTo(expected);
      checked++;
    }
    assertThat(checked).as("docs/policy-packs.md must hold the rules table").isPositive();
  }

  @Test
  @DisplayName("the README and docs/policy-packs.md hold the table of numbers and sources made from the pack")
  void numbersTablesMatchPack() {
    String expected = numbersTable(PackFiles.shanghai());
    for (Path file : FILES) {
      if (RepoFiles.UPDATE) {
        RepoFiles.writeBlock(file, NUMBERS_BLOCK, expected);
      }
      assertThat(RepoFiles.block(file, NUMBERS_BLOCK))
          .as("numbers table in %s (rerun with -Dlandcheck.updateDocs=true to refresh it)", file)
          .hasValue(expected);
    }
  }

  @Test
  @DisplayName("the table of numbers has a row for every number of the loaded pack, with its source")
  void numbersTableListsLoadedNumbers() {
    PolicyPack pack = ShanghaiPacks.shanghai2021();
    String table = numbersTable(PackFiles.shanghai());
    List<Parameters> versions = new ArrayList<>();
    pack.rules().forEach(r -> versions.add(pack.versions(r.id()).get(pack.versions(r.id()).size() - 1)));
    pack.batchRules().forEach(g -> versions.add(g.versions().get(g.versions().size() - 1)));
    versions.add(pack.measurementVersions().get(pack.measurementVersions().size() - 1));
    for (Parameters version : versions) {
      version.sources().forEach((name, source) -> assertThat(table).contains("| `" + name + "` | ")
          .containsPattern("\\| `" + name + "` \\| [^|]+ \\| " + Pattern.quote(
              (source.kind() == ParameterSource.Kind.BUREAU ? "" : source.kind().name().toLowerCase(Locale.ROOT) + ": ")
                  + source.label().en() + " | ")));
    }
  }

  @Test
  @DisplayName("the table lists exactly the rules the loaded pack has, and their clauses")
  void tableListsLoadedRules() {
    PolicyPack pack = ShanghaiPacks.shanghai2021();
    List<String> ids = new ArrayList<>(pack.rules().stream().map(r -> r.id().value()).toList());
    pack.batchRules().forEach(g -> ids.add(g.id().value()));
    String table = table(PackFiles.shanghai());
    assertThat(table.lines().skip(2).map(l -> l.substring(3, l.indexOf('`', 3))).sorted().toList())
        .isEqualTo(ids.stream().sorted().toList());
    for (Rule rule : pack.rules()) {
      assertThat(table).contains("| `" + rule.id() + "` | " + rule.citation() + " |");
    }
  }

  @Test
  @DisplayName("every rule id of the Rules constants is in the table")
  void rulesConstantsInTable() {
    String table = table(PackFiles.shanghai());
    for (RuleId id : List.of(Rules.LEASE_TERM, Rules.PLOT_RATIO_MINIMUM, Rules.PLOT_RATIO_CAP, Rules.LAND_PRICE,
        Rules.MIXED_USE_ANCILLARY, Rules.MIXED_USE_AMENITY, Rules.SPLIT_TRANSFER, Rules.GREEN_SPACE_BALANCE,
        Rules.ROOFTOP_GREENING)) {
      assertThat(table).contains("| `" + id + "` |");
    }
  }
}
