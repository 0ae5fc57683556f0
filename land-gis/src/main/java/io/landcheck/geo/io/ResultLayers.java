package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;

/**
 * A GIS file of result layers (审查结果图层) that GDAL and QGIS open: the parcels (宗地) with their verdicts as
 * attributes, the buildings (建筑) as a second layer. Features are written as they come, so memory stays flat; a feature
 * may have no geometry (a record whose polygon could not be read still has its row, with a null geometry). Close the
 * writer to finish the file; a file not closed is incomplete.
 *
 * <ul>
 *   <li>{@link Format#GEOPACKAGE}: one GeoPackage 1.3 file, one feature table per layer, named by the layer;
 *   <li>{@link Format#GEOJSON}: one FeatureCollection per layer, the first layer in the file given, each other layer
 *       in a file beside it named {@code STEM.LAYER.geojson} ({@code verdicts.geojson}, {@code
 *       verdicts.buildings.geojson}); every feature has every column, null where it has no value, so GDAL sees the same
 *       fields whichever features it samples.
 * </ul>
 *
 * Coordinates are written in the file's system: a geometry whose SRID names another EPSG system (as the readers tag
 * the geometries they read, see {@code Assembler#tagged}) is projected to it with Proj4J; one without (SRID 0) is
 * written as it is.
 * @since 0.1
 */
public final class ResultLayers implements AutoCloseable {

  /** The kind of file. */
  public enum Format {
    /** One GeoPackage file, a table per layer. */
    GEOPACKAGE,
    /** One GeoJSON FeatureCollection file per layer. */
    GEOJSON
  }

  /** The type of a column's values: text, a real number or a whole number. */
  public enum Type {
    /** Text ({@link String}). */
    TEXT,
    /** A real number ({@link Double}). */
    REAL,
    /** A whole number ({@link Long} or {@link Integer}). */
    INTEGER
  }

  private static final CRSFactory CRS = new CRSFactory();
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /**
   * A column of a layer.
   *
   * @param name lower case ASCII letters, digits and underscores, starting with a letter (a name every GIS format
   *     takes as it is)
   * @param type what its values are: {@link String}, {@link Double} or {@link Long}/{@link Integer}
   */
  public record Column(String name, Type type) {
    /**
     * Checks the name's form.
     *
     * @param name the column's name
     * @param type what its values are
     */
    public Column {
      checkNotNull(name, "ResultLayers.Column.name");
      checkNotNull(type, "ResultLayers.Column %s: type", name);
      checkArgument(NAME.matcher(name).matches(), "ResultLayers.Column.name must match %s, was %s", NAME, name);
    }
  }

  /**
   * A layer of the file.
   *
   * @param name its table name (GeoPackage) or the part of the file name that names it (GeoJSON), as a column's
   * @param columns its attribute columns, in order, no name twice ({@code fid} and {@code geom} are the file's own)
   */
  public record Layer(String name, List<Column> columns) {
    /**
     * Checks the name's form and that no column name is given twice or is the file's own.
     *
     * @param name the layer's name
     * @param columns its attribute columns
     */
    public Layer {
      checkNotNull(name, "ResultLayers.Layer.name");
      checkArgument(NAME.matcher(name).matches(), "ResultLayers.Layer.name must match %s, was %s", NAME, name);
      columns = ImmutableList.copyOf(checkNotNull(columns, "ResultLayers.Layer %s: columns", name));
      checkArgument(columns.stream().map(Column::name).distinct().count() == columns.size(),
          "ResultLayers.Layer %s: a column name is given twice in %s", name, columns);
      checkArgument(columns.stream().noneMatch(c -> c.name().equals("fid") || c.name().equals("geom")),
          "ResultLayers.Layer %s: fid and geom are the file's own columns", name);
    }
  }

  /**
   * The coordinate system a geometry was read in, as a reader of this package tags it (JTS user data), when it
   * projected the geometry to metres to measure it: what a result layer writes it back in.
   *
   * @param name {@code EPSG:nnnn} or a proj string
   */
  record InputSystem(String name) {}

