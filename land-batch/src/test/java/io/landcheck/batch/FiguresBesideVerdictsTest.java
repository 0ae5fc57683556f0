package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A plot ratio of 1.995 below the floor of 2.0 (沪府规〔2021〕9号 五(二): 工业用地容积率可以2.0以上) reads below 2.0 in every
 * place it is shown beside the verdict: the rule message, the measurement explanation, the HTML report and the CSV.
 * Two decimals round 1.995 to 2.00, which is why each place writes it with the decimals it needs.
 */
@DisplayName("Figures beside verdicts in reports")
class FiguresBesideVerdictsTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1));

  private static Polygon rect(double x0, double y0, double x1, double y1) {
    return GF.createPolygon(new Coordinate[] {new Coordinate(500_000 + x0, 3_450_000 + y0),
        new Coordinate(500_000 + x1, 3_450_000 + y0), new Coordinate(500_000 + x1, 3_450_000 + y1),
        new Coordinate(500_000 + x0, 3_450_000 + y1), new Coordinate(500_000 + x0, 3_450_000 + y0)});
  }

  /**
   * A 100 m × 100 m industrial parcel (10,000 m²) with a 57 m × 35 m building (1,995 m²) of 10 storeys of 4 m:
   * 19,950 m² of floor area, a plot ratio of 1.995, which rounded to two decimals is 2.00.
   */
  private static GeoParcel parcel() {
    Parcel facts = Parcel.builder("F-1995").landUse(LandUse.INDUSTRIAL).singleUse(true).parkId("PARK-F")
        .tenure(LandTenure.NEW).lease(LocalDate.of(2023, 1, 1), 20).build();
    List<Storey> storeys = new ArrayList<>();
    for (int level = 1; level <= 10; level++) {
      storeys.add(Storey.above(level, 4, "生产"));
    }
    return GeoParcel.of(facts, rect(0, 0, 100, 100), List.of(Building.of("B1", rect(10, 10, 67, 45), storeys)),
        "test.gpkg:parcels#1");
  }

  private static BatchRow row() throws IOException {
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.ofGeoParcels(List.of(parcel()), "test.gpkg")) {
      CHECKER.run(input, c);
    }
    return c.rows.get(0);
  }

  private static String report(ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchInput input = BatchInput.ofGeoParcels(List.of(parcel()), "test.gpkg")) {
      CHECKER.run(input, format.writer(out, "en"));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Asserts that a figure as written reads below the floor of 2.0. */
  private static void belowTheFloor(String figure, String where) {
    assertThat(new BigDecimal(figure)).as("%s: %s", where, figure).isLessThan(new BigDecimal("2"));
  }

  @Test
  @DisplayName("the parcel's plot ratio is 1.995 exactly, as a double")
  void plotRatio() throws IOException {
    assertThat(row().report().plotRatio()).hasValue(1.995);
  }

  @Test
  @DisplayName("the rule says the plot ratio is below the floor of 2.000, with a figure below 2")
  void ruleMessage() throws IOException {
    RuleResult r = row().report().result(Rules.PLOT_RATIO_MINIMUM).orElseThrow();
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    Matcher m = Pattern.compile("Plot ratio ([0-9.]+) is below the floor of 2\\.000").matcher(r.message().en());
    assertThat(m.find()).as(r.message().en()).isTrue();
    belowTheFloor(m.group(1), "rule message");
  }

  @Test
  @DisplayName("the measurement explanation gives a plot ratio below 2, not 2.00")
  void explanation() throws IOException {
    String explanation = row().measured().orElseThrow().trace().explanation();
    Matcher m = Pattern.compile("^plot ratio \\(容积率\\) ([0-9.]+) = ").matcher(explanation);
    assertThat(m.find()).as(explanation).isTrue();
    belowTheFloor(m.group(1), "explanation");
  }

  @Test
  @DisplayName("the HTML report's parcel table, detail, rule table and trace show a plot ratio below 2, not 2.00")
  void html() throws IOException {
    Document page = Jsoup.parse(report(ReportFormat.HTML));
    // the parcel table: no, parcel id, park, verdict, plot ratio, …
    belowTheFloor(page.select("#parcel-table tbody tr").first().select("td").get(4).text(), "parcel table");
    String areas = page.select(".parcel-detail .areas").text();
    belowTheFloor(areas.substring(areas.lastIndexOf(' ') + 1), "detail");
    belowTheFloor(page.select(".parcel-detail table.rules tr.v-NON_COMPLIANT").first().select("td").get(3).text(),
        "rule table");
    Matcher m = Pattern.compile("plot ratio \\(容积率\\) ([0-9.]+) =")
        .matcher(page.select(".parcel-detail details.trace p").text());
    assertThat(m.find()).isTrue();
    belowTheFloor(m.group(1), "trace");
  }

  @Test
  @DisplayName("the CSV gives the measured plot ratio below 2 beside the limit 2")
  void csv() throws IOException {
    String line = report(ReportFormat.CSV).lines().filter(l -> l.contains(",plot-ratio-minimum,")).findFirst()
        .orElseThrow();
    Matcher m = Pattern.compile(",NON_COMPLIANT,([0-9.]+),2,ratio,").matcher(line);
    assertThat(m.find()).as(line).isTrue();
    belowTheFloor(m.group(1), "CSV");
  }
}
