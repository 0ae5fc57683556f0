package io.landcheck.geo.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

  /**
   * A copy of a GDAL-written GeoPackage fixture at {@code file} that tests can change with plain SQL: GDAL's R-tree
   * triggers are dropped, since they call SpatiaLite functions plain SQLite does not have.
   */
  static Path editableCopy(String name, Path file) {
    try {
      Files.copy(path(name), file);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
        List<String> triggers = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
          while (rs.next()) {
            triggers.add(rs.getString(1));
          }
        }
        for (String trigger : triggers) {
          s.execute("DROP TRIGGER \"" + trigger + "\"");
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
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
