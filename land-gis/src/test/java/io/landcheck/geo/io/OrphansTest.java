package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buildings and storeys that name a parcel the file does not have: one error record per missing parcel, however many
 * rows name it.
 */
class OrphansTest {

  /** Buildings as (parcel_id, building_id); null for a row without a parcel_id. */
  private static final List<String[]> BUILDINGS = List.of(
      new String[] {"P-1", "A"}, new String[] {"P-2", "A"}, new String[] {"P-2", "B"}, new String[] {null, "C"},
      new String[] {"P-3", "D"});
  /** Storeys as (parcel_id, building_id, level); a blank parcel_id counts as none. */
  private static final List<String[]> STOREYS = List.of(
      new String[] {"P-1", "A", "1"}, new String[] {"P-2", "A", "1"}, new String[] {"P-2", "A", "2"},
      new String[] {"P-2", "A", "3"}, new String[] {"P-2", "A", "4"}, new String[] {"P-2", "A", "5"},
      new String[] {"P-2", "B", "1"}, new String[] {"P-4", "X", "1"}, new String[] {"  ", "C", "1"});
  private static final Pattern COUNTED = Pattern.compile("(\\d+) (building|storey)s?\\b");

  @TempDir Path dir;

  /** Where the records are located: the folder as it was opened, and a slash. */
  private String at() {
    return ParcelSources.located(dir) + "/";
  }
  private List<SourceRecord> records;

  @BeforeEach
  void writeAndRead() throws IOException {
    write("parcels", List.of(feature("{\"parcel_id\": \"P-1\", \"land_use\": \"industrial\"}", square(0, 100))));
    List<String> buildings = new ArrayList<>();
    for (int i = 0; i < BUILDINGS.size(); i++) {
      String[] b = BUILDINGS.get(i);
      buildings.add(feature("{\"parcel_id\": " + json(b[0]) + ", \"building_id\": " + json(b[1]) + "}",
          square(10 + i, 20)));
    }
    write("buildings", buildings);
    write("storeys", STOREYS.stream().map(s -> feature("{\"parcel_id\": " + json(s[0]) + ", \"building_id\": "
        + json(s[1]) + ", \"level\": " + s[2] + ", \"storey_height_m\": 4.5, \"use_code\": \"生产\"}", "null"))
        .toList());
    records = Fixtures.read(dir, ReadOptions.defaults());
  }

  private static String json(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static String square(double x, double side) {
    double x0 = 623_000 + x;
    double y0 = 3_443_000 + x;
    return String.format("{\"type\": \"Polygon\", \"coordinates\": [[[%1$s, %2$s], [%3$s, %2$s], [%3$s, %4$s], "
        + "[%1$s, %4$s], [%1$s, %2$s]]]}", x0, y0, x0 + side, y0 + side);
  }

  private static String feature(String properties, String geometry) {
    return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}";
  }

  private void write(String layer, List<String> features) throws IOException {
    Files.writeString(dir.resolve(layer + ".geojson"), "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\","
        + " \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4549\"}}, \"features\": ["
        + String.join(",\n", features) + "]}", StandardCharsets.UTF_8);
  }

