package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source's deferred records, read on one thread and assembled later, on any threads, are the records that
 * {@code records()} gives, in the same order.
 */
class DeferredRecordsTest {

  @TempDir Path dir;

  private static List<SourceRecord> records(Path path) {
    return Fixtures.read(path, ReadOptions.defaults());
  }

  private static List<SourceRecord.Deferred> deferred(ParcelSource source) {
    return source.deferredRecords().collect(Collectors.toList());
  }

  /**
   * A copy of the park with parcel 4 given the id of parcel 2, and buildings and storeys naming a parcel the file does
   * not have or none (GDAL's R-tree triggers dropped: they call SpatiaLite functions).
   */
  private Path parkWithProblems() throws IOException, SQLException {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("park.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("UPDATE parcels SET parcel_id = (SELECT parcel_id FROM parcels WHERE fid = 2) WHERE fid = 4");
      s.execute("UPDATE storeys SET parcel_id = 'P-404' WHERE fid = (SELECT MAX(fid) FROM storeys)");
      s.execute("UPDATE storeys SET parcel_id = '  ' WHERE fid = (SELECT MIN(fid) FROM storeys)");
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"park.gpkg", "park-4490.gpkg", "geojson", "geojson-4490", "shp-utf8", "bad"})
  @DisplayName("the deferred records, assembled in turn, are the records, in the same order")
  void sameAsRecords(String fixture) throws IOException {
    List<SourceRecord> assembled;
    try (ParcelSource source = ParcelSources.open(Fixtures.path(fixture), ReadOptions.defaults())) {
      assembled = deferred(source).stream().map(SourceRecord.Deferred::assemble).toList();
    }

    assertThat(assembled).isNotEmpty().containsExactlyElementsOf(records(Fixtures.path(fixture)));
  }

  @Test
  @DisplayName("a parcel id given twice and the orphans come out the same when the records are deferred")
  void duplicatesAndOrphans() throws Exception {
    Path park = parkWithProblems();
    List<SourceRecord> assembled;
    try (ParcelSource source = ParcelSources.open(park, ReadOptions.defaults())) {
      assembled = deferred(source).stream().map(SourceRecord.Deferred::assemble).toList();
    }

    assertThat(assembled).containsExactlyElementsOf(records(park));
    assertThat(assembled).filteredOn(r -> !r.isParcel()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  @DisplayName("a deferred record names the id, locator and index of the record it assembles to")
  void namesItsRecord() throws Exception {
    Path park = parkWithProblems();
    try (ParcelSource source = ParcelSources.open(park, ReadOptions.defaults())) {
      for (SourceRecord.Deferred d : deferred(source)) {
        SourceRecord r = d.assemble();
        assertThat(List.of(d.index(), d.id(), d.locator())).containsExactly(r.index(), r.id(), r.locator());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"park.gpkg", "park-4490.gpkg", "geojson-4490"})
  @DisplayName("records assembled on several threads at once, in shuffled order, are the records read one by one")
  void concurrentAssembly(String fixture) throws Exception {
    List<SourceRecord> expected = records(Fixtures.path(fixture));
    List<SourceRecord.Deferred> pending = new ArrayList<>();
    int rounds = 20;
    List<ParcelSource> sources = new ArrayList<>();
    try {
      for (int i = 0; i < rounds; i++) {
        ParcelSource source = ParcelSources.open(Fixtures.path(fixture), ReadOptions.defaults());
        sources.add(source);
        pending.addAll(deferred(source));
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < pending.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(20240601));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      CountDownLatch start = new CountDownLatch(1);
      SourceRecord[] out = new SourceRecord[pending.size()];
      List<Future<?>> futures = new ArrayList<>();
      try {
        for (int i : order) {
          futures.add(pool.submit(() -> {
            start.await();
            out[i] = pending.get(i).assemble();
            return null;
          }));
        }
        start.countDown();
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      for (int round = 0; round < rounds; round++) {
        List<SourceRecord> got = List.of(out).subList(round * expected.size(), (round + 1) * expected.size());
        assertThat(got).containsExactlyElementsOf(expected);
      }
    } finally {
      sources.forEach(ParcelSource::close);
    }
  }

  @Test
  @DisplayName("a source of the user's own that gives only records() has them as deferred records, in order")
  void defaultDeferral() {
    List<SourceRecord> records = records(Fixtures.path("bad"));
    ParcelSource own = new ParcelSource() {
      @Override
      public Stream<SourceRecord> records() {
        return records.stream();
      }

      @Override
      public OptionalLong count() {
        return OptionalLong.of(records.size());
      }

      @Override
      public String description() {
        return "own";
      }

      @Override
      public void close() {}
    };

    List<SourceRecord.Deferred> deferred = deferred(own);

    assertThat(deferred).extracting(SourceRecord.Deferred::id).containsExactlyElementsOf(
        records.stream().map(SourceRecord::id).toList());
    assertThat(deferred).extracting(SourceRecord.Deferred::assemble).containsExactlyElementsOf(records);
  }

  @Test
  @DisplayName("a source gives its records once: deferred records after records() is an error")
  void singleUse() throws IOException {
    try (ParcelSource source = ParcelSources.open(Fixtures.path("park.gpkg"), ReadOptions.defaults())) {
      source.records().close();

      assertThatThrownBy(source::deferredRecords).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("only once");
    }
  }
}
