package io.landcheck.geo.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.landcheck.input.JsonStream;
import io.landcheck.input.JsonStream.BadJsonException;
import io.landcheck.input.JsonStream.Token;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of a GeoJSON file's features arrays, in file order, read on past an entry that cannot be read (a text
 * or a nesting past {@link ReadLimits}, bad JSON inside it: see {@link JsonStream}), which becomes an entry of its
 * own saying why. Nothing in the file is passed over in silence: besides the first FeatureCollection's features, the
 * entries of a second {@code features} member, and of a second FeatureCollection after the first (two files joined
 * with {@code cat}), are read too, and each such thing is a {@link #problems() problem} of the whole file, as is
 * content after the FeatureCollection that is not JSON. A file that cannot be read past some point (it ends inside a
 * feature, its brackets do not match) cannot be read to its end: {@link #next} then throws an IOException saying
 * where, as a .dbf cut short does.
 */
final class GeoJsonFile implements Closeable {

  /** Reads one entry of a features array, the stream at its first token, to its last. */
  interface EntryReader<T> {
    T read(JsonStream s) throws IOException;
  }

  /**
   * An entry: what {@link EntryReader} made of it, or why it cannot be read.
   *
   * @param number its place in the file's features arrays, from 1
   * @param value what the reader made of it, if it could read it
   * @param field where it failed: the property whose value or name failed ({@code properties} if unknown), {@code
   *     geometry}, or {@code feature}
   * @param problem why it cannot be read: the JSON parser's failure, and the line the entry starts on
   * @param start where it starts in the file
   * @param end where it ends, for an entry that cannot be read (-1 if unknown)
   */
  record Entry<T>(long number, Optional<T> value, String field, Optional<Unreadable> problem, long start, long end) {

    /**
     * Why the entry cannot be read as record {@code locator}'s problem, filed under {@code field}: the template
     * {@code UNREADABLE.geojsonFeature.KIND} with the locator, the entry's number, its line and the failure's detail.
     */
    Optional<Assembler.Problem> problem(String locator, String field) {
      return problem.map(u -> Assembler.Problem.told(field, "geojsonFeature." + u.failure().kind(),
          List.of(locator, String.valueOf(number), String.valueOf(u.line()), u.failure().detail())));
    }
  }

  /** Why an entry cannot be read: the parser's failure in it, and the line it starts on. */
  record Unreadable(long line, JsonStream.Failure failure) {}

  /** Where the walk is: between top-level values, among a top-level object's members, in a features array. */
  private enum At { ROOT, MEMBERS, FEATURES, DONE }

  /** What a parser resumed inside a features array reads first, to be where it was. */
  private static final String IN_FEATURES = "{\"features\":[";

  private final String name;
  private final JsonStream stream;
  private final List<Assembler.Problem> problems = new ArrayList<>();
  private At at = At.ROOT;
  private long values;
  private int arraysInValue;
  private long arrays;
  private long number;
  private Optional<String> crs = Optional.empty();
  private boolean crsRead;
  /** Why the file cannot be read past where the walk stopped, once it did. */
  private String stuck;

  GeoJsonFile(Path file, ReadLimits limits) throws IOException {
    this.name = file.getFileName().toString();
    this.stream = new JsonStream(file, limits.maxJsonDepth(), limits.maxStringLength());
  }

  /** The problems of the whole file found so far, each told by a template naming the file (field {@code file}). */
  List<Assembler.Problem> problems() {
    return List.copyOf(problems);
  }

  /** The name in the first FeatureCollection's crs member, once the walk is past it. */
  Optional<String> crs() {
    return crs;
  }

  /** How many features arrays the walk has entered. */
  long featureArrays() {
    return arrays;
  }

  /**
   * The next entry, or null after the last.
   *
   * @throws IOException if the file is not a GeoJSON object at all, or cannot be read past the last entry returned
   *     (naming the file and where)
   */
  <T> Entry<T> next(EntryReader<T> reader) throws IOException {
    while (true) {
      if (stuck != null) {
        throw new IOException(name + " " + stuck);
      }
      switch (at) {
        case DONE:
          return null;
        case ROOT:
          root();
          break;
        case MEMBERS:
          member();
          break;
        case FEATURES:
          Token t;
          try {
            t = stream.nextToken();
          } catch (BadJsonException e) {
            stop("cannot be read past feature " + number + " (line " + stream.lineOf(stream.offset()) + "): "
                + JsonStream.describe(e));
            break;
          }
          if (t == Token.END_ARRAY) {
            at = At.MEMBERS;
            break;
          }
          if (t == Token.NONE) {
            stop("ends inside its features array, after feature " + number);
            break;
          }
          number++;
          long start = stream.tokenOffset();
          try {
            return new Entry<>(number, Optional.of(reader.read(stream)), "feature", Optional.empty(), start, -1);
          } catch (BadJsonException e) {
            String field = failedIn(e);
            Optional<String> noEnd = stream.resumeAfter(start, IN_FEATURES);
            noEnd.ifPresent(why -> stop("cannot be read past feature " + number + " (line " + lineOf(start)
                + "): " + JsonStream.describe(e) + ", and " + why));
            return new Entry<>(number, Optional.empty(), field, Optional.of(new Unreadable(lineOf(start), e.failure())),
                start, noEnd.isPresent() ? -1 : stream.lastValueEnd());
          }
        default:
          throw new AssertionError(at);
      }
    }
  }

  /** Between top-level values: the next one, a problem if it is not the first. */
  private void root() throws IOException {
    Token t;
    try {
      t = stream.nextToken();
    } catch (BadJsonException e) {
      if (values == 0) {
        throw new IOException(name + ": not a GeoJSON FeatureCollection: " + JsonStream.describe(e), e);
      }
      // not JSON after the FeatureCollection (a stray comma or bracket): reported, and any object or array after
      // it read, so that features in it are not lost
      long from = stream.offset();
      JsonStream.Failure f = e.failure();
      problem("geojsonAfter." + f.kind(), String.valueOf(stream.lineOf(from)), f.detail());
      long next = stream.nextContainer(from);
      if (next < 0) {
        at = At.DONE;
      } else {
        stream.resumeAt(next, "");
      }
      return;
    }
    if (t == Token.NONE) {
      at = At.DONE;
      return;
    }
    values++;
    if (values == 1 && t != Token.START_OBJECT) {
      throw new IOException(name + ": not a GeoJSON FeatureCollection");
    }
    if (values == 2) {
      problem("geojsonTwoValues", String.valueOf(lineOf(stream.tokenOffset())));
    }
    if (t == Token.START_OBJECT) {
      arraysInValue = 0;
      at = At.MEMBERS;
    } else {
      skip(stream.tokenOffset(), "");
    }
  }

  /** Among a top-level object's members: the next one, entering a features array. */
  private void member() throws IOException {
    Token t;
    String member;
    try {
      t = stream.nextToken();
      if (t == Token.END_OBJECT) {
        at = At.ROOT;
        return;
      }
      if (t != Token.FIELD_NAME) {
        stop("cannot be read past line " + stream.lineOf(stream.offset()) + ": not valid JSON");
        return;
      }
      member = stream.currentName();
      t = stream.nextToken();
    } catch (BadJsonException e) {
      stop("cannot be read past line " + stream.lineOf(stream.offset()) + ": " + JsonStream.describe(e));
      return;
    }
    long start = stream.tokenOffset();
    if (member.equals("features") && t == Token.START_ARRAY) {
      arrays++;
      if (++arraysInValue == 2) {
        problem("geojsonTwoFeatures", String.valueOf(lineOf(start)));
      }
      at = At.FEATURES;
      return;
    }
    try {
      if (member.equals("crs") && values == 1 && !crsRead && t == Token.START_OBJECT) {
        crsRead = true;
        Object name = ((Map<?, ?>) stream.readObject()).get("properties");
        if (name instanceof Map<?, ?> props && props.get("name") instanceof String n && !n.isBlank()) {
          crs = Optional.of(n);
        }
      } else {
        stream.skipChildren();
      }
    } catch (BadJsonException e) {
      JsonStream.Failure f = e.failure();
      problem("geojsonMember." + f.kind(), member, String.valueOf(lineOf(start)), f.detail());
      skip(start, "{");
    }
  }

  /**
   * The scalar values of an entry that could not be read whose properties have one of these names, read again from
   * its bytes with only the limits memory needs (a text is skipped, never held, unless it is one of these): what names
   * a feature whose parcel_id came after the text, name or nesting past the limit that spoiled it. Empty if the entry's
   * end is not known or it cannot be read this way either.
   */
  Map<String, Object> salvage(Entry<?> e, Set<String> names) {
    if (e.end() < 0 || names.isEmpty()) {
      return Map.of();
    }
    JsonFactory relaxed = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(RELAXED).maxStringLength(RELAXED).maxNameLength(RELAXED).build()).build();
    Map<String, Object> out = new HashMap<>();
    try (JsonParser p = relaxed.createParser(stream.range(e.start(), e.end()))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Map.of();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean properties = p.currentName().equals("properties");
        if (p.nextToken() != JsonToken.START_OBJECT || !properties) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String n = p.currentName();
          JsonToken v = p.nextToken();
          if (names.contains(n) && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
            out.put(n, v == JsonToken.VALUE_STRING ? p.getText() : p.getNumberValue());
          } else {
            p.skipChildren();
          }
        }
      }
    } catch (IOException | RuntimeException ex) {
      return Map.of(); // it cannot be read this way either: the entry is named by its place
    }
    return out;
  }

  /** The limits of {@link #salvage}: the characters of one name or salvaged text, and how deep it may nest. */
  private static final int RELAXED = 1 << 20;

  /** Goes past the value starting at {@code start}, or stops if it cannot. */
  private void skip(long start, String prefix) throws IOException {
    Optional<String> noEnd = stream.resumeAfter(start, prefix);
    noEnd.ifPresent(why -> stop("cannot be read past line " + lineOf(start) + ": " + why));
  }

  /** The field an entry failed in: the property (or {@code properties}), {@code geometry} or {@code feature}. */
  private String failedIn(BadJsonException e) {
    Optional<String> member = stream.memberAt(3);
    if (member.isEmpty()) {
      return "feature";
    }
    if (member.get().equals("properties")) {
      return e.failure().nameTooLong() ? "properties" : stream.memberAt(4).orElse("properties");
    }
    return member.get().equals("geometry") ? "geometry" : "feature";
  }

  private long lineOf(long offset) {
    try {
      return stream.lineOf(offset);
    } catch (IOException e) {
      return 0;
    }
  }

  /** A problem of the whole file, told by the template {@code UNREADABLE.template} with the file's name first. */
  private void problem(String template, String... arguments) {
    List<String> told = new ArrayList<>(List.of(name));
    told.addAll(List.of(arguments));
    problems.add(Assembler.Problem.told("file", template, told));
  }

  /** Stops the walk: the file cannot be read past here, which the next call of {@link #next} throws. */
  private void stop(String p) {
    stuck = p;
    at = At.DONE;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
