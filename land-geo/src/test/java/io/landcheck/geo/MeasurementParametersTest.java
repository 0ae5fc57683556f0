package io.landcheck.geo;

import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The measurement numbers of a pack: what a parcel is measured with, and the values that cannot be measured with. */
@DisplayName("measurement parameters")
class MeasurementParametersTest {

  @TempDir Path dir;

  private static GeoParcel parcel100() {
    return parcel("P1", rect(0, 0, 100, 100), building("B1", rect(10, 10, 30, 40), Storey.above(1, 4, "生产")));
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @DisplayName("a pack whose measurement numbers cannot be measured with is refused when it is loaded, naming the number")
  @CsvSource(delimiter = '|', value = {
      "fullHeightStoreyM     | 0",
      "tallStoreyM           | 2.2",
      "lowStoreyFactor       | 0",
      "tallStoreyFactor      | 0",
      "siteAreaTolerance     | -0.01",
      "geometryToleranceM2   | -0.01",
      "splitWidthResolutionM | 0",
      "repairAreaTolerance   | 1",
      "crossingNoiseM2       | -1",
      "crossingNoiseShare    | 1"})
  void refused(String name, String value) {
    assertThatThrownBy(() -> Packs.shanghaiWith(dir, name, value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }

  @ParameterizedTest(name = "{0} = 0")
  @DisplayName("a tolerance of 0 is allowed: every difference is then reported")
  @CsvSource({"siteAreaTolerance", "geometryToleranceM2"})
  void zeroTolerance(String name) {
    Measurement measurement = Measurement.of(Packs.shanghaiWith(dir, name, "0"));

    assertThat(measurement.measure(parcel100()).errors()).isEmpty();
  }

  @Test
  @DisplayName("the trace gives the ten measurement numbers the parcel was measured with, and their date")
  void traceGivesTheNumbers() {
    MeasurementTrace t = Measurement.of(ShanghaiPacks.shanghai2021()).measure(parcel100()).trace();

    assertThat(t.parameters()).containsOnly(entry("fullHeightStoreyM", 2.2), entry("lowStoreyFactor", 0.5),
        entry("tallStoreyM", 8.0), entry("tallStoreyFactor", 2.0), entry("siteAreaTolerance", 0.005),
        entry("geometryToleranceM2", 0.01), entry("splitWidthResolutionM", 0.01), entry("repairAreaTolerance", 0.01),
        entry("crossingNoiseM2", 1.0), entry("crossingNoiseShare", 0.01));
    assertThat(t.parametersFrom()).isEqualTo("2021-09-01");
  }

  @Test
  @DisplayName("a measurement names the pack it measures with")
  void pack() {
    PolicyPack pack = ShanghaiPacks.shanghai2021();
    assertThat(Measurement.of(pack).pack()).isSameAs(pack);
    assertThat(Measurement.of(pack).repairingInvalidGeometry().pack()).isSameAs(pack);
  }
}
