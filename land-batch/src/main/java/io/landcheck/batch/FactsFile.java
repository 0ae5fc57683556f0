package io.landcheck.batch;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.io.ReadLimits;
import io.landcheck.input.JsonStream;
import io.landcheck.input.JsonStream.BadJsonException;
import io.landcheck.input.JsonStream.Token;
import io.landcheck.input.ParcelField;
import io.landcheck.input.ParcelRecords;
import io.landcheck.model.RecordError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a facts-only parcel file: a JSON array of objects, one per parcel, with the attribute names of the GIS file
 * schema (English or Chinese) plus the floor areas a bureau already knows, for batches without geometry:
 *
 * <pre>{@code
 * [ { "parcel_id": "P-001", "land_use": "industrial", "single_use": true, "site_area_m2": 10000,
 *     "floor_areas_m2": { "生产": 18000, "宿舍": 1200 }, "underground_m2": 3000,
 *     "lease_grant_date": "2023-05-01", "lease_term_years": 20, "park_id": "P1", "district_id": "浦东新区" } ]
 * }</pre>
 *
 * <p>The file is read one object at a time, so its size does not matter. A record with a bad field becomes an
 * error item naming the record and the field; the next record is read as usual. So does a record that cannot be read
 * at all (a text or a nesting past {@link ReadLimits}, bad JSON inside it), the file read on after it, and a record
 * that gives a key twice (an error on that field). A first pass over the file finds what is wrong with the file as a
 * whole: a second JSON value after the array (two files joined with {@code cat}) or content after it that is not
 * JSON; then every record is an error naming the file (field {@code file}), and the records of a second value are read
 * as rows too, so that none is lost unseen. A file that cannot be read to its end (it ends inside a record, its
 * brackets do not match) cannot be opened: the error names the file and where.
 */
final class FactsFile implements Iterator<Item>, Closeable {

  private final String name;
  /** The file as the caller named it, which locators start with. */
  private final String located;
  private final PolicyPack pack;
  private final boolean ignoreUnknownFields;
  private final List<Told> problems;
  private final Walk walk;
  private Item next;
  private boolean done;

  private FactsFile(Path file, PolicyPack pack, boolean ignoreUnknownFields, ReadLimits limits) throws IOException {
    this.name = file.getFileName().toString();
    // records are located by the file as the caller names it (the command line: relative to its working directory)
    this.located = file.normalize().toString().replace(java.io.File.separatorChar, '/');
    this.pack = pack;
    this.ignoreUnknownFields = ignoreUnknownFields;
    try (Walk first = new Walk(file, limits)) {
      while (first.next() != null) {
        // the first pass only looks for problems of the whole file
      }
      this.problems = first.problems;
    }
    this.walk = new Walk(file, limits);
  }

  /**
   * Opens a facts file for reading its records in order. A field the file format does not know is an error on its
   * record (a misspelt name would drop a fact), unless {@code ignoreUnknownFields}; {@code limits} bound the length
   * of its texts and names and how deep it nests.
   */
  static FactsFile open(Path file, PolicyPack pack, boolean ignoreUnknownFields, ReadLimits limits)
      throws IOException {
    return new FactsFile(file, pack, ignoreUnknownFields, limits);
  }

