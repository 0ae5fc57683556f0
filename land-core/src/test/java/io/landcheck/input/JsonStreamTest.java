package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.InputStream;
import java.nio.channels.ClosedChannelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A JSON file read past the values it cannot read")
class JsonStreamTest {

  private static final JsonFactory SMALL = JsonStream.factory(10, 50);

  @TempDir Path dir;

  private Path file(String json) throws IOException {
    Path f = dir.resolve("in.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  /** The entries of the top-level array: each object's "id", or the problem that kept it from being read. */
  private List<String> entries(String json) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonStream s = new JsonStream(file(json), SMALL)) {
      s.parser().nextToken();
      while (true) {
        JsonToken t = s.parser().nextToken();
        if (t == JsonToken.END_ARRAY || t == null) {
          return out;
        }
        long start = s.tokenOffset();
        try {
          Map<String, Object> m = JsonValues.readObject(s.parser());
          out.add(String.valueOf(m.get("id")));
        } catch (JsonProcessingException e) {
          out.add(JsonStream.describe(e));
          Optional<String> stuck = s.resumeAfter(start, "[");
          if (stuck.isPresent()) {
            out.add("stuck: " + stuck.get());
            return out;
          }
        }
      }
    }
  }

  @Test
  @DisplayName("a text longer than the limit spoils its own record only; the next one is read")
  void longText() throws IOException {
    assertThat(entries("[{\"id\": \"a\"}, {\"id\": \"" + "x".repeat(200) + "\"}, {\"id\": \"c\"}]"))
        .containsExactly("a", "a text is longer than the 50 characters a text may have (limit maxStringLength = 50)",
            "c");
  }

  @Test
  @DisplayName("a member name longer than the limit spoils its own record only")
  void longName() throws IOException {
    assertThat(entries("[{\"" + "k".repeat(100) + "\": 1}, {\"id\": \"b\"}]")).hasSize(2).endsWith("b")
        .first().asString().startsWith("a member name is longer than the 50 characters");
  }

  @Test
  @DisplayName("a record nested deeper than the limit spoils its own record only, however deep it goes")
  void deepRecord() throws IOException {
    assertThat(entries("[{\"id\": " + "[".repeat(5000) + "]".repeat(5000) + "}, {\"id\": \"b\"}]")).hasSize(2)
        .endsWith("b").first().asString().contains("nest deeper than the 10 levels", "maxJsonDepth = 10");
  }

  @Test
  @DisplayName("a record that is not valid JSON inside, its brackets whole, spoils itself only")
  void brokenInside() throws IOException {
    assertThat(entries("[{\"id\": \"a\" \"x\": 1}, {\"id\": \"b\"}]")).hasSize(2).endsWith("b")
        .first().asString().startsWith("not valid JSON: Unexpected character");
  }

  @Test
  @DisplayName("a record whose brackets do not match cannot be gone past, and says so")
  void bracketsDoNotMatch() throws IOException {
    assertThat(entries("[{\"id\": [1, 2}, {\"id\": \"b\"}]")).last().asString()
        .startsWith("stuck: its brackets do not match");
  }

  @Test
  @DisplayName("a record the file ends inside cannot be gone past, and says so")
  void endsInside() throws IOException {
    assertThat(entries("[{\"id\": \"a\"}, {\"id\": \"" + "x".repeat(200))).last()
        .isEqualTo("stuck: the file ends inside it");
  }

  @Test
  @DisplayName("a bracket inside a text is not taken for the end of the record")
  void bracketInText() throws IOException {
    assertThat(entries("[{\"id\": \"}]\\\"" + "x".repeat(100) + "\"}, {\"id\": \"b\"}]")).hasSize(2).endsWith("b");
  }

