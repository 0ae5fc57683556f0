package io.landcheck.geo.io;

import com.google.common.collect.Iterators;
import io.landcheck.input.JsonStream;
import io.landcheck.input.JsonStream.Token;
import io.landcheck.input.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens GeoJSON: parcels.geojson with buildings.geojson and storeys.geojson beside it. Coordinates are RFC 7946
 * longitude/latitude unless a {@code crs} member names another system (GDAL writes one for projected data). Features
 * are read one at a time with a streaming parser ({@link JsonStream}), so files of any size stream.
 */
final class GeoJsonSource {
  private GeoJsonSource() {}

  /**
   * What a first streaming pass learns of a file: its crs member, every property name its features use, whether any
   * feature has a geometry, how many entries its features arrays have, how many of them are not objects or cannot be
   * read, with the first few described ({@code #3 is 42}), and the problems of the whole file (a second
   * FeatureCollection or features member, content after it that is not JSON, a place it cannot be read past).
   */
  record Scan(Optional<String> crs, List<String> properties, boolean geometries, long features,
      long notObjects, List<Example> notObjectExamples, List<Assembler.Problem> problems) {}

  /** An entry that is not a feature, as a layer's problem shows it in English and in Chinese. */
  record Example(String en, String zh) {

    /** Entry {@code n} (as {@code #n}), which is {@code shown} ({@code '[1]'}), not a feature. */
    static Example shown(String n, String shown) {
      return new Example(n + " is " + shown, n + " 为 " + shown);
    }

    /** The problem {@code p} of an entry, without the locator its template starts with, after {@code prefix}. */
    static Example of(String prefix, Assembler.Problem p) {
      return new Example(prefix + told(p, "en", ": "), prefix + told(p, "zh", "："));
    }

    private static String told(Assembler.Problem p, String language, String colon) {
      String text = p.error("").message(language);
      String locator = p.arguments().get(0) + colon;
      return text.startsWith(locator) ? text.substring(locator.length()) : text;
    }
  }

  /** How many entries of a features array that are not objects a layer problem describes. */
  private static final int EXAMPLES = 3;

