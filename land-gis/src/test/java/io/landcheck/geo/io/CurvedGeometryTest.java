package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Curved geometries (SQL/MM), as {@code ogr2ogr -nlt CURVEPOLYGON} or {@code -nlt MULTISURFACE} writes them into a
 * GeoPackage: GDAL writes a CurvePolygon as ISO WKB type 10 whose rings are LineStrings (type 2), and a MultiSurface
 * as type 12 holding Polygons (type 3).
 */
class CurvedGeometryTest {

  private static final Polygon SQUARE = new GeometryFactory().createPolygon(new Coordinate[] {
      new Coordinate(623000, 3442000), new Coordinate(623100, 3442000), new Coordinate(623100, 3442100),
      new Coordinate(623000, 3442100), new Coordinate(623000, 3442000)});

  @TempDir Path dir;

  /** Little-endian ISO WKB of the square as a CurvePolygon: type 10, one ring, the ring a LineString. */
  private static byte[] curvePolygonWkb() {
    Coordinate[] ring = SQUARE.getExteriorRing().getCoordinates();
    ByteBuffer b = ByteBuffer.allocate(1 + 4 + 4 + 1 + 4 + 4 + 16 * ring.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 1).putInt(10).putInt(1);
    b.put((byte) 1).putInt(2).putInt(ring.length);
    for (Coordinate c : ring) {
      b.putDouble(c.x).putDouble(c.y);
    }
    return b.array();
  }

  /** Little-endian ISO WKB of the square as a MultiSurface: type 12 holding one Polygon. */
  private static byte[] multiSurfaceWkb() {
    byte[] polygon = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(SQUARE);
    return ByteBuffer.allocate(9 + polygon.length).order(ByteOrder.LITTLE_ENDIAN).put((byte) 1).putInt(12).putInt(1)
        .put(polygon).array();
  }

  /** The errors of the first parcel of park.gpkg with its geometry replaced by a GeoPackage blob of {@code wkb}. */
  private List<io.landcheck.model.RecordError> errorsWithGeometry(byte[] wkb) throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("curved.gpkg"));
    ByteArrayOutputStream blob = new ByteArrayOutputStream();
    // "GP", version 0, flags: little-endian, no envelope; srs_id 4549
    blob.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put((byte) 'G').put((byte) 'P')
        .put((byte) 0).put((byte) 1).putInt(4549).array());
    blob.writeBytes(wkb);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement(
             "UPDATE parcels SET geom = ? WHERE fid = (SELECT MIN(fid) FROM parcels)")) {
      ps.setBytes(1, blob.toByteArray());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    return Fixtures.read(file, ReadOptions.defaults()).get(0).errors();
  }

  @Test
  @DisplayName("a CurvePolygon parcel is an error saying curved geometries are not supported and how to convert")
  void curvePolygon() throws Exception {
    assertThat(errorsWithGeometry(curvePolygonWkb())).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("curved geometries are not supported", "CurvePolygon",
          "ogr2ogr -nlt MULTIPOLYGON");
    });
  }

  @Test
  @DisplayName("a MultiSurface parcel is an error saying curved geometries are not supported")
  void multiSurface() throws Exception {
    assertThat(errorsWithGeometry(multiSurfaceWkb())).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("curved geometries are not supported", "MultiSurface");
    });
  }
}
