package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandUse;
import io.landcheck.model.ProjectCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoPackageSourceTest {

  private static GeoParcel parcel(List<SourceRecord> records, String id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().parcel().orElseThrow();
  }

  @Test
  @DisplayName("a GeoPackage gives every parcel in file order, with its buildings and storeys")
  void readsThePark() {
    List<SourceRecord> records = Fixtures.read("park.gpkg");

    assertThat(records).extracting(SourceRecord::id).containsExactly("P-001", "P-002", "P-003", "P-004");
    assertThat(records).allSatisfy(r -> assertThat(r.errors()).isEmpty());
    GeoParcel p1 = parcel(records, "P-001");
    assertThat(p1.buildings()).extracting(Building::id).containsExactly("1号厂房", "2号宿舍");
    Building factory = p1.buildings().get(0);
    assertThat(factory.storeys()).extracting(Storey::level).containsExactly(1, 2, -1);
    assertThat(factory.storeys().get(1).footprint()).isPresent();
    assertThat(p1.buildings().get(1).storeys()).extracting(Storey::useCode).containsExactly("宿舍", "宿舍");
    assertThat(p1.facts().parkId()).contains("临港产业园");
    assertThat(p1.facts().projectCategory()).isEqualTo(ProjectCategory.MUNICIPAL_STRATEGIC_KEY);
    assertThat(p1.declaredSiteAreaM2()).hasValue(9602.5);
    // the file as it was opened (here the fixture's absolute path), the table and the row
    assertThat(p1.locator()).isEqualTo(ParcelSources.located(Fixtures.path("park.gpkg")) + ":parcels#1");
  }

  @Test
  @DisplayName("a GeoPackage without parcel_id indexes, in a folder named with spaces, # and Chinese, is read unchanged")
  void unindexedFileUnchanged(@TempDir Path dir) throws Exception {
    Path file = Files.createDirectories(dir.resolve("园区 #2 ?")).resolve("park.gpkg");
    Files.copy(Fixtures.path("park.gpkg"), file); // written by GDAL, which indexes no attribute column
    byte[] before = Files.readAllBytes(file);

    List<SourceRecord> records = Fixtures.read(file, ReadOptions.defaults());

    assertThat(records).extracting(SourceRecord::id).containsExactly("P-001", "P-002", "P-003", "P-004");
    assertThat(parcel(records, "P-001").buildings()).extracting(Building::id).containsExactly("1号厂房", "2号宿舍");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  @DisplayName("a hole stays a hole and a multipolygon stays a multipolygon")
  void keepsHolesAndParts() {
    List<SourceRecord> records = Fixtures.read("park.gpkg");

    assertThat(parcel(records, "P-002").boundary().getGeometryType()).isEqualTo(Polygon.TYPENAME_POLYGON);
    assertThat(((Polygon) parcel(records, "P-002").boundary()).getNumInteriorRing()).isEqualTo(1);
    assertThat(parcel(records, "P-003").boundary().getGeometryType()).isEqualTo(MultiPolygon.TYPENAME_MULTIPOLYGON);
    assertThat(parcel(records, "P-003").boundary().getNumGeometries()).isEqualTo(2);
  }

  @Test
  @DisplayName("Chinese land-use names map to the pack's codes")
  void mapsChineseLandUse() {
    assertThat(parcel(Fixtures.read("park.gpkg"), "P-003").facts().landUse()).contains(LandUse.INDUSTRIAL);
  }

  @Test
  @DisplayName("parcel areas agree with GDAL's within 0.01 m²")
  void areasAgreeWithGdal() {
    Map<String, Double> reference = Fixtures.referenceAreas("reference-areas.csv");
    List<SourceRecord> records = Fixtures.read("park.gpkg");

    assertThat(records).hasSize(reference.size());
    reference.forEach((id, area) -> assertThat(parcel(records, id).boundary().getArea()).isCloseTo(area, within(0.01)));
  }

  @Test
  @DisplayName("the count is known before reading")
  void countsParcels() throws IOException {
    try (ParcelSource source = ParcelSources.open(Fixtures.path("park.gpkg"), ReadOptions.defaults())) {
      assertThat(source.count()).hasValue(4);
      assertThat(source.description()).isEqualTo("park.gpkg (GeoPackage, EPSG:4549)");
    }
  }

  /** A copy of park.gpkg in {@code dir} whose parcels have an undefined coordinate system (srs_id -1). */
  private static Path withoutSrs(Path dir) throws Exception {
    Path file = dir.resolve("nosrs.gpkg");
    Files.copy(Fixtures.path("park.gpkg"), file);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("UPDATE gpkg_geometry_columns SET srs_id = -1");
    }
    return file;
  }

  @Test
  @DisplayName("a GeoPackage whose parcels have an undefined coordinate system gives an error per record")
  void undefinedSrs(@TempDir Path dir) throws Exception {
    Path file = withoutSrs(dir);

    assertThat(Fixtures.read(file, ReadOptions.defaults())).hasSize(4).allSatisfy(r ->
        assertThat(r.errors()).singleElement().satisfies(e -> {
          assertThat(e.field()).isEqualTo("crs");
          assertThat(e.message()).contains("nosrs.gpkg", "no coordinate system");
        }));
  }

  @Test
  @DisplayName("a GeoPackage with an undefined coordinate system is read when the coordinate system is given")
  void undefinedSrsGiven(@TempDir Path dir) throws Exception {
    Path file = withoutSrs(dir);

    assertThat(Fixtures.read(file, ReadOptions.defaults().withCrs("EPSG:4549")))
        .hasSize(4).allSatisfy(r -> assertThat(r.parcel()).isPresent());
  }

  @Test
  @DisplayName("a GeoPackage without a parcels table cannot be opened, and the message lists its tables")
  void noParcelsTable(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("other.gpkg");
    Files.copy(Fixtures.path("park.gpkg"), file);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("UPDATE gpkg_contents SET table_name = 'lots' WHERE table_name = 'parcels'");
      s.execute("ALTER TABLE parcels RENAME TO lots");
    }

    assertThatThrownBy(() -> ParcelSources.open(file, ReadOptions.defaults()))
        .isInstanceOf(IOException.class).hasMessageContaining("no table 'parcels'").hasMessageContaining("lots");
  }
}
