package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --out} refuses to write the report over what the batch reads. */
class OutputGuardTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    return Main.run(args, print, print);
  }

  private Path factsFile(String name) throws IOException {
    try (var in = OutputGuardTest.class.getResourceAsStream("/io/landcheck/batch/compliant-facts.json")) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  @DisplayName("--out naming the input file is a usage error that names both and leaves the input as it was")
  void outIsTheInput() throws IOException {
    Path input = factsFile("victim.json");
    byte[] before = Files.readAllBytes(input);

    assertThat(run("check", input.toString(), "--out", input.toString())).isEqualTo(64);

    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out " + input).contains("input " + input);
  }

  @Test
  @DisplayName("--out reached through another spelling of the input's path is refused too")
  void outIsTheInputByAnotherPath() throws IOException {
    Path input = factsFile("victim.json");
    Files.createDirectories(dir.resolve("sub"));

    assertThat(run("check", input.toString(), "--out", dir.resolve("sub/../victim.json").toString())).isEqualTo(64);
  }

  @Test
  @DisplayName("--out naming a layer of an input directory is a usage error naming both, and writes nothing there")
  void outInsideInputDirectory() throws IOException {
    Path park = Files.createDirectories(dir.resolve("park"));
    Path parcels = Files.writeString(park.resolve("parcels.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
    Path out = park.resolve("parcels.geojson");
    byte[] before = Files.readAllBytes(parcels);

    assertThat(run("check", park.toString(), "--out", out.toString())).isEqualTo(64);

    assertThat(Files.readAllBytes(parcels)).isEqualTo(before);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out " + out).contains("directory " + park);
  }

  @Test
  @DisplayName("a report elsewhere in an input directory, which the directory's reader does not read, is allowed")
  void reportInInputDirectoryAllowed() throws IOException {
    Path park = Files.createDirectories(dir.resolve("park"));
    Files.writeString(park.resolve("parcels.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");

    assertThat(OutputGuard.conflict(List.of(park), park.resolve("report.html"))).isEmpty();
  }

  @Test
  @DisplayName("a report file beside an input file, not read by it, is allowed")
  void outBesideInput() throws IOException {
    Path input = factsFile("parcels.json");

    assertThat(run("check", input.toString(), "--out", dir.resolve("parcels.csv").toString())).isEqualTo(0);
  }

  @Test
  @DisplayName("a part of a Shapefile layer that the .shp input reads beside it is refused, naming the part")
  void shapefilePart() {
    Path shp = dir.resolve("parcels.shp");

    assertThat(OutputGuard.conflict(List.of(shp), dir.resolve("parcels.dbf"))).hasValueSatisfying(
        m -> assertThat(m).contains("parcels.dbf").contains("input " + shp));
    assertThat(OutputGuard.conflict(List.of(shp), dir.resolve("storeys.DBF"))).isPresent();
  }

  @Test
  @DisplayName("a file beside a .shp input that the Shapefile reader does not read is allowed")
  void besideShapefile() {
    Path shp = dir.resolve("parcels.shp");

    assertThat(OutputGuard.conflict(List.of(shp), dir.resolve("parcels.csv"))).isEmpty();
    assertThat(OutputGuard.conflict(List.of(shp), dir.resolve("report.dbf"))).isEmpty();
  }

  @Test
  @DisplayName("a buildings or storeys layer that a GeoJSON input reads beside it is refused")
  void geoJsonLayer() {
    Path parcels = dir.resolve("parcels.geojson");

    assertThat(OutputGuard.conflict(List.of(parcels), dir.resolve("storeys.geojson"))).isPresent();
  }

  @Test
  @DisplayName("the second input is guarded as well as the first")
  void everyInput() {
    Path first = dir.resolve("a.gpkg");
    Path second = dir.resolve("b.gpkg");

    assertThat(OutputGuard.conflict(List.of(first, second), second)).hasValueSatisfying(
        m -> assertThat(m).contains("input " + second));
  }
}
