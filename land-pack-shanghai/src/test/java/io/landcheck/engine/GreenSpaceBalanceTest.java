package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.GreenSpaceReport.DistrictBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.GreenSpaceReport.Shortfall;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Green-space balance over a batch, 五(四)")
class GreenSpaceBalanceTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2023, 6, 1));

  private static Parcel parcel(String id, String district, String park, double cutM2, double addedM2) {
    Parcel.Builder b = Parcel.builder(id).greenSpace(cutM2, addedM2);
    if (district != null) {
      b.districtId(district);
    }
    if (park != null) {
      b.parkId(park);
    }
    return b.build();
  }

  private static ParkBalance park(GreenSpaceReport report, String parkId) {
    return report.parks().stream().filter(p -> p.parkId().equals(parkId)).findFirst().orElseThrow();
  }

  private static DistrictBalance district(GreenSpaceReport report, String districtId) {
    return report.districts().stream().filter(d -> d.districtId().equals(districtId)).findFirst().orElseThrow();
  }

  /**
   * District X: park A cuts 100 and adds 150 (surplus 50), park B cuts 200 and adds 50 (deficit 150), park C adds 300
   * (surplus 300). District Y: park D cuts 100 + 40 and adds 30 (deficit 110) and has no other park.
   */
  private static final List<Parcel> BATCH = List.of(
      parcel("a1", "X", "A", 100, 0),
      parcel("a2", "X", "A", 0, 150),
      parcel("b1", "X", "B", 200, 50),
      parcel("c1", "X", "C", 0, 300),
      parcel("d1", "Y", "D", 100, 30),
      parcel("d2", "Y", "D", 40, 0),
      Parcel.builder("plain").build());

  @Test
  @DisplayName("a park whose own new green space covers its cuts is made up in the park")
  void madeUpInPark() {
    ParkBalance a = park(GreenSpaceRule.balance(CHECKER, BATCH), "A");
    assertThat(a.status()).isEqualTo(ParkStatus.MADE_UP_IN_PARK);
    assertThat(a.cutM2()).isEqualTo(100);
    assertThat(a.addedM2()).isEqualTo(150);
    assertThat(a.shortM2()).isZero();
  }

  @Test
  @DisplayName("a short park is balanced from the surplus of other parks of its district")
  void balancedByDistrict() {
    ParkBalance b = park(GreenSpaceRule.balance(CHECKER, BATCH), "B");
    assertThat(b.status()).isEqualTo(ParkStatus.BALANCED_BY_DISTRICT);
    assertThat(b.fromDistrictM2()).isEqualTo(200 - 50);
    assertThat(b.shortM2()).isZero();
  }

  @Test
  @DisplayName("a park with additions only has no cut")
  void noCut() {
    assertThat(park(GreenSpaceRule.balance(CHECKER, BATCH), "C").status()).isEqualTo(ParkStatus.NO_CUT);
  }

  @Test
  @DisplayName("a park whose district has no surplus is short by its net cut")
  void shortPark() {
    ParkBalance d = park(GreenSpaceRule.balance(CHECKER, BATCH), "D");
    assertThat(d.status()).isEqualTo(ParkStatus.SHORT);
    assertThat(d.shortM2()).isEqualTo(100 + 40 - 30);
  }

  @Test
  @DisplayName("districts report their parks' surplus, deficit and what they cannot cover")
  void districtFigures() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, BATCH);
    DistrictBalance x = district(report, "X");
    assertThat(x.surplusM2()).isEqualTo(50 + 300);
    assertThat(x.deficitM2()).isEqualTo(150);
    assertThat(x.shortM2()).isZero();
    DistrictBalance y = district(report, "Y");
    assertThat(y.surplusM2()).isZero();
    assertThat(y.deficitM2()).isEqualTo(110);
    assertThat(y.shortM2()).isEqualTo(110);
  }

  @Test
  @DisplayName("the parcels left short are listed in input order with what each lacks")
  void shortfalls() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, BATCH);
    assertThat(report.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId, Shortfall::shortM2)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("d1", 100.0 - 30),
            org.assertj.core.groups.Tuple.tuple("d2", 40.0));
  }

  @Test
  @DisplayName("a district that covers part of a park's deficit leaves the last parcels of the park short")
  void partlyCovered() {
    // Park E cuts 100 + 100; park F of the same district adds 150: 150 covered, 50 short, falling on e2.
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(
        parcel("e1", "Z", "E", 100, 0), parcel("e2", "Z", "E", 100, 0), parcel("f1", "Z", "F", 0, 150)));
    ParkBalance e = park(report, "E");
    assertThat(e.fromDistrictM2()).isEqualTo(150);
    assertThat(e.shortM2()).isEqualTo(50);
    assertThat(e.status()).isEqualTo(ParkStatus.SHORT);
    assertThat(district(report, "Z").shortM2()).isEqualTo(50);
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId).containsExactly("e2");
    assertThat(report.shortfalls().get(0).shortM2()).isEqualTo(50);
  }

  @Test
  @DisplayName("surplus in another district does not balance a park")
  void noBalancingAcrossDistricts() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(
        parcel("g1", "V", "G", 100, 0), parcel("h1", "W", "H", 0, 500)));
    assertThat(park(report, "G").status()).isEqualTo(ParkStatus.SHORT);
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId).containsExactly("g1");
  }

  @Test
  @DisplayName("a cut on a parcel with no park is a shortfall")
  void noPark() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(
        parcel("n1", "X", null, 80, 20), parcel("c1", "X", "C", 0, 300)));
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId).containsExactly("n1");
    assertThat(report.shortfalls().get(0).shortM2()).isEqualTo(80 - 20);
    assertThat(report.shortfalls().get(0).reason().en()).contains("parkId");
  }

  @Test
  @DisplayName("a short park with no district cannot be balanced, and says why")
  void parkWithoutDistrict() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(parcel("k1", null, "K", 60, 10)));
    ParkBalance k = park(report, "K");
    assertThat(k.districtId()).isEmpty();
    assertThat(k.status()).isEqualTo(ParkStatus.SHORT);
    assertThat(k.shortM2()).isEqualTo(50);
    assertThat(report.shortfalls().get(0).reason().en()).contains("no district");
  }

  @Test
  @DisplayName("shortfalls keep input order across parks")
  void shortfallOrderAcrossParks() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(
        parcel("z-first", "Q", "ZZ", 10, 0), parcel("a-second", "R", "AA", 10, 0), parcel("z-third", "Q", "ZZ", 5, 0)));
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId).containsExactly("z-first", "a-second", "z-third");
  }

  @Test
  @DisplayName("a parcel's own new green space makes up its own cut before the park shares the rest")
  void ownAdditionFirst() {
    // m1 cuts 100 and adds 100 itself; m2 cuts 30; m3 adds 20. The park is 10 short, and the shortfall is m2's.
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(
        parcel("m1", null, "M", 100, 100), parcel("m2", null, "M", 30, 0), parcel("m3", null, "M", 0, 20)));
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId, Shortfall::shortM2)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("m2", 30.0 - 20));
  }

  @Test
  @DisplayName("a batch whose every cut is made up complies")
  void allMadeUp() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, BATCH.subList(0, 4));
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(report.shortfalls()).isEmpty();
  }

  @Test
  @DisplayName("a batch with no cut at all is not applicable")
  void nothingCut() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(parcel("c1", "X", "C", 0, 300),
        Parcel.builder("plain").build()));
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName("a cut made up to within the pack's tolerance (0.01 m²) is made up")
  void withinTolerance() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(parcel("t1", "X", "T", 100.005, 100)));
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(park(report, "T").status()).isEqualTo(ParkStatus.MADE_UP_IN_PARK);
  }

  @Test
  @DisplayName("the balance cites clause 五(四)")
  void cites() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, BATCH);
    assertThat(report.ruleId()).isEqualTo(Rules.GREEN_SPACE_BALANCE);
    assertThat(report.citation().clause()).isEqualTo("五(四)");
  }

  @Test
  @DisplayName("parcels balanced on a date before the pack took effect are left out: nothing is judged")
  void beforePack() {
    Checker early = Checker.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2021, 8, 31));
    GreenSpaceReport report = GreenSpaceRule.balance(early, BATCH);
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(report.parks()).isEmpty();
    assertThat(report.shortfalls()).isEmpty();
  }

  @Test
  @DisplayName("each parcel is balanced on its own application date: one applied before the pack is left out")
  void eachOnItsOwnDate() {
    // b1 cuts 200 and adds 50 in park B; applied for before 2021-09-01, 五(四) does not judge it, so B has no cut.
    Parcel early = BATCH.get(2).toBuilder().applicationDate(LocalDate.of(2021, 5, 1)).build();
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(BATCH.get(0), BATCH.get(1), early, BATCH.get(3)));
    assertThat(report.parks()).extracting(ParkBalance::parkId).containsExactly("A", "C");
    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("a dated parcel is balanced on its date even by a checker on a date before the pack")
  void datedParcelOnItsDate() {
    Checker early = Checker.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2021, 8, 31));
    Parcel dated = BATCH.get(4).toBuilder().applicationDate(LocalDate.of(2023, 6, 1)).build();
    GreenSpaceReport report = GreenSpaceRule.balance(early, List.of(dated));
    // d1 cuts 100 and adds 30 in park D of district Y, which has no other park: short by 70
    assertThat(report.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(report.shortfalls()).extracting(Shortfall::parcelId).containsExactly("d1");
  }

  @Test
  @DisplayName("a parcel with a green-space change but no date, on a checker without a date, is refused")
  void undatedWithoutCheckerDate() {
    Checker undated = Checker.of(ShanghaiPacks.shanghai2021());
    assertThatThrownBy(() -> GreenSpaceRule.balance(undated, List.of(BATCH.get(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1").hasMessageContaining("onDate");
  }

  @Test
  @DisplayName("a batch with no parcels balances to no park, no district and nobody left short")
  void emptyBatch() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of());
    assertThat(report.parks()).isEmpty();
    assertThat(report.shortfalls()).isEmpty();
  }
}
