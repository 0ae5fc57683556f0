package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --layer ROLE=NAME}, and layers found by their fields: a bureau's GeoJSON directory whose layers are named
 * zd, jz, lc.
 */
class LayerOptionTest {

  private static final Path PARK = Path.of("../land-gis/src/test/resources/fixtures/geojson");

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int check(String... args) {
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    return Main.run(args, print, print);
  }

  private Path bureau() throws IOException {
    Path park = Files.createDirectories(dir.resolve("bureau"));
    Files.copy(PARK.resolve("parcels.geojson"), park.resolve("zd.geojson"));
    Files.copy(PARK.resolve("buildings.geojson"), park.resolve("jz.geojson"));
    Files.copy(PARK.resolve("storeys.geojson"), park.resolve("lc.geojson"));
    return park;
  }

  @Test
  @DisplayName("the layers named with --layer are read: the same verdicts as the park's own layers")
  void named() throws IOException {
    Path renamed = dir.resolve("renamed.json");
    Path plain = dir.resolve("plain.json");

    check("check", bureau().toString(), "--layer", "parcels=zd", "--layer", "buildings=jz", "--layer", "storeys=lc",
        "--date", "2024-06-01", "--lang", "en", "--out", renamed.toString());
    check("check", PARK.toString(), "--date", "2024-06-01", "--lang", "en", "--out", plain.toString());

    JsonNode a = new ObjectMapper().readTree(renamed.toFile()).path("parcels");
    JsonNode b = new ObjectMapper().readTree(plain.toFile()).path("parcels");
    assertThat(a).hasSize(b.size()).isNotEmpty();
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).path("verdict")).isEqualTo(b.get(i).path("verdict"));
      assertThat(a.get(i).path("floorAreas")).isEqualTo(b.get(i).path("floorAreas"));
    }
  }

  @Test
  @DisplayName("a role other than parcels, buildings and storeys is a usage error (64) naming the roles")
  void unknownRole() throws IOException {
    int exit = check("check", bureau().toString(), "--layer", "roads=dl", "--date", "2024-06-01", "--lang", "en");

    assertThat(exit).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--layer", "parcels, buildings, storeys");
  }

  @Test
  @DisplayName("without --layer, layers not named parcels, buildings, storeys are found by their fields")
  void foundByFields() throws IOException {
    Path found = dir.resolve("found.json");
    Path plain = dir.resolve("plain.json");

    check("check", bureau().toString(), "--date", "2024-06-01", "--lang", "en", "--out", found.toString());
    check("check", PARK.toString(), "--date", "2024-06-01", "--lang", "en", "--out", plain.toString());

    JsonNode a = new ObjectMapper().readTree(found.toFile()).path("parcels");
    JsonNode b = new ObjectMapper().readTree(plain.toFile()).path("parcels");
    assertThat(a).hasSize(b.size()).isNotEmpty();
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).path("verdict")).isEqualTo(b.get(i).path("verdict"));
      assertThat(a.get(i).path("floorAreas")).isEqualTo(b.get(i).path("floorAreas"));
    }
  }

  @Test
  @DisplayName("two files with the parcels' fields are an error (74) naming both and --layer parcels=NAME")
  void ambiguousNamesTheOption() throws IOException {
    Path park = bureau();
    Files.copy(park.resolve("zd.geojson"), park.resolve("zd-old.geojson"));

    int exit = check("check", park.toString(), "--date", "2024-06-01", "--lang", "en");

    assertThat(exit).isEqualTo(74);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("[zd.geojson, zd-old.geojson]", "--layer parcels=NAME");
  }
}
