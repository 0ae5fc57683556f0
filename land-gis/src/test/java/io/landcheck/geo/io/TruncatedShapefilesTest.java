package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.RecordError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapefiles cut short (a copy interrupted, a download broken off) are reported by file and record. */
class TruncatedShapefilesTest {

  @TempDir Path dir;

  /** A copy of the UTF-8 Shapefiles (4 parcels) with {@code file} cut to {@code bytes} bytes. */
  private Path cut(String file, long bytes) throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("shp-utf8"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    byte[] all = Files.readAllBytes(dir.resolve(file));
    Files.write(dir.resolve(file), java.util.Arrays.copyOf(all, (int) bytes));
    return dir;
  }

  /** Where record {@code n} (from 1) of a .shp starts, from its .shx (100-byte header, then 8 bytes a record). */
  private static long shpRecordOffset(String layer, int n) throws IOException {
    ByteBuffer shx = ByteBuffer.wrap(Files.readAllBytes(Fixtures.path("shp-utf8").resolve(layer + ".shx")));
    return 2L * shx.getInt(100 + 8 * (n - 1)); // offsets in 16-bit words, big-endian
  }

  /** Where row {@code n} (from 1) of a .dbf starts: its header length, then rows of the record length. */
  private static long dbfRowOffset(String layer, int n) throws IOException {
    ByteBuffer dbf = ByteBuffer.wrap(Files.readAllBytes(Fixtures.path("shp-utf8").resolve(layer + ".dbf")))
        .order(ByteOrder.LITTLE_ENDIAN);
    return dbf.getShort(8) + (long) (n - 1) * dbf.getShort(10);
  }

  @Test
  @DisplayName("a .shp cut inside record 3 gives the first two parcels and a geometry error naming the file on the rest")
  void shpCutShort() throws IOException {
    List<SourceRecord> records = Fixtures.read(cut("parcels.shp", shpRecordOffset("parcels", 3) + 20),
        ReadOptions.defaults());

    assertThat(records).hasSize(4);
    assertThat(records.subList(0, 2)).allSatisfy(r -> assertThat(r.parcel()).isPresent());
    assertThat(records.subList(2, 4)).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("parcels.shp is truncated", "cannot be read past record 2");
    }));
  }

  @Test
  @DisplayName("a .dbf cut inside row 3 stops the stream with an error naming the file and the last row read")
  void dbfCutInsideRow() throws IOException {
    Path shp = cut("parcels.dbf", dbfRowOffset("parcels", 3) + 100);

    assertThatThrownBy(() -> Fixtures.read(shp, ReadOptions.defaults())).isInstanceOf(UncheckedIOException.class)
        .hasMessage("parcels.dbf is truncated: it cannot be read past record 2 (its header counts 4 records)");
  }

  @Test
  @DisplayName("a .dbf cut between rows is not read as a shorter file: the stream stops with the same error")
  void dbfCutBetweenRows() throws IOException {
    Path shp = cut("parcels.dbf", dbfRowOffset("parcels", 3));

    assertThatThrownBy(() -> Fixtures.read(shp, ReadOptions.defaults())).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("parcels.dbf is truncated: it cannot be read past record 2");
  }

  @Test
  @DisplayName("the parcels before a cut in the .dbf reach the reader before the error")
  void rowsBeforeTheCut() throws IOException {
    Path shp = cut("parcels.dbf", dbfRowOffset("parcels", 3) + 100);
    List<String> read = new ArrayList<>();

    try (ParcelSource source = ParcelSources.open(shp, ReadOptions.defaults())) {
      Iterator<SourceRecord> it = source.records().iterator();
      assertThatThrownBy(() -> it.forEachRemaining(r -> read.add(r.id()))).isInstanceOf(UncheckedIOException.class);
    }

    assertThat(read).containsExactly("P-001", "P-002");
  }

  @Test
  @DisplayName("a buildings .dbf cut short cannot be opened, the error naming that file")
  void buildingsDbfCut() throws IOException {
    Path shp = cut("buildings.dbf", dbfRowOffset("buildings", 2) + 10);

    assertThatThrownBy(() -> ParcelSources.open(shp, ReadOptions.defaults())).isInstanceOf(IOException.class)
        .hasMessageStartingWith("buildings.dbf is truncated");
  }

  @Test
  @DisplayName("a .dbf cut inside its header cannot be opened, the error naming the file")
  void dbfHeaderCut() throws IOException {
    Path shp = cut("parcels.dbf", 100);

    assertThatThrownBy(() -> ParcelSources.open(shp, ReadOptions.defaults())).isInstanceOf(IOException.class)
        .hasMessage("parcels.dbf is truncated: it ends inside its header");
  }

  @Test
  @DisplayName("a buildings .shp cut short is a geometry error on the parcel of each building it lost")
  void buildingsShpCut() throws IOException {
    Path shp = cut("buildings.shp", shpRecordOffset("buildings", 4) + 12);

    List<SourceRecord> records = Fixtures.read(shp, ReadOptions.defaults());

    // building 4 of buildings.shp stands on P-003, the third parcel
    assertThat(records.get(2).errors()).extracting(RecordError::field).containsExactly("buildings.geometry");
    assertThat(records.get(2).errors().get(0).message()).contains("buildings.shp is truncated");
  }
}
