package io.landcheck.geo;

import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.geo.MeasurementTrace.StoreyLine;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * geometryToleranceM2: areas up to it are drawing noise, areas over it are reported. The pack here sets it to 1 m², and
 * every shape is drawn in eighths and sixteenths of a metre, so each area below is exact and lands on the tolerance
 * itself where it should: a 100 × 100 m parcel, buildings reaching 0.125 m past its edge along 8 m (1 m²) or 16 m.
 */
@DisplayName("drawing noise up to geometryToleranceM2 (1 m² here)")
class DrawingNoiseTest {

  @TempDir Path dir;
  private Measurement measurement;

  @BeforeEach
  void pack() {
    measurement = Measurement.of(Packs.shanghaiWith(dir, "geometryToleranceM2", "1"));
  }

  @Test
  @DisplayName("a building exactly 1 m² outside its parcel gives no warning and is counted for the 80 m² inside")
  void buildingOutsideByTheTolerance() {
    // 8 × 10.125 = 81 m², of which 8 × 0.125 = 1 m² below y = 0
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
        building("B1", rect(10, -0.125, 18, 10), Storey.above(1, 4, "生产"))));

    assertThat(m.warnings()).isEmpty();
    StoreyLine line = m.trace().lines().get(0);
    assertThat(line.insideM2()).isEqualTo(80.0);
    assertThat(line.outsideM2()).isEqualTo(1.0);
    assertThat(line.reason()).isEqualTo("storey height 4.00 m ≥ 2.20 m (fullHeightStoreyM) and ≤ 8.00 m (tallStoreyM): ×1");
  }

  @Test
  @DisplayName("a building 2 m² outside its parcel is clipped with a warning, and its storeys say what is not counted")
  void buildingOutsideByMore() {
    // 16 × 10.125 = 162 m², of which 16 × 0.125 = 2 m² outside
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
        building("B1", rect(10, -0.125, 26, 10), Storey.above(1, 4, "生产"))));

    assertThat(m.warnings()).singleElement().satisfies(w -> {
      assertThat(w.field()).isEqualTo("buildings[B1].footprint");
      assertThat(w.message()).isEqualTo("building B1 crosses the parcel boundary: 2.00 m² of its 162.00 m² footprint"
          + " lies outside the parcel and is not counted (clipped to the 160.00 m² inside)");
    });
    assertThat(m.trace().lines().get(0).reason())
        .endsWith("≤ 8.00 m (tallStoreyM): ×1; 2.00 m² outside the parcel not counted");
  }

  @Test
  @DisplayName("a building with no more than 1 m² inside its parcel lies outside it")
  void buildingInsideByTheTolerance() {
    // 8 × 10.125 = 81 m², of which 8 × 0.125 = 1 m² above y = 0
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
        building("B1", rect(10, -10, 18, 0.125), Storey.above(1, 4, "生产"))));

    assertThat(m.warnings()).extracting(w -> w.message())
        .containsExactly("building B1 lies outside the parcel: its 81.00 m² footprint is not counted");
  }

  @Test
  @DisplayName("a set-back storey exactly 1 m² outside the parcel has no note, as its building has none")
  void storeyOutsideByTheTolerance() {
    // the building 8 × 10.125, its level 2 8 × 5.125 = 41 m²: 1 m² of each below y = 0
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
        building("B1", rect(10, -0.125, 18, 10), Storey.above(1, 4, "生产"),
            Storey.above(2, 4, "生产").withFootprint(rect(10, -0.125, 18, 5)))));

    StoreyLine upper = m.trace().lines().get(1);
    assertThat(upper.insideM2()).isEqualTo(40.0);
    assertThat(upper.outsideM2()).isEqualTo(1.0);
    assertThat(upper.reason()).doesNotContain("outside");
  }

  @Test
  @DisplayName("two buildings sharing exactly 1 m² of one level are not an error")
  void overlapByTheTolerance() {
    // A reaches 1 m into B along 1 m
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
        building("A", rect(0, 0, 20, 20), Storey.above(1, 4, "生产")),
        building("B", rect(19, 0, 40, 1), Storey.above(1, 4, "生产"))));

    assertThat(m.errors()).isEmpty();
  }

  @Test
  @DisplayName("two buildings sharing 2 m² of one level are an error giving the overlap and the tolerance")
  void overlapByMore() {
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
        building("A", rect(0, 0, 20, 20), Storey.above(1, 4, "生产")),
        building("B", rect(18, 0, 40, 1), Storey.above(1, 4, "生产"))));

    assertThat(m.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("buildings[A, B]");
      assertThat(e.message()).isEqualTo("buildings A and B overlap on level 1 by up to 2.00 m² (more than"
          + " geometryToleranceM2 1.00 m²); the same floor cannot be counted in two buildings, so correct the footprints");
    });
  }

  @Test
  @DisplayName("a storey reaching exactly 1 m² beyond its building is not an error")
  void storeyBeyondBuildingByTheTolerance() {
    // level 2 is 16 × 20.0625: 16 × 0.0625 = 1 m² beyond the 20 × 20 building
    Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100), building("A", rect(0, 0, 20, 20),
        Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(rect(0, 0, 16, 20.0625)))));

    assertThat(m.errors()).isEmpty();
  }

  @Test
  @DisplayName("a tall storey adding exactly 1 m² to the plot ratio's area leaves the explanation at the quotient")
  void tallStoreyByTheTolerance() {
    // a 1 m² hall 9 m high: 2 m² counted, 1 m² by use
    MeasurementTrace t = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
        building("A", rect(0, 0, 1, 1), Storey.above(1, 9, "生产")))).trace();

    assertThat(t.plotRatioFloorAreaM2()).isEqualTo(2.0);
    assertThat(t.explanation())
        .isEqualTo("plot ratio (容积率) 0.00 = 2.00 m² counted floor area (计容建筑面积) / 10000.00 m² site area (用地面积)");
  }
}
