package io.landcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reads landcheck's main sources for the calls that tell a record's problem by an English text alone (which under
 * {@code --lang zh} shows as the code's Chinese words followed by that English text): {@code RecordError.of} with four
 * arguments, {@code error(RecordError.Code.X, field, message)} (Values), {@code new InvalidParcelException(code, id, field, problem)}
 * and {@code new Assembler.Problem(field, message)}. Each place that remains is listed here with the reason why its
 * text cannot be a template: mostly the text of a library's exception (JTS, sqlite, Jackson, the JDK), which is kept
 * in English as an argument. A new such call, or a listed one that is gone, fails the test.
 */
@DisplayName("Record errors are told by templates in both languages, except the places listed with their reasons")
class UntranslatedMessagesTest {

  /** The calls that tell a problem by a text, and how many arguments such a call has. */
  private static final Map<String, Integer> FREE_TEXT_CALLS = Map.of(
      "RecordError.of(", 4,
      "error(RecordError.Code.", 3,
      "new InvalidParcelException(", 4,
      "new Assembler.Problem(", 2);

  /** The places left, by file and the call's text (spaces collapsed), with the reason. */
  private static final Map<String, String> LEFT = new TreeMap<>(Map.ofEntries(
      Map.entry("land-core/src/main/java/io/landcheck/input/Values.java: RecordError.of(code, recordId, prefix + field, locator.isEmpty() ? message : locator + \": \" + message)",
          "fallback: Values.error with a text, for the places below"),
      Map.entry("land-core/src/main/java/io/landcheck/model/InvalidParcelException.java: RecordError.of(code, parcelId, field, problem)",
          "fallback: a parcel problem told only in English (a Java caller's own InvalidParcelException)"),
      Map.entry("land-core/src/main/java/io/landcheck/model/Parcel.java: new InvalidParcelException(RecordError.Code.INVALID_VALUE, name, nullField, \"was given as null; leave a fact that is not known out\")",
          "Java API only: a null or a refused component given by a Java caller, not by a file"),
      Map.entry("land-core/src/main/java/io/landcheck/model/Parcel.java: new InvalidParcelException(RecordError.Code.INVALID_VALUE, parcelId, field, e.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only"),
      Map.entry("land-core/src/main/java/io/landcheck/model/Parcel.java: new InvalidParcelException(RecordError.Code.INVALID_VALUE, parcelId, field, problem)",
          "Java API only: a null or a refused component given by a Java caller, not by a file"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/Assembler.java: RecordError.of(RecordError.Code.INVALID_GEOMETRY, id, \"buildings\", f.locator() + \": \" + e.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/Assembler.java: RecordError.of(RecordError.Code.INVALID_GEOMETRY, parcelId, \"buildings\", locators.get(e.getKey()) + \": \" + ex.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/Assembler.java: RecordError.of(RecordError.Code.UNREADABLE, id, field, message)",
          "fallback: a source problem told only by a text (Assembler.Problem without a template)"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/GeoJsonSource.java: new Assembler.Problem(\"crs\", file.get().getFileName() + \": \" + e.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/GeoJsonSource.java: new Assembler.Problem(\"crs\", parcelsFile.getFileName() + \": \" + e.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/GeoPackageSource.java: new Assembler.Problem(\"crs\", e.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/GeoPackageSource.java: new Assembler.Problem(layer.table, fileName + \": table \" + t.name() + \": \" + e.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only"),
      Map.entry("land-gis/src/main/java/io/landcheck/geo/io/ShapefileSource.java: new Assembler.Problem(\"crs\", base + \".shp: \" + e.getMessage())",
          "the text of a library's or the JDK's exception (JTS, sqlite, Proj4J, NIO), English only")));

  @Test
  @DisplayName("no record error is told by an English text alone, but in the places listed with their reasons")
  void onlyListedPlacesTellByText() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> root.relativize(p).toString().matches("[^/]+/src/main/java/.*"))
          .forEach(p -> found.addAll(freeTextCalls(root.relativize(p).toString(), read(p))));
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(LEFT.keySet());
  }

  @Test
  @DisplayName("the reading of calls tells a call with a text from one with a template")
  void readsCalls() {
    String source = "x(RecordError.of(Code.A, id, \"f\", \"a, (b\" + m));\n"
        + "y(RecordError.of(Code.A, id, \"f\", \"name\", List.of(a, b)));";

    assertThat(freeTextCalls("F.java", source))
        .containsExactly("F.java: RecordError.of(Code.A, id, \"f\", \"a, (b\" + m)");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The calls of {@link #FREE_TEXT_CALLS} in {@code source} with a text, as "file: call". */
  private static List<String> freeTextCalls(String file, String source) {
    List<String> out = new ArrayList<>();
    FREE_TEXT_CALLS.forEach((start, textArguments) -> {
      for (int at = source.indexOf(start); at >= 0; at = source.indexOf(start, at + 1)) {
        if (at > 0 && Character.isJavaIdentifierPart(source.charAt(at - 1))) {
          continue;
        }
        int open = source.indexOf('(', at);
        int end = closing(source, open);
        List<String> arguments = arguments(source.substring(open + 1, end));
        if (arguments.size() == textArguments && !source.startsWith("public", lineStart(source, at))) {
          String call = source.substring(at, end + 1);
          out.add(file + ": " + call.replaceAll("\\s+", " ").replace("( ", "("));
        }
      }
    });
    return out;
  }

  private static int lineStart(String source, int at) {
    int nl = source.lastIndexOf('\n', at) + 1;
    while (nl < at && source.charAt(nl) == ' ') {
      nl++;
    }
    return nl;
  }

  /** The index of the bracket that closes the one at {@code open}, skipping string and char literals. */
  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        i = literalEnd(s, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    throw new IllegalStateException("no closing bracket after " + open);
  }

  private static int literalEnd(String s, int start) {
    char quote = s.charAt(start);
    for (int i = start + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == quote) {
        return i;
      }
    }
    return s.length();
  }

  /** The top-level arguments of a call's argument text. */
  private static List<String> arguments(String inside) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '"' || c == '\'') {
        i = literalEnd(inside, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(inside.substring(from, i).strip());
        from = i + 1;
      }
    }
    if (!inside.isBlank()) {
      out.add(inside.substring(from).strip());
    }
    return out;
  }
}
