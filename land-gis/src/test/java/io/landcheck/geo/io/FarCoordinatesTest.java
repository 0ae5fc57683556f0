package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.geo.Measurement;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coordinates beyond any place on Earth (1e300 in a projected system) are an error on the record's geometry in plain
 * words; they used to reach the measurement, whose infinite area failed with an internal exception.
 */
class FarCoordinatesTest {

  @TempDir Path dir;

  @Test
  @DisplayName("a boundary at 1e300 metres is an error on its geometry in plain words, the other parcels read")
  void farBoundary() {
    List<String> features = new ArrayList<>(GeoJsonText.features("parcels"));
    String p2 = features.get(1);
    int coordinates = p2.indexOf("\"coordinates\": ") + "\"coordinates\": ".length();
    features.set(1, p2.substring(0, coordinates) + "[ [ [ 1e300, 1e300 ], [ 2e300, 1e300 ], [ 2e300, 2e300 ], "
        + "[ 1e300, 2e300 ], [ 1e300, 1e300 ] ] ] } }");
    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir, Map.of("parcels",
        GeoJsonText.collection(features))), ReadOptions.defaults());

    assertThat(records).extracting(r -> r.parcel().isPresent()).containsExactly(true, false, true, true);
    assertThat(records.get(1).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("(1.0E300, 1.0E300) are beyond any place on Earth", "EPSG")
          .doesNotContain("Exception").hasSizeLessThan(400);
    });
  }

  @Test
  @DisplayName("a building at 1e300 metres is an error on its parcel naming buildings.geometry")
  void farBuilding() {
    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir, Map.of("buildings",
        GeoJsonText.layer("buildings", Map.of("[ [ [ 623010.0, 3442010.0 ]",
            "[ [ [ 1e300, 1e300 ], [ 2e300, 1e300 ], [ 2e300, 2e300 ], [ 1e300, 1e300 ] ], [ [ 623010.0, 3442010.0 ]")))),
        ReadOptions.defaults());

    assertThat(records.get(0).errors()).extracting(e -> e.field()).containsExactly("buildings.geometry");
  }

  @Test
  @DisplayName("the parcels that are read measure without an exception")
  void othersMeasure() {
    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir, Map.of()), ReadOptions.defaults());

    Measurement m = Measurement.of(ShanghaiPacks.shanghai2021()).onDate(java.time.LocalDate.of(2024, 6, 1));
    assertThat(records).allSatisfy(r -> assertThat(m.measure(r.parcel().orElseThrow()).ok()).isTrue());
  }
}
