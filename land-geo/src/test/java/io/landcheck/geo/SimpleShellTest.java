package io.landcheck.geo;

import static io.landcheck.geo.Shapes.FACTORY;
import static io.landcheck.geo.Shapes.bowTie;
import static io.landcheck.geo.Shapes.rectWithHoles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Polygons.isSimpleShell calls a polygon valid only where JTS's IsValidOp does, and calls most real ones valid. */
class SimpleShellTest {

  private static Polygon polygon(double[] x, double[] y) {
    Coordinate[] cs = new Coordinate[x.length + 1];
    for (int i = 0; i < x.length; i++) {
      cs[i] = new Coordinate(x[i], y[i]);
    }
    cs[x.length] = cs[0].copy();
    return FACTORY.createPolygon(cs);
  }

  /** Whether the shortcut said valid, after checking that IsValidOp then says so too. */
  private static boolean agreesWithIsValidOp(Polygon p) {
    boolean simple = Polygons.isSimpleShell(p);
    if (simple) {
      assertThat(new IsValidOp(p).isValid()).as("IsValidOp on %s", p).isTrue();
    }
    return simple;
  }

  @Property(tries = 3000)
  @Label("rings on a small grid (full of touches, spikes, collinear and repeated points) are valid only if IsValidOp agrees")
  void gridRings(@ForAll @Size(min = 3, max = 9) List<@IntRange(min = 0, max = 4) Integer> xs,
      @ForAll @Size(min = 9, max = 9) List<@IntRange(min = 0, max = 4) Integer> ys) {
    double[] x = new double[xs.size()];
    double[] y = new double[xs.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = xs.get(i);
      y[i] = ys.get(i);
    }
    Statistics.collect(agreesWithIsValidOp(polygon(x, y)) ? "said valid" : "left to IsValidOp");
    // Not vacuous: the shortcut must say valid often enough for IsValidOp to be asked to agree.
    Statistics.coverage(c -> c.check("said valid").percentage(p -> p >= 5));
  }

  @Test
  @DisplayName("random rings, mostly crossing themselves, are valid only if IsValidOp agrees")
  void randomRings() {
    SplittableRandom random = new SplittableRandom(20210901);
    int saidValid = 0;
    for (int k = 0; k < 20_000; k++) {
      int n = random.nextInt(3, 12);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(0, 6) + (k % 2 == 0 ? 0 : random.nextDouble());
        y[i] = random.nextInt(0, 6) + (k % 2 == 0 ? 0 : random.nextDouble());
      }
      saidValid += agreesWithIsValidOp(polygon(x, y)) ? 1 : 0;
    }
    assertThat(saidValid).as("rings the shortcut said valid, each checked against IsValidOp").isGreaterThan(200);
  }

  @Test
  @DisplayName("star-shaped parcels of 20 to 120 vertices are all recognised as valid without IsValidOp")
  void stars() {
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 2_000; k++) {
      int n = random.nextInt(20, 121);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        double angle = 2 * Math.PI * i / n;
        double radius = random.nextDouble(30, 100);
        x[i] = 350_000 + radius * Math.cos(angle);
        y[i] = 3_450_000 + radius * Math.sin(angle);
      }
      assertThat(agreesWithIsValidOp(polygon(x, y))).isTrue();
    }
  }

  @Test
  @DisplayName("a bow-tie, a polygon with holes and a ring with a repeated point are left to IsValidOp")
  void leftToIsValidOp() {
    assertThat(Polygons.isSimpleShell(bowTie())).isFalse();
    assertThat(Polygons.isSimpleShell(rectWithHoles(0, 0, 10, 10, new double[] {2, 2, 4, 4}))).isFalse();
    assertThat(Polygons.isSimpleShell(polygon(new double[] {0, 10, 10, 10, 0}, new double[] {0, 0, 0, 10, 10})))
        .isFalse();
    assertThat(Polygons.isSimpleShell(polygon(new double[] {0, 10, 10, 0}, new double[] {0, 0, 10, 10}))).isTrue();
  }
}