  @Test
  @DisplayName("a limit Jackson enforces is described in plain words, without Jackson's source description")
  void describedPlainly() throws IOException {
    try (JsonParser p = SMALL.createParser("[" + "[".repeat(20))) {
      JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> {
        while (p.nextToken() != null) {
          // reading until it fails
        }
      });
      assertThat(JsonStream.describe(e)).doesNotContain("StreamReadConstraints", "Source");
    }
  }

  /** The stream after its first token, the '[' of {@code json}. */
  private JsonStream inArray(String json) throws IOException {
    JsonStream s = new JsonStream(file(json), SMALL);
    s.parser().nextToken();
    return s;
  }

  //                                          0         1         2
  //                                          0123456789012345678901234567 8
  private static final String MIXED = "[\"abc\", 12, {\"a\": [1]}, true]";

  @Test
  @DisplayName("goes past a text to the comma after it and reads on at the next value")
  void pastText() throws IOException {
    try (JsonStream s = inArray(MIXED)) {
      assertThat(s.resumeAfter(1, "[")).isEmpty();
      assertThat(s.lastValueEnd()).isEqualTo(6);
      assertThat(s.parser().nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(s.tokenOffset()).isEqualTo(8);
    }
  }

  @Test
  @DisplayName("goes past a number, which ends at the comma after it")
  void pastNumber() throws IOException {
    try (JsonStream s = inArray(MIXED)) {
      assertThat(s.resumeAfter(8, "[")).isEmpty();
      assertThat(s.lastValueEnd()).isEqualTo(10);
      assertThat(s.parser().nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(s.tokenOffset()).isEqualTo(12);
    }
  }

  @Test
  @DisplayName("goes past an object holding an array, to the value after it")
  void pastObject() throws IOException {
    try (JsonStream s = inArray(MIXED)) {
      assertThat(s.resumeAfter(12, "[")).isEmpty();
      assertThat(s.lastValueEnd()).isEqualTo(22);
      assertThat(s.parser().nextToken()).isEqualTo(JsonToken.VALUE_TRUE);
      assertThat(s.tokenOffset()).isEqualTo(24);
    }
  }

  @Test
  @DisplayName("goes past the last value of an array to the array's end")
  void pastLast() throws IOException {
    try (JsonStream s = inArray(MIXED)) {
      assertThat(s.resumeAfter(24, "[")).isEmpty();
      assertThat(s.lastValueEnd()).isEqualTo(28);
      assertThat(s.parser().nextToken()).isEqualTo(JsonToken.END_ARRAY);
    }
  }

  @Test
  @DisplayName("goes past a value that ends the file, with nothing after it")
  void pastValueAtEnd() throws IOException {
    try (JsonStream s = new JsonStream(file("{\"a\": 1}"), SMALL)) {
      assertThat(s.resumeAfter(0, "")).isEmpty();
      assertThat(s.lastValueEnd()).isEqualTo(8);
      assertThat(s.parser().nextToken()).isNull();
    }
  }

  @Test
  @DisplayName("goes past a number the file ends with")
  void pastNumberAtEnd() throws IOException {
    try (JsonStream s = new JsonStream(file("[1, 23"), SMALL)) {
      assertThat(s.resumeAfter(4, "[")).isEmpty();
      assertThat(s.lastValueEnd()).isEqualTo(6);
    }
  }

  @ParameterizedTest(name = "character {0}")
  @ValueSource(chars = {',', ']', '}', ' ', '\t', '\r', '\n'})
  @DisplayName("ends a number at a comma, a closing bracket or white space")
  void numberEnds(char after) throws IOException {
    try (JsonStream s = new JsonStream(file("12" + after + " 3"), SMALL)) {
      assertThat(s.resumeAfter(0, "")).isEmpty();
      assertThat(s.lastValueEnd()).isEqualTo(2);
    }
  }

  @Test
  @DisplayName("says where no value starts, at a comma, and leaves the parser as it was")
  void noValueAtComma() throws IOException {
    try (JsonStream s = inArray(MIXED)) {
      JsonParser before = s.parser();
      assertThat(s.resumeAfter(6, "[")).contains("it does not start a value");
      assertThat(s.parser()).isSameAs(before);
      assertThat(s.lastValueEnd()).isEqualTo(-1);
    }
  }

  @Test
  @DisplayName("tells objects from arrays at every level when going past a record")
  void objectsAndArraysAtOneLevel() throws IOException {
    assertThat(entries("[{\"id\": {\"x\": {\"y\": 1}}, \"l\": [{\"z\": 2}, [3]], \"t\": \"" + "x".repeat(100)
        + "\"}, {\"id\": \"b\"}]")).hasSize(2).endsWith("b");
  }

  @Test
  @DisplayName("goes past a record nested 2,000 levels deep, deeper than the scan first makes room for")
  void veryDeepRecord() throws IOException {
    String deep = "{\"a\": ".repeat(2000) + "1" + "}".repeat(2000);
    assertThat(entries("[" + deep + ", {\"id\": \"b\"}]")).hasSize(2).endsWith("b");
  }

  @Test
  @DisplayName("goes past a record longer than one 64 KiB read of the file")
  void longRecord() throws IOException {
    assertThat(entries("[{\"id\": \"" + "x".repeat(70_000) + "\", \"n\": [1]}, {\"id\": \"b\"}]")).hasSize(2)
        .endsWith("b");
  }

  @Test
  @DisplayName("says which bracket does not match and on which line")
  void mismatchLine() throws IOException {
    assertThat(entries("[{\"id\": \"a\"},\n{\"id\": [1,\n2}, {\"id\": \"b\"}]")).last()
        .isEqualTo("stuck: its brackets do not match (a '}' closes an array, line 3)");
  }

  @Test
  @DisplayName("says when a ']' closes an object")
  void mismatchArrayClosesObject() throws IOException {
    assertThat(entries("[{\"id\": {\"x\": 1]}, {\"id\": \"b\"}]")).last()
        .isEqualTo("stuck: its brackets do not match (a ']' closes an object, line 1)");
  }

  @Test
  @DisplayName("reads on at a file offset with a prefix, its next token the one at that offset")
  void resumeAtOffset() throws IOException {
    try (JsonStream s = inArray("[{\"id\": \"a\"}, {\"id\": \"b\"}]")) {
      s.resumeAt(14, "[");
      assertThat(s.parser().nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(s.tokenOffset()).isEqualTo(14);
      assertThat(JsonValues.readObject(s.parser())).containsEntry("id", "b");
    }
  }

  @Test
  @DisplayName("closes the parser it replaces when it reads on")
  void closesOldParser() throws IOException {
    try (JsonStream s = inArray("[1, 2]")) {
      JsonParser old = s.parser();
      s.resumeAt(4, "[");
      assertThat(old.isClosed()).isTrue();
    }
  }

  @Test
  @DisplayName("is at the end of the file after the last token")
  void offsetAtEnd() throws IOException {
    try (JsonStream s = inArray("[1]")) {
      s.parser().nextToken();
      s.parser().nextToken();
      assertThat(s.offset()).isEqualTo(3);
    }
  }

  @Test
  @DisplayName("gives the bytes between two offsets")
  void range() throws IOException {
    try (JsonStream s = inArray("[{\"id\": 1}]"); InputStream in = s.range(1, 10)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": 1}");
    }
  }

  @Test
  @DisplayName("finds the next '{' or '[' from an offset, or none")
  void nextContainer() throws IOException {
    try (JsonStream s = inArray("[1] x , {\"a\": [2]}")) {
      assertThat(s.nextContainer(1)).isEqualTo(8);
      assertThat(s.nextContainer(9)).isEqualTo(14);
      assertThat(s.nextContainer(15)).isEqualTo(-1);
    }
  }

  @Test
  @DisplayName("finds a '[' past the first 64 KiB of the file")
  void nextContainerFar() throws IOException {
    try (JsonStream s = inArray("[1] " + " ".repeat(70_000) + "[")) {
      assertThat(s.nextContainer(3)).isEqualTo(70_004);
    }
  }

  @Test
  @DisplayName("counts lines onward and back")
  void lines() throws IOException {
    //                                 0 1 2 3 4 56 7
    try (JsonStream s = inArray("[1,\n2,\n\n3]")) {
      assertThat(s.lineOf(0)).isEqualTo(1);
      assertThat(s.lineOf(4)).isEqualTo(2);
      assertThat(s.lineOf(8)).isEqualTo(4);
      assertThat(s.lineOf(3)).isEqualTo(1);
      assertThat(s.lineOf(7)).isEqualTo(3);
    }
  }

  @Test
  @DisplayName("counts lines past the first 64 KiB of the file")
  void linesFar() throws IOException {
    try (JsonStream s = inArray("[" + "\n".repeat(70_000) + "1]")) {
      assertThat(s.lineOf(70_001)).isEqualTo(70_001);
    }
  }

  @Test
  @DisplayName("tells white space to the end of the file from content after an offset")
  void onlySpace() throws IOException {
    try (JsonStream s = inArray("[1] \t\r\n ")) {
      assertThat(s.onlySpaceAfter(3)).isTrue();
      assertThat(s.onlySpaceAfter(2)).isFalse();
    }
  }

  @Test
  @DisplayName("closes its parser and its file when closed")
  void closes() throws IOException {
    JsonStream s = inArray("[1]");
    JsonParser p = s.parser();
    s.close();
    assertThat(p.isClosed()).isTrue();
    assertThatThrownBy(() -> s.lineOf(2)).isInstanceOf(ClosedChannelException.class);
  }

  @Test
  @DisplayName("describes a number written with more than 1,000 characters in plain words")
  void longNumber() throws IOException {
    try (JsonParser p = SMALL.createParser("[" + "1".repeat(1001) + "]")) {
      JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> {
        while (p.nextToken() != null) {
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            p.getNumberValue();
          }
        }
      });
      assertThat(JsonStream.describe(e))
          .isEqualTo("a number is written with more than the 1,000 characters a number may have");
    }
  }

  @Test
  @DisplayName("describes a limit it has no words for in Jackson's")
  void otherLimit() {
    assertThat(JsonStream.describe(new StreamConstraintsException("Document length exceeds the maximum")))
        .isEqualTo("Document length exceeds the maximum");
  }

  @Test
  @DisplayName("describes brackets that do not match by the first line of Jackson's words, without where it started")
  void describesMismatch() throws IOException {
    try (JsonParser p = SMALL.createParser("[1, 2}")) {
      JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> {
        while (p.nextToken() != null) {
          // reading until it fails
        }
      });
      assertThat(JsonStream.describe(e)).isEqualTo("not valid JSON: Unexpected close marker '}': expected ']'");
    }
  }

  @Test
  @DisplayName("names the member of the object at a depth that the parser is inside")
  void memberAt() throws IOException {
    try (JsonParser p = SMALL.createParser("{\"a\": {\"b\": [1")) {
      for (int i = 0; i < 6; i++) {
        p.nextToken();
      }
      assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(JsonStream.memberAt(p, 1)).contains("a");
      assertThat(JsonStream.memberAt(p, 2)).contains("b");
      assertThat(JsonStream.memberAt(p, 3)).isEmpty();
      assertThat(JsonStream.memberAt(p, 4)).isEmpty();
    }
  }
}
