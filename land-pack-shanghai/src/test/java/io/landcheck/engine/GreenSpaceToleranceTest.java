package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.GreenSpaceReport.DistrictBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.GreenSpaceReport.Shortfall;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.pack.shanghai.GreenSpaceRule.Entry;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The green-space balance (五(四)) where areas land exactly on its toleranceM2, set here to 0.5 m² so that every sum
 * below is exact: up to the tolerance an area is drawing noise, over it a cut or a shortfall.
 */
@DisplayName("Green-space balance at its tolerance (0.5 m² here)")
class GreenSpaceToleranceTest {

  private static final GreenSpaceRule RULE = (GreenSpaceRule) ShanghaiPacks.shanghai2021().batchRules().get(0);
  private static final Parameters HALF_M2 =
      Parameters.of("test/green-space-balance", LocalDate.of(2021, 9, 1), Map.of("toleranceM2", 0.5), Map.of());

  private static Entry entry(String id, String district, String park, double cutM2, double addedM2) {
    return new Entry(id, Optional.ofNullable(park), Optional.ofNullable(district), cutM2, addedM2);
  }

  private static GreenSpaceReport balance(Entry... entries) {
    return RULE.balance(List.of(entries), e -> Optional.of(HALF_M2));
  }

  private static ParkBalance park(GreenSpaceReport report, String parkId) {
    return report.parks().stream().filter(p -> p.parkId().equals(parkId)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a cut of exactly the tolerance is no cut: nothing to balance")
  void cutOfTheTolerance() {
    GreenSpaceReport report = balance(entry("a1", "X", "A", 0.5, 0));
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(park(report, "A").status()).isEqualTo(ParkStatus.NO_CUT);
  }

  @Test
  @DisplayName("a park short by exactly the tolerance made it up in the park and takes nothing from its district")
  void parkShortByTheTolerance() {
    // A cuts 10 and adds 9.5; B, of the same district, has 3 to spare
    GreenSpaceReport report = balance(entry("a1", "X", "A", 10, 9.5), entry("b1", "X", "B", 0, 3));
    ParkBalance a = park(report, "A");
    assertThat(a.status()).isEqualTo(ParkStatus.MADE_UP_IN_PARK);
    assertThat(a.fromDistrictM2()).isZero();
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(report.shortfalls()).isEmpty();
  }

  @Test
  @DisplayName("a parcel whose net cut is exactly the tolerance uses none of the park's new green space")
  void parcelCutOfTheTolerance() {
    // x1 adds 1; y1 cuts 0.5 (noise); z1 cuts 2.5 and gets the whole 1, so is short by 1.5
    GreenSpaceReport report = balance(entry("x1", null, "P", 0, 1), entry("y1", null, "P", 0.5, 0),
        entry("z1", null, "P", 2.5, 0));
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId, Shortfall::shortM2)
        .containsExactly(Tuple.tuple("z1", 1.5));
  }

  @Test
  @DisplayName("a parcel left short by exactly the tolerance is not listed")
  void parcelShortByTheTolerance() {
    // x1 adds 1, w1 cuts 1.5: 0.5 is not made up
    GreenSpaceReport report = balance(entry("x1", null, "Q", 0, 1), entry("w1", null, "Q", 1.5, 0));
    assertThat(report.shortfalls()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("a park its district leaves short by exactly the tolerance is balanced by the district, short 0")
  void districtLeavesTheTolerance() {
    // A cuts 10; B of the same district adds 9.5, all of it given to A
    GreenSpaceReport report = balance(entry("a1", "X", "A", 10, 0), entry("b1", "X", "B", 0, 9.5));
    ParkBalance a = park(report, "A");
    assertThat(a.fromDistrictM2()).isEqualTo(9.5);
    assertThat(a.status()).isEqualTo(ParkStatus.BALANCED_BY_DISTRICT);
    assertThat(a.shortM2()).isZero();
    assertThat(report.districts()).singleElement().satisfies(d -> assertThat(d.shortM2()).isZero());
    assertThat(report.shortfalls()).isEmpty();
  }

  @Test
  @DisplayName("a district's surplus given to one park is gone for the next: parks in id order")
  void districtSurplusSpentOnce() {
    // A and B cut 10 each; C of the same district adds 15: A gets 10, B the 5 left, and B is short 5
    GreenSpaceReport report = balance(entry("a1", "X", "A", 10, 0), entry("b1", "X", "B", 10, 0),
        entry("c1", "X", "C", 0, 15));
    assertThat(park(report, "A").fromDistrictM2()).isEqualTo(10);
    assertThat(park(report, "B").fromDistrictM2()).isEqualTo(5);
    assertThat(park(report, "B").shortM2()).isEqualTo(5);
    assertThat(report.districts()).containsExactly(new DistrictBalance("X", 15, 20, 5));
  }

  @Test
  @DisplayName("a parcel left short says, in Chinese and English, that its district could not balance it")
  void shortfallReason() {
    GreenSpaceReport report = balance(entry("a1", "浦东新区", "A", 10, 0));
    assertThat(report.shortfalls()).singleElement().satisfies(s -> {
      assertThat(s.reason().zh()).isEqualTo("园区 A 内新增绿地不足以补足，区 浦东新区 内其他园区也无法平衡。");
      assertThat(s.reason().en())
          .isEqualTo("Park A adds too little green space to make it up, and the other parks of district 浦东新区 cannot"
              + " balance it.");
    });
  }

  @Test
  @DisplayName("a parcel without a park cutting exactly the tolerance is not short; cutting 1 m² it is")
  void noParkAtTheTolerance() {
    assertThat(balance(entry("n1", null, null, 0.5, 0)).shortfalls()).isEmpty();
    assertThat(balance(entry("n1", null, null, 1, 0)).shortfalls()).extracting(Shortfall::shortM2).containsExactly(1.0);
  }

  @Test
  @DisplayName("an entry with a negative or infinite area is refused, naming the field")
  void entryAreas() {
    assertThatThrownBy(() -> entry("e1", null, null, -1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GreenSpaceRule.Entry.cutM2 must be >= 0, was -1.0");
    assertThatThrownBy(() -> entry("e1", null, null, 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GreenSpaceRule.Entry.addedM2 must be >= 0, was Infinity");
  }
}
