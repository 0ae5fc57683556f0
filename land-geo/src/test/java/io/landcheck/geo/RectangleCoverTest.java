package io.landcheck.geo;

import static io.landcheck.geo.Shapes.FACTORY;
import static io.landcheck.geo.Shapes.multi;
import static io.landcheck.geo.Shapes.rect;
import static io.landcheck.geo.Shapes.rectWithHoles;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.geo.Polygons.Cover;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * {@link Polygons#rectangleCover} answers only what JTS's covers answers: rectangles inside, touching from inside and
 * outside, crossing and outside concave, holed and multi-part boundaries, on a grid (where they often share edges and
 * corners) and at random.
 */
class RectangleCoverTest {

  private static Polygon polygon(double... xy) {
    Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
    for (int i = 0; i < xy.length / 2; i++) {
      cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
    }
    cs[cs.length - 1] = cs[0].copy();
    return FACTORY.createPolygon(cs);
  }

  /** Boundaries on the 0..40 grid: concave, holed, with a notch, with a repeated point, in two parts, a rectangle. */
  private static final List<Geometry> GRID_AREAS = List.of(
      polygon(0, 0, 40, 0, 40, 40, 20, 40, 20, 20, 0, 20),                      // L
      polygon(0, 0, 40, 0, 40, 40, 30, 40, 30, 10, 10, 10, 10, 40, 0, 40),      // U
      polygon(0, 0, 40, 0, 40, 40, 0, 40, 20, 20),                              // notch to the centre
      polygon(0, 0, 20, 5, 40, 0, 35, 20, 40, 40, 20, 35, 0, 40, 5, 20),        // star
      polygon(0, 0, 40, 0, 40, 0, 40, 40, 0, 40),                               // repeated point
      rectWithHoles(0, 0, 40, 40, new double[] {10, 10, 20, 20}, new double[] {25, 5, 35, 35}),
      multi(polygon(0, 0, 18, 0, 18, 40, 0, 40), polygon(22, 0, 40, 0, 40, 40, 22, 40)),
      multi(rect(0, 0, 20, 20), rect(20, 20, 40, 40)),                        // parts meeting at a corner
      rect(5, 5, 35, 35));

  /** Checks one case against JTS and says whether the shortcut decided it. */
  private static boolean agreesWithJts(Geometry area, Polygon r) {
    Cover cover = Polygons.rectangleCover(area, r);
    boolean covers = area.covers(r);
    assertThat(PreparedGeometryFactory.prepare(area).covers(r)).as("prepared JTS agrees with JTS").isEqualTo(covers);
    switch (cover) {
      case COVERED -> assertThat(covers).as("JTS covers %s by %s", r, area).isTrue();
      case CROSSING -> {
        assertThat(covers).as("JTS covers %s by %s", r, area).isFalse();
        double inside = area.intersection(r).getArea();
        assertThat(inside).as("area of %s inside %s", r, area).isGreaterThan(0).isLessThan(r.getArea());
      }
      case UNKNOWN -> { }
    }
    return cover != Cover.UNKNOWN;
  }

  @Property(tries = 3000)
  @Label("on the grid, where rectangles share edges and corners with the boundary, it agrees with JTS's covers")
  void gridRectangles(@ForAll @IntRange(min = 0, max = GRID_AREAS_COUNT - 1) int which,
      @ForAll @IntRange(min = -4, max = 84) int x0, @ForAll @IntRange(min = -4, max = 84) int y0,
      @ForAll @IntRange(min = 1, max = 40) int w, @ForAll @IntRange(min = 1, max = 40) int h) {
    boolean decided =
        agreesWithJts(GRID_AREAS.get(which), rect(x0 / 2.0, y0 / 2.0, x0 / 2.0 + w / 2.0, y0 / 2.0 + h / 2.0));
    Statistics.collect(decided ? "decided" : "left to JTS");
    // Not vacuous: most rectangles must be decided, and so checked against JTS.
    Statistics.coverage(c -> c.check("decided").percentage(p -> p >= 50));
  }

  private static final int GRID_AREAS_COUNT = 9;

  @Test
  @DisplayName("on the grid, every rectangle of half-metre corners agrees with JTS, and most are decided without it")
  void everyGridRectangle() {
    assertThat(GRID_AREAS).hasSize(GRID_AREAS_COUNT).allMatch(g -> new IsValidOp(g).isValid());
    int cases = 0;
    int decided = 0;
    for (Geometry area : GRID_AREAS) {
      for (int x0 = -2; x0 < 42; x0 += 3) {
        for (int y0 = -2; y0 < 42; y0 += 3) {
          for (int w = 1; w <= 21; w += 4) {
            for (int h = 1; h <= 21; h += 5) {
              cases++;
              decided += agreesWithJts(area, rect(x0, y0, x0 + w, y0 + h)) ? 1 : 0;
            }
          }
        }
      }
    }
    assertThat(decided).as("decided of %s", cases).isGreaterThan(cases / 2);
  }

  @Test
  @DisplayName("random concave boundaries and rectangles with random corners agree with JTS")
  void randomBoundaries() {
    SplittableRandom random = new SplittableRandom(20210901);
    int decided = 0;
    int cases = 0;
    for (int k = 0; k < 300; k++) {
      Geometry area = randomStar(random);
      if (!new IsValidOp(area).isValid()) {
        continue;
      }
      for (int i = 0; i < 40; i++) {
        double x = random.nextDouble(-80, 60);
        double y = random.nextDouble(-80, 60);
        Polygon r = rect(x, y, x + random.nextDouble(0.5, 40), y + random.nextDouble(0.5, 30));
        cases++;
        decided += agreesWithJts(area, r) ? 1 : 0;
      }
    }
    assertThat(cases).isGreaterThan(5000);
    assertThat(decided).as("decided of %s", cases).isGreaterThan(cases / 2);
  }

  /** A star-shaped polygon of 20 to 60 vertices round the origin, radii 30 to 100 m, sometimes with a hole. */
  private static Geometry randomStar(SplittableRandom random) {
    int n = random.nextInt(20, 61);
    List<Coordinate> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n;
      double radius = random.nextDouble(30, 100);
      cs.add(new Coordinate(radius * Math.cos(angle), radius * Math.sin(angle)));
    }
    cs.add(cs.get(0).copy());
    Polygon shell = FACTORY.createPolygon(cs.toArray(Coordinate[]::new));
    if (random.nextBoolean()) {
      return shell;
    }
    return FACTORY.createPolygon(shell.getExteriorRing(),
        new org.locationtech.jts.geom.LinearRing[] {rect(-10, -10, 12, 8).getExteriorRing()});
  }

  @Test
  @DisplayName("a rectangle touching the boundary from inside is covered; one crossing it is not; one outside is left")
  void examples() {
    Geometry l = GRID_AREAS.get(0);
    assertThat(Polygons.rectangleCover(l, rect(20, 20, 40, 40))).isEqualTo(Cover.COVERED);
    assertThat(Polygons.rectangleCover(l, rect(10, 10, 30, 30))).isEqualTo(Cover.CROSSING);
    assertThat(Polygons.rectangleCover(l, rect(0, 20, 20, 40))).isEqualTo(Cover.UNKNOWN);
    assertThat(Polygons.rectangleCover(rect(0, 0, 10, 10), polygon(1, 1, 9, 1, 5, 9))).isEqualTo(Cover.COVERED);
  }
}
