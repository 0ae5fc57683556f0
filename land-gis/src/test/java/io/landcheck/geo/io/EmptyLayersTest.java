package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty buildings or storeys layer is read as if it were missing. */
class EmptyLayersTest {

  private static final String EMPTY = "{\"type\": \"FeatureCollection\", \"features\": []}";
  /** What GDAL writes for an empty layer in EPSG:4549. */
  private static final String EMPTY_WITH_CRS = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", "
      + "\"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4549\"}}, \"features\": []}";

  @TempDir Path dir;

  /** A copy of the GeoJSON park (4 parcels, 4 buildings, 8 storeys) with {@code layer} replaced by {@code json}. */
  private Path parkWith(String layer, String json) throws IOException {
    for (String l : List.of("parcels", "buildings", "storeys")) {
      Files.copy(Fixtures.path("geojson").resolve(l + ".geojson"), dir.resolve(l + ".geojson"));
    }
    Files.writeString(dir.resolve(layer + ".geojson"), json);
    return dir;
  }

  @Test
  @DisplayName("an empty GeoJSON storeys layer leaves every parcel readable, its buildings without storeys")
  void emptyStoreys() throws IOException {
    List<SourceRecord> records = Fixtures.read(parkWith("storeys", EMPTY), ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).isEmpty());
    List<GeoParcel> parcels = ParcelWritersTest.parcels(records);
    assertThat(parcels.get(0).buildings()).extracting(Building::id).containsExactly("1号厂房", "2号宿舍");
    assertThat(parcels).flatExtracting(GeoParcel::buildings).allSatisfy(b -> assertThat(b.storeys()).isEmpty());
  }

  @Test
  @DisplayName("an empty GeoJSON buildings layer leaves every parcel readable, without buildings")
  void emptyBuildings() throws IOException {
    Path park = parkWith("buildings", EMPTY_WITH_CRS);
    Files.delete(park.resolve("storeys.geojson"));

    List<SourceRecord> records = Fixtures.read(park, ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> {
      assertThat(r.errors()).isEmpty();
      assertThat(r.parcel().get().buildings()).isEmpty();
    });
  }

  @Test
  @DisplayName("an empty GeoJSON layer needs no crs member, even beside parcels with one")
  void emptyLayerNeedsNoCrs() throws IOException {
    Path park = parkWith("buildings", EMPTY);
    Files.delete(park.resolve("storeys.geojson"));

    assertThat(Fixtures.read(park, ReadOptions.defaults())).hasSize(4)
        .allSatisfy(r -> assertThat(r.errors()).isEmpty());
  }
}
