package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.engine.Checker;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import com.google.common.collect.ImmutableList;
import io.landcheck.engine.Checker;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class WritersTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(DATE);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GeometryFactory GF = new GeometryFactory();

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] facts(ReportFormat format, String lang) throws IOException {
    try (BatchInput input = BatchInput.open(List.of(Fixtures.resource("mixed-facts.json")), PACK)) {
      return Fixtures.write(format, lang, CHECKER, input);
    }
  }

  private static Polygon square(double x, double y, double side) {
    return GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
        new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
  }

  /** Rows with geometry, as a geometric input would give them: three parcels in a row, one in error. */
  private static byte[] geometric(ReportFormat format, String lang) throws IOException {
    Checker checker = Checker.of(PACK).onDate(DATE);
    List<BatchRow> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Parcel facts = Parcel.builder("M-" + i).landUse(LandUse.INDUSTRIAL).singleUse(true).parkId("PARK-M")
          .districtId("宝山区").build();
      double x0 = 500_000 + i * 120;
      GeoParcel geo = GeoParcel.of(facts, square(x0, 3_450_000, 100),
          List.of(Building.of("B1", square(x0 + 10, 3_450_010, 40), List.of(Storey.above(1, 5, "生产")))),
          "park.gpkg:parcels#" + (i + 1));
      Report report;
      if (i == 1) {
        report = Report.error("M-1", PACK.id(), DATE, List.of(RecordError.of(RecordError.Code.INVALID_GEOMETRY, "M-1", "boundary", "Self-intersection at (1 2)")));
      } else {
        report = checker.check(facts.toBuilder().siteAreaM2(10_000).floorAreaM2("生产", 15_000 + i * 10_000)
            .floorAreaM2("宿舍", 900).build());
      }
      rows.add(new BatchRow(i, geo.locator(), report, Optional.empty(), Optional.of(facts), Optional.of(geo)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSink sink = format.writer(out, lang);
    Tally tally = new Tally(List.of());
    sink.begin(new BatchInfo(PACK, List.of("park.gpkg (GeoPackage, EPSG:4549)"), Optional.of(DATE),
        OptionalLong.of(3), List.of()));
    for (BatchRow r : rows) {
      tally.add(r);
      sink.row(r);
    }
    sink.end(tally.summary(List.of(), Duration.ofMillis(5)));
    return out.toByteArray();
  }

  @Test
  @DisplayName("CSV starts with a UTF-8 byte-order mark and keeps Chinese text intact")
  void csvBom() throws IOException {
    byte[] csv = facts(ReportFormat.CSV, "zh");
    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(text(csv)).contains("浦东新区");
  }

  @Test
  @DisplayName("CSV has one row per parcel and rule, one ERROR row per record error naming the field, one PLAN row per "
      + "non-compliant parcel, and one row per parcel left short of green space")
  void csvRows() throws IOException {
    // mixed-facts.json: 4 judged parcels × 8 rules, 3 records with one error each, a PLAN row for each of the 2
    // non-compliant parcels (P-002, P-004), P-002 left 100 m² short of green space: 32 + 3 + 2 + 1 = 38 rows under
    // the header
    List<String> lines = text(facts(ReportFormat.CSV, "en")).lines().toList();
    assertThat(lines).hasSize(39);
    assertThat(lines.get(0)).endsWith(String.join(",", CsvReportWriter.COLUMNS));
    assertThat(lines).filteredOn(l -> l.contains(",ERROR,ERROR,"))
        .anySatisfy(l -> assertThat(l).endsWith(",site_area_m2,,,,,,,INVALID_VALUE"));
  }

  @Test
  @DisplayName("CSV names each error's stable code in error_code (P-003's site area of -5 m² is an INVALID_VALUE, the"
      + " record without an id a MISSING_VALUE); RULE and PLAN rows leave it empty")
  void csvErrorCodes() throws IOException {
    // the cells before message hold no comma here, nor those after it: counted from either end, not across it
    List<String[]> rows = text(facts(ReportFormat.CSV, "en")).lines().skip(1).map(l -> l.split(",", -1)).toList();
    int fromEndToField = CsvReportWriter.COLUMNS.size() - column("field");

    assertThat(rows).filteredOn(r -> r[column("row_type")].equals("ERROR"))
        .extracting(r -> r[r.length - fromEndToField] + " " + r[r.length - 1])
        .contains("site_area_m2 INVALID_VALUE", "parcel_id MISSING_VALUE");
    assertThat(rows).filteredOn(r -> r[column("row_type")].equals("RULE") || r[column("row_type")].equals("PLAN"))
        .isNotEmpty().allSatisfy(r -> assertThat(r[r.length - 1]).isEmpty());
  }

  @Test
  @DisplayName("after the parcels, CSV has a green-space-balance row for each parcel left short, in the same columns")
  void csvGreenSpaceRows() throws IOException {
    GreenSpaceReport green = Fixtures.greenSpace(Fixtures.check(CHECKER, "mixed-facts.json").summary).orElseThrow();
    List<String> lines = text(facts(ReportFormat.CSV, "en")).lines().toList();
    int firstGreen = lines.size() - green.shortfalls().size();

    assertThat(green.shortfalls()).isNotEmpty();
    assertThat(lines.subList(1, firstGreen)).noneMatch(l -> l.contains(",BATCH_RULE,"));
    for (int i = 0; i < green.shortfalls().size(); i++) {
      GreenSpaceReport.Shortfall f = green.shortfalls().get(i);
      String[] cells = lines.get(firstGreen + i).split(",", -1);
      assertThat(cells[column("parcel_id")]).isEqualTo(f.parcelId());
      assertThat(cells[column("park_id")]).isEqualTo(f.parkId().orElse(""));
      assertThat(cells[column("row_type")]).isEqualTo("BATCH_RULE");
      assertThat(cells[column("rule")]).isEqualTo(green.ruleId().value());
      assertThat(cells[column("rule_verdict")]).isEqualTo(Verdict.NON_COMPLIANT.name());
      assertThat(Double.parseDouble(cells[column("measured")])).isCloseTo(f.shortM2(), within(1e-6));
      assertThat(cells[column("unit")]).isEqualTo("m2");
      assertThat(lines.get(firstGreen + i)).contains(f.reason().en());
    }
  }

  @Test
  @DisplayName("CSV of a batch that leaves no parcel short of green space has no green-space-balance row")
  void csvNoGreenSpaceRowWhenMadeUp() throws IOException {
    byte[] csv;
    try (BatchInput input = BatchInput.open(List.of(Fixtures.resource("compliant-facts.json")), PACK)) {
      csv = Fixtures.write(ReportFormat.CSV, "en", CHECKER, input);
    }

    assertThat(text(csv)).doesNotContain("BATCH_RULE");
  }

  private static int column(String name) {
    return CsvReportWriter.COLUMNS.indexOf(name);
  }

  @Test
  @DisplayName("an error row of a record that names its park carries the park in CSV and JSON")
  void errorRowKeepsPark() throws IOException {
    List<String> lines = text(facts(ReportFormat.CSV, "en")).lines().toList();
    int parkColumn = CsvReportWriter.COLUMNS.indexOf("park_id");
    JsonNode bad = MAPPER.readTree(facts(ReportFormat.JSON, "en")).path("parcels").get(2);

    assertThat(parkColumn).isNotNegative();
    assertThat(lines).filteredOn(l -> l.endsWith(",site_area_m2,,,,,,,INVALID_VALUE")).singleElement()
        .satisfies(l -> assertThat(l.split(",", -1)[parkColumn]).isEqualTo("PARK-B"));
    assertThat(bad.path("verdict").asText()).isEqualTo("ERROR");
    assertThat(bad.path("parkId").asText()).isEqualTo("PARK-B");
  }

  @Test
  @DisplayName("CSV quotes cells with commas, quotes or line breaks and doubles the quotes")
  void csvQuoting() {
    assertThat(CsvReportWriter.quote("plain")).isEqualTo("plain");
    assertThat(CsvReportWriter.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvReportWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReportWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  @DisplayName("a CSV text cell beginning with =, +, -, @, a tab or a carriage return gets a single quote in front")
  void csvNeutralisesFormulas() {
    for (String cell : List.of("=1+2", "+86 21", "-x", "@SUM(A1)", "\tcmd", "\rcmd")) {
      assertThat(CsvReportWriter.neutralise(cell)).as(cell).isEqualTo("'" + cell);
    }
  }

  @Test
  @DisplayName("a CSV text cell that does not begin like a formula is written as it is")
  void csvLeavesOtherText() {
    for (String cell : List.of("", "P-001", "宗地=1", "a-b", " =1")) {
      assertThat(CsvReportWriter.neutralise(cell)).as(cell).isEqualTo(cell);
    }
  }

  @Test
  @DisplayName("in a CSV line, a negative number keeps its sign while the same characters as text are neutralised")
  void csvNumbersKeepTheirSign() {
    String[] cells = new String[CsvReportWriter.COLUMNS.size()];
    java.util.Arrays.fill(cells, "-1.5");

    String[] written = CsvReportWriter.line(cells).strip().split(",", -1);

    for (int i = 0; i < written.length; i++) {
      String column = CsvReportWriter.COLUMNS.get(i);
      assertThat(written[i]).as(column).isEqualTo(List.of("index", "measured", "limit", "plan_principal_industrial_m2",
          "plan_other_industrial_m2", "plan_living_amenity_m2", "plan_lease_term_years").contains(column)
          ? "-1.5" : "'-1.5");
    }
  }

  @Test
  @DisplayName("a parcel id =1+2 reaches the CSV report as '=1+2, not as a formula")
  void csvParcelIdFormula() throws IOException {
    Parcel parcel = Parcel.builder("=1+2").landUse(LandUse.INDUSTRIAL).singleUse(true).siteAreaM2(10_000)
        .floorAreaM2("生产", 20_000).build();
    byte[] csv;
    try (BatchInput input = BatchInput.ofParcels(List.of(parcel), "formula")) {
      csv = Fixtures.write(ReportFormat.CSV, "en", CHECKER, input);
    }

    List<String> rows = text(csv).lines().skip(1).toList();

    assertThat(rows).isNotEmpty().allSatisfy(l -> assertThat(l.split(",", -1)[column("parcel_id")]).isEqualTo("'=1+2"));
  }

  /** The issue's counter-example and a parcel with a cap below its floor, through the batch writers. */
  private static byte[] planned(ReportFormat format, String lang) throws IOException {
    Parcel counter = Parcel.builder("CE-1").landUse(LandUse.INDUSTRIAL).singleUse(true).siteAreaM2(10_000)
        .floorAreaM2("生产", 16_900).floorAreaM2("宿舍", 3_800).tenure(io.landcheck.model.LandTenure.NEW)
        .lease(DATE, 20).build();
    Parcel capped = counter.toBuilder().clearFloorAreas().floorAreaM2("生产", 20_000).approvedPlotRatioCap(1.8)
        .build();
    Parcel renamed = Parcel.builder("CAP-1").build();
    capped = new Parcel(renamed.id(), capped.landUse(), capped.singleUse(), capped.projectCategory(),
        capped.recognitionLevel(), capped.lease(), capped.tenure(), capped.siteAreaM2(), capped.aboveGroundFloorAreaM2(),
        capped.plotRatioFloorAreaM2(), capped.undergroundFloorAreaM2(), capped.approvedPlotRatioCap(),
        capped.intensification(), capped.split(), capped.greenSpace(), capped.rooftopGreenAreaM2(), capped.districtId(),
        capped.parkId(), capped.applicationDate());
    try (BatchInput input = BatchInput.ofParcels(List.of(counter, capped), "planned")) {
      return Fixtures.write(format, lang, CHECKER, input);
    }
  }

  @Test
  @DisplayName("CSV has a PLAN row per non-compliant parcel: signed m² by use class, or the rules that stop a plan")
  void csvPlanRows() throws IOException {
    List<String[]> plans = text(planned(ReportFormat.CSV, "en")).lines().map(l -> l.split(",", -1))
        .filter(cells -> cells.length > column("row_type") && cells[column("row_type")].equals("PLAN")).toList();
    assertThat(plans).hasSize(2);
    String[] counter = plans.get(0);
    assertThat(counter[column("parcel_id")]).isEqualTo("CE-1");
    assertThat(counter[column("plan_status")]).isEqualTo("FOUND");
    assertThat(counter[column("plan_principal_industrial_m2")]).isEqualTo("100");
    assertThat(counter[column("plan_other_industrial_m2")]).isEmpty();
    assertThat(counter[column("plan_living_amenity_m2")]).isEqualTo("-800");
    assertThat(counter[column("plan_lease_term_years")]).isEmpty();
    assertThat(counter[column("message")])
        .isEqualTo("Cut 800.0 m² of living amenities and add 100.0 m² of principal industrial floor area.");
    String[] capped = plans.get(1);
    assertThat(capped[column("plan_status")]).isEqualTo("NONE_EXISTS");
    assertThat(capped[column("plan_rules")])
        .isEqualTo("plot-ratio-minimum CONFLICTING; plot-ratio-cap CONFLICTING");
  }

  private static JsonNode json() throws IOException {
    return MAPPER.readTree(facts(ReportFormat.JSON, "zh"));
  }

  private static Document html() throws IOException {
    return Jsoup.parse(text(facts(ReportFormat.HTML, "en")));
  }

  @Test
  @DisplayName("JSON parses and says it is a landcheck batch report")
  void jsonKind() throws IOException {
    assertThat(json().path("kind").asText()).isEqualTo("landcheck-batch");
  }

  @Test
  @DisplayName("JSON holds every parcel of the batch")
  void jsonParcels() throws IOException {
    assertThat(json().path("parcels")).hasSize(7);
  }

  @Test
  @DisplayName("each JSON parcel has the report schema fields, and its results cite their clause")
  void jsonSchemaFields() throws IOException {
    JsonNode first = json().path("parcels").get(0);
    for (String field : List.of("index", "locator", "schemaVersion", "parcelId", "pack", "checkDate", "verdict",
        "results", "errors", "warnings")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.path("results").get(0).has("citation")).isTrue();
  }

  @Test
  @DisplayName("the JSON summary's verdict counts add up to the records read")
  void jsonSummaryAddsUp() throws IOException {
    JsonNode s = json().path("summary");
    assertThat(s.path("read").asLong()).isEqualTo(s.path("compliant").asLong() + s.path("nonCompliant").asLong()
        + s.path("notApplicable").asLong() + s.path("insufficientData").asLong() + s.path("errors").asLong());
  }

  @Test
  @DisplayName("the JSON scorecard has a row for each park the parcels name")
  void jsonScorecard() throws IOException {
    assertThat(json().path("scorecard").findValuesAsText("parkId")).contains("PARK-A", "PARK-B");
  }

  @Test
  @DisplayName("the JSON carries the green-space verdict of the batch, non-compliant for this one")
  void jsonGreenSpace() throws IOException {
    assertThat(json().path("greenSpace").path("verdict").asText()).isEqualTo("NON_COMPLIANT");
  }

  @Test
  @DisplayName("the HTML summary counts the records in error")
  void htmlSummary() throws IOException {
    assertThat(html().select("section#summary .card[data-verdict=ERROR] .n").text()).isEqualTo("3");
  }

  @Test
  @DisplayName("the HTML park scorecard has a row per park, and one for parcels that name no park")
  void htmlScorecard() throws IOException {
    assertThat(html().select("#scorecard-table tbody tr")).hasSize(3); // PARK-A, PARK-B, no park
  }

  @Test
  @DisplayName("the HTML parcel table has a row per parcel, each linking to its detail")
  void htmlRowsLinkToDetail() throws IOException {
    Document doc = html();
    assertThat(doc.select("#parcel-table tbody tr")).hasSize(7);
    for (Element link : doc.select("#parcel-table tbody a[href^=#p-]")) {
      Element detail = doc.getElementById(link.attr("href").substring(1));
      assertThat(detail).isNotNull();
      assertThat(detail.hasClass("parcel-detail")).isTrue();
    }
    assertThat(doc.select("#parcel-table tbody a[href^=#p-]")).hasSize(7);
  }

  @Test
  @DisplayName("the HTML report loads no external scripts or stylesheets")
  void htmlSelfContained() throws IOException {
    assertThat(html().select("script[src], link[rel=stylesheet]")).isEmpty();
  }

  @Test
  @DisplayName("HTML detail lists each rule with its clause and remedy")
  void htmlDetail() throws IOException {
    Document doc = Jsoup.parse(text(facts(ReportFormat.HTML, "zh")));
    Element p2 = doc.getElementById("p-1");
    assertThat(p2.select("table.rules tbody tr")).hasSize(PACK.rules().size());
    assertThat(p2.text()).contains("沪府规〔2021〕9号 五(二)").contains("整改建议");
    // P-002: 12,000 m² 生产 + 4,000 m² 宿舍 on 10,000 m². Plot ratio 1.6: 20,000 - 16,000 = 4,000 m² more for 2.0.
    // Amenity 25 %: x less, (4,000 - x) / (16,000 - x) = 0.15, x = 1,600 / 0.85 = 1,882.35, up to 1,882.4; or y more
    // principal, 4,000 / (16,000 + y) = 0.15, y = 10,666.67, up to 10,666.7.
    // Alone: 4,000 m² more leaves the amenity share at 4,000 / 20,000 = 20 % (no); 1,882.4 m² less amenity leaves the
    // plot ratio at 14,117.6 / 10,000 = 1.41 (no); 10,666.7 m² more principal gives 2.67 and 15.0 % (yes).
    assertThat(p2.select("tr.v-NON_COMPLIANT td:last-child").eachText()).containsExactly(
        "增加地上计容建筑面积至少 4,000.0 m²（地下面积不计入容积率）。 单独采取后整体合规：否",
        "减少生活配套设施建筑面积 1,882.4 m²，或增加主导产业建筑面积 10,666.7 m²。 单独采取后整体合规：否、是");
  }

  @Test
  @DisplayName("HTML gives a non-compliant parcel its 'to comply' line, in Chinese and in English, and marks options")
  void htmlToComply() throws IOException {
    Document en = Jsoup.parse(text(planned(ReportFormat.HTML, "en")));
    assertThat(en.select("#parcel-table thead th").last().text()).isEqualTo("To comply");
    assertThat(en.select("#parcel-table tbody tr").get(0).select("td.plan").text())
        .isEqualTo("Cut 800.0 m² of living amenities and add 100.0 m² of principal industrial floor area.");
    assertThat(en.select("#p-0 p.plan").text()).isEqualTo(
        "To comply: Cut 800.0 m² of living amenities and add 100.0 m² of principal industrial floor area.");
    assertThat(en.select("#p-0 .alone").text()).isEqualTo("Alone, leaves the parcel compliant: no, yes");
    assertThat(en.select("#p-1 p.plan").text()).isEqualTo("To comply: No change to floor areas or lease term meets"
        + " plot-ratio-minimum and plot-ratio-cap at once.");
    Document zh = Jsoup.parse(text(planned(ReportFormat.HTML, "zh")));
    assertThat(zh.select("#p-0 p.plan").text())
        .isEqualTo("合规所需：减少生活配套设施建筑面积 800.0 m²，增加主导产业建筑面积 100.0 m²。");
    assertThat(zh.select("#p-0 .alone").text()).isEqualTo("单独采取后整体合规：否、是");
  }

  @Test
  @DisplayName("HTML map has one path per parcel with geometry, coloured by verdict and linking to its detail")
  void htmlMap() throws IOException {
    Document doc = Jsoup.parse(text(geometric(ReportFormat.HTML, "zh")));
    assertThat(doc.select("svg.parcel-map path.parcel")).hasSize(3);
    assertThat(doc.select("svg.parcel-map path.building")).hasSize(3);
    assertThat(doc.select("svg.parcel-map path.parcel.v-ERROR")).hasSize(1);
    assertThat(doc.select("svg.parcel-map a[href=#p-0] path.parcel")).hasSize(1);
    // drawn from the map's corner: the three parcels span 340 × 100 m, with a margin of 2 % of the larger side plus
    // 1 m, 340 × 0.02 + 1 = 7.8 m, on each side
    assertThat(doc.select("svg.parcel-map").attr("viewBox")).isEqualTo("-7.8 -7.8 355.6 115.6");
  }

  @Test
  @DisplayName("HTML without geometry says there is no map")
  void htmlNoGeometry() throws IOException {
    Document doc = Jsoup.parse(text(facts(ReportFormat.HTML, "en")));
    assertThat(doc.select("svg.parcel-map")).isEmpty();
    assertThat(doc.select("section#map").text()).contains("no geometry");
  }

  @Test
  @DisplayName("a big HTML report details every early record, then only those with a problem, and says so")
  void htmlDetailCap() throws IOException {
    List<Parcel> parcels = new ArrayList<>();
    int n = HtmlReportWriter.DETAIL_ALL_LIMIT + 200;
    for (int i = 0; i < n; i++) {
      // Every tenth parcel has a plot ratio of 1.5, below the floor of 2.0.
      parcels.add(Parcel.builder("H-" + i).landUse(LandUse.INDUSTRIAL).singleUse(true).siteAreaM2(1000)
          .floorAreaM2("生产", i % 10 == 0 ? 1500 : 2500).tenure(io.landcheck.model.LandTenure.NEW)
          .lease(LocalDate.of(2023, 1, 1), 20).build());
    }
    byte[] html;
    try (BatchInput input = BatchInput.ofParcels(parcels, "big")) {
      html = Fixtures.write(ReportFormat.HTML, "en", CHECKER, input);
    }
    Document doc = Jsoup.parse(text(html));
    assertThat(doc.select("#parcel-table tbody tr")).hasSize(n);
    assertThat(doc.select("section.parcel-detail")).hasSize(HtmlReportWriter.DETAIL_ALL_LIMIT + 20);
    assertThat(doc.getElementById("p-" + (n - 1))).isNull();
    assertThat(doc.getElementById("p-" + (n - 10))).isNotNull();
    assertThat(doc.select("section#details .cap").text()).contains("Details are given for");
  }

  @Test
  @DisplayName("HTML is in the language asked for")
  void htmlLanguage() throws IOException {
    assertThat(Jsoup.parse(text(facts(ReportFormat.HTML, "zh"))).select("h1").text()).isEqualTo("产业用地批量审查报告");
    assertThat(Jsoup.parse(text(facts(ReportFormat.HTML, "en"))).select("h1").text())
        .isEqualTo("Industrial land batch check report");
  }
}
