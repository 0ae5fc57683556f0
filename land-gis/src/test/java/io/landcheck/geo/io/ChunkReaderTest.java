package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkReaderTest {

  @Test
  @DisplayName("when the reader threads cannot open the file, every record is still handed out and each fails to "
      + "assemble with an error naming the file")
  void unreadableChunks(@TempDir Path dir) throws Exception {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "an open file cannot be deleted on Windows");
    Path file = dir.resolve("park.gpkg");
    Files.copy(Fixtures.path("park.gpkg"), file);

    try (ParcelSource source = GeoPackageSource.open(file, ReadOptions.defaults().withReaderThreads(2), 2)) {
      // the source's own connection keeps the deleted file readable; the reader threads open connections of their
      // own, later, and cannot
      Files.delete(file);
      List<SourceRecord.Deferred> records = source.deferredRecords().toList();

      assertThat(records).extracting(SourceRecord.Deferred::id)
          .containsExactly("P-001", "P-002", "P-003", "P-004");
      for (SourceRecord.Deferred r : records) {
        assertThatThrownBy(r::assemble).isInstanceOf(UncheckedIOException.class).hasMessageContaining("park.gpkg");
      }
    }
  }
}
