package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static io.landcheck.engine.TestParcels.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;

import io.landcheck.engine.RemedyOption.Kind;
import com.google.common.collect.ImmutableSet;
import io.landcheck.engine.RemedyOption.Kind;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.shanghai.Rules;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Remedies in numbers (RuleResult.remedyOptions)")
class RemedyOptionsTest {

  /** 10,000 m² above ground on 5,000 m² of single-use industrial land: production, R&D and dormitory. */
  private static Parcel.Builder mix(double productionM2, double rdM2, double dormitoryM2) {
    return industrial("M").siteAreaM2(5_000).clearFloorAreas()
        .floorAreaM2("生产", productionM2).floorAreaM2("研发", rdM2).floorAreaM2("宿舍", dormitoryM2);
  }

  private static RemedyOption option(RuleResult r, Kind kind) {
    return r.remedyOptions().stream().filter(o -> o.kind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " option in " + r));
  }

  @Nested
  @DisplayName("RemedyOption itself")
  class Record {

    @Test
    @DisplayName("takes its unit from its kind")
    void unitFromKind() {
      assertThat(RemedyOption.of(Kind.ADD_FLOOR_AREA, List.of(), 12.5).unit()).isEqualTo("m2");
      assertThat(RemedyOption.shortenTermTo(20).unit()).isEqualTo("years");
    }

    @Test
    @DisplayName("an option to shorten the term has the longest term allowed as its amount")
    void shortenTermAmount() {
      assertThat(RemedyOption.shortenTermTo(20).amount()).isEqualTo(20);
    }

    @Test
    @DisplayName("rejects an amount that is zero, negative or not a number")
    void rejectsBadAmount() {
      for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
        assertThatThrownBy(() -> RemedyOption.of(Kind.REDUCE_FLOOR_AREA, List.of(), bad))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RemedyOption.amount");
      }
    }

    @Test
    @DisplayName("rejects a unit that is not its kind's")
    void rejectsUnitOfAnotherKind() {
      assertThatThrownBy(() -> new RemedyOption(Kind.ADD_FLOOR_AREA, Set.of(), 5, "years", Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RemedyOption.unit");
    }

    @Test
    @DisplayName("rejects use classes on an option to shorten the term")
    void rejectsUseClassesOnTerm() {
      assertThatThrownBy(() -> RemedyOption.of(Kind.SHORTEN_TERM_TO, List.of(UseClass.LIVING_AMENITY), 20))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RemedyOption.useClasses");
    }

    @Test
    @DisplayName("rejects a term that is not whole years")
    void rejectsPartYears() {
      assertThatThrownBy(() -> RemedyOption.of(Kind.SHORTEN_TERM_TO, List.of(), 20.5))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RemedyOption.amount")
          .hasMessageContaining("whole years");
    }
  }

  @Nested
  @DisplayName("living amenities over 15%")
  class Amenity {

    private final Parcel.Builder over = mix(7_000, 1_000, 2_000);

    @Test
    @DisplayName("offer cutting amenities or adding principal industrial area, by the figures of the text")
    void figures() {
      RuleResult r = result(over, Rules.MIXED_USE_AMENITY);
      // Cut x: (2,000 − x) / (10,000 − x) = 0.15 → x = 500 / 0.85 = 588.24 → 588.3 m².
      // Add y: 2,000 / (10,000 + y) = 0.15 → y = 3,333.33 → 3,333.4 m².
      // Alone, the cut takes the plot ratio to 9,411.7 / 5,000 = 1.88, below 2.0; the addition leaves it 2.67.
      assertThat(r.remedyOptions()).containsExactly(
          RemedyOption.of(Kind.REDUCE_FLOOR_AREA, List.of(UseClass.LIVING_AMENITY), 588.3).withCompliesAlone(false),
          RemedyOption.of(Kind.ADD_FLOOR_AREA, List.of(UseClass.PRINCIPAL_INDUSTRIAL), 3_333.4)
              .withCompliesAlone(true));
      assertThat(RemedyFigures.areasM2(r)).containsExactly(588.3, 3_333.4);
    }

    @Test
    @DisplayName("cutting the amenity area of the option complies, a tenth of a m² less does not")
    void cutIsJustEnough() {
      double cut = option(result(over, Rules.MIXED_USE_AMENITY), Kind.REDUCE_FLOOR_AREA).amount();
      assertThat(result(mix(7_000, 1_000, 2_000 - cut), Rules.MIXED_USE_AMENITY).verdict())
          .isEqualTo(Verdict.COMPLIANT);
      assertThat(result(mix(7_000, 1_000, 2_000 - (cut - 0.1)), Rules.MIXED_USE_AMENITY).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("adding the principal area of the option complies, a tenth of a m² less does not")
    void addIsJustEnough() {
      double add = option(result(over, Rules.MIXED_USE_AMENITY), Kind.ADD_FLOOR_AREA).amount();
      assertThat(result(mix(7_000 + add, 1_000, 2_000), Rules.MIXED_USE_AMENITY).verdict())
          .isEqualTo(Verdict.COMPLIANT);
      assertThat(result(mix(7_000 + add - 0.1, 1_000, 2_000), Rules.MIXED_USE_AMENITY).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
    }
  }

  @Nested
  @DisplayName("other uses and amenities over 30%")
  class Ancillary {

    private final Parcel.Builder over = mix(6_000, 2_500, 1_500);

    @Test
    @DisplayName("offer cutting either ancillary class or adding principal industrial area")
    void figures() {
      // Cut x: (4,000 − x) / (10,000 − x) = 0.3 → x = 1,000 / 0.7 = 1,428.57 → 1,428.6 m².
      // Add y: 4,000 / (10,000 + y) = 0.3 → y = 3,333.33 → 3,333.4 m².
      // Alone, the cut takes the plot ratio below 2.0 (8,571.4 / 5,000); the addition leaves amenities at 11.25 %.
      assertThat(result(over, Rules.MIXED_USE_ANCILLARY).remedyOptions()).containsExactly(
          RemedyOption.of(Kind.REDUCE_FLOOR_AREA, List.of(UseClass.OTHER_INDUSTRIAL, UseClass.LIVING_AMENITY),
              1_428.6).withCompliesAlone(false),
          RemedyOption.of(Kind.ADD_FLOOR_AREA, List.of(UseClass.PRINCIPAL_INDUSTRIAL), 3_333.4)
              .withCompliesAlone(true));
    }

    @Test
    @DisplayName("cutting the option's area from R&D complies, a tenth of a m² less does not")
    void cutIsJustEnough() {
      double cut = option(result(over, Rules.MIXED_USE_ANCILLARY), Kind.REDUCE_FLOOR_AREA).amount();
      assertThat(result(mix(6_000, 2_500 - cut, 1_500), Rules.MIXED_USE_ANCILLARY).verdict())
          .isEqualTo(Verdict.COMPLIANT);
      assertThat(result(mix(6_000, 2_500 - (cut - 0.1), 1_500), Rules.MIXED_USE_ANCILLARY).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("adding the option's principal area complies, a tenth of a m² less does not")
    void addIsJustEnough() {
      double add = option(result(over, Rules.MIXED_USE_ANCILLARY), Kind.ADD_FLOOR_AREA).amount();
      assertThat(result(mix(6_000 + add, 2_500, 1_500), Rules.MIXED_USE_ANCILLARY).verdict())
          .isEqualTo(Verdict.COMPLIANT);
      assertThat(result(mix(6_000 + add - 0.1, 2_500, 1_500), Rules.MIXED_USE_ANCILLARY).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
    }
  }

  @Nested
  @DisplayName("plot ratio below the floor")
  class PlotRatioMinimum {

    private Parcel.Builder under(double productionM2) {
      return industrial("P").siteAreaM2(7_777.7).clearFloorAreas().floorAreaM2("生产", productionM2);
    }

    @Test
    @DisplayName("offers adding above-ground floor area of any use; adding it complies, a tenth less does not")
    void addIsJustEnough() {
      RuleResult r = result(under(9_876.5), Rules.PLOT_RATIO_MINIMUM);
      // 2.0 × 7,777.7 − 9,876.5 = 5,678.9 m².
      assertThat(r.remedyOptions())
          .containsExactly(RemedyOption.of(Kind.ADD_FLOOR_AREA, List.of(), 5_678.9).withCompliesAlone(true));
      assertThat(RemedyFigures.areasM2(r)).containsExactly(5_678.9);
      double add = r.remedyOptions().get(0).amount();
      assertThat(result(under(9_876.5 + add), Rules.PLOT_RATIO_MINIMUM).verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(result(under(9_876.5 + add - 0.1), Rules.PLOT_RATIO_MINIMUM).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
    }
  }

  @Nested
  @DisplayName("plot ratio over the approved cap")
  class PlotRatioCap {

    private Parcel.Builder built(double productionM2) {
      return industrial("P").siteAreaM2(6_543.2).clearFloorAreas().floorAreaM2("生产", productionM2)
          .approvedPlotRatioCap(2.8);
    }

    @Test
    @DisplayName("offers cutting above-ground floor area; cutting it complies, a tenth less does not")
    void cutIsJustEnough() {
      RuleResult r = result(built(20_000), Rules.PLOT_RATIO_CAP);
      // 20,000 − 2.8 × 6,543.2 = 20,000 − 18,320.96 = 1,679.04 → 1,679.1 m².
      assertThat(r.remedyOptions())
          .containsExactly(RemedyOption.of(Kind.REDUCE_FLOOR_AREA, List.of(), 1_679.1).withCompliesAlone(true));
      assertThat(RemedyFigures.areasM2(r)).containsExactly(1_679.1);
      double cut = r.remedyOptions().get(0).amount();
      assertThat(result(built(20_000 - cut), Rules.PLOT_RATIO_CAP).verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(result(built(20_000 - (cut - 0.1)), Rules.PLOT_RATIO_CAP).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
    }
  }

  @Nested
  @DisplayName("lease term too long")
  class LeaseTerm {

    private Parcel.Builder lease(int years) {
      return industrial("L").project(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE, RecognitionLevel.DISTRICT)
          .lease(APPLIED, years);
    }

    @Test
    @DisplayName("a district-level centre on 50 years is offered 20 years; 20 complies and 21 does not")
    void shortenIsJustEnough() {
      RuleResult r = result(lease(50), Rules.LEASE_TERM);
      // Only municipal or national recognition qualifies for 50 years; otherwise the general cap of 20 years applies.
      assertThat(r.remedyOptions()).containsExactly(RemedyOption.shortenTermTo(20).withCompliesAlone(true));
      assertThat(r.remedy().orElseThrow().en()).contains("20 years");
      int years = (int) r.remedyOptions().get(0).amount();
      assertThat(result(lease(years), Rules.LEASE_TERM).verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(result(lease(years + 1), Rules.LEASE_TERM).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }
  }

  @Test
  @DisplayName("a parcel a hair below its limit is offered a tenth of a m², not an amount of 0")
  void hairBelowTheLimit() {
    // 19.99999991 m² on 10 m²: plot ratio 1.999999991, below 2.0 by more than the pack's tolerance of 1e-9; the
    // area needed, 9e-8 m², rounded up to a tenth is 0.1 m² (it was −0.0, which an option refuses).
    RuleResult r = result(industrial("TINY").siteAreaM2(10).clearFloorAreas().floorAreaM2("生产", 19.99999991),
        Rules.PLOT_RATIO_MINIMUM);
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.remedyOptions()).extracting(RemedyOption::amount).containsExactly(0.1);
  }

  @Test
  @DisplayName("compliant results have no remedy options")
  void compliantHasNone() {
    Report report = TestParcels.CHECKER.check(industrial("OK").build());
    assertThat(report.results()).allSatisfy(r -> assertThat(r.remedyOptions()).isEmpty());
  }

  @Test
  @DisplayName("the report JSON lists each option's kind, use classes, amount and unit")
  void inJson() throws Exception {
    JsonNode json = PackFiles.MAPPER.readTree(TestParcels.CHECKER.check(mix(7_000, 1_000, 2_000).build()).toJson());
    JsonNode amenity = null;
    for (JsonNode n : json.get("results")) {
      if (n.get("rule").asText().equals(Rules.MIXED_USE_AMENITY.value())) {
        amenity = n;
      }
    }
    assertThat(amenity).isNotNull();
    JsonNode cut = amenity.get("remedyOptions").get(0);
    assertThat(cut.get("kind").asText()).isEqualTo("REDUCE_FLOOR_AREA");
    assertThat(cut.get("useClasses").get(0).asText()).isEqualTo("LIVING_AMENITY");
    assertThat(cut.get("amount").asDouble()).isEqualTo(588.3);
    assertThat(cut.get("unit").asText()).isEqualTo("m2");
  }
}
