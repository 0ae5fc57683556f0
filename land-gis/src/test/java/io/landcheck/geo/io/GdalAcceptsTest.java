package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where GDAL is installed, it opens what the writers write. Skipped without GDAL, as the build never needs it; failed
 * without it under -Dlandcheck.requireGdal=true, as CI runs (see {@link Gdal}).
 */
class GdalAcceptsTest {

  @TempDir Path dir;

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  @DisplayName("ogrinfo reads a written GeoPackage's three layers and their features")
  void ogrinfoReadsGeoPackage() throws Exception {
    Gdal.assumeProgram("ogrinfo");
    Path file = dir.resolve("park.gpkg");
    ParcelWriters.writeGeoPackage(file, ParcelWritersTest.parcels(Fixtures.read("park.gpkg")), "EPSG:4549");

    String out = run(List.of("ogrinfo", "-ro", "-al", "-so", file.toString()));

    assertThat(out).contains("Layer name: parcels", "Layer name: buildings", "Layer name: storeys")
        .contains("Feature Count: 4", "Feature Count: 8").contains("ID[\"EPSG\",4549]").doesNotContain("ERROR");
  }

  @Test
  @DisplayName("GDAL's GeoPackage validator accepts a written GeoPackage")
  void validatorAcceptsGeoPackage() throws Exception {
    Path validator = Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
    Gdal.assumeFile(validator, "python3");
    Path file = dir.resolve("park.gpkg");
    ParcelWriters.writeGeoPackage(file, ParcelWritersTest.parcels(Fixtures.read("park.gpkg")), "EPSG:4549");

    String out = run(List.of("python3", validator.toString(), file.toString()));

    assertThat(out).doesNotContain("Exception", "Req ");
  }

  @Test
  @DisplayName("ogrinfo reads written GeoJSON in its projected system")
  void ogrinfoReadsGeoJson() throws Exception {
    Gdal.assumeProgram("ogrinfo");
    ParcelWriters.writeGeoJson(dir, ParcelWritersTest.parcels(Fixtures.read("park.gpkg")), "EPSG:4549");

    String out = run(List.of("ogrinfo", "-ro", "-al", "-so", dir.resolve("parcels.geojson").toString()));

    assertThat(out).contains("Feature Count: 4", "ID[\"EPSG\",4549]", "parcel_id: String");
  }
}
