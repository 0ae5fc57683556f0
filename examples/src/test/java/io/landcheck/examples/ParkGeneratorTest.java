package io.landcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class ParkGeneratorTest {

  private static final int CITY = 1500;

  private static List<GeoParcel> city(long seed) {
    return ParkGenerator.of(seed, CITY).parcels().collect(Collectors.toList());
  }

  private static List<Storey> storeys(List<GeoParcel> parcels) {
    List<Storey> out = new ArrayList<>();
    for (GeoParcel p : parcels) {
      for (Building b : p.buildings()) {
        out.addAll(b.storeys());
      }
    }
    return out;
  }

  @Test
  @DisplayName("the same seed gives the same parcels, whatever order they are asked for in")
  void sameSeedSameParcels() {
    ParkGenerator again = ParkGenerator.of(7, CITY);
    List<GeoParcel> first = city(7);
    assertThat(again.parcel(CITY - 1)).isEqualTo(first.get(CITY - 1));
    assertThat(again.parcels().collect(Collectors.toList())).isEqualTo(first);
  }

  @Test
  @DisplayName("another seed gives other parcels")
  void otherSeedOtherParcels() {
    assertThat(city(8).get(0).boundary()).isNotEqualTo(city(7).get(0).boundary());
  }

  @Test
  @DisplayName("the same seed writes byte-identical GeoJSON and GeoPackage content")
  void sameSeedSameFiles(@TempDir Path dir) throws Exception {
    ParkGenerator g = ParkGenerator.samplePark(11);
    ParkFiles.writeGeoJson(g, dir.resolve("a"));
    ParkFiles.writeGeoJson(ParkGenerator.samplePark(11), dir.resolve("b"));
    for (String layer : new String[] {"parcels", "buildings", "storeys"}) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(layer + ".geojson")))
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(layer + ".geojson")));
    }
    ParkFiles.writeGeoPackage(g, dir.resolve("a.gpkg"));
    ParkFiles.writeGeoPackage(ParkGenerator.samplePark(11), dir.resolve("b.gpkg"));
    assertThat(dump(dir.resolve("b.gpkg"))).isEqualTo(dump(dir.resolve("a.gpkg")));
  }

  @Test
  @DisplayName("parcel boundaries have 8 to 200 vertices, with both ends of the range used")
  void vertexCounts() {
    List<Integer> counts = city(3).stream()
        .map(p -> ((Polygon) p.boundary()).getExteriorRing().getNumPoints() - 1).collect(Collectors.toList());
    assertThat(counts).allSatisfy(n -> assertThat(n).isBetween(8, 200));
    assertThat(counts.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(10);
    assertThat(counts.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThanOrEqualTo(150);
  }

  @Test
  @DisplayName("every parcel has 1 to 6 buildings of 1 to 20 storeys, at least one above ground")
  void buildingAndStoreyCounts() {
    for (GeoParcel p : city(3)) {
      assertThat(p.buildings()).hasSizeBetween(1, 6);
      for (Building b : p.buildings()) {
        assertThat(b.storeys()).hasSizeBetween(1, 20);
        assertThat(b.storeys()).anySatisfy(s -> assertThat(s.isAboveGround()).isTrue());
      }
    }
  }

  @Test
  @DisplayName("storey heights fall below, exactly at and above the pack's 2.2 m and 8 m thresholds")
  void mixOfHeights() {
    List<Double> heights = storeys(city(3)).stream().map(Storey::storeyHeightM).collect(Collectors.toList());
    assertThat(heights).anySatisfy(h -> assertThat(h).isLessThan(2.2));
    assertThat(heights).contains(2.2, 8.0);
    assertThat(heights).anySatisfy(h -> assertThat(h).isGreaterThan(8.0));
  }

  @Test
  @DisplayName("all seven uses appear, and some storeys are underground or have a footprint of their own")
  void mixOfUsesAndStoreys() {
    List<Storey> storeys = storeys(city(3));
    assertThat(storeys.stream().map(Storey::useCode).distinct())
        .containsExactlyInAnyOrder("生产", "研发", "办公", "仓储", "宿舍", "餐饮", "零售");
    assertThat(storeys).anySatisfy(s -> assertThat(s.level()).isNegative());
    assertThat(storeys).anySatisfy(s -> assertThat(s.footprint()).isPresent());
  }

  @Test
  @DisplayName("some buildings cross their parcel's boundary; the others lie inside it")
  void crossingBuildings() {
    int crossing = 0;
    int inside = 0;
    for (GeoParcel p : city(5)) {
      for (Building b : p.buildings()) {
        if (p.boundary().covers(b.footprint())) {
          inside++;
        } else {
          assertThat(b.footprint().intersects(p.boundary())).isTrue();
          crossing++;
        }
      }
    }
    assertThat(crossing).isPositive();
    assertThat(inside).isGreaterThan(crossing * 5);
  }

  @Test
  @DisplayName("boundaries are valid polygons that do not overlap one another, and buildings do not overlap")
  void validAndDisjoint() {
    List<GeoParcel> parcels = city(5);
    for (int i = 0; i < parcels.size(); i++) {
      GeoParcel p = parcels.get(i);
      assertThat(p.boundary().isValid()).as(p.id()).isTrue();
      if (i + 1 < parcels.size()) {
        assertThat(p.boundary().intersects(parcels.get(i + 1).boundary())).isFalse();
      }
      List<Building> bs = p.buildings();
      for (int a = 0; a < bs.size(); a++) {
        for (int b = a + 1; b < bs.size(); b++) {
          assertThat(bs.get(a).footprint().intersects(bs.get(b).footprint())).as(p.id()).isFalse();
        }
      }
    }
  }

  @Test
  @DisplayName("coordinates lie in EPSG:4549's zone (118.5°E to 121.5°E) around Shanghai")
  void coordinatesAroundShanghai() {
    CoordinateTransform toLonLat = new CoordinateTransformFactory().createTransform(
        new CRSFactory().createFromName("EPSG:4549"), new CRSFactory().createFromName("EPSG:4490"));
    Envelope extent = new Envelope();
    city(1).forEach(p -> extent.expandToInclude(p.boundary().getEnvelopeInternal()));
    for (double[] corner : new double[][] {
        {extent.getMinX(), extent.getMinY()}, {extent.getMaxX(), extent.getMaxY()}}) {
      ProjCoordinate lonLat = toLonLat.transform(new ProjCoordinate(corner[0], corner[1]), new ProjCoordinate());
      assertThat(lonLat.x).isBetween(120.8, 121.5);
      assertThat(lonLat.y).isBetween(30.7, 31.9);
    }
  }

  @Test
  @DisplayName("the sample park has 60 parcels in several parks and districts, with every scenario")
  void samplePark() {
    ParkGenerator g = ParkGenerator.samplePark(1);
    List<GeoParcel> parcels = g.parcels().collect(Collectors.toList());
    assertThat(parcels).hasSize(60);
    assertThat(parcels.stream().map(p -> p.facts().parkId().orElseThrow()).distinct().count()).isGreaterThan(2);
    assertThat(parcels.stream().map(p -> p.facts().districtId().orElseThrow()).distinct().count()).isGreaterThan(1);
    assertThat(java.util.stream.IntStream.range(0, 60).mapToObj(g::scenario).distinct())
        .containsExactlyInAnyOrder(Scenario.values());
  }

  @Test
  @DisplayName("the sample park's self-intersecting boundary and unknown use code are in its parcels")
  void sampleDefectsInModel() {
    ParkGenerator g = ParkGenerator.samplePark(1);
    List<GeoParcel> parcels = g.parcels().collect(Collectors.toList());
    SampleDefect bowTie = defect(g, SampleDefect.Kind.SELF_INTERSECTING_BOUNDARY);
    assertThat(parcel(parcels, bowTie.parcelId()).boundary().isValid()).isFalse();
    SampleDefect unknown = defect(g, SampleDefect.Kind.UNKNOWN_USE_CODE);
    assertThat(parcel(parcels, unknown.parcelId()).buildings().get(0).storeys().get(0).useCode()).isEqualTo("娱乐");
    assertThat(parcels.stream().filter(p -> !p.boundary().isValid())).hasSize(1);
  }

  @Test
  @DisplayName("the sample park's GeoJSON holds a storey at level 0, a negative height, a blank use code and a blank parcel id")
  void sampleDefectsInGeoJson(@TempDir Path dir) throws IOException {
    ParkGenerator g = ParkGenerator.samplePark(1);
    ParkFiles.writeGeoJson(g, dir);
    JsonNode storeys = new ObjectMapper().readTree(dir.resolve("storeys.geojson").toFile());
    List<JsonNode> props = new ArrayList<>();
    storeys.get("features").forEach(f -> props.add(f.get("properties")));
    assertThat(props).anySatisfy(p -> assertThat(p.get("level").asInt()).isZero());
    assertThat(props).anySatisfy(p -> assertThat(p.get("storey_height_m").asDouble()).isNegative());
    assertThat(props).anySatisfy(p -> assertThat(p.get("use_code").asText()).isBlank());
    JsonNode parcels = new ObjectMapper().readTree(dir.resolve("parcels.geojson").toFile());
    assertThat(parcels.get("features")).hasSize(60)
        .anySatisfy(f -> assertThat(f.get("properties").get("parcel_id").asText()).isBlank());
    assertThat(parcels.get("crs").get("properties").get("name").asText()).contains("4549");
  }

  @Test
  @DisplayName("the sample park's GeoPackage holds the same broken records")
  void sampleDefectsInGeoPackage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sample.gpkg");
    ParkFiles.writeGeoPackage(ParkGenerator.samplePark(1), file);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(count(c, "SELECT count(*) FROM parcels")).isEqualTo(60);
      assertThat(count(c, "SELECT count(*) FROM parcels WHERE parcel_id = ''")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM storeys WHERE level = 0")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM storeys WHERE storey_height_m < 0")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM storeys WHERE use_code = ''")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM gpkg_geometry_columns WHERE srs_id = 4549")).isEqualTo(3);
    }
  }

  @Test
  @DisplayName("a city needs at least one parcel, and the refusal names the class and the field")
  void rejectsEmptyCity() {
    assertThatThrownBy(() -> ParkGenerator.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ParkGenerator.parcelCount must be > 0, was 0");
  }

  private static SampleDefect defect(ParkGenerator g, SampleDefect.Kind kind) {
    return g.defects().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
  }

  private static GeoParcel parcel(List<GeoParcel> parcels, String id) {
    return parcels.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Every row of the three layers as text, so two GeoPackages can be compared without their timestamps. */
  private static List<String> dump(Path file) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      for (String table : new String[] {"parcels", "buildings", "storeys"}) {
        try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY fid")) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int i = 1; i <= n; i++) {
              Object v = r.getObject(i);
              row.append('|').append(v instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : v);
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }
}
