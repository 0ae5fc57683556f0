package io.landcheck.test;

import io.landcheck.engine.Report;
import io.landcheck.engine.RuleResult;
import io.landcheck.pack.shanghai.GreenSpaceReport;

/**
 * Entry point of the landcheck AssertJ assertions, for zoning tests in a bureau's or park operator's own build (use
 * the {@code land-test} artifact with test scope, like assertj-guava). Import statically beside AssertJ's own:
 *
 * <pre>{@code
 * import static io.landcheck.test.LandcheckAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.within;
 *
 * assertThat(checker.check(parcel)).violates(Rules.MIXED_USE_AMENITY).hasPlotRatio(2.35, within(0.005));
 * }</pre>
 *
 * @since 0.1
 */
public final class LandcheckAssertions {

  private LandcheckAssertions() {}

  /**
   * Assertions on the report of one parcel.
   *
   * @param actual the report under test
   * @return assertions on it
   */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /**
   * Assertions on one rule's result.
   *
   * @param actual the result under test
   * @return assertions on it
   */
  public static RuleResultAssert assertThat(RuleResult actual) {
    return new RuleResultAssert(actual);
  }

  /**
   * Assertions on a green-space balance (五(四)) of a batch of parcels.
   *
   * @param actual the balance under test
   * @return assertions on it
   */
  public static GreenSpaceReportAssert assertThat(GreenSpaceReport actual) {
    return new GreenSpaceReportAssert(actual);
  }
}
