package io.landcheck.geo.io;

import static io.landcheck.geo.io.ChildStore.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import org.sqlite.SQLiteConfig;

/**
 * Opens a GeoPackage (.gpkg) with tables parcels, buildings and storeys: reads gpkg_contents,
 * gpkg_geometry_columns and gpkg_spatial_ref_sys, and streams the parcels in fid order alongside two cursors that
 * join the buildings and the storeys to their parcel through an index on parcel_id (made in a temporary copy when the
 * file has none), so the whole file is read in one pass; see {@link ChildStore}.
 */
final class GeoPackageSource {

  private GeoPackageSource() {}

  /**
   * A table of the file: its real name, columns, fid and geometry columns and srs id; {@code integerFid} says the fid
   * is the table's INTEGER PRIMARY KEY; {@code notTable} says why landcheck does not read it when it is not a plain
   * table with a primary key (a view, which over a recursive query can be endless; a virtual table; no key).
   */
  private record TableInfo(String name, List<String> columns, String fid, boolean integerFid,
      Optional<String> geometry, OptionalInt srsId, Optional<String> notTable) {}

  /** How many parcels a {@link ChunkReader} chunk has. */
  static final int CHUNK_PARCELS = 16;

  static ParcelSource open(Path file, ReadOptions options) throws IOException {
    return open(file, options, CHUNK_PARCELS);
  }

