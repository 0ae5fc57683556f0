package io.landcheck.geo;

import io.landcheck.model.LocalizedText;
import io.landcheck.model.RecordError;
import io.landcheck.model.RecordError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Polygon checks and overlays for measurement: validity with the JTS reason and location, the opt-in repair, robust
 * intersection and difference.
 */
final class Polygons {

  private Polygons() {}

  /**
   * The polygon to measure with, or empty after adding an error: {@code g} itself if valid; if not, when
   * {@code repair} is set, its {@link GeometryFixer} repair, with a warning giving the areas the drawn lines enclose
   * ({@link #drawnAreasM2}) and the repair's, or an error instead when the repair's area differs from either reading
   * of the drawn lines by more than {@code repairTolerance} (relative); else an error with the JTS reason and
   * coordinate. Every repair tried, trusted or not, adds {@code what} (in English) to {@code repaired}. {@code what}
   * names the polygon in both languages (地块界线, the parcel boundary).
   */
  static Optional<Geometry> usable(
      Geometry g, boolean repair, double repairTolerance, String recordId, String field, LocalizedText what,
      List<RecordError> errors, List<RecordError> warnings, List<String> repaired) {
    if (g.isEmpty()) {
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, recordId, field, "empty", List.of(what.en(), what.zh())));
      return Optional.empty();
    }
    TopologyValidationError invalid = isSimpleShell(g) ? null : new IsValidOp(g).getValidationError();
    if (invalid == null) {
      if (g.getArea() <= 0) {
        errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, recordId, field, "noArea", List.of(what.en(), what.zh())));
        return Optional.empty();
      }
      return Optional.of(g);
    }
    String reason = invalid.getMessage() + " at " + Figures.point(invalid.getCoordinate());
    if (!repair) {
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, recordId, field, "invalid",
          List.of(what.en(), what.zh(), reason)));
      return Optional.empty();
    }
    repaired.add(what.en());
    Geometry fixed = polygonal(GeometryFixer.fix(g));
    if (fixed.isEmpty() || fixed.getArea() <= 0) {
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, recordId, field, "unrepairable",
          List.of(what.en(), what.zh(), reason)));
      return Optional.empty();
    }
    double[] drawn = drawnAreasM2(g);
    double after = fixed.getArea();
    double change = Math.max(relativeChange(drawn[0], after), relativeChange(drawn[1], after));
    List<String> facts = List.of(what.en(), what.zh(), reason, Figures.m2(drawn[0]), Figures.m2(drawn[1]),
        Figures.m2(after), percent(change, repairTolerance), Figures.percent(repairTolerance));
    if (change > repairTolerance) {
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, recordId, field, "repairChangesArea", facts));
      return Optional.empty();
    }
    warnings.add(RecordError.of(RecordError.Code.GEOMETRY_REPAIRED, recordId, field, "repaired", facts));
    return Optional.of(fixed);
  }

  /** A relative change as a percentage beside its tolerance, e.g. {@code 131.25%}. */
  private static String percent(double share, double tolerance) {
    return Double.isInfinite(share) ? "more than 100%" : Figures.percent(share, tolerance);
  }

  /** How far {@code after} is from {@code before}, relative to {@code before}; infinite when {@code before} is 0. */
  private static double relativeChange(double before, double after) {
    return before > 0 ? Math.abs(after - before) / before : Double.POSITIVE_INFINITY;
  }

  /**
   * The areas an invalid polygon's drawn lines enclose, read the two ways a self-crossing ring can be read, m²: {0}
   * every face the noded lines of its outer rings enclose, less every face its holes' lines enclose (a loop drawn
   * inside out counts as inside); {1} the faces alternately in and out from the outside (even-odd, the valid
   * polygonal result of JTS {@link Polygonizer}). Unlike the shoelace sum of a self-crossing ring (a bow-tie's two
   * halves cancel), both are areas of real regions. Where the two readings and the repair agree, the drawing meant
   * one region; where they differ, the repair chose one and its area is a guess.
   */
  static double[] drawnAreasM2(Geometry g) {
    double all = 0;
    double evenOdd = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (!(g.getGeometryN(i) instanceof Polygon p)) {
        continue;
      }
      double[] shell = enclosedM2(p.getExteriorRing());
      all += shell[0];
      evenOdd += shell[1];
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        double[] hole = enclosedM2(p.getInteriorRingN(h));
        all -= hole[0];
        evenOdd -= hole[1];
      }
    }
    return new double[] {Math.max(all, 0), Math.max(evenOdd, 0)};
  }

  /** The area of every face the ring's noded lines enclose, and of the even-odd faces, m². */
  private static double[] enclosedM2(LineString ring) {
    Geometry noded = OverlayNGRobust.union(ring);
    Polygonizer faces = new Polygonizer(false);
    faces.add(noded);
    double all = 0;
    for (Object face : faces.getPolygons()) {
      all += ((Geometry) face).getArea();
    }
    Polygonizer polygonal = new Polygonizer(true);
    polygonal.add(noded);
    return new double[] {all, polygonal.getGeometry().getArea()};
  }

  /**
   * Whether {@code g} can be measured as it is: not empty, valid and with an area, so that {@link #usable} would
   * return it unchanged without adding an error or a warning.
   */
  static boolean isMeasurable(Geometry g) {
    return !g.isEmpty() && (isAxisAlignedRectangle(g) || isSimpleShell(g) || new IsValidOp(g).isValid())
        && g.getArea() > 0;
  }

  /**
   * Whether {@code g} is a polygon without holes whose ring is plainly simple, so valid as {@link IsValidOp} would find
   * it, without its noding: finite coordinates, closed, no repeated point, no three consecutive points on a line (a
   * spike or a needless vertex), and no two segments that do not follow each other meeting, not even at a point. The
   * segments are taken in order of their smallest x, so only those whose extents overlap are compared, with the exact
   * orientation predicate JTS uses; any touch or doubt answers false, and the caller asks {@code IsValidOp}.
   */
  static boolean isSimpleShell(Geometry g) {
    if (!(g instanceof Polygon p) || p.getNumInteriorRing() != 0) {
      return false;
    }
    CoordinateSequence ring = p.getExteriorRing().getCoordinateSequence();
    int n = ring.size() - 1; // segments
    if (n < 3) {
      return false;
    }
    for (int i = 0; i <= n; i++) {
      if (!Double.isFinite(ring.getX(i)) || !Double.isFinite(ring.getY(i))) {
        return false;
      }
    }
    if (ring.getX(0) != ring.getX(n) || ring.getY(0) != ring.getY(n)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int before = i == 0 ? n - 1 : i - 1;
      if ((ring.getX(i) == ring.getX(i + 1) && ring.getY(i) == ring.getY(i + 1))
          || CGAlgorithmsDD.orientationIndex(ring.getX(before), ring.getY(before), ring.getX(i), ring.getY(i),
              ring.getX(i + 1), ring.getY(i + 1)) == 0) {
        return false;
      }
    }
    if (n >= INDEX_LIMIT) {
      return false;
    }
    // Each segment's key: its smallest x as an ordered long, rounded down in its last bits, which hold the segment.
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = (orderedBits(Math.min(ring.getX(i), ring.getX(i + 1))) & ~INDEX_MASK) | i;
    }
    Arrays.sort(order);
    for (int k = 0; k < n; k++) {
      int i = (int) (order[k] & INDEX_MASK);
      long maxX = orderedBits(Math.max(ring.getX(i), ring.getX(i + 1)));
      double minY = Math.min(ring.getY(i), ring.getY(i + 1));
      double maxY = Math.max(ring.getY(i), ring.getY(i + 1));
      for (int m = k + 1; m < n; m++) {
        if ((order[m] & ~INDEX_MASK) > maxX) {
          break; // this segment's smallest x, and every later one's, is beyond segment i's largest
        }
        int j = (int) (order[m] & INDEX_MASK);
        int gap = Math.abs(i - j);
        if (gap == 1 || gap == n - 1 || Math.max(ring.getY(j), ring.getY(j + 1)) < minY
            || Math.min(ring.getY(j), ring.getY(j + 1)) > maxY) {
          continue; // consecutive (they meet at their shared point only, not being on a line), or apart in y
        }
        if (!apart(ring.getX(i), ring.getY(i), ring.getX(i + 1), ring.getY(i + 1),
            ring.getX(j), ring.getY(j), ring.getX(j + 1), ring.getY(j + 1))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Rings of this many segments or more are left to {@code IsValidOp}: the segment goes in a key's last bits. */
  private static final int INDEX_LIMIT = 1 << 12;

  private static final long INDEX_MASK = INDEX_LIMIT - 1;

  /** A long ordered as the finite value {@code v} is among doubles, with -0.0 as 0.0. */
  private static long orderedBits(double v) {
    long bits = Double.doubleToRawLongBits(v + 0.0);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /** Whether segments a and b are apart, each wholly on one side of the other's line (not on it). */
  private static boolean apart(
      double a0x, double a0y, double a1x, double a1y, double b0x, double b0y, double b1x, double b1y) {
    int o1 = CGAlgorithmsDD.orientationIndex(a0x, a0y, a1x, a1y, b0x, b0y);
    int o2 = CGAlgorithmsDD.orientationIndex(a0x, a0y, a1x, a1y, b1x, b1y);
    if (o1 == 0 || o2 == 0) {
      return false;
    }
    if (o1 == o2) {
      return true;
    }
    int o3 = CGAlgorithmsDD.orientationIndex(b0x, b0y, b1x, b1y, a0x, a0y);
    int o4 = CGAlgorithmsDD.orientationIndex(b0x, b0y, b1x, b1y, a1x, a1y);
    return o3 != 0 && o3 == o4;
  }

  /**
   * Whether {@code g} is a polygon without holes whose ring runs once round the four corners of a finite envelope of
   * positive width and height, edge by edge: such a polygon is valid, so most building footprints need no
   * {@link IsValidOp} noding.
   */
  static boolean isAxisAlignedRectangle(Geometry g) {
    if (!(g instanceof Polygon p) || p.getNumInteriorRing() != 0) {
      return false;
    }
    CoordinateSequence ring = p.getExteriorRing().getCoordinateSequence();
    if (ring.size() != 5) {
      return false;
    }
    Envelope e = p.getEnvelopeInternal();
    if (!(Double.isFinite(e.getMinX()) && Double.isFinite(e.getMaxX()) && Double.isFinite(e.getMinY())
        && Double.isFinite(e.getMaxY()) && e.getWidth() > 0 && e.getHeight() > 0)) {
      return false;
    }
    int corners = 0;
    for (int i = 0; i < 4; i++) {
      double x = ring.getX(i);
      double y = ring.getY(i);
      boolean minX = x == e.getMinX();
      boolean minY = y == e.getMinY();
      if (!(minX || x == e.getMaxX()) || !(minY || y == e.getMaxY())) {
        return false;
      }
      corners |= 1 << ((minX ? 0 : 1) + (minY ? 0 : 2));
      double nextX = ring.getX(i + 1);
      double nextY = ring.getY(i + 1);
      if ((nextX == x) == (nextY == y)) {
        return false; // a diagonal edge, or a repeated point
      }
    }
    return corners == 0b1111 && ring.getX(4) == ring.getX(0) && ring.getY(4) == ring.getY(0);
  }

  /** What {@link #rectangleCover} could tell of an area and a polygon without preparing the area. */
  enum Cover {
    /** The area covers the polygon. */
    COVERED,
    /** A segment of the area's boundary passes through the polygon's interior: part of it is in, part out. */
    CROSSING,
    /** Not decided here: ask JTS. */
    UNKNOWN
  }

  /**
   * Whether the polygonal {@code area} covers {@code g}, decided without JTS's prepared-geometry indexes when
   * {@code g} is an axis-aligned rectangle (as most building footprints are) or {@code area} is one; else
   * {@link Cover#UNKNOWN}.
   *
   * <p>A closed rectangle R and a valid area A: if no segment of A's boundary meets R's open interior, that interior
   * (connected) lies wholly inside A or wholly outside, and which one R's centre tells; A being closed, R is then
   * covered if its interior is. A segment and the open rectangle are apart exactly when one of three axes separates
   * them (the x and y axes, by comparing coordinates, and the normal of the segment, by the four corners lying on one
   * side of its line or on it), decided with the same exact orientation predicate JTS uses. A segment meeting the
   * interior puts points of R on both sides of A's boundary, so R is neither covered nor disjoint. An area that is
   * itself an axis-aligned rectangle covers exactly what its envelope covers. Whatever else (a rectangle outside, a
   * centre not strictly inside a rectangle too thin to have one) is left to JTS.
   */
  static Cover rectangleCover(Geometry area, Geometry g) {
    if (isAxisAlignedRectangle(area)) {
      return area.getEnvelopeInternal().covers(g.getEnvelopeInternal()) ? Cover.COVERED : Cover.UNKNOWN;
    }
    if (!isAxisAlignedRectangle(g)) {
      return Cover.UNKNOWN;
    }
    Envelope r = g.getEnvelopeInternal();
    double minX = r.getMinX();
    double maxX = r.getMaxX();
    double minY = r.getMinY();
    double maxY = r.getMaxY();
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    if (!(cx > minX && cx < maxX && cy > minY && cy < maxY) || !area.getEnvelopeInternal().intersects(r)) {
      return Cover.UNKNOWN;
    }
    int parts = area.getNumGeometries();
    for (int k = 0; k < parts; k++) {
      if (!(area.getGeometryN(k) instanceof Polygon polygon)) {
        return Cover.UNKNOWN;
      }
      int rings = polygon.getNumInteriorRing() + 1;
      for (int h = 0; h < rings; h++) {
        CoordinateSequence ring =
            (h == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(h - 1)).getCoordinateSequence();
        if (crossesInterior(ring, minX, minY, maxX, maxY)) {
          return Cover.CROSSING;
        }
      }
    }
    int centre = SimplePointInAreaLocator.locate(new Coordinate(cx, cy), area);
    return centre == Location.INTERIOR ? Cover.COVERED : Cover.UNKNOWN;
  }

  /** Whether a segment of {@code ring} meets the open rectangle {@code (minX, maxX) × (minY, maxY)}. */
  private static boolean crossesInterior(
      CoordinateSequence ring, double minX, double minY, double maxX, double maxY) {
    int n = ring.size();
    double px = ring.getX(0);
    double py = ring.getY(0);
    for (int i = 1; i < n; i++) {
      double qx = ring.getX(i);
      double qy = ring.getY(i);
      boolean apart = Math.max(px, qx) <= minX || Math.min(px, qx) >= maxX
          || Math.max(py, qy) <= minY || Math.min(py, qy) >= maxY
          // a repeated point: the segments before and after it, which end there, are tested
          || (px == qx && py == qy)
          || oneSide(px, py, qx, qy, minX, minY, maxX, maxY);
      if (!apart) {
        return true;
      }
      px = qx;
      py = qy;
    }
    return false;
  }

  /** Whether the rectangle's four corners lie on one side of the line through p and q, or on it. */
  private static boolean oneSide(
      double px, double py, double qx, double qy, double minX, double minY, double maxX, double maxY) {
    int a = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, minX, minY);
    int b = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, maxX, minY);
    int c = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, maxX, maxY);
    int d = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, minX, maxY);
    return (a >= 0 && b >= 0 && c >= 0 && d >= 0) || (a <= 0 && b <= 0 && c <= 0 && d <= 0);
  }

  /** The polygons of {@code g}, as a Polygon or MultiPolygon (empty if it has none). */
  static Geometry polygonal(Geometry g) {
    if (Storey.isPolygonal(g)) {
      return g;
    }
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = new ArrayList<>(PolygonExtracter.getPolygons(g));
    return g.getFactory().buildGeometry(polygons);
  }

  /** {@code a ∩ b}, polygonal. */
  static Geometry intersection(Geometry a, Geometry b) {
    return polygonal(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
  }

  /** {@code a − b}, polygonal. */
  static Geometry difference(Geometry a, Geometry b) {
    return polygonal(OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE));
  }

  /** The area of {@code a ∩ b}, 0 when their envelopes do not meet. */
  static double intersectionArea(Geometry a, Geometry b) {
    if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
      return 0;
    }
    return intersection(a, b).getArea();
  }
}
