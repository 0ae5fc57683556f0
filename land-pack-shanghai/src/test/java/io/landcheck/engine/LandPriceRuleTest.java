package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Land price on intensification, 五(二)")
class LandPriceRuleTest {

  @Test
  @DisplayName("an approved plot-ratio increase on existing industrial land owes no land price")
  void approvedIncreaseOnExistingIndustrialIsNotDue() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING).intensification(1.2, 2.0, 0, 0, true),
        Rules.LAND_PRICE);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.determination()).hasValue("NOT_DUE");
    assertThat(r.citation().clause()).isEqualTo("五(二)");
  }

  @Test
  @DisplayName("approved added underground space on existing industrial land owes no land price")
  void approvedUndergroundOnExistingIndustrialIsNotDue() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING).intensification(2.0, 2.0, 0, 3_000, true),
        Rules.LAND_PRICE);
    assertThat(r.determination()).hasValue("NOT_DUE");
  }

  @Test
  @DisplayName("the same increase on new land is outside the exemption: land price is due")
  void newLandIsDue() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.NEW).intensification(1.2, 2.0, 0, 0, true),
        Rules.LAND_PRICE);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.determination()).hasValue("DUE");
  }

  @Test
  @DisplayName("the same increase on existing general R&D land is outside the exemption: land price is due")
  void rdLandIsDue() {
    RuleResult r = result(industrial("LP").landUse(LandUse.GENERAL_RD).tenure(LandTenure.EXISTING)
        .intensification(2.0, 3.0, 0, 0, true), Rules.LAND_PRICE);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.determination()).hasValue("DUE");
  }

  @Test
  @DisplayName("an increase that is not approved is not judged")
  void notApproved() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING).intensification(1.2, 2.0, 0, 0, false),
        Rules.LAND_PRICE);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.determination()).isEmpty();
  }

  @Test
  @DisplayName("a change that raises nothing is not judged")
  void raisesNothing() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING).intensification(2.0, 1.8, 500, 500, true),
        Rules.LAND_PRICE);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.determination()).isEmpty();
  }

  @Test
  @DisplayName("no declared intensification makes the rule not applicable")
  void noIntensification() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING), Rules.LAND_PRICE);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.determination()).isEmpty();
  }

  @Test
  @DisplayName("an approved increase on land of unknown tenure gives insufficient data")
  void unknownTenure() {
    Parcel parcel = Parcel.builder("LP").landUse(LandUse.INDUSTRIAL).intensification(1.2, 2.0, 0, 0, true)
        .applicationDate(APPLIED).build();
    RuleResult r = result(parcel, Rules.LAND_PRICE);
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains("tenure");
    assertThat(r.determination()).isEmpty();
  }

  @Test
  @DisplayName("the exemption names what was approved: a plot-ratio increase, with the ratios before and after")
  void messageNamesPlotRatioIncrease() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING).intensification(1.2, 2.0, 0, 0, true),
        Rules.LAND_PRICE);
    assertThat(r.message().zh()).isEqualTo("存量工业用地经批准提高容积率（1.200 → 2.000），不再增收土地价款。");
    assertThat(r.message().en())
        .isEqualTo("Approved plot-ratio increase (1.200 → 2.000) on existing industrial land: no additional land price is due.");
  }

  @Test
  @DisplayName("the exemption names what was approved: added underground space")
  void messageNamesUnderground() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING).intensification(2.0, 2.0, 0, 3_000, true),
        Rules.LAND_PRICE);
    assertThat(r.message().zh()).isEqualTo("存量工业用地经批准增加地下空间，不再增收土地价款。");
    assertThat(r.message().en())
        .isEqualTo("Approved added underground space on existing industrial land: no additional land price is due.");
  }

  @Test
  @DisplayName("the exemption names what was approved: both")
  void messageNamesBoth() {
    RuleResult r = result(industrial("LP").tenure(LandTenure.EXISTING).intensification(1.2, 2.0, 0, 3_000, true),
        Rules.LAND_PRICE);
    assertThat(r.message().zh()).isEqualTo("存量工业用地经批准提高容积率并增加地下空间，不再增收土地价款。");
    assertThat(r.message().en()).isEqualTo(
        "Approved plot-ratio increase and added underground space on existing industrial land: no additional land price"
            + " is due.");
  }
}
