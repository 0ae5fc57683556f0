package io.landcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a report file ({@code --out}) would overwrite what the batch reads: an input file itself, a layer file in an
 * input directory ({@code parcels}, {@code buildings} or {@code storeys} as a Shapefile part, .geojson or .json; a
 * report elsewhere in the directory is fine), or a layer file that a Shapefile or GeoJSON input reads beside it (for
 * {@code dir/parcels.shp}: its
 * .shp, .shx, .dbf, .prj and .cpg and those of {@code buildings} and {@code storeys}; for
 * {@code dir/parcels.geojson}: {@code buildings} and {@code storeys} as .geojson or .json). Paths are compared after
 * resolving symbolic links, as far as they exist.
 */
final class OutputGuard {

  private static final Set<String> SHAPEFILE_PARTS = Set.of("shp", "shx", "dbf", "prj", "cpg");
  private static final Set<String> GEOJSON_LAYERS =
      Set.of("buildings.geojson", "buildings.json", "storeys.geojson", "storeys.json");

  private OutputGuard() {}

  /** Why writing the report to {@code out} would overwrite an input, naming both; empty if it would not. */
  static Optional<String> conflict(List<Path> inputs, Path out) {
    Path report = real(out);
    for (Path input : inputs) {
      Path in = real(input);
      if (report.equals(in)) {
        return Optional.of("--out " + out + " is the input " + input + " itself; write the report to another file");
      }
      if (in.equals(report.getParent()) && isLayerFile(report.getFileName().toString())) {
        return Optional.of("--out " + out + " would overwrite a layer of the input directory " + input
            + "; write the report to another file");
      }
      Optional<String> layer = layerReadBeside(in, report);
      if (layer.isPresent()) {
        return Optional.of("--out " + out + " would overwrite " + layer.get() + ", which the input " + input
            + " reads beside it; write the report to another file");
      }
    }
    return Optional.empty();
  }

  /** The name of {@code report} if the reader of the input file {@code in} also reads it, as a layer or its part. */
  private static Optional<String> layerReadBeside(Path in, Path report) {
    if (in.getParent() == null || !in.getParent().equals(report.getParent())) {
      return Optional.empty();
    }
    String input = in.getFileName().toString();
    String name = report.getFileName().toString();
    String lowerInput = input.toLowerCase(Locale.ROOT);
    if (lowerInput.endsWith(".shp")) {
      int dot = name.lastIndexOf('.');
      String stem = dot < 0 ? name : name.substring(0, dot);
      String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
      boolean layer = stem.equals(input.substring(0, input.length() - 4)) || stem.equals("buildings")
          || stem.equals("storeys");
      return layer && SHAPEFILE_PARTS.contains(ext) ? Optional.of(name) : Optional.empty();
    }
    if (lowerInput.endsWith(".geojson") || lowerInput.endsWith(".json")) {
      return GEOJSON_LAYERS.contains(name) ? Optional.of(name) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a directory input reads a file of this name: a parcels, buildings or storeys layer, or its part. */
  private static boolean isLayerFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    String stem = lower.substring(0, dot);
    String ext = lower.substring(dot + 1);
    return Set.of("parcels", "buildings", "storeys").contains(stem)
        && (SHAPEFILE_PARTS.contains(ext) || ext.equals("geojson") || ext.equals("json"));
  }

  /** The path with symbolic links resolved in as much of it as exists. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException doesNotExist) {
      Path parent = absolute.getParent();
      return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
    }
  }
}
