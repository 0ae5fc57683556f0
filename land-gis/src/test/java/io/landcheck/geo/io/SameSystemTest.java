package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.geo.GeoParcel;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buildings and storeys must be in the parcels' coordinate system: the systems are compared, not their labels. */
class SameSystemTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<GeoParcel> GEOPACKAGE = ParcelWritersTest.parcels(Fixtures.read("park.gpkg"));

  /**
   * The definition GDAL 3 writes into gpkg_spatial_ref_sys, as srs_id 100000, for a layer made with {@code ogr2ogr
   * -a_srs "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"}: EPSG:4549's
   * projection without its name or code.
   */
  private static final String GDAL_4549_WITHOUT_CODE = "PROJCS[\"unknown\",GEOGCS[\"unknown\",DATUM[\"Unknown based "
      + "on GRS80 ellipsoid\",SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]]],"
      + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
      + "AUTHORITY[\"EPSG\",\"9122\"]]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
      + "PARAMETER[\"central_meridian\",120],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",500000],"
      + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],"
      + "AXIS[\"Northing\",NORTH]]";

  @TempDir Path dir;

  /** A copy of a GeoJSON fixture whose layers' crs members are set to the names given (null: no crs member). */
  private Path geoJsonWithCrs(String fixture, String parcels, String buildings, String storeys) throws IOException {
    String[] names = {parcels, buildings, storeys};
    List<String> layers = List.of("parcels", "buildings", "storeys");
    for (int i = 0; i < 3; i++) {
      ObjectNode collection = (ObjectNode) JSON.readTree(Fixtures.path(fixture).resolve(layers.get(i) + ".geojson")
          .toFile());
      collection.remove("crs");
      if (names[i] != null) {
        collection.putObject("crs").put("type", "name").putObject("properties").put("name", names[i]);
      }
      JSON.writeValue(dir.resolve(layers.get(i) + ".geojson").toFile(), collection);
    }
    return dir;
  }

  /** A copy of park.gpkg whose buildings table is under {@code srsId}, added with this organization and definition. */
  private Path geoPackageWithBuildingsIn(int srsId, String organization, int code, String definition)
      throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("park.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, "
          + "organization, organization_coordsys_id, definition) VALUES ('buildings', ?, ?, ?, ?)")) {
        ps.setInt(1, srsId);
        ps.setString(2, organization);
        ps.setInt(3, code);
        ps.setString(4, definition);
        ps.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE gpkg_geometry_columns SET srs_id = " + srsId + " WHERE table_name = 'buildings'");
      }
    }
    return file;
  }

  private static List<String> crsErrors(List<SourceRecord> records) {
    return records.stream().flatMap(r -> r.errors().stream()).filter(e -> e.field().equals("crs"))
        .map(RecordError::message).toList();
  }

  @Test
  @DisplayName("GeoJSON layers naming EPSG:4549 and urn:ogc:def:crs:EPSG::4549 are in one system")
  void epsgSpellings() throws IOException {
    Path park = geoJsonWithCrs("geojson", "EPSG:4549", "urn:ogc:def:crs:EPSG::4549", "urn:ogc:def:crs:EPSG::4549");

    assertThat(ParcelWritersTest.parcels(Fixtures.read(park, ReadOptions.defaults()))).isEqualTo(GEOPACKAGE);
  }

  @Test
  @DisplayName("GeoJSON parcels with a CRS84 crs member and buildings without one are both WGS 84 longitude/latitude")
  void crs84AndNone() throws IOException {
    Path park = geoJsonWithCrs("geojson-4490", "urn:ogc:def:crs:OGC:1.3:CRS84", null, null);

    List<SourceRecord> records = Fixtures.read(park, ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).isEmpty());
  }

  @Test
  @DisplayName("a GeoJSON layer really in another system is an error on every record naming both and --crs")
  void geoJsonReallyDifferent() throws IOException {
    Path park = geoJsonWithCrs("geojson", "urn:ogc:def:crs:EPSG::4549", "EPSG:4550", "urn:ogc:def:crs:EPSG::4549");

    List<SourceRecord> records = Fixtures.read(park, ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("crs");
      assertThat(e.message()).contains("buildings.geojson is in EPSG:4550", "the parcels are in EPSG:4549", "--crs");
    }));
  }

  @Test
  @DisplayName("GeoPackage buildings under srs_id 100000 defined as the parcels' EPSG:4549 are in the parcels' system")
  void geoPackageSameDefinition() throws Exception {
    Path file = geoPackageWithBuildingsIn(100000, "NONE", 100000, GDAL_4549_WITHOUT_CODE);

    assertThat(ParcelWritersTest.parcels(Fixtures.read(file, ReadOptions.defaults()))).isEqualTo(GEOPACKAGE);
  }

  @Test
  @DisplayName("GeoPackage buildings in another system are an error naming both systems plainly and --crs")
  void geoPackageReallyDifferent() throws Exception {
    Path file = geoPackageWithBuildingsIn(4550, "EPSG", 4550, "undefined");

    List<SourceRecord> records = Fixtures.read(file, ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("crs");
      assertThat(e.message()).contains("table buildings is in EPSG:4550 (srs_id 4550)",
          "the parcels are in EPSG:4549 (srs_id 4549)", "--crs").doesNotContain("Optional");
    }));
  }

  @Test
  @DisplayName("a buildings .prj describing the parcels' system without naming it is in the parcels' system")
  void shapefileSameDefinition() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("shp-utf8"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("buildings.prj"), GDAL_4549_WITHOUT_CODE);

    assertThat(crsErrors(Fixtures.read(dir, ReadOptions.defaults()))).isEmpty();
  }

  @Test
  @DisplayName("EPSG:4549 and its proj string are the same system")
  void epsgAndProjString() {
    assertThat(SourceCrs.epsg(4549).sameAs(SourceCrs.parse(
        "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"))).isTrue();
  }

  @Test
  @DisplayName("neighbouring 3-degree zones are different systems")
  void neighbouringZones() {
    assertThat(SourceCrs.epsg(4549).sameAs(SourceCrs.epsg(4550))).isFalse();
  }

  @Test
  @DisplayName("CGCS2000 and WGS 84 longitude/latitude are different systems")
  void cgcs2000AndWgs84() {
    assertThat(SourceCrs.epsg(4490).sameAs(SourceCrs.epsg(4326))).isFalse();
  }
}
