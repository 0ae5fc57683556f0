package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.Parcel;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.shanghai.RuleKinds;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pack's own numbers and names at the edges of what its rules accept, checked when the pack is loaded. */
@DisplayName("Policy pack values at their bounds")
class PackBoundsTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "maxShare {0}")
  @ValueSource(doubles = {0, 1})
  @DisplayName("a mixed-use share limit of 0 or 1 (0% or 100%) is refused: it must lie between them")
  void shareLimitBounds(double maxShare) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.MIXED_USE_AMENITY).put("maxShare", maxShare);
    assertThatThrownBy(() -> PackFiles.load(tree, dir, "share.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxShare must be between 0 and 1, was " + maxShare);
  }

  @Test
  @DisplayName("a general lease cap equal to the longest term is taken: every project may then have 50 years")
  void generalCapEqualToLongest() {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.LEASE_TERM).put("generalTermCapYears", 50);
    PolicyPack pack = PackFiles.load(tree, dir, "lease.json");
    Parcel ordinary = industrial("L").lease(APPLIED, 50).build();
    assertThat(Checker.of(pack).check(ordinary).result(Rules.LEASE_TERM).orElseThrow().verdict())
        .isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("a project category the lease-term rule does not know is refused, naming it")
  void unknownCategory() {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.LEASE_TERM).putArray("qualifyingCategories").add("NATIONAL_STRATEGY");
    assertThatThrownBy(() -> PackFiles.load(tree, dir, "category.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NATIONAL_STRATEGY");
  }

  @Test
  @DisplayName("a split-transfer recipient the rule does not know is refused, naming it")
  void unknownRecipient() {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.SPLIT_TRANSFER).putArray("allowedRecipients").add("PARK_OPERATOR");
    assertThatThrownBy(() -> PackFiles.load(tree, dir, "recipient.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PARK_OPERATOR");
  }

  @Test
  @DisplayName("a plot-ratio floor of 0 is refused: a floor must be above 0")
  void zeroFloor() {
    ObjectNode tree = PackFiles.shanghai();
    ((ObjectNode) PackFiles.values(tree, Rules.PLOT_RATIO_MINIMUM).get("minimumByLandUse")).put("industrial", 0.0);
    assertThatThrownBy(() -> PackFiles.load(tree, dir, "floor.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumByLandUse.industrial must be a number > 0, was 0.0");
  }

  @Test
  @DisplayName("a single-use parcel with 0 m² above ground has no shares to judge: not applicable, the area is known")
  void noFloorAreaNoShares() {
    Parcel parcel = industrial("Z").clearFloorAreas().floorAreaM2("生产", 0).build();
    RuleResult amenity = TestParcels.CHECKER.check(parcel).result(Rules.MIXED_USE_AMENITY).orElseThrow();
    assertThat(amenity.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(amenity.message().en()).isEqualTo("The above-ground floor area is 0, so there is no share to judge.");
  }

  @Test
  @DisplayName("the built-in rule kinds a pack may name are the seven of the bundled pack")
  void ruleKinds() {
    assertThat(RuleKinds.names()).containsExactly("lease-term", "plot-ratio-minimum", "plot-ratio-cap", "land-price",
        "mixed-use-share", "split-transfer", "rooftop-greening");
  }

  @Test
  @DisplayName("the bundled pack's title is the regulation's, in Chinese and English")
  void title() {
    assertThat(ShanghaiPacks.shanghai2021().title()).isEqualTo(LocalizedText.of(
        "上海市 沪府规〔2021〕9号 第五部分 产业用地与绿化",
        "Shanghai Municipal Regulation HFG [2021] No. 9, section 5: industrial land and green space"));
  }
}
