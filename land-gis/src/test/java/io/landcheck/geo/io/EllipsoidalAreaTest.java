package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The area on the CGCS2000 ellipsoid (the JSON report's {@code ellipsoidalSiteAreaM2}) is GeographicLib's
 * {@link PolygonArea} over the boundary in longitude and latitude, to the last bit: however it is computed, the same
 * boundary gives the same double as a planimeter over a transformed copy with every geodesic's length computed too.
 */
class EllipsoidalAreaTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Test
  @DisplayName("a 100 m square on the equator has GeographicLib's area, about 10,000 m²")
  void squareOnTheEquator() {
    double side = 100 / 111_319.49079327357; // degrees of longitude for 100 m on the equator
    Polygon square = polygon(new double[][] {{120, 0}, {120 + side, 0}, {120 + side, side}, {120, side}});

    assertThat(SourceCrs.ellipsoidalAreaM2(square)).isCloseTo(10_000, within(100.0))
        .isEqualTo(planimeter(square));
  }

  @Test
  @DisplayName("random boundaries from a metre to degrees across, holes and duplicate vertices included, in degrees:"
      + " the same double as GeographicLib's planimeter with lengths")
  void degreesBitForBit() {
    Random random = new Random(20261207);
    for (int i = 0; i < 2_000; i++) {
      Geometry g = randomBoundary(random, 73 + random.nextDouble() * 62, random.nextDouble() * 55);
      assertThat(Double.doubleToLongBits(SourceCrs.ellipsoidalAreaM2(g))).as("boundary %s: %s", i, g)
          .isEqualTo(Double.doubleToLongBits(planimeter(g)));
    }
  }

  @Test
  @DisplayName("random boundaries in CGCS2000 Gauss-Krüger zone 40 (EPSG:4528, zone number in the easting) and Web"
      + " Mercator: the same double as projecting a copy to degrees first")
  void projectedBitForBit() {
    Random random = new Random(7);
    for (String code : List.of("EPSG:4528", "EPSG:4549", "EPSG:3857")) {
      SourceCrs crs = SourceCrs.parse(code);
      CoordinateTransform toDegrees = toDegrees(code);
      CoordinateTransform fromDegrees = fromDegrees(code);
      for (int i = 0; i < 500; i++) {
        Geometry degrees = randomBoundary(random, 118.5 + random.nextDouble() * 3, 20 + random.nextDouble() * 20);
        Geometry source = SourceCrs.transformed(degrees, fromDegrees);
        assertThat(Double.doubleToLongBits(crs.ellipsoidalAreaOf(source))).as("%s boundary %s", code, i)
            .isEqualTo(Double.doubleToLongBits(planimeter(SourceCrs.transformed(source, toDegrees))));
      }
    }
  }

  /** What landcheck computed before: each ring through {@link PolygonArea} with GeographicLib's full geodesics. */
  private static double planimeter(Geometry lonLat) {
    double total = 0;
    for (int i = 0; i < lonLat.getNumGeometries(); i++) {
      Polygon p = (Polygon) lonLat.getGeometryN(i);
      total += ring(p.getExteriorRing());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        total -= ring(p.getInteriorRingN(h));
      }
    }
    return total;
  }

  private static double ring(LinearRing r) {
    PolygonArea area = new PolygonArea(SourceCrs.CGCS2000, false);
    Coordinate[] cs = r.getCoordinates();
    for (int i = 0; i < cs.length - 1; i++) {
      area.AddPoint(cs[i].y, cs[i].x);
    }
    return Math.abs(area.Compute(false, true).area);
  }

  /**
   * A star-shaped boundary around (lon, lat) of 3 to 80 vertices, 1 m to some 300 km across, sometimes with a vertex
   * repeated, sometimes with a hole, sometimes two polygons.
   */
  private static Geometry randomBoundary(Random random, double lon, double lat) {
    double radiusDeg = Math.pow(10, -5 + random.nextDouble() * 4.5);
    Polygon first = star(random, lon, lat, radiusDeg, random.nextInt(8) == 0);
    if (random.nextInt(6) == 0) {
      Polygon second = star(random, lon + 3 * radiusDeg, lat, radiusDeg, false);
      return FACTORY.createMultiPolygon(new Polygon[] {first, second});
    }
    return first;
  }

  private static Polygon star(Random random, double lon, double lat, double radiusDeg, boolean hole) {
    int n = 3 + random.nextInt(78);
    List<double[]> vertices = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double t = 2 * Math.PI * k / n;
      double r = radiusDeg * (0.6 + 0.4 * random.nextDouble());
      vertices.add(new double[] {lon + r * Math.cos(t), lat + r * Math.sin(t)});
      if (random.nextInt(20) == 0) {
        vertices.add(vertices.get(vertices.size() - 1).clone());
      }
    }
    LinearRing shell = ring(vertices.toArray(new double[0][]));
    if (!hole) {
      return FACTORY.createPolygon(shell);
    }
    double h = radiusDeg * 0.2;
    LinearRing inner = ring(new double[][] {{lon - h, lat - h}, {lon - h, lat + h}, {lon + h, lat + h}, {lon + h, lat - h}});
    return FACTORY.createPolygon(shell, new LinearRing[] {inner});
  }

  private static Polygon polygon(double[][] vertices) {
    return FACTORY.createPolygon(ring(vertices));
  }

  private static LinearRing ring(double[][] vertices) {
    Coordinate[] cs = new Coordinate[vertices.length + 1];
    for (int i = 0; i < vertices.length; i++) {
      cs[i] = new Coordinate(vertices[i][0], vertices[i][1]);
    }
    cs[vertices.length] = cs[0].copy();
    return FACTORY.createLinearRing(cs);
  }

  private static CoordinateTransform toDegrees(String code) {
    CRSFactory crs = new CRSFactory();
    var source = crs.createFromName(code);
    return new CoordinateTransformFactory().createTransform(source, source.createGeographic());
  }

  private static CoordinateTransform fromDegrees(String code) {
    CRSFactory crs = new CRSFactory();
    var target = crs.createFromName(code);
    return new CoordinateTransformFactory().createTransform(target.createGeographic(), target);
  }
}
