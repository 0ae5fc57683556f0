package io.landcheck.geo.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The layers of an input directory of Shapefiles or GeoJSON files that are not named as their roles (parcels,
 * buildings, storeys) nor with {@link ReadOptions#withLayer}, found by their fields as in a GeoPackage: the one file of
 * the directory's format whose fields hold the layer's required fields (under their names or Chinese aliases) and not
 * those of the layer below it. Several such files are an error naming them and {@code --layer}.
 */
final class DirectoryLayers {

  private DirectoryLayers() {}

  /** The formats of an input directory. */
  enum Format {
    SHAPEFILE, GEOJSON
  }

  /**
   * {@code options} with a layer named for every role the directory has no file of that name for, but one file whose
   * fields make it that layer; {@code options} itself when there is nothing to find.
   *
   * @throws IOException naming the files and {@code --layer} when several files could be one layer
   */
  static ReadOptions detected(Path dir, Format format, ReadOptions options) throws IOException {
    ReadOptions out = options;
    Set<String> taken = new HashSet<>();
    for (String role : ReadOptions.LAYER_ROLES) {
      out.layer(role).ifPresent(taken::add);
      if (out.layer(role).isEmpty() && named(dir, format, role)) {
        taken.add(role);
      }
    }
    for (Schema.Layer layer : Schema.Layer.values()) {
      String role = layer.table;
      if (out.layer(role).isPresent() || named(dir, format, role)) {
        continue;
      }
      List<String> candidates = new ArrayList<>();
      for (String base : bases(dir, format)) {
        if (!taken.contains(base) && holds(dir, format, base, layer, out)) {
          candidates.add(base);
        }
      }
      if (candidates.size() > 1) {
        throw new IOException(dir + ": files " + candidates.stream().map(b -> b + extension(format)).toList()
            + " all have the fields of the " + role + " layer; name the one to read with --layer " + role
            + "=NAME (ReadOptions.withLayer in Java)");
      }
      if (candidates.size() == 1) {
        out = out.withLayer(role, candidates.get(0));
        taken.add(candidates.get(0));
      }
    }
    return out;
  }

  private static String extension(Format format) {
    return format == Format.SHAPEFILE ? ".shp" : ".geojson";
  }

  /** Whether the directory has a file named as the role, in its format. */
  private static boolean named(Path dir, Format format, String role) {
    return format == Format.SHAPEFILE
        ? Files.exists(dir.resolve(role + ".shp")) || Files.exists(dir.resolve(role + ".dbf"))
        : Files.exists(dir.resolve(role + ".geojson")) || Files.exists(dir.resolve(role + ".json"));
  }

  /** The base names of the directory's files of the format (.dbf for Shapefiles, .geojson and .json), sorted. */
  private static Set<String> bases(Path dir, Format format) throws IOException {
    Set<String> out = new TreeSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : format == Format.SHAPEFILE ? List.of(".dbf") : List.of(".geojson", ".json")) {
          if (lower.endsWith(ext) && Files.isRegularFile(f)) {
            out.add(name.substring(0, name.length() - ext.length()));
          }
        }
      }
    }
    return out;
  }

  /** Whether the file {@code base} of the directory has the fields of {@code layer}. */
  private static boolean holds(Path dir, Format format, String base, Schema.Layer layer, ReadOptions options)
      throws IOException {
    boolean byLocation = options.buildingAssignment().byLocation();
    if (format == Format.SHAPEFILE) {
      Path dbf = dir.resolve(base + ".dbf");
      ShapefileSource.DbfCharset charset = ShapefileSource.charset(dir, base, dbf, options.fallbackCharset(),
          new ArrayList<>());
      List<String> names = new ArrayList<>();
      try (DbfReader reader = new DbfReader(dbf, charset.charset())) {
        reader.fields().forEach(f -> names.add(f.name()));
      }
      boolean geometry = Files.exists(dir.resolve(base + ".shp"));
      return Schema.holds(layer, names, Optional.of(charset.charset()), geometry, byLocation);
    }
    Path file = Files.exists(dir.resolve(base + ".geojson")) ? dir.resolve(base + ".geojson")
        : dir.resolve(base + ".json");
    GeoJsonSource.Scan scan = GeoJsonSource.scan(file, options.limits());
    return Schema.holds(layer, scan.properties(), Optional.empty(), scan.geometries(), byLocation);
  }
}
