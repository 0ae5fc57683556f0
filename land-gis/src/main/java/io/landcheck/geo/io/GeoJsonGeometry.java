package io.landcheck.geo.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON Polygon and MultiPolygon geometries to and from JTS (other types are read and reported by type). */
final class GeoJsonGeometry {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private GeoJsonGeometry() {}

  /** The geometry of a GeoJSON geometry object; empty for null. */
  static Optional<Geometry> read(JsonNode g) {
    if (g == null || g.isNull()) {
      return Optional.empty();
    }
    String type = g.path("type").asText("");
    JsonNode cs = g.path("coordinates");
    Geometry out = switch (type) {
      case "Polygon" -> polygon(cs);
      case "MultiPolygon" -> {
        Polygon[] ps = new Polygon[cs.size()];
        for (int i = 0; i < ps.length; i++) {
          ps[i] = polygon(cs.get(i));
        }
        yield FACTORY.createMultiPolygon(ps);
      }
      case "Point" -> FACTORY.createPoint(coordinate(cs));
      case "LineString", "MultiPoint", "MultiLineString" -> FACTORY.createLineString(new Coordinate[0]);
      case "GeometryCollection" -> FACTORY.createGeometryCollection();
      default -> throw new IllegalArgumentException("unknown GeoJSON geometry type '" + type + "'");
    };
    if (!(out instanceof Polygon || out instanceof MultiPolygon)) {
      throw new IllegalArgumentException("must be a Polygon or MultiPolygon, was " + type);
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  private static Polygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      return FACTORY.createPolygon();
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points) {
    Coordinate[] cs = new Coordinate[points.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = coordinate(points.get(i));
    }
    return FACTORY.createLinearRing(cs);
  }

  private static Coordinate coordinate(JsonNode p) {
    if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
      throw new IllegalArgumentException("a position must be [x, y], was " + p);
    }
    return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
  }

  /** Writes a Polygon or MultiPolygon (or null) as a GeoJSON geometry. */
  static void write(JsonGenerator out, Geometry g) throws IOException {
    if (g == null) {
      out.writeNull();
      return;
    }
    out.writeStartObject();
    if (g instanceof Polygon p) {
      out.writeStringField("type", "Polygon");
      out.writeFieldName("coordinates");
      rings(out, p);
    } else if (g instanceof MultiPolygon m) {
      out.writeStringField("type", "MultiPolygon");
      out.writeFieldName("coordinates");
      out.writeStartArray();
      for (int i = 0; i < m.getNumGeometries(); i++) {
        rings(out, (Polygon) m.getGeometryN(i));
      }
      out.writeEndArray();
    } else {
      throw new IllegalArgumentException("only polygons are written, was " + g.getGeometryType());
    }
    out.writeEndObject();
  }

  private static void rings(JsonGenerator out, Polygon p) throws IOException {
    out.writeStartArray();
    line(out, p.getExteriorRing());
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      line(out, p.getInteriorRingN(i));
    }
    out.writeEndArray();
  }

  private static void line(JsonGenerator out, LineString l) throws IOException {
    out.writeStartArray();
    for (Coordinate c : l.getCoordinates()) {
      out.writeStartArray();
      out.writeNumber(c.x);
      out.writeNumber(c.y);
      out.writeEndArray();
    }
    out.writeEndArray();
  }
}
