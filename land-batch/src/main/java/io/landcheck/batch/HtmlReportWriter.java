package io.landcheck.batch;

import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.BatchResult;
import io.landcheck.engine.BatchRule;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.Report;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.MeasurementTrace;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.RecordError;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a batch as one self-contained HTML page (inline CSS and script, no network) a planner opens offline: the
 * summary, the park scorecard (园区评价), the green-space balance, an SVG map of parcels and buildings coloured by
 * verdict, a sortable table of every parcel, and each parcel's rule-by-rule detail with clauses and remedies. A
 * non-compliant parcel's remedy plan is its 「合规所需」 / "To comply" line, in its table row and at the head of its
 * detail; each rule's remedy there says whether each of its options, taken alone, leaves the parcel compliant.
 *
 * <p>The page is streamed: table rows are written to the output as they come; map paths and details are spooled to
 * temporary files and appended at the end, when the summary is known. CSS flex order puts the summary first on
 * screen. Memory stays flat whatever the batch size. For big batches the map is capped at {@code mapLimit} parcels,
 * and details are given for all of the first {@link #DETAIL_ALL_LIMIT} records, then only for records with a problem,
 * up to {@link #DETAIL_LIMIT} in all; the page says so when it caps.
 *
 * <p>A row's table cells and (when it may be wanted) its detail section are made by {@link #encode}, on a worker
 * thread; the writing thread chooses, copies, and draws the map.
 */
final class HtmlReportWriter implements EncodingSink {

  /** Parcels drawn on the map at most; a bigger batch's map shows the first ones and says so. */
  static final int DEFAULT_MAP_LIMIT = 5_000;

  /** Every record among the first this many gets a detail section. */
  static final int DETAIL_ALL_LIMIT = 1_000;

  /**
   * After those, records with a problem (non-compliant, insufficient data, error) get a detail section until this many
   * details are written; every record still has its row in the table.
   */
  static final int DETAIL_LIMIT = 5_000;

  private final Writer out;
  private final String lang;
  private final int mapLimit;
  private final Path mapFile;
  private final Path detailFile;
  private final Writer map;
  private final Writer details;
  private long rows;
  private long detailed;
  private long drawn;
  private long withGeometry;
  private double originX = Double.NaN;
  private double originY;
  private double minX = Double.POSITIVE_INFINITY;
  private double minY = Double.POSITIVE_INFINITY;
  private double maxX = Double.NEGATIVE_INFINITY;
  private double maxY = Double.NEGATIVE_INFINITY;
  private BatchInfo info;
  /** Why the batch stopped before its last record, for a report of what was done so far. */
  private String incomplete;

  HtmlReportWriter(OutputStream out, String lang, int mapLimit) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.lang = lang;
    this.mapLimit = mapLimit;
    try {
      this.mapFile = Files.createTempFile("landcheck-map", ".svg.part");
      this.detailFile = Files.createTempFile("landcheck-details", ".html.part");
      this.map = Files.newBufferedWriter(mapFile, StandardCharsets.UTF_8);
      this.details = Files.newBufferedWriter(detailFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create temporary files for the HTML report", e);
    }
  }

  @Override
  public void begin(BatchInfo info) throws IOException {
    this.info = info;
    out.write("<!DOCTYPE html>\n<html lang=\"" + ("zh".equals(lang) ? "zh-CN" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"generator\" content=\"landcheck\">\n");
    out.write("<title>" + esc(t("title")) + " · " + esc(info.pack().document()) + "</title>\n");
    out.write("<style>\n" + css(info.pack().batchRules()) + "</style>\n</head>\n<body>\n<main class=\"report\">\n");
    out.write("<header class=\"s-header\"><h1>" + esc(t("title")) + "</h1>\n<p class=\"meta\">");
    out.write(esc(t("pack")) + ": <b>" + esc(info.pack().title().in(lang)) + "</b> (" + esc(info.pack().id()) + ", "
        + esc(info.pack().document()) + ")<br>");
    out.write(esc(t("inputs")) + ": " + esc(String.join(", ", info.inputs())) + "<br>");
    out.write(esc(t("date")) + ": " + esc(info.date().map(LocalDate::toString).orElse(t("noDate"))) + "</p>\n");
    out.write("<nav><a href=\"#summary\">" + esc(t("summary")) + "</a> · <a href=\"#scorecard\">" + esc(t("scorecard"))
        + "</a> · " + batchLinks() + "<a href=\"#map\">" + esc(t("map"))
        + "</a> · <a href=\"#parcels\">" + esc(t("parcels")) + "</a> · <a href=\"#details\">" + esc(t("details"))
        + "</a></nav>\n</header>\n");
    out.write("<section id=\"parcels\" class=\"s-table\"><h2>" + esc(t("parcels")) + "</h2>\n");
    out.write("<p class=\"hint\">" + esc(t("sortHint")) + "</p>\n");
    out.write("<table class=\"sortable\" id=\"parcel-table\"><thead><tr>");
    for (String h : new String[] {"no", "parcelId", "park", "verdict", "plotRatio", "amenityShare", "failed",
        "toComply"}) {
      out.write("<th>" + esc(t(h)) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
  }

  /** A row's table row, cut where the parcel id goes (a link when it has a detail section), and maybe its detail. */
  private record Encoded(String head, String tail, Optional<String> detail) {}

  /** Problem rows after the first {@link #DETAIL_ALL_LIMIT} whose detail the workers made (roughly those wanted). */
  private final AtomicLong problemDetailsEncoded = new AtomicLong();

  @Override
  public Object encode(BatchRow row) {
    Report r = row.report();
    String verdict = r.verdict().name();
    String head = "<tr class=\"v-" + verdict + "\"><td data-sort=\"" + row.index() + "\">" + (row.index() + 1) + "</td><td>";
    String tail = "</td><td>" + esc(row.parkId().orElse("")) + "</td>"
        + "<td data-sort=\"" + r.verdict().ordinal() + "\"><span class=\"badge v-" + verdict + "\">"
        + esc(verdictName(r.verdict())) + "</span>" + repairedBadge(row) + "</td>"
        + "<td class=\"num\">" + Numbers.beside(r.plotRatio(), 2, Numbers.limits(r, "ratio")) + "</td>"
        + "<td class=\"num\">" + Numbers.percentBeside(r.floorAreas().map(FloorAreaSummary::amenityShare)
            .orElse(java.util.OptionalDouble.empty()), Numbers.limits(r, "share")) + "</td>"
        + "<td>" + esc(r.verdict() == Verdict.ERROR
            ? r.errors().stream().map(RecordError::field).distinct().collect(Collectors.joining(", "))
            : r.resultsWith(Verdict.NON_COMPLIANT).stream().map(x -> x.ruleId().value()).collect(Collectors.joining(", ")))
        + "</td><td class=\"plan\">" + r.remedyPlan().map(p -> esc(p.text().in(lang))).orElse("") + "</td></tr>\n";
    // The writer decides on the row count, which a worker does not know: make the detail where it is likely wanted;
    // the writer makes any other it wants itself.
    boolean likely = row.index() < DETAIL_ALL_LIMIT
        || (problem(r) && problemDetailsEncoded.incrementAndGet() <= DETAIL_LIMIT);
    Optional<String> detail = Optional.empty();
    if (likely) {
      StringWriter d = new StringWriter(4096);
      try {
        detail(d, row, "p-" + row.index());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      detail = Optional.of(d.toString());
    }
    return new Encoded(head, tail, detail);
  }

  /** Whether an invalid polygon of the record was repaired on request ({@code --repair}), trusted or not. */
  private static boolean repaired(BatchRow row) {
    return row.measured().isPresent() && row.measured().get().isRepaired();
  }

  /** A badge beside the verdict of a repaired record; nothing for others (styled inline: other reports unchanged). */
  private String repairedBadge(BatchRow row) {
    return repaired(row) ? " <span class=\"badge repaired\" style=\"background:#1565c0\">" + esc(t("repaired"))
        + "</span>" : "";
  }

  private static boolean problem(Report r) {
    return r.verdict() != Verdict.COMPLIANT && r.verdict() != Verdict.NOT_APPLICABLE;
  }

  @Override
  public void row(BatchRow row, Object encoded) throws IOException {
    Encoded enc = (Encoded) encoded;
    rows++;
    Report r = row.report();
    boolean detailed = rows <= DETAIL_ALL_LIMIT || (this.detailed < DETAIL_LIMIT && problem(r));
    String anchor = "p-" + row.index();
    out.write(enc.head());
    if (detailed) {
      out.write("<a href=\"#" + anchor + "\">" + esc(row.parcelId()) + "</a>");
    } else {
      out.write(esc(row.parcelId()));
    }
    out.write(enc.tail());
    if (detailed) {
      this.detailed++;
      if (enc.detail().isPresent()) {
        details.write(enc.detail().get());
      } else {
        detail(details, row, anchor);
      }
    }
    row.parcel().ifPresent(p -> {
      withGeometry++;
      if (drawn < mapLimit) {
        drawn++;
        try {
          draw(p, r.verdict(), detailed ? anchor : null, row.parcelId());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  private void detail(Writer d, BatchRow row, String anchor) throws IOException {
    Report r = row.report();
    d.write("<section class=\"parcel-detail\" id=\"" + anchor + "\"><h3>" + esc(row.parcelId()) + " <span class=\"badge v-"
        + r.verdict().name() + "\">" + esc(verdictName(r.verdict())) + "</span>" + repairedBadge(row) + "</h3>\n"
        + "<p class=\"meta\">");
    d.write(esc(t("locator")) + ": " + esc(row.locator()));
    row.parkId().ifPresent(p -> write(d, " · " + esc(t("park")) + ": " + esc(p)));
    row.districtId().ifPresent(p -> write(d, " · " + esc(t("district")) + ": " + esc(p)));
    if (r.checkDate().isPresent()) {
      d.write(" · " + esc(t("checkDate")) + ": " + r.checkDate().get());
    }
    if (!r.packInForce()) {
      d.write(" · <b>" + esc(t("notInForce")) + "</b>");
    }
    d.write("</p>\n");
    if (repaired(row)) {
      List<String> polygons = row.measured().get().repaired(lang);
      d.write("<p class=\"repaired\"><b>" + esc(t("repaired")) + "</b>" + esc(t("colon"))
          + esc(String.format(t("repairedLine"), polygons.size(), String.join(", ", polygons))) + "</p>\n");
    }
    r.floorAreas().ifPresent(f -> write(d, "<p class=\"areas\">" + esc(t("siteArea")) + " " + Numbers.plain(f.siteAreaM2(), 2)
        + " m² · " + esc(t("aboveGround")) + " " + Numbers.plain(f.aboveGroundM2(), 2) + " m² ("
        + esc(t("principal")) + " " + Numbers.plain(f.principalIndustrialM2(), 2) + ", " + esc(t("other")) + " "
        + Numbers.plain(f.otherIndustrialM2(), 2) + ", " + esc(t("amenity")) + " " + Numbers.plain(f.livingAmenityM2(), 2)
        + ") · " + esc(t("underground")) + " " + Numbers.plain(f.undergroundM2(), 2) + " m² · " + esc(t("plotRatio")) + " "
        + Numbers.beside(f.plotRatio(), 3, Numbers.limits(r, "ratio")) + "</p>\n"));
    if (r.remedyPlan().isPresent()) {
      RemedyPlan plan = r.remedyPlan().get();
      d.write("<p class=\"plan plan-" + plan.status().name() + "\"><b>" + esc(t("toComply")) + "</b>"
          + esc(t("colon")) + esc(plan.text().in(lang)) + "</p>\n");
    }
    if (!r.results().isEmpty()) {
      d.write("<table class=\"rules\"><thead><tr>");
      for (String h : new String[] {"rule", "clause", "verdict", "measured", "limit", "message", "remedy"}) {
        d.write("<th>" + esc(t(h)) + "</th>");
      }
      d.write("</tr></thead><tbody>\n");
      for (RuleResult x : r.results()) {
        d.write("<tr class=\"v-" + x.verdict().name() + "\"><td>" + esc(x.ruleId().value()) + "</td><td><details><summary>"
            + esc(x.citation().document() + " " + x.citation().clause()) + "</summary>" + esc(x.citation().text().in(lang))
            + "</details></td><td><span class=\"badge v-" + x.verdict().name() + "\">" + esc(verdictName(x.verdict()))
            + "</span>" + x.determination().map(s -> " " + esc(s)).orElse("") + "</td><td class=\"num\">"
            + Numbers.beside(x.measured(), 4, Numbers.limitOf(x))
            + "</td><td class=\"num\">" + Numbers.limit(x.limit()) + " " + esc(x.unit().orElse(""))
            + "</td><td>" + esc(x.message().in(lang)) + "</td><td>" + x.remedy().map(m -> esc(m.in(lang))).orElse("")
            + alone(x) + "</td></tr>\n");
      }
      d.write("</tbody></table>\n");
    }
    list(d, "errors", r.errors());
    list(d, "warnings", row.warnings());
    if (row.measured().isPresent()) {
      trace(d, row.measured().get().trace());
    }
    d.write("<p><a href=\"#parcels\">↑ " + esc(t("back")) + "</a></p></section>\n");
  }

  /**
   * Whether each of the result's options, taken alone, leaves the parcel compliant, in option order: 「单独采取后整体合规：
   * 否、是」; "" when no option was checked so.
   */
  private String alone(RuleResult x) {
    if (x.remedyOptions().isEmpty() || x.remedyOptions().stream().anyMatch(o -> o.compliesAlone().isEmpty())) {
      return "";
    }
    String answers = x.remedyOptions().stream().map(o -> t(o.compliesAlone().get() ? "alone.yes" : "alone.no"))
        .collect(Collectors.joining("zh".equals(lang) ? "、" : ", "));
    return "<br><span class=\"alone\">" + esc(t("alone")) + esc(t("colon")) + esc(answers) + "</span>";
  }

  private void trace(Writer d, MeasurementTrace trace) throws IOException {
    if (trace.lines().isEmpty()) {
      return;
    }
    d.write("<details class=\"trace\"><summary>" + esc(t("trace")) + "</summary><p>" + esc(trace.explanation())
        + "</p>\n<table class=\"trace-lines\"><thead><tr>");
    for (String h : new String[] {"building", "level", "use", "storeyHeight", "footprint", "inside", "outside", "factor",
        "counted", "reason"}) {
      d.write("<th>" + esc(t(h)) + "</th>");
    }
    d.write("</tr></thead><tbody>\n");
    for (MeasurementTrace.StoreyLine l : trace.lines()) {
      d.write("<tr><td>" + esc(l.buildingId()) + "</td><td class=\"num\">" + l.level() + "</td><td>" + esc(l.useCode())
          + "</td><td class=\"num\">" + Numbers.plain(l.storeyHeightM(), 2) + "</td><td class=\"num\">"
          + Numbers.plain(l.footprintM2(), 2) + "</td><td class=\"num\">" + Numbers.plain(l.insideM2(), 2)
          + "</td><td class=\"num\">" + Numbers.plain(l.outsideM2(), 2) + "</td><td class=\"num\">"
          + Numbers.plain(l.factor(), 2) + "</td><td class=\"num\">" + Numbers.plain(l.countedM2(), 2) + "</td><td>"
          + esc(l.reason()) + "</td></tr>\n");
    }
    d.write("</tbody></table></details>\n");
  }

  private void list(Writer d, String key, java.util.List<RecordError> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    d.write("<div class=\"" + key + "\"><h4>" + esc(t(key)) + "</h4><ul>");
    for (RecordError e : items) {
      d.write("<li><code>" + esc(e.field()) + "</code>: " + esc(e.message(lang)) + "</li>");
    }
    d.write("</ul></div>\n");
  }

  private void draw(GeoParcel p, Verdict verdict, String anchor, String id) throws IOException {
    if (Double.isNaN(originX)) {
      originX = Math.floor(p.boundary().getEnvelopeInternal().getMinX());
      originY = Math.ceil(p.boundary().getEnvelopeInternal().getMaxY());
    }
    map.write("<g>");
    if (anchor != null) {
      map.write("<a href=\"#" + anchor + "\">");
    }
    map.write("<path class=\"parcel v-" + verdict.name() + "\"" + (anchor != null ? " data-detail=\"" + anchor + "\"" : "")
        + " d=\"");
    path(p.boundary());
    map.write("\"><title>" + esc(id + " · " + verdictName(verdict)) + "</title></path>");
    if (anchor != null) {
      map.write("</a>");
    }
    for (Building b : p.buildings()) {
      map.write("<path class=\"building\" d=\"");
      path(b.footprint());
      map.write("\"/>");
    }
    map.write("</g>\n");
  }

  /** Streams a polygon's rings as SVG path data, y flipped, relative to the map origin, to 0.01 m. */
  private void path(Geometry g) throws IOException {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon poly) {
        ring(poly.getExteriorRing());
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          ring(poly.getInteriorRingN(h));
        }
      }
    }
  }

  private void ring(LineString ring) throws IOException {
    int n = ring.getNumPoints();
    for (int i = 0; i < n; i++) {
      Coordinate c = ring.getCoordinateN(i);
      double x = c.x - originX;
      double y = originY - c.y;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      map.write(i == 0 ? "M" : "L");
      map.write(Numbers.plain(x, 2));
      map.write(' ');
      map.write(Numbers.plain(y, 2));
    }
    map.write("Z");
  }

  @Override
  public void end(BatchSummary s) throws IOException {
    out.write("</tbody></table></section>\n");
    map.close();
    details.close();
    summary(s);
    scorecard(s);
    batchResults(s);
    out.write("<section id=\"map\" class=\"s-map\"><h2>" + esc(t("map")) + "</h2>\n");
    if (drawn == 0) {
      out.write("<p class=\"hint\">" + esc(t("noGeometry")) + "</p>\n");
    } else {
      if (withGeometry > drawn) {
        out.write("<p class=\"hint cap\">" + esc(String.format(t("mapCapped"), drawn, withGeometry)) + "</p>\n");
      }
      out.write("<div class=\"legend\">");
      for (Verdict v : Verdict.values()) {
        out.write("<span class=\"badge v-" + v.name() + "\">" + esc(verdictName(v)) + "</span> ");
      }
      out.write("</div>\n");
      out.write("<div class=\"map-tools\"><button type=\"button\" data-zoom=\"in\" title=\"" + esc(t("zoomIn")) + "\">+</button>"
          + "<button type=\"button\" data-zoom=\"out\" title=\"" + esc(t("zoomOut")) + "\">−</button>"
          + "<button type=\"button\" data-zoom=\"reset\" title=\"" + esc(t("zoomReset")) + "\">⟲</button> <span class=\"hint\">"
          + esc(t("mapHint")) + "</span></div>\n");
      double pad = Math.max(maxX - minX, maxY - minY) * 0.02 + 1;
      out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"parcel-map\" viewBox=\"" + Numbers.plain(minX - pad, 2)
          + " " + Numbers.plain(minY - pad, 2) + " " + Numbers.plain(maxX - minX + 2 * pad, 2) + " "
          + Numbers.plain(maxY - minY + 2 * pad, 2) + "\" preserveAspectRatio=\"xMidYMid meet\">\n");
      copy(mapFile);
      out.write("</svg>\n");
    }
    out.write("</section>\n");
    out.write("<section id=\"details\" class=\"s-details\"><h2>" + esc(t("details")) + "</h2>\n");
    if (detailed < rows) {
      out.write("<p class=\"hint cap\">" + esc(String.format(t("detailsCapped"), detailed, rows, DETAIL_ALL_LIMIT))
          + "</p>\n");
    }
    copy(detailFile);
    out.write("</section>\n</main>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    out.flush();
    Files.deleteIfExists(mapFile);
    Files.deleteIfExists(detailFile);
  }

  /** Ends the page with the rows written so far, and says at the top of the summary why it is incomplete. */
  @Override
  public void abort(BatchSummary soFar, String reason) throws IOException {
    incomplete = reason;
    end(soFar);
  }

  /** Deletes the temporary files of the map and the details, if the page was not ended. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(mapFile);
      Files.deleteIfExists(detailFile);
    } finally {
      try {
        map.close();
        details.close();
      } catch (IOException alreadyFailed) {
        // the files are gone either way
      }
    }
  }

  private void summary(BatchSummary s) throws IOException {
    out.write("<section id=\"summary\" class=\"s-summary\"><h2>" + esc(t("summary")) + "</h2>\n");
    if (incomplete != null) {
      out.write("<p class=\"hint cap incomplete\">" + esc(String.format(t("incomplete"), s.read(), incomplete))
          + "</p>\n");
    }
    out.write("<div class=\"cards\">");
    card("read", s.read(), "");
    for (Verdict v : new Verdict[] {Verdict.COMPLIANT, Verdict.NON_COMPLIANT, Verdict.INSUFFICIENT_DATA,
        Verdict.NOT_APPLICABLE, Verdict.ERROR}) {
      out.write("<div class=\"card v-" + v.name() + "\" data-verdict=\"" + v.name() + "\"><div class=\"n\">" + s.count(v)
          + "</div><div>" + esc(verdictName(v)) + "</div></div>");
    }
    out.write("</div>\n<p class=\"meta\">" + esc(String.format(t("throughput"), s.read(),
        Numbers.plain(s.elapsed().toMillis() / 1000.0, 1), Numbers.plain(s.recordsPerSecond(), 0))));
    if (s.buildingsByLocation() + s.buildingsUnplaced() > 0) {
      out.write(" · " + esc(String.format(t("byLocation"), s.buildingsByLocation(), s.buildingsUnplaced())));
    }
    if (s.withWarnings() > 0) {
      out.write(" · " + esc(String.format(t("withWarnings"), s.withWarnings())));
    }
    out.write("</p>\n");
    if (!s.nonCompliantByRule().isEmpty()) {
      out.write("<h3>" + esc(t("failuresByRule")) + "</h3><table class=\"by-rule\"><tbody>");
      for (Map.Entry<RuleId, Long> e : s.nonCompliantByRule().entrySet()) {
        out.write("<tr><td>" + esc(e.getKey().value()) + "</td><td class=\"num\">" + e.getValue() + "</td></tr>");
      }
      out.write("</tbody></table>\n");
    }
    out.write("</section>\n");
  }

  private void card(String key, long n, String cls) throws IOException {
    out.write("<div class=\"card " + cls + "\"><div class=\"n\">" + n + "</div><div>" + esc(t(key)) + "</div></div>");
  }

  private void scorecard(BatchSummary s) throws IOException {
    out.write("<section id=\"scorecard\" class=\"s-scorecard\"><h2>" + esc(t("scorecard")) + "</h2>\n");
    out.write("<table class=\"sortable\" id=\"scorecard-table\"><thead><tr>");
    for (String h : new String[] {"park", "district", "parcelsCount", "checked", "compliantShare", "meanPlotRatio",
        "medianPlotRatio", "amenityShare", "errors", "worstRules"}) {
      out.write("<th>" + esc(t(h)) + "</th>");
    }
    out.write("</tr></thead><tbody>\n");
    for (ParkScore p : s.scorecard()) {
      out.write("<tr><td>" + esc(p.parkId().orElse(t("noPark"))) + "</td><td>" + esc(p.districtId().orElse(""))
          + "</td><td class=\"num\">" + p.parcels() + "</td><td class=\"num\">" + p.checked() + "</td><td class=\"num\">"
          + Numbers.percent(p.compliantShare()) + "</td><td class=\"num\">" + Numbers.plain(p.meanPlotRatio(), 2)
          + "</td><td class=\"num\">" + Numbers.plain(p.medianPlotRatio(), 2) + "</td><td class=\"num\">"
          + Numbers.percent(p.amenityShare()) + "</td><td class=\"num\">" + p.errors() + "</td><td>"
          + esc(p.worstRules().stream().map(r -> r.ruleId().value() + " ×" + r.nonCompliant())
              .collect(Collectors.joining(", "))) + "</td></tr>\n");
    }
    out.write("</tbody></table></section>\n");
  }

  /** One section per batch rule (the green-space balance, 五(四)), or a hint that the pack has none. */
  private void batchResults(BatchSummary s) throws IOException {
    if (s.batchResults().isEmpty()) {
      out.write("<section id=\"batch\" class=\"s-batch\"><h2>" + esc(t("batchRules")) + "</h2>\n");
      out.write("<p class=\"hint\">" + esc(t("noBatchRule")) + "</p></section>\n");
      return;
    }
    for (BatchResult r : s.batchResults()) {
      batchResult(r);
    }
  }

  /** The header's links to the batch rules' sections, each followed by a separator. */
  private String batchLinks() {
    List<BatchRule> rules = info.pack().batchRules();
    if (rules.isEmpty()) {
      return "<a href=\"#batch\">" + esc(t("batchRules")) + "</a> · ";
    }
    StringBuilder b = new StringBuilder();
    for (BatchRule rule : rules) {
      b.append("<a href=\"#").append(esc(rule.htmlId())).append("\">").append(esc(rule.title().in(lang)))
          .append("</a> · ");
    }
    return b.toString();
  }

  private void batchResult(BatchResult g) throws IOException {
    BatchRule rule = info.pack().batchRules().stream().filter(b -> b.id().equals(g.ruleId())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no batch rule " + g.ruleId().value() + " in the pack"));
    out.write("<section id=\"" + esc(rule.htmlId()) + "\" class=\"s-" + esc(rule.htmlId()) + "\"><h2>"
        + esc(rule.title().in(lang)) + "</h2>\n");
    out.write("<p>" + esc(g.citation().document() + " " + g.citation().clause()) + ": <span class=\"badge v-"
        + g.verdict().name() + "\">" + esc(verdictName(g.verdict())) + "</span></p>\n");
    for (BatchResult.Table table : g.tables()) {
      if (table.inHtml() && !table.rows().isEmpty()) {
        table(rule.htmlId() + "-" + table.key(), table);
      }
    }
    if (!g.parcelLines().isEmpty()) {
      out.write("<h3>" + esc(g.parcelLinesTitle().in(lang)) + "</h3><ul>");
      for (BatchResult.ParcelLine f : g.parcelLines()) {
        out.write("<li><b>" + esc(f.parcelId()) + "</b>: " + Numbers.beside(f.figureM2(), 1, 0.0) + " m² — "
            + esc(f.reason().in(lang)) + "</li>");
      }
      out.write("</ul>\n");
    }
    out.write("</section>\n");
  }

  private void table(String cssClass, BatchResult.Table table) throws IOException {
    out.write("<table class=\"" + esc(cssClass) + "\"><thead><tr>");
    for (BatchResult.Column c : table.columns()) {
      out.write("<th>" + esc(c.heading().in(lang)) + "</th>");
    }
    out.write("</tr></thead><tbody>");
    for (List<BatchResult.Cell> row : table.rows()) {
      out.write("<tr>");
      for (int i = 0; i < row.size(); i++) {
        BatchResult.Cell cell = row.get(i);
        switch (table.columns().get(i).format()) {
          case TEXT -> out.write("<td>" + esc(cell.text().orElse("")) + "</td>");
          case M2 -> out.write("<td class=\"num\">" + Numbers.plain(cell.figure().orElse(0), 1) + "</td>");
          case M2_BESIDE_VERDICT ->
              out.write("<td class=\"num\">" + Numbers.beside(cell.figure().orElse(0), 1, 0.0) + "</td>");
        }
      }
      out.write("</tr>");
    }
    out.write("</tbody></table>\n");
  }

  private void copy(Path part) throws IOException {
    try (Reader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
  }

  private static void write(Writer w, String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String verdictName(Verdict v) {
    return t("verdict." + v.name());
  }

  private String t(String key) {
    String[] pair = LABELS.get(key);
    if (pair == null) {
      throw new IllegalStateException("no label " + key);
    }
    return "zh".equals(lang) ? pair[0] : pair[1];
  }

  /** Text for HTML: {@code & < > " '} escaped. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final ImmutableMap<String, String[]> LABELS = ImmutableMap.<String, String[]>builder()
      .put("title", new String[] {"产业用地批量审查报告", "Industrial land batch check report"})
      .put("pack", new String[] {"政策包", "Policy pack"})
      .put("inputs", new String[] {"输入", "Inputs"})
      .put("date", new String[] {"审查日期", "Check date"})
      .put("noDate", new String[] {"未给出（各宗地按申请日期审查）", "none given (each parcel on its application date)"})
      .put("summary", new String[] {"汇总", "Summary"})
      .put("scorecard", new String[] {"园区评价", "Park scorecard"})
      .put("map", new String[] {"地块图", "Map"})
      .put("parcels", new String[] {"宗地列表", "Parcels"})
      .put("details", new String[] {"逐条审查明细", "Rule-by-rule details"})
      .put("sortHint", new String[] {"点击表头排序。", "Click a column heading to sort."})
      .put("no", new String[] {"序号", "No."})
      .put("parcelId", new String[] {"宗地编号", "Parcel"})
      .put("park", new String[] {"园区", "Park"})
      .put("district", new String[] {"区", "District"})
      .put("verdict", new String[] {"结论", "Verdict"})
      .put("plotRatio", new String[] {"容积率", "Plot ratio"})
      .put("amenityShare", new String[] {"生活配套占比", "Living-amenity share"})
      .put("failed", new String[] {"不符合的条款 / 错误字段", "Failed rules / fields in error"})
      .put("locator", new String[] {"来源", "Source"})
      .put("repaired", new String[] {"已修复", "Repaired"})
      .put("repairedLine", new String[] {"%d 个无效多边形经 --repair 由 JTS GeometryFixer 修复（%s），修复可信则照常判定并附警告，"
          + "面积变化超过容差则不予判定（见下方错误或警告）",
          "%d invalid polygon(s) repaired with --repair by JTS GeometryFixer (%s): judged with a warning where the "
          + "repair is trusted, not judged where its area changes by more than the tolerance (see the errors or "
          + "warnings below)"})
      .put("checkDate", new String[] {"适用日期", "Judged for"})
      .put("notInForce", new String[] {"申请日期不在政策施行期内", "application date outside the policy's period"})
      .put("siteArea", new String[] {"用地面积", "Site area"})
      .put("aboveGround", new String[] {"地上建筑面积", "Above-ground floor area"})
      .put("principal", new String[] {"主导产业", "principal"})
      .put("other", new String[] {"其他产业", "other industrial"})
      .put("amenity", new String[] {"生活配套", "living amenity"})
      .put("underground", new String[] {"地下建筑面积", "Underground"})
      .put("rule", new String[] {"规则", "Rule"})
      .put("clause", new String[] {"条款", "Clause"})
      .put("measured", new String[] {"实测值", "Measured"})
      .put("limit", new String[] {"限值", "Limit"})
      .put("message", new String[] {"说明", "Finding"})
      .put("remedy", new String[] {"整改建议", "Remedy"})
      .put("toComply", new String[] {"合规所需", "To comply"})
      .put("alone", new String[] {"单独采取后整体合规", "Alone, leaves the parcel compliant"})
      .put("colon", new String[] {"：", ": "})
      .put("alone.yes", new String[] {"是", "yes"})
      .put("alone.no", new String[] {"否", "no"})
      .put("errors", new String[] {"数据错误", "Errors"})
      .put("warnings", new String[] {"提示", "Warnings"})
      .put("trace", new String[] {"面积计算过程", "How the areas were measured"})
      .put("building", new String[] {"建筑", "Building"})
      .put("level", new String[] {"层号", "Level"})
      .put("use", new String[] {"用途", "Use"})
      .put("storeyHeight", new String[] {"层高 m", "Height m"})
      .put("footprint", new String[] {"基底 m²", "Footprint m²"})
      .put("inside", new String[] {"界内 m²", "Inside m²"})
      .put("outside", new String[] {"界外 m²", "Outside m²"})
      .put("factor", new String[] {"系数", "Factor"})
      .put("counted", new String[] {"计入 m²", "Counted m²"})
      .put("reason", new String[] {"依据", "Reason"})
      .put("back", new String[] {"返回列表", "back to the list"})
      .put("read", new String[] {"读取记录", "Records read"})
      .put("throughput", new String[] {"共 %s 条记录，用时 %s 秒，每秒 %s 条。", "%s records in %s s, %s per second."})
      .put("withWarnings", new String[] {"%s 条记录带提示", "%s records with warnings"})
      .put("byLocation", new String[] {"按位置归属建筑 %s 栋，未能归属 %s 栋", "%s buildings placed by location, %s on no parcel"})
      .put("failuresByRule", new String[] {"各条款不符合的宗地数", "Parcels failing each rule"})
      .put("parcelsCount", new String[] {"宗地数", "Parcels"})
      .put("checked", new String[] {"已审查", "Checked"})
      .put("compliantShare", new String[] {"合规率", "Compliant"})
      .put("meanPlotRatio", new String[] {"平均容积率", "Mean plot ratio"})
      .put("medianPlotRatio", new String[] {"容积率中位数", "Median plot ratio"})
      .put("worstRules", new String[] {"主要问题条款", "Most failed rules"})
      .put("noPark", new String[] {"（未注明园区）", "(no park)"})
      .put("batchRules", new String[] {"批量规则", "Batch rules"})
      .put("noBatchRule", new String[] {"政策包无批量规则。", "The pack has no batch rule."})
      .put("zoomIn", new String[] {"放大", "Zoom in"})
      .put("zoomOut", new String[] {"缩小", "Zoom out"})
      .put("zoomReset", new String[] {"复位", "Whole map"})
      .put("mapHint", new String[] {"滚轮或按钮缩放，拖动平移，点击地块查看明细。",
          "Wheel or buttons to zoom, drag to pan, click a parcel for its detail."})
      .put("noGeometry", new String[] {"输入不含图形，无地块图。", "The input has no geometry, so there is no map."})
      .put("incomplete", new String[] {"报告不完整：审查在 %d 条之后因内部错误中止（%s）。",
          "Incomplete report: the check stopped after %d records on an internal error (%s)."})
      .put("mapCapped", new String[] {"地块图仅显示前 %s 宗（共 %s 宗有图形）；完整结果见表格及 JSON/CSV 报告。",
          "The map shows the first %s of %s parcels with geometry; the table and the JSON/CSV reports have them all."})
      .put("detailsCapped", new String[] {"列出 %1$s 宗的明细（共 %2$s 条记录）：前 %3$s 条全部列出，其后只列存在问题的记录；完整结果见 JSON/CSV 报告。",
          "Details are given for %1$s of %2$s records: all of the first %3$s, then those with a problem; the JSON and CSV reports have them all."})
      .put("verdict.COMPLIANT", new String[] {"合规", "Compliant"})
      .put("verdict.NON_COMPLIANT", new String[] {"不合规", "Non-compliant"})
      .put("verdict.NOT_APPLICABLE", new String[] {"不适用", "Not applicable"})
      .put("verdict.INSUFFICIENT_DATA", new String[] {"资料不足", "Insufficient data"})
      .put("verdict.ERROR", new String[] {"数据错误", "Error"})
      .buildOrThrow();

  /** The page's style sheet, which the policy-impact page ({@link DiffFormat#HTML}) shares. */
  /**
   * The page's style sheet, with the batch rules' sections of {@code batchRules} after the scorecard.
   *
   * @param batchRules the pack's batch rules, in pack order
   * @return the CSS
   */
  static String css(List<BatchRule> batchRules) {
    StringBuilder order = new StringBuilder();
    for (BatchRule rule : batchRules) {
      order.append(".s-").append(rule.htmlId()).append("{order:3}");
    }
    if (batchRules.isEmpty()) {
      order.append(".s-batch{order:3}");
    }
    return CSS.replace("/*batch rules*/", order);
  }

  private static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;margin:0;background:#f6f7f9;color:#222}
      main.report{display:flex;flex-direction:column;max-width:1360px;margin:0 auto;padding:16px 24px}
      main>*{background:#fff;border-radius:8px;padding:8px 20px;margin:8px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
      .s-header{order:0}.s-summary{order:1}.s-scorecard{order:2}/*batch rules*/.s-map{order:4}.s-table{order:5}.s-details{order:6}
      h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:15px}
      .meta,.hint{color:#555;font-size:13px}.cap{color:#8a4b00}
      nav a{color:#1565c0;text-decoration:none;font-size:14px}
      table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}
      th,td{border-bottom:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}
      th{background:#f0f2f5;position:sticky;top:0}table.sortable th{cursor:pointer;user-select:none}
      table.sortable th.asc:after{content:" ▲"}table.sortable th.desc:after{content:" ▼"}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      .badge{display:inline-block;padding:1px 7px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
      .badge.v-COMPLIANT{background:#2e7d32}.badge.v-NON_COMPLIANT{background:#c62828}.badge.v-INSUFFICIENT_DATA{background:#e0a800;color:#222}
      .badge.v-NOT_APPLICABLE{background:#8d8d8d}.badge.v-ERROR{background:#6a1b9a}
      .cards{display:flex;gap:10px;flex-wrap:wrap}.card{border-radius:8px;padding:10px 16px;min-width:110px;background:#eef1f5}
      .card .n{font-size:26px;font-weight:600}.card.v-COMPLIANT{background:#e3f2e5}.card.v-NON_COMPLIANT{background:#fbe3e3}
      .card.v-INSUFFICIENT_DATA{background:#fff5d6}.card.v-ERROR{background:#f1e3f6}
      svg.parcel-map{width:100%;height:640px;background:#fafafa;border:1px solid #ddd;touch-action:none;cursor:grab}
      svg.parcel-map.dragging{cursor:grabbing}path.parcel.selected{stroke:#000;stroke-width:2.5;fill-opacity:.9}
      .map-tools{margin:4px 0}.map-tools button{min-width:30px;font-size:15px;margin-right:4px;cursor:pointer}
      path.parcel{stroke:#333;stroke-width:.6;fill-opacity:.55;fill-rule:evenodd;vector-effect:non-scaling-stroke}
      path.parcel:hover{fill-opacity:.85}path.building{fill:#37474f;fill-opacity:.55;stroke:none;fill-rule:evenodd;pointer-events:none}
      path.v-COMPLIANT{fill:#43a047}path.v-NON_COMPLIANT{fill:#e53935}path.v-INSUFFICIENT_DATA{fill:#fbc02d}
      path.v-NOT_APPLICABLE{fill:#9e9e9e}path.v-ERROR{fill:#8e24aa}
      .parcel-detail{border-top:1px solid #ddd;padding:4px 0}.parcel-detail:target{background:#fffbe6}
      p.plan{background:#eef5ff;border-left:3px solid #1565c0;padding:4px 8px}.alone{color:#555;font-size:12px}
      details summary{cursor:pointer;color:#1565c0}.errors li{color:#6a1b9a}.warnings li{color:#8a4b00}
      tr.v-NON_COMPLIANT td:first-child{border-left:3px solid #c62828}tr.v-ERROR td:first-child{border-left:3px solid #6a1b9a}
      """;

  private static final String SCRIPT = """
      (function(){
        function key(td){var s=td.getAttribute('data-sort');var t=s!==null?s:td.textContent.trim();
          var n=parseFloat(t.replace('%',''));return isNaN(n)||!/^[-\\d.]/.test(t)?{s:t}:{n:n};}
        function cmp(a,b){if(a.n!==undefined&&b.n!==undefined)return a.n-b.n;if(a.n!==undefined)return -1;
          if(b.n!==undefined)return 1;return a.s.localeCompare(b.s,'zh');}
        document.querySelectorAll('table.sortable').forEach(function(table){
          table.querySelectorAll('thead th').forEach(function(th,col){
            th.addEventListener('click',function(){
              var asc=!th.classList.contains('asc');
              table.querySelectorAll('thead th').forEach(function(h){h.classList.remove('asc','desc');});
              th.classList.add(asc?'asc':'desc');
              var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
              var keyed=rows.map(function(r){return [key(r.cells[col]),r];});
              keyed.sort(function(x,y){var c=cmp(x[0],y[0]);return asc?c:-c;});
              var frag=document.createDocumentFragment();keyed.forEach(function(k){frag.appendChild(k[1]);});
              body.appendChild(frag);
            });
          });
        });
      })();
      (function(){
        // The map: wheel or buttons zoom (about the pointer), a drag pans, a click on a parcel goes to its detail.
        document.querySelectorAll('svg.parcel-map').forEach(function(svg){
          var home=svg.getAttribute('viewBox').split(/[\\s,]+/).map(Number),vb=home.slice();
          function show(){svg.setAttribute('viewBox',vb.join(' '));}
          function at(x,y){var m=svg.getScreenCTM();if(!m){return {x:vb[0]+vb[2]/2,y:vb[1]+vb[3]/2};}
            var p=svg.createSVGPoint();p.x=x;p.y=y;p=p.matrixTransform(m.inverse());return {x:p.x,y:p.y};}
          function zoom(f,c){if(vb[2]*f<home[2]/5000||vb[2]*f>home[2]*20){return;}
            vb=[c.x-(c.x-vb[0])*f,c.y-(c.y-vb[1])*f,vb[2]*f,vb[3]*f];show();}
          function centre(){return {x:vb[0]+vb[2]/2,y:vb[1]+vb[3]/2};}
          svg.addEventListener('wheel',function(e){e.preventDefault();
            zoom(e.deltaY<0?0.8:1.25,at(e.clientX,e.clientY));},{passive:false});
          var drag=null,moved=false;
          svg.addEventListener('pointerdown',function(e){if(e.button!==0){return;}
            var a=at(e.clientX,e.clientY),b=at(e.clientX+1,e.clientY);
            drag={x:e.clientX,y:e.clientY,vb:vb.slice(),k:b.x-a.x};moved=false;});
          window.addEventListener('pointermove',function(e){if(!drag){return;}
            var dx=e.clientX-drag.x,dy=e.clientY-drag.y;
            if(!moved&&Math.abs(dx)+Math.abs(dy)>4){moved=true;svg.classList.add('dragging');}
            if(moved){vb[0]=drag.vb[0]-dx*drag.k;vb[1]=drag.vb[1]-dy*drag.k;show();}});
          window.addEventListener('pointerup',function(){drag=null;svg.classList.remove('dragging');});
          svg.addEventListener('click',function(e){
            if(moved){e.preventDefault();e.stopPropagation();moved=false;return;}
            var p=e.target.closest?e.target.closest('path.parcel[data-detail]'):null;if(!p){return;}
            e.preventDefault();
            svg.querySelectorAll('path.parcel.selected').forEach(function(q){q.classList.remove('selected');});
            p.classList.add('selected');location.hash='#'+p.getAttribute('data-detail');},true);
          var tools=svg.parentNode.querySelector('.map-tools');
          if(tools){tools.addEventListener('click',function(e){var z=e.target.getAttribute('data-zoom');
            if(z==='in'){zoom(0.5,centre());}else if(z==='out'){zoom(2,centre());}
            else if(z==='reset'){vb=home.slice();show();}});}
        });
      })();
      """;
}
