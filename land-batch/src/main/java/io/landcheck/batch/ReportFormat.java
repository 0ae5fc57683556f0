package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.OutputStream;

/**
 * The report formats a batch can be written in, each a {@link BatchSink} that writes rows as they come and never holds
 * the batch in memory:
 *
 * <ul>
 *   <li>{@link #JSON}: a batch envelope around the per-parcel report schema of docs/report-format.md, with the
 *       summary, park scorecard and green-space balance at the end; each parcel's per-storey measurement trace
 *       ({@code measurement}) only from {@link #writerWithTrace};
 *   <li>{@link #CSV}: one row per parcel and rule (plus error and warning rows), UTF-8 with a byte-order mark so Excel
 *       opens Chinese text;
 *   <li>{@link #HTML}: one self-contained page a planner opens offline: summary, park scorecard, sortable table, SVG
 *       map coloured by verdict, and each parcel's rule-by-rule detail with clauses and remedies.
 * </ul>
 *
 * @since 0.1
 */
public enum ReportFormat {
  /** A JSON document in the schema of docs/report-format.md, the whole report in one object. */
  JSON,
  /** A CSV file, one row per parcel and rule, UTF-8 with a byte-order mark so that Excel opens Chinese text. */
  CSV,
  /** A self-contained HTML page a planner opens offline, with the scorecard, a sortable table and a map. */
  HTML;

  /**
   * A writer of this format to {@code out}, with messages in {@code language} ({@code zh} or {@code en}). The writer
   * flushes {@code out} at the end but does not close it.
   *
   * @param out where the report goes; flushed at the end, not closed
   * @param language {@code zh} or {@code en}, the language of messages
   * @return a sink that writes the report as the batch gives it rows
   */
  public BatchSink writer(OutputStream out, String language) {
    return writer(out, language, false);
  }

  /**
   * Like {@link #writer}, and the JSON report also gives each parcel measured from geometry its per-storey measurement
   * trace ({@code measurement}: every building and storey with footprint, factor, counted area and the reason), which
   * is some 17 KB a parcel: four times the report's size and several times the time to write it. The HTML report
   * shows the trace either way; the CSV report has none.
   *
   * @param out where the report goes; flushed at the end, not closed
   * @param language {@code zh} or {@code en}, the language of messages
   * @return a sink that writes the report with the measurement traces
   */
  public BatchSink writerWithTrace(OutputStream out, String language) {
    return writer(out, language, true);
  }

  private BatchSink writer(OutputStream out, String language, boolean withTrace) {
    checkNotNull(out, "ReportFormat.writer(out)");
    checkArgument("zh".equals(language) || "en".equals(language),
        "ReportFormat.writer(language) must be zh or en, was %s", language);
    return switch (this) {
      case JSON -> new JsonReportWriter(out, withTrace);
      case CSV -> new CsvReportWriter(out, language);
      case HTML -> new HtmlReportWriter(out, language, HtmlReportWriter.DEFAULT_MAP_LIMIT);
    };
  }

  /**
   * The usual file extension, without the dot.
   *
   * @return {@code json}, {@code csv} or {@code html}
   */
  public String extension() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
