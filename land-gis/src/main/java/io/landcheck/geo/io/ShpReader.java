package io.landcheck.geo.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygons of a .shp file in record order (ESRI Shapefile Technical Description, 1998): shape types 5
 * Polygon, 15 PolygonZ and 25 PolygonM (flattened to x, y) and 0 null shapes. A shape's rings become polygons by
 * orientation: clockwise rings are shells, counter-clockwise rings holes of the shell that contains them. A shape of
 * any type without points is no geometry, like a null shape; one of another type with points is a problem of its
 * record, saying how to convert the file.
 */
final class ShpReader implements Closeable {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** One record: its geometry (empty for a null shape) or why it cannot be read. */
  record Shape(Optional<Geometry> geometry, Optional<GeometryProblem> problem) {}

  private final String name;
  private final DataInputStream in;
  private final long fileBytes;
  /** The file's real size, which a truncated file has less of than its header gives. */
  private final long actualBytes;
  private long position;
  /** The number of the record read last. */
  private long number;
  /** Why no further record can be read, once one could not be: the file ends (or a record runs) too soon. */
  private GeometryProblem unreadable;

  private final ReadLimits limits;

  /** A reader of the file whose shapes past {@code limits}' vertices or rings are problems, never read. */
  ShpReader(Path file, ReadLimits limits) throws IOException {
    this.name = file.getFileName().toString();
    this.limits = limits;
    this.actualBytes = Files.size(file);
    this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    byte[] header = new byte[100];
    try {
      in.readFully(header);
    } catch (EOFException e) {
      in.close();
      throw new IOException(name + " is truncated: it is too short for a Shapefile header (" + actualBytes
          + " of 100 bytes)", e);
    }
    ByteBuffer b = ByteBuffer.wrap(header);
    if (b.getInt(0) != 9994) {
      in.close();
      throw new IOException(name + ": not a Shapefile (file code " + b.getInt(0) + ", expected 9994)");
    }
    this.fileBytes = 2L * b.getInt(24);
    this.position = 100;
  }

  /**
   * Whether the header's file length leaves room for another record. A truncated file has records to come all the
   * same: each is the problem that it cannot be read.
   */
  boolean hasNext() {
    return unreadable != null || position + 8 <= fileBytes;
  }

  /**
   * The next record. In a file cut short (or with a record whose length runs past the end of the file) the record
   * that cannot be read, and each one after it, is a shape whose problem names the file and the last record read.
   */
  Shape next() throws IOException {
    if (unreadable != null) {
      return new Shape(Optional.empty(), Optional.of(unreadable));
    }
    number++;
    long length;
    try {
      in.readInt(); // record number, big-endian
      int words = in.readInt();
      if (words < 0 || position + 8 + 2L * words > Math.min(fileBytes, actualBytes)) {
        throw new EOFException();
      }
      length = 2L * words;
    } catch (EOFException e) {
      unreadable = actualBytes < fileBytes
          ? GeometryProblem.of("shpTruncated", name, actualBytes, fileBytes, number - 1)
          : GeometryProblem.of("shpDamaged", name, number, number - 1);
      return new Shape(Optional.empty(), Optional.of(unreadable));
    }
    position += 8 + length;
    // the shape type, bounding box and counts first: what the rest may hold is checked before it is read
    byte[] head = new byte[(int) Math.min(length, HEAD)];
    in.readFully(head);
    long rest = length - head.length;
    ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    if (head.length < 4) {
      return skipped(rest, GeometryProblem.of("shpNoType"));
    }
    int type = b.getInt();
    if (type == 0 || pointless(type, b)) {
      return skipped(rest, null);
    }
    if (type != 5 && type != 15 && type != 25) {
      return skipped(rest, typeName(type).isEmpty() ? GeometryProblem.of("shpUnknownType", type, name)
          : GeometryProblem.of("shpNotPolygon", type, typeName(type), name));
    }
    if (head.length < HEAD) {
      return skipped(rest, GeometryProblem.of("shpShortHeader", length));
    }
    int parts = b.getInt(36);
    int points = b.getInt(40);
    long needed = HEAD + 4L * parts + 16L * points;
    if (parts < 0 || points < 0 || needed > length) {
      return skipped(rest, GeometryProblem.of("shpCounts", number, grouped(parts), grouped(points), grouped(needed),
          grouped(length)));
    }
    if (points > limits.maxVertices()) {
      return skipped(rest, GeometryProblem.of("shpVertices", grouped(points), grouped(limits.maxVertices()),
          ReadLimits.named("maxVertices", limits.maxVertices())));
    }
    if (parts > limits.maxParts()) {
      return skipped(rest, GeometryProblem.of("shpParts", grouped(parts), grouped(limits.maxParts()),
          ReadLimits.named("maxParts", limits.maxParts())));
    }
    byte[] body = new byte[(int) (needed - HEAD)];
    in.readFully(body);
    in.skipNBytes(length - needed); // Z and M values
    ByteBuffer c = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
    try {
      int[] starts = new int[parts + 1];
      for (int i = 0; i < parts; i++) {
        starts[i] = c.getInt();
      }
      starts[parts] = points;
      Coordinate[] all = new Coordinate[points];
      for (int i = 0; i < points; i++) {
        all[i] = new Coordinate(c.getDouble(), c.getDouble());
      }
      return polygons(all, starts);
    } catch (RuntimeException e) {
      return new Shape(Optional.empty(), Optional.of(GeometryProblem.of("shpUnreadable", e.getMessage())));
    }
  }

