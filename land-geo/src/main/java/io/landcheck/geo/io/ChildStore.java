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

  /** Buildings and storeys whose parcel_id names no parcel seen, in table order; call after all parcels. */
  List<ResultSetCursor> orphans() throws SQLException {
    List<ResultSetCursor> out = new ArrayList<>();
    for (Optional<Table> t : List.of(buildings, storeys)) {
      if (t.isPresent()) {
        String pid = quote(t.get().mapping().column("parcel_id").orElseThrow());
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + t.get().sqlName() + " WHERE " + pid
            + " IS NULL OR CAST(" + pid + " AS TEXT) NOT IN (SELECT pid FROM temp.lc_seen) ORDER BY "
            + quote(t.get().fidColumn()));
        out.add(new ResultSetCursor(ps, ps.executeQuery(), t.get()));
      }
    }
    return out;
  }

  /** An open query over orphan rows. */
  record ResultSetCursor(PreparedStatement statement, ResultSet rows, Table table) implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      rows.close();
      statement.close();
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
