package io.landcheck.geo.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.landcheck.input.JsonStream;
import io.landcheck.input.JsonStream.Token;
import io.landcheck.input.Values;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

  /**
   * A geometry read: the geometry (empty for null or an empty one), or why it cannot be read.
   *
   * @param geometry the geometry, in the file's coordinates
   * @param problem why there is none, if the file gives one that cannot be read
   */
  record Read(Optional<Geometry> geometry, Optional<GeometryProblem> problem) {
    static Read of(Optional<Geometry> g) {
      return new Read(g, Optional.empty());
    }

    /** A geometry that cannot be read, told by the template {@code INVALID_GEOMETRY.name}. */
    static Read told(String name, Object... arguments) {
      return new Read(Optional.empty(), Optional.of(GeometryProblem.of(name, arguments)));
    }
  }

  /**
   * Reads the geometry the parser is at (an object, or null), token by token, to its end: coordinates go straight into
   * JTS coordinates, counted as they come, so a geometry past {@code limits}' vertices is skipped (without being held)
   * and reported, never read whole. The members may come in any order.
   */
  static Read read(JsonStream p, ReadLimits limits) throws IOException {
    Token t = p.currentToken();
    if (t == Token.VALUE_NULL) {
      return Read.of(Optional.empty());
    }
    if (t != Token.START_OBJECT) {
      p.skipChildren();
      return Read.told("geoJsonNotObject", t.described("en"), t.described("zh"));
    }
    String type = null;
    Coordinates coordinates = null;
    Set<String> twice = new LinkedHashSet<>();
    while (p.nextToken() == Token.FIELD_NAME) {
      String name = p.currentName();
      Token v = p.nextToken();
      if (name.equals("type")) {
        if (type != null) {
          twice.add("type");
        } else if (v == Token.VALUE_STRING) {
          type = p.text();
        } else {
          type = "";
          p.skipChildren();
        }
      } else if (name.equals("coordinates")) {
        if (coordinates != null) {
          twice.add("coordinates");
          p.skipChildren();
        } else {
          coordinates = new Coordinates(limits);
          coordinates.read(p);
        }
      } else {
        p.skipChildren();
      }
    }
    if (!twice.isEmpty()) {
      return twice.size() == 1 ? Read.told("geoJsonTwice", twice.toArray())
          : Read.told("geoJsonTwiceBoth", twice.toArray());
    }
    if (coordinates != null && coordinates.problem != null) {
      return new Read(Optional.empty(), Optional.of(coordinates.problem));
    }
    String kind = type == null ? "" : type;
    return switch (kind) {
      case "Polygon", "MultiPolygon" -> polygonal(kind, coordinates, limits);
      case "Point", "LineString", "MultiPoint", "MultiLineString", "GeometryCollection" ->
          Read.told("type", kind);
      default -> type == null ? Read.told("geoJsonNoType") : Read.told("geoJsonUnknownType", Values.shown(kind));
    };
  }

  /** A Polygon's or MultiPolygon's coordinates as JTS polygons; an empty one is no geometry. */
  private static Read polygonal(String type, Coordinates c, ReadLimits limits) {
    if (c == null || c.root == null || c.root.isEmpty()) {
      return Read.of(Optional.empty());
    }
    List<?> polygons = type.equals("Polygon") ? List.of(c.root) : c.root;
    if (c.rings > limits.maxParts()) {
      return Read.told("geoJsonRings", String.format(Locale.ROOT, "%,d", c.rings),
          String.format(Locale.ROOT, "%,d", limits.maxParts()), ReadLimits.named("maxParts", limits.maxParts()));
    }
    try {
      Polygon[] ps = new Polygon[polygons.size()];
      for (int i = 0; i < ps.length; i++) {
        if (!(polygons.get(i) instanceof List<?> rings) || rings.stream().anyMatch(r -> !(r instanceof Coordinate[]))) {
          return Read.told(type.equals("Polygon") ? "geoJsonPolygonRings" : "geoJsonMultiPolygonRings");
        }
        if (rings.isEmpty()) {
          ps[i] = FACTORY.createPolygon();
          continue;
        }
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 0; h < holes.length; h++) {
          holes[h] = FACTORY.createLinearRing((Coordinate[]) rings.get(h + 1));
        }
        ps[i] = FACTORY.createPolygon(FACTORY.createLinearRing((Coordinate[]) rings.get(0)), holes);
      }
      Geometry g = type.equals("Polygon") ? ps[0] : FACTORY.createMultiPolygon(ps);
      return Read.of(g.isEmpty() ? Optional.empty() : Optional.of(g));
    } catch (IllegalArgumentException e) {
      return Read.told("geoJsonJts", String.valueOf(e.getMessage()));
    }
  }

  /**
   * The coordinates member read into nested lists whose innermost lists of positions are {@code Coordinate[]} rings,
   * nesting at most 4 deep (a MultiPolygon's), the vertices counted as they are read.
   */
  private static final class Coordinates {
    private final ReadLimits limits;
    private List<Object> root;
    private long vertices;
    private long rings;
    private GeometryProblem problem;

    Coordinates(ReadLimits limits) {
      this.limits = limits;
    }

    /** Reads the member's value, the parser at its first token, to its end, skipping the rest after a problem. */
    void read(JsonStream p) throws IOException {
      if (p.currentToken() == Token.VALUE_NULL) {
        return;
      }
      if (p.currentToken() != Token.START_ARRAY) {
        p.skipChildren();
        problem = GeometryProblem.of("geoJsonCoordinatesNotArray", p.currentToken().described("en"),
            p.currentToken().described("zh"));
        return;
      }
      Object r = array(p, 1);
      if (problem == null) {
        if (r instanceof List<?> l) {
          @SuppressWarnings("unchecked")
          List<Object> list = (List<Object>) l;
          root = list;
        } else {
          problem = GeometryProblem.of("geoJsonOnePosition");
        }
      }
    }

    /**
     * The array the parser is at, {@code depth} deep in the coordinates: a position as a Coordinate, a list of
     * positions as a Coordinate[] ring, other lists as lists; null once there is a problem (the rest skipped).
     */
    private Object array(JsonStream p, int depth) throws IOException {
      List<Object> items = new ArrayList<>();
      double[] xy = new double[2];
      int numbers = 0;
      Token t;
      while ((t = p.nextToken()) != Token.END_ARRAY) {
        if (problem != null) {
          p.skipChildren();
          continue;
        }
        if (t == Token.START_ARRAY) {
          if (depth >= 4 || numbers > 0) {
            problem = GeometryProblem.of("geoJsonTooDeep");
            p.skipChildren();
            continue;
          }
          items.add(array(p, depth + 1));
        } else if (t == Token.VALUE_NUMBER_INT || t == Token.VALUE_NUMBER_FLOAT) {
          if (!items.isEmpty()) {
            problem = GeometryProblem.of("geoJsonPositionMixed");
            continue;
          }
          if (numbers < 2) {
            xy[numbers] = p.doubleValue();
          }
          numbers++;
        } else {
          problem = GeometryProblem.of("geoJsonPositionNotNumbers", t.described("en"), t.described("zh"));
          p.skipChildren();
        }
      }
      if (problem != null) {
        return null;
      }
      if (numbers > 0) {
        if (numbers < 2) {
          problem = GeometryProblem.of("geoJsonPositionOneNumber");
          return null;
        }
        if (++vertices > limits.maxVertices()) {
          problem = GeometryProblem.of("geoJsonVertices", String.format(Locale.ROOT, "%,d", limits.maxVertices()),
              ReadLimits.named("maxVertices", limits.maxVertices()));
          return null;
        }
        return new Coordinate(xy[0], xy[1]);
      }
      if (!items.isEmpty() && items.stream().allMatch(i -> i instanceof Coordinate)) {
        rings++;
        return items.toArray(new Coordinate[0]);
      }
      return items;
    }
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
