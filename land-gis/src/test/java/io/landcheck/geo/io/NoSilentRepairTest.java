package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading never mends an invalid polygon; measurement does, on request, and says so. */
class NoSilentRepairTest {

  /** A self-intersecting parcel boundary: two triangles meeting at (623050, 3443050). */
  private static final String BOWTIE = "[[[623000, 3443000], [623100, 3443100], [623100, 3443000], [623000, 3443100], "
      + "[623000, 3443000]]]";
  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  @TempDir Path dir;
  private GeoParcel parcel;

  @BeforeEach
  void read() throws IOException {
    Files.writeString(dir.resolve("parcels.geojson"), "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\","
        + " \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4549\"}}, \"features\": [{\"type\": \"Feature\", "
        + "\"properties\": {\"parcel_id\": \"P-1\", \"land_use\": \"industrial\"}, "
        + "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": " + BOWTIE + "}}]}", StandardCharsets.UTF_8);
    parcel = Fixtures.read(dir, ReadOptions.defaults()).get(0).parcel().orElseThrow();
  }

  @Test
  @DisplayName("a self-intersecting parcel is read as drawn, not repaired")
  void readAsDrawn() {
    assertThat(parcel.boundary().isValid()).isFalse();
    assertThat(parcel.boundary().getNumPoints()).isEqualTo(5);
  }

  @Test
  @DisplayName("measuring the parcel read reports the invalid polygon as an error")
  void measuredAsError() {
    Measured m = Measurement.of(ShanghaiPacks.shanghai2021()).measure(parcel, DATE);

    assertThat(m.errors()).extracting(RecordError::field).containsExactly("boundary");
  }

  @Test
  @DisplayName("measuring with repair mends the parcel read and reports the repair as a warning")
  void repairedWithWarning() {
    Measured m = Measurement.of(ShanghaiPacks.shanghai2021()).repairingInvalidGeometry().measure(parcel, DATE);

    assertThat(m.errors()).isEmpty();
    assertThat(m.warnings()).anySatisfy(w -> {
      assertThat(w.field()).isEqualTo("boundary");
      assertThat(w.message()).contains("GeometryFixer");
    });
  }
}
