package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers in attributes given as text must be plain decimal numbers, not whatever Java's parser takes. */
class PlainNumbersTest {

  @TempDir Path dir;

  /**
   * The first record of the GeoJSON park (parcel P-001) after setting property {@code field} of the first feature of
   * {@code layer} to the text {@code value} (GeoJSON keeps it text, where a GeoPackage column's affinity might turn it
   * into a number).
   */
  private SourceRecord firstWith(String layer, String field, String value) throws IOException {
    for (String l : List.of("parcels", "buildings", "storeys")) {
      Files.copy(Fixtures.path("geojson").resolve(l + ".geojson"), dir.resolve(l + ".geojson"));
    }
    ObjectMapper json = new ObjectMapper();
    Path file = dir.resolve(layer + ".geojson");
    ObjectNode collection = (ObjectNode) json.readTree(file.toFile());
    ((ObjectNode) collection.withArray("features").get(0).get("properties")).put(field, value);
    json.writeValue(file.toFile(), collection);
    return Fixtures.read(dir, ReadOptions.defaults()).get(0);
  }

  @Test
  @DisplayName("a storey level of 1F is an error on the field storeys.level, not level 1")
  void levelWithFloatSuffix() throws IOException {
    List<RecordError> errors = firstWith("storeys", "level", "1F").errors();

    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("storeys.level");
      assertThat(e.message()).contains("must be a whole number", "'1F'");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"50d", "50D", "50f", "0x1.9p5", "NaN"})
  @DisplayName("a lease term in Java's number syntax (type suffix, hexadecimal, NaN) is an error on its field")
  void javaSyntaxRefused(String term) throws IOException {
    assertThat(firstWith("parcels", "lease_term_years", term).errors())
        .extracting(RecordError::field).containsExactly("lease_term_years");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", " 2.6 ", "+2.6", "2.60", "26e-1", "0.26E1"})
  @DisplayName("a decimal number as text, with sign, point or exponent, is read")
  void decimalTextRead(String cap) throws IOException {
    SourceRecord r = firstWith("parcels", "plot_ratio_cap", cap);

    assertThat(r.parcel().orElseThrow().facts().approvedPlotRatioCap()).hasValue(2.6);
  }

  @Test
  @DisplayName("a height of .5 m as text is read")
  void leadingPoint() throws IOException {
    SourceRecord r = firstWith("storeys", "storey_height_m", ".5");

    assertThat(r.parcel().orElseThrow().buildings().get(0).storeys().get(0).storeyHeightM()).isEqualTo(0.5);
  }
}
