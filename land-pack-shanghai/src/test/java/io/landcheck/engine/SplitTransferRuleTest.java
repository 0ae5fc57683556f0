package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Split transfer of surplus land, 五(二)")
class SplitTransferRuleTest {

  /** A split that meets every condition of the clause, its surplus part measured at 3,000 m², 30 m. */
  private static SplitRequest eligible(Recipient recipient) {
    return SplitRequest.of(true, true, recipient).withSurplus(3_000, 30);
  }

  private static RuleResult split(SplitRequest request) {
    return result(industrial("S").tenure(LandTenure.EXISTING).split(request), Rules.SPLIT_TRANSFER);
  }

  /** The Shanghai pack with a bureau's own minimums for the surplus part: 3,000 m² and 30 m. */
  private static PolicyPack bureauPack(Path dir) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.bureauNumber(tree, Rules.SPLIT_TRANSFER, "minimumSplitAreaM2", 3_000.0);
    PackFiles.bureauNumber(tree, Rules.SPLIT_TRANSFER, "minimumSplitWidthM", 30.0);
    return PackFiles.load(tree, dir, "bureau-split.json");
  }

  private static RuleResult split(PolicyPack pack, SplitRequest request) {
    Parcel parcel = industrial("S").tenure(LandTenure.EXISTING).split(request).build();
    return Checker.of(pack).check(parcel).result(Rules.SPLIT_TRANSFER).orElseThrow();
  }

  @ParameterizedTest(name = "to {0}")
  @EnumSource(value = Recipient.class, names = {"PARK_PLATFORM", "INDUSTRY_ADMITTED_PROJECT"})
  @DisplayName("a split meeting every condition is eligible for the park platform or an admitted project")
  void eligibleRecipients(Recipient recipient) {
    RuleResult r = split(eligible(recipient));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.determination()).hasValue("ELIGIBLE");
  }

  @Test
  @DisplayName("a split to any other recipient is not eligible")
  void otherRecipient() {
    RuleResult r = split(eligible(Recipient.OTHER));
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
    assertThat(r.message().en()).contains("recipient");
  }

  @Test
  @DisplayName("a split to another recipient names the two recipients the Shanghai pack allows")
  void shanghaiRecipientsNamed() {
    RuleResult r = split(eligible(Recipient.OTHER));
    assertThat(r.message().zh()).contains("受让方 OTHER 不是园区平台或经产业准入的项目");
    assertThat(r.message().en())
        .contains("the recipient OTHER is neither the park platform nor an industry-admitted project");
  }

  @Test
  @DisplayName("the recipients the message names as allowed are the pack's, not the Shanghai ones")
  void recipientsFromPack(@TempDir Path dir) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.SPLIT_TRANSFER).putArray("allowedRecipients").add("INDUSTRY_ADMITTED_PROJECT");
    PolicyPack pack = PackFiles.load(tree, dir, "admitted-only.json");
    Parcel parcel = industrial("S").tenure(LandTenure.EXISTING).split(eligible(Recipient.PARK_PLATFORM)).build();
    RuleResult r = Checker.of(pack).check(parcel).result(Rules.SPLIT_TRANSFER).orElseThrow();
    assertThat(r.message().zh()).contains("受让方 PARK_PLATFORM 不是经产业准入的项目").doesNotContain("园区平台");
    assertThat(r.message().en()).contains("the recipient PARK_PLATFORM is not an industry-admitted project")
        .doesNotContain("park platform");
  }

  @Test
  @DisplayName("a split not listed with its industrial project is not eligible")
  void notListedWithProject() {
    RuleResult r = split(SplitRequest.of(true, false, Recipient.PARK_PLATFORM).withSurplus(3_000, 30));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
    assertThat(r.message().en()).contains("listed with its industrial project");
  }

  @Test
  @DisplayName("a split that does not meet the planning split conditions is not eligible")
  void planningConditionsNotMet() {
    RuleResult r = split(SplitRequest.of(false, true, Recipient.PARK_PLATFORM).withSurplus(3_000, 30));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
    assertThat(r.message().en()).contains("planning split conditions");
  }

  @Test
  @DisplayName("a split of general R&D land is not eligible")
  void rdLand() {
    RuleResult r = result(industrial("S").landUse(LandUse.GENERAL_RD).split(eligible(Recipient.PARK_PLATFORM)),
        Rules.SPLIT_TRANSFER);
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
    assertThat(r.message().en()).contains("general-rd");
  }

  @Test
  @DisplayName("every failed condition is listed in one answer")
  void allFailuresListed() {
    RuleResult r = split(SplitRequest.of(false, false, Recipient.OTHER).withSurplus(2_000, 20));
    assertThat(r.message().en())
        .contains("planning split conditions", "listed with its industrial project", "recipient");
  }

  @Test
  @DisplayName("the policy sets no size: a 2,000 m², 25 m surplus meeting the planning conditions is eligible")
  void smallSurplusEligible() {
    RuleResult r = split(SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(2_000, 25));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.determination()).hasValue("ELIGIBLE");
  }

  @Test
  @DisplayName("the policy sets no size: an unmeasured surplus meeting the planning conditions is eligible")
  void unmeasuredEligible() {
    RuleResult r = split(SplitRequest.of(true, true, Recipient.INDUSTRY_ADMITTED_PROJECT));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.determination()).hasValue("ELIGIBLE");
  }

  @Test
  @DisplayName("the bundled pack sets no minimum area or width for the surplus part")
  void bundledPackHasNoMinimums() {
    Parameters p = ShanghaiPacks.shanghai2021().versions(Rules.SPLIT_TRANSFER).get(0);
    assertThat(p.names()).doesNotContain("minimumSplitAreaM2", "minimumSplitWidthM");
  }

  @Test
  @DisplayName("the recipient is named as the policy names it: 园区平台或经产业准入的项目")
  void recipientsInPolicyWords() {
    RuleResult r = split(eligible(Recipient.OTHER));
    assertThat(r.message().zh()).contains("不是园区平台或经产业准入的项目");
  }

  @Test
  @DisplayName("a bureau's minimum area applies, and the message says it is the bureau's, not the policy's")
  void bureauAreaMinimum(@TempDir Path dir) {
    RuleResult r = split(bureauPack(dir), SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(2_000, 40));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
    assertThat(r.message().en()).contains("2,000.0 m² is smaller than 3,000.0 m²",
        "the bureau's own split condition minimumSplitAreaM2, not the policy's");
    assertThat(r.message().zh()).contains("本局自定的分割条件，非政策规定：minimumSplitAreaM2");
  }

  @Test
  @DisplayName("a bureau's minimum width applies, and the message says it is the bureau's, not the policy's")
  void bureauWidthMinimum(@TempDir Path dir) {
    RuleResult r = split(bureauPack(dir), SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(4_000, 25));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
    assertThat(r.message().en()).contains("25.0 m wide at its narrowest, less than 30.0 m",
        "the bureau's own split condition minimumSplitWidthM, not the policy's");
  }

  @Test
  @DisplayName("a surplus part exactly at a bureau's minimums is eligible")
  void atBureauMinimums(@TempDir Path dir) {
    assertThat(split(bureauPack(dir), eligible(Recipient.PARK_PLATFORM)).determination()).hasValue("ELIGIBLE");
  }

  @Test
  @DisplayName("a surplus part one step under a bureau's minimum area is not eligible")
  void areaJustUnder(@TempDir Path dir) {
    RuleResult r = split(bureauPack(dir), SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(2_999.9, 30));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
  }

  @Test
  @DisplayName("a surplus part one step under a bureau's minimum width is not eligible")
  void widthJustUnder(@TempDir Path dir) {
    RuleResult r = split(bureauPack(dir), SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(3_000, 29.9));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
  }

  @Test
  @DisplayName("an unmeasured surplus part gives insufficient data when a bureau sets minimums")
  void unmeasured(@TempDir Path dir) {
    RuleResult r = split(bureauPack(dir), SplitRequest.of(true, true, Recipient.PARK_PLATFORM));
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("split.surplusAreaM2", "split.surplusMinWidthM", "the bureau's own");
  }

  @Test
  @DisplayName("with only a bureau minimum area, an unmeasured width does not matter")
  void onlyAreaMinimum(@TempDir Path dir) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.bureauNumber(tree, Rules.SPLIT_TRANSFER, "minimumSplitAreaM2", 3_000.0);
    PolicyPack pack = PackFiles.load(tree, dir, "area-only.json");
    SplitRequest request = new SplitRequest(true, true, Recipient.PARK_PLATFORM, OptionalDouble.of(4_000),
        OptionalDouble.empty());
    assertThat(split(pack, request).determination()).hasValue("ELIGIBLE");
  }

  @Test
  @DisplayName("with only a bureau minimum area, an unmeasured surplus names only its area as needed")
  void onlyAreaNeeded(@TempDir Path dir) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.bureauNumber(tree, Rules.SPLIT_TRANSFER, "minimumSplitAreaM2", 3_000.0);
    PolicyPack pack = PackFiles.load(tree, dir, "area-only.json");
    RuleResult r = split(pack, SplitRequest.of(true, true, Recipient.PARK_PLATFORM));
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("split.surplusAreaM2").doesNotContain("surplusMinWidthM");
  }

  @Test
  @DisplayName("a bureau minimum that is not a number above zero fails when the pack is loaded")
  void minimumMustBePositive(@TempDir Path dir) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.SPLIT_TRANSFER).put("minimumSplitWidthM", 0.0);
    assertThatThrownBy(() -> PackFiles.load(tree, dir, "zero.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumSplitWidthM must be a number > 0");
  }

  @Test
  @DisplayName("a misspelt bureau minimum fails when the pack is loaded, naming the parameters the kind reads")
  void misspeltMinimum(@TempDir Path dir) {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.SPLIT_TRANSFER).put("minimumSplitAreaM", 3_000.0);
    assertThatThrownBy(() -> PackFiles.load(tree, dir, "misspelt.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values.minimumSplitAreaM: is not a parameter of rule kind split-transfer");
  }

  @Test
  @DisplayName("no split request makes the rule not applicable")
  void noRequest() {
    assertThat(result(industrial("S"), Rules.SPLIT_TRANSFER).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName("a split request without a land use gives insufficient data")
  void noLandUse() {
    Parcel parcel = Parcel.builder("S").split(eligible(Recipient.PARK_PLATFORM)).applicationDate(APPLIED).build();
    assertThat(result(parcel, Rules.SPLIT_TRANSFER).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }
}
