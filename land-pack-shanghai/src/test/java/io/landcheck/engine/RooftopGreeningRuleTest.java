package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rooftop greening, 五(四)")
class RooftopGreeningRuleTest {

  @Test
  @DisplayName("declared rooftop greening is noted as compliant")
  void declared() {
    RuleResult r = result(industrial("R").rooftopGreenAreaM2(850), Rules.ROOFTOP_GREENING);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.message().en()).contains("850.0 m²");
  }

  @Test
  @DisplayName("no rooftop greening is not applicable, with the encouragement")
  void none() {
    RuleResult r = result(industrial("R"), Rules.ROOFTOP_GREENING);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.message().en()).contains("encourages");
  }

  @Test
  @DisplayName("rooftop greening declared as 0 m² is none: not applicable")
  void declaredZero() {
    RuleResult r = result(industrial("R").rooftopGreenAreaM2(0), Rules.ROOFTOP_GREENING);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName("rooftop greening never fails a parcel nor asks for more data, whatever the parcel")
  void neverFails() {
    Stream<Parcel> parcels = Stream.of(
        industrial("R1").build(),
        industrial("R2").rooftopGreenAreaM2(0).build(),
        industrial("R3").rooftopGreenAreaM2(10_000).singleUse(false).build(),
        Parcel.builder("R4").build(),
        Parcel.builder("R5").rooftopGreenAreaM2(12).build(),
        industrial("R6").clearFloorAreas().floorAreaM2("宿舍", 9_000).lease(TestParcels.APPLIED, 60).build());
    assertThat(parcels.map(p -> result(p, Rules.ROOFTOP_GREENING).verdict()))
        .allMatch(v -> v == Verdict.COMPLIANT || v == Verdict.NOT_APPLICABLE);
  }
}
