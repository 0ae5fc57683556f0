package io.landcheck.geo.io;

import io.landcheck.input.BadValue;
import io.landcheck.input.Values;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a .dbf (dBASE III and its descendants, as Shapefiles carry) row by row, each value from its bytes, strictly:
 * a number field's text that is not a number ({@code N/A}) is handed on as that text, for the value parser to refuse
 * on its field; a date field must hold {@code YYYYMMDD}, a real calendar day, or nothing ({@code 00000000}, blanks); a
 * text that is not valid in the charset is an {@link Undecodable}, never decoded with replacement characters. The
 * header's counts are checked against each other and the file: a record length that is not its fields' widths, or a
 * header longer than the file, stops the file from opening; a file shorter than its record count is found at the row
 * it ends in.
 */
final class DbfReader implements Closeable {

  /** A field of the .dbf: its name as decoded (leniently: see {@link DbfReader#undecodableNames}), type and width. */
  record Field(String name, char type, int length, int decimals) {}

  /** A field name whose bytes are not valid in the charset: as decoded with replacement characters, and its bytes. */
  record BadName(String shown, byte[] bytes) {}

  /** A text field's bytes that are not valid in the charset the .dbf is read in. */
  record Undecodable(byte[] bytes) {
    /** The bytes in hexadecimal, the first 16 of them: {@code D4 B0 C7 F8}. */
    String hex() {
      String h = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, 0, Math.min(bytes.length, 16));
      return bytes.length > 16 ? h + " …" : h;
    }
  }

  /** One row: whether it is marked deleted, and its values by field, in field order. */
  record Row(boolean deleted, Object[] values) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final String name;
  private final Charset charset;
  private final InputStream in;
  private final long records;
  private final int recordLength;
  private final int languageDriver;
  private final List<Field> fields;
  private final List<BadName> undecodableNames;
  private final byte[] row;
  private long read;

  /**
   * Opens the .dbf and reads its header.
   *
   * @throws IOException naming the file if it is not a .dbf, ends inside its header, or its header does not add up
   */
  DbfReader(Path file, Charset charset) throws IOException {
    this.name = file.getFileName().toString();
    this.charset = charset;
    long size = Files.size(file);
    InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      byte[] head = stream.readNBytes(32);
      if (head.length < 32) {
        throw new IOException(name + " is truncated: it ends inside its header");
      }
      ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
      int version = head[0] & 0xff;
      if ((version & 0x07) < 2 && version != 0x30 && version != 0x31 && version != 0x32) {
        throw new IOException(name + ": not a dBASE file (version byte 0x" + Integer.toHexString(version) + ")");
      }
      this.records = Integer.toUnsignedLong(h.getInt(4));
      int headerLength = Short.toUnsignedInt(h.getShort(8));
      this.recordLength = Short.toUnsignedInt(h.getShort(10));
      this.languageDriver = head[29] & 0xff;
      if (headerLength > size) {
        throw new IOException(name + " is truncated: it ends inside its header");
      }
      if (headerLength < 33) {
        throw new IOException(name + " is damaged: its header gives a header length of " + headerLength
            + " bytes, too short for one");
      }
      byte[] descriptors = stream.readNBytes(headerLength - 32);
      if (descriptors.length < headerLength - 32) {
        throw new IOException(name + " is truncated: it ends inside its header");
      }
      List<Field> fs = new ArrayList<>();
      List<BadName> badNames = new ArrayList<>();
      int at = 0;
      int width = 1; // the deletion flag
      while (true) {
        if (at >= descriptors.length) {
          throw new IOException(name + " is damaged: its field descriptors do not end within its header");
        }
        if (descriptors[at] == 0x0D) {
          break;
        }
        if (at + 32 > descriptors.length) {
          throw new IOException(name + " is damaged: its field descriptors do not end within its header");
        }
        int n = 0;
        while (n < 11 && descriptors[at + n] != 0) {
          n++;
        }
        byte[] rawName = Arrays.copyOfRange(descriptors, at, at + n);
        Optional<String> strict = decodeName(rawName, charset);
        if (strict.isEmpty()) {
          badNames.add(new BadName(new String(rawName, charset), rawName));
        }
        char type = (char) (descriptors[at + 11] & 0xff);
        int length = descriptors[at + 16] & 0xff;
        int decimals = descriptors[at + 17] & 0xff;
        if (type == 'C') { // Clipper and FoxPro keep a long text field's high byte where the decimals would be
          length += decimals * 256;
          decimals = 0;
        }
        fs.add(new Field(strict.orElseGet(() -> new String(rawName, charset)), type, length, decimals));
        width += length;
        at += 32;
      }
      if (width != recordLength) {
        throw new IOException(String.format(Locale.ROOT, "%s is damaged: its header gives rows of %,d bytes, but its "
            + "%d fields take %,d (with the deletion flag)", name, recordLength, fs.size(), width));
      }
      this.fields = List.copyOf(fs);
      this.undecodableNames = List.copyOf(badNames);
      this.row = new byte[recordLength];
      this.in = stream;
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  /** The rows the header counts, deleted ones included. */
  long recordCount() {
    return records;
  }

  /** The header's language-driver byte (0x4D, 0x7A: GBK). */
  int languageDriver() {
    return languageDriver;
  }

  List<Field> fields() {
    return fields;
  }

  /** The names of fields whose bytes are not valid in the charset. */
  List<BadName> undecodableNames() {
    return undecodableNames;
  }

  /** The rows read so far, deleted ones included. */
  long rowsRead() {
    return read;
  }

  /**
   * The next row, or null after the last the header counts.
   *
   * @throws EOFException if the file ends before a row the header counts, or inside it
   */
  Row next() throws IOException {
    if (read >= records) {
      return null;
    }
    int n = in.readNBytes(row, 0, recordLength);
    if (n < recordLength || row[0] == 0x1A) {
      throw new EOFException(name + " ends before record " + (read + 1));
    }
    read++;
    Object[] values = new Object[fields.size()];
    int at = 1;
    for (int i = 0; i < values.length; i++) {
      Field f = fields.get(i);
      values[i] = value(f, at);
      at += f.length();
    }
    return new Row(row[0] == '*', values);
  }

  /** The value of field {@code f}, whose bytes start at {@code at} in the row. */
  private Object value(Field f, int at) {
    int end = at + f.length();
    switch (f.type()) {
      case 'C', 'V' -> {
        int to = end;
        while (to > at && (row[to - 1] == ' ' || row[to - 1] == 0)) {
          to--;
        }
        byte[] bytes = Arrays.copyOfRange(row, at, to);
        return decode(bytes, charset).<Object>map(s -> s).orElseGet(() -> new Undecodable(bytes));
      }
      case 'N', 'F' -> {
        String s = ascii(at, end);
        if (s.isEmpty() || s.chars().allMatch(c -> c == '*')) {
          return null; // shapelib writes a null number as asterisks
        }
        return DECIMAL.matcher(s).matches() ? new BigDecimal(s) : s;
      }
      case 'D' -> {
        String s = ascii(at, end);
        if (s.isEmpty() || s.equals("00000000")) {
          return null; // GDAL writes an empty date as 00000000
        }
        try {
          if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
            return LocalDate.parse(s, DATE);
          }
        } catch (DateTimeParseException e) {
          // not on the calendar: reported below
        }
        return BadValue.of("dbfDate", List.of(Values.shown(s)));
      }
      case 'L' -> {
        String s = ascii(at, end);
        return switch (s) {
          case "T", "t", "Y", "y" -> Boolean.TRUE;
          case "F", "f", "N", "n" -> Boolean.FALSE;
          case "", "?" -> null;
          default -> s;
        };
      }
      case 'I', '+' -> {
        return f.length() == 4 ? ByteBuffer.wrap(row, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()
            : BadValue.of("dbfIntegerSize", List.of(String.valueOf(f.length())));
      }
      case 'O' -> {
        return f.length() == 8 ? ByteBuffer.wrap(row, at, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble()
            : BadValue.of("dbfDoubleSize", List.of(String.valueOf(f.length())));
      }
      default -> {
        return ascii(at, end).isEmpty() ? null
            : BadValue.of("dbfType", List.of(String.valueOf(f.type())));
      }
    }
  }

  /** The bytes as ISO-8859-1 text without surrounding blanks and NULs. */
  private String ascii(int from, int to) {
    return new String(row, from, to - from, StandardCharsets.ISO_8859_1).replace('\0', ' ').strip();
  }

  /**
   * The bytes as text in the charset, reporting malformed or unmappable bytes rather than replacing them; empty if
   * there are any. An incomplete character at the very end (a field cut to its width inside a character) is dropped.
   */
  static Optional<String> decode(byte[] bytes, Charset charset) {
    if (bytes.length == 0) {
      return Optional.of("");
    }
    CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) d.maxCharsPerByte()) + 1);
    CoderResult r = d.decode(in, out, false);
    if (r.isError() || (in.hasRemaining() && (in.remaining() == bytes.length || in.remaining() > 3))) {
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private static Optional<String> decodeName(byte[] bytes, Charset charset) {
    return bytes.length == 0 ? Optional.of("") : decode(bytes, charset);
  }

  /** The text as the charset reads it strictly, if it does: for saying what a file's text reads as in GBK. */
  static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
