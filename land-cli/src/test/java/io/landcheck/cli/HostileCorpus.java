package io.landcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the hostile-input corpus: one directory per case, holding its input files and an {@code expected.json} saying
 * how {@code landcheck check} must end on it: the exit code, the number of report rows, the records in error and their
 * fields; {@code pendingFix} marks a case whose fix is still being made (the test skips it, saying why). Every case is
 * made from the committed fixtures of land-gis (a GeoPackage, Shapefiles, GeoJSON) and landcheck's own pack, changed
 * byte by byte or with SQL, so no GIS tool is needed. Small cases are committed under
 * {@code land-cli/src/test/hostile-corpus} (scripts/make-hostile-corpus writes them); big ones ({@link #BIG}) are made
 * when the test runs.
 *
 * <p>In {@code args}, {@code {case}} stands for the case's directory and {@code {out}} for a directory of its own for
 * the report.
 */
final class HostileCorpus {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Cases of more than some 100 KB, made at test time and never committed. */
  static final String BIG = "big";

  private final Path root;
  private final Path fixtures;
  private final boolean big;
  private final List<String> names = new ArrayList<>();

  private HostileCorpus(Path root, Path fixtures, boolean big) {
    this.root = root;
    this.fixtures = fixtures;
    this.big = big;
  }

  /** The most bytes a case's files may take to be committed; bigger cases are made when the test runs. */
  static final long COMMITTED_BYTES = 64 << 10;

  /**
   * {@code main(OUT)}: writes the committed part of the corpus to OUT (scripts/make-hostile-corpus: OUT is
   * land-cli/src/test/hostile-corpus), the cases of at most {@link #COMMITTED_BYTES}; run from the repository's root.
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path all = Files.createTempDirectory("hostile-corpus");
    List<String> made = generate(all, Path.of("land-gis/src/test/resources/fixtures"), false);
    int committed = 0;
    for (String name : made) {
      if (committed(all.resolve(name))) {
        committed++;
        try (Stream<Path> files = Files.walk(all.resolve(name))) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            Path to = out.resolve(all.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    System.out.println(committed + " of " + made.size() + " cases written to " + out
        + " (the others are made when the test runs)");
  }

  /** Whether a case is small enough to be committed. */
  static boolean committed(Path caseDir) throws IOException {
    try (Stream<Path> files = Files.walk(caseDir)) {
      long bytes = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        bytes += Files.size(f);
      }
      return bytes <= COMMITTED_BYTES;
    }
  }

  /** Writes every case (the big ones too if {@code big}) under {@code root}; returns their names. */
  static List<String> generate(Path root, Path fixtures, boolean big) throws IOException {
    HostileCorpus c = new HostileCorpus(root, fixtures, big);
    try {
      c.facts();
      c.geoPackage();
      c.shapefile();
      c.geoJson();
      c.packs();
      c.cli();
    } catch (SQLException e) {
      throw new IOException(e);
    }
    return c.names;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // One case

  /** A case being written. */
  final class Case {
    final String name;
    final Path dir;
    final ObjectNode expected = JSON.createObjectNode();

    Case(String name, String kind, String description) throws IOException {
      if (names.contains(name)) {
        throw new IllegalStateException("two cases named " + name);
      }
      names.add(name);
      this.name = name;
      this.dir = Files.createDirectories(root.resolve(name));
      expected.put("kind", kind);
      expected.put("description", description);
      expected.put("big", false);
      expected.put("pendingFix", false);
      expected.put("jvm", "shared");
      expected.put("timeoutSeconds", 60);
    }

    /** Runs {@code landcheck check INPUT... --format json --out {out}/report.json} and more arguments. */
    Case check(String input, String... more) {
      ArrayNode a = expected.putArray("args");
      a.add("check");
      for (String i : input.split(" ")) {
        a.add("{case}/" + i);
      }
      for (String m : List.of("--date", "2024-06-01", "--lang", "en", "--format", "json", "--out", "{out}/report.json")) {
        a.add(m);
      }
      for (String m : more) {
        a.add(m);
      }
      return this;
    }

    /** Runs exactly these arguments. */
    Case args(String... args) {
      ArrayNode a = expected.putArray("args");
      for (String arg : args) {
        a.add(arg);
      }
      return this;
    }

    /** The exit code, and the number of rows of the report (-1: no report). */
    Case exit(int code, int rows) {
      expected.put("exit", code);
      expected.put("rows", rows);
      return this;
    }

    /**
     * A record in error and the field its error names. A record without an id is named by its locator, which starts
     * with the input's path (as the command line was given it, relative to its working directory): {@code record} is
     * the end of it from the case's folder on, such as {@code geojson/parcels.geojson#1}.
     */
    Case error(String record, String field) {
      ObjectNode e = expected.withArray("errors").addObject();
      e.put("record", record);
      e.put("field", field);
      return this;
    }

    /** Text standard error must contain. */
    Case stderr(String text) {
      expected.withArray("stderrContains").add(text);
      return this;
    }

    /** Text standard error must not contain (content of a file that must not be echoed). */
    Case notInStderr(String text) {
      expected.withArray("stderrExcludes").add(text);
      return this;
    }

    Case pending(String why) {
      expected.put("pendingFix", true);
      expected.put("pendingReason", why);
      return this;
    }

    Case ownJvm() {
      expected.put("jvm", "own");
      return this;
    }

    Case timeout(int seconds) {
      expected.put("timeoutSeconds", seconds);
      return this;
    }

    Case big() {
      expected.put("big", true);
      return this;
    }

    Case option(String jvmOption) {
      expected.withArray("jvmOptions").add(jvmOption);
      return this;
    }

    Path file(String name) {
      return dir.resolve(name);
    }

    Case write(String name, String text) throws IOException {
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
      return this;
    }

    Case write(String name, byte[] bytes) throws IOException {
      Files.write(dir.resolve(name), bytes);
      return this;
    }

    void done() throws IOException {
      if (!expected.has("args") || !expected.has("exit")) {
        throw new IllegalStateException(name + ": no args or exit");
      }
      JSON.writeValue(dir.resolve("expected.json").toFile(), expected);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Facts JSON

  private static Map<String, Object> record(String id) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("parcel_id", id);
    r.put("land_use", "industrial");
    r.put("single_use", true);
    r.put("tenure", "NEW");
    r.put("lease_grant_date", "2023-05-01");
    r.put("lease_term_years", 20);
    r.put("site_area_m2", 10000);
    r.put("floor_areas_m2", Map.of("生产", 22000));
    r.put("park_id", "PARK-H");
    r.put("district_id", "嘉定区");
    r.put("application_date", "2024-03-01");
    return r;
  }

  private static String json(Object value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A facts file of a good record F-1, then {@code bad} as F-2, then a good F-3. */
  private Case factsWith(String name, String description, Map<String, Object> bad) throws IOException {
    Case c = new Case(name, "facts", description);
    c.write("facts.json", "[" + json(record("F-1")) + ",\n" + json(bad) + ",\n" + json(record("F-3")) + "]\n");
    return c.check("facts.json");
  }

  private void facts() throws IOException {
    Files.createDirectories(root);
    Case c = new Case("facts-valid", "facts", "three good parcels: the baseline");
    c.write("facts.json", "[" + json(record("F-1")) + "," + json(record("F-2")) + "," + json(record("F-3")) + "]");
    c.check("facts.json").exit(0, 3).done();

    // one bad value of one field, the records around it good: an error naming the record and the field
    Object[][] badValues = {
        {"site_area_m2", -1}, {"site_area_m2", 0}, {"site_area_m2", "abc"}, {"site_area_m2", true},
        {"site_area_m2", List.of(1)}, {"lease_term_years", -20}, {"lease_term_years", 20.5},
        {"lease_term_years", "twenty"}, {"lease_term_years", 1e30}, {"lease_grant_date", "2023-02-30"},
        {"lease_grant_date", "yesterday"}, {"lease_grant_date", 20230230}, {"application_date", "2024-13-01"},
        {"land_use", "casino"}, {"land_use", 7}, {"tenure", "STOLEN"}, {"single_use", "perhaps"},
        {"green_cut_m2", -5}, {"green_added_m2", "lots"}, {"rooftop_green_m2", -1}, {"plot_ratio_cap", 0},
        {"plot_ratio_cap", -2}, {"underground_m2", -100}, {"project_category", "CASINO"},
        {"recognition_level", "GALACTIC"}, {"park_id", List.of("a", "b")}, {"district_id", Map.of("x", 1)},
        {"floor_areas_m2", "lots"}, {"floor_areas_m2", Map.of("生产", -1)}, {"floor_areas_m2", Map.of("赌场", 100)},
        {"floor_areas_m2", Map.of("生产", "many")}};
    for (int i = 0; i < badValues.length; i++) {
      String field = (String) badValues[i][0];
      Map<String, Object> r = record("F-2");
      r.put(field, badValues[i][1]);
      String shown = json(badValues[i][1]).replaceAll("[^A-Za-z0-9.-]", "");
      String expectedField = field;
      if (field.equals("floor_areas_m2") && badValues[i][1] instanceof Map<?, ?> m) {
        expectedField = "floor_areas_m2[" + m.keySet().iterator().next() + "]";
      }
      factsWith(String.format("facts-bad-%02d-%s", i + 1, field.replace('_', '-')),
          "F-2's " + field + " is " + json(badValues[i][1]) + " (" + shown + ")", r)
          .exit(2, 3).error("F-2", expectedField).done();
    }
    Map<String, Object> noId = record("x");
    noId.remove("parcel_id");
    factsWith("facts-no-id", "the second record has no parcel_id", noId).exit(2, 3)
        .error("facts.json#2", "parcel_id").done();
    Map<String, Object> unknown = record("F-2");
    unknown.put("site_aera_m2", 10000);
    factsWith("facts-unknown-field", "a misspelt field (site_aera_m2) is an error, not a dropped fact", unknown)
        .exit(2, 3).error("F-2", "site_aera_m2").done();
    Map<String, Object> prAfter = record("F-2");
    prAfter.put("pr_after", 3.0);
    factsWith("facts-pr-after-alone", "pr_after without pr_before", prAfter).exit(2, 3).error("F-2", "pr_before")
        .done();
    Map<String, Object> cut = record("F-2");
    cut.put("green_cut_m2", 1e308);
    Map<String, Object> cut2 = record("F-3");
    cut2.put("green_cut_m2", 1e308);
    c = new Case("facts-green-cut-1e308-twice", "facts", "green_cut_m2 1e308 on two parcels of one park: the "
        + "balance's sums would overflow (once exit 64 with no report)");
    c.write("facts.json", "[" + json(record("F-1")) + "," + json(cut) + "," + json(cut2) + "]");
    c.check("facts.json").exit(2, 3).error("F-2", "green_cut_m2").error("F-3", "green_cut_m2").done();
    Map<String, Object> floors = record("F-2");
    Map<String, Object> twoUses = new LinkedHashMap<>();
    twoUses.put("生产", 1e308);
    twoUses.put("办公", 1e308);
    floors.put("floor_areas_m2", twoUses);
    factsWith("facts-floor-areas-overflow", "floor areas by use that add up past a double", floors).exit(2, 3)
        .error("F-2", "floor_areas_m2").done();
    c = new Case("facts-park-floor-overflow", "facts", "three parcels of 1e307 m² in one park: the scorecard total "
        + "would overflow");
    List<String> recs = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Map<String, Object> r = record("F-" + i);
      r.put("floor_areas_m2", Map.of("生产", 1e307));
      recs.add(json(r));
    }
    c.write("facts.json", "[" + String.join(",", recs) + "]").check("facts.json").exit(2, 3)
        .error("F-3", "floor_areas_m2").done();
    c = new Case("facts-duplicate-id", "facts", "one parcel id on two records of one file");
    c.write("facts.json", "[" + json(record("F-1")) + "," + json(record("F-2")) + "," + json(record("F-1")) + "]");
    c.check("facts.json").exit(2, 3).error("F-1", "parcel_id").stderr("1 errors").done();
    c = new Case("facts-duplicate-id-two-inputs", "facts", "one parcel id in two input files");
    c.write("a.json", "[" + json(record("F-1")) + "]").write("b.json", "[" + json(record("F-1")) + "]");
    c.check("a.json b.json").exit(2, 2).error("F-1", "parcel_id").done();
    for (Object[] notObject : new Object[][] {{"number", "42"}, {"string", "\"F-2\""}, {"null", "null"},
        {"array", "[1, 2]"}, {"true", "true"}}) {
      c = new Case("facts-record-" + notObject[0], "facts", "the second record is " + notObject[0] + ", not an object");
      c.write("facts.json", "[" + json(record("F-1")) + "," + notObject[1] + "," + json(record("F-3")) + "]");
      c.check("facts.json").exit(2, 3).error("facts.json#2", "(record)").done();
    }
    c = new Case("facts-empty-array", "facts", "no records");
    c.write("facts.json", "[]").check("facts.json").exit(0, 0).done();
    c = new Case("facts-bom", "facts", "a UTF-8 byte-order mark before the array");
    c.write("facts.json", "\uFEFF[" + json(record("F-1")) + "]").check("facts.json").exit(0, 1).done();
    c = new Case("facts-truncated", "facts", "the file ends in the middle of the second record: an I/O error, 74");
    String two = "[" + json(record("F-1")) + "," + json(record("F-2")) + "]";
    c.write("facts.json", two.substring(0, two.length() - 40)).check("facts.json").exit(74, -1)
        .stderr("facts.json").done();
    c = new Case("facts-garbage-between", "facts", "a stray token between records: 74, naming the file");
    c.write("facts.json", "[" + json(record("F-1")) + ", @@@ ]").check("facts.json").exit(74, -1).done();
    c = new Case("facts-deep-nesting", "facts", "a value nested 5,000 arrays deep: an error on its record, not a "
        + "stack overflow");
    c.write("facts.json", "[" + json(record("F-1")).replace("\"tenure\":\"NEW\"",
        "\"tenure\":" + "[".repeat(5000) + "]".repeat(5000)) + "]").check("facts.json").exit(2, 1)
        .error("F-1", "tenure").done();
    c = new Case("facts-trailing-content", "facts", "more JSON after the closing bracket");
    c.write("facts.json", "[" + json(record("F-1")) + "] [" + json(record("F-2")) + "]").check("facts.json")
        .exit(2, 2).error("F-1", "file").error("F-2", "file").done();
    c = new Case("facts-duplicate-key", "facts", "site_area_m2 given twice in one record");
    c.write("facts.json", "[" + json(record("F-1")).replace("\"site_area_m2\":10000",
        "\"site_area_m2\":10000,\"site_area_m2\":1") + "]").check("facts.json").exit(2, 1)
        .error("F-1", "site_area_m2").done();
    c = new Case("facts-100k-key", "facts", "a field name of 100,000 characters");
    c.write("facts.json", "[" + json(record("F-1")).replace("{", "{\"" + "k".repeat(100_000) + "\":1,") + "]")
        .check("facts.json").exit(2, 1).done();
    c = new Case("facts-not-utf8", "facts", "Latin-1 bytes where UTF-8 is expected");
    byte[] latin = ("[" + json(record("F-1")).replace("PARK-H", "PARK-\u00e9") + "]")
        .getBytes(StandardCharsets.ISO_8859_1);
    c.write("facts.json", latin).check("facts.json").exit(2, 1).error("F-1", "park_id").done();
    c = new Case("facts-nul-bytes", "facts", "NUL bytes inside the array");
    c.write("facts.json", ("[" + json(record("F-1")) + "\u0000\u0000]").getBytes(StandardCharsets.UTF_8))
        .check("facts.json").exit(74, -1).done();
    if (big) {
      c = new Case("facts-25m-string", "facts", "a park_id of 25,000,000 characters").big();
      Map<String, Object> r = record("F-1");
      r.put("park_id", "p".repeat(25_000_000));
      c.write("facts.json", "[" + json(r) + "]").check("facts.json").exit(2, 1).error("F-1", "park_id").done();
      c = new Case("facts-200k-records", "facts", "200,000 good records: within the heap and the time").big();
      try (OutputStream out = Files.newOutputStream(c.file("facts.json"))) {
        out.write('[');
        for (int i = 0; i < 200_000; i++) {
          out.write(((i == 0 ? "" : ",\n") + json(record(String.format("F-%06d", i)))).getBytes(StandardCharsets.UTF_8));
        }
        out.write(']');
      }
      c.args("check", "{case}/facts.json", "--date", "2024-06-01", "--lang", "en", "--format", "csv", "--out",
          "{out}/report.csv")
          .exit(0, -1).stderr("200000 read").timeout(150).done();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // GeoPackage: the fixture park.gpkg (4 parcels, exit 1) changed with SQL

  private Case gpkg(String name, String description, String... sql) throws IOException, SQLException {
    Case c = new Case(name, "geopackage", description);
    Path file = c.file("park.gpkg");
    Files.copy(fixtures.resolve("park.gpkg"), file);
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = conn.createStatement()) {
      List<String> triggers = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
        while (rs.next()) {
          triggers.add(rs.getString(1));
        }
      }
      for (String t : triggers) {
        s.execute("DROP TRIGGER \"" + t + "\"");
      }
      for (String statement : sql) {
        s.execute(statement);
      }
    }
    return c.check("park.gpkg");
  }

  private static final String ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) ";

  private void geoPackage() throws IOException, SQLException {
    gpkg("gpkg-valid", "the fixture park: 4 parcels, some non-compliant (exit 1)").exit(1, 4).done();
    gpkg("gpkg-parcels-view-endless", "parcels is a view over an endless recursive query: refused, naming the layer",
        "ALTER TABLE parcels RENAME TO parcels_table",
        "CREATE VIEW parcels AS " + ENDLESS + "SELECT i AS fid, p.* FROM n, (SELECT geom, parcel_id FROM parcels_table"
            + " LIMIT 1) p").exit(74, -1).stderr("layer parcels is a view").done();
    gpkg("gpkg-buildings-view-endless", "buildings is a view over an endless recursive query (it once filled the "
        + "disk with the indexed copy): every record an error naming the layer",
        "ALTER TABLE buildings RENAME TO buildings_table",
        "CREATE VIEW buildings AS " + ENDLESS + "SELECT i AS fid, b.geom, b.parcel_id, 'B' || i AS building_id FROM n,"
            + " (SELECT geom, parcel_id FROM buildings_table LIMIT 1) b")
        .exit(2, 4).error("P-001", "buildings").error("P-004", "buildings").done();
    gpkg("gpkg-storeys-view-endless", "storeys is an endless view", "ALTER TABLE storeys RENAME TO storeys_table",
        "CREATE VIEW storeys AS " + ENDLESS + "SELECT i AS fid, NULL AS geom, 'P-001' AS parcel_id, '1号厂房' AS "
            + "building_id, i AS level, 4.5 AS storey_height_m, '生产' AS use_code FROM n")
        .exit(2, 4).error("P-002", "storeys").done();
    gpkg("gpkg-no-contents", "no gpkg_contents table: not a GeoPackage", "DROP TABLE gpkg_contents")
        .exit(74, -1).done();
    gpkg("gpkg-no-parcels", "no parcels table", "DELETE FROM gpkg_contents WHERE table_name = 'parcels'",
        "DROP TABLE parcels").exit(74, -1).stderr("no table 'parcels'").done();
    gpkg("gpkg-empty-parcels", "a parcels table without rows; the buildings are orphans",
        "DELETE FROM parcels", "DELETE FROM buildings", "DELETE FROM storeys").exit(0, 0).done();
    gpkg("gpkg-null-geometry", "one parcel without geometry", "UPDATE parcels SET geom = NULL WHERE parcel_id = 'P-002'")
        .exit(2, 4).error("P-002", "geometry").done();
    gpkg("gpkg-garbage-geometry", "one parcel's geometry blob is random bytes",
        "UPDATE parcels SET geom = X'00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF' WHERE parcel_id = 'P-002'").exit(2, 4).error("P-002", "geometry")
        .done();
    gpkg("gpkg-truncated-geometry", "one parcel's geometry blob cut in half",
        "UPDATE parcels SET geom = substr(geom, 1, length(geom) / 2) WHERE parcel_id = 'P-003'")
        .exit(2, 4).error("P-003", "geometry").done();
    gpkg("gpkg-text-geometry", "one parcel's geometry is text", "UPDATE parcels SET geom = 'POLYGON((0 0,1 0,1 1,0 0))'"
        + " WHERE parcel_id = 'P-001'").exit(2, 4).error("P-001", "geometry").done();
    if (big) {
      gpkg("gpkg-wkb-deep-nesting", "a geometry collection nested 100,000 deep",
        "UPDATE parcels SET geom = X'47500001' || replace(hex(zeroblob(100000)), '00', '0107000000010000') "
            + "WHERE parcel_id = 'P-001'").exit(2, 4).error("P-001", "geometry")
        .big().done();
    }
    gpkg("gpkg-wkb-huge-point-count", "a polygon whose ring claims 2^31-1 points",
        "UPDATE parcels SET geom = X'47500001' || X'0103000000' || X'01000000' || X'FFFFFF7F' "
            + "WHERE parcel_id = 'P-002'").exit(2, 4).error("P-002", "geometry").done();
    gpkg("gpkg-coordinates-1e300", "a parcel polygon with coordinates of 1e300",
        "UPDATE parcels SET geom = X'4750000100000000' || X'01030000000100000004000000' || "
            + "X'0000000000000000' || X'0000000000000000' || X'0000000000000000' || X'55C18C7D6F6E5A7E' || "
            + "X'55C18C7D6F6E5A7E' || X'0000000000000000' || X'0000000000000000' || X'0000000000000000' "
            + "WHERE parcel_id = 'P-003'").exit(2, 4).error("P-003", "geometry").done();
    gpkg("gpkg-unknown-srs", "the parcels' srs_id is in no table", "UPDATE gpkg_geometry_columns SET srs_id = 987654 "
        + "WHERE table_name = 'parcels'").exit(2, 4).error("P-001", "crs").done();
    gpkg("gpkg-undefined-srs", "srs_id -1 on every layer", "UPDATE gpkg_geometry_columns SET srs_id = -1")
        .exit(2, 4).error("P-004", "crs").done();
    gpkg("gpkg-duplicate-id", "two parcels with one id", "UPDATE parcels SET parcel_id = 'P-001' WHERE parcel_id = "
        + "'P-003'").exit(2, 5).error("P-001", "parcel_id").done();
    gpkg("gpkg-blank-id", "a parcel with a blank id", "UPDATE parcels SET parcel_id = '   ' WHERE parcel_id = 'P-004'")
        .exit(2, 4).error("park.gpkg:parcels#4", "parcel_id").done();
    gpkg("gpkg-text-in-number", "site_area_m2 holds text", "UPDATE parcels SET site_area_m2 = 'abc' WHERE parcel_id "
        + "= 'P-001'").exit(2, 4).error("P-001", "site_area_m2").done();
    gpkg("gpkg-negative-term", "a negative lease term", "UPDATE parcels SET lease_term_years = -50 WHERE parcel_id = "
        + "'P-002'").exit(2, 4).error("P-002", "lease_term_years").done();
    gpkg("gpkg-bad-date", "a lease grant date that does not exist", "UPDATE parcels SET lease_grant_date = '2022-02-30'"
        + " WHERE parcel_id = 'P-001'").exit(2, 4).error("P-001", "lease_grant_date").done();
    gpkg("gpkg-blob-in-text", "land_use holds a blob", "UPDATE parcels SET land_use = X'DEADBEEFDEADBEEFDEADBEEFDEADBEEF' WHERE parcel_id "
        + "= 'P-001'").exit(2, 4).error("P-001", "land_use").done();
    gpkg("gpkg-huge-integer", "lease_term_years of 9223372036854775807", "UPDATE parcels SET lease_term_years = "
        + "9223372036854775807 WHERE parcel_id = 'P-002'").exit(2, 4).error("P-002", "lease_term_years").done();
    gpkg("gpkg-unknown-column", "a column landcheck does not know: every record an error", "ALTER TABLE parcels ADD "
        + "COLUMN site_aera_m2 REAL").exit(2, 4).error("P-001", "fields").done();
    if (big) {
      gpkg("gpkg-storeys-3m", "one building with 3,000,000 storeys", "INSERT INTO storeys (geom, parcel_id, building_id,"
        + " level, storey_height_m, use_code) WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i "
        + "< 3000009) SELECT NULL, 'P-001', '1号厂房', i, 4.5, '生产' FROM n").exit(2, 4).error("P-001", "storeys")
        .timeout(120).big().done();
    }
    gpkg("gpkg-orphan-building", "a building naming a parcel the file does not have", "INSERT INTO buildings (geom, "
        + "parcel_id, building_id) SELECT geom, 'P-404', 'Z' FROM buildings LIMIT 1").exit(2, 5).done();
    gpkg("gpkg-storey-level-text", "a storey level that is text", "UPDATE storeys SET level = 'ground' WHERE fid = "
        + "(SELECT MIN(fid) FROM storeys)").exit(2, 4).done();
    gpkg("gpkg-negative-storey-height", "a storey of -4.5 m", "UPDATE storeys SET storey_height_m = -4.5").exit(2, 4)
        .done();
    gpkg("gpkg-parcels-no-pk", "a parcels table without a primary key (CREATE TABLE AS): refused, naming it",
        "ALTER TABLE parcels RENAME TO parcels_old", "CREATE TABLE parcels AS SELECT * FROM parcels_old",
        "DROP TABLE parcels_old").exit(74, -1).stderr("layer parcels has no primary key").done();
    gpkg("gpkg-buildings-no-index", "buildings and storeys without an index on parcel_id: copied and indexed",
        "DROP INDEX IF EXISTS buildings_parcel_id", "DROP INDEX IF EXISTS storeys_parcel_id").exit(1, 4).done();
    gpkg("gpkg-self-intersecting", "a bow-tie parcel polygon", "UPDATE parcels SET geom = (SELECT geom FROM parcels "
        + "WHERE parcel_id = 'P-001') WHERE parcel_id = 'P-002'").exit(1, 4).done();
    for (String[] file : new String[][] {{"gpkg-zero-bytes", ""}, {"gpkg-not-sqlite", "this is not a database\n"}}) {
      Case c = new Case(file[0], "geopackage", "park.gpkg is " + (file[1].isEmpty() ? "empty" : "text"));
      c.write("park.gpkg", file[1]).check("park.gpkg").exit(74, -1).done();
    }
    Case c = new Case("gpkg-truncated-file", "geopackage", "the GeoPackage cut to its first 8 KB");
    c.write("park.gpkg", java.util.Arrays.copyOf(Files.readAllBytes(fixtures.resolve("park.gpkg")), 8192))
        .check("park.gpkg").exit(74, -1).done();
    if (big) {
      c = new Case("gpkg-20000-parcels", "geopackage", "20,000 parcels whose buildings and storeys have no index "
          + "(a 73 MB indexed copy): within the heap and the time, and the copy deleted").big().timeout(170);
      BigPark.geoPackage(c.file("big.gpkg"), 20_000);
      c.args("check", "{case}/big.gpkg", "--date", "2024-06-01", "--lang", "en", "--format", "csv", "--out",
          "{out}/report.csv").exit(1, -1).stderr("20000 read").done();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Shapefile: the fixture shp-utf8 (4 parcels, exit 1) changed byte by byte

  private Case shp(String name, String description, ShpEdit edit) throws IOException {
    Case c = new Case(name, "shapefile", description);
    Path dir = Files.createDirectories(c.file("shp"));
    try (Stream<Path> files = Files.list(fixtures.resolve("shp-utf8"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    edit.apply(dir);
    return c.check("shp");
  }

  interface ShpEdit {
    void apply(Path dir) throws IOException;
  }

  private static void patch(Path file, int offset, ByteOrder order, int value) throws IOException {
    byte[] b = Files.readAllBytes(file);
    ByteBuffer.wrap(b).order(order).putInt(offset, value);
    Files.write(file, b);
  }

  /** Writes {@code text} into a .dbf field of record {@code record} (0-based), padded with spaces. */
  private static void dbf(Path file, int record, String field, String text) throws IOException {
    byte[] b = Files.readAllBytes(file);
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int header = buf.getShort(8) & 0xffff;
    int length = buf.getShort(10) & 0xffff;
    int at = 1;
    for (int d = 32; b[d] != 0x0d; d += 32) {
      String name = new String(b, d, 11, StandardCharsets.ISO_8859_1).replace("\0", "");
      int size = b[d + 16] & 0xff;
      if (name.equals(field)) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        int start = header + record * length + at;
        for (int i = 0; i < size; i++) {
          b[start + i] = i < value.length ? value[i] : (byte) ' ';
        }
        Files.write(file, b);
        return;
      }
      at += size;
    }
    throw new IllegalArgumentException("no field " + field);
  }

  private static void cut(Path file, int bytes) throws IOException {
    Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), bytes));
  }

  private void shapefile() throws IOException {
    shp("shp-valid", "the fixture Shapefiles: 4 parcels (exit 1)", d -> {}).exit(1, 4).done();
    shp("shp-no-prj", "parcels.prj missing: no coordinate system", d -> Files.delete(d.resolve("parcels.prj")))
        .exit(2, 4).error("P-001", "crs").done();
    shp("shp-garbage-prj", "parcels.prj is not a coordinate system", d -> Files.writeString(d.resolve("parcels.prj"),
        "GARBAGE[\"x\"]")).exit(2, 4).error("P-002", "crs").done();
    shp("shp-no-dbf", "parcels.dbf missing", d -> Files.delete(d.resolve("parcels.dbf"))).exit(74, -1).done();
    shp("shp-no-shx", "parcels.shx missing: the .shp is read on its own", d -> Files.delete(d.resolve("parcels.shx")))
        .exit(1, 4).done();
    shp("shp-zero-bytes", "parcels.shp empty", d -> Files.write(d.resolve("parcels.shp"), new byte[0]))
        .exit(74, -1).done();
    shp("shp-header-only", "parcels.shp cut to its 100-byte header, the .dbf still has 4 records: "
        + "each an error", d -> cut(d.resolve("parcels.shp"), 100)).exit(2, 4).error("P-001", "geometry").done();
    shp("shp-truncated-record", "parcels.shp cut inside its second record", d -> cut(d.resolve("parcels.shp"), 300))
        .exit(2, 4).error("P-004", "geometry").done();
    shp("shp-bad-file-code", "parcels.shp does not start with 9994", d -> patch(d.resolve("parcels.shp"), 0,
        ByteOrder.BIG_ENDIAN, 1234)).exit(74, -1).done();
    shp("shp-point-type", "the first record is a point, not a polygon", d -> patch(d.resolve("parcels.shp"), 108,
        ByteOrder.LITTLE_ENDIAN, 1)).exit(2, 4).error("P-001", "geometry").done();
    shp("shp-unknown-shape-type", "the first record has shape type 77", d -> patch(d.resolve("parcels.shp"), 108,
        ByteOrder.LITTLE_ENDIAN, 77)).exit(2, 4).error("P-001", "geometry").done();
    shp("shp-content-length-huge", "the first record claims 2^31-1 words", d -> patch(d.resolve("parcels.shp"), 104,
        ByteOrder.BIG_ENDIAN, Integer.MAX_VALUE)).exit(2, 4).error("P-001", "geometry").done();
    shp("shp-num-points-huge", "the first polygon claims 2^31-1 points", d -> patch(d.resolve("parcels.shp"), 148,
        ByteOrder.LITTLE_ENDIAN, Integer.MAX_VALUE)).exit(2, 4).error("P-001", "geometry").done();
    shp("shp-num-parts-negative", "the first polygon claims -1 parts", d -> patch(d.resolve("parcels.shp"), 144,
        ByteOrder.LITTLE_ENDIAN, -1)).exit(2, 4).error("P-001", "geometry").done();
    shp("shp-dbf-na-number", "site_area_ holds N/A", d -> dbf(d.resolve("parcels.dbf"), 1, "site_area_", "N/A"))
        .exit(2, 4).error("P-002", "site_area_m2").done();
    shp("shp-dbf-bad-date", "lease_gran holds 20231345", d -> dbf(d.resolve("parcels.dbf"), 0, "lease_gran",
        "20231345")).exit(2, 4).error("P-001", "lease_grant_date").done();
    shp("shp-dbf-text-number", "lease_term holds letters", d -> dbf(d.resolve("parcels.dbf"), 2, "lease_term",
        "abc")).exit(2, 4).error("P-003", "lease_term_years").done();
    shp("shp-dbf-count-lies", "the .dbf header claims 1,000 records", d -> patch(d.resolve("parcels.dbf"), 4,
        ByteOrder.LITTLE_ENDIAN, 1000)).exit(74, -1).done();
    shp("shp-dbf-truncated", "parcels.dbf cut inside its third record", d -> cut(d.resolve("parcels.dbf"), 705 + 804 * 2
        + 100)).exit(74, -1).done();
    shp("shp-dbf-duplicate-id", "two records with one parcel id", d -> dbf(d.resolve("parcels.dbf"), 3, "parcel_id",
        "P-001")).exit(2, 4).error("P-001", "parcel_id").done();
    shp("shp-parcels-only", "no buildings or storeys", d -> {
      for (String layer : List.of("buildings", "storeys")) {
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
          Files.deleteIfExists(d.resolve(layer + "." + ext));
        }
      }
    }).exit(1, 4).done();
    Case c = new Case("shp-gbk-no-cpg", "shapefile", "GBK attributes without a .cpg");
    Path dir = Files.createDirectories(c.file("shp"));
    try (Stream<Path> files = Files.list(fixtures.resolve("shp-gbk-nocpg"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    c.check("shp").exit(2, 4).error("shp/parcels.shp#1", "charset").done();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // GeoJSON: the fixture geojson directory (4 parcels, exit 1) changed as text

  private Case geo(String name, String description, String file, String from, String to) throws IOException {
    Case c = new Case(name, "geojson", description);
    Path dir = Files.createDirectories(c.file("geojson"));
    for (String layer : List.of("parcels", "buildings", "storeys")) {
      String text = Files.readString(fixtures.resolve("geojson/" + layer + ".geojson"));
      if (file.equals(layer)) {
        if (!text.contains(from)) {
          throw new IllegalStateException(name + ": " + layer + " has no " + from);
        }
        text = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
      }
      Files.writeString(dir.resolve(layer + ".geojson"), text);
    }
    return c.check("geojson");
  }

  private void geoJson() throws IOException {
    geo("geojson-valid", "the fixture GeoJSON: 4 parcels (exit 1)", "parcels", "", "").exit(1, 4).done();
    String p1 = "[ [ [ 623000.25, 3442000.5 ]";
    geo("geojson-null-geometry", "the first parcel's geometry is null", "parcels", "\"geometry\": {", "\"geometry\": "
        + "null, \"x\": {").exit(2, 4).error("P-001", "geometry").done();
    geo("geojson-point", "the first parcel is a point", "parcels", "\"type\": \"Polygon\"", "\"type\": \"Point\"")
        .exit(2, 4).error("P-001", "geometry").done();
    geo("geojson-unknown-type", "the first parcel's geometry type is Circle", "parcels", "\"type\": \"Polygon\"",
        "\"type\": \"Circle\"").exit(2, 4).error("P-001", "geometry").done();
    geo("geojson-string-coordinates", "a coordinate written as text", "parcels", "623000.25", "\"623000.25\"")
        .exit(2, 4).error("P-001", "geometry").done();
    geo("geojson-unclosed-ring", "the first ring does not close", "parcels", "[ 623000.25, 3442000.5 ] ] ]",
        "[ 623000.5, 3442000.5 ] ] ]").exit(2, 4).error("P-001", "geometry").done();
    geo("geojson-coordinates-1e300", "a coordinate of 1e300", "parcels", "623000.25", "1e300")
        .exit(2, 4).error("P-001", "geometry").done();
    geo("geojson-deep-coordinates", "coordinates nested 5,000 arrays deep", "parcels", p1,
        "[".repeat(5000) + "0" + "]".repeat(5000) + ", " + p1).exit(2, 4).error("P-001", "geometry").done();
    geo("geojson-trailing-content", "more JSON after the FeatureCollection", "parcels", "\n]\n}", "\n]\n} {}")
        .exit(2, 4).error("P-001", "file").done();
    geo("geojson-duplicate-key", "site_area_m2 given twice", "parcels", "\"site_area_m2\": 9602.5",
        "\"site_area_m2\": 9602.5, \"site_area_m2\": 1").exit(2, 4).error("P-001", "site_area_m2").done();
    geo("geojson-100k-key", "a property name of 100,000 characters", "parcels", "\"parcel_id\": \"P-001\"",
        "\"" + "k".repeat(100_000) + "\": 1, \"parcel_id\": \"P-001\"").exit(2, 4)
        .error("P-001", "properties").done();
    geo("geojson-truncated", "a NUL byte inside the third feature: an error on it, the others read", "parcels",
        "\"parcel_id\": \"P-003\"", "\"parcel_id\": \"P-003\"\u0000").exit(2, 4).error("P-003", "parcel_id").done();
    geo("geojson-not-json", "parcels.geojson is not JSON", "parcels", "{\n\"type\": \"FeatureCollection\"",
        "<html>not json</html>{\n\"type\": \"FeatureCollection\"").exit(74, -1).done();
    geo("geojson-features-object", "features is an object, not a list", "parcels", "\"features\": [",
        "\"features\": {\"a\": [").exit(74, -1).done();
    geo("geojson-unknown-crs", "a crs name landcheck does not know", "parcels", "EPSG::4549", "EPSG::999999")
        .exit(2, 4).error("P-002", "crs").done();
    geo("geojson-negative-area", "a negative site area", "parcels", "\"site_area_m2\": 9602.5", "\"site_area_m2\": "
        + "-9602.5").exit(2, 4).error("P-001", "site_area_m2").done();
    geo("geojson-properties-null", "the first parcel's properties are null", "parcels", "\"properties\": { "
        + "\"parcel_id\": \"P-001\"", "\"properties\": null, \"x\": { \"parcel_id\": \"P-001\"").exit(2, 5)
        .error("geojson/parcels.geojson#1", "parcel_id").done();
    geo("geojson-duplicate-id", "two parcels with one id", "parcels", "\"parcel_id\": \"P-004\"",
        "\"parcel_id\": \"P-001\"").exit(2, 4).error("P-001", "parcel_id").done();
    geo("geojson-storey-height-text", "a storey height written as text", "storeys", "\"storey_height_m\": 9.0",
        "\"storey_height_m\": \"tall\"").exit(2, 4).done();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Policy packs: the bundled pack changed, given with --policy

  /** The bundled pack as JSON text written by this generator (so that edits of the text find what they look for). */
  private String bundledPack() throws IOException {
    try (InputStream in = io.landcheck.engine.PolicyPacks.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json")) {
      return JSON.writeValueAsString(JSON.readTree(in));
    }
  }

  /** {@code "key" : value} as the generator writes the pack. */
  private static String kv(String key, String value) {
    return "\"" + key + "\" : " + value;
  }

  private Case pack(String name, String description, String from, String to) throws IOException {
    Case c = new Case(name, "pack", description);
    String text = bundledPack();
    if (!text.contains(from)) {
      throw new IllegalStateException(name + ": the pack has no " + from);
    }
    c.write("facts.json", "[" + json(record("F-1")) + "]");
    c.write("pack.json", text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
    return c.check("facts.json", "--policy", "{case}/pack.json");
  }

  private void packs() throws IOException {
    pack("pack-valid-copy", "a copy of the bundled pack", "", "").exit(0, 1).done();
    pack("pack-negative-storey-height", "fullHeightStoreyM -2.2", kv("fullHeightStoreyM", "2.2"),
        kv("fullHeightStoreyM", "-2.2")).exit(64, -1).stderr("measurement.versions[0].values.fullHeightStoreyM").done();
    pack("pack-infinite-number", "tallStoreyM 1e999", kv("tallStoreyM", "8.0"), kv("tallStoreyM", "1e999"))
        .exit(64, -1).stderr("tallStoreyM").done();
    pack("pack-low-factor-above-one", "lowStoreyFactor 1.5", kv("lowStoreyFactor", "0.5"), kv("lowStoreyFactor", "1.5"))
        .exit(64, -1).stderr("lowStoreyFactor").done();
    pack("pack-tall-factor-zero", "tallStoreyFactor 0", kv("tallStoreyFactor", "2.0"), kv("tallStoreyFactor", "0"))
        .exit(64, -1).stderr("tallStoreyFactor").done();
    pack("pack-site-tolerance-one", "siteAreaTolerance 1", kv("siteAreaTolerance", "0.005"), kv("siteAreaTolerance", "1"))
        .exit(64, -1).stderr("siteAreaTolerance").done();
    pack("pack-negative-geometry-tolerance", "geometryToleranceM2 -0.01", kv("geometryToleranceM2", "0.01"),
        kv("geometryToleranceM2", "-0.01")).exit(64, -1).stderr("geometryToleranceM2").done();
    pack("pack-until-before-from", "effectiveUntil before effectiveFrom", kv("effectiveFrom", "\"2021-09-01\""),
        kv("effectiveFrom", "\"2021-09-01\"") + ", " + kv("effectiveUntil", "\"2020-01-01\"")).exit(64, -1)
        .stderr("effectiveUntil").done();
    pack("pack-duplicate-key", "maxShare 0.15 then 0.99: once the last won", kv("maxShare", "0.15"),
        "\"maxShare\": 0.15, \"maxShare\": 0.99").exit(64, -1).stderr("'maxShare' is given twice").done();
    pack("pack-trailing-content", "a second object after the pack", "", "").exit(64, -1).done();
    Files.writeString(root.resolve("pack-trailing-content/pack.json"), bundledPack() + "\n{\"id\": \"other\"}");
    pack("pack-share-above-one", "maxShare 15", kv("maxShare", "0.15"), kv("maxShare", "15")).exit(64, -1)
        .stderr("maxShare").done();
    pack("pack-share-infinite", "maxShare 1e999", kv("maxShare", "0.15"), kv("maxShare", "1e999")).exit(64, -1)
        .stderr("maxShare").done();
    pack("pack-tolerance-one", "tolerance 1", kv("tolerance", "1.0E-9"), kv("tolerance", "1")).exit(64, -1)
        .stderr("tolerance").done();
    pack("pack-unknown-kind", "a rule of kind casino", kv("kind", "\"rooftop-greening\""), kv("kind", "\"casino\""))
        .exit(64, -1).stderr("unknown rule kind").done();
    pack("pack-green-tolerance-negative", "green-space toleranceM2 -1", kv("toleranceM2", "0.01"),
        kv("toleranceM2", "-1")).exit(64, -1).stderr("toleranceM2").done();
    pack("pack-long-key", "an unknown field of 40,000 characters: quoted cut", "\"schemaVersion\"",
        "\"" + "z".repeat(40_000) + "\": 1, \"schemaVersion\"").exit(64, -1).stderr("zzzz…").done();
    pack("pack-date-garbage", "the pack takes effect on 2021-13-45", kv("effectiveFrom", "\"2021-09-01\""),
        kv("effectiveFrom", "\"2021-13-45\"")).exit(64, -1).done();
    Case c = new Case("pack-password-file", "pack", "--policy names a password file: refused without echoing it");
    c.write("facts.json", "[" + json(record("F-1")) + "]").write("passwd", "root:x:0:0:secretroot:/root:/bin/bash\n");
    c.check("facts.json", "--policy", "{case}/passwd").exit(64, -1).notInStderr("secretroot").done();
    for (String[] text : new String[][] {{"empty", ""}, {"array", "[]"}, {"null", "null"}, {"string", "\"pack\""}}) {
      c = new Case("pack-" + text[0], "pack", "the pack file is " + (text[1].isEmpty() ? "empty" : text[1]));
      c.write("facts.json", "[" + json(record("F-1")) + "]").write("pack.json", text[1]);
      c.check("facts.json", "--policy", "{case}/pack.json").exit(64, -1).done();
    }
    if (big) {
      c = new Case("pack-20mb", "pack", "a 20 MB pack file: refused by size").big();
      c.write("facts.json", "[" + json(record("F-1")) + "]").write("pack.json", " ".repeat(20 << 20) + "{}");
      c.check("facts.json", "--policy", "{case}/pack.json").exit(64, -1).stderr("at most 16 MiB").done();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The command line

  private void cli() throws IOException {
    String facts = "[" + json(record("F-1")) + "," + json(record("F-2")) + "]";
    Object[][] usage = {
        {"cli-threads-zero", "--threads 0", new String[] {"--threads", "0"}},
        {"cli-threads-max-int", "--threads 2147483647 once overflowed", new String[] {"--threads", "2147483647"}},
        {"cli-threads-negative", "--threads -1", new String[] {"--threads", "-1"}},
        {"cli-threads-text", "--threads many", new String[] {"--threads", "many"}},
        {"cli-date-invalid", "--date 2024-02-30", new String[] {"--date", "2024-02-30"}},
        {"cli-format-pdf", "--format pdf", new String[] {"--format", "pdf"}},
        {"cli-lang-xx", "--lang xx", new String[] {"--lang", "xx"}},
        {"cli-crs-unknown", "--crs EPSG:99999", new String[] {"--crs", "EPSG:99999"}},
        {"cli-charset-unknown", "--charset NOPE-8", new String[] {"--charset", "NOPE-8"}},
        {"cli-policy-unknown", "--policy beijing-2030", new String[] {"--policy", "beijing-2030"}},
        {"cli-unknown-option", "--frobnicate", new String[] {"--frobnicate"}}};
    for (Object[] u : usage) {
      Case c = new Case((String) u[0], "cli", (String) u[1] + ": a usage error");
      c.write("facts.json", facts).check("facts.json", (String[]) u[2]).exit(64, -1).done();
    }
    Case c = new Case("cli-threads-256", "cli", "--threads 256, the most");
    c.write("facts.json", facts).check("facts.json", "--threads", "256").exit(0, 2).done();
    c = new Case("cli-no-command", "cli", "no command");
    c.args().exit(64, -1).done();
    c = new Case("cli-check-no-input", "cli", "check without an input");
    c.args("check").exit(64, -1).done();
    c = new Case("cli-missing-input", "cli", "an input that does not exist: 74");
    c.check("nowhere.json").exit(74, -1).done();
    c = new Case("cli-unknown-input-kind", "cli", "an input of no kind landcheck reads");
    c.write("notes.txt", "hello").check("notes.txt").exit(64, -1).done();
    c = new Case("cli-out-over-input", "cli", "--out is the input");
    c.write("facts.json", facts).args("check", "{case}/facts.json", "--out", "{case}/facts.json").exit(64, -1).done();
    c = new Case("cli-out-missing-dir", "cli", "--out in a directory that does not exist: 74");
    c.write("facts.json", facts).args("check", "{case}/facts.json", "--out", "{out}/no/such/dir/r.json")
        .exit(74, -1).done();
    c = new Case("cli-html-report", "cli", "an HTML report: spool files removed at the end");
    c.write("facts.json", facts).args("check", "{case}/facts.json", "--out", "{out}/report.html").exit(0, -1).done();
    c = new Case("cli-html-usage-error", "cli", "an HTML report and a bad second input: no spool file left (they "
        + "once leaked on exit 64)");
    c.write("facts.json", facts).write("notes.txt", "x")
        .args("check", "{case}/facts.json", "{case}/notes.txt", "--out", "{out}/report.html").exit(64, -1).done();
    for (String fault : List.of("oom", "stack", "bug")) {
      c = new Case("cli-internal-" + fault, "cli", "an injected " + fault + " after the first row: 70, one line, the "
          + "report of the rows so far, marked incomplete").ownJvm()
          .option("-Dlandcheck.injectFault=" + fault + "-after:1");
      c.write("facts.json", facts).check("facts.json").exit(70, 2).stderr("landcheck: internal error").done();
    }
    c = new Case("cli-internal-html", "cli", "an injected OutOfMemoryError with an HTML report: 70, the page ended")
        .ownJvm().option("-Dlandcheck.injectFault=oom-after:0");
    c.write("facts.json", facts).args("check", "{case}/facts.json", "--out", "{out}/report.html").exit(70, -1).done();
  }
}
