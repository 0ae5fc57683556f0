package io.landcheck.examples;

import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Iterator;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * A minimal GeoPackage 1.3 writer for generated parks (tables {@code parcels}, {@code buildings}, {@code storeys} in
 * EPSG:4549), streaming one parcel at a time in a single transaction. Stands in for land-geo's {@code ParcelWriters}
 * until that lands; it writes the broken records of the sample park too, which a validating writer would refuse.
 */
final class GeoPackageFile {

  private static final int SRID = ParcelMaker.SRID;
  private static final String WKT_4549 = "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 120E\",GEOGCS[\"China Geodetic"
      + " Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\","
      + "\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\","
      + "0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4490\"]],PROJECTION[\"Transverse_Mercator\"],"
      + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",120],PARAMETER[\"scale_factor\",1],"
      + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
      + "AUTHORITY[\"EPSG\",\"4549\"]]";

  private static final String[][] PARCEL_COLUMNS = {
      {"parcel_id", "TEXT"}, {"land_use", "TEXT"}, {"single_use", "BOOLEAN"}, {"project_category", "TEXT"},
      {"recognition_level", "TEXT"}, {"lease_grant_date", "DATE"}, {"lease_term_years", "INTEGER"}, {"tenure", "TEXT"},
      {"site_area_m2", "REAL"}, {"plot_ratio_cap", "REAL"}, {"pr_before", "REAL"}, {"pr_after", "REAL"},
      {"ug_before_m2", "REAL"}, {"ug_after_m2", "REAL"}, {"intensification_approved", "BOOLEAN"},
      {"green_cut_m2", "REAL"}, {"green_added_m2", "REAL"}, {"rooftop_green_m2", "REAL"}, {"district_id", "TEXT"},
      {"park_id", "TEXT"}, {"application_date", "DATE"}};

