package io.landcheck.geo.io;

import static io.landcheck.geo.io.ChildStore.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Copies of a GeoPackage's child tables that have no index on parcel_id, each indexed on (parcel_id, fid), in a
 * temporary SQLite file that every connection reading the file attaches as {@code lc}. The GeoPackage itself is only
 * read (landcheck never writes to its input), and a temporary table would be seen by one connection only, while the
 * parcels are read over several ({@link ChunkReader}). GDAL and QGIS write no such index, so most files need it.
 * Closing deletes the file; close the connections that attached it first.
 */
final class IndexedCopies implements AutoCloseable {
  /** The schema name the copies are attached under. */
  static final String SCHEMA = "lc";

  private final Path source;
  private Path file;
  private Connection writer;

  /** Copies of tables of the GeoPackage {@code source}, none made yet. */
  IndexedCopies(Path source) {
    this.source = source;
  }

  /**
   * Copies the table and indexes the copy; returns the copy's qualified name, for connections that {@link #attach}.
   *
   * @param copy the copy's table name
   */
  String copy(String table, String copy, String parcelIdColumn, String fidColumn) throws SQLException, IOException {
    if (writer == null) {
      file = Files.createTempFile("landcheck-", ".sqlite");
      writer = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = writer.createStatement()) {
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA synchronous = OFF");
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
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
