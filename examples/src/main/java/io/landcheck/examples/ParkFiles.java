package io.landcheck.examples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.Parcel;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes a generated park in the file schema of the contract: a directory of {@code parcels.geojson},
 * {@code buildings.geojson} and {@code storeys.geojson} with a {@code crs} member naming EPSG:4549, then writes the
 * sample park's broken records into it.
 *
 * <p>Streams: one parcel is in memory at a time, so a city of a million parcels can be written.
 */
final class ParkFiles {

  static final String CRS_URN = "urn:ogc:def:crs:EPSG::4549";

  private ParkFiles() {}

  /** Writes {@code generator}'s parcels to a GeoPackage, broken records included. */
  static void writeGeoPackage(ParkGenerator generator, Path file) throws IOException {
    GeoPackageFile.write(generator, file);
  }

  /** Writes the three GeoJSON layers of {@code generator}'s parcels into {@code dir}, broken records included. */
  static void writeGeoJson(ParkGenerator generator, Path dir) throws IOException {
    Files.createDirectories(dir);
    JsonFactory json = new JsonFactory();
    GeoJsonWriter geometries = new GeoJsonWriter(3);
    geometries.setEncodeCRS(false);
    try (OutputStream p = Files.newOutputStream(dir.resolve("parcels.geojson"));
        OutputStream b = Files.newOutputStream(dir.resolve("buildings.geojson"));
        OutputStream s = Files.newOutputStream(dir.resolve("storeys.geojson"));
        JsonGenerator parcels = json.createGenerator(p, JsonEncoding.UTF8);
        JsonGenerator buildings = json.createGenerator(b, JsonEncoding.UTF8);
        JsonGenerator storeys = json.createGenerator(s, JsonEncoding.UTF8)) {
      start(parcels, "parcels");
      start(buildings, "buildings");
      start(storeys, "storeys");
      Iterator<GeoParcel> it = generator.parcels().iterator();
      while (it.hasNext()) {
        GeoParcel parcel = it.next();
        feature(parcels, geometries, Optional.of(parcel.boundary()), parcelFields(parcel));
        for (Building building : parcel.buildings()) {
          Map<String, Object> bf = new LinkedHashMap<>();
          bf.put("building_id", building.id());
          bf.put("parcel_id", parcel.id());
          feature(buildings, geometries, Optional.of(building.footprint()), bf);
          for (Storey storey : building.storeys()) {
            feature(storeys, geometries, storey.footprint(), storeyFields(parcel, building, storey));
          }
        }
      }
      end(parcels);
      end(buildings);
      end(storeys);
    }
    patchGeoJson(generator, dir);
  }

  /** The parcel's attributes under the schema's English field names, absent facts as null. */
  static Map<String, Object> parcelFields(GeoParcel parcel) {
    Parcel f = parcel.facts();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parcel_id", parcel.id());
    m.put("land_use", f.landUse().map(l -> l.code()).orElse(null));
    m.put("single_use", f.singleUse().orElse(null));
    m.put("project_category", f.projectCategory().name());
    m.put("recognition_level", f.recognitionLevel().map(Enum::name).orElse(null));
    m.put("lease_grant_date", f.lease().map(l -> l.grantDate().toString()).orElse(null));
    m.put("lease_term_years", f.lease().map(l -> l.termYears()).orElse(null));
    m.put("tenure", f.tenure().map(Enum::name).orElse(null));
    m.put("site_area_m2", parcel.declaredSiteAreaM2().isPresent() ? parcel.declaredSiteAreaM2().getAsDouble() : null);
    m.put("plot_ratio_cap", f.approvedPlotRatioCap().isPresent() ? f.approvedPlotRatioCap().getAsDouble() : null);
    m.put("pr_before", f.intensification().map(i -> i.plotRatioBefore()).orElse(null));
    m.put("pr_after", f.intensification().map(i -> i.plotRatioAfter()).orElse(null));
    m.put("ug_before_m2", f.intensification().map(i -> i.undergroundBeforeM2()).orElse(null));
    m.put("ug_after_m2", f.intensification().map(i -> i.undergroundAfterM2()).orElse(null));
    m.put("intensification_approved", f.intensification().map(i -> i.approved()).orElse(null));
    m.put("green_cut_m2", f.greenSpace().map(g -> g.attachedGreenCutM2()).orElse(null));
    m.put("green_added_m2", f.greenSpace().map(g -> g.greenAddedInParkM2()).orElse(null));
    m.put("rooftop_green_m2", f.rooftopGreenAreaM2().isPresent() ? f.rooftopGreenAreaM2().getAsDouble() : null);
    m.put("district_id", f.districtId().orElse(null));
    m.put("park_id", f.parkId().orElse(null));
    m.put("application_date", f.applicationDate().map(Object::toString).orElse(null));
    return m;
  }

  static Map<String, Object> storeyFields(GeoParcel parcel, Building building, Storey storey) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parcel_id", parcel.id());
    m.put("building_id", building.id());
    m.put("level", storey.level());
    m.put("storey_height_m", storey.storeyHeightM());
    m.put("use_code", storey.useCode());
    return m;
  }

  private static void start(JsonGenerator g, String name) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeStringField("name", name);
    g.writeObjectFieldStart("crs");
    g.writeStringField("type", "name");
    g.writeObjectFieldStart("properties");
    g.writeStringField("name", CRS_URN);
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("features");
  }

  private static void end(JsonGenerator g) throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void feature(JsonGenerator g, GeoJsonWriter geometries, Optional<Geometry> geometry,
      Map<String, Object> properties) throws IOException {
    g.writeRaw('\n');
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      Object v = e.getValue();
      if (v == null) {
        g.writeNullField(e.getKey());
      } else if (v instanceof Boolean bool) {
        g.writeBooleanField(e.getKey(), bool);
      } else if (v instanceof Integer i) {
        g.writeNumberField(e.getKey(), i);
      } else if (v instanceof Double d) {
        g.writeNumberField(e.getKey(), d);
      } else {
        g.writeStringField(e.getKey(), v.toString());
      }
    }
    g.writeEndObject();
    g.writeFieldName("geometry");
    if (geometry.isPresent()) {
      g.writeRawValue(geometries.write(geometry.get()));
    } else {
      g.writeNull();
    }
    g.writeEndObject();
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
        } else {
          target.put(patch.field(), patch.value().get().doubleValue());
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