  private SourceRecord record(String id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static String message(SourceRecord r) {
    return r.errors().stream().map(RecordError::message).collect(Collectors.joining("\n"));
  }

  /** The buildings and storeys a record's errors say they count. */
  private static long counted(SourceRecord r) {
    long n = 0;
    Matcher m = COUNTED.matcher(message(r));
    while (m.find()) {
      n += Long.parseLong(m.group(1));
    }
    return n;
  }

  @Test
  @DisplayName("after the parcels comes one error record per missing parcel, whatever number of rows name it")
  void oneRecordPerMissingParcel() {
    List<String> missing = new ArrayList<>();
    BUILDINGS.forEach(b -> missing.add(b[0]));
    STOREYS.forEach(s -> missing.add(s[0]));
    long distinctNamed = missing.stream().filter(id -> id != null && !id.isBlank() && !id.equals("P-1")).distinct()
        .count();

    assertThat(records.get(0).id()).isEqualTo("P-1");
    assertThat(records.get(0).parcel()).isPresent();
    assertThat(records.subList(1, records.size())).extracting(SourceRecord::id)
        .containsExactly("P-2", "P-3", "P-4", at() + "buildings.geojson#4")
        .hasSize((int) distinctNamed + 1);
    assertThat(records).extracting(SourceRecord::index).containsExactly(0L, 1L, 2L, 3L, 4L);
  }

  @Test
  @DisplayName("the error counts the missing parcel's buildings and storeys, in field parcel_id, naming the first few")
  void messageCountsAndLocates() {
    SourceRecord p2 = record("P-2");
    long buildings = BUILDINGS.stream().filter(b -> "P-2".equals(b[0])).count();
    long storeys = STOREYS.stream().filter(s -> "P-2".equals(s[0])).count();

    assertThat(p2.locator()).isEqualTo(at() + "buildings.geojson, " + at() + "storeys.geojson");
    assertThat(p2.errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("P-2");
      assertThat(e.field()).isEqualTo("parcel_id");
      assertThat(e.message()).startsWith(buildings + " buildings and " + storeys + " storeys name parcel P-2, "
          + "which the parcels layer does not have");
      assertThat(e.message()).contains("buildings.geojson#2", "buildings.geojson#3", "storeys.geojson#2",
          "storeys.geojson#3", "storeys.geojson#4").doesNotContain("storeys.geojson#5");
    });
  }

  @Test
  @DisplayName("a missing parcel named only by storeys is located in the storeys layer")
  void storeysOnly() {
    SourceRecord p4 = record("P-4");

    assertThat(p4.locator()).isEqualTo(at() + "storeys.geojson");
    assertThat(message(p4)).contains("1 storey names parcel P-4", "storeys.geojson#8");
  }

  @Test
  @DisplayName("buildings and storeys without a parcel_id are one record, named by the first of them")
  void withoutParcelId() {
    SourceRecord none = records.get(records.size() - 1);

    assertThat(none.id()).isEqualTo(at() + "buildings.geojson#4");
    assertThat(none.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("parcel_id");
      assertThat(e.message()).contains("1 building and 1 storey have no parcel_id", "buildings.geojson#4",
          "storeys.geojson#9");
    });
  }

  @Test
  @DisplayName("every building and storey row is accounted for: on its parcel or counted by an orphan record")
  void everyRowAccountedFor() {
    SourceRecord parcel = records.get(0);
    long attached = parcel.parcel().orElseThrow().buildings().size()
        + parcel.parcel().orElseThrow().buildings().stream().mapToLong(b -> b.storeys().size()).sum();
    long orphaned = records.stream().filter(r -> r.parcel().isEmpty()).mapToLong(OrphansTest::counted).sum();

    assertThat(attached + orphaned).isEqualTo(BUILDINGS.size() + STOREYS.size());
  }

  @Test
  @DisplayName("in a GeoPackage, the orphan record names the tables and the rows by fid")
  void geoPackage(@TempDir Path other) throws Exception {
    Path file = Fixtures.editableCopy("park.gpkg", other.resolve("orphans.gpkg"));
    long fid;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("INSERT INTO buildings (parcel_id, building_id) VALUES ('P-404', 'Z')");
      for (int level = 1; level <= 4; level++) {
        s.execute("INSERT INTO storeys (parcel_id, building_id, level, storey_height_m, use_code) "
            + "VALUES ('P-404', 'Z', " + level + ", 4.5, '生产')");
      }
      try (ResultSet rs = s.executeQuery("SELECT MIN(fid) FROM storeys WHERE parcel_id = 'P-404'")) {
        fid = rs.getLong(1);
      }
    }

    List<SourceRecord> read = Fixtures.read(file, ReadOptions.defaults());

    assertThat(read).filteredOn(r -> r.parcel().isEmpty()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo("P-404");
      assertThat(r.locator()).isEqualTo(ParcelSources.located(file) + ":buildings, " + ParcelSources.located(file)
          + ":storeys");
      assertThat(message(r)).contains("1 building and 4 storeys name parcel P-404", "orphans.gpkg:storeys#" + fid,
          "orphans.gpkg:storeys#" + (fid + 2)).doesNotContain("orphans.gpkg:storeys#" + (fid + 3));
    });
  }
}
