package io.landcheck.geo.io;

import static io.landcheck.geo.io.ChildStore.quote;

import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Writes parcels, buildings and storeys to a new GeoPackage 1.3 file that GDAL and QGIS open. */
final class GeoPackageWriter {
  private static final int BATCH = 1000;

  private GeoPackageWriter() {}

  static long write(Path file, Iterable<GeoParcel> parcels, String crs) throws IOException {
    SourceCrs system = SourceCrs.parse(crs);
    Files.deleteIfExists(file);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      int srsId = prepare(c, Optional.of(system));
      c.setAutoCommit(false);
      Layer parcelLayer = new Layer(c, Schema.Layer.PARCELS, srsId);
      Layer buildingLayer = new Layer(c, Schema.Layer.BUILDINGS, srsId);
      Layer storeyLayer = new Layer(c, Schema.Layer.STOREYS, srsId);
      long n = 0;
      for (GeoParcel p : parcels) {
        Map<String, Object> row = Rows.parcel(p);
        parcelLayer.add(p.boundary(), row);
        for (Building b : p.buildings()) {
          buildingLayer.add(b.footprint(), Map.of("parcel_id", p.id(), "building_id", b.id()));
          for (Storey s : b.storeys()) {
            storeyLayer.add(s.footprint().orElse(null), Map.of("parcel_id", p.id(), "building_id", b.id(),
                "level", s.level(), "storey_height_m", s.storeyHeightM(), "use_code", s.useCode()));
          }
        }
        if (++n % BATCH == 0) {
          for (Layer l : List.of(parcelLayer, buildingLayer, storeyLayer)) {
            l.flush();
          }
          c.commit();
        }
      }
      for (Layer l : List.of(parcelLayer, buildingLayer, storeyLayer)) {
        l.finish();
      }
      countFeatures(c, List.of(parcelLayer, buildingLayer, storeyLayer));
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX parcels_parcel_id ON parcels (parcel_id)");
        s.execute("CREATE INDEX buildings_parcel_id ON buildings (parcel_id)");
        s.execute("CREATE INDEX storeys_parcel_id ON storeys (parcel_id)");
      }
      c.commit();
      return n;
    } catch (SQLException e) {
      throw new IOException(file + ": cannot write the GeoPackage: " + e.getMessage(), e);
    }
  }

  /**
   * Records each layer's feature count in GDAL's gpkg_ogr_contents table, kept right by the same triggers GDAL makes,
   * so that readers (landcheck's progress line, GDAL, QGIS) know it without counting. GDAL does not register the table
   * as an extension, and neither does this.
   */
  static void countFeatures(Connection c, List<Layer> layers) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE gpkg_ogr_contents(table_name TEXT NOT NULL PRIMARY KEY,"
          + "feature_count INTEGER DEFAULT NULL)");
    }
    try (Statement s = c.createStatement();
         PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_ogr_contents VALUES (?, ?)")) {
      for (Layer l : layers) {
        ps.setString(1, l.table);
        ps.setLong(2, l.rows);
        ps.executeUpdate();
        for (String[] change : new String[][] {{"insert", "INSERT", "+"}, {"delete", "DELETE", "-"}}) {
          s.execute("CREATE TRIGGER \"trigger_" + change[0] + "_feature_count_" + l.table + "\" AFTER "
              + change[1] + " ON \"" + l.table + "\" BEGIN UPDATE gpkg_ogr_contents SET feature_count = "
              + "feature_count " + change[2] + " 1 WHERE lower(table_name) = lower('" + l.table + "'); END");
        }
      }
    }
  }

  /**
   * Makes the GeoPackage's own tables and gives the srs_id of {@code system}: its EPSG code, a private id for a proj
   * string, -1 (the undefined Cartesian system) for none.
   */
  static int prepare(Connection c, Optional<SourceCrs> crs) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
      s.execute("PRAGMA user_version = 10300"); // GeoPackage 1.3.0
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
          + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
          + "description TEXT)");
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
          + "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
          + "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
          + "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
          + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
          + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE "
          + "(table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
          + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
      srs(ps, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
      srs(ps, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
      srs(ps, "WGS 84 geodetic", 4326, "EPSG", 4326, Wkt.epsg(4326).orElseThrow(), "longitude/latitude coordinates in "
          + "decimal degrees on the WGS 84 spheroid");
      if (crs.isEmpty()) {
        return -1;
      }
      SourceCrs system = crs.get();
      if (system.name().startsWith("EPSG:")) {
        int code = Integer.parseInt(system.name().substring(5));
        if (code != 4326) {
          String wkt = Wkt.epsg(code).orElse("undefined");
          srs(ps, system.name(), code, "EPSG", code, wkt, system.name());
        }
        return code;
      }
      // A proj string: kept in the description, which landcheck reads back.
      srs(ps, "landcheck proj string", 100000, "NONE", 100000, "undefined", system.name());
      return 100000;
    }
  }

  private static void srs(PreparedStatement ps, String name, int id, String org, int code, String definition,
      String description) throws SQLException {
    ps.setString(1, name);
    ps.setInt(2, id);
    ps.setString(3, org);
    ps.setInt(4, code);
    ps.setString(5, definition);
    ps.setString(6, description);
    ps.executeUpdate();
  }

  /**
   * One feature table being written. Its geometry type is GEOMETRY, since a stream of parcels may mix Polygons and
   * MultiPolygons and the column's SQL type must match gpkg_geometry_columns.
   */
  static final class Layer {
    private final Connection c;
    private final String table;
    private final List<Schema.Field> fields;
    private final int srsId;
    private final PreparedStatement insert;
    private final Envelope extent = new Envelope();
    /** How many rows {@link #add} has added. */
    private long rows;

    Layer(Connection c, Schema.Layer layer, int srsId) throws SQLException {
      this(c, layer.table, layer.fields, srsId);
    }

    /** A new feature table {@code table} with these fields, its geometry in the system {@code srsId}. */
    Layer(Connection c, String table, List<Schema.Field> fields, int srsId) throws SQLException {
      this.c = c;
      this.table = table;
      this.fields = List.copyOf(fields);
      this.srsId = srsId;
      List<String> columns = new ArrayList<>();
      columns.add("fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
      columns.add("geom GEOMETRY");
      for (Schema.Field f : fields) {
        String type = switch (f.type()) {
          case TEXT -> "TEXT";
          case BOOL -> "BOOLEAN";
          case DATE -> "DATE";
          case INT -> "MEDIUMINT";
          case REAL -> "REAL";
        };
        columns.add(quote(f.name()) + " " + type + (f.required() ? " NOT NULL" : ""));
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE " + table + " (" + String.join(", ", columns) + ")");
        s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('"
            + table + "', 'features', '" + table + "', '', " + srsId + ")");
        s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', 'GEOMETRY', " + srsId
            + ", 0, 0)");
      }
      StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (geom");
      fields.forEach(f -> sql.append(", ").append(quote(f.name())));
      sql.append(") VALUES (?").append(", ?".repeat(fields.size())).append(")");
      this.insert = c.prepareStatement(sql.toString());
    }

    void add(Geometry g, Map<String, Object> values) throws SQLException {
      if (g == null) {
        insert.setNull(1, Types.BLOB);
      } else {
        insert.setBytes(1, GpBlob.encode(g, srsId));
        extent.expandToInclude(g.getEnvelopeInternal());
      }
      int i = 2;
      for (Schema.Field f : fields) {
        Object v = values.get(f.name());
        if (v == null) {
          insert.setNull(i++, Types.NULL);
        } else if (v instanceof Boolean b) {
          insert.setInt(i++, b ? 1 : 0);
        } else {
          insert.setObject(i++, v);
        }
      }
      insert.addBatch();
      rows++;
    }

    void flush() throws SQLException {
      insert.executeBatch();
    }

    void finish() throws SQLException {
      flush();
      insert.close();
      if (!extent.isNull()) {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?")) {
          ps.setDouble(1, extent.getMinX());
          ps.setDouble(2, extent.getMinY());
          ps.setDouble(3, extent.getMaxX());
          ps.setDouble(4, extent.getMaxY());
          ps.setString(5, table);
          ps.executeUpdate();
        }
      }
    }
  }
}
