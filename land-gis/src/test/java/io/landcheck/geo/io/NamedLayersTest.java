package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layers not named parcels, buildings and storeys: named with --layer, or found in a GeoPackage by their fields. */
class NamedLayersTest {

  @TempDir Path dir;

  /** The park GeoPackage with its tables renamed as a bureau might name them: zd (宗地), jz (建筑), lc (楼层). */
  private Path renamed(String... more) throws SQLException {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("bureau.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String[] rename : new String[][] {{"parcels", "zd"}, {"buildings", "jz"}, {"storeys", "lc"}}) {
        s.execute("ALTER TABLE " + rename[0] + " RENAME TO " + rename[1]);
        for (String meta : List.of("gpkg_contents", "gpkg_geometry_columns", "gpkg_ogr_contents")) {
          s.execute("UPDATE " + meta + " SET table_name = '" + rename[1] + "' WHERE table_name = '" + rename[0] + "'");
        }
      }
      for (String statement : more) {
        s.execute(statement);
      }
    }
    return file;
  }

  private static List<String> ids(List<SourceRecord> records) {
    return records.stream().map(r -> {
      assertThat(r.errors()).as(r.locator()).isEmpty();
      return r.id() + " " + r.parcel().orElseThrow().buildings().size();
    }).toList();
  }

  @Test
  @DisplayName("tables named with --layer are read as the park")
  void named() throws Exception {
    ReadOptions options = ReadOptions.defaults().withLayer("parcels", "zd").withLayer("buildings", "jz")
        .withLayer("storeys", "lc");

    assertThat(ids(Fixtures.read(renamed(), options))).isEqualTo(ids(Fixtures.read("park.gpkg")));
  }

  @Test
  @DisplayName("without --layer, each layer is the one table with its required fields")
  void detectedByFields() throws Exception {
    assertThat(ids(Fixtures.read(renamed(), ReadOptions.defaults()))).isEqualTo(ids(Fixtures.read("park.gpkg")));
  }

  @Test
  @DisplayName("two tables with the parcels' fields cannot be told apart: the error names --layer parcels=NAME")
  void ambiguous() throws Exception {
    Path file = renamed("CREATE TABLE zd_old AS SELECT * FROM zd",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) SELECT 'zd_old', data_type, 'zd_old',"
            + " srs_id FROM gpkg_contents WHERE table_name = 'zd'",
        "INSERT INTO gpkg_geometry_columns SELECT 'zd_old', column_name, geometry_type_name, srs_id, z, m"
            + " FROM gpkg_geometry_columns WHERE table_name = 'zd'");

    assertThatThrownBy(() -> ParcelSources.open(file, ReadOptions.defaults()).close())
        .isInstanceOf(IOException.class).hasMessageContaining("zd_old").hasMessageContaining("--layer parcels=NAME");
  }

  @Test
  @DisplayName("a table named with --layer that the GeoPackage lacks is an error naming it and the tables")
  void namedMissing() {
    assertThatThrownBy(() -> ParcelSources.open(Fixtures.path("park.gpkg"),
        ReadOptions.defaults().withLayer("parcels", "zd")).close())
        .isInstanceOf(IOException.class).hasMessageContaining("no table 'zd'", "--layer parcels=zd", "parcels");
  }

  @Test
  @DisplayName("a GeoJSON directory's layers named with --layer are read as the park")
  void geoJsonDirectory() throws Exception {
    Path park = Files.createDirectories(dir.resolve("bureau"));
    Files.copy(Fixtures.path("geojson/parcels.geojson"), park.resolve("zd.geojson"));
    Files.copy(Fixtures.path("geojson/buildings.geojson"), park.resolve("jz.geojson"));
    Files.copy(Fixtures.path("geojson/storeys.geojson"), park.resolve("lc.geojson"));
    ReadOptions options = ReadOptions.defaults().withLayer("parcels", "zd").withLayer("buildings", "jz")
        .withLayer("storeys", "lc");

    assertThat(ids(Fixtures.read(park, options))).isEqualTo(ids(Fixtures.read("geojson")));
  }

  @Test
  @DisplayName("a layer role other than parcels, buildings and storeys is refused, naming the roles")
  void unknownRole() {
    assertThatThrownBy(() -> ReadOptions.defaults().withLayer("roads", "dl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parcels, buildings, storeys");
  }
}
