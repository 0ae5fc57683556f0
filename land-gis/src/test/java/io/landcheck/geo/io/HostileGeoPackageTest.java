package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A GeoPackage parcel past a limit is an error on its own record naming the limit: never a StackOverflowError or an
 * OutOfMemoryError, never an error on the parcels read with it.
 */
class HostileGeoPackageTest {

  @TempDir Path dir;

  /** park.gpkg with the first parcel's geometry set to this blob. */
  private Path firstGeometry(byte[] blob) throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("park.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("UPDATE parcels SET geom = ? WHERE fid = 1")) {
      ps.setBytes(1, blob);
      ps.executeUpdate();
    }
    return file;
  }

  /** A GeoPackage blob (little-endian header, srs 4549, no envelope) around this WKB. */
  private static byte[] gp(byte[] wkb) {
    ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(4549).put(wkb);
    return b.array();
  }

  /** Little-endian WKB: a byte-order byte, then each int. */
  private static void header(ByteArrayOutputStream out, int... ints) {
    out.write(1);
    ByteBuffer b = ByteBuffer.allocate(4 * ints.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int i : ints) {
      b.putInt(i);
    }
    out.writeBytes(b.array());
  }

  /** Asserts that P-002 to P-004 are read and returns P-001's errors. */
  private static List<RecordError> onlyFirstInError(List<SourceRecord> records) {
    assertThat(records).extracting(SourceRecord::id).containsExactly("P-001", "P-002", "P-003", "P-004");
    assertThat(records.subList(1, 4)).allSatisfy(r -> assertThat(r.parcel()).isPresent());
    return records.get(0).errors();
  }

  @Test
  @DisplayName("20,000 geometry collections nested in each other are an error on the record naming maxGeometryDepth")
  void deeplyNestedCollections() throws Exception {
    ByteArrayOutputStream wkb = new ByteArrayOutputStream();
    for (int i = 0; i < 20_000; i++) {
      header(wkb, 7, 1); // a GeometryCollection of one geometry
    }
    header(wkb, 7, 0);

    List<SourceRecord> records = Fixtures.read(firstGeometry(gp(wkb.toByteArray())), ReadOptions.defaults());

    assertThat(onlyFirstInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("nest deeper than the 16 levels", "maxGeometryDepth = 16");
    });
  }

  @Test
  @DisplayName("a ring claiming 300,000,000 points in a few bytes is an error on the record, nothing allocated for them")
  void countPastItsBytes() throws Exception {
    ByteArrayOutputStream wkb = new ByteArrayOutputStream();
    header(wkb, 3, 1, 300_000_000); // a Polygon of one ring of 300 M points
    wkb.writeBytes(new byte[64]);

    List<SourceRecord> records = Fixtures.read(firstGeometry(gp(wkb.toByteArray())), ReadOptions.defaults());

    assertThat(onlyFirstInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("damaged", "300,000,000 points where 64 bytes are left");
    });
  }

  @Test
  @DisplayName("a boundary with more vertices than the limit is an error on the record naming maxVertices")
  void manyVertices() throws Exception {
    Coordinate[] ring = new Coordinate[31];
    for (int i = 0; i < 30; i++) {
      ring[i] = new Coordinate(623050 + 40 * Math.cos(i * Math.PI / 15), 3442050 + 40 * Math.sin(i * Math.PI / 15));
    }
    ring[30] = ring[0];
    byte[] blob = GpBlob.encode(new GeometryFactory().createPolygon(ring), 4549);

    List<SourceRecord> records = Fixtures.read(firstGeometry(blob),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxVertices(10)));

    assertThat(onlyFirstInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("more than the 10 vertices", "maxVertices = 10");
    });
  }

  /** park.gpkg with {@code n} more storeys on P-001's first building, at levels 100 and up. */
  private Path withStoreys(int n) throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("park.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO storeys (parcel_id, building_id, level, "
          + "storey_height_m, use_code) VALUES ('P-001', '1号厂房', ?, 4.5, '生产')")) {
        for (int i = 0; i < n; i++) {
          ps.setInt(1, 100 + i);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    }
    return file;
  }

  @Test
  @DisplayName("a parcel with more storeys than the limit is an error on it alone, not on the parcels read ahead with it")
  void tooManyStoreys() throws Exception {
    List<SourceRecord> records = Fixtures.read(withStoreys(5_000),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxStoreys(1_000)).withReaderThreads(2));

    assertThat(onlyFirstInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("storeys");
      assertThat(e.message()).contains("parcel P-001 has 5,005 storeys", "maxStoreys = 1,000");
    });
  }

  @Test
  @DisplayName("read on the consuming thread, a parcel with more storeys than the limit is an error on it alone")
  void tooManyStoreysOneThread() throws Exception {
    List<SourceRecord> records = Fixtures.read(withStoreys(5_000),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxStoreys(1_000)).withReaderThreads(0));

    assertThat(onlyFirstInError(records)).extracting(RecordError::field).containsExactly("storeys");
  }

  @Test
  @DisplayName("a 20,000-character text in a cell is an error on its field naming maxStringLength")
  void longText() throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("park.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("UPDATE parcels SET park_id = ? WHERE fid = 1")) {
      ps.setString(1, "园".repeat(20_000));
      ps.executeUpdate();
    }

    List<SourceRecord> records = Fixtures.read(file, ReadOptions.defaults());

    assertThat(onlyFirstInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("park_id");
      assertThat(e.message()).contains("a text of 20,000 characters", "maxStringLength = 10,000")
          .hasSizeLessThan(300);
    });
    assertThat(records.get(0).parkId()).isEmpty();
  }

  @Test
  @DisplayName("a parcel id longer than the limit does not name its record: the record is named by its place")
  void longId() throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("park.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("UPDATE parcels SET parcel_id = ? WHERE fid = 1")) {
      ps.setString(1, "P".repeat(20_000));
      ps.executeUpdate();
    }

    List<SourceRecord> records = Fixtures.read(file, ReadOptions.defaults());

    assertThat(records.get(0).id()).isEqualTo(ParcelSources.located(file) + ":parcels#1");
    assertThat(records.get(0).errors()).extracting(RecordError::field).contains("parcel_id");
  }
}