  /** The bytes of a polygon record before its parts: shape type, bounding box, number of parts and of points. */
  private static final int HEAD = 4 + 32 + 4 + 4;

  /** A count as messages write it: {@code 12,345}. */
  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Skips the rest of a record: no geometry, and the problem if not null. */
  private Shape skipped(long rest, GeometryProblem problem) throws IOException {
    in.skipNBytes(rest);
    return new Shape(Optional.empty(), Optional.ofNullable(problem));
  }

  /**
   * Whether a shape of this type, its content in {@code b} after the type, has no points: a multi-part shape (polyline,
   * polygon, multipatch) or multipoint whose point count is 0. The buffer's position is left as it was.
   */
  private static boolean pointless(int type, ByteBuffer b) {
    int at = switch (type) {
      case 3, 5, 13, 15, 23, 25, 31 -> 4 + 32 + 4; // bounding box, number of parts, number of points
      case 8, 18, 28 -> 4 + 32; // bounding box, number of points
      default -> -1; // a point has its point
    };
    return at >= 0 && b.limit() >= at + 4 && b.getInt(at) == 0;
  }

  /** The name the Shapefile specification gives a shape type; empty for a type it does not define. */
  private static String typeName(int type) {
    return switch (type) {
      case 1 -> "Point";
      case 3 -> "PolyLine";
      case 8 -> "MultiPoint";
      case 11 -> "PointZ";
      case 13 -> "PolyLineZ";
      case 18 -> "MultiPointZ";
      case 21 -> "PointM";
      case 23 -> "PolyLineM";
      case 28 -> "MultiPointM";
      case 31 -> "MultiPatch";
      default -> ""; // not a type the specification defines
    };
  }

  private static Shape polygons(Coordinate[] all, int[] starts) {
    List<LinearRing> shells = new ArrayList<>();
    List<LinearRing> holes = new ArrayList<>();
    for (int p = 0; p + 1 < starts.length; p++) {
      List<Coordinate> ring = new ArrayList<>(List.of(all).subList(starts[p], starts[p + 1]));
      if (!ring.isEmpty() && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
        ring.add(ring.get(0).copy());
      }
      if (ring.size() < 4) {
        return new Shape(Optional.empty(), Optional.of(GeometryProblem.of("shpRingShort", p + 1)));
      }
      Coordinate[] cs = ring.toArray(new Coordinate[0]);
      (Orientation.isCCW(cs) ? holes : shells).add(FACTORY.createLinearRing(cs));
    }
    if (shells.isEmpty()) { // every ring counter-clockwise: a file that ignores the orientation rule
      shells.addAll(holes);
      holes.clear();
    }
    List<List<LinearRing>> holesOf = new ArrayList<>();
    List<Polygon> shellPolygons = new ArrayList<>();
    for (LinearRing s : shells) {
      holesOf.add(new ArrayList<>());
      shellPolygons.add(FACTORY.createPolygon(s));
    }
    for (LinearRing h : holes) {
      int owner = -1;
      double ownerArea = Double.MAX_VALUE;
      for (int i = 0; i < shellPolygons.size(); i++) {
        Polygon s = shellPolygons.get(i);
        if (s.getEnvelopeInternal().covers(h.getEnvelopeInternal()) && s.covers(h) && s.getArea() < ownerArea) {
          owner = i;
          ownerArea = s.getArea();
        }
      }
      if (owner < 0) { // a hole outside every shell: keep it as a shell of its own
        shells.add(h);
        shellPolygons.add(FACTORY.createPolygon(h));
        holesOf.add(new ArrayList<>());
      } else {
        holesOf.get(owner).add(h);
      }
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int i = 0; i < polygons.length; i++) {
      polygons[i] = FACTORY.createPolygon(shells.get(i), holesOf.get(i).toArray(new LinearRing[0]));
    }
    Geometry g = polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    return new Shape(Optional.of(g), Optional.empty());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
