package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layers a GeoPackage may hold that are not plain tables (a view, which can be endless), and copies of its tables that
 * would take more disk than the temporary disk budget.
 */
class GeoPackageLayersTest {

  @TempDir Path dir;

  /** An endless view: every row of the recursive query names a parcel of the file. */
  private static final String ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)";

  private Path park(String... statements) throws SQLException {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("park.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
    return file;
  }

  @Test
  @Timeout(60)
  @DisplayName("a buildings layer that is an endless view makes every record an error naming the layer, at once")
  void buildingsView() throws Exception {
    Path file = park("ALTER TABLE buildings RENAME TO buildings_table",
        "CREATE VIEW buildings AS " + ENDLESS + " SELECT i AS fid, geom, 'P-001' AS parcel_id, 'B' || i AS building_id"
            + " FROM n, (SELECT geom FROM buildings_table LIMIT 1)");

    List<SourceRecord> records = Fixtures.read(file, ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo("buildings");
      assertThat(e.message()).contains("park.gpkg", "layer buildings is a view");
    }));
    assertThat(TemporaryFiles.live()).isEmpty();
  }

  @Test
  @Timeout(60)
  @DisplayName("a parcels layer that is a view cannot be opened, and the message names the layer")
  void parcelsView() throws Exception {
    Path file = park("ALTER TABLE parcels RENAME TO parcels_table",
        "CREATE VIEW parcels AS " + ENDLESS + " SELECT i AS fid, geom, 'P-' || i AS parcel_id FROM n,"
            + " (SELECT geom FROM parcels_table LIMIT 1)");

    assertThatThrownBy(() -> ParcelSources.open(file, ReadOptions.defaults()))
        .isInstanceOf(IOException.class).hasMessageContaining("layer parcels is a view");
  }

  @Test
  @DisplayName("a parcels table without a primary key (as CREATE TABLE AS makes it) cannot be opened, naming it")
  void parcelsWithoutKey() throws Exception {
    Path file = park("ALTER TABLE parcels RENAME TO parcels_old", "CREATE TABLE parcels AS SELECT * FROM parcels_old",
        "DROP TABLE parcels_old");

    assertThatThrownBy(() -> ParcelSources.open(file, ReadOptions.defaults()))
        .isInstanceOf(IOException.class).hasMessageContaining("layer parcels has no primary key");
  }

  @Test
  @Timeout(60)
  @DisplayName("a storeys table whose indexed copy would pass the disk budget makes every record an error naming it")
  void overBudget() throws Exception {
    Path file = park("DROP INDEX IF EXISTS storeys_parcel_id",
        "INSERT INTO storeys (parcel_id, building_id, level, storey_height_m, use_code) "
            + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
            + " SELECT 'P-404', 'B', i, 4.5, hex(randomblob(40)) FROM n");

    List<SourceRecord> records = Fixtures.read(file, ReadOptions.defaults().withTemporaryDiskBudget(256 << 10));

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo("storeys");
      assertThat(e.message()).contains("table storeys", "temporary disk budget of 256 KiB");
    }));
    assertThat(TemporaryFiles.live()).isEmpty();
  }

  @Test
  @DisplayName("the same storeys table is read within the automatic disk budget")
  void withinBudget() throws Exception {
    Path file = park("DROP INDEX IF EXISTS storeys_parcel_id");

    assertThat(Fixtures.read(file, ReadOptions.defaults())).hasSize(4)
        .allSatisfy(r -> assertThat(r.errors()).isEmpty());
  }
}