  /** Whether the file is a facts file: JSON whose first token opens an array (GeoJSON is an object). */
  static boolean looksLikeFacts(Path file) throws IOException {
    if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
      return c == '[';
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  private Item readNext() {
    Entry e;
    try {
      e = walk.next();
    } catch (IOException ex) {
      String m = String.valueOf(ex.getMessage());
      throw new UncheckedIOException(m.startsWith(name) ? m : name + ": " + m, ex);
    }
    if (e == null) {
      return null;
    }
    long record = e.number();
    String locator = located + "#" + record;
    ParcelRecords.Mapped mapped = ParcelRecords.mapNamed(e.values(), locator, pack, ignoreUnknownFields);
    String id = mapped.id();
    ImmutableList.Builder<RecordError> errors = ImmutableList.builder();
    problems.forEach(p -> errors.add(RecordError.of(RecordError.Code.UNREADABLE, id, "file", p.name(),
        p.arguments())));
    e.problem().ifPresent(p -> errors.add(RecordError.of(RecordError.Code.MALFORMED_VALUE, id, e.field(), p.name(),
        ImmutableList.<String>builder().add(locator).addAll(p.arguments()).build())));
    ImmutableList<RecordError> found = errors.build();
    if (!found.isEmpty()) {
      return Item.ofErrors(record - 1, id, locator, found).withPlace(mapped.parkId(), mapped.districtId());
    }
    if (mapped.parcel().isPresent()) {
      return Item.ofFacts(record - 1, locator, mapped.parcel().get());
    }
    return Item.ofErrors(record - 1, id, locator, ImmutableList.copyOf(mapped.errors()))
        .withPlace(mapped.parkId(), mapped.districtId());
  }

  @Override
  public void close() throws IOException {
    walk.close();
  }

  /**
   * A problem told by a template: its name after the code's ({@code factsTwoValues} of {@code UNREADABLE}) and its
   * arguments (for a record's problem, those after the record's locator, which comes first).
   */
  private record Told(String name, List<String> arguments) {
    Told(String name, String... arguments) {
      this(name, List.of(arguments));
    }
  }

  /**
   * A record of the file: its values (those read before it failed, if it did), and why it cannot be read, filed under
   * {@code field}.
   */
  private record Entry(long number, Map<String, Object> values, String field, Optional<Told> problem) {}

  /**
   * The records of a facts file, in order: the objects of its top-level array, and of any JSON value after it, read
   * on past a record that cannot be read; {@link #problems} gathers what is wrong with the file as a whole.
   */
  private final class Walk implements Closeable {
    private final JsonStream stream;
    private final List<Told> problems = new ArrayList<>();
    private boolean inArray;
    /** Why the file cannot be read past where the walk stopped, once it did. */
    private String stuck;
    private long values;
    private long number;

    Walk(Path file, ReadLimits limits) throws IOException {
      this.stream = new JsonStream(file, limits.maxJsonDepth(), limits.maxStringLength());
      try {
        Token first = stream.nextToken();
        if (first != Token.START_ARRAY) {
          throw new IOException(name + ": a facts file must be a JSON array of parcel objects");
        }
      } catch (IOException e) {
        stream.close();
        throw e instanceof BadJsonException bad
            ? new IOException(name + ": a facts file must be a JSON array of parcel objects: "
                + JsonStream.describe(bad), e) : e;
      }
      values = 1;
      inArray = true;
    }

    /**
     * The next record, or null after the last.
     *
     * @throws IOException naming the file and where if it cannot be read past the last record returned
     */
    Entry next() throws IOException {
      while (true) {
        if (stuck != null) {
          throw new IOException(name + " " + stuck);
        }
        Token t;
        try {
          t = stream.nextToken();
        } catch (BadJsonException e) {
          long at = stream.offset();
          if (inArray) {
            stop("cannot be read past record " + number + " (line " + stream.lineOf(at) + "): "
                + JsonStream.describe(e));
            continue;
          }
          // not JSON after the array (a stray comma or bracket): reported, and any object or array after it read
          JsonStream.Failure f = e.failure();
          problem("factsAfterArray." + f.kind(), String.valueOf(stream.lineOf(at)), f.detail());
          long next = stream.nextContainer(at);
          if (next < 0) {
            return null;
          }
          stream.resumeAt(next, "");
          continue;
        }
        if (t == Token.NONE) {
          if (inArray) {
            stop("ends inside its array, after record " + number);
            continue;
          }
          return null;
        }
        if (inArray && t == Token.END_ARRAY) {
          inArray = false;
          continue;
        }
        if (!inArray && ++values == 2) {
          problem("factsTwoValues", String.valueOf(stream.lineOf(stream.tokenOffset())));
        }
        if (!inArray && t == Token.START_ARRAY) {
          inArray = true;
          continue;
        }
        return record(t, inArray ? "[" : "");
      }
    }

    /** The record the parser is at, {@code prefix} the containers it is in. */
    private Entry record(Token t, String prefix) throws IOException {
      number++;
      long start = stream.tokenOffset();
      Map<String, Object> read = new LinkedHashMap<>();
      try {
        if (t != Token.START_OBJECT) {
          stream.skipChildren();
          // the token's name for the English (as it always said), a plain word for the Chinese
          return new Entry(number, Map.of(), "(record)",
              Optional.of(new Told("factsNotObject", t.toString(), t.described("zh"))));
        }
        stream.readObject(read);
        return new Entry(number, read, "(record)", Optional.empty());
      } catch (BadJsonException e) {
        String field = failedIn(e, prefix.length() + 1);
        long line = stream.lineOf(start);
        stream.resumeAfter(start, prefix).ifPresent(why -> stop("cannot be read past record " + number + " (line "
            + line + "): " + JsonStream.describe(e) + ", and " + why));
        JsonStream.Failure f = e.failure();
        return new Entry(number, read, field, Optional.of(new Told("factsRecord." + f.kind(), String.valueOf(number),
            String.valueOf(line), f.detail())));
      }
    }

    /** The key of the record (at nesting depth {@code depth}) a failure is in, or {@code (record)}. */
    private String failedIn(BadJsonException e, int depth) {
      Optional<String> key = e.failure().nameTooLong() ? Optional.empty() : stream.memberAt(depth);
      return key.map(k -> ParcelField.byName(k).map(ParcelField::fieldName).orElse(k)).orElse("(record)");
    }

    /** A problem of the whole file, told by the template {@code UNREADABLE.template} with the file's name first. */
    private void problem(String template, String... arguments) {
      List<String> told = new ArrayList<>(List.of(name));
      told.addAll(List.of(arguments));
      problems.add(new Told(template, told));
    }

    /** Stops the walk: the file cannot be read past here, which the next call of {@link #next} throws. */
    private void stop(String p) {
      stuck = p;
    }

    @Override
    public void close() throws IOException {
      stream.close();
    }
  }
}
