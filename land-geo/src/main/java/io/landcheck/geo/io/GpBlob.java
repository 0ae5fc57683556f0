package io.landcheck.geo.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
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

  /** The geometry in a blob, or empty for an empty geometry, read with a reader made on {@link #FACTORY}. */
  static Optional<Geometry> decode(byte[] blob, WKBReader reader) throws ParseException {
    if (blob.length >= 8 && blob[0] == 'G' && blob[1] == 'P') {
      int flags = blob[3] & 0xff;
      if ((flags & 0x20) != 0) {
        throw new ParseException("extended GeoPackage geometry types are not supported");
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
        default -> throw new ParseException("GeoPackage geometry header has an invalid envelope indicator " + envelope);
      };
      int offset = 8 + envelopeBytes;
      if (blob.length <= offset) {
        throw new ParseException("GeoPackage geometry blob is shorter than its header");
      }
      byte[] wkb = new byte[blob.length - offset];
      System.arraycopy(blob, offset, wkb, 0, wkb.length);
      return nonEmpty(reader.read(wkb));
    }
    return nonEmpty(reader.read(blob));
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
