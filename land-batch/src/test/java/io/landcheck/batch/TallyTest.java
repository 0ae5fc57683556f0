package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Verdict;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The batch's counts and its park scorecard from {@code every-verdict-facts.json}: six parcels of park PARK-V, one of
 * each overall verdict and two not judged, so that no two counts are alike where two verdicts could be mixed up.
 *
 * <ul>
 *   <li>V-1: 25,000 m² on 10,000 m², plot ratio 2.5 (at least 2.0), 宿舍 2,000 m² is 8% (at most 15%): COMPLIANT.
 *   <li>V-2: 15,000 m² on 10,000 m², plot ratio 1.5, under 2.0: NON_COMPLIANT (plot-ratio-minimum).
 *   <li>V-3 and V-4: applied for on 2020-06-01 and 2021-08-31, before the pack took effect (2021-09-01): every rule
 *       NOT_APPLICABLE; their plot ratios are 30,000 / 10,000 = 3.0 and 25,000 / 5,000 = 5.0.
 *   <li>V-5: no floor area, so the plot ratio and the shares cannot be judged and nothing fails: INSUFFICIENT_DATA.
 *   <li>V-6: a site area of -5 m²: ERROR.
 * </ul>
 */
@DisplayName("batch counts and the park scorecard, one parcel of each verdict")
class TallyTest {

  private static final BatchChecker CHECKER = BatchChecker.of(Fixtures.PACK).onDate(LocalDate.of(2024, 6, 1));

  private static BatchSummary summary() throws IOException {
    return Fixtures.check(CHECKER, "every-verdict-facts.json").summary;
  }

  private static ParkScore parkV() throws IOException {
    BatchSummary s = summary();
    assertThat(s.scorecard()).extracting(ParkScore::parkId).singleElement().isEqualTo(Optional.of("PARK-V"));
    return s.scorecard().get(0);
  }

  @Test
  @DisplayName("each record is counted under its own verdict: 1 compliant, 1 non-compliant, 2 not applicable, 1 insufficient data, 1 error")
  void countsByVerdict() throws IOException {
    BatchSummary s = summary();
    assertThat(s.read()).isEqualTo(6);
    assertThat(s.compliant()).isEqualTo(1);
    assertThat(s.nonCompliant()).isEqualTo(1);
    assertThat(s.notApplicable()).isEqualTo(2);
    assertThat(s.insufficientData()).isEqualTo(1);
    assertThat(s.errors()).isEqualTo(1);
  }

  @Test
  @DisplayName("count(verdict) gives the same five figures")
  void countOfEachVerdict() throws IOException {
    BatchSummary s = summary();
    assertThat(s.count(Verdict.COMPLIANT)).isEqualTo(1);
    assertThat(s.count(Verdict.NON_COMPLIANT)).isEqualTo(1);
    assertThat(s.count(Verdict.NOT_APPLICABLE)).isEqualTo(2);
    assertThat(s.count(Verdict.INSUFFICIENT_DATA)).isEqualTo(1);
    assertThat(s.count(Verdict.ERROR)).isEqualTo(1);
  }

  @Test
  @DisplayName("only the failed rule is counted by rule: plot-ratio-minimum, once")
  void failuresByRule() throws IOException {
    assertThat(summary().nonCompliantByRule()).containsExactly(Map.entry(Rules.PLOT_RATIO_MINIMUM, 1L));
  }

  @Test
  @DisplayName("the park's line counts its 6 records, 5 judged (the error row is not), 1 compliant, 1 non-compliant, 1 error")
  void parkCounts() throws IOException {
    ParkScore v = parkV();
    assertThat(v.districtId()).contains("宝山区");
    assertThat(v.parcels()).isEqualTo(6);
    assertThat(v.checked()).isEqualTo(5);
    assertThat(v.compliant()).isEqualTo(1);
    assertThat(v.nonCompliant()).isEqualTo(1);
    assertThat(v.errors()).isEqualTo(1);
  }

  @Test
  @DisplayName("the park's compliant share is of the judged parcels: 1 of 5 is 0.2")
  void compliantShare() throws IOException {
    assertThat(parkV().compliantShare()).hasValue(0.2);
  }

  @Test
  @DisplayName("mean and median plot ratio are of the four parcels whose plot ratio is known: 1.5, 2.5, 3.0, 5.0")
  void plotRatios() throws IOException {
    ParkScore v = parkV();
    // (1.5 + 2.5 + 3.0 + 5.0) / 4 = 12 / 4
    assertThat(v.meanPlotRatio().getAsDouble()).isCloseTo(3.0, within(1e-12));
    // the middle two, 2.5 and 3.0
    assertThat(v.medianPlotRatio()).hasValue(2.75);
  }

  @Test
  @DisplayName("the amenity share is 2,000 m² of 宿舍 over the 95,000 m² above ground of the four parcels with floor areas")
  void amenityShare() throws IOException {
    // 25,000 + 15,000 + 30,000 + 25,000 = 95,000 m²
    assertThat(parkV().amenityShare().getAsDouble()).isCloseTo(2_000.0 / 95_000, within(1e-15));
  }

  @Test
  @DisplayName("the park's worst rules are the one it fails, with its count")
  void worstRules() throws IOException {
    assertThat(parkV().worstRules()).containsExactly(new ParkScore.RuleCount(Rules.PLOT_RATIO_MINIMUM, 1));
  }

  @Test
  @DisplayName("a park whose parcels have 0 m² above ground has no amenity share, rather than 0 / 0")
  void noAmenityShareOfNoFloorArea() throws IOException {
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.ofParcels(List.of(Parcel.builder("Z-1").landUse(LandUse.INDUSTRIAL)
        .siteAreaM2(1_000).floorAreaM2("生产", 0).parkId("PARK-Z").build()), "zero")) {
      CHECKER.run(input, c);
    }
    assertThat(c.summary.scorecard()).singleElement()
        .satisfies(z -> assertThat(z.amenityShare()).isEmpty());
  }
}
