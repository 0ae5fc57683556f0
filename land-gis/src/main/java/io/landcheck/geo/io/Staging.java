package io.landcheck.geo.io;

import static io.landcheck.geo.io.ChildStore.quote;

import io.landcheck.input.BadValue;
import io.landcheck.input.Values;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * A temporary SQLite file holding the buildings and storeys of a Shapefile or GeoJSON source, indexed on parcel_id,
 * so the parcels can be streamed with their buildings looked up one parcel at a time. Deleted on close.
 */
final class Staging implements AutoCloseable {
  private final Path file;
  final Connection connection;

  private Staging(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  static Staging create() throws IOException {
    Path file = TemporaryFiles.create("landcheck-", ".sqlite");
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setGetGeneratedKeys(false); // else sqlite-jdbc runs SELECT last_insert_rowid() after every INSERT
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA synchronous = OFF");
        s.execute("PRAGMA temp_store = FILE");
      }
      return new Staging(file, c);
    } catch (SQLException e) {
      TemporaryFiles.delete(file);
      throw new IOException("cannot create a temporary SQLite file: " + e.getMessage(), e);
    }
  }

  /** Copies a layer's features into an indexed table; the mapping's columns are the file's. */
  ChildStore.Table load(Schema.Mapping mapping, Iterator<RawFeature> features) throws SQLException {
    Schema.Layer layer = mapping.layer();
    List<String> fields = new ArrayList<>(mapping.columns().keySet());
    if (!fields.contains("parcel_id")) { // a layer without one, read by location: every row without a parcel
      fields.add(0, "parcel_id");
    }
    String table = "lc_" + layer.table;
    List<String> columns = new ArrayList<>(List.of("fid INTEGER PRIMARY KEY", "locator TEXT", "geom BLOB",
        "lc_problem TEXT", "lc_bad TEXT"));
    for (String f : fields) {
      Schema.Type type = layer.field(f).type();
      columns.add(quote(f) + (f.endsWith("_id") || type == Schema.Type.TEXT ? " TEXT" : ""));
    }
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE " + table + " (" + String.join(", ", columns) + ")");
    }
    StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (locator, geom, lc_problem, lc_bad");
    fields.forEach(f -> sql.append(", ").append(quote(f)));
    sql.append(") VALUES (?, ?, ?, ?").append(", ?".repeat(fields.size())).append(")");
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      int n = 0;
      while (features.hasNext()) {
        RawFeature f = features.next();
        ps.setString(1, f.locator());
        if (f.geometry().isPresent()) {
          ps.setBytes(2, GpBlob.wkb(f.geometry().get()));
        } else {
          ps.setNull(2, Types.BLOB);
        }
        ps.setString(3, f.geometryProblem().map(GeometryProblem::encoded).orElse(null));
        Values ids = Assembler.values(f, "", "", new ArrayList<>());
        Map<String, BadValue> bad = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          String field = fields.get(i);
          Object raw = f.values().get(field);
          if (raw instanceof BadValue b) {
            bad.put(field, b);
          }
          Object v = raw instanceof BadValue ? null : field.endsWith("_id") ? ids.text(field).orElse(null)
              : storable(raw);
          if (v == null) {
            ps.setNull(5 + i, Types.NULL);
          } else {
            ps.setObject(5 + i, v);
          }
        }
        ps.setString(4, bad.isEmpty() ? null : badColumn(bad));
        ps.addBatch();
        if (++n % 1_000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE INDEX " + table + "_pid ON " + table + " (parcel_id, fid)");
    }
    connection.commit();
    connection.setAutoCommit(true);
    Map<String, String> identity = new LinkedHashMap<>();
    fields.forEach(f -> identity.put(f, f));
    Schema.Mapping staged = new Schema.Mapping(layer, com.google.common.collect.ImmutableMap.copyOf(identity),
        mapping.missing(), mapping.unknown());
    return new ChildStore.Table(table, staged, Optional.of("geom"), "fid", Optional.of("locator"), "");
  }

  /**
   * Column lc_bad of a row: its values that cannot be read, by field, each as the field's name, the template's name,
   * the number of arguments and the arguments ({@link #joined}), read back by {@link #badValues}.
   */
  static String badColumn(Map<String, BadValue> bad) {
    List<String> texts = new ArrayList<>();
    bad.forEach((field, b) -> {
      texts.add(field);
      texts.add(b.name());
      texts.add(String.valueOf(b.arguments().size()));
      texts.addAll(b.arguments());
    });
    return joined(texts);
  }

  /** The values that cannot be read, by field, of column lc_bad as {@link #badColumn} writes it. */
  static Map<String, BadValue> badValues(String column) {
    List<String> texts = split(column);
    Map<String, BadValue> out = new LinkedHashMap<>();
    for (int at = 0; at < texts.size(); ) {
      int n = Integer.parseInt(texts.get(at + 2));
      out.put(texts.get(at), BadValue.of(texts.get(at + 1), texts.subList(at + 3, at + 3 + n)));
      at += 3 + n;
    }
    return out;
  }

  /** Texts one after the other, each as its length in chars, ':' and itself, so that any text is read back as it was. */
  static String joined(List<String> texts) {
    StringBuilder out = new StringBuilder();
    texts.forEach(t -> out.append(t.length()).append(':').append(t));
    return out.toString();
  }

  /** The texts of {@link #joined}. */
  static List<String> split(String joined) {
    List<String> out = new ArrayList<>();
    for (int at = 0; at < joined.length(); ) {
      int colon = joined.indexOf(':', at);
      int end = colon + 1 + Integer.parseInt(joined.substring(at, colon));
      out.add(joined.substring(colon + 1, end));
      at = end;
    }
    return out;
  }

  private static Object storable(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof java.math.BigInteger i) {
      return i.toString(); // beyond SQLite's integers: kept as written, for the parser to refuse where it must
    }
    if (v instanceof java.util.Date || v instanceof LocalDate) {
      List<io.landcheck.model.RecordError> ignored = new ArrayList<>();
      return Values.of(Map.of("d", v), "", "", "", ignored).date("d")
          .map(LocalDate::toString).orElse(null);
    }
    return v;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // deleting the file anyway
    }
    try {
      TemporaryFiles.delete(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
