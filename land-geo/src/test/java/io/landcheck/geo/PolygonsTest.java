package io.landcheck.geo;

import static io.landcheck.geo.Shapes.FACTORY;
import static io.landcheck.geo.Shapes.bowTie;
import static io.landcheck.geo.Shapes.rect;
import static io.landcheck.geo.Shapes.rectWithHoles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.valid.IsValidOp;

@DisplayName("Polygons")
class PolygonsTest {

  private static Polygon ring(double... xy) {
    Coordinate[] cs = new Coordinate[xy.length / 2];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
    }
    return FACTORY.createPolygon(cs);
  }

  @Nested
  @DisplayName("the rectangle shortcut past IsValidOp")
  class Rectangles {

    @Test
    @DisplayName("an axis-aligned rectangle, drawn either way round, is recognised and is valid")
    void rectangle() {
      Polygon clockwise = ring(0, 0, 0, 10, 20, 10, 20, 0, 0, 0);
      assertThat(Polygons.isAxisAlignedRectangle(rect(0, 0, 20, 10))).isTrue();
      assertThat(Polygons.isAxisAlignedRectangle(clockwise)).isTrue();
      assertThat(IsValidOp.isValid(clockwise)).isTrue();
      assertThat(Polygons.isMeasurable(clockwise)).isTrue();
    }

    @Test
    @DisplayName("a bow-tie on the four corners of its envelope is not taken for a rectangle and is not measurable")
    void bowTieIsNot() {
      Polygon crossed = ring(0, 0, 10, 0, 0, 10, 10, 10, 0, 0);
      assertThat(Polygons.isAxisAlignedRectangle(crossed)).isFalse();
      assertThat(Polygons.isAxisAlignedRectangle(bowTie())).isFalse();
      assertThat(Polygons.isMeasurable(crossed)).isFalse();
      assertThat(Polygons.isMeasurable(bowTie())).isFalse();
    }

    @Test
    @DisplayName("a ring doubling back on itself has no area and is neither a rectangle nor measurable")
    void doubledBack() {
      Polygon spike = ring(0, 0, 10, 0, 10, 10, 10, 0, 0, 0);
      assertThat(Polygons.isAxisAlignedRectangle(spike)).isFalse();
      assertThat(Polygons.isMeasurable(spike)).isFalse();
    }

    @Test
    @DisplayName("a rotated square, a rectangle with a hole and a flat one go through IsValidOp as before")
    void others() {
      Polygon rotated = (Polygon) AffineTransformation.rotationInstance(0.3).transform(rect(0, 0, 10, 10));
      Polygon holed = rectWithHoles(0, 0, 10, 10, new double[] {2, 2, 4, 4});
      Polygon flat = ring(0, 0, 10, 0, 10, 0, 0, 0, 0, 0);
      assertThat(Polygons.isAxisAlignedRectangle(rotated)).isFalse();
      assertThat(Polygons.isAxisAlignedRectangle(holed)).isFalse();
      assertThat(Polygons.isAxisAlignedRectangle(flat)).isFalse();
      assertThat(Polygons.isMeasurable(rotated)).isTrue();
      assertThat(Polygons.isMeasurable(holed)).isTrue();
      assertThat(Polygons.isMeasurable(flat)).isFalse();
    }
  }
}
