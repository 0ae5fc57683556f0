package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a bad value in a GeoPackage is named and shown in its record's error. */
class BadValuesTest {

  @TempDir Path dir;

  /** The errors of the first parcel of park.gpkg after setting {@code column} to {@code value}. */
  private List<RecordError> errorsWith(String column, Object value) throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("bad.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement(
             "UPDATE parcels SET \"" + column + "\" = ? WHERE fid = (SELECT MIN(fid) FROM parcels)")) {
      ps.setObject(1, value);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    return Fixtures.read(file, ReadOptions.defaults()).get(0).errors();
  }

  @Test
  @DisplayName("a value the parcel model refuses is named by the file's field, not the model's")
  void modelRefusalByColumn() throws Exception {
    assertThat(errorsWith("plot_ratio_cap", -1.0)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("plot_ratio_cap");
      assertThat(e.message()).contains("bad.gpkg:parcels#", "-1.0");
    });
  }

  @Test
  @DisplayName("a binary value where text belongs is shown by its size, not as a Java array")
  void blobShownBySize() throws Exception {
    assertThat(errorsWith("land_use", new byte[] {1, 2, 3})).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("land_use");
      assertThat(e.message()).contains("must be text", "a binary value (BLOB) of 3 bytes").doesNotContain("[B@");
    });
  }

  @Test
  @DisplayName("a binary value where a number belongs is shown by its size")
  void blobNumberShownBySize() throws Exception {
    assertThat(errorsWith("site_area_m2", new byte[] {9, 9})).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("site_area_m2");
      assertThat(e.message()).contains("a binary value (BLOB) of 2 bytes");
    });
  }

  @Test
  @DisplayName("a very long bad value is cut short in the message, which says how long it was")
  void longValueCutShort() throws Exception {
    String essay = "x".repeat(5000);
    assertThat(errorsWith("green_cut_m2", essay)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("green_cut_m2");
      assertThat(e.message()).contains("(5000 characters)").hasSizeLessThan(200);
    });
  }
}
