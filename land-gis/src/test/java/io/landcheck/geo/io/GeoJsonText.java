package io.landcheck.geo.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The GeoJSON park fixture (4 parcels, 4 buildings, 9 storeys, EPSG:4549) as text, to make hostile files from. */
final class GeoJsonText {
  private GeoJsonText() {}

  /** The text of each feature of a layer of the GeoJSON park, in order. */
  static List<String> features(String layer) {
    try {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(Fixtures.path("geojson").resolve(layer + ".geojson"))) {
        if (line.startsWith("{ \"type\": \"Feature\"")) {
          out.add(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A FeatureCollection in EPSG:4549 of these features' texts. */
  static String collection(List<String> features) {
    return "{\n\"type\": \"FeatureCollection\",\n\"crs\": { \"type\": \"name\", \"properties\": { \"name\": "
        + "\"urn:ogc:def:crs:EPSG::4549\" } },\n\"features\": [\n" + String.join(",\n", features) + "\n]\n}\n";
  }

  /** The layer's features as a FeatureCollection, with each {@code replaced} text replaced in the whole text. */
  static String layer(String layer, Map<String, String> replaced) {
    String text = collection(features(layer));
    for (Map.Entry<String, String> e : replaced.entrySet()) {
      text = text.replace(e.getKey(), e.getValue());
    }
    return text;
  }

  /** The GeoJSON park in {@code dir}, with the layers given as text instead of the fixture's. */
  static Path park(Path dir, Map<String, String> layers) {
    try {
      for (String l : List.of("parcels", "buildings", "storeys")) {
        Path to = dir.resolve(l + ".geojson");
        if (layers.containsKey(l)) {
          Files.writeString(to, layers.get(l), StandardCharsets.UTF_8);
        } else {
          Files.copy(Fixtures.path("geojson").resolve(l + ".geojson"), to);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
