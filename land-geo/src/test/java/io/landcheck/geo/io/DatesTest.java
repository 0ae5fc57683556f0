package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.Lease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms a date may take in a text field, and the error that lists them. */
class DatesTest {

  @TempDir Path dir;

  /** The first record of the GeoJSON park (parcel P-001, 50-year lease) with its lease_grant_date set to the text. */
  private SourceRecord grantedOn(String date) throws IOException {
    for (String l : List.of("parcels", "buildings", "storeys")) {
      Files.copy(Fixtures.path("geojson").resolve(l + ".geojson"), dir.resolve(l + ".geojson"));
    }
    ObjectMapper json = new ObjectMapper();
    Path file = dir.resolve("parcels.geojson");
    ObjectNode collection = (ObjectNode) json.readTree(file.toFile());
    ((ObjectNode) collection.withArray("features").get(0).get("properties")).put("lease_grant_date", date);
    json.writeValue(file.toFile(), collection);
    return Fixtures.read(dir, ReadOptions.defaults()).get(0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2022-03-01", "2022/3/1", "2022/03/01", "20220301", "2022-03-01T10:00:00",
      "2022-03-01 10:00:00", "2022/03/01 10:00:00", "2022-03-01T10:00", "2022-03-01T10:00:00.000Z",
      "2022-03-01T10:00:00+08:00"})
  @DisplayName("a date, alone or followed by a time after a T or a space, is read as that day")
  void acceptedForms(String date) throws IOException {
    SourceRecord r = grantedOn(date);

    assertThat(r.parcel().orElseThrow().facts().lease()).map(Lease::grantDate).contains(LocalDate.of(2022, 3, 1));
  }

  @Test
  @DisplayName("a date in another form is an error on its field listing the forms accepted")
  void errorListsForms() throws IOException {
    assertThat(grantedOn("2022.03.01").errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("lease_grant_date");
      assertThat(e.message()).contains("YYYY-MM-DD", "YYYY/M/D", "YYYYMMDD", "2024-05-20T10:00:00",
          "2024-05-20 10:00:00", "'2022.03.01'");
    });
  }

  @Test
  @DisplayName("a date followed by something that is not a time is an error")
  void notATime() throws IOException {
    assertThat(grantedOn("2022-03-01Tmorning").errors()).singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("lease_grant_date"));
  }
}
