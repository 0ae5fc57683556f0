package io.landcheck.geo;

import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Buildings that cross the parcel boundary by drawing noise (at most crossingNoiseM2, 1 m², and crossingNoiseShare,
 * 1%, of the footprint) are counted in one warning per parcel, not listed one by one.
 */
class CrossingNoiseTest {

  private final Measurement measurement = Measurement.of(ShanghaiPacks.shanghai2021());

  @Test
  @DisplayName("three buildings each 0.5 m² over the boundary of 100 m² footprints give one warning counting them")
  void noiseCounted() {
    // each footprint 10 × 10 = 100 m², 0.05 m beyond the parcel's edge y = 50 over 10 m: 0.5 m² (0.5%) outside
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 50),
        building("A", rect(0, 40.05, 10, 50.05), Storey.above(1, 4, "生产")),
        building("B", rect(20, 40.05, 30, 50.05), Storey.above(1, 4, "生产")),
        building("C", rect(40, 40.05, 50, 50.05), Storey.above(1, 4, "生产"))));

    assertThat(m.warnings()).singleElement().satisfies(w -> {
      assertThat(w.field()).isEqualTo("buildings");
      assertThat(w.message()).startsWith("3 buildings cross the parcel boundary by no more than crossingNoiseM2 1.00 m²")
          .contains("1.50 m² outside in all", "not listed one by one");
    });
    // the parts outside are still not counted: 3 × 99.5 m² inside
    assertThat(m.facts().orElseThrow().aboveGroundFloorAreaM2().get("生产")).isCloseTo(298.5, within(1e-6));
  }

  @Test
  @DisplayName("a crossing over 1 m² is still a warning naming the building")
  void largeCrossingListed() {
    // 10 × 10 footprint, 0.2 m beyond the edge: 2 m² outside
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 50),
        building("A", rect(0, 40.2, 10, 50.2), Storey.above(1, 4, "生产"))));

    assertThat(m.warnings()).extracting(RecordError::field).containsExactly("buildings[A].footprint");
  }

  @Test
  @DisplayName("a crossing under 1 m² but over 1% of a small footprint is still a warning naming the building")
  void largeShareListed() {
    // 2 × 2 footprint, 0.2 m beyond the edge: 0.4 m² outside, 10% of it
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 50),
        building("A", rect(0, 48.2, 2, 50.2), Storey.above(1, 4, "生产"))));

    assertThat(m.warnings()).extracting(RecordError::field).containsExactly("buildings[A].footprint");
  }
}
