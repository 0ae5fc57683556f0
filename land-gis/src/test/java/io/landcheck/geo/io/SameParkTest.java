package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.geo.Storey;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same park in every format gives the same parcels. */
class SameParkTest {

  private static List<GeoParcel> park(String fixture, ReadOptions options) {
    Path path = fixture.startsWith("/") ? Path.of(fixture) : Fixtures.path(fixture);
    return ParcelWritersTest.parcels(Fixtures.read(path, options));
  }

  private static final List<GeoParcel> GEOPACKAGE = park("park.gpkg", ReadOptions.defaults());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"geojson", "src", "shp-utf8/parcels.shp", "shp-utf8", "shp-gbk", "shp-z"})
  @DisplayName("GeoJSON and Shapefiles give the same parcels as the GeoPackage, Chinese values intact")
  void sameAsGeoPackage(String fixture) {
    List<GeoParcel> parcels = park(fixture, ReadOptions.defaults());

    assertThat(parcels).isEqualTo(GEOPACKAGE);
    assertThat(parcels.get(0).facts().districtId()).contains("浦东新区");
    assertThat(parcels.get(0).buildings().get(0).id()).isEqualTo("1号厂房");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"geojson", "shp-utf8", "shp-gbk"})
  @DisplayName("measured facts (site area, floor areas by use) are the same from every format")
  void sameMeasuredFacts(String fixture) {
    // P-004 has no application date: it is measured on a fixed day
    Measurement measurement = Measurement.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2024, 6, 1));
    List<GeoParcel> parcels = park(fixture, ReadOptions.defaults());

    assertThat(parcels).hasSameSizeAs(GEOPACKAGE);
    for (int i = 0; i < parcels.size(); i++) {
      Measured expected = measurement.measure(GEOPACKAGE.get(i));
      assertThat(expected.facts()).as(expected.parcelId()).isPresent();
      assertThat(measurement.measure(parcels.get(i)).facts()).isEqualTo(expected.facts());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"park-4490.gpkg", "geojson-4490"})
  @DisplayName("geographic input projected by the reader has the projected file's areas within 0.01 m²")
  void geographicMatchesProjected(String fixture) {
    List<GeoParcel> parcels = park(fixture, ReadOptions.defaults());

    assertThat(parcels).hasSameSizeAs(GEOPACKAGE);
    for (int i = 0; i < parcels.size(); i++) {
      GeoParcel geo = parcels.get(i);
      GeoParcel projected = GEOPACKAGE.get(i);
      assertThat(geo.facts()).isEqualTo(projected.facts());
      assertThat(geo.boundary().getArea()).as(geo.id()).isCloseTo(projected.boundary().getArea(), within(0.01));
      for (int b = 0; b < geo.buildings().size(); b++) {
        Building building = geo.buildings().get(b);
        assertThat(building.footprint().getArea()).as(geo.id() + " " + building.id())
            .isCloseTo(projected.buildings().get(b).footprint().getArea(), within(0.01));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"park-4490.gpkg", "geojson-4490"})
  @DisplayName("geographic input records its area on the CGCS2000 ellipsoid, close to SpatiaLite's")
  void ellipsoidalArea(String fixture) {
    Map<String, Double> reference = Fixtures.referenceAreas("reference-ellipsoidal-areas.csv");

    for (SourceRecord r : Fixtures.read(Fixtures.path(fixture), ReadOptions.defaults())) {
      assertThat(r.ellipsoidalAreaM2()).isPresent();
      assertThat(r.ellipsoidalAreaM2().getAsDouble()).as(r.id()).isCloseTo(reference.get(r.id()), within(0.01));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"park.gpkg", "shp-utf8"})
  @DisplayName("projected input has no ellipsoidal area")
  void noEllipsoidalAreaForProjected(String fixture) {
    assertThat(Fixtures.read(fixture)).allSatisfy(r -> assertThat(r.ellipsoidalAreaM2()).isEmpty());
  }

  @Test
  @DisplayName("storeys in a .dbf without .shp are read, without footprints of their own")
  void storeysDbfOnly(@TempDir Path dir) throws IOException {
    Path source = Fixtures.path("shp-utf8");
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.equals("storeys.shp") && !name.equals("storeys.shx")) {
          Files.copy(f, dir.resolve(name));
        }
      }
    }

    List<GeoParcel> parcels = park(dir.toString(), ReadOptions.defaults());

    Building factory = parcels.get(0).buildings().get(0);
    assertThat(factory.storeys()).extracting(Storey::level).containsExactly(1, 2, -1);
    assertThat(factory.storeys()).allSatisfy(s -> assertThat(s.footprint()).isEmpty());
    assertThat(parcels.get(1).buildings().get(0).storeys()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"shp-gbk-nocpg"})
  @DisplayName("a Shapefile without .cpg is read in the charset the user names")
  void fallbackCharset(String fixture) {
    assertThat(park(fixture, ReadOptions.defaults().withCharset(Charset.forName("GBK")))).isEqualTo(GEOPACKAGE);
  }
}
