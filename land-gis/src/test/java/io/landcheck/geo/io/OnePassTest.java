package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.model.RecordError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GeoPackage's buildings and storeys read in one pass along the parcels give every parcel the same children as
 * looking them up parcel by parcel, also when the child rows are not stored in parcel order, a parcel id is given
 * twice and some rows name no parcel of the file or none.
 */
class OnePassTest {

  @TempDir Path dir;
  private Path onePass;
  private Path lookedUp;

  /**
   * Two copies of the park: the child rows renumbered so they are no longer in parcel order, parcel 4 given the id of
   * parcel 2, and rows naming a missing parcel or none; in the second copy the parcels' fid is no
   * INTEGER PRIMARY KEY, so the reader looks the children up one parcel at a time.
   */
  @BeforeEach
  void writeCopies() throws Exception {
    onePass = Fixtures.editableCopy("park.gpkg", Files.createDirectories(dir.resolve("one-pass")).resolve("park.gpkg"));
    lookedUp = Files.createDirectories(dir.resolve("looked-up")).resolve("park.gpkg");
    sql(onePass,
        "UPDATE storeys SET fid = 100 - fid",
        "UPDATE buildings SET fid = 100 - fid",
        "UPDATE parcels SET parcel_id = (SELECT parcel_id FROM parcels WHERE fid = 2) WHERE fid = 4",
        "UPDATE storeys SET parcel_id = 'P-404' WHERE fid = (SELECT MAX(fid) FROM storeys)",
        "UPDATE storeys SET parcel_id = '  ' WHERE fid = (SELECT MIN(fid) FROM storeys)",
        "INSERT INTO buildings (geom, parcel_id, building_id) SELECT geom, 'P-404', 'Z' FROM buildings LIMIT 1");
    Files.copy(onePass, lookedUp);
    String create = query(lookedUp, "SELECT sql FROM sqlite_master WHERE name = 'parcels'").get(0);
    sql(lookedUp,
        "ALTER TABLE parcels RENAME TO parcels_old",
        create.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "INT PRIMARY KEY"),
        "INSERT INTO parcels SELECT * FROM parcels_old",
        "DROP TABLE parcels_old");
  }

  private static void sql(Path file, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private static List<String> query(Path file, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** A record as text: id, locator, errors, and the parcel's buildings with their footprints and storeys. */
  private static String describe(SourceRecord r) {
    String errors = r.errors().stream().map(RecordError::toString).collect(Collectors.joining("; "));
    String parcel = r.parcel().map(p -> p.boundary().toText() + " " + p.buildings().stream()
        .map(b -> b.id() + " " + b.footprint().toText() + " " + b.storeys()).collect(Collectors.joining(", ")))
        .orElse("");
    return r.index() + " " + r.id() + " " + r.locator() + " [" + errors + "] " + parcel;
  }

  @Test
  @DisplayName("every record is the same whether the children are read in one pass or looked up parcel by parcel")
  void sameAsLookingUp() {
    // the two copies lie in two folders, which their locators name: compared without the folder
    List<String> fromOnePass = Fixtures.read(onePass, ReadOptions.defaults()).stream().map(OnePassTest::describe)
        .map(d -> d.replace(ParcelSources.located(onePass), "park.gpkg")).toList();
    List<String> fromLookups = Fixtures.read(lookedUp, ReadOptions.defaults()).stream().map(OnePassTest::describe)
        .map(d -> d.replace(ParcelSources.located(lookedUp), "park.gpkg")).toList();

    assertThat(fromOnePass).hasSize(6).containsExactlyElementsOf(fromLookups);
  }

  @Test
  @DisplayName("every record is the same whether the parcels are read in chunks ahead, of any size, or one by one")
  void chunksSameAsOneByOne() throws Exception {
    sql(onePass,
        // an id landcheck reads without the tab, SQL's key with it: its children are looked up
        "UPDATE parcels SET parcel_id = parcel_id || char(9) WHERE fid = 3",
        "INSERT INTO parcels (geom, parcel_id) SELECT geom, '' FROM parcels WHERE fid = 1"); // no id
    List<String> oneByOne = deferred(onePass, 0);

    // the children as GDAL writes them, not indexed on parcel_id (read from indexed copies), then indexed in the file
    for (String index : new String[] {"", "CREATE INDEX buildings_pid ON buildings (parcel_id)",
        "CREATE INDEX storeys_pid ON storeys (parcel_id)"}) {
      if (!index.isEmpty()) {
        sql(onePass, index);
      }
      for (int chunk : new int[] {1, 2, 3, 16}) {
        assertThat(deferred(onePass, chunk)).as("chunks of %s %s", chunk, index).hasSize(7)
            .containsExactlyElementsOf(oneByOne);
      }
    }
  }

  /**
   * The records, read ahead on two reader threads in chunks of {@code chunk} parcels (0: one by one on the consuming
   * thread, no reader threads), assembled on two threads.
   */
  private static List<String> deferred(Path file, int chunk) throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    ReadOptions options = ReadOptions.defaults().withReaderThreads(chunk == 0 ? 0 : 2);
    try (ParcelSource source = GeoPackageSource.open(file, options, Math.max(chunk, 1))) {
      List<java.util.concurrent.Future<SourceRecord>> records = source.deferredRecords()
          .map(d -> pool.submit(d::assemble)).toList();
      assertThat(Thread.getAllStackTraces().keySet()).as("threads reading chunks")
          .extracting(Thread::getName).filteredOn(n -> n.startsWith("landcheck-reader-"))
          .matches(readers -> chunk == 0 ? readers.isEmpty() : !readers.isEmpty());
      List<String> out = new ArrayList<>();
      for (java.util.concurrent.Future<SourceRecord> r : records) {
        out.add(describe(r.get()));
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  @DisplayName("a parcel's buildings come in building fid order when the rows are not stored in parcel order")
  void childFidOrder() throws SQLException {
    GeoParcel p1 = Fixtures.read(onePass, ReadOptions.defaults()).get(0).parcel().orElseThrow();

    assertThat(p1.buildings()).extracting(Building::id)
        .containsExactlyElementsOf(query(onePass, "SELECT building_id FROM buildings WHERE parcel_id = 'P-001' ORDER BY fid"))
        .containsExactly("2号宿舍", "1号厂房");
  }

  @Test
  @DisplayName("the second parcel with an id is an error saying it is given twice, and the missing parcels follow")
  void givenTwiceAndOrphans() {
    List<SourceRecord> records = Fixtures.read(onePass, ReadOptions.defaults());

    assertThat(records.get(3).errors()).extracting(RecordError::message)
        .contains(ParcelSources.located(onePass) + ":parcels#4: parcel id P-002 is given twice");
    assertThat(records.subList(4, records.size())).extracting(SourceRecord::id)
        .containsExactly("P-404", ParcelSources.located(onePass) + ":storeys#92");
  }
}
