package io.landcheck.geo;

import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.geo.MeasurementTrace.StoreyLine;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MeasurementPropertyTest {

  static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  final Measurement measurement = Measurement.of(PACK);

  /** The overlap of [a0, a1] and [b0, b1], by hand. */
  static double overlap(double a0, double a1, double b0, double b1) {
    return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  }

  @Property(tries = 200)
  @Label("the part inside plus the part outside is the footprint, and the inside is the rectangles' overlap")
  void insidePlusOutsideIsFootprint(
      @ForAll @IntRange(min = -60, max = 140) int x, @ForAll @IntRange(min = -60, max = 140) int y,
      @ForAll @IntRange(min = 1, max = 80) int width, @ForAll @IntRange(min = 1, max = 80) int depth) {
    GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
        building("B1", rect(x, y, x + width, y + depth), Storey.above(1, 4, "生产")));
    Measured m = measurement.measure(p);
    StoreyLine line = m.trace().lines().get(0);
    double expectedInside = overlap(0, 100, x, x + width) * overlap(0, 100, y, y + depth);
    assertThat(line.insideM2()).isCloseTo(expectedInside, within(1e-6));
    assertThat(line.insideM2() + line.outsideM2()).isCloseTo((double) width * depth, within(1e-6));
  }

  @Property(tries = 200)
  @Label("counted floor area never exceeds footprint × storeys × the largest factor, nor falls below zero")
  void countedAreaIsBounded(
      @ForAll @IntRange(min = -20, max = 90) int x, @ForAll @IntRange(min = 1, max = 60) int width,
      @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 1.0, max = 12.0) Double> heightsM) {
    List<Storey> storeys = new ArrayList<>();
    for (int i = 0; i < heightsM.size(); i++) {
      storeys.add(Storey.above(i + 1, heightsM.get(i), "生产"));
    }
    GeoParcel p = parcel("P1", rect(0, 0, 100, 100), Building.of("B1", rect(x, 10, x + width, 30), storeys));
    Measured m = measurement.measure(p);
    double largestFactor = Math.max(1, PACK.measurement(Shapes.APPLIED).number("tallStoreyFactor"));
    double footprintM2 = width * 20.0;
    double counted = m.trace().plotRatioFloorAreaM2();
    assertThat(counted).isGreaterThanOrEqualTo(0);
    assertThat(counted).isLessThanOrEqualTo(footprintM2 * heightsM.size() * largestFactor + 1e-6);
  }
}
