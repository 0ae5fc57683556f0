package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem of a GeoJSON file as a whole (two FeatureCollections joined with cat, a second features member, a member
 * that cannot be read, content after the FeatureCollection that is not JSON) is an error on every record, named
 * {@code file}, told in the report's language. The expected words are the templates' (RecordMessages_zh/en) with the
 * file's lines counted by hand.
 */
@DisplayName("A GeoJSON file's own problems are told in Chinese under zh and in English under en")
class GeoJsonFileMessagesTest {

  private static final List<String> PARCELS = GeoJsonText.features("parcels");

  @TempDir Path dir;

  private List<SourceRecord> read(String parcels) {
    return Fixtures.read(GeoJsonText.park(dir, Map.of("parcels", parcels)), ReadOptions.defaults());
  }

  /** The one error of the first parcel, which must be P-001's. */
  private static RecordError firstError(List<SourceRecord> records) {
    assertThat(records.get(0).id()).isEqualTo("P-001");
    assertThat(records.get(0).errors()).hasSize(1);
    return records.get(0).errors().get(0);
  }

  @Test
  @DisplayName("two parcels files joined with cat: 含有不止一个 JSON 值 in Chinese, the same facts in English")
  void joinedWithCat() {
    String text = GeoJsonText.collection(PARCELS.subList(0, 2)) + GeoJsonText.collection(PARCELS.subList(2, 4));

    RecordError e = firstError(read(text));

    assertThat(e.field()).isEqualTo("file");
    assertThat(e.message("zh")).isEqualTo("parcels.geojson 含有不止一个 JSON 值：第 9 行开始了另一个（是否用 cat 拼接了两个"
        + "文件？）；一个 GeoJSON 文件应为一个 FeatureCollection：请合并这些文件，如 ogrmerge.py -single -o parcels.geojson "
        + "a.geojson b.geojson");
    assertThat(e.message("en")).isEqualTo("parcels.geojson holds more than one JSON value: another begins on line 9 "
        + "(two files joined with cat?); a GeoJSON file is one FeatureCollection: merge the files, e.g. ogrmerge.py "
        + "-single -o parcels.geojson a.geojson b.geojson");
  }

  @Test
  @DisplayName("a second features member: 第二个 \"features\" 成员 in Chinese, on the line it starts")
  void featuresTwice() {
    String text = GeoJsonText.collection(PARCELS.subList(0, 2)).replace("\n]\n}\n",
        "\n],\n\"features\": [\n" + String.join(",\n", PARCELS.subList(2, 4)) + "\n]\n}\n");

    RecordError e = firstError(read(text));

    assertThat(e.field()).isEqualTo("file");
    assertThat(e.message("zh")).isEqualTo("parcels.geojson 的一个 FeatureCollection 中有第二个 \"features\" 成员，在第 8 "
        + "行；一个 FeatureCollection 只有一个 features 数组：请把所有要素放入其中");
    assertThat(e.message("en")).startsWith("parcels.geojson has a second \"features\" member in one "
        + "FeatureCollection, on line 8;");
  }

  @Test
  @DisplayName("a member nested past maxJsonDepth: the member, its line and the limit in Chinese")
  void memberTooDeep() {
    String text = GeoJsonText.collection(PARCELS).replaceFirst("\n", "\n\"bbox\": " + "[".repeat(101)
        + "]".repeat(101) + ",\n");

    RecordError e = firstError(read(text));

    assertThat(e.field()).isEqualTo("file");
    assertThat(e.message("zh")).isEqualTo("parcels.geojson 的成员 \"bbox\"（第 2 行）无法读取：对象与数组的嵌套深于一个 "
        + "JSON 文档可有的 100 层（限度 maxJsonDepth = 100）");
    assertThat(e.message("en")).isEqualTo("parcels.geojson member \"bbox\" (line 2) cannot be read: objects and "
        + "arrays nest deeper than the 100 levels a JSON document may have (limit maxJsonDepth = 100)");
  }

  @Test
  @DisplayName("a stray bracket after the FeatureCollection: the Chinese sentence keeps the JSON parser's English words")
  void strayBracket() {
    String text = GeoJsonText.collection(PARCELS.subList(0, 3)) + "],\n" + GeoJsonText.collection(PARCELS.subList(3, 4));

    List<SourceRecord> records = read(text);

    // the second FeatureCollection after it is an error of its own, after this one
    RecordError e = records.get(0).errors().get(0);
    assertThat(e.field()).isEqualTo("file");
    assertThat(e.message("zh")).startsWith("parcels.geojson 的 FeatureCollection 之后有不是 JSON 的内容，在第 10 行：不是有效的 "
        + "JSON：Unexpected close marker ']'");
    assertThat(e.message("en")).startsWith("parcels.geojson has content after its FeatureCollection that is not JSON, "
        + "on line 10: not valid JSON: Unexpected close marker ']'");
  }
}
