package io.landcheck.geo.io;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import io.landcheck.input.Values;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens Shapefiles: parcels.shp with buildings.shp and storeys.shp (or storeys.dbf alone) in the same directory. The
 * .dbf charset comes from the .cpg (a charset name Java knows or a Windows code page number; one it cannot read is an
 * error of the whole source), else the .dbf's language-driver byte, else {@link ReadOptions#fallbackCharset()};
 * the coordinate system from the .prj (CGCS2000 3° Gauss-Krüger zones, CGCS2000 and WGS 84 are recognised), else
 * {@link ReadOptions#crs()}.
 */
final class ShapefileSource {

  private ShapefileSource() {}

  static ParcelSource open(Path parcelsShp, ReadOptions options) throws IOException {
    Path dir = parcelsShp.toAbsolutePath().getParent();
    String base = strip(parcelsShp.getFileName().toString());
    List<Assembler.Problem> problems = new ArrayList<>();
    Optional<SourceCrs> crs = crs(dir, base, options, problems);
    Features parcels = new Features(dir, base, Schema.Layer.PARCELS, options, problems);
    Staging staging = null;
    try {
      staging = Staging.create();
      Optional<ChildStore.Table> bt = child(dir, "buildings", Schema.Layer.BUILDINGS, options, problems, staging, crs);
      Optional<ChildStore.Table> st = child(dir, "storeys", Schema.Layer.STOREYS, options, problems, staging, crs);
      ChildStore store = new ChildStore(staging.connection, bt, st);
      String description = base + ".shp (Shapefile, " + parcels.charset + ", "
          + crs.map(SourceCrs::name).orElse("no coordinate system") + ")";
      return new AssembledSource(description, OptionalLong.of(parcels.count()), parcels, store,
          new Assembler(store, crs, problems, options), staging);
    } catch (IOException | SQLException | RuntimeException e) {
      parcels.close();
      if (staging != null) {
        staging.close();
      }
      if (e instanceof IOException io) {
        throw io;
      }
      if (e instanceof UncheckedIOException u) { // a buildings or storeys file that cannot be read, named by its message
        throw u.getCause();
      }
      throw new IOException(base + ".shp: " + e.getMessage(), e);
    }
  }

  private static String strip(String shp) {
    int dot = shp.lastIndexOf('.');
    return dot > 0 ? shp.substring(0, dot) : shp;
  }

  private static Optional<Path> file(Path dir, String base, String ext) {
    for (String e : new String[] {ext, ext.toUpperCase(java.util.Locale.ROOT)}) {
      Path p = dir.resolve(base + "." + e);
      if (Files.exists(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Optional<SourceCrs> crs(Path dir, String base, ReadOptions options, List<Assembler.Problem> problems)
      throws IOException {
    try {
      if (options.crs().isPresent()) {
        return Optional.of(SourceCrs.parse(options.crs().get()));
      }
      Optional<Path> prj = file(dir, base, "prj");
      if (prj.isEmpty()) {
        problems.add(new Assembler.Problem("crs", base + ".shp: no coordinate system (no " + base + ".prj); name "
            + "one with ReadOptions.withCrs (command line --crs), e.g. EPSG:4549"));
        return Optional.empty();
      }
      String wkt = Files.readString(prj.get(), StandardCharsets.ISO_8859_1);
      Optional<SourceCrs> crs = SourceCrs.fromWkt(wkt);
      if (crs.isEmpty()) {
        problems.add(new Assembler.Problem("crs", base + ".prj: coordinate system is not one landcheck recognises; "
            + "name it with ReadOptions.withCrs (command line --crs)"));
      }
      return crs;
    } catch (IllegalArgumentException e) {
      problems.add(new Assembler.Problem("crs", base + ".shp: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<ChildStore.Table> child(Path dir, String base, Schema.Layer layer, ReadOptions options,
      List<Assembler.Problem> problems, Staging staging, Optional<SourceCrs> parcelsCrs)
      throws IOException, SQLException {
    if (file(dir, base, "dbf").isEmpty()) {
      return Optional.empty();
    }
    if (options.crs().isEmpty() && parcelsCrs.isPresent() && file(dir, base, "shp").isPresent()) {
      Optional<Path> prj = file(dir, base, "prj");
      Optional<SourceCrs> own = prj.isEmpty() ? Optional.empty()
          : SourceCrs.fromWkt(Files.readString(prj.get(), StandardCharsets.ISO_8859_1));
      // the systems compared, not their names: a .prj without an EPSG code may describe the parcels' system
      if (prj.isPresent() && (own.isEmpty() || !own.get().sameAs(parcelsCrs.get()))) {
        problems.add(new Assembler.Problem("crs", SourceCrs.mismatch(base + ".shp", own.map(SourceCrs::name)
            .orElse("a coordinate system landcheck does not recognise") + " (" + base + ".prj)", parcelsCrs.get(),
            parcelsCrs.get().name())));
      }
    }
    try (Features features = new Features(dir, base, layer, options, problems)) {
      if (features.mapping.column("parcel_id").isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(staging.load(features.mapping, features));
    }
  }

  /**
   * The charset of a .dbf: its .cpg, its language-driver byte, or the fallback. A .cpg that names no charset landcheck
   * knows is a problem of the whole source (field {@code charset}); the .dbf is then read in the fallback, so that every
   * record can still be reported.
   */
  static Charset charset(Path dir, String base, Path dbf, Charset fallback, List<Assembler.Problem> problems)
      throws IOException {
    Optional<Path> cpg = file(dir, base, "cpg");
    if (cpg.isPresent()) {
      String content = Files.readString(cpg.get(), StandardCharsets.ISO_8859_1);
      // without a UTF-8 byte-order mark (read as ISO-8859-1, its bytes are three characters)
      String name = (content.startsWith("\u00EF\u00BB\u00BF") ? content.substring(3) : content).strip();
      if (!name.isEmpty()) {
        Optional<Charset> named = charsetNamed(name);
        if (named.isPresent()) {
          return named.get();
        }
        problems.add(new Assembler.Problem("charset", cpg.get().getFileName() + " names the charset "
            + Values.shown(name) + ", which landcheck does not know; write one Java knows into it (GBK, GB18030, "
            + "GB2312, UTF-8, ISO-8859-1 …) or a Windows code page (936), or delete it and name the charset with "
            + "--charset on the command line (ReadOptions.withCharset in Java)"));
        return fallback;
      }
    }
    try (InputStream in = Files.newInputStream(dbf)) {
      byte[] header = in.readNBytes(32);
      if (header.length == 32) {
        switch (header[29] & 0xff) {
          case 0x4d, 0x7a:
            return Charset.forName("GBK");
          case 0x4f, 0x78:
            return Charset.forName("Big5");
          default:
            break;
        }
      }
    }
    return fallback;
  }

  /** A Windows code page as a .cpg gives it: {@code 936}, {@code CP936}, {@code ANSI 936}, {@code windows-1252}. */
  private static final Pattern CODE_PAGE = Pattern.compile("(?i)(?:ANSI|CP|CODEPAGE|WINDOWS|MS)?[\\s_-]*(\\d{3,5})");
  /** An ISO 8859 part as ESRI writes it ({@code 88591}) or spelt out ({@code 8859-1}, {@code ISO 8859_15}). */
  private static final Pattern ISO_8859 = Pattern.compile("(?i)(?:ISO)?[\\s_-]*8859[\\s_-]*(\\d{1,2})");

  /**
   * The charset a .cpg names: a Windows code page by number (936 and its spellings are GBK, 65001 UTF-8, 54936
   * GB18030, 950 Big5), an ISO 8859 part, or any charset name or alias Java knows (GB2312, GB18030, GBK, UTF-8, UTF8,
   * ISO-8859-1 …), case-insensitively; empty if it names none of these.
   */
  static Optional<Charset> charsetNamed(String name) {
    String n = name.strip();
    Matcher iso = ISO_8859.matcher(n);
    if (iso.matches()) {
      return supported("ISO-8859-" + iso.group(1));
    }
    Matcher codePage = CODE_PAGE.matcher(n);
    if (codePage.matches()) {
      String number = codePage.group(1);
      List<String> candidates = switch (number) {
        case "65001" -> List.of("UTF-8");
        case "936" -> List.of("GBK");
        case "950" -> List.of("Big5");
        case "54936" -> List.of("GB18030");
        case "20936" -> List.of("GB2312");
        case "932" -> List.of("windows-31j");
        default -> List.of("windows-" + number, "x-windows-" + number, "IBM" + number, "x-IBM" + number);
      };
      return candidates.stream().map(ShapefileSource::supported).flatMap(Optional::stream).findFirst();
    }
    return supported(n);
  }

  private static Optional<Charset> supported(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) { // an illegal charset name
      return Optional.empty();
    }
  }

  /** The features of one Shapefile layer, .shp and .dbf read side by side. */
  private static final class Features extends AssembledSource.Features {
    private final String name;
    private final String dbfName;
    private final Optional<ShpReader> shp;
    private final DBFReader dbf;
    private final Charset charset;
    private final Schema.Mapping mapping;
    private final Map<Integer, String> fieldOfIndex = new HashMap<>();
    private long number;
    /** The .dbf rows read so far, deleted ones included. */
    private long rows;

    Features(Path dir, String base, Schema.Layer layer, ReadOptions options, List<Assembler.Problem> problems)
        throws IOException {
      Path dbfFile = file(dir, base, "dbf").orElseThrow(() -> new IOException(base + ".dbf is missing beside "
          + base + ".shp"));
      Optional<Path> shpFile = file(dir, base, "shp");
      this.name = shpFile.map(p -> p.getFileName().toString()).orElse(dbfFile.getFileName().toString());
      this.dbfName = dbfFile.getFileName().toString();
      this.charset = charset(dir, base, dbfFile, options.fallbackCharset(), problems);
      this.shp = shpFile.isPresent() ? Optional.of(new ShpReader(shpFile.get())) : Optional.empty();
      try {
        this.dbf = new DBFReader(Files.newInputStream(dbfFile), charset, true);
      } catch (DBFException e) {
        close();
        if (e.getCause() instanceof EOFException) {
          throw new IOException(dbfName + " is truncated: it ends inside its header", e);
        }
        throw new IOException(dbfName + ": not a dBASE file: " + e.getMessage(), e);
      }
      // Read with deleted rows shown, so the .dbf stays in step with the .shp: JavaDBF then puts a "deleted" flag
      // first in each row, and the reader skips the deleted records of both files.
      List<String> names = new ArrayList<>();
      for (int i = 1; i < dbf.getFieldCount(); i++) {
        names.add(dbf.getField(i).getName());
      }
      this.mapping = Schema.map(layer, names, Optional.of(charset));
      mapping.columns().forEach((field, column) -> fieldOfIndex.put(names.indexOf(column) + 1, field));
      mapping.problem(options.ignoreUnknownFields()).ifPresent(p -> problems.add(new Assembler.Problem("fields",
          name + ": " + p)));
    }

    long count() {
      return dbf.getRecordCount();
    }

    @Override
    protected RawFeature computeNext() {
      Object[] r = nextLiveRow();
      if (r == null) {
        return endOfData();
      }
      number++;
      Map<String, Object> values = new HashMap<>();
      fieldOfIndex.forEach((i, field) -> values.put(field, r[i]));
      String locator = name + "#" + number;
      if (shp.isEmpty()) {
        return RawFeature.of(locator, values, Optional.empty());
      }
      try {
        if (!shp.get().hasNext()) {
          return new RawFeature(locator, values, Optional.empty(), Optional.of("the .shp has no shape for this record"));
        }
        ShpReader.Shape s = shp.get().next();
        return new RawFeature(locator, values, s.geometry(), s.problem());
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }

    /**
     * The next .dbf row not marked deleted (the deleted rows' shapes skipped with them), or null at the end.
     *
     * @throws UncheckedIOException naming the .dbf and the last row read if it ends before the rows its header counts
     */
    private Object[] nextLiveRow() {
      try {
        while (true) {
          Object[] r;
          try {
            r = dbf.nextRecord();
          } catch (DBFException e) {
            if (e.getCause() instanceof EOFException) {
              r = null; // the file ends inside a row
            } else {
              throw e;
            }
          }
          if (r == null && rows < dbf.getRecordCount()) {
            String m = dbfName + " is truncated: it cannot be read past record " + rows + " (its header counts "
                + dbf.getRecordCount() + " records)";
            throw new UncheckedIOException(m, new EOFException(m));
          }
          if (r != null) {
            rows++;
          }
          if (r == null || !Boolean.TRUE.equals(r[0])) {
            return r;
          }
          if (shp.isPresent() && shp.get().hasNext()) {
            shp.get().next();
          }
        }
      } catch (DBFException e) {
        String m = dbfName + " cannot be read past record " + rows + ": "
            + (e.getMessage() != null ? e.getMessage() : e.getCause() != null ? e.getCause().toString() : e.toString());
        throw new UncheckedIOException(m, new IOException(m, e));
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      if (dbf != null) {
        dbf.close();
      }
      shp.ifPresent(s -> {
        try {
          s.close();
        } catch (IOException e) {
          // closing anyway
        }
      });
    }
  }
}
