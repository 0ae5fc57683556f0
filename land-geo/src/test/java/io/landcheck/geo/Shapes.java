package io.landcheck.geo;

import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Rectangles, lines and parcels in projected metres for the measurement tests. */
final class Shapes {

  static final GeometryFactory FACTORY = new GeometryFactory();
  static final LocalDate APPLIED = LocalDate.of(2023, 5, 1);

  private Shapes() {}

  /** The rectangle from (x0, y0) to (x1, y1). */
  static Polygon rect(double x0, double y0, double x1, double y1) {
    return FACTORY.createPolygon(ring(x0, y0, x1, y1));
  }

  /** The rectangle from (x0, y0) to (x1, y1) with rectangular holes, each given as {x0, y0, x1, y1}. */
  static Polygon rectWithHoles(double x0, double y0, double x1, double y1, double[]... holes) {
    LinearRing[] rings = new LinearRing[holes.length];
    for (int i = 0; i < holes.length; i++) {
      rings[i] = ring(holes[i][0], holes[i][1], holes[i][2], holes[i][3]);
    }
    return FACTORY.createPolygon(ring(x0, y0, x1, y1), rings);
  }

  static Geometry multi(Polygon... parts) {
    return FACTORY.createMultiPolygon(parts);
  }

  static LineString line(double x0, double y0, double x1, double y1) {
    return FACTORY.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
  }

  /** A bow-tie: the ring (0 0, 10 10, 10 0, 0 10, 0 0) crosses itself at (5, 5). */
  static Polygon bowTie() {
    return FACTORY.createPolygon(new Coordinate[] {
        new Coordinate(0, 0), new Coordinate(10, 10), new Coordinate(10, 0), new Coordinate(0, 10), new Coordinate(0, 0)});
  }

  private static LinearRing ring(double x0, double y0, double x1, double y1) {
    return FACTORY.createLinearRing(new Coordinate[] {
        new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1),
        new Coordinate(x0, y0)});
  }

  /** Industrial single-use facts for parcel {@code id}, applied for on {@link #APPLIED}. */
  static Parcel facts(String id) {
    return Parcel.builder(id).landUse(LandUse.INDUSTRIAL).singleUse(true).applicationDate(APPLIED).build();
  }

  static GeoParcel parcel(String id, Geometry boundary, Building... buildings) {
    return GeoParcel.of(facts(id), boundary, List.of(buildings), "test.gpkg:parcels#" + id);
  }

  static Building building(String id, Geometry footprint, Storey... storeys) {
    return Building.of(id, footprint, List.of(storeys));
  }
}
