package io.landcheck.geo;

import static io.landcheck.geo.Shapes.FACTORY;
import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code --repair} you can trust: rings made by joining a parcel's edge lines in the order they were drawn, not by
 * chaining them, as parcels rebuilt from edge lines are. A repair is trusted only when its area is the area the drawn
 * lines enclose, read either way.
 */
class RepairTrustTest {

  private final Measurement repairing = Measurement.of(ShanghaiPacks.shanghai2021()).repairingInvalidGeometry();

  /**
   * A 30 × 30 parcel with a 10 × 10 courtyard (true area 900 − 100 = 800 m²) whose outer and courtyard edges, both
   * drawn counter-clockwise, were joined into one ring through the corner (0, 0): the courtyard is wound twice.
   */
  static Polygon courtyardJoinedNaively() {
    return FACTORY.createPolygon(new Coordinate[] {
        new Coordinate(0, 0), new Coordinate(30, 0), new Coordinate(30, 30), new Coordinate(0, 30),
        new Coordinate(0, 0), new Coordinate(10, 10), new Coordinate(20, 10), new Coordinate(20, 20),
        new Coordinate(10, 20), new Coordinate(10, 10), new Coordinate(0, 0)});
  }

  /**
   * A 100 × 100 parcel whose last edge line ends half a metre past the first corner, joined naively: the ring runs
   * from (0, 100) to (0.5, −0.5) and back to (0, 0), crossing the first edge at x = 0.5 × 100 / 100.5.
   */
  static Polygon overshootJoinedNaively() {
    return FACTORY.createPolygon(new Coordinate[] {
        new Coordinate(0, 0), new Coordinate(100, 0), new Coordinate(100, 100), new Coordinate(0, 100),
        new Coordinate(0.5, -0.5), new Coordinate(0, 0)});
  }

  @Test
  @DisplayName("the courtyard ring is not judged: the repair's area differs from what the lines enclose, and the "
      + "error names both areas and the change")
  void courtyardNotJudged() {
    Measured m = repairing.measure(parcel("P1", courtyardJoinedNaively(),
        building("A", rect(1, 1, 5, 5), Storey.above(1, 4, "生产"))));

    assertThat(m.ok()).isFalse();
    assertThat(m.isRepaired()).isTrue();
    assertThat(m.repaired()).containsExactly("the parcel boundary");
    assertThat(m.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("boundary");
      // every enclosed face: 800 + the courtyard 100; even-odd: the courtyard is out
      assertThat(e.message()).contains("the drawn lines enclose 900.00 m² (800.00 m² read even-odd)",
          "more than repairAreaTolerance 1.00%", "not judged");
    });
  }

  @Test
  @DisplayName("the areas before are those of the regions the lines enclose, not the shoelace sum of the ring")
  void drawnAreas() {
    double[] courtyard = Polygons.drawnAreasM2(courtyardJoinedNaively());
    // the shoelace sum counts the courtyard twice: 900 + 100
    assertThat(courtyardJoinedNaively().getArea()).isCloseTo(1000, within(1e-9));
    assertThat(courtyard[0]).isCloseTo(900, within(1e-9));
    assertThat(courtyard[1]).isCloseTo(800, within(1e-9));

    double[] bowTie = Polygons.drawnAreasM2(Shapes.bowTie());
    // the shoelace sum of a bow-tie cancels its halves; the lines enclose two triangles of 25 m²
    assertThat(Shapes.bowTie().getArea()).isCloseTo(0, within(1e-9));
    assertThat(bowTie[0]).isCloseTo(50, within(1e-9));
    assertThat(bowTie[1]).isCloseTo(50, within(1e-9));
  }

  @Test
  @DisplayName("a small overshoot is repaired and judged, the warning giving the enclosed areas and the repair's")
  void overshootJudged() {
    Measured m = repairing.measure(parcel("P1", overshootJoinedNaively(),
        building("A", rect(10, 10, 20, 20), Storey.above(1, 4, "生产"))));

    // by hand: x* = 0.5 × 100 / 100.5 = 0.497512; the square less the sliver (0,0)-(x*,0)-(0,100) of 50 x* m²,
    // plus the loop (0,0)-(x*,0)-(0.5,-0.5) of x* × 0.5 / 2 m²
    double xStar = 0.5 * 100 / 100.5;
    double enclosed = 10_000 - 50 * xStar + xStar * 0.25;
    assertThat(m.ok()).isTrue();
    assertThat(m.isRepaired()).isTrue();
    assertThat(m.facts().orElseThrow().siteAreaM2().getAsDouble()).isCloseTo(enclosed, within(1e-6));
    assertThat(m.warnings()).extracting(RecordError::message).singleElement().satisfies(w -> assertThat(w)
        .contains(String.format(java.util.Locale.ROOT, "the drawn lines enclose %.2f m²", enclosed),
            "a change of 0.00%", "within repairAreaTolerance 1.00%"));
  }

  @Test
  @DisplayName("the tolerance is the pack's: with repairAreaTolerance 0.2 the courtyard ring is judged, with a warning")
  void toleranceFromPack(@TempDir Path dir) {
    Measurement lenient = Measurement.of(Packs.shanghaiWith(dir, "repairAreaTolerance", "0.2"))
        .repairingInvalidGeometry();

    Measured m = lenient.measure(parcel("P1", courtyardJoinedNaively(),
        building("A", rect(1, 1, 5, 5), Storey.above(1, 4, "生产"))));

    assertThat(m.ok()).isTrue();
    assertThat(m.warnings()).extracting(RecordError::message)
        .anySatisfy(w -> assertThat(w).contains("within repairAreaTolerance 20.00%"));
  }

  @Test
  @DisplayName("a valid parcel is not marked as repaired")
  void validNotMarked() {
    Measured m = repairing.measure(parcel("P1", rect(0, 0, 50, 50), building("A", rect(1, 1, 5, 5),
        Storey.above(1, 4, "生产"))));

    assertThat(m.isRepaired()).isFalse();
    assertThat(m.repaired()).isEmpty();
  }
}
