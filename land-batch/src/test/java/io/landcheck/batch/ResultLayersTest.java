package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 16, point 5: the verdicts as GIS layers for QGIS. The fixture (layers/src/*.geojson, made into GeoPackages by
 * scripts/make-geo-fixtures) is a park of five 100 m × 100 m parcels (10,000 m² each) in EPSG:4549: R-1 with a building
 * of 60 m × 50 m and seven storeys (21,000 m², plot ratio 2.1), R-2 the same building with four (12,000 m², 1.2: below
 * the floor of 2.0), R-3 without geometry, R-4 a self-intersecting ring, R-5 seven storeys on a footprint 10 m of whose
 * 60 m width lies east of the parcel (500 m² outside, 2,500 m² inside: 17,500 m², 1.75).
 */
@DisplayName("results as GIS layers")
class ResultLayersTest {

  private static final BatchChecker CHECKER = BatchChecker.of(Fixtures.PACK).onDate(LocalDate.of(2024, 6, 1));

  @TempDir Path dir;

  private Path check(String input, ReportFormat format, String name) throws IOException {
    Path out = dir.resolve(name);
    BatchSink writer = format.layerWriter(out, "en");
    try (BatchInput in = BatchInput.open(List.of(Fixtures.resource("layers/" + input)), Fixtures.PACK)) {
      CHECKER.run(in, writer);
    } finally {
      writer.close();
    }
    return out;
  }

  /** Each parcel feature's columns by parcel id, read with sqlite-jdbc. */
  private static Map<String, Map<String, Object>> rows(Path gpkg, String table) throws SQLException {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY fid")) {
      int n = r.getMetaData().getColumnCount();
      int i = 0;
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int k = 1; k <= n; k++) {
          row.put(r.getMetaData().getColumnName(k), r.getObject(k));
        }
        String key = r.getString("parcel_id") + (table.startsWith("building") ? "/" + r.getString("building_id") : "");
        out.put(key == null ? "#" + i : key, row);
        i++;
      }
    }
    return out;
  }

  /** A GeoPackage geometry blob's geometry: the GP header (8 bytes and the envelope its flags announce), then WKB. */
  private static Geometry geometry(Object blob) throws ParseException {
    byte[] b = (byte[]) blob;
    int envelope = switch ((b[3] >> 1) & 7) {
      case 0 -> 0;
      case 1 -> 32;
      case 2, 3 -> 48;
      default -> 64;
    };
    return new WKBReader().read(Arrays.copyOfRange(b, 8 + envelope, b.length));
  }

  private static double areaOf(Object blob) throws ParseException {
    return geometry(blob).getArea();
  }

  @Test
  @DisplayName("every input record is a parcel feature, one without a polygon has a null geometry and its error")
  void everyRecordIsAFeature() throws Exception {
    Path out = check("results-park.gpkg", ReportFormat.GPKG, "verdicts.gpkg");

    Map<String, Map<String, Object>> parcels = rows(out, "parcel_results");

    assertThat(parcels).containsOnlyKeys("R-1", "R-2", "R-3", "R-4", "R-5");
    assertThat(parcels.get("R-3").get("geom")).isNull();
    assertThat(parcels.get("R-3").get("verdict")).isEqualTo("ERROR");
    assertThat((String) parcels.get("R-3").get("errors")).startsWith("geometry: ").contains("is missing");
    assertThat(parcels.get("R-4").get("verdict")).isEqualTo("ERROR");
    assertThat(parcels.get("R-4").get("geom")).as("a polygon that cannot be measured is still drawn").isNotNull();
    assertThat((String) parcels.get("R-4").get("errors")).containsIgnoringCase("self-intersection");
  }

  @Test
  @DisplayName("a parcel feature carries its verdict, failing rules, areas and plot ratio as the report judged them")
  void verdictsAndFigures() throws Exception {
    Map<String, Map<String, Object>> parcels = rows(check("results-park.gpkg", ReportFormat.GPKG, "v.gpkg"),
        "parcel_results");

    Map<String, Object> r1 = parcels.get("R-1");
    Map<String, Object> r2 = parcels.get("R-2");
    assertThat(r1.get("verdict")).isEqualTo("COMPLIANT");
    assertThat((double) r1.get("site_area_m2")).isCloseTo(10_000, within(1e-6));
    assertThat((double) r1.get("plot_ratio")).isCloseTo(2.1, within(1e-9));
    assertThat(r1.get("rule_plot_ratio_minimum")).isEqualTo("COMPLIANT");
    assertThat(r2.get("verdict")).isEqualTo("NON_COMPLIANT");
    assertThat((double) r2.get("plot_ratio")).isCloseTo(1.2, within(1e-9));
    assertThat(r2.get("failing_rules")).isEqualTo("plot-ratio-minimum");
    assertThat(r2.get("rule_plot_ratio_minimum")).isEqualTo("NON_COMPLIANT");
    // 2.0 × 10,000 m² − 12,000 m² = 8,000 m² more floor area counted in the plot ratio
    assertThat((String) r2.get("remedy_options")).isEqualTo("plot-ratio-minimum: ADD_FLOOR_AREA 8000 m2");
    assertThat((String) r2.get("remedies")).startsWith("plot-ratio-minimum: ");
    assertThat(r1.get("errors")).isNull();
  }

  @Test
  @DisplayName("a non-compliant parcel's layer feature carries its remedy plan: R-2 adds 8,000 m², as hand-worked")
  void planColumns() throws Exception {
    Map<String, Object> r2 = rows(check("results-park.gpkg", ReportFormat.GPKG, "v.gpkg"), "parcel_results")
        .get("R-2");

    assertThat(r2.get("plan_status")).isEqualTo("FOUND");
    // plot ratio 1.2 on 10,000 m² under a floor of 2.0: 2.0 × 10,000 − 12,000 = 8,000 m² more, and nothing else
    assertThat((double) r2.get("plan_total_change_m2")).isCloseTo(8_000, within(0.05));
    assertThat(r2.get("plan_lease_term_years")).isNull();
    assertThat((String) r2.get("plan_text")).contains("8,000");
  }

  @Test
  @DisplayName("the buildings layer gives each building's part outside its parcel")
  void buildingsLayer() throws Exception {
    Map<String, Map<String, Object>> buildings = rows(check("results-park.gpkg", ReportFormat.GPKG, "v.gpkg"),
        "building_results");

    assertThat(buildings).containsOnlyKeys("R-1/B1", "R-2/B1", "R-5/B1");
    Map<String, Object> across = buildings.get("R-5/B1");
    assertThat((double) across.get("footprint_m2")).isCloseTo(3_000, within(1e-6));
    assertThat((double) across.get("outside_m2")).isCloseTo(500, within(1e-6));
    assertThat((double) across.get("outside_share")).isCloseTo(500.0 / 3_000, within(1e-9));
    assertThat(across.get("storeys")).isEqualTo(7);
    assertThat(areaOf(across.get("geom"))).isCloseTo(3_000, within(1e-6));
  }

  @Test
  @DisplayName("a projected input's layers are in its own system, coordinates unchanged")
  void projectedInputKeepsItsSystem() throws Exception {
    Path out = check("results-park.gpkg", ReportFormat.GPKG, "v.gpkg");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'parcel_results'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getInt(1)).isEqualTo(4549);
    }
    Geometry r1 = geometry(rows(out, "parcel_results").get("R-1").get("geom"));
    assertThat(r1.getEnvelopeInternal().getMinX()).isEqualTo(623_000.0);
    assertThat(r1.getEnvelopeInternal().getMinY()).isEqualTo(3_442_000.0);
  }

  @Test
  @DisplayName("a lon/lat input's layers are in lon/lat again, within a millimetre of the input's coordinates")
  void geographicInputIsWrittenBackInItsSystem() throws Exception {
    Path out = check("results-park-4490.gpkg", ReportFormat.GPKG, "v.gpkg");
    Path in = Fixtures.resource("layers/results-park-4490.gpkg");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'parcel_results'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getInt(1)).isEqualTo(4490);
    }
    Geometry written = geometry(rows(out, "parcel_results").get("R-1").get("geom"));
    Geometry read = geometry(rows(in, "parcels").get("R-1").get("geom"));
    // 1e-8° is about a millimetre
    assertThat(written.getCoordinates()).hasSameSizeAs(read.getCoordinates());
    for (int i = 0; i < read.getCoordinates().length; i++) {
      assertThat(written.getCoordinates()[i].distance(read.getCoordinates()[i])).isLessThan(1e-8);
    }
  }

  @Test
  @DisplayName("GDAL opens the GeoPackage: five parcel features and three buildings, with the verdict fields")
  void gdalOpensTheGeoPackage() throws Exception {
    Path out = check("results-park.gpkg", ReportFormat.GPKG, "v.gpkg");

    String parcels = Ogr.summary(out, "parcel_results");
    String buildings = Ogr.summary(out, "building_results");

    assertThat(parcels).contains("Feature Count: 5").contains("verdict: String").contains("plot_ratio: Real")
        .contains("failing_rules: String").contains("errors: String").contains("plan_status: String")
        .contains("EPSG\",4549]]");
    assertThat(buildings).contains("Feature Count: 3").contains("outside_m2: Real");
  }

  @Test
  @DisplayName("GDAL opens the GeoJSON pair: parcels in the file, buildings beside it, every field on every feature")
  void gdalOpensTheGeoJson() throws Exception {
    Path out = check("results-park.gpkg", ReportFormat.GEOJSON, "v.geojson");
    Path buildings = dir.resolve("v.building_results.geojson");

    assertThat(Ogr.summary(out)).contains("Feature Count: 5").contains("verdict: String")
        .contains("plot_ratio: Real").contains("plan_total_change_m2");
    assertThat(Ogr.summary(buildings)).contains("Feature Count: 3");
  }

  @Test
  @DisplayName("the GeoJSON parcels read back: the feature without geometry has geometry null and its verdict")
  void geoJsonReadsBack() throws Exception {
    Path out = check("results-park.gpkg", ReportFormat.GEOJSON, "v.geojson");

    JsonNode doc = new ObjectMapper().readTree(out.toFile());
    JsonNode features = doc.get("features");
    assertThat(features).hasSize(5);
    JsonNode r3 = features.get(2);
    assertThat(r3.get("properties").get("parcel_id").asText()).isEqualTo("R-3");
    assertThat(r3.get("properties").get("verdict").asText()).isEqualTo("ERROR");
    assertThat(r3.get("geometry").isNull()).isTrue();
    assertThat(doc.get("crs").get("properties").get("name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::4549");
    assertThat(features.get(0).get("properties").has("plan_status")).isTrue();
  }

  @Test
  @DisplayName("a QGIS style beside the layers colours the parcels by verdict, one category per verdict")
  void qgisStyle() throws Exception {
    check("results-park.gpkg", ReportFormat.GPKG, "v.gpkg");
    Path qml = dir.resolve("v.qml");

    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // QGIS's DOCTYPE
    Document style = xml.newDocumentBuilder().parse(qml.toFile());
    Element renderer = (Element) style.getElementsByTagName("renderer-v2").item(0);
    assertThat(renderer.getAttribute("type")).isEqualTo("categorizedSymbol");
    assertThat(renderer.getAttribute("attr")).isEqualTo("verdict");
    NodeList categories = style.getElementsByTagName("category");
    List<String> values = new java.util.ArrayList<>();
    for (int i = 0; i < categories.getLength(); i++) {
      values.add(((Element) categories.item(i)).getAttribute("value"));
    }
    assertThat(values).contains("COMPLIANT", "NON_COMPLIANT", "INSUFFICIENT_DATA", "NOT_APPLICABLE", "ERROR");
  }

  @Test
  @DisplayName("the GeoPackage keeps the style as its parcels layer's default, which QGIS applies on opening")
  void styleInsideTheGeoPackage() throws Exception {
    Path out = check("results-park.gpkg", ReportFormat.GPKG, "v.gpkg");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT f_table_name, useAsDefault, styleQML FROM layer_styles")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("parcel_results");
      assertThat(r.getInt(2)).isEqualTo(1);
      assertThat(r.getString(3)).contains("attr=\"verdict\"");
      assertThat(r.next()).as("one style").isFalse();
    }
    assertThat(Ogr.summary(out, "parcel_results")).contains("Feature Count: 5");
  }

  @Test
  @DisplayName("an aborted batch's layers end with an INCOMPLETE feature saying why, and no temporary file is left")
  void abortedBatch() throws Exception {
    Path out = dir.resolve("v.gpkg");
    BatchSink writer = ReportFormat.GPKG.layerWriter(out, "en");
    BatchSink failing = BatchSink.both(writer, new BatchSink() {
      @Override
      public void row(BatchRow row) {
        throw new IllegalStateException("a sink's bug");
      }
    });
    try (BatchInput in = BatchInput.open(List.of(Fixtures.resource("layers/results-park.gpkg")), Fixtures.PACK)) {
      assertThatThrownBy(() -> CHECKER.run(in, failing)).isInstanceOf(BatchAbortedException.class);
    } finally {
      writer.close();
    }
    // the aborted batch's layers are kept, as an aborted report is, ending with the feature that says why
    Map<String, Map<String, Object>> parcels = rows(out, "parcel_results");
    assertThat(parcels.values()).last().extracting(r -> r.get("verdict")).isEqualTo("INCOMPLETE");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".landcheck-"));
    }
  }

  @Test
  @DisplayName("the stream writer refuses the layer formats, naming the file writer to use")
  void layerFormatsNeedAFile() {
    assertThatThrownBy(() -> ReportFormat.GPKG.writer(new ByteArrayOutputStream(), "en"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layerWriter");
  }
}
