package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
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

/**
 * A Shapefile record past a limit, or whose header counts more than it holds, is an error on that record: never an
 * OutOfMemoryError, never an error on another record.
 */
class HostileShapefileTest {

  @TempDir Path dir;

  /** A copy of the UTF-8 Shapefiles (parcels P-001 to P-004). */
  private Path copy() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("shp-utf8"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  /** Where record {@code n} (from 1) of parcels.shp starts, from its .shx. */
  private long shpRecord(int n) throws IOException {
    ByteBuffer shx = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("parcels.shx")));
    return 2L * shx.getInt(100 + 8 * (n - 1));
  }

  /** Asserts that the records are P-001 to P-004, all read but the one at {@code bad}, and returns its errors. */
  private static List<RecordError> onlyInError(List<SourceRecord> records, int bad) {
    assertThat(records).extracting(SourceRecord::id).containsExactly("P-001", "P-002", "P-003", "P-004");
    for (int i = 0; i < 4; i++) {
      assertThat(records.get(i).parcel().isPresent()).as("record %s read", i).isEqualTo(i != bad);
    }
    return records.get(bad).errors();
  }

  @Test
  @DisplayName("a .shp record claiming 300,000,000 points in a few hundred bytes is an error on that record alone")
  void pointsPastTheRecord() throws IOException {
    copy();
    Path shp = dir.resolve("parcels.shp");
    byte[] bytes = Files.readAllBytes(shp);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt((int) shpRecord(2) + 8 + 40, 300_000_000);
    Files.write(shp, bytes);

    List<SourceRecord> records = Fixtures.read(dir, ReadOptions.defaults());

    assertThat(onlyInError(records, 1)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("record 2 is damaged", "300,000,000 points");
    });
  }

  @Test
  @DisplayName("a .shp polygon with more points than the limit is an error on that record naming maxVertices")
  void morePointsThanTheLimit() throws IOException {
    List<SourceRecord> records = Fixtures.read(copy(),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxVertices(9)));

    // P-002's boundary has 10 points, every other shape at most 9
    assertThat(onlyInError(records, 1)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("has 10 points", "maxVertices = 9");
    });
  }

  @Test
  @DisplayName("a .shp polygon with more parts than the limit is an error on that record naming maxParts")
  void morePartsThanTheLimit() throws IOException {
    List<SourceRecord> records = Fixtures.read(copy(),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxParts(1)));

    // P-002 and P-003 have two parts each (a shell and a hole), every other shape one
    assertThat(records).extracting(r -> r.parcel().isPresent()).containsExactly(true, false, false, true);
    assertThat(records.subList(1, 3)).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("has 2 parts", "maxParts = 1");
    }));
  }
}
