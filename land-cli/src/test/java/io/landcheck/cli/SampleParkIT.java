package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the shaded jar on the bundled sample park, examples/data/sample-park.gpkg (60 parcels, six deliberately broken
 * records listed in examples/data/README.md), in every format.
 */
class SampleParkIT {

  private static final Path JAR = Path.of(System.getProperty("landcheck.jar", "target/landcheck.jar"));
  private static final Path SAMPLE = Path.of("../examples/data/sample-park.gpkg");

  @TempDir static Path dir;
  private static int jsonExit;
  private static int csvExit;
  private static int htmlExit;
  private static JsonNode json;
  private static String csv;
  private static Document html;

  private static int landcheck(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("log-" + System.nanoTime() + ".txt").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("landcheck finished").isTrue();
    return p.exitValue();
  }

  @BeforeAll
  static void checkSamplePark() throws Exception {
    jsonExit = landcheck("check", SAMPLE.toString(), "--date", "2024-06-01", "--trace", "--out",
        dir.resolve("r.json").toString());
    csvExit = landcheck("check", SAMPLE.toString(), "--date", "2024-06-01", "--format", "csv", "--out",
        dir.resolve("r.csv").toString());
    htmlExit = landcheck("check", SAMPLE.toString(), "--date", "2024-06-01", "--format", "html", "--lang", "en",
        "--out", dir.resolve("r.html").toString());
    json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
    csv = Files.readString(dir.resolve("r.csv"), StandardCharsets.UTF_8);
    html = Jsoup.parse(dir.resolve("r.html").toFile(), "UTF-8");
  }

  @Test
  @DisplayName("the sample park, which has broken records, exits 2 in every format")
  void exitCode() {
    assertThat(List.of(jsonExit, csvExit, htmlExit)).containsOnly(2);
  }

  @Test
  @DisplayName("the GeoJSON copy of the sample park gives the same verdict for every parcel as the GeoPackage")
  void geoJsonAgrees() throws Exception {
    Path out = dir.resolve("geojson.json");
    int exit = landcheck("check", "../examples/data/sample-park", "--date", "2024-06-01", "--out", out.toString());
    assertThat(exit).isEqualTo(2);
    JsonNode other = new ObjectMapper().readTree(out.toFile());
    assertThat(verdicts(other)).isEqualTo(verdicts(json));
    assertThat(other.path("summary").path("read").asInt()).isEqualTo(json.path("summary").path("read").asInt());
  }

  private static java.util.Map<String, String> verdicts(JsonNode report) {
    java.util.Map<String, String> byId = new java.util.TreeMap<>();
    for (JsonNode p : report.path("parcels")) {
      String locator = p.path("locator").asText();
      if (locator.matches(".*parcels(\\.geojson)?#\\d+") && !p.path("parcelId").asText().contains("#")) {
        byId.put(p.path("parcelId").asText(), p.path("verdict").asText());
      }
    }
    return byId;
  }

