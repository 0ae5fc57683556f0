package io.landcheck.geo.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Writes small dBASE III files for tests, and the UTF-8 park's Shapefiles with such a parcels.dbf. */
final class DbfFile {
  private DbfFile() {}

  /** A field: name (at most 10 bytes), type (C, N, D, L), width and decimals. */
  record Field(String name, char type, int length, int decimals) {}

  /**
   * Writes a .dbf of these fields and rows, each row's values as text (null for blank), text in {@code charset};
   * {@code recordLength} overrides the header's record length if not 0.
   */
  static void write(Path file, Charset charset, List<Field> fields, List<String[]> rows, int recordLength) {
    int width = 1 + fields.stream().mapToInt(Field::length).sum();
    int headerLength = 32 + 32 * fields.size() + 1;
    ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
    h.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1).putInt(rows.size()).putShort((short) headerLength)
        .putShort((short) (recordLength == 0 ? width : recordLength));
    h.position(32);
    for (Field f : fields) {
      byte[] name = Arrays.copyOf(f.name().getBytes(charset), 11);
      h.put(name).put((byte) f.type()).putInt(0).put((byte) f.length()).put((byte) f.decimals()).put(new byte[14]);
    }
    h.put((byte) 0x0D);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(h.array());
    for (String[] row : rows) {
      out.write(' ');
      for (int i = 0; i < fields.size(); i++) {
        Field f = fields.get(i);
        byte[] cell = new byte[f.length()];
        Arrays.fill(cell, (byte) ' ');
        byte[] v = row[i] == null ? new byte[0] : row[i].getBytes(charset);
        int at = f.type() == 'N' ? f.length() - v.length : 0; // numbers are right-aligned
        System.arraycopy(v, 0, cell, at, v.length);
        out.writeBytes(cell);
      }
    }
    out.write(0x1A);
    try {
      Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The UTF-8 park's Shapefiles (parcels P-001 to P-004 and their buildings and storeys) in {@code dir}, with
   * parcels.dbf written as given and without parcels.cpg.
   */
  static Path park(Path dir, Charset charset, List<Field> fields, List<String[]> rows, int recordLength) {
    try (Stream<Path> files = Files.list(Fixtures.path("shp-utf8"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("parcels.cpg")) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(dir.resolve("parcels.dbf"), charset, fields, rows, recordLength);
    return dir;
  }
}
