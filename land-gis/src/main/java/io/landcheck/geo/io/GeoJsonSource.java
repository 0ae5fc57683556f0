package io.landcheck.geo.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Iterators;
import io.landcheck.input.JsonValues;
import io.landcheck.input.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Opens GeoJSON: parcels.geojson with buildings.geojson and storeys.geojson beside it. Coordinates are RFC 7946
 * longitude/latitude unless a {@code crs} member names another system (GDAL writes one for projected data). Features
 * are read one at a time with Jackson's streaming parser, so files of any size stream.
 */
final class GeoJsonSource {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = MAPPER.getFactory();

  private GeoJsonSource() {}

  /**
   * What a first streaming pass learns of a file: its crs member, every property name its features use, whether any
   * feature has a geometry, how many entries its features array has, and how many of them are not objects, with the
   * first few described ({@code #3 is 42}).
   */
  private record Scan(Optional<String> crs, List<String> properties, boolean geometries, long features,
      long notObjects, List<String> notObjectExamples) {}

  /** How many entries of a features array that are not objects a layer problem describes. */
  private static final int EXAMPLES = 3;

  static ParcelSource open(Path parcelsFile, ReadOptions options) throws IOException {
    Path dir = parcelsFile.toAbsolutePath().getParent();
    String ext = parcelsFile.getFileName().toString().endsWith(".json") ? ".json" : ".geojson";
    Optional<Path> buildingsFile = sibling(dir, "buildings", ext);
    Optional<Path> storeysFile = sibling(dir, "storeys", ext);
    List<Assembler.Problem> problems = new ArrayList<>();
    Scan parcelScan = scan(parcelsFile);
    Optional<SourceCrs> crs;
    try {
      crs = Optional.of(options.crs().isPresent() ? SourceCrs.parse(options.crs().get())
          : parcelScan.crs().map(SourceCrs::parse).orElseGet(() -> SourceCrs.epsg(4326)));
    } catch (IllegalArgumentException e) {
      problems.add(new Assembler.Problem("crs", parcelsFile.getFileName() + ": " + e.getMessage()));
      crs = Optional.empty();
    }
    Schema.Mapping parcels = mapping(Schema.Layer.PARCELS, parcelScan, options, problems);
    Staging staging = Staging.create();
    try {
      Optional<ChildStore.Table> bt = child(Schema.Layer.BUILDINGS, buildingsFile, parcelScan, crs, options, problems,
          staging);
      Optional<ChildStore.Table> st = child(Schema.Layer.STOREYS, storeysFile, parcelScan, crs, options, problems,
          staging);
      ChildStore store = new ChildStore(staging.connection, bt, st);
      Features features = new Features(parcelsFile, parcels);
      String description = parcelsFile.getFileName() + " (GeoJSON, "
          + crs.map(SourceCrs::name).orElse("no coordinate system") + ")";
      return new AssembledSource(description, OptionalLong.empty(), features, store,
          new Assembler(store, crs, problems, options), staging);
    } catch (IOException | SQLException | RuntimeException e) {
      staging.close();
      if (e instanceof IOException io) {
        throw io;
      }
      throw new IOException(parcelsFile.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Path> sibling(Path dir, String name, String ext) {
    for (String e : new String[] {ext, ".geojson", ".json"}) {
      Path p = dir.resolve(name + e);
      if (Files.exists(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Schema.Mapping mapping(Schema.Layer layer, Scan scan, ReadOptions options,
      List<Assembler.Problem> problems) {
    Schema.Mapping m = Schema.map(layer, scan.properties(), Optional.empty());
    m.problem(options.ignoreUnknownFields()).ifPresent(p -> problems.add(new Assembler.Problem("fields", p)));
    return m;
  }

  /**
   * A buildings or storeys file staged for lookups by parcel id, its problems added to {@code problems}; {@code
   * parcelsCrs} is the parcels' system (empty if it could not be read), which the file's must be.
   */
  private static Optional<ChildStore.Table> child(Schema.Layer layer, Optional<Path> file, Scan parcelScan,
      Optional<SourceCrs> parcelsCrs, ReadOptions options, List<Assembler.Problem> problems, Staging staging)
      throws IOException, SQLException {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Scan scan = scan(file.get());
    if (scan.features() == 0) {
      // an empty layer ({"type": "FeatureCollection", "features": []}) has no properties to map: it is as if missing
      return Optional.empty();
    }
    // a layer without a crs member whose features have no geometry (storeys without footprints of their own) has no
    // coordinates to misread, so it need not repeat the parcels' crs member
    boolean noCoordinates = scan.crs().isEmpty() && !scan.geometries();
    if (options.crs().isEmpty() && !noCoordinates && parcelsCrs.isPresent()) {
      // the systems compared, not their labels: EPSG:4549 is urn:ogc:def:crs:EPSG::4549, OGC:CRS84 is no crs member
      try {
        SourceCrs own = scan.crs().map(SourceCrs::parse).orElseGet(() -> SourceCrs.epsg(4326));
        if (!own.sameAs(parcelsCrs.get())) {
          problems.add(new Assembler.Problem("crs", SourceCrs.mismatch(file.get().getFileName().toString(),
              described(own, scan), parcelsCrs.get(), described(parcelsCrs.get(), parcelScan))));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Assembler.Problem("crs", file.get().getFileName() + ": " + e.getMessage()));
      }
    }
    if (scan.notObjects() > 0) {
      // an entry that is not an object names no parcel to file its error under: the layer is in error
      problems.add(new Assembler.Problem("features", file.get().getFileName() + ": " + scan.notObjects() + " of the "
          + scan.features() + " entries of the features array " + (scan.notObjects() == 1 ? "is" : "are")
          + " not a Feature object (" + String.join(", ", scan.notObjectExamples())
          + (scan.notObjects() > scan.notObjectExamples().size() ? ", …" : "") + "); each entry must be "
          + "{\"type\": \"Feature\", \"properties\": {…}, \"geometry\": …}"));
    }
    Schema.Mapping m = mapping(layer, scan, options, problems);
    if (m.column("parcel_id").isEmpty()) {
      return Optional.empty();
    }
    try (Features features = new Features(file.get(), m)) {
      return Optional.of(staging.load(m, Iterators.filter(features, f -> f.featureProblem().isEmpty())));
    }
  }

  /** A file's system as an error names it, saying so when it comes from having no crs member. */
  private static String described(SourceCrs crs, Scan scan) {
    return crs.name() + (scan.crs().isEmpty() ? " (no crs member: RFC 7946 longitude/latitude)" : "");
  }

  private static Scan scan(Path file) throws IOException {
    Optional<String> crs = Optional.empty();
    Set<String> properties = new LinkedHashSet<>();
    boolean geometries = false;
    long features = 0;
    long notObjects = 0;
    List<String> notObjectExamples = new ArrayList<>();
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(file.getFileName() + ": not a GeoJSON FeatureCollection");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("crs") && t == JsonToken.START_OBJECT) {
          JsonNode node = MAPPER.readTree(p);
          String n = node.path("properties").path("name").asText("");
          if (!n.isEmpty()) {
            crs = Optional.of(n);
          }
        } else if (name.equals("features") && t == JsonToken.START_ARRAY) {
          for (JsonToken entry = p.nextToken(); entry != JsonToken.END_ARRAY && entry != null; entry = p.nextToken()) {
            features++;
            if (entry != JsonToken.START_OBJECT) {
              JsonNode junk = MAPPER.readTree(p);
              if (notObjects++ < EXAMPLES) {
                notObjectExamples.add("#" + features + " is " + Values.shown(junk));
              }
              continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String fn = p.currentName();
              JsonToken ft = p.nextToken();
              if (fn.equals("properties") && ft == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                  properties.add(p.currentName());
                  p.nextToken();
                  p.skipChildren();
                }
              } else {
                geometries |= fn.equals("geometry") && ft == JsonToken.START_OBJECT;
                p.skipChildren();
              }
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file.getFileName() + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    return new Scan(crs, List.copyOf(properties), geometries, features, notObjects,
        List.copyOf(notObjectExamples));
  }

  /** The features of one file, one at a time. */
  private static final class Features extends AssembledSource.Features {
    private final String name;
    private final Schema.Mapping mapping;
    private final Map<String, String> fieldOfColumn = new HashMap<>();
    private final JsonParser parser;
    private long number;

    Features(Path file, Schema.Mapping mapping) throws IOException {
      this.name = file.getFileName().toString();
      this.mapping = mapping;
      mapping.columns().forEach((field, column) -> fieldOfColumn.put(column, field));
      this.parser = JSON.createParser(file.toFile());
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String n = parser.currentName();
        JsonToken t = parser.nextToken();
        if (n.equals("features") && t == JsonToken.START_ARRAY) {
          return;
        }
        parser.skipChildren();
      }
      throw new IOException(name + ": has no \"features\" array");
    }

    /**
     * The next entry of the features array: a feature, or, for an entry that is not an object, a feature with no
     * values whose {@link RawFeature#featureProblem()} says what it is.
     */
    @Override
    protected RawFeature computeNext() {
      JsonToken entry;
      try {
        entry = parser.nextToken();
        if (entry == JsonToken.END_ARRAY || entry == null) {
          return endOfData();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
      number++;
      JsonNode feature;
      try {
        feature = MAPPER.readTree(parser);
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": feature " + number + ": " + e.getMessage(), e);
      }
      if (entry != JsonToken.START_OBJECT) {
        return RawFeature.notAFeature(name + "#" + number, "entry " + number + " of the features array is "
            + Values.shown(feature) + ", not a Feature object");
      }
      Map<String, Object> values = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = feature.path("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = fieldOfColumn.get(e.getKey());
        if (field != null) {
          values.put(field, JsonValues.of(e.getValue()));
        }
      }
      String locator = name + "#" + number;
      try {
        return RawFeature.of(locator, values, GeoJsonGeometry.read(feature.get("geometry")));
      } catch (IllegalArgumentException e) {
        return new RawFeature(locator, values, Optional.empty(), Optional.of(e.getMessage()));
      }
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }

    @Override
    public String toString() {
      return name + " " + mapping.layer().table;
    }
  }
}
