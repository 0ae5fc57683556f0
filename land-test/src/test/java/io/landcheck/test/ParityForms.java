package io.landcheck.test;

import static java.util.Comparator.comparingLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.batch.BatchChecker;
import io.landcheck.batch.BatchInput;
import io.landcheck.batch.BatchRow;
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.geo.io.ParcelWriters;
import io.landcheck.input.ParcelField;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.test.ParityVariants.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The five input forms of a parcel record, each writing the matrix's records ({@link ParityVariants}) as a user's file
 * of that form would hold them and reading them back through landcheck's public entry points: GeoPackage, Shapefile
 * and GeoJSON through {@link BatchInput#open} and {@link BatchChecker} (measured from geometry), facts JSON the same
 * way (areas as given), scenario files through {@link ScenarioFileReader} and {@link Checker}. Each gives the
 * {@link ReportSignature} of every record, by its key.
 */
enum ParityForms {
  GEOPACKAGE("GeoPackage", true),
  SHAPEFILE("Shapefile", true),
  GEOJSON("GeoJSON", true),
  FACTS("facts JSON", false),
  SCENARIO("scenario file", false);

  static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  /** The date records without an application date are judged for, in every form. */
  static final LocalDate ON = LocalDate.of(2024, 6, 1);
  private static final String CRS = "EPSG:4549";
  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Where a record's parcel is: 100 m × 100 m, the next record's 200 m further east. */
  private static final double X = 623000;
  private static final double Y = 3442000;
  private static final double STEP = 200;

  final String words;
  final boolean gis;

  ParityForms(String words, boolean gis) {
    this.words = words;
    this.gis = gis;
  }

  /** The signatures of {@code variants} read in this form, by key; {@code dir} is this form's own directory. */
  Map<String, ReportSignature> read(List<Variant> variants, Path dir) throws IOException {
    Files.createDirectories(dir);
    return switch (this) {
      case GEOPACKAGE -> geoPackage(variants, dir);
      case SHAPEFILE -> shapefiles(variants, dir);
      case GEOJSON -> geoJson(variants, dir);
      case FACTS -> facts(variants, dir);
      case SCENARIO -> scenarios(variants);
    };
  }

  /** The GIS columns of a record: its fields a GIS file may hold (FACTS-only fields are measured, not columns). */
  static Map<String, Object> gisColumns(Map<String, Object> record) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ParcelField f : ParcelField.values()) {
      if (f.inputs() == ParcelField.Inputs.ALL && record.containsKey(f.fieldName())) {
        out.put(f.fieldName(), record.get(f.fieldName()));
      }
    }
    return out;
  }

  // ---- GIS geometry: the same parcel and building for every record, each record in its own place ----

  private static double[] parcelBox(int i) {
    return new double[] {X + STEP * i, Y, X + STEP * i + 100, Y + 100};
  }

  /** The one building: 60 m × 50 m = 3,000 m². */
  private static double[] buildingBox(int i) {
    return new double[] {X + STEP * i + 10, Y + 10, X + STEP * i + 70, Y + 60};
  }

  private static Geometry polygon(double[] b) {
    return GEOMETRY.toGeometry(new Envelope(b[0], b[2], b[1], b[3]));
  }

  /** The storeys of the building: a basement, six storeys of 生产 and one of 宿舍. */
  private static List<Storey> storeys() {
    List<Storey> out = new ArrayList<>();
    out.add(Storey.below(1, 3.0, "生产"));
    for (int level = 1; level <= 6; level++) {
      out.add(Storey.above(level, 4.5, "生产"));
    }
    out.add(Storey.above(7, 3.0, "宿舍"));
    return out;
  }

  /** The record as landcheck's writers write it, with no facts but its placeholder id: the columns come after. */
  private static List<GeoParcel> skeletons(int n) {
    List<GeoParcel> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Building b = Building.of("B1", polygon(buildingBox(i)), storeys());
      out.add(GeoParcel.of(Parcel.builder(placeholder(i)).build(), polygon(parcelBox(i)), List.of(b), "row " + i));
    }
    return out;
  }

  private static String placeholder(int i) {
    return "row-" + i;
  }

  // ---- GeoPackage: landcheck's writer, then every parcel column set to the record's raw value with SQL ----

  private static Map<String, ReportSignature> geoPackage(List<Variant> variants, Path dir) throws IOException {
    Path file = dir.resolve("parity.gpkg");
    ParcelWriters.writeGeoPackage(file, skeletons(variants.size()), CRS);
    List<String> columns = new ArrayList<>(gisColumns(ParityVariants.base("x")).keySet());
    StringBuilder set = new StringBuilder();
    for (String c : columns) {
      set.append(set.length() == 0 ? "" : ", ").append('"').append(c).append("\" = ?");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement parcels = c.prepareStatement("UPDATE parcels SET " + set + " WHERE parcel_id = ?");
        PreparedStatement buildings = c.prepareStatement("UPDATE buildings SET parcel_id = ? WHERE parcel_id = ?");
        PreparedStatement storeys = c.prepareStatement("UPDATE storeys SET parcel_id = ? WHERE parcel_id = ?")) {
      c.setAutoCommit(false);
      for (int i = 0; i < variants.size(); i++) {
        // SQLite keeps what it is given (text in a REAL column stays text), except that a text that reads as a number
        // in a column of numeric affinity (REAL, MEDIUMINT, BOOLEAN, DATE) is stored as that number: so does any
        // program writing the file through SQLite
        Map<String, Object> record = gisColumns(variants.get(i).record());
        // landcheck's writer declares parcel_id NOT NULL: a missing parcel_id is a blank cell, as in a Shapefile
        record.putIfAbsent("parcel_id", "");
        for (int k = 0; k < columns.size(); k++) {
          parcels.setObject(k + 1, record.get(columns.get(k))); // absent: NULL
        }
        parcels.setString(columns.size() + 1, placeholder(i));
        if (parcels.executeUpdate() != 1) {
          throw new IllegalStateException("no parcel " + placeholder(i));
        }
        for (PreparedStatement children : List.of(buildings, storeys)) {
          children.setObject(1, record.get("parcel_id"));
          children.setString(2, placeholder(i));
          children.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return batch(file, variants);
  }

  // ---- GeoJSON: landcheck's writer, then every parcel feature's properties replaced by the record's raw values ----

  private static Map<String, ReportSignature> geoJson(List<Variant> variants, Path dir) throws IOException {
    ParcelWriters.writeGeoJson(dir, skeletons(variants.size()), CRS);
    Map<String, JsonNode> parcelIds = new LinkedHashMap<>();
    ObjectNode parcels = (ObjectNode) JSON.readTree(dir.resolve("parcels.geojson").toFile());
    ArrayNode features = (ArrayNode) parcels.get("features");
    for (int i = 0; i < variants.size(); i++) {
      ObjectNode feature = (ObjectNode) features.get(i);
      if (!feature.path("properties").path("parcel_id").asText().equals(placeholder(i))) {
        throw new IllegalStateException("parcels.geojson feature " + i + " is not " + placeholder(i));
      }
      ObjectNode properties = JSON.valueToTree(gisColumns(variants.get(i).record())); // absent: no property
      feature.set("properties", properties);
      parcelIds.put(placeholder(i), properties.get("parcel_id"));
    }
    JSON.writeValue(dir.resolve("parcels.geojson").toFile(), parcels);
    for (String layer : List.of("buildings", "storeys")) {
      Path path = dir.resolve(layer + ".geojson");
      ObjectNode children = (ObjectNode) JSON.readTree(path.toFile());
      for (JsonNode feature : children.get("features")) {
        ObjectNode properties = (ObjectNode) feature.get("properties");
        JsonNode id = parcelIds.get(properties.get("parcel_id").asText());
        if (id == null) {
          properties.remove("parcel_id");
        } else {
          properties.set("parcel_id", id);
        }
      }
      JSON.writeValue(path.toFile(), children);
    }
    return batch(dir, variants);
  }

  // ---- Shapefile: written here (landcheck has no Shapefile writer), every value as text in a character field ----

  /**
   * Writes the records into one Shapefile directory per set of columns (a record missing a field is written without
   * its column: a .dbf has no null, so leaving the column out is how a Shapefile says a field is missing) and reads
   * each. parcel_id, which a parcels layer must have, is a blank cell when missing.
   */
  private static Map<String, ReportSignature> shapefiles(List<Variant> variants, Path dir) throws IOException {
    Map<Set<String>, List<Variant>> byColumns = new LinkedHashMap<>();
    for (Variant v : variants) {
      Map<String, Object> columns = gisColumns(v.record());
      columns.putIfAbsent("parcel_id", null);
      byColumns.computeIfAbsent(columns.keySet(), k -> new ArrayList<>()).add(v);
    }
    Map<String, ReportSignature> out = new LinkedHashMap<>();
    int n = 0;
    for (List<Variant> group : byColumns.values()) {
      Path shp = Files.createDirectories(dir.resolve("shp-" + n++));
      List<String> columns = new ArrayList<>(gisColumns(group.get(0).record()).keySet());
      if (!columns.contains("parcel_id")) {
        columns.add(0, "parcel_id");
      }
      List<List<String>> parcels = new ArrayList<>();
      List<List<String>> buildings = new ArrayList<>();
      List<List<String>> storeys = new ArrayList<>();
      List<double[]> parcelBoxes = new ArrayList<>();
      List<double[]> buildingBoxes = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) {
        Map<String, Object> record = group.get(i).record();
        List<String> row = new ArrayList<>();
        columns.forEach(c -> row.add(text(record.get(c))));
        parcels.add(row);
        parcelBoxes.add(parcelBox(i));
        String id = text(record.get("parcel_id"));
        buildings.add(List.of(id == null ? "" : id, "B1"));
        buildingBoxes.add(buildingBox(i));
        for (Storey s : storeys()) {
          storeys.add(List.of(id == null ? "" : id, "B1", Integer.toString(s.level()),
              Double.toString(s.storeyHeightM()), s.useCode()));
        }
      }
      ShapefileLayers.write(shp, "parcels", columns, parcels, parcelBoxes);
      ShapefileLayers.write(shp, "buildings", List.of("parcel_id", "building_id"), buildings, buildingBoxes);
      ShapefileLayers.write(shp, "storeys", List.of("parcel_id", "building_id", "level", "storey_height_m", "use_code"),
          storeys, null);
      out.putAll(batch(shp, group));
    }
    return out;
  }

  /** A value as a .dbf character field holds it: its text ({@code true}, {@code 50}, {@code 3.0}); null is blank. */
  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  // ---- facts JSON: a JSON array of the records, every field as the record gives it ----

  private static Map<String, ReportSignature> facts(List<Variant> variants, Path dir) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    variants.forEach(v -> records.add(v.record()));
    Path file = dir.resolve("parity.json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), records);
    return batch(file, variants);
  }

  /**
   * The records' signatures from one input read by the batch, in input order: a GIS file's rows after its parcels
   * (orphans: buildings and storeys naming a parcel id the parcels layer does not have) are not records of the matrix.
   */
  private static Map<String, ReportSignature> batch(Path input, List<Variant> variants) throws IOException {
    List<BatchRow> rows = new ArrayList<>();
    try (BatchInput in = BatchInput.open(List.of(input), PACK)) {
      BatchChecker.of(PACK).onDate(ON).threads(2).run(in, rows::add);
    }
    rows.sort(comparingLong(BatchRow::index));
    if (rows.size() < variants.size()) {
      throw new IllegalStateException(input + " gave " + rows.size() + " rows for " + variants.size() + " records");
    }
    Map<String, ReportSignature> out = new LinkedHashMap<>();
    for (int i = 0; i < variants.size(); i++) {
      out.put(variants.get(i).key(), ReportSignature.of(rows.get(i).report()));
    }
    return out;
  }

  // ---- scenario files: one YAML file per record, a field missing from the record written as ~ ----

  private static Map<String, ReportSignature> scenarios(List<Variant> variants) {
    Map<String, ReportSignature> out = new LinkedHashMap<>();
    for (Variant v : variants) {
      out.put(v.key(), scenario(v.key(), v.record(), true));
    }
    return out;
  }

  /**
   * The signature of {@code record} read from a scenario file of its own and checked; {@code missingAsTilde}: a field
   * the record does not give is written {@code ~} (unknown), else left out (so the kit's default applies).
   */
  static ReportSignature scenario(String name, Map<String, Object> record, boolean missingAsTilde) {
    String yaml = scenarioFile(record, missingAsTilde);
    try {
      ScenarioFile file = ScenarioFileReader.read("parity/" + name + ".yaml", yaml,
          Optional.of(Checker.of(PACK).onDate(ON)));
      return ReportSignature.of(file.checker().check(file.cases().get(0).parcel()));
    } catch (ScenarioFileException e) {
      return ReportSignature.error(List.of(e.field()));
    }
  }

  /**
   * The record as a scenario file's one case: every field it gives, each value written as JSON writes it (YAML reads
   * that alike: {@code "2023/5/1"} is text, {@code 50} a number); every other field of the schema written {@code ~},
   * a scenario file's way to say a fact is unknown, if {@code missingAsTilde}, else left out.
   */
  static String scenarioFile(Map<String, Object> record, boolean missingAsTilde) {
    StringBuilder y = new StringBuilder("cases:\n");
    String indent = "  - ";
    for (ParcelField f : ParcelField.values()) {
      if (record.containsKey(f.fieldName()) || missingAsTilde) {
        Object value = record.get(f.fieldName());
        y.append(indent).append(f.fieldName()).append(": ")
            .append(record.containsKey(f.fieldName()) ? ParityVariants.shown(value) : "~").append('\n');
        indent = "    ";
      }
    }
    return y.append("    expect: { verdict: COMPLIANT }\n").toString();
  }
}
