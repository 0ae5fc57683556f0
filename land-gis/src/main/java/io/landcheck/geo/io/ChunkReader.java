package io.landcheck.geo.io;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads a GeoPackage's parcels with their buildings and storeys a chunk of consecutive parcels at a time, ahead of the
 * thread walking the file, on threads of its own, each chunk over a read-only connection of its own. Fetching the rows
 * through JDBC, cell by cell, is most of the cost of reading a GeoPackage; done all on the walking thread, it would
 * cap a batch at that one thread's speed however many cores check the parcels.
 *
 * <p>A chunk is the {@code size} parcels from a fid on, in fid order, with their children taken off cursors that join
 * them to their parcel (as {@link ChildStore} does for a whole file), so it holds exactly the parcels the walking
 * thread sees there as long as the file does not change while it is read.
 */
final class ChunkReader implements AutoCloseable {

  private final String fileName;
  private final String url;
  private final Properties config;
  private final IndexedCopies copies;
  private final ChildStore.Table parcels;
  private final String parcelsSql;
  private final Optional<ChildStore.Table> buildings;
  private final Optional<ChildStore.Table> storeys;
  private final ChildStore.Parcels join;
  private final int size;
  private final ReadLimits limits;
  private final ExecutorService threads;
  private final Queue<Fetcher> idle = new ConcurrentLinkedQueue<>();
  private final List<Fetcher> opened = new CopyOnWriteArrayList<>();

  /**
   * @param copies the indexed copies of child tables, attached to each connection
   * @param parcels the parcels table, whose rows are read as {@link ChildStore.RowReader} reads them
   * @param keySql the parcel's {@link ChildStore#parcelKey} over the parcels table's parcel_id column
   * @param join the parcels table as the children's joined cursors see it
   * @param size how many parcels a chunk has
   * @param threads how many threads read chunks
   * @param limits the buildings and storeys a parcel may have: those of a parcel past them are counted, not read, so
   *     that the chunk's other parcels are read whatever one parcel holds
   */
  ChunkReader(String fileName, String url, Properties config, IndexedCopies copies, ChildStore.Table parcels,
      String keySql,
      Optional<ChildStore.Table> buildings, Optional<ChildStore.Table> storeys, ChildStore.Parcels join, int size, int threads,
      ReadLimits limits) {
    this.fileName = fileName;
    this.url = url;
    this.config = config;
    this.copies = copies;
    this.parcels = parcels;
    String fid = ChildStore.quote(parcels.fidColumn());
    this.parcelsSql = "SELECT *, " + keySql + " AS lc_parcel_key FROM " + parcels.sqlName() + " WHERE " + fid
        + " >= ? ORDER BY " + fid + " LIMIT ?";
    this.buildings = buildings;
    this.storeys = storeys;
    this.join = join;
    this.size = size;
    this.limits = limits;
    // idle threads end after a while, so a source its user forgets to close does not keep them
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), new ThreadFactoryBuilder().setNameFormat("landcheck-reader-%d").setDaemon(true)
        .build());
    pool.allowCoreThreadTimeOut(true);
    this.threads = pool;
  }

  /** How many parcels a chunk has. */
  int size() {
    return size;
  }

  /** Starts reading the chunk of parcels from this fid on. */
  Future<List<Assembler.Rows>> chunk(long firstFid) {
    return threads.submit(() -> read(firstFid));
  }

  /**
   * The rows of the parcel at {@code position} in a chunk, waiting for the chunk if it is still being read.
   *
   * @throws UncheckedIOException if the chunk could not be read
   */
  Assembler.Rows rows(Future<List<Assembler.Rows>> chunk, int position) {
    try {
      return Uninterruptibles.getUninterruptibly(chunk).get(position);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new UncheckedIOException(new IOException(fileName + ": " + cause.getMessage(), cause));
    }
  }

  private List<Assembler.Rows> read(long firstFid) throws SQLException {
    Fetcher f = idle.poll();
    if (f == null) {
      f = new Fetcher();
      opened.add(f);
    }
    try {
      return f.read(firstFid);
    } finally {
      idle.add(f);
    }
  }

  /** A connection of its own, with the statements that read a chunk; used by one thread at a time. */
  private final class Fetcher {
    private final Connection connection;
    private final ChildStore children;
    private final ChildStore.RowReader rows;
    private final PreparedStatement select;

    Fetcher() throws SQLException {
      this.connection = DriverManager.getConnection(url, config);
      try {
        copies.attach(connection);
        this.children = new ChildStore(connection, buildings, storeys, Optional.of(join), true, limits);
        this.rows = ChildStore.rows(parcels);
        this.select = connection.prepareStatement(parcelsSql);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    }

    List<Assembler.Rows> read(long firstFid) throws SQLException {
      children.from(firstFid);
      select.setLong(1, firstFid);
      select.setInt(2, size);
      List<Assembler.Rows> out = new ArrayList<>(size);
      try (ResultSet rs = select.executeQuery()) {
        int key = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          RawFeature parcel = rows.feature(rs);
          children.atParcel(rows.fid(rs), rs.getString(key));
          out.add(Assembler.rowsOf(parcel, children));
        }
      } finally {
        children.endChunk();
      }
      return out;
    }

    void close() {
      children.close();
      try {
        select.close();
        connection.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  /** Stops the reading threads and closes the connections. */
  @Override
  public void close() {
    threads.shutdownNow();
    // a chunk being read finishes first (milliseconds): its connection must not close under it
    Uninterruptibles.awaitTerminationUninterruptibly(threads, java.time.Duration.ofSeconds(30));
    opened.forEach(Fetcher::close);
  }
}
