package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.input.JsonStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;

/**
 * The writer of result layers, read back with landcheck's own geometry readers ({@link GpBlob}, {@link
 * GeoJsonGeometry}) and with GDAL's ogrinfo: two layers, a feature without geometry, the three column types, a
 * geometry tagged with another system projected to the file's.
 */
@DisplayName("result layers as GDAL and landcheck read them")
class ResultLayersWriterTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final List<ResultLayers.Layer> LAYERS = List.of(
      new ResultLayers.Layer("results", List.of(new ResultLayers.Column("parcel_id", ResultLayers.Type.TEXT),
          new ResultLayers.Column("plot_ratio", ResultLayers.Type.REAL),
          new ResultLayers.Column("record_index", ResultLayers.Type.INTEGER))),
      new ResultLayers.Layer("extras", List.of(new ResultLayers.Column("parcel_id", ResultLayers.Type.TEXT))));

  @TempDir Path dir;

  private static Geometry square(double x, double y, double side) {
    return GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
        new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
  }

  private static void fill(ResultLayers out) throws IOException {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("parcel_id", "A");
    a.put("plot_ratio", 2.1);
    a.put("record_index", 0L);
    out.add("results", Optional.of(square(623_000, 3_442_000, 100)), a);
    out.add("results", Optional.empty(), Map.of("parcel_id", "B", "record_index", 1L));
    out.add("extras", Optional.of(square(623_010, 3_442_010, 10)), Map.of("parcel_id", "A"));
  }

  @Test
  @DisplayName("a GeoPackage reads back: both layers, the feature without geometry null, values as written")
  void geoPackageReadsBack() throws Exception {
    Path file = dir.resolve("r.gpkg");
    try (ResultLayers out = ResultLayers.create(file, ResultLayers.Format.GEOPACKAGE, Optional.of("EPSG:4549"),
        LAYERS)) {
      fill(out);
    }

    List<Optional<Geometry>> geometries = new ArrayList<>();
    List<Object> ratios = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT geom, plot_ratio FROM results ORDER BY fid")) {
      while (r.next()) {
        byte[] blob = r.getBytes(1);
        geometries.add(blob == null ? Optional.empty()
            : GpBlob.decode(blob, new WKBReader(GpBlob.FACTORY), ReadLimits.defaults()));
        ratios.add(r.getObject(2));
      }
    }
    assertThat(geometries).hasSize(2);
    assertThat(geometries.get(0)).hasValueSatisfying(g -> assertThat(g.getArea()).isEqualTo(10_000.0));
    assertThat(geometries.get(1)).isEmpty();
    assertThat(ratios).containsExactly(2.1, null);
  }

  @Test
  @DisplayName("GDAL reads the GeoPackage's layers, counts and field types, and its system")
  void gdalReadsTheGeoPackage() throws Exception {
    Gdal.assumeProgram("ogrinfo");
    Path file = dir.resolve("r.gpkg");
    try (ResultLayers out = ResultLayers.create(file, ResultLayers.Format.GEOPACKAGE, Optional.of("EPSG:4549"),
        LAYERS)) {
      fill(out);
    }

    String info = ogrinfo(file);

    assertThat(info).contains("Layer name: results").contains("Layer name: extras").contains("Feature Count: 2")
        .contains("Feature Count: 1").contains("parcel_id: String").contains("plot_ratio: Real")
        .contains("record_index: Integer").contains("ID[\"EPSG\",4549]]");
  }

  @Test
  @DisplayName("GeoJSON reads back: the second layer beside the first, null geometry, every column on every feature")
  void geoJsonReadsBack() throws Exception {
    Path file = dir.resolve("r.geojson");
    try (ResultLayers out = ResultLayers.create(file, ResultLayers.Format.GEOJSON, Optional.of("EPSG:4549"),
        LAYERS)) {
      fill(out);
      assertThat(out.files()).containsExactly(file, dir.resolve("r.extras.geojson"));
    }

    ObjectMapper json = new ObjectMapper();
    JsonNode features = json.readTree(file.toFile()).get("features");
    assertThat(features).hasSize(2);
    Path geometry = Files.writeString(dir.resolve("geometry.json"), features.get(0).get("geometry").toString());
    try (JsonStream p = new JsonStream(geometry, 100, 10_000)) {
      p.nextToken();
      assertThat(GeoJsonGeometry.read(p, ReadLimits.defaults()).geometry())
          .hasValueSatisfying(g -> assertThat(g.getArea()).isEqualTo(10_000.0));
    }
    assertThat(features.get(1).get("geometry").isNull()).isTrue();
    assertThat(features.get(1).get("properties").has("plot_ratio")).isTrue();
    assertThat(features.get(1).get("properties").get("plot_ratio").isNull()).isTrue();
    assertThat(json.readTree(dir.resolve("r.extras.geojson").toFile()).get("features")).hasSize(1);
  }

  @Test
  @DisplayName("a geometry tagged with another EPSG system is projected to the file's")
  void taggedGeometryIsProjected() throws Exception {
    Path file = dir.resolve("r.geojson");
    Geometry gk = square(500_000, 3_400_000, 100); // on the central meridian of EPSG:4549, 120°E
    gk.setSRID(4549);
    try (ResultLayers out = ResultLayers.create(file, ResultLayers.Format.GEOJSON, Optional.of("EPSG:4490"),
        LAYERS)) {
      out.add("results", Optional.of(gk), Map.of("parcel_id", "A"));
    }

    JsonNode ring = new ObjectMapper().readTree(file.toFile()).get("features").get(0).get("geometry")
        .get("coordinates").get(0);
    assertThat(ring.get(0).get(0).asDouble()).isCloseTo(120.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(ring.get(0).get(1).asDouble()).isBetween(30.0, 31.0);
  }

  @Test
  @DisplayName("a value of the wrong type for its column is refused, naming layer and column")
  void wrongType() throws Exception {
    try (ResultLayers out = ResultLayers.create(dir.resolve("r.gpkg"), ResultLayers.Format.GEOPACKAGE,
        Optional.of("EPSG:4549"), LAYERS)) {
      assertThatThrownBy(() -> out.add("results", Optional.empty(), Map.of("plot_ratio", "2.1")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("results").hasMessageContaining("plot_ratio");
    }
  }

  private static String ogrinfo(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
