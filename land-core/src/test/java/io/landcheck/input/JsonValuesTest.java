package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON records read token by token")
class JsonValuesTest {

  private static Map<String, Object> read(String json) throws IOException {
    try (JsonParser p = JsonStream.factory(100, 10_000).createParser(json)) {
      p.nextToken();
      return JsonValues.readObject(p);
    }
  }

  @Test
  @DisplayName("a key given twice is a bad value naming both values, not the last one read")
  void keyGivenTwice() throws IOException {
    assertThat(read("{\"park_id\": \"园区甲\", \"park_id\": \"园区乙\", \"x\": 1}").get("park_id"))
        .isEqualTo(BadValue.of("twiceInObject", List.of("'园区甲'", "'园区甲'", "'园区乙'", "'园区乙'")));
  }

  @Test
  @DisplayName("a key given twice whose first value has a key twice inside says so in English and in Chinese")
  void keyGivenTwiceAfterABadValue() throws IOException {
    BadValue bad = (BadValue) read("{\"m\": {\"a\": 1, \"a\": 2}, \"m\": 3}").get("m");

    assertThat(bad.name()).isEqualTo("twiceInObject");
    assertThat(bad.arguments()).containsExactly("a value given twice inside", "一个内部有键重复的值", "'3'", "'3'");
  }

  @Test
  @DisplayName("a key given twice inside a nested mapping makes the whole value bad")
  void nestedKeyGivenTwice() throws IOException {
    assertThat(read("{\"floor_areas_m2\": {\"生产\": 1, \"生产\": 2}}").get("floor_areas_m2"))
        .isEqualTo(BadValue.of("keyTwiceInside", List.of("'生产'")));
  }

  @Test
  @DisplayName("numbers are read exactly as written: whole numbers as integers however large, others as decimals")
  void exactNumbers() throws IOException {
    assertThat(read("{\"a\": 20, \"b\": 18446744073709551617, \"c\": 2.50, \"d\": 1e400}"))
        .containsEntry("a", 20L).containsEntry("b", new BigInteger("18446744073709551617"))
        .containsEntry("c", new BigDecimal("2.50")).containsEntry("d", new BigDecimal("1e400"));
  }

  @Test
  @DisplayName("nested mappings and lists are read as maps and lists, in order")
  void nested() throws IOException {
    assertThat(read("{\"m\": {\"生产\": 18000, \"l\": [1, \"two\", null, true]}}"))
        .containsEntry("m", Map.of("生产", 18000L, "l", java.util.Arrays.asList(1L, "two", null, true)));
  }

  @Test
  @DisplayName("a JSON tree gives the same raw values: integers, big integers, decimals, text, yes/no, maps, lists")
  void tree() throws IOException {
    Object raw = JsonValues.of(new ObjectMapper().readTree(
        "{\"a\": 20, \"b\": 18446744073709551617, \"c\": 2.5, \"d\": \"x\", \"e\": true, \"f\": [1, {\"g\": false}]}"));
    assertThat(raw).isEqualTo(Map.of("a", 20L, "b", new BigInteger("18446744073709551617"), "c", new BigDecimal("2.5"),
        "d", "x", "e", true, "f", java.util.List.of(1L, Map.of("g", false))));
  }

  @Test
  @DisplayName("a JSON null, a missing member and no node at all are no value")
  void treeNulls() throws IOException {
    assertThat(JsonValues.of(new ObjectMapper().readTree("null"))).isNull();
    assertThat(JsonValues.of(MissingNode.getInstance())).isNull();
    assertThat(JsonValues.of(null)).isNull();
  }

  @Test
  @DisplayName("an object written as text is read as one read from a file: a decimal exactly as written, a key given"
      + " twice bad")
  void objectFromText() throws IOException {
    Map<String, Object> read = JsonValues.readObject("{\"far\": 2.50, \"id\": \"a\", \"id\": \"b\"}");
    assertThat(read.get("far")).isEqualTo(new BigDecimal("2.50"));
    assertThat(read.get("id")).isEqualTo(BadValue.of("twiceInObject", List.of("'a'", "'a'", "'b'", "'b'")));
  }

  @Test
  @DisplayName("a text that is not a JSON object is refused")
  void textNotAnObject() {
    assertThatThrownBy(() -> JsonValues.readObject("[1]"))
        .isInstanceOf(IOException.class).hasMessageContaining("not a JSON object");
  }
}
