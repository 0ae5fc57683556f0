package io.landcheck.geo.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The committed fixtures made by scripts/make-geo-fixtures. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** All records of a source, read and closed. */
  static List<SourceRecord> read(Path path, ReadOptions options) {
    try (ParcelSource source = ParcelSources.open(path, options)) {
      return source.records().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SourceRecord> read(String name) {
    return read(path(name), ReadOptions.defaults());
  }

  /** GDAL's planar areas (ST_Area in EPSG:4549) by parcel id. */
  static Map<String, Double> referenceAreas(String csv) {
    try {
      Map<String, Double> out = new LinkedHashMap<>();
      List<String> lines = Files.readAllLines(path(csv), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.replace("\"", "").split(",");
        out.put(cells[0], Double.parseDouble(cells[1]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
