package io.landcheck.geo.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** Writes parcels.geojson, buildings.geojson and storeys.geojson in one pass, with a crs member for the system. */
final class GeoJsonWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private GeoJsonWriter() {}

  static long write(Path dir, Iterable<GeoParcel> parcels, String crs) throws IOException {
    SourceCrs system = SourceCrs.parse(crs);
    Files.createDirectories(dir);
    Optional<String> crsName = Optional.of(crsName(system));
    try (JsonGenerator p = open(dir.resolve("parcels.geojson"), "parcels", crsName);
        JsonGenerator b = open(dir.resolve("buildings.geojson"), "buildings", crsName);
        JsonGenerator s = open(dir.resolve("storeys.geojson"), "storeys", crsName)) {
      long n = 0;
      for (GeoParcel parcel : parcels) {
        feature(p, Rows.parcel(parcel), parcel.boundary());
        for (Building building : parcel.buildings()) {
          Map<String, Object> br = new LinkedHashMap<>();
          br.put("parcel_id", parcel.id());
          br.put("building_id", building.id());
          feature(b, br, building.footprint());
          for (Storey storey : building.storeys()) {
            Map<String, Object> sr = new LinkedHashMap<>(br);
            sr.put("level", storey.level());
            sr.put("storey_height_m", storey.storeyHeightM());
            sr.put("use_code", storey.useCode());
            feature(s, sr, storey.footprint().orElse(null));
          }
        }
        n++;
      }
      for (JsonGenerator g : new JsonGenerator[] {p, b, s}) {
        g.writeEndArray();
        g.writeEndObject();
      }
      return n;
    }
  }

  /** The name of the system as a GeoJSON {@code crs} member gives it: an OGC URN for an EPSG code, GDAL reads both. */
  static String crsName(SourceCrs system) {
    return system.name().startsWith("EPSG:") ? "urn:ogc:def:crs:EPSG::" + system.name().substring(5) : system.name();
  }

  /** A FeatureCollection named {@code name} begun in {@code file}, with a crs member if the system is known. */
  static JsonGenerator open(Path file, String name, Optional<String> crsName) throws IOException {
    JsonGenerator g = JSON.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeStringField("name", name);
    if (crsName.isPresent()) {
      g.writeObjectFieldStart("crs");
      g.writeStringField("type", "name");
      g.writeObjectFieldStart("properties");
      g.writeStringField("name", crsName.get());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeArrayFieldStart("features");
    return g;
  }

  static void feature(JsonGenerator g, Map<String, Object> properties, Geometry geometry) throws IOException {
    g.writeRaw('\n');
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      Object v = e.getValue();
      if (v == null) {
        continue;
      }
      g.writeFieldName(e.getKey());
      if (v instanceof Boolean bool) {
        g.writeBoolean(bool);
      } else if (v instanceof Integer i) {
        g.writeNumber(i);
      } else if (v instanceof Long l) {
        g.writeNumber(l);
      } else if (v instanceof Double d) {
        g.writeNumber(d);
      } else {
        g.writeString(v.toString());
      }
    }
    g.writeEndObject();
    g.writeFieldName("geometry");
    GeoJsonGeometry.write(g, geometry);
    g.writeEndObject();
  }
}
