package io.landcheck.geo.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage geometry blobs (GeoPackage 1.3 §2.1.3): the "GP" header (magic, version, flags, srs_id, envelope) then
 * standard WKB. Plain WKB (as landcheck's own temporary tables hold) is read too.
 */
final class GpBlob {
  /** The factory of the geometries read. */
  static final GeometryFactory FACTORY = new GeometryFactory();

  private GpBlob() {}

  /**
   * The geometry in a blob, or empty for an empty geometry, read with a reader made on {@link #FACTORY}; a blob past
   * {@code limits} (vertices, rings, collections nested in collections) or whose counts run past its bytes is a
   * ParseException saying so, found before JTS reads it (JTS reads nested collections by recursion and makes arrays
   * of the sizes a blob claims).
   */
  static Optional<Geometry> decode(byte[] blob, WKBReader reader, ReadLimits limits) throws ParseException {
    if (blob.length >= 8 && blob[0] == 'G' && blob[1] == 'P') {
      int flags = blob[3] & 0xff;
      if ((flags & 0x20) != 0) {
        throw new Unreadable("blobExtended");
      }
      if ((flags & 0x10) != 0) {
        return Optional.empty();
      }
      int envelope = (flags >> 1) & 0x07;
      int envelopeBytes = switch (envelope) {
        case 0 -> 0;
        case 1 -> 32;
        case 2, 3 -> 48;
        case 4 -> 64;
        default -> throw new Unreadable("blobEnvelope", envelope);
      };
      int offset = 8 + envelopeBytes;
      if (blob.length <= offset) {
        throw new Unreadable("blobShort");
      }
      byte[] wkb = new byte[blob.length - offset];
      System.arraycopy(blob, offset, wkb, 0, wkb.length);
      new Walk(wkb, limits).geometry(1);
      return nonEmpty(read(wkb, reader));
    }
    new Walk(blob, limits).geometry(1);
    return nonEmpty(read(blob, reader));
  }

  /**
   * A walk through a WKB geometry's headers and counts, reading no coordinate: it counts the vertices and rings, and
   * how deep collections nest, against the limits, and checks that each count fits in the bytes left. A type it does
   * not know (a curved one) ends the walk, for JTS to report.
   */
  private static final class Walk {
    private final ByteBuffer b;
    private final ReadLimits limits;
    private long vertices;
    private long rings;

    Walk(byte[] wkb, ReadLimits limits) {
      this.b = ByteBuffer.wrap(wkb);
      this.limits = limits;
    }

    /** Walks the geometry at the buffer's position, {@code depth} levels deep (1 at the top); false to stop. */
    boolean geometry(int depth) throws ParseException {
      if (depth > limits.maxGeometryDepth()) {
        throw new Unreadable("blobDepth", grouped(limits.maxGeometryDepth()),
            ReadLimits.named("maxGeometryDepth", limits.maxGeometryDepth()));
      }
      need(5, "Header");
      b.order(b.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
      int code = b.getInt();
      int iso = (code & 0x0FFFFFFF) / 1000; // ISO 19125: 1000 Z, 2000 M, 3000 ZM
      int dims = 2 + ((code & 0x80000000) != 0 || iso == 1 || iso == 3 ? 1 : 0)
          + ((code & 0x40000000) != 0 || iso == 2 || iso == 3 ? 1 : 0);
      if ((code & 0x20000000) != 0) { // EWKB with an SRID
        need(4, "Srid");
        b.getInt();
      }
      switch ((code & 0x0FFFFFFF) % 1000) {
        case 1 -> points(1, dims);
        case 2 -> points(count(4, "Points"), dims);
        case 3 -> {
          long n = count(4, "Rings");
          ring(n);
          for (long i = 0; i < n; i++) {
            points(count(8L * dims, "Points"), dims);
          }
        }
        case 4, 5, 6, 7 -> {
          long n = count(5, "Geometries");
          for (long i = 0; i < n; i++) {
            if (!geometry(depth + 1)) {
              return false;
            }
          }
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    /**
     * A count read from the blob, each of its items at least {@code bytes} long, checked against the bytes left;
     * {@code what} names the items in the templates' names ({@code Points}, {@code Rings}, {@code Geometries}).
     */
    private long count(long bytes, String what) throws ParseException {
      need(4, "Count" + what);
      long n = Integer.toUnsignedLong(b.getInt());
      if (n * bytes > b.remaining()) {
        throw new Unreadable("blobCounts" + what, grouped(n), grouped(b.remaining()));
      }
      return n;
    }

    private void points(long n, int dims) throws ParseException {
      vertices += n;
      if (vertices > limits.maxVertices()) {
        throw new Unreadable("blobVertices", grouped(limits.maxVertices()),
            ReadLimits.named("maxVertices", limits.maxVertices()));
      }
      need(n * 8 * dims, "Coordinates");
      b.position(b.position() + (int) (n * 8 * dims));
    }

    private void ring(long n) throws ParseException {
      rings += n;
      if (rings > limits.maxParts()) {
        throw new Unreadable("blobRings", grouped(limits.maxParts()), ReadLimits.named("maxParts", limits.maxParts()));
      }
    }

    /** Checks that {@code bytes} are left for what the template {@code blobEnds + what} names. */
    private void need(long bytes, String what) throws ParseException {
      if (bytes > b.remaining()) {
        throw new Unreadable("blobEnds" + what);
      }
    }
  }

  private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unknown WKB type (\\d+)");

  /**
   * The geometry of standard WKB; a curved geometry (SQL/MM: CircularString, CurvePolygon, MultiSurface …, which JTS
   * does not read), at the top or inside a collection, is a ParseException saying so and how to convert it.
   */
  private static Geometry read(byte[] wkb, WKBReader reader) throws ParseException {
    if (wkb.length >= 5) {
      ByteBuffer b = ByteBuffer.wrap(wkb).order(wkb[0] == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
      Optional<Unreadable> curved = curved(b.getInt(1));
      if (curved.isPresent()) {
        throw curved.get();
      }
    }
    try {
      return reader.read(wkb);
    } catch (ParseException e) {
      Matcher m = UNKNOWN_TYPE.matcher(String.valueOf(e.getMessage()));
      if (m.find()) {
        Optional<Unreadable> curved = curved((int) Long.parseLong(m.group(1)));
        if (curved.isPresent()) {
          throw curved.get();
        }
      }
      throw e;
    }
  }

  /** The problem of a WKB geometry type code that is a curved one (with or without Z and M), if it is. */
  private static Optional<Unreadable> curved(int code) {
    int type = (code & 0x0FFFFFFF) % 1000; // without EWKB's flags and ISO's Z, M and ZM thousands
    String name = switch (type) {
      case 8 -> "CircularString";
      case 9 -> "CompoundCurve";
      case 10 -> "CurvePolygon";
      case 11 -> "MultiCurve";
      case 12 -> "MultiSurface";
      case 13 -> "Curve";
      case 14 -> "Surface";
      default -> null;
    };
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(new Unreadable("blobCurved", name, type));
  }

  /** A count as messages write it: {@code 12,345}. */
  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * A blob that cannot be read, for a reason landcheck finds itself (not JTS's), told by the template
   * {@code INVALID_GEOMETRY.name}; its exception message is the template's name, for a log.
   */
  static final class Unreadable extends ParseException {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // never serialized: read where it is thrown
    private final GeometryProblem problem;

    Unreadable(String name, Object... arguments) {
      super("INVALID_GEOMETRY." + name);
      this.problem = GeometryProblem.of(name, arguments);
    }

    /** Why the blob cannot be read. */
    GeometryProblem problem() {
      return problem;
    }
  }

  private static Optional<Geometry> nonEmpty(Geometry g) {
    return g.isEmpty() ? Optional.empty() : Optional.of(g);
  }

  /** A GeoPackage blob: little-endian header with an xy envelope, then 2D little-endian WKB. */
  static byte[] encode(Geometry g, int srsId) {
    byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
    boolean empty = g.isEmpty();
    ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0);
    b.put((byte) (empty ? 0x11 : 0x03)); // little endian; envelope [minx, maxx, miny, maxy] or empty flag
    b.putInt(srsId);
    if (!empty) {
      Envelope e = g.getEnvelopeInternal();
      b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    }
    b.put(wkb);
    return b.array();
  }

  /** Plain 2D WKB, for landcheck's temporary tables. */
  static byte[] wkb(Geometry g) {
    return new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
  }
}