  @Test
  @DisplayName("JSON holds every record once and its counts add up")
  void jsonCounts() {
    JsonNode s = json.path("summary");
    assertThat(json.path("parcels").size()).isEqualTo(s.path("read").asInt());
    assertThat(s.path("read").asLong()).isEqualTo(s.path("compliant").asLong() + s.path("nonCompliant").asLong()
        + s.path("notApplicable").asLong() + s.path("insufficientData").asLong() + s.path("errors").asLong());
    List<String> ids = StreamSupport.stream(json.path("parcels").spliterator(), false)
        .filter(p -> p.path("locator").asText().contains(":parcels#")).map(p -> p.path("locator").asText()).toList();
    assertThat(ids).hasSize(60).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("after the parcels, one ERROR row per parcel id that buildings or storeys name but the parcels lack")
  void oneRowPerMissingParcel() throws Exception {
    java.util.Set<String> missing = new java.util.TreeSet<>();
    int parcels;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + SAMPLE);
         java.sql.Statement st = c.createStatement()) {
      try (java.sql.ResultSet rs = st.executeQuery("SELECT parcel_id FROM buildings UNION SELECT parcel_id FROM storeys"
          + " EXCEPT SELECT parcel_id FROM parcels WHERE TRIM(parcel_id) <> ''")) {
        while (rs.next()) {
          missing.add(rs.getString(1));
        }
      }
      try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM parcels")) {
        parcels = rs.getInt(1);
      }
    }
    List<JsonNode> orphans = StreamSupport.stream(json.path("parcels").spliterator(), false)
        .filter(p -> !p.path("locator").asText().contains(":parcels#")).toList();

    assertThat(missing).isNotEmpty();
    assertThat(orphans).extracting(p -> p.path("parcelId").asText()).containsExactlyElementsOf(missing);
    assertThat(orphans).allSatisfy(p -> {
      assertThat(p.path("verdict").asText()).isEqualTo("ERROR");
      assertThat(p.path("errors").get(0).path("field").asText()).isEqualTo("parcel_id");
    });
    assertThat(json.path("summary").path("read").asInt()).isEqualTo(parcels + missing.size());
  }

  /** The broken records that have a parcel id; the sixth has a blank one ({@link #blankParcelId}). */
  @ParameterizedTest(name = "{0} is an ERROR row naming {1}")
  @CsvSource({
      "SP-008, boundary",                           // a self-intersecting boundary
      "SP-018, aboveGroundFloorAreaM2[娱乐]",        // a use code the pack does not know
      "SP-026, storeys.use_code",                   // a storey without a use code
      "SP-036, storeys.level",                      // a storey at level 0
      "SP-046, storeys.storey_height_m"})           // a storey -3.6 m high
  @DisplayName("each deliberately broken parcel is an ERROR row naming the field")
  void brokenRecord(String id, String field) {
    JsonNode row = StreamSupport.stream(json.path("parcels").spliterator(), false)
        .filter(p -> p.path("parcelId").asText().equals(id)).findFirst().orElseThrow();
    assertThat(row.path("verdict").asText()).as(id).isEqualTo("ERROR");
    assertThat(row.path("errors").get(0).path("field").asText()).as(id).isEqualTo(field);
  }

  @Test
  @DisplayName("the parcel whose parcel_id is blank is an ERROR row under its locator, naming parcel_id")
  void blankParcelId() throws Exception {
    long fid;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + SAMPLE);
         java.sql.Statement st = c.createStatement();
         java.sql.ResultSet rs = st.executeQuery("SELECT fid FROM parcels WHERE TRIM(COALESCE(parcel_id, '')) = ''")) {
      assertThat(rs.next()).as("a parcel with a blank parcel_id in the sample park").isTrue();
      fid = rs.getLong(1);
    }
    // the input as the command line was given it (relative to the working directory), its table and the row
    String locator = SAMPLE.normalize() + ":parcels#" + fid;
    JsonNode row = StreamSupport.stream(json.path("parcels").spliterator(), false)
        .filter(p -> p.path("locator").asText().equals(locator)).findFirst().orElseThrow();

    assertThat(row.path("verdict").asText()).isEqualTo("ERROR");
    assertThat(row.path("errors").get(0).path("field").asText()).isEqualTo("parcel_id");
  }

  @Test
  @DisplayName("the JSON report leaves out what does not apply instead of writing null, the (no park) entry included")
  void noNulls() {
    List<String> nulls = new java.util.ArrayList<>();
    java.util.Deque<java.util.Map.Entry<String, JsonNode>> todo = new java.util.ArrayDeque<>();
    todo.push(java.util.Map.entry("$", json));
    while (!todo.isEmpty()) {
      java.util.Map.Entry<String, JsonNode> e = todo.pop();
      if (e.getValue().isNull()) {
        nulls.add(e.getKey());
      }
      e.getValue().fields().forEachRemaining(f -> todo.push(java.util.Map.entry(e.getKey() + "." + f.getKey(),
          f.getValue())));
      for (int i = 0; i < e.getValue().size() && e.getValue().isArray(); i++) {
        todo.push(java.util.Map.entry(e.getKey() + "[" + i + "]", e.getValue().get(i)));
      }
    }

    assertThat((Iterable<JsonNode>) json.path("scorecard")).as("the (no park) entry, without a parkId")
        .anySatisfy(park -> assertThat(park.has("parkId")).isFalse());
    assertThat(nulls).isEmpty();
  }

  @Test
  @DisplayName("the CSV names the broken storey of SP-046 by its table and field")
  void brokenRecordInCsv() {
    assertThat(csv).contains("SP-046").contains("storeys.storey_height_m");
  }

  @Test
  @DisplayName("a measured parcel carries its measurement trace")
  void trace() {
    JsonNode first = json.path("parcels").get(0);
    assertThat(first.path("measurement").path("lines").size()).isPositive();
  }

  @Test
  @DisplayName("the buildings that cross their parcel's boundary give warnings, which the summary counts")
  void warnings() {
    assertThat(json.path("summary").path("withWarnings").asInt()).isPositive();
  }

  @Test
  @DisplayName("without --trace the JSON report is the same but for each parcel's measurement trace")
  void traceOnlyWhenAsked() throws Exception {
    Path out = dir.resolve("no-trace.json");
    assertThat(landcheck("check", SAMPLE.toString(), "--date", "2024-06-01", "--out", out.toString())).isEqualTo(2);
    JsonNode plain = new ObjectMapper().readTree(out.toFile());
    assertThat(plain.path("parcels")).hasSameSizeAs(json.path("parcels"));
    for (int i = 0; i < plain.path("parcels").size(); i++) {
      ObjectNode traced = json.path("parcels").get(i).deepCopy();
      assertThat(plain.path("parcels").get(i).has("measurement")).isFalse();
      traced.remove("measurement");
      assertThat(plain.path("parcels").get(i)).isEqualTo(traced);
    }
    assertThat(plain.path("summary").path("read")).isEqualTo(json.path("summary").path("read"));
  }

  @Test
  @DisplayName("read and checked all on one thread (--threads 1), the sample park gives the same JSON report")
  void oneThreadSameReport() throws Exception {
    Path out = dir.resolve("one-thread.json");
    assertThat(landcheck("check", SAMPLE.toString(), "--date", "2024-06-01", "--trace", "--threads", "1", "--out",
        out.toString())).isEqualTo(2);
    JsonNode oneThread = new ObjectMapper().readTree(out.toFile());
    assertThat(oneThread.path("parcels")).isEqualTo(json.path("parcels"));
    assertThat(oneThread.path("scorecard")).isEqualTo(json.path("scorecard"));
    assertThat(oneThread.path("greenSpace")).isEqualTo(json.path("greenSpace"));
  }

  @Test
  @DisplayName("CSV starts with a byte-order mark and has ERROR and WARNING rows")
  void csvRows() {
    assertThat(csv).startsWith("\uFEFF");
    assertThat(csv).contains(",ERROR,").contains(",WARNING,");
  }

  @Test
  @DisplayName("the CSV has a green-space-balance row for each parcel the JSON lists as left short")
  void csvGreenSpace() {
    List<String> shortInJson = json.path("greenSpace").path("shortfalls").findValuesAsText("parcelId");
    List<String> shortInCsv = csv.lines().filter(l -> l.contains(",BATCH_RULE,green-space-balance,"))
        .map(l -> l.split(",", -1)[1]).toList();

    assertThat(shortInJson).isNotEmpty();
    assertThat(shortInCsv).isEqualTo(shortInJson);
  }

  @Test
  @DisplayName("the HTML map has one path per measured parcel, each linking to its rule-by-rule detail")
  void htmlMap() {
    long measured = StreamSupport.stream(json.path("parcels").spliterator(), false)
        .filter(p -> p.has("measurement")).count();
    assertThat(html.select("svg.parcel-map path.parcel")).hasSize((int) measured);
    for (Element link : html.select("svg.parcel-map a")) {
      Element detail = html.getElementById(link.attr("href").substring(1));
      assertThat(detail).isNotNull();
      assertThat(detail.select("table.rules tbody tr, .errors li")).isNotEmpty();
    }
    assertThat(html.select("svg.parcel-map path.building")).isNotEmpty();
  }

  @Test
  @DisplayName("the HTML has the summary, a scorecard row per park and a table row per record")
  void htmlSections() {
    assertThat(html.select("section#summary .card[data-verdict=ERROR] .n").text())
        .isEqualTo(json.path("summary").path("errors").asText());
    assertThat(html.select("#scorecard-table tbody tr td:first-child").eachText()).contains("P1", "P2", "P3", "P4");
    assertThat(html.select("#parcel-table tbody tr")).hasSize(json.path("parcels").size());
    assertThat(html.select("section#green")).isNotEmpty();
  }
}
