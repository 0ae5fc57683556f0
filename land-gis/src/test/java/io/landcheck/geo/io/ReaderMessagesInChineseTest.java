package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.input.BadValue;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems the GIS readers find in a record (a building placed on no parcel, a value a .dbf holds that cannot be
 * read, a geometry that cannot be read) are told in Chinese under {@code zh} and in English under {@code en}, from the
 * same facts, naming the record and the field.
 */
@DisplayName("A reader's problems with a record are told in Chinese under zh and in English under en")
class ReaderMessagesInChineseTest {

  @TempDir Path dir;

  @Test
  @DisplayName("building B-3, on no parcel of the by-location park, is told in both languages, with its storey")
  void unplacedBuilding() throws IOException {
    List<SourceRecord> records;
    try (ParcelSource source = ParcelSources.open(Path.of("src/test/resources/fixtures/by-location/park.gpkg"),
        ReadOptions.defaults().withBuildingAssignment(ReadOptions.BuildingAssignment.BY_LOCATION))) {
      records = source.records().toList();
    }

    SourceRecord b3 = records.get(2);
    String locator = b3.id();
    assertThat(locator).endsWith("park.gpkg:buildings#3");
    assertThat(b3.errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo(locator);
      assertThat(e.field()).isEqualTo("parcel_id");
      assertThat(e.message("zh")).isEqualTo("建筑 B-3（" + locator + "）无 parcel_id，且其基底不在任何地块内；"
          + "该建筑连同其楼层未归属任何地块，其建筑面积不计入任何地块");
      assertThat(e.message("en")).isEqualTo("building B-3 (" + locator + ") has no parcel_id and no parcel holds any "
          + "part of its footprint; it is placed on no parcel with its storey, so its floor area is in no parcel's "
          + "figures");
    });
  }

  @Test
  @DisplayName("a .dbf date of 31 February is told in both languages, naming parcel P-002 and application_date")
  void badDbfDate() {
    DbfFile.Field id = new DbfFile.Field("parcel_id", 'C', 10, 0);
    DbfFile.Field date = new DbfFile.Field("applicatio", 'D', 8, 0);
    Path park = DbfFile.park(dir, StandardCharsets.UTF_8, List.of(id, date), List.of(
        new String[] {"P-001", "20240301"}, new String[] {"P-002", "20240231"}, new String[] {"P-003", "20240301"},
        new String[] {"P-004", "20240301"}), 0);

    SourceRecord p2 = Fixtures.read(park, ReadOptions.defaults()).get(1);

    assertThat(p2.errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("P-002");
      assertThat(e.field()).isEqualTo("application_date");
      assertThat(e.code()).isEqualTo(RecordError.Code.MALFORMED_VALUE);
      assertThat(e.message("zh")).isEqualTo(park.resolve("parcels.shp") + "#2: 应为 YYYYMMDD 格式的 .dbf 日期，"
          + "且须为真实的日历日期，实为 '20240231'");
      assertThat(e.message("en")).isEqualTo(park.resolve("parcels.shp") + "#2: must be a .dbf date written YYYYMMDD, "
          + "a real calendar day, was '20240231'");
    });
  }

  @Test
  @DisplayName("a .shp cut inside record 3 is told on records 3 and 4 in both languages, naming the file and its sizes")
  void truncatedShapefile() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("shp-utf8"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    byte[] shp = Files.readAllBytes(dir.resolve("parcels.shp"));
    ByteBuffer shx = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("parcels.shx")));
    int cut = 2 * shx.getInt(100 + 8 * 2) + 20; // 20 bytes into record 3 (offsets in 16-bit words, big-endian)
    Files.write(dir.resolve("parcels.shp"), java.util.Arrays.copyOf(shp, cut));

    List<SourceRecord> records = Fixtures.read(dir, ReadOptions.defaults());

    assertThat(records.get(2).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.code()).isEqualTo(RecordError.Code.INVALID_GEOMETRY);
      assertThat(e.message("zh")).endsWith(": parcels.shp 不完整（只有文件头所写 " + shp.length + " 字节中的 " + cut
          + " 字节）：第 2 条记录之后的内容无法读取");
      assertThat(e.message("en")).endsWith(": parcels.shp is truncated (" + cut + " of the " + shp.length
          + " bytes its header gives): it cannot be read past record 2");
    });
  }

  @Test
  @DisplayName("a geometry JTS cannot read keeps JTS's English words inside the Chinese sentence")
  void unreadableBlob() throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", dir.resolve("blob.gpkg"));
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
         java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE parcels SET geom = X'47500003E61000000000' WHERE fid = (SELECT MIN(fid) FROM parcels)");
    }

    SourceRecord first = Fixtures.read(file, ReadOptions.defaults()).get(0);

    assertThat(first.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message("zh")).contains("无法读取几何图形：").doesNotContain("geometry cannot be read");
      assertThat(e.message("en")).contains("geometry cannot be read: ");
    });
  }

  /** The GeoJSON park with its second parcel's feature text changed by {@code edit}, read. */
  private List<SourceRecord> secondParcelEdited(java.util.function.UnaryOperator<String> edit) {
    List<String> features = new java.util.ArrayList<>(GeoJsonText.features("parcels"));
    features.set(1, edit.apply(features.get(1)));
    return Fixtures.read(GeoJsonText.park(dir, Map.of("parcels", GeoJsonText.collection(features))),
        ReadOptions.defaults());
  }

  @Test
  @DisplayName("a GeoJSON feature with \"properties\" twice is told in both languages, naming its entry and field")
  void propertiesTwice() {
    List<SourceRecord> records = secondParcelEdited(f -> f.replaceFirst("\"geometry\": ",
        "\"properties\": null, \"geometry\": "));

    assertThat(records.get(1).errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(RecordError.Code.UNREADABLE);
      assertThat(e.field()).isEqualTo("feature");
      assertThat(e.message("zh")).endsWith("parcels.geojson#2：该要素的 \"properties\" 出现两次");
      assertThat(e.message("en")).endsWith("parcels.geojson#2: the feature has \"properties\" twice");
    });
  }

  @Test
  @DisplayName("a GeoJSON feature with \"geometry\" twice is told in both languages on its parcel's geometry")
  void geometryTwice() {
    List<SourceRecord> records = secondParcelEdited(f -> f.substring(0, f.length() - 1).stripTrailing()
        + ", \"geometry\": null }");

    assertThat(records.get(1).errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("P-002");
      assertThat(e.code()).isEqualTo(RecordError.Code.INVALID_GEOMETRY);
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message("zh")).endsWith("parcels.geojson#2: 该要素的 \"geometry\" 出现两次");
      assertThat(e.message("en")).endsWith("parcels.geojson#2: the feature has \"geometry\" twice");
    });
  }

  @Test
  @DisplayName("an entry of a features array that is a number, not a feature, is told in both languages")
  void entryNotAFeature() {
    List<SourceRecord> records = secondParcelEdited(f -> "42");

    assertThat(records.get(1).parcel()).isEmpty();
    assertThat(records.get(1).errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(RecordError.Code.UNREADABLE);
      assertThat(e.field()).isEqualTo("feature");
      assertThat(e.message("zh")).endsWith("parcels.geojson#2：features 数组的第 2 个条目是 '42'，不是 Feature 对象");
      assertThat(e.message("en")).endsWith("parcels.geojson#2: entry 2 of the features array is '42', not a Feature "
          + "object");
    });
  }

  @Test
  @DisplayName("a buildings file whose second entry is a number tells each parcel so, the example in its language too")
  void buildingsEntryNotAFeature() {
    List<String> buildings = new java.util.ArrayList<>(GeoJsonText.features("buildings"));
    buildings.set(1, "42");

    List<SourceRecord> records = Fixtures.read(GeoJsonText.park(dir,
        Map.of("buildings", GeoJsonText.collection(buildings))), ReadOptions.defaults());

    assertThat(records.get(0).errors()).filteredOn(e -> e.field().equals("features")).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(RecordError.Code.UNREADABLE);
      assertThat(e.message("zh")).startsWith("buildings.geojson：features 数组的 4 个条目中有 1 个不是 Feature 对象或无法读取"
          + "（#2 为 '42'）");
      assertThat(e.message("en")).startsWith("buildings.geojson: 1 of the 4 entries of the features array is not a "
          + "Feature object or cannot be read (#2 is '42')");
    });
  }

  @Test
  @DisplayName("values that cannot be read are staged and read back exactly, whatever characters their facts hold")
  void stagedBadValuesRoundTrip() {
    Map<String, BadValue> bad = new LinkedHashMap<>();
    bad.put("application_date", BadValue.of("dbfDate", List.of("'12:3\u001F\u001E'")));
    bad.put("park_id", BadValue.of("charsetNamed", List.of("UTF-8", "e5 9b ad", "parcels.cpg", "parcels.cpg")));
    bad.put("", BadValue.of("dbfType", List.of("")));

    assertThat(Staging.badValues(Staging.badColumn(bad))).containsExactlyEntriesOf(bad);
  }

  @Test
  @DisplayName("a geometry problem is staged and read back exactly, whatever characters its facts hold")
  void stagedGeometryProblemRoundTrip() {
    GeometryProblem told = GeometryProblem.of("shpTruncated", "a:b\u001F.shp", 12, 100, 2);
    GeometryProblem none = GeometryProblem.of("featureGeometryTwice");

    assertThat(GeometryProblem.decoded(told.encoded())).isEqualTo(told);
    assertThat(GeometryProblem.decoded(none.encoded())).isEqualTo(none);
  }
}
