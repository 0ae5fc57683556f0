package io.landcheck.examples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.geo.io.ParcelWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Optional;

/**
 * Writes a generated park in the file schema of the contract with land-geo's {@link ParcelWriters} (a GeoPackage, or
 * a directory of {@code parcels.geojson}, {@code buildings.geojson} and {@code storeys.geojson} with a {@code crs}
 * member naming EPSG:4549), then writes the sample park's broken records into the files: the writers take only valid
 * model records, and some defects (a storey at level 0, a negative height, a missing field) cannot be one.
 *
 * <p>Streams: one parcel is in memory at a time, so a city of a million parcels can be written.
 */
final class ParkFiles {

  private static final String FIXED_TIMESTAMP = "2026-01-01T00:00:00.000Z";

  private ParkFiles() {}

  /**
   * Writes {@code generator}'s parcels to a GeoPackage with land-geo's {@link ParcelWriters}, then writes the broken
   * records in and fixes the file's timestamps, so that the same seed gives the same file.
   */
  static void writeGeoPackage(ParkGenerator generator, Path file) throws IOException {
    ParcelWriters.writeGeoPackage(file, () -> generator.parcels().iterator(), ParkGenerator.CRS);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      c.setAutoCommit(false);
      for (DefectPatch patch : generator.patches()) {
        patchGeoPackage(c, patch);
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE gpkg_contents SET last_change = '" + FIXED_TIMESTAMP + "'");
      }
      c.commit();
    } catch (SQLException e) {
      throw new IOException("cannot write the broken records into " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the three GeoJSON layers with land-geo's {@link ParcelWriters}, then the broken records. */
  static void writeGeoJson(ParkGenerator generator, Path dir) throws IOException {
    ParcelWriters.writeGeoJson(dir, () -> generator.parcels().iterator(), ParkGenerator.CRS);
    patchGeoJson(generator, dir);
  }

  private static void patchGeoPackage(Connection c, DefectPatch patch) throws SQLException {
    String where = patch.layer().equals("parcels") ? " WHERE parcel_id = ?"
        : " WHERE parcel_id = ? AND building_id = ? AND level = ?";
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE " + patch.layer() + " SET " + patch.field() + " = ?" + where)) {
      if (patch.value().isEmpty()) {
        s.setNull(1, Types.NULL);
      } else if (patch.value().get() instanceof Integer i) {
        s.setInt(1, i);
      } else if (patch.value().get() instanceof Double d) {
        s.setDouble(1, d);
      } else {
        s.setString(1, patch.value().get().toString());
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

  /** Writes the broken records the model cannot hold into a GeoJSON directory (small: the sample park only). */
  static void patchGeoJson(ParkGenerator generator, Path dir) throws IOException {
    if (generator.patches().isEmpty()) {
      return;
    }
    ObjectMapper mapper = new ObjectMapper();
    for (String layer : new String[] {"parcels", "storeys"}) {
      Path file = dir.resolve(layer + ".geojson");
      JsonNode root = mapper.readTree(file.toFile());
      boolean changed = false;
      for (DefectPatch patch : generator.patches()) {
        if (!patch.layer().equals(layer)) {
          continue;
        }
        ObjectNode target = find(root, patch)
            .orElseThrow(() -> new IllegalStateException("no record to break for " + patch));
        if (patch.value().isEmpty()) {
          target.putNull(patch.field());
        } else if (patch.value().get() instanceof Integer i) {
          target.put(patch.field(), i);
        } else if (patch.value().get() instanceof Double d) {
          target.put(patch.field(), d);
        } else {
          target.put(patch.field(), patch.value().get().toString());
        }
        changed = true;
      }
      if (changed) {
        try (OutputStream out = Files.newOutputStream(file);
            JsonGenerator g = json(out)) {
          rewrite(g, root);
        }
      }
    }
  }

  private static JsonGenerator json(OutputStream out) {
    try {
      return new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a FeatureCollection back one feature a line, as it was written. */
  private static void rewrite(JsonGenerator g, JsonNode root) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    g.writeStartObject();
    var names = root.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (name.equals("features")) {
        g.writeArrayFieldStart("features");
        for (JsonNode f : root.get("features")) {
          g.writeRaw('\n');
          mapper.writeTree(g, f);
        }
        g.writeEndArray();
      } else {
        g.writeFieldName(name);
        mapper.writeTree(g, root.get(name));
      }
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static Optional<ObjectNode> find(JsonNode root, DefectPatch patch) {
    for (JsonNode f : root.get("features")) {
      JsonNode p = f.get("properties");
      if (!patch.parcelId().equals(p.path("parcel_id").asText())) {
        continue;
      }
      if (patch.layer().equals("parcels")) {
        return Optional.of((ObjectNode) p);
      }
      if (patch.buildingId().orElse("").equals(p.path("building_id").asText()) && p.path("level").asInt() == patch.level()) {
        return Optional.of((ObjectNode) p);
      }
    }
    return Optional.empty();
  }
}
