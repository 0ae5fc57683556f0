package io.landcheck.geo.io;

import static io.landcheck.geo.io.ChildStore.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Copies of a GeoPackage's child tables that have no index on parcel_id, each indexed on (parcel_id, fid), in a
 * temporary SQLite file that every connection reading the file attaches as {@code lc}. The GeoPackage itself is only
 * read (landcheck never writes to its input), and a temporary table would be seen by one connection only, while the
 * parcels are read over several ({@link ChunkReader}). GDAL and QGIS write no such index, so most files need it.
 * The copies may take at most a budget of disk ({@link ReadOptions#temporaryDiskBudget()}): a copy that would take
 * more stops there with {@link OverBudget}. Closing deletes the file; close the connections that attached it first.
 */
final class IndexedCopies implements AutoCloseable {
  /** The schema name the copies are attached under. */
  static final String SCHEMA = "lc";

  /** SQLite's result code for a database that may not grow any more (SQLITE_FULL). */
  private static final int SQLITE_FULL = 13;

  private final Path source;
  private final long budget;
  private Path file;
  private Connection writer;

  /** Copies of tables of the GeoPackage {@code source}, none made yet, with the automatic disk budget. */
  IndexedCopies(Path source) {
    this(source, ReadOptions.AUTOMATIC_DISK_BUDGET);
  }

  /**
   * Copies of tables of the GeoPackage {@code source}, none made yet, taking at most {@code budget} bytes of disk
   * together ({@link ReadOptions#AUTOMATIC_DISK_BUDGET}: twice the size of {@code source} plus 64 MiB).
   */
  IndexedCopies(Path source, long budget) {
    this.source = source;
    this.budget = budget;
  }

  /** A copy that would take more disk than the budget (or than the disk has). */
  static final class OverBudget extends IOException {
    private static final long serialVersionUID = 1L;

    OverBudget(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The budget in bytes. */
  long budgetBytes() throws IOException {
    return budget > 0 ? budget : 2 * Files.size(source) + (64L << 20);
  }

  /**
   * Copies the table and indexes the copy; returns the copy's qualified name, for connections that {@link #attach}.
   *
   * @param copy the copy's table name
   * @throws OverBudget if the copies would take more disk than the budget
   */
  String copy(String table, String copy, String parcelIdColumn, String fidColumn) throws SQLException, IOException {
    if (writer == null) {
      file = TemporaryFiles.create("landcheck-", ".sqlite");
      writer = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = writer.createStatement()) {
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA synchronous = OFF");
        long pageSize;
        try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
          pageSize = rs.next() ? rs.getLong(1) : 4096;
        }
        s.execute("PRAGMA max_page_count = " + Math.max(16, budgetBytes() / pageSize));
      }
      try (PreparedStatement attach = writer.prepareStatement("ATTACH DATABASE ? AS src")) {
        // read-only, as a URI (file:///…, special characters escaped): the input is never opened for writing
        attach.setString(1, source.toAbsolutePath().toUri().toASCIIString() + "?mode=ro");
        attach.execute();
      }
    }
    try (Statement s = writer.createStatement()) {
      s.execute("CREATE TABLE " + quote(copy) + " AS SELECT * FROM src." + quote(table));
      s.execute("CREATE INDEX " + quote(copy + "_pid") + " ON " + quote(copy) + " (" + quote(parcelIdColumn) + ", "
          + quote(fidColumn) + ")");
    } catch (SQLException e) {
      if (e.getErrorCode() == SQLITE_FULL) {
        long bytes = budgetBytes();
        throw new OverBudget("its indexed temporary copy would take more than the temporary disk budget of "
            + (bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB")
            + " (ReadOptions.temporaryDiskBudget), or more than the disk has", e);
      }
      throw e;
    }
    return SCHEMA + "." + quote(copy);
  }

  /** Attaches the copies to a connection reading the GeoPackage, if any were made. */
  void attach(Connection c) throws SQLException {
    if (file == null) {
      return;
    }
    if (writer != null) {
      writer.close(); // the copies are complete: the file is only read from now on
      writer = null;
    }
    try (PreparedStatement attach = c.prepareStatement("ATTACH DATABASE ? AS " + SCHEMA)) {
      attach.setString(1, file.toAbsolutePath().toString());
      attach.execute();
    }
  }

  /** The temporary file of the copies, once one is made. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Deletes the temporary file. */
  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (SQLException e) {
      // deleting anyway
    }
    if (file != null) {
      try {
        TemporaryFiles.delete(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
