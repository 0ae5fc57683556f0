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
import org.locationtech.jts.geom.Geometry;

/** Writes parcels.geojson, buildings.geojson and storeys.geojson in one pass, with a crs member for the system. */
final class GeoJsonWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private GeoJsonWriter() {}

  static long write(Path dir, Iterable<GeoParcel> parcels, String crs) throws IOException {
    SourceCrs system = SourceCrs.parse(crs);
    Files.createDirectories(dir);
    String crsName = system.name().startsWith("EPSG:")
        ? "urn:ogc:def:crs:EPSG::" + system.name().substring(5) : system.name();
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

  private static JsonGenerator open(Path file, String name, String crsName) throws IOException {
    JsonGenerator g = JSON.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeStringField("name", name);
    g.writeObjectFieldStart("crs");
    g.writeStringField("type", "name");
    g.writeObjectFieldStart("properties");
    g.writeStringField("name", crsName);
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("features");
    return g;
  }

  private static void feature(JsonGenerator g, Map<String, Object> properties, Geometry geometry) throws IOException {
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
