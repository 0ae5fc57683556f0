package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.RecordError;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GeoJSON parcel past a limit, or with a property given twice, is an error row of its own naming the field: the
 * parcels around it are read, and the run goes on.
 */
class HostileGeoJsonTest {

  private static final String P2 = "\"parcel_id\": \"P-002\", ";

  @TempDir Path dir;

  private List<SourceRecord> parcelsWith(String replaced, String by) {
    return Fixtures.read(GeoJsonText.park(dir, Map.of("parcels", GeoJsonText.layer("parcels", Map.of(replaced, by)))),
        ReadOptions.defaults());
  }

  /** Asserts that the records are P-001 to P-004, P-001, P-003 and P-004 read, and returns P-002's errors. */
  private static List<RecordError> onlySecondInError(List<SourceRecord> records) {
    assertThat(records).hasSize(4);
    assertThat(List.of(records.get(0), records.get(2), records.get(3)))
        .allSatisfy(r -> assertThat(r.parcel()).isPresent());
    assertThat(records.get(1).parcel()).isEmpty();
    return records.get(1).errors();
  }

  @Test
  @DisplayName("a property given twice is an error on its record naming the field and both values")
  void propertyTwice() {
    List<SourceRecord> records = parcelsWith(P2, P2 + "\"district_id\": \"A\", ");

    assertThat(onlySecondInError(records)).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("P-002");
      assertThat(e.field()).isEqualTo("district_id");
      assertThat(e.message()).contains("parcels.geojson#2", "is given twice", "'A'");
    });
  }

  @Test
  @DisplayName("a storey's property given twice is an error on its parcel naming the storey's field")
  void storeyPropertyTwice() {
    String storeys = GeoJsonText.layer("storeys", Map.of("\"level\": 1, \"storey_height_m\": 9.0, \"use_code\": \"生产\"",
        "\"level\": 1, \"storey_height_m\": 9.0, \"use_code\": \"生产\", \"use_code\": \"宿舍\""));

    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir, Map.of("storeys", storeys)),
        ReadOptions.defaults());

    assertThat(records).extracting(r -> r.parcel().isPresent()).containsExactly(false, true, true, true);
    assertThat(records.get(0).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("storeys.use_code");
      assertThat(e.message()).contains("storeys.geojson#1", "is given twice", "'生产', then '宿舍'");
    });
  }

  @Test
  @DisplayName("a 100,000-character property name is an error on its record naming maxStringLength")
  void longName() {
    List<SourceRecord> records = parcelsWith(P2, P2 + "\"" + "k".repeat(100_000) + "\": 1, ");

    assertThat(onlySecondInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("properties");
      assertThat(e.message()).contains("parcels.geojson#2", "a member name is longer", "maxStringLength = 10,000");
    });
  }

  @Test
  @DisplayName("a feature spoiled before its parcel_id is still named by it: its buildings are on it, not orphans")
  void namedAfterTheFailure() {
    List<SourceRecord> records = parcelsWith(P2, "\"" + "k".repeat(100_000) + "\": 1, " + P2);

    assertThat(records).extracting(SourceRecord::id).containsExactly("P-001", "P-002", "P-003", "P-004");
    assertThat(records.get(1).errors()).extracting(RecordError::field).containsExactly("properties");
  }

  @Test
  @DisplayName("a 25,000,000-character text is an error on its record naming the field and maxStringLength")
  void longText() {
    List<SourceRecord> records = parcelsWith(P2, P2 + "\"park_id\": \"" + "园".repeat(25_000_000) + "\", ");

    assertThat(onlySecondInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("park_id");
      assertThat(e.message()).contains("a text is longer", "maxStringLength = 10,000");
    });
  }

  @Test
  @DisplayName("a property nested deeper than 1,000 levels is an error on its record naming maxJsonDepth")
  void deepNesting() {
    List<SourceRecord> records = parcelsWith(P2, P2 + "\"rooftop_green_m2\": " + "[".repeat(1_001) + "]".repeat(1_001) + ", ");

    assertThat(onlySecondInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("rooftop_green_m2");
      assertThat(e.message()).contains("nest deeper", "maxJsonDepth = 100");
    });
  }

  @Test
  @DisplayName("a 4,000,000-vertex boundary is an error on its record naming maxVertices, never read whole")
  void manyVertices() throws IOException {
    List<String> features = GeoJsonText.features("parcels");
    Path file = dir.resolve("parcels.geojson");
    GeoJsonText.park(dir, Map.of());
    String head = GeoJsonText.collection(List.of(features.get(0), "HUGE", features.get(2), features.get(3)));
    String second = features.get(1);
    String before = second.substring(0, second.indexOf("\"geometry\""));
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(head.substring(0, head.indexOf("HUGE")));
      w.write(before + "\"geometry\": { \"type\": \"Polygon\", \"coordinates\": [ [ ");
      for (int i = 0; i < 4_000_000; i++) {
        w.write("[623000.5,3442000.5],");
      }
      w.write("[623000.5,3442000.5] ] ] } }");
      w.write(head.substring(head.indexOf("HUGE") + 4));
    }

    List<SourceRecord> records = Fixtures.read(dir, ReadOptions.defaults());

    assertThat(onlySecondInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("more than the 1,000,000 vertices", "maxVertices = 1,000,000");
    });
  }

  @Test
  @DisplayName("a boundary with more rings than the limit is an error on its record naming maxParts")
  void manyRings() {
    String ring = "[ [ 0, 0 ], [ 1, 0 ], [ 1, 1 ], [ 0, 0 ] ]";
    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir, Map.of("parcels", GeoJsonText.layer("parcels",
        Map.of("\"type\": \"Polygon\", \"coordinates\": [ [ [ 623200.0, 3442000.0 ]",
            "\"type\": \"Polygon\", \"coordinates\": [ " + (ring + ", ").repeat(3) + "[ [ 623200.0, 3442000.0 ]")))),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxParts(3)));

    assertThat(onlySecondInError(records)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("has 5 rings", "maxParts = 3");
    });
  }

  @Test
  @DisplayName("a file that ends inside a feature cannot be opened, the error naming the file and the feature")
  void endsInsideAFeature() {
    String whole = GeoJsonText.collection(GeoJsonText.features("parcels"));
    GeoJsonText.park(dir, Map.of("parcels", whole.substring(0, whole.indexOf("P-003") + 20)));

    assertThatThrownBy(() -> ParcelSources.open(dir, ReadOptions.defaults())).isInstanceOf(IOException.class)
        .hasMessageStartingWith("parcels.geojson cannot be read past feature 3 (line 7)")
        .hasMessageContaining("the file ends inside it");
  }

  @Test
  @DisplayName("a parcel with more storeys than the limit is an error on it alone naming maxStoreys")
  void tooManyStoreys() {
    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir, Map.of()),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxStoreys(4)));

    // P-001 has 5 storeys, the other parcels fewer
    assertThat(records.subList(1, 4)).allSatisfy(r -> assertThat(r.parcel()).isPresent());
    assertThat(records.get(0).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("storeys");
      assertThat(e.message()).contains("parcel P-001 has 5 storeys", "maxStoreys = 4");
    });
  }

  @Test
  @DisplayName("a parcel with more buildings than the limit is an error on it alone naming maxBuildings")
  void tooManyBuildings() {
    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir, Map.of()),
        ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxBuildings(1)));

    // P-001 has 2 buildings, the other parcels at most 1
    assertThat(records.subList(1, 4)).allSatisfy(r -> assertThat(r.parcel()).isPresent());
    assertThat(records.get(0).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("buildings");
      assertThat(e.message()).contains("parcel P-001 has 2 buildings", "maxBuildings = 1");
    });
  }
}
