package io.landcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the generated parks come to when land-geo measures them and land-core checks them. */
class ParkGeneratorVerdictsTest {

  private static final Measurement MEASUREMENT = Measurement.of(ShanghaiPacks.shanghai2021());
  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021());

  private static Optional<Report> check(GeoParcel parcel) {
    Measured measured = MEASUREMENT.measure(parcel);
    return measured.facts().map(CHECKER::check);
  }

  @Test
  @DisplayName("the sample park mixes compliant and non-compliant parcels, and its bow tie cannot be measured")
  void sampleParkMix() {
    ParkGenerator g = ParkGenerator.samplePark(20210901L);
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    List<String> unmeasurable = new ArrayList<>();
    g.parcels().forEach(p -> check(p).ifPresentOrElse(
        r -> verdicts.merge(r.verdict(), 1, Integer::sum), () -> unmeasurable.add(p.id())));
    assertThat(verdicts.getOrDefault(Verdict.COMPLIANT, 0)).isGreaterThan(20);
    assertThat(verdicts.getOrDefault(Verdict.NON_COMPLIANT, 0)).isGreaterThan(5);
    String bowTie = g.defects().stream().filter(d -> d.kind() == SampleDefect.Kind.SELF_INTERSECTING_BOUNDARY)
        .findFirst().orElseThrow().parcelId();
    assertThat(unmeasurable).containsExactly(bowTie);
  }

  @Test
  @DisplayName("most parcels aimed at compliance come out compliant")
  void compliantScenarioMostlyCompliant() {
    ParkGenerator g = ParkGenerator.of(5, 400);
    int aimed = 0;
    int compliant = 0;
    for (int i = 0; i < g.parcelCount(); i++) {
      if (g.scenario(i) == Scenario.COMPLIANT) {
        aimed++;
        if (check(g.parcel(i)).map(Report::verdict).orElse(Verdict.ERROR) == Verdict.COMPLIANT) {
          compliant++;
        }
      }
    }
    assertThat(aimed).isGreaterThan(100);
    assertThat(compliant).isGreaterThan(aimed * 8 / 10);
  }

  @Test
  @DisplayName("parcels aimed at a low plot ratio fail the plot-ratio minimum")
  void lowPlotRatioScenarioFails() {
    ParkGenerator g = ParkGenerator.of(5, 400);
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < g.parcelCount(); i++) {
      if (g.scenario(i) == Scenario.LOW_PLOT_RATIO) {
        verdicts.add(check(g.parcel(i)).flatMap(r -> r.result(Rules.PLOT_RATIO_MINIMUM)).orElseThrow().verdict());
      }
    }
    assertThat(verdicts).isNotEmpty().containsOnly(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("parcels aimed at too much living amenity fail the amenity share")
  void amenityHeavyScenarioFails() {
    ParkGenerator g = ParkGenerator.of(5, 400);
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < g.parcelCount(); i++) {
      if (g.scenario(i) == Scenario.AMENITY_HEAVY) {
        verdicts.add(check(g.parcel(i)).flatMap(r -> r.result(Rules.MIXED_USE_AMENITY)).orElseThrow().verdict());
      }
    }
    assertThat(verdicts).isNotEmpty();
    assertThat(verdicts.stream().filter(v -> v == Verdict.NON_COMPLIANT).count()).isGreaterThan(verdicts.size() * 8L / 10);
  }

  @Test
  @DisplayName("buildings crossing the boundary are measured with a warning, not an error")
  void crossingBuildingsWarn() {
    ParkGenerator g = ParkGenerator.samplePark(20210901L);
    GeoParcel crossing = g.parcel(3);
    assertThat(crossing.buildings()).anySatisfy(b -> assertThat(crossing.boundary().covers(b.footprint())).isFalse());
    Measured measured = MEASUREMENT.measure(crossing);
    assertThat(measured.errors()).isEmpty();
    assertThat(measured.warnings()).anySatisfy(w -> assertThat(w.message()).contains("crosses the parcel boundary"));
  }
}
