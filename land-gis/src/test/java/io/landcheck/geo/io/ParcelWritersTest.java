package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.geo.GeoParcel;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParcelWritersTest {

  @TempDir Path dir;

  static List<GeoParcel> parcels(List<SourceRecord> records) {
    return records.stream().map(r -> r.parcel().orElseThrow()).map(ParcelWritersTest::unlocated).toList();
  }

  /** The parcel without its locator, which names the file it came from. */
  static GeoParcel unlocated(GeoParcel p) {
    return new GeoParcel(p.id(), p.boundary(), p.buildings(), p.facts(), p.declaredSiteAreaM2(), "", Optional.empty(),
        p.readWarnings());
  }

  @Test
  @DisplayName("parcels written to a GeoPackage read back equal")
  void geoPackageRoundTrip() throws IOException {
    List<GeoParcel> park = parcels(Fixtures.read("park.gpkg"));
    Path file = dir.resolve("out.gpkg");

    long written = ParcelWriters.writeGeoPackage(file, park, "EPSG:4549");

    assertThat(written).isEqualTo(park.size());
    assertThat(parcels(Fixtures.read(file, ReadOptions.defaults()))).isEqualTo(park);
    try (ParcelSource source = ParcelSources.open(file, ReadOptions.defaults())) {
      assertThat(source.count()).hasValue(park.size());
    }
  }

  @Test
  @DisplayName("a written GeoPackage carries the GeoPackage marks and an index on parcel_id")
  void geoPackageIsMarked() throws IOException, SQLException {
    Path file = dir.resolve("out.gpkg");
    ParcelWriters.writeGeoPackage(file, parcels(Fixtures.read("park.gpkg")), "EPSG:4549");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertThat(scalar(s, "PRAGMA application_id")).isEqualTo("1196444487");
      assertThat(scalar(s, "PRAGMA user_version")).isEqualTo("10300");
      assertThat(scalar(s, "SELECT organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 4549"))
          .isEqualTo("4549");
      assertThat(scalar(s, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'storeys'"))
          .isEqualTo("1");
    }
  }

  @Test
  @DisplayName("a written GeoPackage gives its parcel count to readers without counting, as GDAL's files do")
  void geoPackageKnowsItsCount() throws IOException {
    Path file = dir.resolve("out.gpkg");
    List<GeoParcel> parcels = parcels(Fixtures.read("park.gpkg"));
    ParcelWriters.writeGeoPackage(file, parcels, "EPSG:4549");

    try (ParcelSource source = ParcelSources.open(file, ReadOptions.defaults())) {
      assertThat(source.count()).hasValue(parcels.size());
    }
  }

  @Test
  @DisplayName("the count a written GeoPackage gives stays right when rows are added or deleted later")
  void geoPackageCountFollowsEdits() throws IOException, SQLException {
    Path file = dir.resolve("out.gpkg");
    List<GeoParcel> parcels = parcels(Fixtures.read("park.gpkg"));
    ParcelWriters.writeGeoPackage(file, parcels, "EPSG:4549");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("INSERT INTO parcels (parcel_id) VALUES ('P-NEW')");
      s.execute("DELETE FROM parcels WHERE fid = (SELECT MIN(fid) FROM parcels)");
      s.execute("DELETE FROM parcels WHERE fid = (SELECT MIN(fid) FROM parcels)");
      assertThat(scalar(s, "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'parcels'"))
          .isEqualTo(String.valueOf(parcels.size() - 1));
      assertThat(scalar(s, "SELECT feature_count = (SELECT COUNT(*) FROM storeys) FROM gpkg_ogr_contents"
          + " WHERE table_name = 'storeys'")).isEqualTo("1");
    }
  }

  private static String scalar(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  @DisplayName("a GeoPackage written with a proj string reads back in that system")
  void geoPackageWithProjString() throws IOException {
    List<GeoParcel> park = parcels(Fixtures.read("park.gpkg"));
    Path file = dir.resolve("proj.gpkg");
    String proj = "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs";

    ParcelWriters.writeGeoPackage(file, park, proj);

    try (ParcelSource source = ParcelSources.open(file, ReadOptions.defaults())) {
      assertThat(source.description()).contains("+proj=tmerc");
      assertThat(parcels(source.records().toList())).isEqualTo(park);
    }
  }

  @Test
  @DisplayName("parcels written to GeoJSON read back equal")
  void geoJsonRoundTrip() throws IOException {
    List<GeoParcel> park = parcels(Fixtures.read("park.gpkg"));

    ParcelWriters.writeGeoJson(dir.resolve("park"), park, "EPSG:4549");

    assertThat(parcels(Fixtures.read(dir.resolve("park"), ReadOptions.defaults()))).isEqualTo(park);
  }
}
