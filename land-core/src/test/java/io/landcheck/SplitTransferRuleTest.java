package io.landcheck;

import static io.landcheck.TestParcels.APPLIED;
import static io.landcheck.TestParcels.industrial;
import static io.landcheck.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.SplitRequest.Recipient;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Split transfer of surplus land, 五(二)")
class SplitTransferRuleTest {

  /** A split that meets every condition, its surplus part measured at the pack's minimums (3,000 m², 30 m). */
  private static SplitRequest eligible(Recipient recipient) {
    return SplitRequest.of(true, true, recipient).withSurplus(3_000, 30);
  }

  private static RuleResult split(SplitRequest request) {
    return result(industrial("S").tenure(LandTenure.EXISTING).split(request), Rules.SPLIT_TRANSFER);
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
    assertThat(r.message().zh()).contains("受让方 OTHER 不是园区平台或产业准入项目");
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
    assertThat(r.message().zh()).contains("受让方 PARK_PLATFORM 不是产业准入项目").doesNotContain("园区平台");
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
        .contains("planning split conditions", "listed with its industrial project", "recipient", "2,000.0 m²",
            "20.0 m wide");
  }

  @Test
  @DisplayName("a surplus part one step under the minimum area is not eligible")
  void areaJustUnder() {
    RuleResult r = split(SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(2_999.9, 30));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
  }

  @Test
  @DisplayName("a surplus part one step under the minimum width is not eligible")
  void widthJustUnder() {
    RuleResult r = split(SplitRequest.of(true, true, Recipient.PARK_PLATFORM).withSurplus(3_000, 29.9));
    assertThat(r.determination()).hasValue("NOT_ELIGIBLE");
  }

  @Test
  @DisplayName("an unmeasured surplus part gives insufficient data when the pack sets minimums")
  void unmeasured() {
    RuleResult r = split(SplitRequest.of(true, true, Recipient.PARK_PLATFORM));
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("split.surplusAreaM2");
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
