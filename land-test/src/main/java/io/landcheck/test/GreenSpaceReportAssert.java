package io.landcheck.test;

import io.landcheck.engine.Verdict;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.GreenSpaceReport.Shortfall;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on a green-space balance (沪府规〔2021〕9号 五(四)): attached green space (附属绿地) cut by extensions must be
 * made up by new planned green space in the same park, or else balanced by the district between its parks. Failure
 * messages print every park's balance and every parcel left short.
 *
 * @since 0.1
 */
public final class GreenSpaceReportAssert extends AbstractAssert<GreenSpaceReportAssert, GreenSpaceReport> {

  GreenSpaceReportAssert(GreenSpaceReport actual) {
    super(actual, GreenSpaceReportAssert.class);
  }

  /**
   * The balance has this verdict.
   *
   * @param expected the verdict the balance should have
   * @return this assertion, for chaining
   */
  public GreenSpaceReportAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      fail("to have verdict " + expected);
    }
    return this;
  }

  /**
   * Every cut is made up, in its park or by its district.
   *
   * @return this assertion, for chaining
   */
  public GreenSpaceReportAssert isCompliant() {
    return hasVerdict(Verdict.COMPLIANT);
  }

  /**
   * Some parcel's cut is not made up.
   *
   * @return this assertion, for chaining
   */
  public GreenSpaceReportAssert isNonCompliant() {
    return hasVerdict(Verdict.NON_COMPLIANT);
  }

  /**
   * Exactly these parcels are left short, in any order.
   *
   * @param parcelIds the ids (宗地编号) of the parcels expected short
   * @return this assertion, for chaining
   */
  public GreenSpaceReportAssert leavesShort(String... parcelIds) {
    isNotNull();
    List<String> actualIds = actual.shortfalls().stream().map(Shortfall::parcelId).sorted().toList();
    List<String> expected = Arrays.stream(parcelIds).sorted().toList();
    if (!actualIds.equals(expected)) {
      fail("to leave exactly " + expected + " short, but left " + actualIds + " short");
    }
    return this;
  }

  /**
   * No parcel is left short.
   *
   * @return this assertion, for chaining
   */
  public GreenSpaceReportAssert hasNoShortfalls() {
    return leavesShort();
  }

  /**
   * Parcel {@code parcelId} is left short by {@code shortM2}, within {@code offset}.
   *
   * @param parcelId the parcel's id
   * @param shortM2 the green space expected not made up, m²
   * @param offset how far the actual shortfall may be from {@code shortM2}, m², such as {@code within(0.01)}
   * @return this assertion, for chaining
   */
  public GreenSpaceReportAssert hasShortfall(String parcelId, double shortM2, Offset<Double> offset) {
    isNotNull();
    Optional<Shortfall> s = actual.shortfalls().stream().filter(f -> f.parcelId().equals(parcelId)).findFirst();
    if (s.isEmpty()) {
      fail("to leave parcel " + parcelId + " short by " + shortM2 + " m², but it is not short");
    } else if (Math.abs(s.get().shortM2() - shortM2) > offset.value) {
      fail("to leave parcel " + parcelId + " short by " + shortM2 + " m², but it is short by " + s.get().shortM2());
    }
    return this;
  }

  /**
   * Park {@code parkId} has this status, such as {@link ParkStatus#MADE_UP_IN_PARK}.
   *
   * @param parkId the park's id
   * @param expected how its cuts should have been made up
   * @return this assertion, for chaining
   */
  public GreenSpaceReportAssert hasParkStatus(String parkId, ParkStatus expected) {
    isNotNull();
    Optional<ParkStatus> status = actual.parks().stream()
        .filter(p -> p.parkId().equals(parkId)).map(GreenSpaceReport.ParkBalance::status).findFirst();
    if (status.isEmpty()) {
      fail("to have park " + parkId + " with status " + expected + ", but the balance has no such park");
    } else if (status.get() != expected) {
      fail("to have park " + parkId + " with status " + expected + ", but it was " + status.get());
    }
    return this;
  }

  private void fail(String expectation) {
    failWithMessage("%nExpecting%n  %s%n%s", ResultText.describe(actual).replace("\n", "\n  "), expectation);
  }
}
