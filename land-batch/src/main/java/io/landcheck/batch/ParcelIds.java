package io.landcheck.batch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The parcel ids of a batch seen so far, each with the locator of the first record that gave it, so that an id given
 * twice anywhere in the batch (two records of one file, or two inputs) is told with both places. The ids are kept on
 * disk, in a temporary SQLite database that SQLite itself makes and deletes (it is unlinked as soon as it is opened, so
 * nothing is left behind however the process ends), with a small page cache: memory stays flat whatever the batch
 * size. Not thread-safe: used on the batch's consuming thread.
 */
final class ParcelIds implements AutoCloseable {

  /** Ids recorded between two commits. */
  private static final int COMMIT_EVERY = 10_000;

  private final Connection connection;
  private final PreparedStatement insert;
  private final PreparedStatement find;
  private int pending;

  ParcelIds() throws IOException {
    try {
      // an empty file name: a private temporary database on disk, deleted by SQLite
      connection = DriverManager.getConnection("jdbc:sqlite:");
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA synchronous = OFF");
        s.execute("PRAGMA cache_size = -4096"); // 4 MiB of pages in memory, the rest on disk
        s.execute("CREATE TABLE ids (id TEXT PRIMARY KEY, locator TEXT NOT NULL) WITHOUT ROWID");
      }
      connection.setAutoCommit(false);
      insert = connection.prepareStatement("INSERT OR IGNORE INTO ids (id, locator) VALUES (?, ?)");
      find = connection.prepareStatement("SELECT locator FROM ids WHERE id = ?");
    } catch (SQLException e) {
      throw new IOException("cannot keep the batch's parcel ids in a temporary database: " + e.getMessage(), e);
    }
  }

  /**
   * Records that the record at {@code locator} gives the parcel id {@code id}; returns the locator of the record that
   * gave it first, if one did.
   */
  Optional<String> firstSeenAt(String id, String locator) throws IOException {
    try {
      insert.setString(1, id);
      insert.setString(2, locator);
      if (insert.executeUpdate() == 1) {
        if (++pending == COMMIT_EVERY) {
          connection.commit();
          pending = 0;
        }
        return Optional.empty();
      }
      find.setString(1, id);
      try (ResultSet rs = find.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException("cannot keep the batch's parcel ids in a temporary database: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // SQLite deletes the database whatever happens
    }
  }
}
