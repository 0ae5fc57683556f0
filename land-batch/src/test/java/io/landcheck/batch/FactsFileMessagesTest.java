package io.landcheck.batch;

import static io.landcheck.batch.FactsText.array;
import static io.landcheck.batch.FactsText.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A facts file's problems (a record that cannot be read, a record that is not an object, two files joined with cat,
 * content after the array that is not JSON) are told in the report's language, naming the record and the field. The
 * expected words are the templates' (RecordMessages_zh/en) with the file's lines counted by hand.
 */
@DisplayName("A facts file's problems are told in Chinese under zh and in English under en")
class FactsFileMessagesTest {

  @TempDir Path dir;

  private List<Item> read(String text) throws IOException {
    return FactsText.read(dir, text);
  }

  /** The one error of the record {@code id}. */
  private static RecordError errorOf(List<Item> items, String id) {
    Item item = items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    assertThat(item.errors()).hasSize(1);
    return item.errors().get(0);
  }

  @Test
  @DisplayName("a record nested past maxJsonDepth: record B, its field and the limit, in Chinese and in English")
  void recordTooDeep() throws IOException {
    List<Item> items = read(array(record("A", ""), record("B", "\"rooftop_green_m2\": " + "[".repeat(101)
        + "]".repeat(101) + ", "), record("C", "")));

    RecordError e = errorOf(items, "B");

    assertThat(e.field()).isEqualTo("rooftop_green_m2");
    assertThat(e.message("zh")).endsWith("facts.json#2：第 2 条记录（第 3 行）无法读取：对象与数组的嵌套深于一个 JSON 文档可有的 "
        + "100 层（限度 maxJsonDepth = 100）");
    assertThat(e.message("en")).endsWith("facts.json#2: record 2 (line 3) cannot be read: objects and arrays nest "
        + "deeper than the 100 levels a JSON document may have (limit maxJsonDepth = 100)");
  }

  @Test
  @DisplayName("a record that is a number, not an object: 应为 JSON 对象 in Chinese, naming the record by its place")
  void notAnObject() throws IOException {
    List<Item> items = read(array(record("A", ""), "42", record("C", "")));

    assertThat(items).hasSize(3);
    RecordError e = items.get(1).errors().get(0);
    assertThat(e.field()).isEqualTo("(record)");
    assertThat(e.message("zh")).endsWith("facts.json#2：应为 JSON 对象，实为数字");
    assertThat(e.message("en")).endsWith("facts.json#2: must be a JSON object, was VALUE_NUMBER_INT");
  }

  @ParameterizedTest(name = "{0} is told as {1}")
  @CsvSource(delimiter = '|', value = {
      "[1]|数组", "'\"A\"'|文本", "4.5|数字", "true|true 或 false", "false|true 或 false", "null|null"})
  @DisplayName("a record that is no object is told in Chinese by what it is, by hand for each kind of JSON value")
  void notAnObjectInChinese(String record, String inChinese) throws IOException {
    List<Item> items = read(array(record("A", ""), record, record("C", "")));

    assertThat(items.get(1).errors()).singleElement()
        .satisfies(e -> assertThat(e.message("zh")).endsWith("facts.json#2：应为 JSON 对象，实为" + inChinese));
  }

  @Test
  @DisplayName("two facts files joined with cat: 含有不止一个 JSON 值 on every record, field file")
  void joinedWithCat() throws IOException {
    List<Item> items = read(array(record("A", ""), record("B", "")) + array(record("C", "")));

    RecordError e = errorOf(items, "C");

    assertThat(e.field()).isEqualTo("file");
    assertThat(e.message("zh")).isEqualTo("facts.json 含有不止一个 JSON 值：第 5 行开始了另一个（是否用 cat 拼接了两个文件？）；"
        + "事实文件应为一个记录数组：请把这些文件合并为一个");
    assertThat(e.message("en")).isEqualTo("facts.json holds more than one JSON value: another begins on line 5 (two "
        + "files joined with cat?); a facts file is one array of records: merge the files into one");
  }

  @Test
  @DisplayName("a stray bracket after the array: the Chinese sentence keeps the JSON parser's English words")
  void strayBracket() throws IOException {
    List<Item> items = read(array(record("A", "")) + "],\n");

    RecordError e = errorOf(items, "A");

    assertThat(e.field()).isEqualTo("file");
    assertThat(e.message("zh")).startsWith("facts.json 的数组之后有不是 JSON 的内容，在第 4 行：不是有效的 JSON：Unexpected "
        + "close marker ']'");
    assertThat(e.message("en")).startsWith("facts.json has content after its array that is not JSON, on line 4: not "
        + "valid JSON: Unexpected close marker ']'");
  }
}
