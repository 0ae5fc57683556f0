package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.landcheck.input.JsonStream.BadJsonException;
import io.landcheck.input.JsonStream.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The token cursor the JSON readers walk a file with (GeoJSON features and geometries, facts-file records): tokens,
 * member names, texts and numbers, skipping a value, and a failure as facts, all without Jackson's types.
 */
@DisplayName("A JSON file walked token by token")
class JsonStreamTokensTest {

  @TempDir Path dir;

  /** A stream of {@code json} whose texts and names have at most 10 characters and which nests at most 5 deep. */
  private JsonStream stream(String json) throws IOException {
    Path f = dir.resolve("in.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return new JsonStream(f, 5, 10);
  }

  @Test
  @DisplayName("every kind of token is read in order, NONE before the first and after the last")
  void tokens() throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (JsonStream s = stream("{\"a\": [\"x\", 1, 2.5, true, false, null]}")) {
      assertThat(s.currentToken()).isEqualTo(Token.NONE);
      for (Token t = s.nextToken(); t != Token.NONE; t = s.nextToken()) {
        tokens.add(t);
      }
      assertThat(s.nextToken()).isEqualTo(Token.NONE);
    }

    assertThat(tokens).containsExactly(Token.START_OBJECT, Token.FIELD_NAME, Token.START_ARRAY, Token.VALUE_STRING,
        Token.VALUE_NUMBER_INT, Token.VALUE_NUMBER_FLOAT, Token.VALUE_TRUE, Token.VALUE_FALSE, Token.VALUE_NULL,
        Token.END_ARRAY, Token.END_OBJECT);
  }

  @Test
  @DisplayName("a member's name at its name and at its value, a text as it is, a number as written and as a double")
  void namesTextsNumbers() throws IOException {
    try (JsonStream s = stream("{\"x\": \"中文\", \"y\": 121.5e1}")) {
      s.nextToken();
      assertThat(s.nextToken()).isEqualTo(Token.FIELD_NAME);
      assertThat(s.currentName()).isEqualTo("x");
      s.nextToken();
      assertThat(s.currentName()).isEqualTo("x");
      assertThat(s.text()).isEqualTo("中文");
      s.nextToken();
      assertThat(s.nextToken()).isEqualTo(Token.VALUE_NUMBER_FLOAT);
      assertThat(s.text()).isEqualTo("121.5e1");
      assertThat(s.doubleValue()).isEqualTo(1215.0);
    }
  }

  @Test
  @DisplayName("skipping an object goes to its end; skipping a scalar stays where it is")
  void skip() throws IOException {
    try (JsonStream s = stream("[{\"a\": {\"b\": [1, 2]}}, 7, {}]")) {
      s.nextToken();
      s.nextToken();
      s.skipChildren();
      assertThat(s.currentToken()).isEqualTo(Token.END_OBJECT);
      assertThat(s.nextToken()).isEqualTo(Token.VALUE_NUMBER_INT);
      s.skipChildren();
      assertThat(s.text()).isEqualTo("7");
      assertThat(s.nextToken()).isEqualTo(Token.START_OBJECT);
    }
  }

  @Test
  @DisplayName("texts, numbers, true, false and null are scalar values; brackets, names and NONE are not")
  void scalars() {
    assertThat(List.of(Token.VALUE_STRING, Token.VALUE_NUMBER_INT, Token.VALUE_NUMBER_FLOAT, Token.VALUE_TRUE,
        Token.VALUE_FALSE, Token.VALUE_NULL)).allMatch(Token::isScalarValue);
    assertThat(List.of(Token.START_OBJECT, Token.END_OBJECT, Token.START_ARRAY, Token.END_ARRAY, Token.FIELD_NAME,
        Token.NONE)).noneMatch(Token::isScalarValue);
  }

  @Test
  @DisplayName("a text past its limit is a BadJsonException whose failure names the kind and the limit")
  void textTooLong() throws IOException {
    try (JsonStream s = stream("[\"" + "x".repeat(11) + "\"]")) {
      s.nextToken();
      s.nextToken();
      assertThatThrownBy(s::text).isInstanceOfSatisfying(BadJsonException.class,
          e -> assertThat(e.failure()).isEqualTo(new JsonStream.Failure("textTooLong", "10")));
    }
  }

  @Test
  @DisplayName("a member name past its limit is told apart from the member's value: the member is not at fault")
  void nameTooLong() throws IOException {
    try (JsonStream s = stream("{\"" + "k".repeat(11) + "\": 1}")) {
      s.nextToken();
      BadJsonException e = (BadJsonException) catchThrowable(s::nextToken);

      assertThat(e.failure().kind()).isEqualTo("nameTooLong");
      assertThat(e.failure().nameTooLong()).isTrue();
    }
  }

  @Test
  @DisplayName("text that is not JSON is a BadJsonException described in plain words, as Jackson's message was")
  void notJson() throws IOException {
    try (JsonStream s = stream("[1 }")) {
      s.nextToken();
      s.nextToken();
      BadJsonException e = (BadJsonException) catchThrowable(s::nextToken);

      assertThat(e.failure().kind()).isEqualTo("notJson");
      assertThat(JsonStream.describe(e)).isEqualTo("not valid JSON: Unexpected close marker '}': expected ']'");
    }
  }

  @Test
  @DisplayName("asking a member's name where the cursor is at no member is a programmer's error")
  void noName() throws IOException {
    try (JsonStream s = stream("[1]")) {
      s.nextToken();
      assertThatThrownBy(s::currentName).isInstanceOf(IllegalStateException.class).hasMessageContaining("START_ARRAY");
    }
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', value = {
      "START_ARRAY|数组|an array", "START_OBJECT|对象|an object", "VALUE_STRING|文本|a text",
      "VALUE_NUMBER_INT|数字|a number", "VALUE_NUMBER_FLOAT|数字|a number", "VALUE_TRUE|true 或 false|true or false",
      "VALUE_FALSE|true 或 false|true or false", "VALUE_NULL|null|null", "END_ARRAY|END_ARRAY|END_ARRAY",
      "FIELD_NAME|FIELD_NAME|FIELD_NAME"})
  @DisplayName("a token says what value it starts in Chinese and in English words, by hand for each")
  void describedInWords(Token token, String zh, String en) {
    assertThat(token.described("zh")).isEqualTo(zh);
    assertThat(token.described("en")).isEqualTo(en);
  }
}