  static ParcelSource open(Path parcelsFile, ReadOptions options) throws IOException {
    // the folder as the caller named it (locators of the sibling layers start with it), the working directory if none
    Path dir = parcelsFile.getParent() != null ? parcelsFile.getParent() : Path.of("");
    String ext = parcelsFile.getFileName().toString().endsWith(".json") ? ".json" : ".geojson";
    Optional<Path> buildingsFile = sibling(dir, options.layer("buildings").orElse("buildings"), ext);
    Optional<Path> storeysFile = sibling(dir, options.layer("storeys").orElse("storeys"), ext);
    List<Assembler.Problem> problems = new ArrayList<>();
    Scan parcelScan = scan(parcelsFile, options.limits());
    problems.addAll(parcelScan.problems());
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
      ChildStore store = new ChildStore(staging.connection, bt, st, options.limits());
      Features features = new Features(parcelsFile, parcels, options.limits());
      String description = parcelsFile.getFileName() + " (GeoJSON, "
          + crs.map(SourceCrs::name).orElse("no coordinate system") + ")";
      return new AssembledSource(description, OptionalLong.empty(), features, store,
          Assembler.of(store, crs, problems, options, () -> new Features(parcelsFile, parcels, options.limits())),
          staging);
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
    m.problem(options, "").ifPresent(problems::add);
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
    Scan scan = scan(file.get(), options.limits());
    problems.addAll(scan.problems());
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
          problems.add(SourceCrs.mismatch(file.get().getFileName().toString(),
              described(own, scan), parcelsCrs.get(), described(parcelsCrs.get(), parcelScan)));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Assembler.Problem("crs", file.get().getFileName() + ": " + e.getMessage()));
      }
    }
    Schema.Mapping m = mapping(layer, scan, options, problems);
    if (m.column("parcel_id").isEmpty() && !options.buildingAssignment().byLocation()) {
      notFeatures(file.get(), scan.features(), scan.notObjects(), scan.notObjectExamples(), problems);
      return Optional.empty();
    }
    try (Features features = new Features(file.get(), m, options.limits())) {
      // an entry that is not a feature, or cannot be read, names no parcel to file its error under: the layer is in
      // error; the staging pass reads values the scan skipped (a text past the limit), so it is the one to count them
      List<Example> examples = new ArrayList<>();
      long[] bad = new long[1];
      ChildStore.Table table = staging.load(m, Iterators.filter(features, f -> {
        if (f.featureProblem().isEmpty()) {
          return true;
        }
        if (bad[0]++ < EXAMPLES) {
          examples.add(example(f));
        }
        return false;
      }));
      notFeatures(file.get(), features.number, bad[0], examples, problems);
      return Optional.of(table);
    }
  }

  /** An entry that is not a feature as the layer's problem shows it: {@code #3 is '[1]'}, {@code #5: …}. */
  private static Example example(RawFeature f) {
    String n = f.locator().substring(f.locator().lastIndexOf('#'));
    Assembler.Problem p = f.featureProblem().orElseThrow();
    return p.name().equals("geojsonNotFeature") ? Example.shown(n, p.arguments().get(2))
        : Example.of(n + ": ", p);
  }

  /** The problem of a buildings or storeys file with entries that are not features, or cannot be read, if any. */
  private static void notFeatures(Path file, long entries, long bad, List<Example> examples,
      List<Assembler.Problem> problems) {
    if (bad > 0) {
      // the examples in English for the English template ({3}), in Chinese for the Chinese one ({4})
      String more = bad > examples.size() ? "; …" : "";
      problems.add(Assembler.Problem.told("features", bad == 1 ? "notFeature" : "notFeatures",
          List.of(file.getFileName().toString(), String.valueOf(bad), String.valueOf(entries),
              examples.stream().map(Example::en).collect(Collectors.joining("; ")) + more,
              examples.stream().map(Example::zh).collect(Collectors.joining("；")) + more.replace("; ", "；"))));
    }
  }

  /** A file's system as an error names it, saying so when it comes from having no crs member. */
  private static String described(SourceCrs crs, Scan scan) {
    return crs.name() + (scan.crs().isEmpty() ? " (no crs member: RFC 7946 longitude/latitude)" : "");
  }

  static Scan scan(Path file, ReadLimits limits) throws IOException {
    Set<String> properties = new LinkedHashSet<>();
    boolean[] geometries = new boolean[1];
    long features = 0;
    long notObjects = 0;
    List<Example> notObjectExamples = new ArrayList<>();
    try (GeoJsonFile walk = new GeoJsonFile(file, limits)) {
      GeoJsonFile.EntryReader<String> scanner = p -> scanEntry(walk, p, properties, geometries);
      for (GeoJsonFile.Entry<String> e = walk.next(scanner); e != null; e = walk.next(scanner)) {
        features++;
        Optional<String> shown = e.value().filter(v -> !v.isEmpty());
        if ((e.problem().isPresent() || shown.isPresent()) && notObjects++ < EXAMPLES) {
          notObjectExamples.add(shown.isPresent() ? Example.shown("#" + features, shown.get())
              : Example.of("", e.problem("#" + features, e.field()).orElseThrow()));
        }
      }
      if (walk.featureArrays() == 0) {
        throw new IOException(file.getFileName() + ": has no \"features\" array");
      }
      return new Scan(walk.crs(), List.copyOf(properties), geometries[0], features, notObjects,
          List.copyOf(notObjectExamples), walk.problems());
    }
  }

  /**
   * Scans one entry: adds its property names, notes a geometry; empty for a feature, else the entry as a message shows
   * it ({@code '42'}).
   */
  private static String scanEntry(GeoJsonFile walk, JsonStream p, Set<String> properties, boolean[] geometries)
      throws IOException {
    if (p.currentToken() != Token.START_OBJECT) {
      return shownEntry(walk, p);
    }
    while (p.nextToken() == Token.FIELD_NAME) {
      String fn = p.currentName();
      Token ft = p.nextToken();
      if (fn.equals("properties") && ft == Token.START_OBJECT) {
        while (p.nextToken() == Token.FIELD_NAME) {
          properties.add(p.currentName());
          p.nextToken();
          p.skipChildren();
        }
      } else {
        geometries[0] |= fn.equals("geometry") && ft == Token.START_OBJECT;
        p.skipChildren();
      }
    }
    return "";
  }

  /** An entry that is not an object as a message shows it ({@code '42'}, {@code '[1]'}), skipped. */
  private static String shownEntry(GeoJsonFile walk, JsonStream p) throws IOException {
    Token t = p.currentToken();
    if (t == Token.VALUE_NULL) {
      return "'null'";
    }
    if (t.isScalarValue()) {
      return Values.shown(p.text());
    }
    StringBuilder shown = new StringBuilder();
    int depth = 0;
    boolean comma = false;
    do {
      Token x = p.currentToken();
      boolean opens = x == Token.START_ARRAY || x == Token.START_OBJECT;
      boolean closes = x == Token.END_ARRAY || x == Token.END_OBJECT;
      if (shown.length() < 100) {
        shown.append(comma && !closes ? ", " : "").append(x == Token.FIELD_NAME ? "\"" + p.currentName() + "\": "
            : x.isScalarValue() ? p.text() : bracket(x));
      }
      comma = !opens && x != Token.FIELD_NAME;
      depth += opens ? 1 : closes ? -1 : 0;
    } while (depth > 0 && p.nextToken() != Token.NONE);
    return Values.shown(shown.toString());
  }

  /** The bracket a token that opens or closes an object or array is written with. */
  private static String bracket(Token t) {
    return switch (t) {
      case START_OBJECT -> "{";
      case END_OBJECT -> "}";
      case START_ARRAY -> "[";
      case END_ARRAY -> "]";
      default -> throw new IllegalArgumentException("not a bracket: " + t);
    };
  }

  /** The features of one file, one at a time. */
  private static final class Features extends AssembledSource.Features {
    private final String name;
    private final Schema.Mapping mapping;
    private final ReadLimits limits;
    private final Map<String, String> fieldOfColumn = new HashMap<>();
    private final GeoJsonFile walk;
    /** The entries read so far. */
    private long number;
    /** The properties of the entry being read, as far as it got: what an entry that cannot be read is named by. */
    private final Map<String, Object> partial = new HashMap<>();

    Features(Path file, Schema.Mapping mapping, ReadLimits limits) throws IOException {
      this.name = ParcelSources.located(file);
      this.mapping = mapping;
      this.limits = limits;
      mapping.columns().forEach((field, column) -> fieldOfColumn.put(column, field));
      this.walk = new GeoJsonFile(file, limits);
    }

    /**
     * The next entry of the features arrays: a feature; for an entry that is not an object, or cannot be read (a text
     * past the limit in it), a feature with no values whose {@link RawFeature#featureProblem()} says why.
     */
    @Override
    protected RawFeature computeNext() {
      GeoJsonFile.Entry<RawFeature> e;
      try {
        e = walk.next(this::feature);
      } catch (IOException ex) {
        String m = String.valueOf(ex.getMessage());
        throw new UncheckedIOException(m.startsWith(name) ? m : name + ": " + m, ex);
      }
      if (e == null) {
        return endOfData();
      }
      number = e.number();
      if (e.value().isPresent()) {
        return e.value().get();
      }
      String field = e.field();
      Map<String, Object> values = mapped(partial);
      if (!values.containsKey("parcel_id")) {
        // named by the parcel_id read again past what spoiled the feature, so its buildings are not orphans
        mapping.column("parcel_id").ifPresent(c -> values.putAll(mapped(walk.salvage(e, Set.of(c)))));
      }
      String locator = name + "#" + e.number();
      return RawFeature.unreadable(locator, values,
          e.problem(locator, fieldOfColumn.getOrDefault(field, field)).orElseThrow());
    }

    /** Properties by schema field, those the layer does not map left out. */
    private Map<String, Object> mapped(Map<String, Object> properties) {
      Map<String, Object> values = new HashMap<>();
      properties.forEach((column, value) -> {
        String field = fieldOfColumn.get(column);
        if (field != null) {
          values.put(field, value);
        }
      });
      return values;
    }

    /** One entry, the stream at its first token. */
    private RawFeature feature(JsonStream p) throws IOException {
      String locator = name + "#" + (number + 1);
      if (p.currentToken() != Token.START_OBJECT) {
        return RawFeature.notAFeature(locator, number + 1, shownEntry(walk, p));
      }
      partial.clear();
      boolean propertiesSeen = false;
      GeoJsonGeometry.Read geometry = null;
      boolean propertiesTwice = false;
      boolean propertiesNotObject = false;
      while (p.nextToken() == Token.FIELD_NAME) {
        String member = p.currentName();
        Token t = p.nextToken();
        if (member.equals("properties")) {
          if (propertiesSeen) {
            propertiesTwice = true;
            p.skipChildren();
          } else if (t == Token.START_OBJECT) {
            p.readObject(partial);
          } else if (t != Token.VALUE_NULL) {
            propertiesNotObject = true;
            p.skipChildren();
          }
          propertiesSeen = true;
        } else if (member.equals("geometry")) {
          if (geometry != null) {
            geometry = GeoJsonGeometry.Read.told("featureGeometryTwice");
            p.skipChildren();
          } else {
            geometry = GeoJsonGeometry.read(p, limits);
          }
        } else {
          p.skipChildren();
        }
      }
      Map<String, Object> values = mapped(partial);
      GeoJsonGeometry.Read g = geometry == null ? GeoJsonGeometry.Read.of(Optional.empty()) : geometry;
      RawFeature f = new RawFeature(locator, values, g.geometry(), g.problem());
      if (!propertiesTwice && !propertiesNotObject) {
        return f;
      }
      String template = propertiesTwice && propertiesNotObject ? "geojsonPropertiesTwiceNotObject"
          : propertiesTwice ? "geojsonPropertiesTwice" : "geojsonPropertiesNotObject";
      return f.withFeatureProblem(Assembler.Problem.told("feature", template, List.of(locator)));
    }

    @Override
    public void close() throws IOException {
      walk.close();
    }

    @Override
    public String toString() {
      return name + " " + mapping.layer().table;
    }
  }
}