  /**
   * The coordinate system the geometry was read in ({@code EPSG:4490} for a parcel of a lon/lat GeoPackage, measured
   * in a Gauss-Krüger zone), if a reader of this package read it; empty for a geometry made otherwise.
   *
   * @param g a geometry a reader of this package made
   * @return its file's system, {@code EPSG:nnnn} or a proj string; empty for a geometry not tagged by a reader
   */
  public static Optional<String> inputSystemOf(Geometry g) {
    checkNotNull(g, "ResultLayers.inputSystemOf(g)");
    return g.getUserData() instanceof InputSystem s ? Optional.of(s.name()) : Optional.empty();
  }

  private final Format format;
  private final ImmutableMap<String, Layer> layers;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, String> styles = new LinkedHashMap<>();
  private final List<Path> files;
  // GeoPackage
  private final Connection connection;
  private final Map<String, GeoPackageWriter.Layer> tables = new LinkedHashMap<>();
  // GeoJSON
  private final Map<String, JsonGenerator> collections = new LinkedHashMap<>();
  private boolean closed;
  /** The EPSG code of the file's system, 0 if it has none. */
  private final int srid;
  /** Transforms from the systems of geometries tagged with another SRID, by SRID. */
  private final Map<Integer, CoordinateTransform> transforms = new HashMap<>();

  private ResultLayers(Format format, List<Layer> layers, List<Path> files, Connection connection,
      Optional<SourceCrs> system) {
    this.format = format;
    this.srid = system.map(ResultLayers::code).orElse(0);
    ImmutableMap.Builder<String, Layer> b = ImmutableMap.builder();
    layers.forEach(l -> b.put(l.name(), l));
    this.layers = b.buildOrThrow();
    this.files = List.copyOf(files);
    this.connection = connection;
    layers.forEach(l -> counts.put(l.name(), 0L));
  }

  /**
   * A new file of these layers at {@code file} (replacing it; for GeoJSON, replacing the files beside it that the other
   * layers are written to).
   *
   * @param file the GeoPackage, or the first layer's GeoJSON file
   * @param format GeoPackage or GeoJSON
   * @param crs the file's coordinate system, {@code EPSG:nnnn} or a proj string; empty for an undefined (Cartesian)
   *     system, for a file whose features have no geometry to place
   * @param layers the layers, the first one written to {@code file}
   * @return the open file, to add features to and close
   * @throws IOException if the file cannot be written
   */
  public static ResultLayers create(Path file, Format format, Optional<String> crs, List<Layer> layers)
      throws IOException {
    checkNotNull(file, "ResultLayers.create(file)");
    checkNotNull(format, "ResultLayers.create(format)");
    checkNotNull(crs, "ResultLayers.create(crs)");
    checkNotNull(layers, "ResultLayers.create(layers)");
    checkArgument(!layers.isEmpty(), "ResultLayers.create(layers) must hold at least one layer");
    Optional<SourceCrs> system = crs.map(SourceCrs::parse);
    List<Path> files = files(file, format, layers);
    if (format == Format.GEOPACKAGE) {
      Files.deleteIfExists(file);
      Connection c = null;
      try {
        c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        int srsId = GeoPackageWriter.prepare(c, system);
        c.setAutoCommit(false);
        ResultLayers out = new ResultLayers(format, layers, files, c, system);
        for (Layer l : layers) {
          out.tables.put(l.name(), new GeoPackageWriter.Layer(c, l.name(), fields(l), srsId));
        }
        return out;
      } catch (SQLException e) {
        closeQuietly(c);
        throw new IOException(file + ": cannot write the GeoPackage: " + e.getMessage(), e);
      }
    }
    ResultLayers out = new ResultLayers(format, layers, files, null, system);
    try {
      for (int i = 0; i < layers.size(); i++) {
        out.collections.put(layers.get(i).name(),
            GeoJsonWriter.open(files.get(i), layers.get(i).name(), system.map(GeoJsonWriter::crsName)));
      }
    } catch (IOException e) {
      out.closeQuietly();
      throw e;
    }
    return out;
  }

