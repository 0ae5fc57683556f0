package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Policy impact (PolicyDiff): one batch under two packs or two dates")
class PolicyDiffTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path SAMPLE = Path.of("../examples/data/sample-park.gpkg");
  static final PolicyPack SHANGHAI = ShanghaiPacks.shanghai2021();
  private static final LocalDate DATE = LocalDate.of(2026, 11, 1);

  /** The bundled pack file as a tree, to change. */
  static ObjectNode shanghaiTree() throws IOException {
    try (InputStream in = PolicyPacks.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    }
  }

  /** The values of the plot-ratio floor's first version in a pack tree. */
  static ObjectNode floors(ObjectNode pack, int version) {
    for (JsonNode rule : pack.withArray("rules")) {
      if (rule.get("id").asText().equals(Rules.PLOT_RATIO_MINIMUM.value())) {
        return (ObjectNode) rule.get("versions").get(version).get("values").get("minimumByLandUse");
      }
    }
    throw new AssertionError("no plot-ratio-minimum");
  }

  /** The bundled pack with the industrial plot-ratio floor raised from 2.0 to 2.5, as a bureau's draft. */
  static ObjectNode draftTree() throws IOException {
    ObjectNode tree = shanghaiTree();
    tree.put("id", "shanghai-2021-draft");
    floors(tree, 0).put("industrial", 2.5);
    return tree;
  }

  static PolicyPack read(ObjectNode tree) throws IOException {
    return PolicyPacks.read(new ByteArrayInputStream(MAPPER.writeValueAsBytes(tree)), "draft.json", Map.of());
  }

  /** A collecting sink. */
  static final class Collect implements DiffSink {
    final List<ParcelChange> changes = new ArrayList<>();
    DiffSummary summary;

    @Override
    public void changed(ParcelChange change) {
      changes.add(change);
    }

    @Override
    public void end(DiffSummary summary) {
      this.summary = summary;
    }
  }

  /** The sample park checked with the bundled pack: every report's plot-ratio-floor result, by parcel id. */
  static Map<String, RuleResult> floorResults() throws IOException {
    Map<String, RuleResult> out = new java.util.TreeMap<>();
    try (BatchInput input = BatchInput.open(List.of(SAMPLE), SHANGHAI)) {
      BatchChecker.of(SHANGHAI).onDate(DATE).run(input,
          row -> row.report().result(Rules.PLOT_RATIO_MINIMUM).ifPresent(r -> out.put(row.parcelId(), r)));
    }
    return out;
  }

  /** The industrial parcels of the sample park whose measured plot ratio lies in [2.0, 2.5). */
  static Set<String> between2And25() throws IOException {
    Set<String> expected = new TreeSet<>();
    floorResults().forEach((id, r) -> {
      if (r.limit().isPresent() && r.limit().getAsDouble() == 2.0 && r.measured().getAsDouble() >= 2.0
          && r.measured().getAsDouble() < 2.5) {
        expected.add(id);
      }
    });
    return expected;
  }

  @Test
  @DisplayName("raising the industrial floor to 2.5 changes exactly the industrial parcels with a plot ratio in [2.0, 2.5)")
  void sampleParkFloorRaised() throws IOException {
    PolicyPack draft = read(draftTree());
    Collect collect = new Collect();
    PolicyDiff.of(BatchChecker.of(SHANGHAI).onDate(DATE), BatchChecker.of(draft).onDate(DATE))
        .run(pack -> BatchInput.open(List.of(SAMPLE), pack), collect);
    Set<String> expected = between2And25();
    assertThat(expected).as("the sample park has such parcels").isNotEmpty();
    assertThat(collect.changes).extracting(ParcelChange::parcelId).containsExactlyElementsOf(expected);
    assertThat(collect.changes).allSatisfy(c -> {
      assertThat(c.rules()).extracting(r -> r.rule()).contains(Rules.PLOT_RATIO_MINIMUM);
      ParcelChange.RuleChange floor = c.rules().stream().filter(r -> r.rule().equals(Rules.PLOT_RATIO_MINIMUM))
          .findFirst().orElseThrow();
      assertThat(floor.before()).contains(Verdict.COMPLIANT);
      assertThat(floor.after()).contains(Verdict.NON_COMPLIANT);
      assertThat(floor.limitBefore()).hasValue(2.0);
      assertThat(floor.limitAfter()).hasValue(2.5);
      assertThat(c.plotRatio().getAsDouble()).isGreaterThanOrEqualTo(2.0).isLessThan(2.5);
      assertThat(c.after()).isEqualTo(Verdict.NON_COMPLIANT);
      // each says what it must change to comply with the draft
      assertThat(c.planAfter()).isPresent();
    });
    DiffSummary s = collect.summary;
    assertThat(s.read()).isEqualTo(61);
    assertThat(s.changed()).isEqualTo(expected.size());
    assertThat(s.byRule()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.newlyNonCompliant()).isEqualTo(expected.size());
    });
    assertThat(s.byPark().stream().mapToLong(DiffSummary.ParkCount::parcels).sum()).isEqualTo(61);
    assertThat(s.byPark().stream().mapToLong(DiffSummary.ParkCount::changed).sum()).isEqualTo(expected.size());
  }

  @Test
  @DisplayName("two dates either side of a pack version that raises the floor change the same parcels")
  void twoDates() throws IOException {
    ObjectNode tree = shanghaiTree();
    ArrayNode versions = null;
    for (JsonNode rule : tree.withArray("rules")) {
      if (rule.get("id").asText().equals(Rules.PLOT_RATIO_MINIMUM.value())) {
        versions = (ArrayNode) rule.get("versions");
      }
    }
    ObjectNode later = versions.get(0).deepCopy();
    later.put("effectiveFrom", "2025-01-01");
    ((ObjectNode) later.get("values").get("minimumByLandUse")).put("industrial", 2.5);
    versions.add(later);
    PolicyPack versioned = read(tree);
    Collect collect = new Collect();
    PolicyDiff.of(BatchChecker.of(versioned).asOf(LocalDate.of(2024, 6, 1)),
            BatchChecker.of(versioned).asOf(LocalDate.of(2025, 6, 1)))
        .run(pack -> BatchInput.open(List.of(SAMPLE), pack), collect);
    assertThat(collect.changes).extracting(ParcelChange::parcelId).containsExactlyElementsOf(between2And25());
  }

  @Test
  @DisplayName("the same pack on both sides changes nothing")
  void noChange() throws IOException {
    Collect collect = new Collect();
    PolicyDiff.of(BatchChecker.of(SHANGHAI).onDate(DATE), BatchChecker.of(SHANGHAI).onDate(DATE))
        .run(pack -> BatchInput.open(List.of(SAMPLE), pack), collect);
    assertThat(collect.changes).isEmpty();
    assertThat(collect.summary.changed()).isZero();
    assertThat(collect.summary.read()).isEqualTo(61);
  }

  /** Two parcels of facts: plot ratio 2.2 (industrial) and 1.8. */
  private static List<Parcel> twoParcels() {
    LocalDate applied = LocalDate.of(2024, 3, 1);
    Parcel.Builder base = Parcel.builder("A").landUse(LandUse.INDUSTRIAL).singleUse(true).tenure(LandTenure.NEW)
        .lease(applied, 20).siteAreaM2(10_000).parkId("P1").applicationDate(applied);
    return List.of(base.floorAreaM2("生产", 22_000).build(),
        Parcel.builder("B").landUse(LandUse.INDUSTRIAL).singleUse(true).tenure(LandTenure.NEW).lease(applied, 20)
            .siteAreaM2(10_000).parkId("P2").applicationDate(applied).floorAreaM2("生产", 18_000).build());
  }

  /** The two parcels compared under the bundled pack and its draft, written in {@code format}. */
  static byte[] write(DiffFormat format, String lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolicyDiff.of(BatchChecker.of(SHANGHAI), BatchChecker.of(read(draftTree()))).labelled("shanghai-2021", "draft")
        .run(pack -> BatchInput.ofParcels(twoParcels(), "two parcels"), format.writer(out, lang));
    return out.toByteArray();
  }

  @Test
  @DisplayName("JSON lists each parcel that changes with its rules before and after, then the counts")
  void json() throws IOException {
    JsonNode json = MAPPER.readTree(write(DiffFormat.JSON, "en"));
    assertThat(json.get("kind").asText()).isEqualTo("landcheck-diff");
    assertThat(json.get("before").get("label").asText()).isEqualTo("shanghai-2021");
    assertThat(json.get("after").get("pack").asText()).isEqualTo("shanghai-2021-draft");
    assertThat(json.get("parcels")).singleElement().satisfies(p -> {
      assertThat(p.get("parcelId").asText()).isEqualTo("A");
      assertThat(p.get("verdictBefore").asText()).isEqualTo("COMPLIANT");
      assertThat(p.get("verdictAfter").asText()).isEqualTo("NON_COMPLIANT");
      JsonNode rule = p.get("rules").get(0);
      assertThat(rule.get("rule").asText()).isEqualTo("plot-ratio-minimum");
      assertThat(rule.get("limitBefore").asDouble()).isEqualTo(2.0);
      assertThat(rule.get("limitAfter").asDouble()).isEqualTo(2.5);
      assertThat(rule.get("measuredAfter").asDouble()).isEqualTo(2.2);
      // 2.5 × 10,000 − 22,000 = 3,000 m² more principal floor area
      assertThat(p.get("toComplyAfterEn").asText()).isEqualTo("Add 3,000.0 m² of principal industrial floor area.");
    });
    JsonNode s = json.get("summary");
    assertThat(s.get("read").asInt()).isEqualTo(2);
    assertThat(s.get("changed").asInt()).isEqualTo(1);
    assertThat(s.get("newlyNonCompliant").asInt()).isEqualTo(1);
    assertThat(s.get("byPark")).extracting(p -> p.get("parkId").asText() + " " + p.get("changed").asInt())
        .containsExactly("P1 1", "P2 0");
  }

  @Test
  @DisplayName("CSV has a PARCEL row and a RULE row per change, then BY_RULE, BY_PARK and TOTAL rows")
  void csv() throws IOException {
    List<String> lines = new String(write(DiffFormat.CSV, "en"), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFrow_type,index,parcel_id");
    assertThat(lines).extracting(l -> l.split(",", -1)[0])
        .containsExactly("\uFEFFrow_type", "PARCEL", "RULE", "BY_RULE", "BY_PARK", "BY_PARK", "TOTAL");
    assertThat(lines.get(2)).startsWith("RULE,0,A,").contains(",plot-ratio-minimum,COMPLIANT,NON_COMPLIANT,2.2,2.2,2,2.5,");
    assertThat(lines.get(6)).isEqualTo("TOTAL,,,,,,,,,,,,,,,,2,1,1,0,");
  }

  @Test
  @DisplayName("HTML is one page with the counts, by rule and by park, and the parcels that change, in zh and en")
  void html() throws IOException {
    Document en = Jsoup.parse(new String(write(DiffFormat.HTML, "en"), StandardCharsets.UTF_8));
    assertThat(en.select("h1").text()).isEqualTo("Policy impact");
    assertThat(en.select("#diff-table tbody tr")).hasSize(1);
    assertThat(en.select("#diff-table tbody td.plan").text()).isEqualTo("Add 3,000.0 m² of principal industrial floor area.");
    assertThat(en.select(".card[data-count=newly] .n").text()).isEqualTo("1");
    assertThat(en.select("#by-park tbody tr")).hasSize(2);
    assertThat(en.select("script[src], link[rel=stylesheet]")).isEmpty();
    Document zh = Jsoup.parse(new String(write(DiffFormat.HTML, "zh"), StandardCharsets.UTF_8));
    assertThat(zh.select("h1").text()).isEqualTo("政策影响对比");
    assertThat(zh.select("#diff-table tbody td.plan").text()).isEqualTo("增加主导产业建筑面积 3,000.0 m²。");
  }
}