  private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);

  private GeoPackageFile() {}

  /** Writes {@code generator}'s parcels to a new GeoPackage at {@code file}, replacing any file there. */
  static void write(ParkGenerator generator, Path file) throws IOException {
    Files.deleteIfExists(file);
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      new GeoPackageFile().write(generator, c);
    } catch (SQLException e) {
      throw new IOException("cannot write GeoPackage " + file + ": " + e.getMessage(), e);
    }
  }

  private void write(ParkGenerator generator, Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = 1196444487");
      s.execute("PRAGMA user_version = 10300");
      s.execute("PRAGMA journal_mode = OFF");
      s.execute("PRAGMA synchronous = OFF");
    }
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
          + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
          + " description TEXT)");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',"
          + " 'undefined cartesian coordinate reference system')");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',"
          + " 'undefined geographic coordinate reference system')");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\","
          + "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\","
          + "\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
          + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]', 'longitude/latitude coordinates in decimal"
          + " degrees on the WGS 84 spheroid')");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('CGCS2000 / 3-degree Gauss-Kruger CM 120E', 4549, 'EPSG', 4549, '"
          + WKT_4549 + "', NULL)");
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
          + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
          + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
          + " srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
          + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
          + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
      StringBuilder parcels = new StringBuilder("CREATE TABLE parcels (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON");
      for (String[] col : PARCEL_COLUMNS) {
        parcels.append(", ").append(col[0]).append(' ').append(col[1]);
      }
      s.execute(parcels.append(')').toString());
      s.execute("CREATE TABLE buildings (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON, building_id TEXT,"
          + " parcel_id TEXT)");
      s.execute("CREATE TABLE storeys (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON, parcel_id TEXT,"
          + " building_id TEXT, level INTEGER, storey_height_m REAL, use_code TEXT)");
      for (String table : new String[] {"parcels", "buildings", "storeys"}) {
        // A fixed last_change keeps the file the same for the same seed.
        s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change, srs_id) VALUES ('"
            + table + "', 'features', '" + table + "', '2026-01-01T00:00:00.000Z', " + SRID + ")");
        s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', 'POLYGON', " + SRID + ", 0, 0)");
      }
    }
    StringBuilder sql = new StringBuilder("INSERT INTO parcels (geom");
    for (String[] col : PARCEL_COLUMNS) {
      sql.append(", ").append(col[0]);
    }
    sql.append(") VALUES (?").append(", ?".repeat(PARCEL_COLUMNS.length)).append(')');
    Envelope extent = new Envelope();
    try (PreparedStatement parcels = c.prepareStatement(sql.toString());
        PreparedStatement buildings = c.prepareStatement(
            "INSERT INTO buildings (geom, building_id, parcel_id) VALUES (?, ?, ?)");
        PreparedStatement storeys = c.prepareStatement(
            "INSERT INTO storeys (geom, parcel_id, building_id, level, storey_height_m, use_code) VALUES (?, ?, ?, ?, ?, ?)")) {
      Iterator<GeoParcel> it = generator.parcels().iterator();
      while (it.hasNext()) {
        GeoParcel parcel = it.next();
        extent.expandToInclude(parcel.boundary().getEnvelopeInternal());
        parcels.setBytes(1, blob(parcel.boundary()));
        int i = 2;
        for (Map.Entry<String, Object> e : ParkFiles.parcelFields(parcel).entrySet()) {
          set(parcels, i++, e.getValue());
        }
        parcels.executeUpdate();
        for (Building b : parcel.buildings()) {
          buildings.setBytes(1, blob(b.footprint()));
          buildings.setString(2, b.id());
          buildings.setString(3, parcel.id());
          buildings.executeUpdate();
          for (Storey st : b.storeys()) {
            if (st.footprint().isPresent()) {
              storeys.setBytes(1, blob(st.footprint().get()));
            } else {
              storeys.setNull(1, Types.BLOB);
            }
            storeys.setString(2, parcel.id());
            storeys.setString(3, b.id());
            storeys.setInt(4, st.level());
            storeys.setDouble(5, st.storeyHeightM());
            storeys.setString(6, st.useCode());
            storeys.executeUpdate();
          }
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?")) {
      s.setDouble(1, extent.getMinX());
      s.setDouble(2, extent.getMinY());
      s.setDouble(3, extent.getMaxX());
      s.setDouble(4, extent.getMaxY());
      s.executeUpdate();
    }
    for (DefectPatch patch : generator.patches()) {
      patch(c, patch);
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE INDEX buildings_parcel ON buildings (parcel_id)");
      s.execute("CREATE INDEX storeys_parcel ON storeys (parcel_id, building_id)");
    }
    c.commit();
  }

  private static void set(PreparedStatement s, int index, Object value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.NULL);
    } else if (value instanceof Boolean b) {
      s.setInt(index, b ? 1 : 0);
    } else if (value instanceof Integer i) {
      s.setInt(index, i);
    } else if (value instanceof Double d) {
      s.setDouble(index, d);
    } else {
      s.setString(index, value.toString());
    }
  }

  private static void patch(Connection c, DefectPatch patch) throws SQLException {
    String where = patch.layer().equals("parcels") ? " WHERE parcel_id = ?"
        : " WHERE parcel_id = ? AND building_id = ? AND level = ?";
    try (PreparedStatement s = c.prepareStatement("UPDATE " + patch.layer() + " SET " + patch.field() + " = ?" + where)) {
      if (patch.value().isEmpty()) {
        s.setNull(1, Types.NULL);
      } else {
        set(s, 1, patch.value().get());
      }
      s.setString(2, patch.parcelId());
      if (!patch.layer().equals("parcels")) {
        s.setString(3, patch.buildingId().orElseThrow());
        s.setInt(4, patch.level());
      }
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no single record to break for " + patch);
      }
    }
  }

  /** A GeoPackage geometry blob: the GP header with the xy envelope, then little-endian WKB. */
  private byte[] blob(Geometry g) {
    byte[] body = wkb.write(g);
    Envelope e = g.getEnvelopeInternal();
    ByteBuffer out = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011);
    out.putInt(SRID);
    out.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    out.put(body);
    return out.array();
  }
}
