package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.InvalidFieldException;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.ParameterSource;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Where a pack's numbers come from")
class ParameterSourcesTest {

  @TempDir Path dir;

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  private static final LocalizedText NOTE = LocalizedText.of("本局设定。", "Set by the bureau.");
  private static final LocalizedText QUOTE = LocalizedText.of("不超过15%。", "No more than 15%.");

  private static ObjectNode measurementSources(ObjectNode tree) {
    return (ObjectNode) tree.with("measurement").withArray("versions").get(0).get("sources");
  }

  @Nested
  @DisplayName("in the Java API")
  class Api {

    @Test
    @DisplayName("a rule version gives the source of each of its numbers")
    void ruleSource() {
      Parameters lease = PACK.versions(Rules.LEASE_TERM).get(0);
      assertThat(lease.source("maxTermYears")).hasValueSatisfying(s -> {
        assertThat(s.kind()).isEqualTo(ParameterSource.Kind.POLICY);
        assertThat(s.document()).contains(PACK.document());
      });
    }

    @Test
    @DisplayName("a measurement version gives the source of each of its numbers")
    void measurementSource() {
      Parameters m = PACK.measurementVersions().get(0);
      assertThat(m.sources().keySet()).containsExactlyInAnyOrderElementsOf(m.names());
    }

    @Test
    @DisplayName("a parameter the pack gives no source for has an empty source, not null")
    void noSource() {
      assertThat(PACK.versions(Rules.LEASE_TERM).get(0).source("landUses")).isEmpty();
      assertThat(PACK.versions(Rules.LEASE_TERM).get(0).source("noSuchParameter")).isEmpty();
    }

    @Test
    @DisplayName("the sources cannot be changed through the map a version gives")
    void unmodifiable() {
      Parameters lease = PACK.versions(Rules.LEASE_TERM).get(0);
      assertThatThrownBy(() -> lease.sources().remove("maxTermYears")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("the measurement versions cannot be changed through the list the pack gives")
    void measurementVersionsUnmodifiable() {
      assertThatThrownBy(() -> PACK.measurementVersions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a POLICY source without the document's words is refused, naming the field")
    void policyNeedsQuote() {
      assertThatThrownBy(() -> ParameterSource.of(ParameterSource.Kind.POLICY, Optional.of("沪府规〔2021〕9号"),
          Optional.of("五(二)"), Optional.empty(), Optional.of(NOTE)))
          .isInstanceOf(InvalidFieldException.class).hasMessageContaining("ParameterSource.quote");
    }

    @Test
    @DisplayName("a BUREAU source that names a document is refused, naming the field")
    void bureauNamesNoDocument() {
      assertThatThrownBy(() -> ParameterSource.of(ParameterSource.Kind.BUREAU, Optional.of("GB/T 50353-2013"),
          Optional.empty(), Optional.empty(), Optional.of(NOTE)))
          .isInstanceOf(InvalidFieldException.class).hasMessageContaining("ParameterSource.document");
    }

    @Test
    @DisplayName("a BUREAU source without a note saying why is refused, naming the field")
    void bureauNeedsNote() {
      assertThatThrownBy(() -> ParameterSource.of(ParameterSource.Kind.BUREAU, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty()))
          .isInstanceOf(InvalidFieldException.class).hasMessageContaining("ParameterSource.note");
    }

    @Test
    @DisplayName("a STANDARD source with neither a quote nor a note is refused")
    void standardSaysSomething() {
      assertThatThrownBy(() -> ParameterSource.of(ParameterSource.Kind.STANDARD, Optional.of("GB/T 50353-2013"),
          Optional.of("3.0.1"), Optional.empty(), Optional.empty()))
          .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    @DisplayName("a null part is refused, naming it")
    void noNulls() {
      assertThatThrownBy(() -> ParameterSource.of(ParameterSource.Kind.BUREAU, null, Optional.empty(),
          Optional.empty(), Optional.of(NOTE))).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("ParameterSource.document");
    }

    @Test
    @DisplayName("a policy source's label is its document and clause")
    void policyLabel() {
      ParameterSource s = ParameterSource.policy("沪府规〔2021〕9号", "五(二)", QUOTE);
      assertThat(s.label().zh()).isEqualTo("沪府规〔2021〕9号 五(二)");
    }

    @Test
    @DisplayName("a bureau source's label names no document")
    void bureauLabel() {
      assertThat(ParameterSource.bureau(NOTE).label().en()).isEqualTo("set by the bureau");
    }
  }

  @Nested
  @DisplayName("in a pack file")
  class File {

    @Test
    @DisplayName("a rule's number without a source fails to load, naming the rule, the version and the parameter")
    void ruleNumberUnsourced() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.sources(tree, Rules.LEASE_TERM).remove("generalTermCapYears");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "unsourced.json"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unsourced.json")
          .hasMessageContaining("rules[0].versions[0].sources.generalTermCapYears")
          .hasMessageContaining("rule lease-term, version from 2021-09-01")
          .hasMessageContaining("has no source");
    }

    @Test
    @DisplayName("a map of numbers, such as the plot-ratio floors by land use, needs a source too")
    void mapOfNumbersUnsourced() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.sources(tree, Rules.PLOT_RATIO_MINIMUM).remove("minimumByLandUse");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "floor.json"))
          .hasMessageContaining("rules[1].versions[0].sources.minimumByLandUse");
    }

    @Test
    @DisplayName("a measurement number without a source fails to load, naming the version and the parameter")
    void measurementNumberUnsourced() {
      ObjectNode tree = PackFiles.shanghai();
      measurementSources(tree).remove("tallStoreyM");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "measure.json"))
          .hasMessageContaining("measurement.versions[0].sources.tallStoreyM")
          .hasMessageContaining("measurement, version from 2021-09-01");
    }

