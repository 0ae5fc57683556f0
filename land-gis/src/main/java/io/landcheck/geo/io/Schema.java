package io.landcheck.geo.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.landcheck.input.ParcelField;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The file schema of the three layers (parcels, buildings, storeys): field names, Chinese aliases, types. */
final class Schema {

  enum Type { TEXT, BOOL, DATE, INT, REAL }

  record Field(String name, String alias, Type type, boolean required) {}

  enum Layer {
    PARCELS("parcels", parcelFields()),
    BUILDINGS("buildings", ImmutableList.of(
        new Field("parcel_id", "宗地编号", Type.TEXT, true),
        new Field("building_id", "建筑编号", Type.TEXT, true))),
    STOREYS("storeys", ImmutableList.of(
        new Field("parcel_id", "宗地编号", Type.TEXT, true),
        new Field("building_id", "建筑编号", Type.TEXT, true),
        new Field("level", "层号", Type.INT, true),
        new Field("storey_height_m", "层高", Type.REAL, true),
        new Field("use_code", "用途", Type.TEXT, true)));

    final String table;
    final ImmutableList<Field> fields;

    Layer(String table, ImmutableList<Field> fields) {
      this.table = table;
      this.fields = fields;
    }

    Field field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
  }

  /**
   * The parcels layer's fields: every {@link ParcelField} a GIS file may give (the one schema of a parcel record;
   * floor areas are measured, not read), with its type as a column holds it. Only parcel_id is required.
   */
  private static ImmutableList<Field> parcelFields() {
    ImmutableList.Builder<Field> out = ImmutableList.builder();
    for (ParcelField f : ParcelField.values()) {
      if (f.inputs() == ParcelField.Inputs.ALL) {
        Type type = switch (f.type()) {
          case TEXT -> Type.TEXT;
          case YES_NO -> Type.BOOL;
          case DATE -> Type.DATE;
          case WHOLE_NUMBER -> Type.INT;
          case NUMBER -> Type.REAL;
          case AREAS_BY_USE -> throw new AssertionError(f + " is not a field of a GIS file");
        };
        out.add(new Field(f.fieldName(), f.alias(), type, f == ParcelField.PARCEL_ID));
      }
    }
    return out.build();
  }

  /** Columns every GIS tool adds, never reported as unknown. */
  private static final ImmutableSet<String> HOUSEKEEPING = ImmutableSet.of(
      "fid", "ogc_fid", "objectid", "id", "gid", "shape_leng", "shape_length", "shape_area", "geom", "geometry",
      "shape");

  private Schema() {}

  /**
   * How a layer's columns map to the schema's fields: {@code columns} maps a field name to the file's column name, in
   * file order. Problems found at the layer level (missing required fields, unknown fields) are in {@code problems}.
   */
  record Mapping(Layer layer, ImmutableMap<String, String> columns, ImmutableList<String> missing,
      ImmutableList<String> unknown) {

    Optional<String> column(String field) {
      return Optional.ofNullable(columns.get(field));
    }

    /**
     * The layer-level problem as {@code options} read it, told by an UNREADABLE template whose place {@code {0}} takes
     * {@code prefix} (the file and ": ", or nothing): a buildings or storeys layer read by location ({@link
     * ReadOptions.BuildingAssignment#byLocation()}) may lack parcel_id.
     */
    Optional<Assembler.Problem> problem(ReadOptions options, String prefix) {
      List<String> needed = options.buildingAssignment().byLocation() && layer != Layer.PARCELS
          ? missing.stream().filter(m -> !m.startsWith("parcel_id ")).toList() : missing;
      boolean tellMissing = !needed.isEmpty();
      boolean tellUnknown = !unknown.isEmpty() && (!options.ignoreUnknownFields() || tellMissing);
      if (!tellMissing && !tellUnknown) {
        return Optional.empty();
      }
      List<String> known = new ArrayList<>();
      layer.fields.forEach(f -> known.add(f.name() + "/" + f.alias()));
      String name = tellMissing && tellUnknown ? "fieldsMissingUnknown"
          : tellMissing ? "fieldsMissing" : "fieldsUnknown";
      return Optional.of(Assembler.Problem.told("fields", name,
          List.of(prefix, layer.table, needed.toString(), unknown.toString(), known.toString())));
    }
  }

