package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries of a GeoJSON features array that are not objects are reported, never dropped. */
class NotFeaturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * A copy of the GeoJSON park (parcels P-001 to P-004) whose {@code layer} has {@code entries} inserted into its
   * features array before the feature at {@code at}.
   */
  private Path parkWith(String layer, int at, JsonNode... entries) throws IOException {
    for (String l : List.of("parcels", "buildings", "storeys")) {
      Files.copy(Fixtures.path("geojson").resolve(l + ".geojson"), dir.resolve(l + ".geojson"));
    }
    Path file = dir.resolve(layer + ".geojson");
    ObjectNode collection = (ObjectNode) JSON.readTree(file.toFile());
    ArrayNode features = collection.withArray("features");
    for (int i = entries.length - 1; i >= 0; i--) {
      features.insert(at, entries[i]);
    }
    JSON.writeValue(file.toFile(), collection);
    return dir;
  }

  @Test
  @DisplayName("a number and a text among the parcels are each an error record, named by their place in the array")
  void eachIsAnErrorRecord() throws IOException {
    Path park = parkWith("parcels", 1, JSON.getNodeFactory().numberNode(42), JSON.getNodeFactory().textNode("oops"));
    List<SourceRecord> records = Fixtures.read(park, ReadOptions.defaults());

    assertThat(records.get(1).id()).isEqualTo(ParcelSources.located(park) + "/parcels.geojson#2");
    assertThat(records.get(1).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("feature");
      assertThat(e.message()).contains("parcels.geojson#2", "42", "not a Feature object");
    });
    assertThat(records.get(2).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("feature");
      assertThat(e.message()).contains("parcels.geojson#3", "oops");
    });
  }

  @Test
  @DisplayName("the parcels after an entry that is not an object are still read, in file order")
  void laterParcelsRead() throws IOException {
    Path park = parkWith("parcels", 1, JSON.getNodeFactory().numberNode(42));
    List<SourceRecord> records = Fixtures.read(park, ReadOptions.defaults());

    assertThat(records).extracting(SourceRecord::id)
        .containsExactly("P-001", ParcelSources.located(park) + "/parcels.geojson#2", "P-002", "P-003", "P-004");
    assertThat(records).filteredOn(r -> r.id().startsWith("P-")).allSatisfy(r -> assertThat(r.parcel()).isPresent());
  }

  @Test
  @DisplayName("a null entry among the parcels is an error record too")
  void nullEntry() throws IOException {
    List<SourceRecord> records = Fixtures.read(parkWith("parcels", 0, JSON.getNodeFactory().nullNode()),
        ReadOptions.defaults());

    assertThat(records).hasSize(5);
    assertThat(records.get(0).errors()).extracting(RecordError::field).containsExactly("feature");
  }

  @Test
  @DisplayName("an entry that is not an object among the storeys is an error on every record, naming the file and entry")
  void amongStoreys() throws IOException {
    List<SourceRecord> records = Fixtures.read(parkWith("storeys", 2, JSON.getNodeFactory().arrayNode().add(1)),
        ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("features");
      assertThat(e.message()).contains("storeys.geojson", "1 of the 9 entries", "#3 is '[1]'");
    }));
  }
}
