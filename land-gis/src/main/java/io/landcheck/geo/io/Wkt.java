package io.landcheck.geo.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** WKT definitions of EPSG coordinate systems, from the table Proj4J ships (proj4j-epsg). */
final class Wkt {
  private Wkt() {}

  static Optional<String> epsg(int code) {
    try (InputStream in = Wkt.class.getClassLoader().getResourceAsStream("proj4/wkt/epsg.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String prefix = code + "=";
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith(prefix)) {
          return Optional.of(line.substring(prefix.length()).strip());
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