    @Test
    @DisplayName("a later version needs sources of its own")
    void laterVersionUnsourced() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.addVersion(tree, Rules.MIXED_USE_AMENITY, "2025-01-01");
      ObjectNode later = (ObjectNode) PackFiles.rule(tree, Rules.MIXED_USE_AMENITY).withArray("versions").get(1);
      later.remove("sources");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "later.json"))
          .hasMessageContaining("rule mixed-use-amenity, version from 2025-01-01")
          .hasMessageContaining("maxShare");
    }

    @Test
    @DisplayName("a source for a parameter the version does not have fails to load, naming it")
    void misspeltSource() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode sources = PackFiles.sources(tree, Rules.MIXED_USE_AMENITY);
      sources.set("maxShares", sources.get("maxShare").deepCopy());
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "misspelt.json"))
          .hasMessageContaining("rules[5].versions[0].sources.maxShares")
          .hasMessageContaining("names no parameter");
    }

    @Test
    @DisplayName("an unknown field of a source fails to load, naming it")
    void unknownSourceField() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) PackFiles.sources(tree, Rules.MIXED_USE_AMENITY).get("maxShare")).put("page", 3);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "page.json"))
          .hasMessageContaining("rules[5].versions[0].sources.maxShare.page").hasMessageContaining("unknown field");
    }

    @Test
    @DisplayName("an unknown kind of source fails to load, listing the kinds")
    void unknownKind() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) PackFiles.sources(tree, Rules.MIXED_USE_AMENITY).get("maxShare")).put("kind", "LAW");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "law.json"))
          .hasMessageContaining("sources.maxShare.kind").hasMessageContaining("[POLICY, STANDARD, BUREAU]");
    }

    @Test
    @DisplayName("a POLICY source without the document's words fails to load, naming the place")
    void policyWithoutQuote() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) PackFiles.sources(tree, Rules.MIXED_USE_AMENITY).get("maxShare")).remove("quote");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "quote.json"))
          .hasMessageContaining("rules[5].versions[0].sources.maxShare.quote");
    }

    @Test
    @DisplayName("a number the pack's own document does not fix may not name that document")
    void nonPolicyNamingThePolicy() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode cap = (ObjectNode) PackFiles.sources(tree, Rules.LEASE_TERM).get("generalTermCapYears");
      cap.put("kind", "STANDARD").put("document", tree.get("document").asText());
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "cap.json"))
          .hasMessageContaining("rules[0].versions[0].sources.generalTermCapYears.kind")
          .hasMessageContaining("names the pack's own document");
    }

    @Test
    @DisplayName("a source given for a parameter that holds no number is kept")
    void sourceOfText() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.sources(tree, Rules.LEASE_TERM).set("qualifyingCategories",
          PackFiles.sources(tree, Rules.LEASE_TERM).get("maxTermYears").deepCopy());
      PolicyPack pack = PackFiles.load(tree, dir, "categories.json");
      assertThat(pack.versions(Rules.LEASE_TERM).get(0).source("qualifyingCategories"))
          .isEqualTo(pack.versions(Rules.LEASE_TERM).get(0).source("maxTermYears"));
    }
  }
}
