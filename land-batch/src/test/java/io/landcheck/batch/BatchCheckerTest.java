package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.shanghai.Rules;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BatchCheckerTest {

  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1));

  @Test
  @DisplayName("every record appears once, in input order, bad records included")
  void everyRecordInOrder() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "mixed-facts.json");
    assertThat(c.rows).extracting(BatchRow::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    // the file as it was opened (here its absolute path) and the record's number
    String file = Fixtures.resource("mixed-facts.json").toString();
    assertThat(c.rows).extracting(BatchRow::locator)
        .containsExactly(file + "#1", file + "#2", file + "#3", file + "#4", file + "#5", file + "#6", file + "#7");
  }

  @Test
  @DisplayName("the counts add up over three files: 11 read = 5 compliant + 3 non-compliant + 0 + 0 + 3 errors")
  void countsInvariant() throws IOException {
    // mixed: P-001, P-007 compliant; P-002 (plot ratio 1.6), P-004 (general-rd 2.6 < 3.0) non-compliant; P-003
    // (site area -5), P-005 (use code 'spaceship hangar'), the record without parcel_id errors. compliant: C-001,
    // C-002 compliant. noncompliant: N-001 compliant (exactly 2.0), N-002 non-compliant (1.5).
    BatchSummary s =
        Fixtures.check(CHECKER, "mixed-facts.json", "compliant-facts.json", "noncompliant-facts.json").summary;
    assertThat(s.read()).isEqualTo(11);
    assertThat(s.compliant()).isEqualTo(5);
    assertThat(s.nonCompliant()).isEqualTo(3);
    assertThat(s.notApplicable()).isZero();
    assertThat(s.insufficientData()).isZero();
    assertThat(s.errors()).isEqualTo(3);
  }

  @Test
  @DisplayName("a bad record mid-batch becomes an ERROR row naming the record and the field, and the batch goes on")
  void badRecordMidBatch() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "mixed-facts.json");
    BatchRow bad = c.rows.get(2);
    assertThat(bad.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(bad.report().errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("P-003");
      assertThat(e.field()).isEqualTo("site_area_m2");
    });
    assertThat(c.rows.get(5).report().errors()).singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("parcel_id"));
    assertThat(c.rows.get(6).verdict()).isNotEqualTo(Verdict.ERROR);
  }

  @Test
  @DisplayName("checking on many threads gives the same rows as checking on one")
  void parallelEqualsSequential() throws IOException {
    List<Parcel> parcels = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      parcels.add(Parcel.builder("G-" + i).landUse(LandUse.INDUSTRIAL).singleUse(true).siteAreaM2(1000 + i)
          .floorAreaM2("生产", 1500 + 3 * i).floorAreaM2("宿舍", i % 7 == 0 ? 600 : 50).parkId("PARK-" + (i % 5))
          .build());
    }
    List<String> sequential = reports(CHECKER.threads(1), parcels);
    List<String> parallel = reports(CHECKER.threads(4), parcels);
    assertThat(parallel).hasSize(400).isEqualTo(sequential);
  }

  private static List<String> reports(BatchChecker checker, List<Parcel> parcels) throws IOException {
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.ofParcels(parcels, "generated")) {
      checker.run(input, c);
    }
    return c.rows.stream().map(r -> r.index() + " " + r.report().toJson()).toList();
  }

  @Test
  @DisplayName("the park scorecard has each park's parcels, compliant share, and exact mean and median plot ratio")
  void scorecard() throws IOException {
    // PARK-A: P-001 22,000 / 10,000 = 2.2 compliant, P-002 16,000 / 10,000 = 1.6 failing the plot-ratio minimum and
    // the amenity share, P-007 13,500 / 6,000 = 2.25 compliant.
    ParkScore a = park(Fixtures.check(CHECKER, "mixed-facts.json").summary, "PARK-A");
    assertThat(a.parcels()).isEqualTo(3);
    assertThat(a.checked()).isEqualTo(3);
    assertThat(a.compliantShare().orElseThrow()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(a.medianPlotRatio()).hasValue(2.2);
    assertThat(a.meanPlotRatio().orElseThrow()).isCloseTo((2.2 + 1.6 + 2.25) / 3, within(1e-12));
    // one failure each, the tie in rule-id order
    assertThat(a.worstRules()).containsExactly(new ParkScore.RuleCount(Rules.MIXED_USE_AMENITY, 1),
        new ParkScore.RuleCount(Rules.PLOT_RATIO_MINIMUM, 1));
  }

  private static ParkScore park(BatchSummary summary, String parkId) {
    return summary.scorecard().stream().filter(p -> p.parkId().equals(Optional.of(parkId))).findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("a record in error is counted in the scorecard line of the park it names, not under no park")
  void errorRowCountedInItsPark() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "mixed-facts.json");
    BatchRow bad = c.rows.get(2);
    // PARK-B: P-003 (site area -5) and P-005 (use code 'spaceship hangar') in error, P-004 judged non-compliant
    ParkScore b = park(c.summary, "PARK-B");

    assertThat(bad.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(bad.facts()).isEmpty();
    assertThat(bad.parkId()).contains("PARK-B");
    assertThat(b.parcels()).isEqualTo(3);
    assertThat(b.errors()).isEqualTo(2);
    assertThat(b.checked()).isEqualTo(1);
    assertThat(b.nonCompliant()).isEqualTo(1);
    assertThat(c.summary.scorecard()).filteredOn(p -> p.parkId().isEmpty()).singleElement()
        .satisfies(p -> assertThat(p.parcels()).isEqualTo(1));
  }

  @Test
  @DisplayName("the median of an even number of plot ratios is the mean of the middle two")
  void evenMedian() throws IOException {
    List<Parcel> parcels = new ArrayList<>();
    double[] floor = {2000, 4000, 3000, 9000};
    for (int i = 0; i < floor.length; i++) {
      parcels.add(Parcel.builder("E-" + i).landUse(LandUse.INDUSTRIAL).siteAreaM2(1000).floorAreaM2("生产", floor[i])
          .parkId("E").build());
    }
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.ofParcels(parcels, "even")) {
      CHECKER.run(input, c);
    }
    assertThat(c.summary.scorecard().get(0).medianPlotRatio().orElseThrow()).isEqualTo(3.5);
  }

  @Test
  @DisplayName("a park's living-amenity share is its total amenity floor area over its total above-ground floor area")
  void amenityShare() throws IOException {
    ParkScore a = park(Fixtures.check(CHECKER, "mixed-facts.json").summary, "PARK-A");
    // 宿舍 of P-001, P-002, P-007: 1,000 + 4,000 + 500 = 5,500 m² of 22,000 + 16,000 + 13,500 = 51,500 m²
    assertThat(a.amenityShare().orElseThrow()).isCloseTo(5_500.0 / 51_500, within(1e-12));
  }

  @Test
  @DisplayName("green space is balanced over the batch after the per-parcel pass")
  void greenSpace() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "mixed-facts.json");
    // PARK-A: P-002 cuts 500 and adds 100, P-007 adds 300: 100 m² short, and no other park of 浦东新区 has a surplus.
    assertThat(Fixtures.greenSpace(c.summary)).hasValueSatisfying(g -> {
      assertThat(g.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(g.shortfalls()).singleElement().satisfies(f -> {
        assertThat(f.parcelId()).isEqualTo("P-002");
        assertThat(f.shortM2()).isCloseTo(100, within(1e-9));
      });
    });
    assertThat(c.summary.failedBatchResults()).containsExactly(Fixtures.greenSpace(c.summary).orElseThrow());
  }

  @Test
  @DisplayName("the batch info names the pack, the inputs and the date")
  void info() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "compliant-facts.json");
    assertThat(c.info.pack().id()).isEqualTo("shanghai-2021");
    assertThat(c.info.inputs()).containsExactly("compliant-facts.json (facts JSON)");
    assertThat(c.info.date()).hasValue(LocalDate.of(2024, 6, 1));
  }

  @Test
  @DisplayName("Chinese field names and values are read like the English ones")
  void chineseAliases() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "compliant-facts.json");
    Report r = c.rows.get(1).report();
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(c.rows.get(1).facts().orElseThrow().landUse()).contains(LandUse.GENERAL_RD);
    assertThat(r.plotRatio().orElseThrow()).isEqualTo(16000.0 / 5000);
  }

  @Test
  @DisplayName("a facts file's project category, recognition level and tenure may be given in Chinese")
  void chineseEnumValues() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "chinese-values-facts.json");
    Parcel qualified = c.rows.get(0).facts().orElseThrow();
    Parcel ordinary = c.rows.get(1).facts().orElseThrow();

    assertThat(qualified.projectCategory()).isEqualTo(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE);
    assertThat(qualified.recognitionLevel()).contains(RecognitionLevel.MUNICIPAL);
    assertThat(qualified.tenure()).contains(LandTenure.EXISTING);
    assertThat(ordinary.projectCategory()).isEqualTo(ProjectCategory.NONE);
    assertThat(ordinary.tenure()).contains(LandTenure.NEW);
  }

  @Test
  @DisplayName("a value the parcel model refuses in a facts file is named by the file's field")
  void refusedValueByFileField() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "refused-facts.json");

    assertThat(c.rows).singleElement().satisfies(row -> {
      assertThat(row.report().verdict()).isEqualTo(Verdict.ERROR);
      assertThat(row.report().errors()).singleElement()
          .satisfies(e -> assertThat(e.field()).isEqualTo("lease_term_years"));
    });
  }

  @Test
  @DisplayName("parcels given as builders: one whose facts are refused is an ERROR row naming the field, the rest are checked")
  void buildersWithABadOne() throws IOException {
    List<Parcel.Builder> rows = List.of(
        Parcel.builder("DB-001").landUse(LandUse.INDUSTRIAL).siteAreaM2(10_000).floorAreaM2("生产", 25_000),
        Parcel.builder("DB-002").landUse(LandUse.INDUSTRIAL).siteAreaM2(-10).floorAreaM2("生产", 25_000),
        Parcel.builder("DB-003").landUse(LandUse.INDUSTRIAL).siteAreaM2(10_000).floorAreaM2("生产", 15_000));
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.ofBuilders(rows, "db")) {
      CHECKER.run(input, c);
    }

    assertThat(c.rows).extracting(BatchRow::locator).containsExactly("db#1", "db#2", "db#3");
    assertThat(c.rows.get(1).report().errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("DB-002");
      assertThat(e.field()).isEqualTo("siteAreaM2");
    });
    assertThat(c.rows.get(2).report().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("a declared 计容建筑面积 sets the plot ratio while the shares stay shares of the floor areas by use")
  void plotRatioFloorArea() throws IOException {
    Fixtures.Collecting c = Fixtures.check(CHECKER, "tall-storey-facts.json");
    Report r = c.rows.get(0).report();
    assertThat(r.plotRatio().orElseThrow()).isEqualTo(24000.0 / 10000);
    assertThat(r.floorAreas().orElseThrow().amenityShare().orElseThrow()).isEqualTo(2700.0 / (16000 + 2700));
  }
}