  /**
   * The files a result file of these layers is made of, the file given first: one for a GeoPackage, one per layer for
   * GeoJSON ({@code STEM.LAYER.geojson} beside the file for each layer after the first).
   *
   * @param file the file named to {@link #create}
   * @param format GeoPackage or GeoJSON
   * @param layers the layers, as given to {@link #create}
   * @return the files, {@code file} first
   */
  public static List<Path> files(Path file, Format format, List<Layer> layers) {
    checkNotNull(file, "ResultLayers.files(file)");
    if (format == Format.GEOPACKAGE) {
      return List.of(file);
    }
    List<Path> out = new ArrayList<>();
    out.add(file);
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    for (Layer l : layers.subList(1, layers.size())) {
      out.add(file.resolveSibling(stem + "." + l.name() + ".geojson"));
    }
    return out;
  }

  private static List<Schema.Field> fields(Layer l) {
    return l.columns().stream().map(c -> new Schema.Field(c.name(), c.name(), switch (c.type()) {
      case TEXT -> Schema.Type.TEXT;
      case REAL -> Schema.Type.REAL;
      case INTEGER -> Schema.Type.INT;
    }, false)).toList();
  }

  /**
   * Adds a feature to {@code layer}: its geometry, if it has one, and its values by column name (a column without a
   * value is null; a value must be of its column's type).
   *
   * @param layer the layer's name
   * @param geometry the feature's geometry, in the system it was read in or measured in (see {@link #inputSystemOf});
   *     empty for a feature without one (a record whose polygon could not be read)
   * @param values the attribute values by column name
   * @throws IOException if the file cannot be written
   */
  public void add(String layer, Optional<Geometry> geometry, Map<String, ?> values) throws IOException {
    checkState(!closed, "ResultLayers: closed");
    Layer l = layers.get(checkNotNull(layer, "ResultLayers.add(layer)"));
    checkArgument(l != null, "ResultLayers.add: no layer %s, only %s", layer, layers.keySet());
    checkNotNull(geometry, "ResultLayers.add(geometry) (use Optional.empty())");
    checkNotNull(values, "ResultLayers.add(values)");
    Map<String, Object> row = new LinkedHashMap<>();
    for (Column c : l.columns()) {
      Object v = values.get(c.name());
      checkArgument(v == null || typed(c.type(), v), "ResultLayers.add: layer %s column %s is %s, was %s", layer,
          c.name(), c.type(), v == null ? null : v.getClass().getSimpleName());
      row.put(c.name(), v);
    }
    checkArgument(l.columns().stream().map(Column::name).toList().containsAll(values.keySet()),
        "ResultLayers.add: layer %s has no column for some of %s", layer, values.keySet());
    if (format == Format.GEOPACKAGE) {
      try {
        GeoPackageWriter.Layer t = tables.get(layer);
        t.add(geometry.map(this::inFileSystem).orElse(null), row);
        long n = counts.merge(layer, 1L, Long::sum);
        if (n % 1000 == 0) {
          t.flush();
        }
      } catch (SQLException e) {
        throw new IOException("cannot write layer " + layer + ": " + e.getMessage(), e);
      }
    } else {
      feature(collections.get(layer), row, geometry.map(this::inFileSystem).orElse(null));
      counts.merge(layer, 1L, Long::sum);
    }
  }

  private static int code(SourceCrs system) {
    return system.name().matches("EPSG:\\d{4,6}") ? Integer.parseInt(system.name().substring(5)) : 0;
  }

  /** The geometry in the file's system: projected if its SRID names another EPSG system, else as it is. */
  private Geometry inFileSystem(Geometry g) {
    if (g.getSRID() == 0 || srid == 0 || g.getSRID() == srid) {
      return g;
    }
    CoordinateTransform t = transforms.computeIfAbsent(g.getSRID(), from -> {
      synchronized (CRS) {
        return new CoordinateTransformFactory().createTransform(CRS.createFromName("EPSG:" + from),
            CRS.createFromName("EPSG:" + srid));
      }
    });
    Geometry out = SourceCrs.transformed(g, t);
    out.geometryChanged();
    out.setSRID(srid);
    return out;
  }

  private static boolean typed(Type type, Object v) {
    return switch (type) {
      case TEXT -> v instanceof String;
      case REAL -> v instanceof Double;
      case INTEGER -> v instanceof Long || v instanceof Integer;
    };
  }