  /**
   * Opens the file, reading its parcels in chunks of {@code chunkParcels} on the options' reader threads (a {@link
   * ChunkReader}) when there are any and the file allows it, else one by one on the thread walking the file.
   */
  static ParcelSource open(Path file, ReadOptions options, int chunkParcels) throws IOException {
    String fileName = file.getFileName().toString();
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setGetGeneratedKeys(false); // else sqlite-jdbc runs SELECT last_insert_rowid() after every INSERT
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    } catch (SQLException e) {
      throw new IOException(fileName + ": cannot be opened as a GeoPackage: " + e.getMessage(), e);
    }
    IndexedCopies copies = new IndexedCopies(file, options.temporaryDiskBudget());
    try {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA temp_store = FILE");
      }
      if (!exists(c, "gpkg_contents")) {
        throw new IOException(fileName + ": not a GeoPackage (no gpkg_contents table)");
      }
      Optional<TableInfo> maybeParcels = layerTable(c, fileName, Schema.Layer.PARCELS, options);
      if (maybeParcels.isEmpty()) {
        throw new IOException(fileName + ": has no table 'parcels', nor one table with the parcels' fields (the "
            + "GeoPackage's tables are " + tables(c) + "); name it with --layer parcels=NAME (ReadOptions.withLayer "
            + "in Java)");
      }
      TableInfo parcels = maybeParcels.get();
      if (parcels.notTable().isPresent()) {
        throw new IOException(fileName + ": layer " + parcels.name() + " " + parcels.notTable().get()
            + "; landcheck reads only layers that are tables with a primary key (a view can be endless)");
      }
      Optional<TableInfo> buildings = layerTable(c, fileName, Schema.Layer.BUILDINGS, options);
      Optional<TableInfo> storeys = layerTable(c, fileName, Schema.Layer.STOREYS, options);
      List<Assembler.Problem> problems = new ArrayList<>();
      Schema.Mapping pm = mapping(Schema.Layer.PARCELS, parcels, options, problems);
      Optional<ChildStore.Table> bt = child(c, Schema.Layer.BUILDINGS, buildings, ParcelSources.located(file), options, problems, copies);
      Optional<ChildStore.Table> st = child(c, Schema.Layer.STOREYS, storeys, ParcelSources.located(file), options, problems, copies);
      copies.attach(c);
      if (parcels.geometry().isEmpty()) {
        problems.add(Assembler.Problem.told("geometry", "noGeometryColumn", List.of(fileName)));
      }
      Optional<SourceCrs> crs = crs(c, fileName, parcels, options, problems);
      for (Optional<TableInfo> t : List.of(buildings, storeys)) {
        if (options.crs().isEmpty() && crs.isPresent() && t.isPresent() && t.get().geometry().isPresent()) {
          otherSystem(c, fileName, t.get(), parcels, crs.get()).ifPresent(problems::add);
        }
      }
      OptionalLong count = count(c, parcels);
      Optional<String> parcelIdColumn = pm.column("parcel_id");
      Optional<ChildStore.Parcels> joinable = parcels.integerFid() && parcelIdColumn.isPresent()
          ? Optional.of(new ChildStore.Parcels(quote(parcels.name()), parcels.fid(), parcelIdColumn.get()))
          : Optional.empty();
      ChildStore store = new ChildStore(c, bt, st, joinable, options.limits());
      ChildStore.Table parcelTable = new ChildStore.Table(quote(parcels.name()), pm, parcels.geometry(), parcels.fid(),
          Optional.empty(), ParcelSources.located(file) + ":" + parcels.name() + "#");
      String key = parcelIdColumn.map(p -> ChildStore.parcelKey(quote(p))).orElse("NULL");
      String description = fileName + " (GeoPackage, " + crs.map(SourceCrs::name).orElse("no coordinate system") + ")";
      Assembler assembler = Assembler.of(store, crs, problems, options, () -> allParcels(c, parcelTable, fileName));
      // A source-wide problem makes every record an error without reading any children: nothing to read ahead.
      if (options.readerThreads() > 0 && chunkParcels > 0 && joinable.isPresent() && problems.isEmpty()) {
        ChunkReader chunks = new ChunkReader(fileName, "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties(),
            copies, parcelTable, key, bt, st, joinable.get(), chunkParcels, options.readerThreads(),
            options.limits());
        AssembledSource.Records records;
        try {
          records = chunkedRecords(c, parcelTable, parcelIdColumn.get(), chunks, assembler);
        } catch (SQLException | RuntimeException e) {
          chunks.close();
          throw e;
        }
        Connection main = c;
        return new AssembledSource(description, assembler, count, records, store, () -> {
          chunks.close();
          main.close();
          copies.close();
        });
      }
      ChildStore.RowReader reader = ChildStore.rows(parcelTable);
      PreparedStatement ps = c.prepareStatement("SELECT *, " + key + " AS lc_parcel_key FROM "
          + quote(parcels.name()) + " ORDER BY " + quote(parcels.fid()));
      ResultSet rows = ps.executeQuery();
      int keyColumn = rows.getMetaData().getColumnCount();
      AssembledSource.Features features = new AssembledSource.Features() {
        @Override
        protected RawFeature computeNext() {
          try {
            if (!rows.next()) {
              return endOfData();
            }
            RawFeature parcel = reader.feature(rows);
            if (joinable.isPresent()) {
              store.atParcel(reader.fid(rows), rows.getString(keyColumn));
            }
            return parcel;
          } catch (SQLException e) {
            throw new java.io.UncheckedIOException(new IOException(fileName + ": " + e.getMessage(), e));
          }
        }

        @Override
        public void close() throws IOException {
          closeQuery(rows, ps);
        }
      };
      Connection main = c;
      return new AssembledSource(description, count, features, store, assembler, () -> {
        main.close();
        copies.close();
      });
    } catch (SQLException | IOException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      copies.close();
      if (e instanceof IOException io) {
        throw io;
      }
      throw new IOException(fileName + ": " + e.getMessage(), e);
    }
  }

  /**
   * The parcel records, the file walked on the calling thread for each parcel's fid and id only, the rows read ahead
   * by {@code chunks}: each chunk is started when its first parcel is walked, up to two chunks ahead of the record
   * handed out.
   */
  private static AssembledSource.Records chunkedRecords(Connection c, ChildStore.Table parcels, String parcelIdColumn,
      ChunkReader chunks, Assembler assembler) throws SQLException {
    String fid = quote(parcels.fidColumn());
    PreparedStatement ps = c.prepareStatement("SELECT " + fid + ", " + quote(parcelIdColumn) + " FROM "
        + parcels.sqlName() + " ORDER BY " + fid);
    ResultSet walk = ps.executeQuery();
    /** A parcel walked: its id field, and where its rows are. */
    record Walked(RawFeature idOnly, Future<List<Assembler.Rows>> chunk, int position) {}
    return new AssembledSource.Records() {
      final ArrayDeque<Walked> ahead = new ArrayDeque<>();
      long walked;
      long index;
      boolean end;
      Future<List<Assembler.Rows>> chunk;

      @Override
      Optional<SourceRecord.Deferred> next() throws SQLException {
        while (!end && ahead.size() < 2 * chunks.size()) {
          if (!walk.next()) {
            end = true;
            break;
          }
          long at = walk.getLong(1);
          int position = (int) (walked++ % chunks.size());
          if (position == 0) {
            chunk = chunks.chunk(at);
          }
          ahead.add(new Walked(RawFeature.of(parcels.locatorPrefix() + at,
              Collections.singletonMap("parcel_id", walk.getObject(2)), Optional.empty()), chunk, position));
        }
        Walked w = ahead.poll();
        if (w == null) {
          return Optional.empty();
        }
        return Optional.of(assembler.read(index++, w.idOnly(), () -> chunks.rows(w.chunk(), w.position())));
      }

      @Override
      public void close() throws IOException {
        closeQuery(walk, ps);
      }
    };
  }

  /** Every parcel feature of the table, in fid order, on the connection {@code c}: a pass of its own. */
  private static AssembledSource.Features allParcels(Connection c, ChildStore.Table parcels, String fileName)
      throws SQLException {
    ChildStore.RowReader reader = ChildStore.rows(parcels);
    PreparedStatement ps = c.prepareStatement("SELECT * FROM " + parcels.sqlName() + " ORDER BY "
        + quote(parcels.fidColumn()));
    ResultSet rows = ps.executeQuery();
    return new AssembledSource.Features() {
      @Override
      protected RawFeature computeNext() {
        try {
          return rows.next() ? reader.feature(rows) : endOfData();
        } catch (SQLException e) {
          throw new java.io.UncheckedIOException(new IOException(fileName + ": " + e.getMessage(), e));
        }
      }

      @Override
      public void close() throws IOException {
        closeQuery(rows, ps);
      }
    };
  }

  /** Closes a query's rows and statement. */
  private static void closeQuery(ResultSet rows, PreparedStatement statement) throws IOException {
    try {
      rows.close();
      statement.close();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  /**
   * The number of parcels if it is cheap: GDAL's gpkg_ogr_contents, or COUNT(*) when an index lets SQLite count
   * without reading every geometry.
   */
  private static OptionalLong count(Connection c, TableInfo parcels) throws SQLException {
    if (exists(c, "gpkg_ogr_contents")) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT feature_count FROM gpkg_ogr_contents WHERE lower(table_name) = lower(?)")) {
        ps.setString(1, parcels.name());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && rs.getObject(1) != null) {
            return OptionalLong.of(rs.getLong(1));
          }
        }
      }
    }
    boolean indexed = false;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(" + quote(parcels.name()) + ")")) {
      indexed = rs.next();
    }
    if (!indexed) {
      return OptionalLong.empty();
    }
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quote(parcels.name()))) {
      return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
    }
  }

  private static Schema.Mapping mapping(Schema.Layer layer, TableInfo t, ReadOptions options,
      List<Assembler.Problem> problems) {
    List<String> columns = new ArrayList<>(t.columns());
    columns.remove(t.fid());
    t.geometry().ifPresent(columns::remove);
    Schema.Mapping m = Schema.map(layer, columns, Optional.empty());
    m.problem(options, "").ifPresent(problems::add);
    return m;
  }

  private static Optional<ChildStore.Table> child(Connection c, Schema.Layer layer, Optional<TableInfo> info,
      String fileName, ReadOptions options, List<Assembler.Problem> problems, IndexedCopies copies)
      throws SQLException, IOException {
    if (info.isEmpty()) {
      return Optional.empty();
    }
    TableInfo t = info.get();
    if (t.notTable().isPresent()) {
      String why = t.notTable().get();
      String name = why.equals("is a view") ? "layerView"
          : why.equals("is a virtual table") ? "layerVirtual" : "layerNoKey";
      problems.add(Assembler.Problem.told(layer.table, name, List.of(fileName, t.name())));
      return Optional.empty();
    }
    Schema.Mapping m = mapping(layer, t, options, problems);
    if (m.column("parcel_id").isEmpty()) {
      // read by location, a layer without parcel_id is read whole, for placing its buildings; else it is a problem
      return options.buildingAssignment().byLocation() ? Optional.of(new ChildStore.Table(quote(t.name()), m,
          t.geometry(), t.fid(), Optional.empty(), fileName + ":" + t.name() + "#")) : Optional.empty();
    }
    String pid = m.column("parcel_id").get();
    String sqlName = quote(t.name());
    if (!indexed(c, t.name(), pid)) {
      try {
        sqlName = copies.copy(t.name(), "lc_" + layer.table, pid, t.fid());
      } catch (IndexedCopies.OverBudget e) {
        problems.add(new Assembler.Problem(layer.table, fileName + ": table " + t.name() + ": " + e.getMessage()));
        return Optional.empty();
      }
    }
    return Optional.of(new ChildStore.Table(sqlName, m, t.geometry(), t.fid(), Optional.empty(),
        fileName + ":" + t.name() + "#"));
  }

  /** Whether an index of the table starts with the column. */
  private static boolean indexed(Connection c, String table, String column) throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(" + quote(table) + ")")) {
      while (rs.next()) {
        indexes.add(rs.getString("name"));
      }
    }
    for (String index : indexes) {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_info(" + quote(index) + ")")) {
        while (rs.next()) {
          if (rs.getInt("seqno") == 0 && column.equalsIgnoreCase(rs.getString("name"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Optional<SourceCrs> crs(Connection c, String fileName, TableInfo parcels, ReadOptions options,
      List<Assembler.Problem> problems) throws SQLException {
    if (options.crs().isPresent()) {
      try {
        return Optional.of(SourceCrs.parse(options.crs().get()));
      } catch (IllegalArgumentException e) {
        problems.add(new Assembler.Problem("crs", e.getMessage()));
        return Optional.empty();
      }
    }
    Optional<SpatialRef> ref = parcels.srsId().isEmpty() ? Optional.empty() : spatialRef(c, parcels.srsId().getAsInt());
    if (ref.isEmpty()) {
      problems.add(Assembler.Problem.told("crs", "noSrs", List.of(fileName)));
      return Optional.empty();
    }
    if (ref.get().crs().isEmpty()) {
      problems.add(Assembler.Problem.told("crs", "crsUnknown", List.of(fileName, ref.get().label())));
    }
    return ref.get().crs();
  }

  /**
   * A row of gpkg_spatial_ref_sys: its organization and code ({@code EPSG:4549}, {@code NONE:100000}) and the system
   * landcheck reads from it, if it recognises one.
   */
  private record SpatialRef(String label, Optional<SourceCrs> crs) {}

  /**
   * The spatial reference system with this srs_id, or empty for none: srs_id 0 or -1 (GeoPackage's undefined
   * systems), or one gpkg_spatial_ref_sys does not have. Its system is read from the EPSG code if the organization is
   * EPSG, else from the WKT definition, else from a proj string in the description.
   */
  private static Optional<SpatialRef> spatialRef(Connection c, int srsId) throws SQLException {
    if (srsId <= 0) {
      return Optional.empty();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT organization, organization_coordsys_id, definition, description FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
      ps.setInt(1, srsId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String org = Optional.ofNullable(rs.getString(1)).orElse("");
        int code = rs.getInt(2);
        String definition = Optional.ofNullable(rs.getString(3)).orElse("");
        String description = Optional.ofNullable(rs.getString(4)).orElse("");
        return Optional.of(new SpatialRef(org + ":" + code, system(org, code, definition, description)));
      }
    }
  }

  private static Optional<SourceCrs> system(String org, int code, String definition, String description) {
    if (org.equalsIgnoreCase("EPSG")) {
      try {
        return Optional.of(SourceCrs.epsg(code));
      } catch (IllegalArgumentException e) {
        // try the definition
      }
    }
    try {
      Optional<SourceCrs> fromWkt = SourceCrs.fromWkt(definition);
      if (fromWkt.isPresent()) {
        return fromWkt;
      }
      if (description.strip().startsWith("+proj=")) {
        return Optional.of(SourceCrs.parse(description));
      }
    } catch (IllegalArgumentException e) {
      // not one landcheck recognises
    }
    return Optional.empty();
  }

  /**
   * The problem of a buildings or storeys table whose coordinate system is not the parcels' {@code parcelsCrs}, if it
   * is not: the systems are compared, not their srs_ids, so a table under srs_id 100000 whose definition is the
   * parcels' EPSG:4549 is in the parcels' system.
   */
  private static Optional<Assembler.Problem> otherSystem(Connection c, String fileName, TableInfo table,
      TableInfo parcels, SourceCrs parcelsCrs) throws SQLException {
    int srsId = table.srsId().orElse(0);
    if (table.srsId().equals(parcels.srsId())) {
      return Optional.empty();
    }
    Optional<SpatialRef> ref = spatialRef(c, srsId);
    if (ref.isPresent() && ref.get().crs().isPresent() && ref.get().crs().get().sameAs(parcelsCrs)) {
      return Optional.empty();
    }
    String system = ref.isEmpty() ? "no coordinate system (srs_id " + srsId + ")"
        : ref.get().crs().map(s -> s.name() + " (srs_id " + srsId + ")")
            .orElse(ref.get().label() + " (srs_id " + srsId + "), which landcheck does not recognise");
    return Optional.of(SourceCrs.mismatch(fileName + ": table " + table.name(), system,
        parcelsCrs, parcelsCrs.name() + " (srs_id " + parcels.srsId().orElse(0) + ")"));
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /**
   * The table holding a layer: the one {@link ReadOptions#layer} names (an error if there is none), else the one named
   * as the layer ({@code parcels} …), else the only table of the GeoPackage's contents whose columns hold the layer's
   * required fields, under their names or Chinese aliases, and not those of the layer below it (a buildings table has
   * a parcel_id too, but also a building_id; a storeys table also a level); none if no table, or several, do (several
   * is an error naming {@code --layer}).
   */
  private static Optional<TableInfo> layerTable(Connection c, String fileName, Schema.Layer layer, ReadOptions options)
      throws SQLException, IOException {
    Optional<String> named = options.layer(layer.table);
    if (named.isPresent()) {
      Optional<TableInfo> t = table(c, named.get().toLowerCase(Locale.ROOT));
      if (t.isEmpty()) {
        throw new IOException(fileName + ": has no table '" + named.get() + "' (named with --layer " + layer.table + "="
            + named.get() + "; the GeoPackage's tables are " + tables(c) + ")");
      }
      return t;
    }
    Optional<TableInfo> byName = table(c, layer.table);
    if (byName.isPresent()) {
      return byName;
    }
    List<TableInfo> candidates = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    for (String name : names) {
      Optional<TableInfo> t = table(c, name.toLowerCase(Locale.ROOT));
      if (t.isPresent() && holds(layer, t.get(), options)) {
        candidates.add(t.get());
      }
    }
    if (candidates.size() > 1) {
      throw new IOException(fileName + ": tables " + candidates.stream().map(TableInfo::name).toList() + " all have "
          + "the fields of the " + layer.table + " layer; name the one to read with --layer " + layer.table
          + "=NAME (ReadOptions.withLayer in Java)");
    }
    return candidates.stream().findFirst();
  }

  /** Whether the table has the layer's required fields and not the next layer's, and geometry if the layer needs it. */
  private static boolean holds(Schema.Layer layer, TableInfo t, ReadOptions options) {
    return Schema.holds(layer, t.columns(), Optional.empty(), t.geometry().isPresent(),
        options.buildingAssignment().byLocation());
  }

  private static Optional<TableInfo> table(Connection c, String wanted) throws SQLException {
    String name = null;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents")) {
      while (rs.next()) {
        if (rs.getString(1).toLowerCase(Locale.ROOT).equals(wanted)) {
          name = rs.getString(1);
        }
      }
    }
    if (name == null) {
      if (!exists(c, wanted)) {
        return Optional.empty();
      }
      name = wanted; // an attribute table not listed in gpkg_contents
    }
    List<String> columns = new ArrayList<>();
    String fid = "rowid";
    String fidType = "";
    int keyColumns = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(name) + ")")) {
      while (rs.next()) {
        columns.add(rs.getString("name"));
        if (rs.getInt("pk") == 1) {
          fid = rs.getString("name");
          fidType = rs.getString("type");
        }
        if (rs.getInt("pk") > 0) {
          keyColumns++;
        }
      }
    }
    boolean integerFid = keyColumns == 1 && "INTEGER".equalsIgnoreCase(fidType);
    Optional<String> notTable = Optional.empty();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT type, sql FROM sqlite_master WHERE lower(name) = lower(?) AND type IN ('table', 'view')")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          String sql = Optional.ofNullable(rs.getString(2)).orElse("").stripLeading().toUpperCase(Locale.ROOT);
          notTable = "view".equals(rs.getString(1)) ? Optional.of("is a view")
              : sql.startsWith("CREATE VIRTUAL") ? Optional.of("is a virtual table")
              : keyColumns == 0 ? Optional.of("has no primary key") : Optional.empty();
        }
      }
    }
    Optional<String> geometry = Optional.empty();
    OptionalInt srs = OptionalInt.empty();
    if (exists(c, "gpkg_geometry_columns")) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            geometry = Optional.of(rs.getString(1));
            srs = OptionalInt.of(rs.getInt(2));
          }
        }
      }
    }
    return Optional.of(new TableInfo(name, columns, fid, integerFid, geometry, srs, notTable));
  }
}