  /**
   * Whether a layer of the file with these columns (and a geometry, or none) can be the layer {@code layer}: it has the
   * layer's required fields, under their names or Chinese aliases, and not those of the layer below it (a buildings
   * layer has a parcel_id too, but also a building_id; a storeys layer also a level), and a geometry if the layer needs
   * one. Read by location ({@code byLocation}), buildings and storeys need no parcel_id.
   */
  static boolean holds(Layer layer, List<String> columns, Optional<Charset> dbfCharset, boolean geometry,
      boolean byLocation) {
    boolean fields = needed(map(layer, columns, dbfCharset), byLocation).isEmpty();
    // no switch on Layer here: its switch map would be built while Layer itself is initialised (by parcelFields)
    Optional<Layer> below = layer == Layer.PARCELS ? Optional.of(Layer.BUILDINGS)
        : layer == Layer.BUILDINGS ? Optional.of(Layer.STOREYS) : Optional.empty();
    boolean belowToo = below.isPresent() && needed(map(below.get(), columns, dbfCharset), byLocation).isEmpty();
    return fields && !belowToo && (layer == Layer.STOREYS || geometry);
  }

  /** The required fields the mapping misses; read by location, a buildings or storeys layer needs no parcel_id. */
  private static List<String> needed(Mapping m, boolean byLocation) {
    return byLocation && m.layer() != Layer.PARCELS
        ? m.missing().stream().filter(f -> !f.startsWith("parcel_id ")).toList() : m.missing();
  }

  /**
   * Maps the file's column names to the schema. {@code dbfCharset}, for Shapefiles, also accepts names cut to the
   * .dbf's 10 bytes.
   */
  static Mapping map(Layer layer, List<String> fileColumns, Optional<Charset> dbfCharset) {
    Map<String, String> columns = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String column : fileColumns) {
      Optional<Field> field = match(layer, column, dbfCharset);
      if (field.isPresent() && !columns.containsKey(field.get().name())) {
        columns.put(field.get().name(), column);
      } else if (field.isPresent()) {
        unknown.add(column + " (a second " + field.get().name() + ")");
      } else if (!HOUSEKEEPING.contains(column.toLowerCase(Locale.ROOT))) {
        unknown.add(column);
      }
    }
    List<String> missing = new ArrayList<>();
    for (Field f : layer.fields) {
      if (f.required() && !columns.containsKey(f.name())) {
        missing.add(f.name() + " (" + f.alias() + ")");
      }
    }
    return new Mapping(layer, ImmutableMap.copyOf(columns), ImmutableList.copyOf(missing), ImmutableList.copyOf(unknown));
  }

  private static Optional<Field> match(Layer layer, String column, Optional<Charset> dbfCharset) {
    String c = column.strip();
    for (Field f : layer.fields) {
      if (f.name().equalsIgnoreCase(c) || f.alias().equals(c)) {
        return Optional.of(f);
      }
    }
    if (dbfCharset.isPresent()) {
      // A .dbf keeps 10 bytes of a field name: "project_ca", "附属绿地减", or a UTF-8 name cut inside a character.
      String cut = c.replace("\uFFFD", "");
      int bytes = cut.getBytes(dbfCharset.get()).length;
      if (bytes >= 8 && !cut.isEmpty()) {
        Field found = null;
        for (Field f : layer.fields) {
          for (String name : List.of(f.name(), f.alias())) {
            if (name.length() > cut.length() && name.toLowerCase(Locale.ROOT).startsWith(cut.toLowerCase(Locale.ROOT))
                && name.getBytes(dbfCharset.get()).length > 10) {
              if (found != null && found != f) {
                return Optional.empty(); // ambiguous
              }
              found = f;
            }
          }
        }
        return Optional.ofNullable(found);
      }
    }
    return Optional.empty();
  }
}
