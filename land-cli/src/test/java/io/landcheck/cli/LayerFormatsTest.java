package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ParcelWriters;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.geo.io.SourceRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format gpkg|geojson}: the results as GIS layers, from the command line. */
class LayerFormatsTest {

  @TempDir Path dir;

  private record Run(int status, String err) {}

  private Path park() throws IOException {
    Path sample = Path.of("..", "land-gis", "src", "test", "resources", "fixtures", "park.gpkg");
    List<GeoParcel> parcels;
    try (ParcelSource source = ParcelSources.open(sample, ReadOptions.defaults())) {
      parcels = source.records().map(SourceRecord::parcel).flatMap(java.util.Optional::stream).toList();
    }
    Path gpkg = dir.resolve("park.gpkg");
    ParcelWriters.writeGeoPackage(gpkg, parcels, "EPSG:4549");
    return gpkg;
  }

  private Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = Main.run(args, print, print);
    return new Run(status, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("--out verdicts.gpkg writes the parcels and buildings layers and the QGIS style beside them")
  void gpkgFromTheExtension() throws Exception {
    Path park = park();
    Path out = dir.resolve("verdicts.gpkg");

    Run r = run("check", park.toString(), "--date", "2024-06-01", "--out", out.toString());

    assertThat(r.status()).as(r.err()).isIn(Main.OK, Main.NON_COMPLIANT, Main.RECORD_ERRORS);
    assertThat(dir.resolve("verdicts.qml")).exists();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM parcel_results")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getLong(1)).as("one feature per parcel of the input").isEqualTo(count(park));
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".landcheck-"));
    }
  }

  @Test
  @DisplayName("--format geojson writes the buildings beside the parcels' file")
  void geojson() throws Exception {
    Path out = dir.resolve("verdicts.geojson");

    Run r = run("check", park().toString(), "--date", "2024-06-01", "--format", "geojson", "--out", out.toString());

    assertThat(r.status()).as(r.err()).isNotEqualTo(Main.USAGE);
    assertThat(out).content().startsWith("{\"type\":\"FeatureCollection\",\"name\":\"parcel_results\"");
    assertThat(dir.resolve("verdicts.building_results.geojson")).exists();
    assertThat(dir.resolve("verdicts.qml")).exists();
  }

  @Test
  @DisplayName("a layer format without --out is a usage error saying to give one")
  void layersNeedAFile() throws Exception {
    Run r = run("check", park().toString(), "--format", "gpkg");

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--out FILE.gpkg");
  }

  @Test
  @DisplayName("a layer file that is an input is refused before anything is written")
  void layersNeverOverwriteAnInput() throws Exception {
    Path park = park();
    long before = Files.size(park);

    Run r = run("check", park.toString(), "--format", "gpkg", "--out", park.toString());

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(Files.size(park)).isEqualTo(before);
  }

  private static long count(Path gpkg) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM parcels")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
