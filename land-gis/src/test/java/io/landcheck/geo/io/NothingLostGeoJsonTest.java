package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GeoJSON file that holds more than one FeatureCollection, or more than one features array, loses no feature. */
class NothingLostGeoJsonTest {

  private static final List<String> PARCELS = GeoJsonText.features("parcels");

  @TempDir Path dir;

  private List<SourceRecord> read(Map<String, String> layers) {
    return Fixtures.read(GeoJsonText.park(dir, layers), ReadOptions.defaults());
  }

  @Test
  @DisplayName("two parcels files joined with cat give all four parcels as rows, each an error naming the file")
  void joinedWithCat() {
    String a = GeoJsonText.collection(PARCELS.subList(0, 2));
    String b = GeoJsonText.collection(PARCELS.subList(2, 4));

    List<SourceRecord> records = read(Map.of("parcels", a + b));

    assertThat(records).extracting(SourceRecord::id).containsExactly("P-001", "P-002", "P-003", "P-004");
    assertThat(records).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("file");
      assertThat(e.message()).contains("parcels.geojson holds more than one JSON value", "line 9", "cat");
    }));
  }

  @Test
  @DisplayName("a features member given twice gives the features of both as rows, each an error naming the file")
  void featuresTwice() {
    String text = GeoJsonText.collection(PARCELS.subList(0, 2)).replace("\n]\n}\n",
        "\n],\n\"features\": [\n" + String.join(",\n", PARCELS.subList(2, 4)) + "\n]\n}\n");

    List<SourceRecord> records = read(Map.of("parcels", text));

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("file");
      assertThat(e.message()).contains("parcels.geojson has a second \"features\" member");
    }));
  }

  @Test
  @DisplayName("a storeys file joined with cat loses no storey: every parcel is an error naming storeys.geojson")
  void storeysJoinedWithCat() {
    List<String> storeys = GeoJsonText.features("storeys");
    String joined = GeoJsonText.collection(storeys.subList(0, 4)) + GeoJsonText.collection(storeys.subList(4, 8));

    List<SourceRecord> records = read(Map.of("storeys", joined));

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).extracting(RecordError::message)
        .anySatisfy(m -> assertThat(m).startsWith("storeys.geojson holds more than one JSON value")));
  }

  @Test
  @DisplayName("a stray bracket after the FeatureCollection is an error on every record, and the features after it are read")
  void strayBracketThenFeatures() {
    String text = GeoJsonText.collection(PARCELS.subList(0, 3)) + "],\n" + GeoJsonText.collection(PARCELS.subList(3, 4));

    List<SourceRecord> records = read(Map.of("parcels", text));

    assertThat(records).extracting(SourceRecord::id).containsExactly("P-001", "P-002", "P-003", "P-004");
    assertThat(records.get(0).errors()).extracting(RecordError::message).anySatisfy(m -> assertThat(m)
        .startsWith("parcels.geojson has content after its FeatureCollection that is not JSON, on line 10"));
  }

  @Test
  @DisplayName("one FeatureCollection, with nothing after it, is read as before: no error")
  void oneCollection() {
    assertThat(read(Map.of("parcels", GeoJsonText.collection(PARCELS)))).hasSize(4)
        .allSatisfy(r -> assertThat(r.parcel()).isPresent());
  }

  @Test
  @DisplayName("a single Feature, not a FeatureCollection, cannot be opened: it has no features array to read")
  void noFeaturesArray() {
    Path park = GeoJsonText.park(dir, Map.of("parcels", PARCELS.get(0)));

    assertThatThrownBy(() -> ParcelSources.open(park, ReadOptions.defaults())).isInstanceOf(IOException.class)
        .hasMessage("parcels.geojson: has no \"features\" array");
  }

  @Test
  @DisplayName("a file that starts with something that is not JSON cannot be opened, the error naming the file")
  void notJsonAtAll() {
    Path park = GeoJsonText.park(dir, Map.of("parcels", "<html>not json</html>" + GeoJsonText.collection(PARCELS)));

    assertThatThrownBy(() -> ParcelSources.open(park, ReadOptions.defaults())).isInstanceOf(IOException.class)
        .hasMessageStartingWith("parcels.geojson: not a GeoJSON FeatureCollection: not valid JSON");
  }
}
