package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.Lease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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

  /**
   * The first parcel of park.gpkg (P-001, 50-year lease) with its lease_grant_date column set to {@code date} by SQL,
   * and the SQLite type the column then holds.
   */
  private SourceRecord gpkgGrantedOn(Object date, String storedAs) throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("dates.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement ps = c.prepareStatement(
            "UPDATE parcels SET lease_grant_date = ? WHERE fid = (SELECT MIN(fid) FROM parcels)");
        Statement s = c.createStatement()) {
      ps.setObject(1, date);
      assertThat(ps.executeUpdate()).isEqualTo(1);
      try (ResultSet rs = s.executeQuery("SELECT typeof(lease_grant_date) FROM parcels ORDER BY fid LIMIT 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).as("what SQLite stored").isEqualTo(storedAs);
      }
    }
    return Fixtures.read(file, ReadOptions.defaults()).get(0);
  }

  @Test
  @DisplayName("a GeoPackage date written as the text 20220301, which SQLite stores as an integer in a DATE column,"
      + " is read as that day, as in every other input")
  void compactDateInGeoPackageDateColumn() throws Exception {
    SourceRecord r = gpkgGrantedOn("20220301", "integer");

    assertThat(r.errors()).isEmpty();
    assertThat(r.parcel().orElseThrow().facts().lease()).map(Lease::grantDate).contains(LocalDate.of(2022, 3, 1));
  }

  @Test
  @DisplayName("an integer in a GeoPackage DATE column that is no YYYYMMDD date is an error on its field")
  void otherIntegerInGeoPackageDateColumn() throws Exception {
    assertThat(gpkgGrantedOn(20221301, "integer").errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("lease_grant_date");
      assertThat(e.message()).contains("YYYYMMDD", "'20221301'");
    });
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
