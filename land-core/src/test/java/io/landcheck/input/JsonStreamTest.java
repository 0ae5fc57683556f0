package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
}