  /** A feature with every column, nulls written, so that GDAL sees the layer's every field in any feature. */
  private static void feature(JsonGenerator g, Map<String, Object> row, Geometry geometry) throws IOException {
    g.writeRaw('\n');
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, Object> e : row.entrySet()) {
      g.writeFieldName(e.getKey());
      Object v = e.getValue();
      if (v == null) {
        g.writeNull();
      } else if (v instanceof Double d) {
        g.writeNumber(d);
      } else if (v instanceof Long n) {
        g.writeNumber(n);
      } else if (v instanceof Integer n) {
        g.writeNumber(n);
      } else {
        g.writeString((String) v);
      }
    }
    g.writeEndObject();
    g.writeFieldName("geometry");
    GeoJsonGeometry.write(g, geometry);
    g.writeEndObject();
  }

  /**
   * Makes {@code qml} (a QGIS style) {@code layer}'s default style: a GeoPackage keeps it in QGIS's {@code layer_styles}
   * table, which QGIS applies when it opens the layer; GeoJSON has no place for it (write it beside the file).
   *
   * @param layer the layer's name
   * @param qml the style, a QGIS .qml document
   */
  public void defaultStyle(String layer, String qml) {
    checkState(!closed, "ResultLayers: closed");
    checkArgument(layers.containsKey(layer), "ResultLayers.defaultStyle: no layer %s", layer);
    styles.put(layer, checkNotNull(qml, "ResultLayers.defaultStyle(qml)"));
  }

  /** The styles in QGIS's layer_styles table, as QGIS makes it, each the default of its layer. */
  private void storeStyles(Connection c) throws SQLException {
    if (styles.isEmpty()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256),"
          + " f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30),"
          + " styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),"
          + " update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
      s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('layer_styles',"
          + " 'attributes', 'layer_styles', '')");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO layer_styles (f_table_catalog, f_table_schema,"
        + " f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner,"
        + " update_time) VALUES ('', '', ?, 'geom', ?, ?, '', 1, '', '', NULL)")) { // no clock: no update time
      for (Map.Entry<String, String> e : styles.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getKey());
        ps.setString(3, e.getValue());
        ps.executeUpdate();
      }
    }
  }

  /**
   * How many features {@code layer} has been given.
   *
   * @param layer the layer's name
   * @return the number of features added to it so far
   */
  public long count(String layer) {
    checkArgument(counts.containsKey(layer), "ResultLayers.count: no layer %s", layer);
    return counts.get(layer);
  }

  /**
   * The files written, the file given first.
   *
   * @return the files, as {@link #files(Path, Format, List)} names them
   */
  public List<Path> files() {
    return files;
  }

  /** Finishes the file: the GeoPackage's tables with their extents, counts and indexes; the GeoJSON collections. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (format == Format.GEOPACKAGE) {
      try (Connection c = connection) {
        List<GeoPackageWriter.Layer> all = new ArrayList<>(tables.values());
        for (GeoPackageWriter.Layer t : all) {
          t.finish();
        }
        GeoPackageWriter.countFeatures(c, all);
        storeStyles(c);
        try (Statement s = c.createStatement()) {
          for (Layer l : layers.values()) {
            if (l.columns().stream().anyMatch(col -> col.name().equals("parcel_id"))) {
              s.execute(String.format(Locale.ROOT, "CREATE INDEX %s_parcel_id ON %s (parcel_id)", l.name(),
                  l.name()));
            }
          }
        }
        c.commit();
      } catch (SQLException e) {
        throw new IOException("cannot finish the GeoPackage: " + e.getMessage(), e);
      }
      return;
    }
    IOException failed = null;
    for (JsonGenerator g : collections.values()) {
      try (JsonGenerator closing = g) {
        closing.writeEndArray();
        closing.writeEndObject();
        closing.writeRaw('\n');
      } catch (IOException e) {
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  private void closeQuietly() {
    closed = true;
    for (JsonGenerator g : collections.values()) {
      try {
        g.close();
      } catch (IOException e) {
        // the failure being reported is the one to report
      }
    }
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // the failure being reported is the one to report
      }
    }
  }
}
