package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.geo.GeoParcel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapefile records that are not polygons. */
class ShapeTypesTest {

  private static final List<GeoParcel> GEOPACKAGE = ParcelWritersTest.parcels(Fixtures.read("park.gpkg"));

  @TempDir Path dir;

  /**
   * A copy of the UTF-8 Shapefiles whose storeys.shp has shape type {@code fileType} in its header and its records'
   * contents (shape type onwards) changed by {@code change}, given each record's number from 1 and its content.
   */
  private Path storeysChanged(int fileType, RecordChange change) throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("shp-utf8"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path shp = dir.resolve("storeys.shp");
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(shp));
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    for (int at = 100, number = 1; at < in.limit(); number++) {
      int words = in.getInt(at + 4);
      byte[] content = new byte[2 * words];
      in.get(at + 8, content);
      byte[] changed = change.apply(number, content);
      records.writeBytes(ByteBuffer.allocate(8).putInt(number).putInt(changed.length / 2).array());
      records.writeBytes(changed);
      at += 8 + 2 * words;
    }
    ByteBuffer header = ByteBuffer.allocate(100);
    header.put(0, in.array(), 0, 100);
    header.putInt(24, (100 + records.size()) / 2);
    header.order(ByteOrder.LITTLE_ENDIAN).putInt(32, fileType);
    Files.write(shp, header.array());
    Files.write(shp, records.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
    return dir;
  }

  /** A record's new content, given its number and old content. */
  private interface RecordChange {
    byte[] apply(int number, byte[] content);
  }

  /** The content with its shape type changed from polygon to {@code type}, a null shape left as it is. */
  private static byte[] retyped(byte[] content, int type) {
    ByteBuffer b = ByteBuffer.wrap(content.clone()).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) == 5) {
      b.putInt(0, type);
    }
    return b.array();
  }

  /** A PolyLine with no parts and no points: shape type 3, an all-zero bounding box, 0 parts, 0 points. */
  private static byte[] emptyPolyLine() {
    return ByteBuffer.allocate(4 + 32 + 4 + 4).order(ByteOrder.LITTLE_ENDIAN).putInt(3).array();
  }

  @Test
  @DisplayName("a storey footprint written as a polyline is an error saying footprints must be polygons and how to convert")
  void polyLineFootprint() throws IOException {
    // as GDAL writes storeys whose first features have no footprint, from a layer typed GEOMETRY: a PolyLine file
    // (type 3), the footprint's ring as the line's one part
    Path shp = storeysChanged(3, (number, content) -> retyped(content, 3));

    List<SourceRecord> records = Fixtures.read(shp, ReadOptions.defaults());

    assertThat(records.get(0).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("storeys.geometry");
      assertThat(e.message()).contains("storeys.shp#2", "shape type 3 (PolyLine) is not a polygon",
          "must be polygons", "ogr2ogr -nlt MULTIPOLYGON");
    });
  }

  @Test
  @DisplayName("the parcels whose storeys have no footprint are read from a polyline storeys file")
  void polyLineFileWithoutFootprints() throws IOException {
    Path shp = storeysChanged(3, (number, content) -> retyped(content, 3));

    List<SourceRecord> records = Fixtures.read(shp, ReadOptions.defaults());

    assertThat(ParcelWritersTest.parcels(records.subList(1, 4))).isEqualTo(GEOPACKAGE.subList(1, 4));
  }

  @Test
  @DisplayName("a polyline storey without points has no footprint of its own, like a null shape")
  void polyLineWithoutPoints() throws IOException {
    Path shp = storeysChanged(5, (number, content) -> number == 1 ? emptyPolyLine() : content);

    assertThat(ParcelWritersTest.parcels(Fixtures.read(shp, ReadOptions.defaults()))).isEqualTo(GEOPACKAGE);
  }
}
