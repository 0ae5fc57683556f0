package io.landcheck.geo.io;

import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The buildings and storeys of a source in SQLite tables indexed on parcel_id, and the ids of the parcels seen so far
 * (a temporary table, so memory stays flat however many parcels there are). Closing the store does not close the
 * connection.
 *
 * <p>When the parcels are in the same database (a GeoPackage), each child table is read in one sequential pass: a
 * cursor joins the child rows to their parcel and orders them by (parcel fid, child fid), so SQLite does the index
 * lookups in C, and the rows of the parcel being read are taken off it as the parcels stream by ({@link #atParcel}).
 * The join matches a child's parcel_id against the parcel id as SQL spells it ({@link #parcelKey}); a parcel whose id
 * landcheck reads differently (blank, a number with a fraction, white space other than spaces), and every parcel of a
 * Shapefile or GeoJSON source, whose children are staged without their parcels, is looked up by an indexed query
 * instead. Either way a parcel gets the rows whose parcel_id equals its id, in child fid order. A {@link ChunkReader}
 * keeps one store per connection and starts its cursors afresh at each chunk's first parcel ({@link #from}).
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
   *     staging tables also have a column {@code lc_problem} with a geometry that could not be read, and a column
   *     {@code lc_bad} with the values that could not be read ({@link Staging#badColumn})
   */
  record Table(String sqlName, Schema.Mapping mapping, Optional<String> geometryColumn, String fidColumn,
      Optional<String> locatorColumn, String locatorPrefix) {}

  /**
   * The parcels table in the same database as the children, for the joined cursors.
   *
   * @param sqlName the table's quoted, qualified name
   * @param fidColumn its integer primary key, the order the parcels are read in
   * @param parcelIdColumn its parcel_id column
   */
  record Parcels(String sqlName, String fidColumn, String parcelIdColumn) {}

  /**
   * The rows of one parcel's buildings or storeys: those read, and how many there are, which is more when the parcel
   * has more than the limit ({@link ReadLimits#maxBuildings()}, {@link ReadLimits#maxStoreys()}): the rows past it are
   * counted, never read, so that one parcel with millions of storeys errs alone.
   */
  record Fetched(List<RawFeature> rows, long count) {
    static final Fetched NONE = new Fetched(List.of(), 0);

    /** Whether the parcel has more rows than were read. */
    boolean overLimit() {
      return count > rows.size();
    }
  }

  private final Connection connection;
  private final Optional<Table> buildings;
  private final Optional<Table> storeys;
  private final Children buildingRows;
  private final Children storeyRows;
  /** Records a parcel id seen; made at the first {@link #see}, so the stores of reader connections have none. */
  private PreparedStatement see;
  private long parcelFid;
  private String parcelKey;

  /** A store whose children are looked up one parcel at a time, at most {@code limits}' buildings and storeys each. */
  ChildStore(Connection connection, Optional<Table> buildings, Optional<Table> storeys, ReadLimits limits)
      throws SQLException {
    this(connection, buildings, storeys, Optional.empty(), limits);
  }

  /** A store whose children are read in one pass along the parcels, if {@code parcels} is given. */
  ChildStore(Connection connection, Optional<Table> buildings, Optional<Table> storeys, Optional<Parcels> parcels,
      ReadLimits limits) throws SQLException {
    this(connection, buildings, storeys, parcels, false, limits);
  }

  /**
   * A store whose children are read along the parcels; if {@code fromFid}, the joined cursors start at the parcel fid
   * given to {@link #from}, for reading a file a chunk of parcels at a time.
   */
  ChildStore(Connection connection, Optional<Table> buildings, Optional<Table> storeys, Optional<Parcels> parcels,
      boolean fromFid, ReadLimits limits) throws SQLException {
    this.connection = connection;
    this.buildings = buildings;
    this.storeys = storeys;
    this.buildingRows = buildings.isPresent()
        ? new Children(buildings.get(), parcels, fromFid, limits.maxBuildings()) : null;
    this.storeyRows = storeys.isPresent() ? new Children(storeys.get(), parcels, fromFid, limits.maxStoreys()) : null;
  }

  /**
   * The parcel id as SQL reads it from a parcel_id column: text without surrounding spaces, a whole number written
   * without a fraction, else NULL. It has no affinity, so comparing a column with it is the same as comparing with
   * the id bound as a text parameter.
   */
  static String parcelKey(String column) {
    return "+(CASE typeof(" + column + ")"
        + " WHEN 'text' THEN NULLIF(TRIM(" + column + ", ' '), '')"
        + " WHEN 'integer' THEN CAST(" + column + " AS TEXT)"
        + " WHEN 'real' THEN CASE WHEN " + column + " = CAST(" + column + " AS INTEGER) AND abs(" + column + ") < 1e15"
        + " THEN CAST(CAST(" + column + " AS INTEGER) AS TEXT) END END)";
  }

  /**
   * Tells the store which parcel is read next: its fid and its {@link #parcelKey} (null if SQL gives none). Sources
   * whose parcels are not in the database never call this.
   */
  void atParcel(long fid, String key) {
    this.parcelFid = fid;
    this.parcelKey = key;
  }

  /**
   * Starts the joined cursors afresh at the parcel with this fid (a store made {@code fromFid}), for the next chunk of
   * parcels; {@link #endChunk} releases them when the chunk is read.
   */
  void from(long fid) throws SQLException {
    for (Children c : children()) {
      c.from(fid);
    }
  }

  /** Closes the joined cursors of the chunk just read, so that the connection holds no statement open between chunks. */
  void endChunk() throws SQLException {
    for (Children c : children()) {
      c.closeCursor();
    }
  }

  /** The child tables the source has. */
  private List<Children> children() {
    return Stream.of(buildingRows, storeyRows).filter(Objects::nonNull).toList();
  }

  /** Records a parcel id; false if it was seen before. */
  boolean see(String parcelId) throws SQLException {
    if (see == null) {
      createSeen();
      see = connection.prepareStatement("INSERT OR IGNORE INTO temp.lc_seen (pid) VALUES (?)");
    }
    see.setString(1, parcelId);
    return see.executeUpdate() == 1;
  }

  Fetched buildingsOf(String parcelId) throws SQLException {
    return buildingRows == null ? Fetched.NONE : buildingRows.of(parcelId);
  }

  Fetched storeysOf(String parcelId) throws SQLException {
    return storeyRows == null ? Fetched.NONE : storeyRows.of(parcelId);
  }

  /** The temporary table of the parcel ids seen, if not there yet. */
  private void createSeen() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS lc_seen (pid TEXT PRIMARY KEY)");
    }
  }

  /** A reader of one table's rows. */
  static RowReader rows(Table t) {
    return new RowReader(t, false);
  }

  /** The rows of one child table: taken off the joined cursor for the current parcel, or looked up by parcel id. */
  private final class Children {
    private final Optional<String> joinSql;
    private final boolean fromFid;
    /** How many rows of one parcel are read; the rest are counted. */
    private final int max;
    private long firstFid;
    private final PreparedStatement lookup;
    private final RowReader lookupRows;
    private final RowReader cursorRows;
    private PreparedStatement joined;
    private ResultSet cursor;
    private int parcelFidColumn;
    /** Whether the cursor is on a row not yet taken. */
    private boolean pending;
    private boolean exhausted;

    Children(Table t, Optional<Parcels> parcels, boolean fromFid, int max) throws SQLException {
      this.fromFid = fromFid;
      this.max = max;
      this.lookupRows = new RowReader(t, true);
      this.cursorRows = new RowReader(t, true);
      Optional<String> column = t.mapping().column("parcel_id");
      if (column.isEmpty()) { // a layer without parcel_id, read by location: no row names a parcel
        this.lookup = null;
        this.joinSql = Optional.empty();
        return;
      }
      String pid = quote(column.get());
      this.lookup = connection.prepareStatement(
          "SELECT * FROM " + t.sqlName() + " WHERE " + pid + " = ? ORDER BY " + quote(t.fidColumn()));
      this.joinSql = parcels.map(p -> "SELECT c.*, p." + quote(p.fidColumn()) + " AS lc_parcel_fid FROM "
          + p.sqlName() + " AS p CROSS JOIN " + t.sqlName() + " AS c ON c." + pid + " = "
          + parcelKey("p." + quote(p.parcelIdColumn())) + (fromFid ? " WHERE p." + quote(p.fidColumn()) + " >= ?" : "")
          + " ORDER BY p." + quote(p.fidColumn()) + ", c." + quote(t.fidColumn()));
    }

    void from(long fid) throws SQLException {
      closeCursor();
      firstFid = fid;
    }

    void closeCursor() throws SQLException {
      if (cursor != null) {
        cursor.close();
        cursor = null;
      }
      pending = false;
      exhausted = false;
    }

    Fetched of(String parcelId) throws SQLException {
      if (joinSql.isPresent() && parcelId.equals(parcelKey)) {
        return joined(parcelFid);
      }
      if (lookup == null) {
        return Fetched.NONE;
      }
      lookup.setString(1, parcelId);
      List<RawFeature> out = new ArrayList<>();
      long count = 0;
      try (ResultSet rs = lookup.executeQuery()) {
        while (rs.next()) {
          if (count++ < max) {
            out.add(lookupRows.feature(rs));
          }
        }
      }
      return new Fetched(count > max ? List.of() : out, count);
    }

    /** The cursor's rows for the parcel with this fid, skipping those of parcels before it. */
    private Fetched joined(long fid) throws SQLException {
      if (cursor == null) {
        if (joined == null) {
          joined = connection.prepareStatement(joinSql.orElseThrow());
        }
        if (fromFid) {
          joined.setLong(1, firstFid);
        }
        cursor = joined.executeQuery();
        parcelFidColumn = cursor.getMetaData().getColumnCount();
      }
      List<RawFeature> out = new ArrayList<>();
      long count = 0;
      while (true) {
        if (!pending) {
          if (exhausted || !cursor.next()) {
            exhausted = true;
            break;
          }
          pending = true;
        }
        long at = cursor.getLong(parcelFidColumn);
        if (at > fid) {
          break;
        }
        if (at == fid && count++ < max) {
          out.add(cursorRows.feature(cursor));
        }
        pending = false;
      }
      if (count > max) {
        out.clear(); // the parcel is in error: the rows read are dropped at once, not kept while the chunk is read
      }
      return new Fetched(out, count);
    }

    void close() {
      for (AutoCloseable c : new AutoCloseable[] {cursor, joined, lookup}) {
        if (c != null) {
          try {
            c.close();
          } catch (Exception e) {
            // closing anyway
          }
        }
      }
    }
  }

  /**
   * Reads the rows of one table as features. It finds the columns by name on the first row and by position after, so
   * every row it reads must come from statements with the same columns.
   */
  static final class RowReader {
    private final Table table;
    private final boolean child;
    private ImmutableMap<String, Integer> fields;
    private int[] columns;
    private int fidColumn;
    private int locatorColumn;
    private int problemColumn;
    private int badColumn;
    private int geometryColumn;

    /**
     * @param child whether the rows are buildings or storeys read for a parcel; their features leave out parcel_id,
     *     which is that parcel's id and which no one reads, to spare a cell per row
     */
    private RowReader(Table table, boolean child) {
      this.table = table;
      this.child = child;
    }

    private void resolve(ResultSet rs) throws SQLException {
      ImmutableMap.Builder<String, Integer> f = ImmutableMap.builder();
      List<Integer> c = new ArrayList<>();
      for (Map.Entry<String, String> e : table.mapping().columns().entrySet()) {
        if (!(child && e.getKey().equals("parcel_id"))) {
          f.put(e.getKey(), c.size());
          c.add(rs.findColumn(e.getValue()));
        }
      }
      fidColumn = table.locatorColumn().isPresent() ? 0 : rs.findColumn(table.fidColumn());
      locatorColumn = table.locatorColumn().isPresent() ? rs.findColumn(table.locatorColumn().get()) : 0;
      problemColumn = table.locatorColumn().isPresent() ? rs.findColumn("lc_problem") : 0;
      badColumn = table.locatorColumn().isPresent() ? rs.findColumn("lc_bad") : 0;
      geometryColumn = table.geometryColumn().isPresent() ? rs.findColumn(table.geometryColumn().get()) : 0;
      fields = f.buildOrThrow();
      columns = c.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The fid of the row, for a table whose locators are made from it. */
    long fid(ResultSet rs) throws SQLException {
      if (columns == null) {
        resolve(rs);
      }
      return rs.getLong(fidColumn);
    }

    /** The row as a feature, its geometry still encoded (see {@link RawFeature#decoded}). */
    RawFeature feature(ResultSet rs) throws SQLException {
      if (columns == null) {
        resolve(rs);
      }
      Object[] values = new Object[columns.length];
      for (int i = 0; i < columns.length; i++) {
        values[i] = rs.getObject(columns[i]);
      }
      if (badColumn > 0) {
        String bad = rs.getString(badColumn);
        if (bad != null) {
          Staging.badValues(bad).forEach((field, value) -> {
            Integer i = fields.get(field);
            if (i != null) {
              values[i] = value;
            }
          });
        }
      }
      FieldValues byField = new FieldValues(fields, values);
      String locator = locatorColumn > 0 ? rs.getString(locatorColumn) : table.locatorPrefix() + rs.getLong(fidColumn);
      if (problemColumn > 0) {
        String problem = rs.getString(problemColumn);
        if (problem != null) {
          return new RawFeature(locator, byField, Optional.empty(), Optional.of(GeometryProblem.decoded(problem)));
        }
      }
      if (geometryColumn == 0) {
        return RawFeature.of(locator, byField, Optional.empty());
      }
      byte[] blob = rs.getBytes(geometryColumn);
      if (blob == null) {
        return RawFeature.of(locator, byField, Optional.empty());
      }
      return RawFeature.encoded(locator, byField, blob);
    }
  }

  /**
   * A row's values by schema field name, read-only: the row's values in an array and a field index shared by all the
   * rows of a table, so reading a row makes no hash map.
   */
  private static final class FieldValues extends AbstractMap<String, Object> {
    private final ImmutableMap<String, Integer> index;
    private final Object[] values;

    FieldValues(ImmutableMap<String, Integer> index, Object[] values) {
      this.index = index;
      this.values = values;
    }

    @Override
    public Object get(Object field) {
      Integer i = index.get(field);
      return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object field) {
      return index.containsKey(field);
    }

    @Override
    public int size() {
      return values.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
      index.forEach((field, i) -> action.accept(field, values[i]));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      Set<Entry<String, Object>> out = new LinkedHashSet<>();
      index.forEach((field, i) -> out.add(new SimpleImmutableEntry<>(field, values[i])));
      return out;
    }
  }

  /** Whether buildings without parcel_id were placed by location ({@link #markLoose}): they are no orphans then. */
  private boolean placedByLocation;

  /** The SQL condition of a row of {@code t} without a parcel_id (NULL or blank; every row of a layer without one). */
  static String blank(Table t) {
    Optional<String> column = t.mapping().column("parcel_id");
    return column.isEmpty() ? "1" : quote(column.get()) + " IS NULL OR TRIM(CAST(" + quote(column.get())
        + " AS TEXT)) = ''";
  }

  /** The SQL text of a row's building_id, NULL if the layer has none. */
  private static String buildingIdText(Table t) {
    return t.mapping().column("building_id").map(c -> "TRIM(CAST(" + quote(c) + " AS TEXT))").orElse("NULL");
  }

  /** The buildings table, if the source has one. */
  Optional<Table> buildingsTable() {
    return buildings;
  }

  /** The storeys table, if the source has one. */
  Optional<Table> storeysTable() {
    return storeys;
  }

  /**
   * Reads the rows of {@code t} without a parcel_id ({@code loose}) or with one, in fid order, each as a feature with
   * its parcel_id value, geometry still encoded.
   */
  void rowsByParcelId(Table t, boolean loose, RowVisitor visitor) throws SQLException {
    if (!loose && t.mapping().column("parcel_id").isEmpty()) {
      return;
    }
    RowReader reader = new RowReader(t, false);
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t.sqlName()
        + " WHERE " + (loose ? "" : "NOT ") + "(" + blank(t) + ") ORDER BY " + quote(t.fidColumn()))) {
      while (rs.next()) {
        visitor.visit(reader.feature(rs));
      }
    }
  }

  /** Takes the rows {@link #rowsByParcelId} reads. */
  interface RowVisitor {
    void visit(RawFeature row) throws SQLException;
  }

  /** Whether a building that names parcel {@code parcelId} has the id {@code buildingId}. */
  boolean hasBuilding(String parcelId, String buildingId) throws SQLException {
    if (buildings.isEmpty() || buildings.get().mapping().column("parcel_id").isEmpty()) {
      return false;
    }
    Table t = buildings.get();
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + t.sqlName() + " WHERE "
        + quote(t.mapping().column("parcel_id").get()) + " = ? AND " + buildingIdText(t) + " = ? LIMIT 1")) {
      ps.setString(1, parcelId);
      ps.setString(2, buildingId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Notes that the buildings without parcel_id were placed by location, those with the ids {@code buildingIds} with
   * their storeys without parcel_id: none of them is an orphan.
   */
  void markLoose(Iterable<String> buildingIds) throws SQLException {
    placedByLocation = true;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS lc_loose (bid TEXT PRIMARY KEY)");
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT OR IGNORE INTO temp.lc_loose (bid) VALUES (?)")) {
      for (String id : buildingIds) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
  }

  /**
   * The buildings and storeys whose parcel_id names no parcel seen (or is empty), grouped by that parcel_id in id
   * order, rows without one last; call after all parcels. One query sorted by SQLite (spilling to disk), so memory
   * stays flat however many orphan rows there are; a table whose rows all name a parcel seen is left out of it.
   */
  Orphans orphans() throws SQLException {
    createSeen();
    List<String> selects = new ArrayList<>();
    List<Optional<Table>> tables = List.of(buildings, storeys);
    for (int rank = 0; rank < tables.size(); rank++) {
      if (tables.get(rank).isPresent() && !allSeen(tables.get(rank).get())) {
        Table t = tables.get(rank).get();
        String pid = t.mapping().column("parcel_id").map(ChildStore::quote).orElse("NULL");
        String text = "CAST(" + pid + " AS TEXT)";
        // rows without parcel_id that were placed by location (or reported as placed nowhere) are no orphans
        String loose = !placedByLocation ? "" : rank == 0 ? " AND NOT (" + blank(t) + ")"
            : " AND NOT (" + blank(t) + " AND " + buildingIdText(t) + " IN (SELECT bid FROM temp.lc_loose))";
        selects.add("SELECT CASE WHEN TRIM(" + text + ") = '' THEN NULL ELSE " + text + " END AS k, " + rank
            + " AS r, " + quote(t.fidColumn()) + " AS f, " + t.locatorColumn().map(ChildStore::quote).orElse("NULL")
            + " AS l FROM " + t.sqlName() + " WHERE (" + pid + " IS NULL OR " + text
            + " NOT IN (SELECT pid FROM temp.lc_seen))" + loose);
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
   * Whether every row of the table has a text parcel_id equal, byte for byte, to a parcel id seen, so that none is an
   * orphan: counted by walking the parcel ids seen through the table's parcel_id index, which is cheaper than testing
   * each row against them.
   */
  private boolean allSeen(Table t) throws SQLException {
    if (t.mapping().column("parcel_id").isEmpty()) {
      return false;
    }
    String pid = "c." + quote(t.mapping().column("parcel_id").orElseThrow());
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM "
        + t.sqlName() + "), (SELECT COUNT(*) FROM temp.lc_seen AS s CROSS JOIN " + t.sqlName() + " AS c ON " + pid
        + " = s.pid COLLATE BINARY AND typeof(" + pid + ") = 'text')")) {
      return rs.next() && rs.getLong(1) == rs.getLong(2);
    }
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
    for (Children c : children()) {
      c.close();
    }
    if (see != null) {
      try {
        see.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
