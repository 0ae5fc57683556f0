package io.landcheck.geo.io;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.io.ParseException;

/**
 * The buildings and storeys of a source in SQLite tables indexed on parcel_id, looked up one parcel at a time, and the
 * ids of the parcels seen so far (a temporary table, so memory stays flat however many parcels there are). Closing the
 * store does not close the connection.
 */
final class ChildStore {

  /**
   * A table of buildings or storeys.
   *
   * @param sqlName the table's quoted, qualified name
   * @param mapping schema field name to column
   * @param geometryColumn the geometry column, if any
   * @param fidColumn the column that orders the rows and numbers them in locators
   * @param locatorColumn a column holding each row's locator, else {@code locatorPrefix + fid}; landcheck's own
   *     staging tables also have a column {@code lc_problem} with a geometry that could not be read
   */
  record Table(String sqlName, Schema.Mapping mapping, Optional<String> geometryColumn, String fidColumn,
      Optional<String> locatorColumn, String locatorPrefix) {}

  private final Connection connection;
  private final Optional<Table> buildings;
  private final Optional<Table> storeys;
  private final PreparedStatement buildingsOf;
  private final PreparedStatement storeysOf;
  private final PreparedStatement see;

  ChildStore(Connection connection, Optional<Table> buildings, Optional<Table> storeys) throws SQLException {
    this.connection = connection;
    this.buildings = buildings;
    this.storeys = storeys;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS lc_seen (pid TEXT PRIMARY KEY)");
    }
    this.buildingsOf = buildings.isPresent() ? lookup(buildings.get()) : null;
    this.storeysOf = storeys.isPresent() ? lookup(storeys.get()) : null;
    this.see = connection.prepareStatement("INSERT OR IGNORE INTO temp.lc_seen (pid) VALUES (?)");
  }

  private PreparedStatement lookup(Table t) throws SQLException {
    String pid = quote(t.mapping().column("parcel_id").orElseThrow());
    return connection.prepareStatement(
        "SELECT * FROM " + t.sqlName() + " WHERE " + pid + " = ? ORDER BY " + quote(t.fidColumn()));
  }

  /** Records a parcel id; false if it was seen before. */
  boolean see(String parcelId) throws SQLException {
    see.setString(1, parcelId);
    return see.executeUpdate() == 1;
  }

  List<RawFeature> buildingsOf(String parcelId) throws SQLException {
    return buildingsOf == null ? List.of() : rows(buildingsOf, parcelId, buildings.get());
  }

  List<RawFeature> storeysOf(String parcelId) throws SQLException {
    return storeysOf == null ? List.of() : rows(storeysOf, parcelId, storeys.get());
  }

  private static List<RawFeature> rows(PreparedStatement lookup, String parcelId, Table t) throws SQLException {
    lookup.setString(1, parcelId);
    List<RawFeature> out = new ArrayList<>();
    try (ResultSet rs = lookup.executeQuery()) {
      while (rs.next()) {
        out.add(feature(rs, t));
      }
    }
    return out;
  }

  /** A row as a feature. */
  static RawFeature feature(ResultSet rs, Table t) throws SQLException {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<String, String> e : t.mapping().columns().entrySet()) {
      values.put(e.getKey(), rs.getObject(e.getValue()));
    }
    String locator = t.locatorColumn().isPresent()
        ? rs.getString(t.locatorColumn().get()) : t.locatorPrefix() + rs.getLong(t.fidColumn());
    if (t.locatorColumn().isPresent() && rs.getString("lc_problem") != null) {
      return new RawFeature(locator, values, Optional.empty(), Optional.of(rs.getString("lc_problem")));
    }
    if (t.geometryColumn().isEmpty()) {
      return RawFeature.of(locator, values, Optional.empty());
    }
    byte[] blob = rs.getBytes(t.geometryColumn().get());
    if (blob == null) {
      return RawFeature.of(locator, values, Optional.empty());
    }
    try {
      return RawFeature.of(locator, values, GpBlob.decode(blob));
    } catch (ParseException | RuntimeException e) {
      return new RawFeature(locator, values, Optional.empty(), Optional.of("geometry cannot be read: " + e.getMessage()));
    }
  }

  /**
   * The buildings and storeys whose parcel_id names no parcel seen (or is empty), grouped by that parcel_id in id
   * order, rows without one last; call after all parcels. One query sorted by SQLite (spilling to disk), so memory
   * stays flat however many orphan rows there are.
   */
  Orphans orphans() throws SQLException {
    List<String> selects = new ArrayList<>();
    List<Optional<Table>> tables = List.of(buildings, storeys);
    for (int rank = 0; rank < tables.size(); rank++) {
      if (tables.get(rank).isPresent()) {
        Table t = tables.get(rank).get();
        String pid = quote(t.mapping().column("parcel_id").orElseThrow());
        String text = "CAST(" + pid + " AS TEXT)";
        selects.add("SELECT CASE WHEN TRIM(" + text + ") = '' THEN NULL ELSE " + text + " END AS k, " + rank
            + " AS r, " + quote(t.fidColumn()) + " AS f, " + t.locatorColumn().map(ChildStore::quote).orElse("NULL")
            + " AS l FROM " + t.sqlName() + " WHERE " + pid + " IS NULL OR " + text
            + " NOT IN (SELECT pid FROM temp.lc_seen)");
      }
    }
    if (selects.isEmpty()) {
      return new Orphans(null, null, List.of());
    }
    PreparedStatement ps = connection.prepareStatement("SELECT k, r, f, l FROM (" + String.join(" UNION ALL ", selects)
        + ") ORDER BY k IS NULL, k, r, f");
    return new Orphans(ps, ps.executeQuery(), tables);
  }

  /**
   * Buildings and storeys that name one missing parcel (or none): how many of each and the locators of the first few.
   *
   * @param parcelId the parcel id they name, empty for rows without one
   */
  record OrphanGroup(Optional<String> parcelId, long buildings, long storeys, List<String> buildingLocators,
      List<String> storeyLocators) {}

  /** The orphan groups, read from one sorted query; closing releases it. */
  static final class Orphans implements AutoCloseable {
    /** How many locators of each layer a group keeps. */
    static final int LOCATORS = 3;

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final List<Optional<Table>> tables;
    private boolean pending;
    private boolean done;

    private Orphans(PreparedStatement statement, ResultSet rows, List<Optional<Table>> tables) {
      this.statement = statement;
      this.rows = rows;
      this.tables = tables;
      this.done = rows == null;
    }

    /** The next group, or empty at the end. */
    Optional<OrphanGroup> next() throws SQLException {
      if (!done && !pending) {
        pending = rows.next();
        done = !pending;
      }
      if (done) {
        return Optional.empty();
      }
      Optional<String> key = Optional.ofNullable(rows.getString(1));
      long[] counts = new long[2];
      List<List<String>> locators = List.of(new ArrayList<>(), new ArrayList<>());
      do {
        int rank = rows.getInt(2);
        counts[rank]++;
        if (locators.get(rank).size() < LOCATORS) {
          Table t = tables.get(rank).orElseThrow();
          String locator = rows.getString(4);
          locators.get(rank).add(locator != null ? locator : t.locatorPrefix() + rows.getLong(3));
        }
        pending = rows.next();
        done = !pending;
      } while (pending && Optional.ofNullable(rows.getString(1)).equals(key));
      return Optional.of(new OrphanGroup(key, counts[0], counts[1], List.copyOf(locators.get(0)),
          List.copyOf(locators.get(1))));
    }

    @Override
    public void close() throws SQLException {
      if (statement != null) {
        rows.close();
        statement.close();
      }
    }
  }

  void close() {
    for (PreparedStatement p : new PreparedStatement[] {buildingsOf, storeysOf, see}) {
      if (p != null) {
        try {
          p.close();
        } catch (SQLException e) {
          // closing anyway
        }
      }
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
