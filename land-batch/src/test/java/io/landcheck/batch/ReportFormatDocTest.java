package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the batch sections of docs/report-format.md true: the remedy plan's CSV columns and the sample park's PLAN
 * rows and "to comply" lines it quotes, and the policy-impact report's CSV columns and JSON fields. (land-core's test
 * of the same name keeps the per-parcel JSON schema true.)
 */
@DisplayName("docs/report-format.md: the plan in CSV and HTML, and the policy-impact report")
class ReportFormatDocTest {

  private static final Path DOC = Path.of("../docs/report-format.md");
  /** The date the sample park's parcels without an application date are judged on, as in PolicyDiffTest. */
  private static final LocalDate DATE = LocalDate.of(2026, 11, 1);

  /** The doc's text from the heading {@code from} to the next heading of level 2, or the end. */
  private static String section(String from) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf("\n## " + from);
    assertThat(start).as("docs/report-format.md has a section '%s'", from).isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }

  /** The lines of the fenced blocks of a section, in order. */
  private static List<String> fencedLines(String section) {
    List<String> lines = new ArrayList<>();
    Matcher m = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (m.find()) {
      lines.addAll(m.group(1).lines().toList());
    }
    return lines;
  }

  private static byte[] samplePark(ReportFormat format, String lang) throws IOException {
    try (BatchInput input = BatchInput.open(List.of(PolicyDiffTest.SAMPLE), Fixtures.PACK)) {
      return Fixtures.write(format, lang, BatchChecker.of(Fixtures.PACK).onDate(DATE), input);
    }
  }

  @Test
  @DisplayName("the table of PLAN columns names the CSV report's columns between field and error_code, in order")
  void planColumns() throws IOException {
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `(plan_[a-z0-9_]+)` \\|").matcher(section("The remedy plan in CSV"));
    while (m.find()) {
      documented.add(m.group(1));
    }
    List<String> columns = CsvReportWriter.COLUMNS;
    assertThat(documented)
        .containsExactlyElementsOf(columns.subList(columns.indexOf("field") + 1, columns.indexOf("error_code")));
  }

  @Test
  @DisplayName("error_code, the CSV report's last column, is named in the CSV section with the codes' list")
  void errorCodeColumn() throws IOException {
    assertThat(CsvReportWriter.COLUMNS).last().isEqualTo("error_code");
    assertThat(section("The remedy plan in CSV")).contains("the last column, `error_code`")
        .contains("docs/input-format.md");
  }

  @Test
  @DisplayName("the PLAN rows it quotes are rows the CSV report of the sample park has, in Chinese and English")
  void planRows() throws IOException {
    List<String> quoted = fencedLines(section("The remedy plan in CSV")).stream()
        .filter(l -> l.contains(",PLAN,")).toList();
    assertThat(quoted).hasSize(4);
    Set<String> written = new TreeSet<>();
    for (String lang : List.of("zh", "en")) {
      // the doc quotes `landcheck check examples/data/sample-park.gpkg` run from the repository's root
      written.addAll(new String(samplePark(ReportFormat.CSV, lang), StandardCharsets.UTF_8).lines()
          .map(l -> l.replace("../examples/data/", "examples/data/")).toList());
    }
    assertThat(written).containsAll(quoted);
  }

  @Test
  @DisplayName("the 'to comply' lines it quotes are SP-030's in the HTML report of the sample park, in zh and en")
  void toComplyLines() throws IOException {
    List<String> quoted = fencedLines(section("The remedy plan in CSV")).stream()
        .filter(l -> !l.contains(",PLAN,")).toList();
    List<String> written = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      Document page = Jsoup.parse(new String(samplePark(ReportFormat.HTML, lang), StandardCharsets.UTF_8));
      Element row = page.select("#parcel-table tbody tr").stream()
          .filter(tr -> tr.select("td").get(1).text().equals("SP-030")).findFirst().orElseThrow();
      Element detail = page.getElementById(row.select("a").attr("href").substring(1));
      written.add(detail.select("p.plan").text());
      written.add(detail.select(".alone").text());
    }
    assertThat(quoted).containsExactlyElementsOf(written);
  }

  @Test
  @DisplayName("the policy-impact CSV's columns are given in the order the report writes them")
  void diffColumns() throws IOException {
    Matcher m = Pattern.compile("columns\\s+`(row_type,[^`]+)`").matcher(section("Policy-impact reports"));
    assertThat(m.find()).isTrue();
    String header = new String(PolicyDiffTest.write(DiffFormat.CSV, "en"), StandardCharsets.UTF_8).lines()
        .findFirst().orElseThrow().replace("\uFEFF", "");
    assertThat(m.group(1).replaceAll("\\s+", " ")).isEqualTo(header.replace(",", ", "));
  }

  @Test
  @DisplayName("every field the policy-impact JSON writes is in its table, with schemaVersion 1")
  void diffJsonFields() throws IOException {
    String section = section("Policy-impact reports");
    JsonNode json = PolicyDiffTest.MAPPER.readTree(PolicyDiffTest.write(DiffFormat.JSON, "en"));
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(DiffFormat.SCHEMA_VERSION).isEqualTo(1);
    assertThat(section).contains("| `schemaVersion` | integer | always | version of this format (1) |");
    Set<String> names = new TreeSet<>();
    collectNames(json, names);
    assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(section)
        .containsPattern("`[\\w.\\[\\]]*\\b" + name + "\\b[\\w.\\[\\]]*`"));
  }

  private static void collectNames(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        names.add(name);
        collectNames(node.get(name), names);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectNames(child, names));
    }
  }
}
