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
 *       map coloured by verdict, and each parcel's rule-by-rule detail with clauses and remedies;
 *   <li>{@link #GPKG} and {@link #GEOJSON}: GIS result layers (审查结果图层) for QGIS, written to files
 *       ({@link #layerWriter}): the parcels with verdict, failing rules, areas, plot ratio, shares, remedies and
 *       errors as attributes, and the buildings as a second layer, with a QGIS style (.qml) beside them.
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
  HTML,
  /** A GeoPackage with layers {@code parcel_results} and {@code building_results}. */
  GPKG,
  /** GeoJSON: {@code parcel_results} in the file, {@code building_results} in {@code STEM.building_results.geojson}. */
  GEOJSON;

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
    checkLanguage(language);
    return switch (this) {
      case JSON -> new JsonReportWriter(out, withTrace);
      case CSV -> new CsvReportWriter(out, language);
      case HTML -> new HtmlReportWriter(out, language, HtmlReportWriter.DEFAULT_MAP_LIMIT);
      case GPKG, GEOJSON -> throw new IllegalArgumentException(
          "ReportFormat." + name() + " writes files, not a stream: use layerWriter(file, language)");
    };
  }

  /**
   * Whether this format writes GIS layers to files ({@link #layerWriter}) rather than a report to a stream.
   *
   * @return true for {@link #GPKG} and {@link #GEOJSON}
   */
  public boolean writesLayers() {
    return this == GPKG || this == GEOJSON;
  }

  /**
   * A writer of this format's result layers to {@code file} (and, for GeoJSON, the buildings beside it), with the
   * QGIS style {@code STEM.qml} beside it, legend and remedies in {@code language}. The files are written under
   * temporary names and moved into place when the batch ends; closing the writer of a batch that did not end deletes
   * them.
   *
   * @param file the GeoPackage or GeoJSON file to write
   * @param language {@code zh} or {@code en}
   * @return the sink the batch writes its rows to
   * @throws IllegalArgumentException if this format does not write layers ({@link #writesLayers()})
   */
  public BatchSink layerWriter(java.nio.file.Path file, String language) {
    checkNotNull(file, "ReportFormat.layerWriter(file)");
    checkLanguage(language);
    checkArgument(writesLayers(), "ReportFormat.%s writes a stream: use writer(out, language)", name());
    return new LayerReportWriter(file, this == GPKG ? io.landcheck.geo.io.ResultLayers.Format.GEOPACKAGE
        : io.landcheck.geo.io.ResultLayers.Format.GEOJSON, language);
  }

  /**
   * The files {@link #layerWriter} writes for {@code file}: the file, the buildings' file for GeoJSON, and the style.
   *
   * @param file the output file the user named
   * @return every file the writer will write, so that a caller can check none of them is an input
   */
  public java.util.List<java.nio.file.Path> layerFiles(java.nio.file.Path file) {
    checkArgument(writesLayers(), "ReportFormat.%s writes a stream", name());
    return LayerReportWriter.files(file, this == GPKG ? io.landcheck.geo.io.ResultLayers.Format.GEOPACKAGE
        : io.landcheck.geo.io.ResultLayers.Format.GEOJSON);
  }

  private static void checkLanguage(String language) {
    checkArgument("zh".equals(language) || "en".equals(language),
        "ReportFormat.writer(language) must be zh or en, was %s", language);
  }

  /**
   * The usual file extension, without the dot.
   *
   * @return {@code json}, {@code csv}, {@code html}, {@code gpkg} or {@code geojson}
   */
  public String extension() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
