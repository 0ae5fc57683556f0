package io.landcheck.geo.io;

import io.landcheck.input.BadValue;
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
    // the folder as the caller named it (locators of the sibling layers start with it), the working directory if none
    Path dir = parcelsShp.getParent() != null ? parcelsShp.getParent() : Path.of("");
    String base = strip(parcelsShp.getFileName().toString());
    List<Assembler.Problem> problems = new ArrayList<>();
    Optional<SourceCrs> crs = crs(dir, base, options, problems);
    Features parcels = new Features(dir, base, Schema.Layer.PARCELS, options, problems);
    Staging staging = null;
    try {
      staging = Staging.create();
      Optional<ChildStore.Table> bt = child(dir, options.layer("buildings").orElse("buildings"), Schema.Layer.BUILDINGS,
          options, problems, staging, crs);
      Optional<ChildStore.Table> st = child(dir, options.layer("storeys").orElse("storeys"), Schema.Layer.STOREYS,
          options, problems, staging, crs);
      ChildStore store = new ChildStore(staging.connection, bt, st, options.limits());
      String description = base + ".shp (Shapefile, " + parcels.charset + ", "
          + crs.map(SourceCrs::name).orElse("no coordinate system") + ")";
      return new AssembledSource(description, OptionalLong.of(parcels.count()), parcels, store,
          Assembler.of(store, crs, problems, options,
              () -> new Features(dir, base, Schema.Layer.PARCELS, options, new ArrayList<>())), staging);
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
        problems.add(Assembler.Problem.told("crs", "noPrj", List.of(base)));
        return Optional.empty();
      }
      String wkt = Files.readString(prj.get(), StandardCharsets.ISO_8859_1);
      Optional<SourceCrs> crs = SourceCrs.fromWkt(wkt);
      if (crs.isEmpty()) {
        problems.add(Assembler.Problem.told("crs", "prjUnknown", List.of(base)));
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
        problems.add(SourceCrs.mismatch(base + ".shp", own.map(SourceCrs::name)
            .orElse("a coordinate system landcheck does not recognise") + " (" + base + ".prj)", parcelsCrs.get(),
            parcelsCrs.get().name()));
      }
    }
    try (Features features = new Features(dir, base, layer, options, problems)) {
      if (features.mapping.column("parcel_id").isEmpty() && !options.buildingAssignment().byLocation()) {
        return Optional.empty();
      }
      ChildStore.Table table = staging.load(features.mapping, features);
      features.guessedWrong().ifPresent(problems::add); // found while staging: before any record is read
      return Optional.of(table);
    }
  }

  /**
   * A .dbf's charset and where it comes from: its .cpg ({@code parcels.cpg}), its language-driver byte, or, when the
   * file names none, the fallback ({@code source} empty), which is a guess: text not valid in it is then an error of
   * the whole layer, never read with replacement characters. {@code unknown}: a .cpg names a charset landcheck does
   * not know, a problem of its own, and the fallback is used.
   */
  record DbfCharset(Charset charset, Optional<String> source, boolean unknown) {
    DbfCharset(Charset charset, Optional<String> source) {
      this(charset, source, false);
    }

    boolean guessed() {
      return source.isEmpty();
    }
  }

  /**
   * The charset of a .dbf: its .cpg, its language-driver byte, or the fallback. A .cpg that names no charset landcheck
   * knows is a problem of the whole source (field {@code charset}); the .dbf is then read in the fallback, so that every
   * record can still be reported.
   */
  static DbfCharset charset(Path dir, String base, Path dbf, Charset fallback, List<Assembler.Problem> problems)
      throws IOException {
    Optional<Path> cpg = file(dir, base, "cpg");
    if (cpg.isPresent()) {
      String content = Files.readString(cpg.get(), StandardCharsets.ISO_8859_1);
      // without a UTF-8 byte-order mark (read as ISO-8859-1, its bytes are three characters)
      String name = (content.startsWith("\u00EF\u00BB\u00BF") ? content.substring(3) : content).strip();
      if (!name.isEmpty()) {
        Optional<Charset> named = charsetNamed(name);
        if (named.isPresent()) {
          return new DbfCharset(named.get(), Optional.of(cpg.get().getFileName().toString()));
        }
        problems.add(Assembler.Problem.told("charset", "cpgUnknown",
            List.of(cpg.get().getFileName().toString(), Values.shown(name))));
        return new DbfCharset(fallback, Optional.of(cpg.get().getFileName().toString()), true);
      }
    }
    try (InputStream in = Files.newInputStream(dbf)) {
      byte[] header = in.readNBytes(32);
      if (header.length == 32) {
        String source = "the language-driver byte of " + dbf.getFileName();
        switch (header[29] & 0xff) {
          case 0x4d, 0x7a:
            return new DbfCharset(Charset.forName("GBK"), Optional.of(source));
          case 0x4f, 0x78:
            return new DbfCharset(Charset.forName("Big5"), Optional.of(source));
          default:
            break;
        }
      }
    }
    return new DbfCharset(fallback, Optional.empty());
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
    private final DbfReader dbf;
    private final DbfCharset dbfCharset;
    private final Charset charset;
    private final Schema.Mapping mapping;
    private final Map<Integer, String> fieldOfIndex = new HashMap<>();
    private long number;
    /** The first text not valid in a guessed charset, once one is read: a problem of the whole layer. */
    private Assembler.Problem guessedWrong;

    Features(Path dir, String base, Schema.Layer layer, ReadOptions options, List<Assembler.Problem> problems)
        throws IOException {
      Path dbfFile = file(dir, base, "dbf").orElseThrow(() -> new IOException(base + ".dbf is missing beside "
          + base + ".shp"));
      Optional<Path> shpFile = file(dir, base, "shp");
      this.name = ParcelSources.located(shpFile.orElse(dbfFile));
      this.dbfName = dbfFile.getFileName().toString();
      this.dbfCharset = charset(dir, base, dbfFile, options.fallbackCharset(), problems);
      this.charset = dbfCharset.charset();
      this.dbf = new DbfReader(dbfFile, charset);
      try {
        this.shp = shpFile.isPresent() ? Optional.of(new ShpReader(shpFile.get(), options.limits()))
            : Optional.empty();
      } catch (IOException e) {
        dbf.close();
        throw e;
      }
      List<String> names = new ArrayList<>();
      for (DbfReader.Field f : dbf.fields()) {
        names.add(f.name());
      }
      this.mapping = Schema.map(layer, names, Optional.of(charset));
      mapping.columns().forEach((field, column) -> fieldOfIndex.put(names.indexOf(column), field));
      // a .cpg naming no charset landcheck knows is a problem already: its text is not judged by the fallback
      Optional<Assembler.Problem> wrong = dbfCharset.unknown() ? Optional.empty() : badNames();
      if (wrong.isEmpty() && dbfCharset.guessed() && layer == Schema.Layer.PARCELS) {
        // the parcels are streamed: text not valid in a guessed charset must be found before the first is read
        wrong = firstUndecodable(dbfFile);
      }
      wrong.ifPresent(problems::add);
      if (wrong.isEmpty()) { // field names read in the wrong charset are not unknown fields: they are unreadable
        mapping.problem(options, name + ": ").ifPresent(problems::add);
      }
    }

    long count() {
      return dbf.recordCount();
    }

    /** The problem of the layer's field names that are not valid in its charset, if any. */
    private Optional<Assembler.Problem> badNames() {
      List<DbfReader.BadName> bad = dbf.undecodableNames();
      if (bad.isEmpty()) {
        return Optional.empty();
      }
      List<String> shown = new ArrayList<>();
      List<String> asOther = new ArrayList<>();
      for (DbfReader.BadName n : bad) {
        shown.add(n.shown());
        DbfReader.decodeStrictly(n.bytes(), other()).ifPresent(asOther::add);
      }
      return Optional.of(Assembler.Problem.told("charset", "charsetNames" + (asOther.size() == bad.size() ? "AsOther" : "")
          + advice(), List.of(dbfName, charset.name(), String.valueOf(shown), other().name(), String.valueOf(asOther),
          dbfCharset.source().orElse(""), cpgName())));
    }

    /**
     * The charset to suggest for text not valid in the one it was read in: GBK, which files from Chinese GIS software
     * without a .cpg usually are; GB18030 (GBK's superset) if that was GBK or GB2312; UTF-8 if that was GB18030.
     */
    private Charset other() {
      String n = charset.name();
      return n.equals("GB18030") ? StandardCharsets.UTF_8
          : n.equals("GBK") || n.equals("GB2312") ? Charset.forName("GB18030") : Charset.forName("GBK");
    }

    /**
     * What to do about text not valid in the charset, as the end of the template's name: {@code Guessed} (no .cpg:
     * pass --charset GBK, which files from Chinese GIS software usually are), {@code GuessedOther} (no .cpg: pass
     * --charset with the other charset) or {@code Named} (is the .cpg's charset right?).
     */
    private String advice() {
      return !dbfCharset.guessed() ? "Named" : other().name().equals("GBK") ? "Guessed" : "GuessedOther";
    }

    /**
     * What to do about text not valid in the charset, in English, for a value's own error (a text the reader passes on
     * as it is: see UntranslatedMessagesTest).
     */
    /**
     * A text not valid in the charset the .dbf is read in, as a value that cannot be read: the template and its facts
     * (the charset, the bytes in hex, and what to do: the charset to pass where none is named, or the one named to
     * check, and the .cpg to write it into).
     */
    private BadValue notValidText(String hex) {
      String cpg = cpgName();
      if (!dbfCharset.guessed()) {
        return BadValue.of("charsetNamed", List.of(charset.name(), hex, dbfCharset.source().get(), cpg));
      }
      String other = other().name();
      return BadValue.of(other.equals("GBK") ? "charsetGuessed" : "charsetGuessedOther",
          List.of(charset.name(), hex, other, cpg));
    }

    /** The name of the .cpg that would name the .dbf's charset. */
    private String cpgName() {
      return dbfName.substring(0, dbfName.length() - 4) + ".cpg";
    }

    /** The problem of the first text of a live row not valid in the (guessed) charset, found in a pass of its own. */
    private Optional<Assembler.Problem> firstUndecodable(Path dbfFile) throws IOException {
      try (DbfReader scan = new DbfReader(dbfFile, charset)) {
        for (DbfReader.Row r = scan.next(); r != null; r = scan.next()) {
          if (r.deleted()) {
            continue;
          }
          for (int i = 0; i < r.values().length; i++) {
            if (r.values()[i] instanceof DbfReader.Undecodable u) {
              return Optional.of(undecodable(scan.rowsRead(), i, u));
            }
          }
        }
      } catch (EOFException e) {
        // a file cut short: the records before the cut were scanned, and reading them reports the cut
      }
      return Optional.empty();
    }

    /** The layer's problem of a text not valid in a guessed charset, in row {@code row}, field {@code index}. */
    private Assembler.Problem undecodable(long row, int index, DbfReader.Undecodable u) {
      Optional<String> asOther = DbfReader.decodeStrictly(u.bytes(), other()).map(Values::shown);
      return Assembler.Problem.told("charset", "charsetText" + (asOther.isPresent() ? "AsOther" : "") + advice(),
          List.of(dbfName, charset.name(), String.valueOf(row), String.valueOf(index + 1),
              dbf.fields().get(index).name(), u.hex(), other().name(), asOther.orElse(""),
              dbfCharset.source().orElse(""), cpgName()));
    }

    /** The problem of text not valid in a guessed charset found while the layer was read, if any. */
    Optional<Assembler.Problem> guessedWrong() {
      return Optional.ofNullable(guessedWrong);
    }

    @Override
    protected RawFeature computeNext() {
      DbfReader.Row r = nextLiveRow();
      if (r == null) {
        return endOfData();
      }
      number++;
      Map<String, Object> values = new HashMap<>();
      fieldOfIndex.forEach((i, field) -> values.put(field, value(r.values()[i], i)));
      String locator = name + "#" + number;
      if (shp.isEmpty()) {
        return RawFeature.of(locator, values, Optional.empty());
      }
      try {
        if (!shp.get().hasNext()) {
          return new RawFeature(locator, values, Optional.empty(), Optional.of(GeometryProblem.of("shpNoShape")));
        }
        ShpReader.Shape s = shp.get().next();
        return new RawFeature(locator, values, s.geometry(), s.problem());
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }

    /** A value as the parcel record gets it: text not valid in the charset as a value that cannot be read. */
    private Object value(Object v, int index) {
      if (!(v instanceof DbfReader.Undecodable u)) {
        return v;
      }
      if (dbfCharset.guessed() && guessedWrong == null && !dbfCharset.unknown()) {
        guessedWrong = undecodable(dbf.rowsRead(), index, u);
      }
      return notValidText(u.hex());
    }

    /**
     * The next .dbf row not marked deleted (the deleted rows' shapes skipped with them), or null at the end.
     *
     * @throws UncheckedIOException naming the .dbf and the last row read if it ends before the rows its header counts
     */
    private DbfReader.Row nextLiveRow() {
      try {
        while (true) {
          DbfReader.Row r;
          try {
            r = dbf.next();
          } catch (EOFException e) {
            String m = dbfName + " is truncated: it cannot be read past record " + dbf.rowsRead()
                + " (its header counts " + dbf.recordCount() + " records)";
            throw new UncheckedIOException(m, new EOFException(m));
          }
          if (r == null || !r.deleted()) {
            return r;
          }
          if (shp.isPresent() && shp.get().hasNext()) {
            shp.get().next();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      try {
        dbf.close();
      } catch (IOException e) {
        // closing anyway
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
