package io.landcheck.batch;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.Report;
import io.landcheck.engine.Rule;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.MeasurementTrace;
import io.landcheck.geo.io.ResultLayers.Column;
import io.landcheck.geo.io.ResultLayers.Type;
import io.landcheck.geo.io.ResultLayers;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.RecordError;
import io.landcheck.model.UseClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a batch as GIS result layers (审查结果图层) for QGIS: {@value #PARCELS}, one feature per input record, the parcel
 * polygon with its verdict, failing rules, areas, plot ratio, shares, remedies and errors as attributes (a record whose
 * polygon could not be read has a feature without geometry, so nothing is dropped), and {@value #BUILDINGS}, one
 * feature per building of a parcel read with its geometry. Geometries are written in the system the first parcel was
 * read in (its input's), others projected to it. A QGIS style colouring the parcels by verdict ({@link QgisStyle}) is
 * written beside the file, {@code STEM.qml}, and into a GeoPackage's {@code layer_styles} table as the parcels layer's
 * default, which QGIS applies when it opens the layer.
 *
 * <p>The files are written under temporary names beside the target and moved into place by {@link #end}, so a batch
 * that fails leaves none half-written; an aborted batch's layers end with an {@code INCOMPLETE} feature saying why.
 */
final class LayerReportWriter implements BatchSink {

  static final String PARCELS = "parcel_results";
  static final String BUILDINGS = "building_results";

  /** How many rows without geometry are held back, before the first with one names the file's system. */
  static final int HELD_BACK = 10_000;

  private final Path target;
  private final ResultLayers.Format format;
  private final String language;
  private List<ResultLayers.Layer> layers;
  private List<String> ruleIds;
  private Path temporary;
  private ResultLayers out;
  private final List<BatchRow> heldBack = new ArrayList<>();
  private boolean done;

  LayerReportWriter(Path target, ResultLayers.Format format, String language) {
    this.target = target;
    this.format = format;
    this.language = language;
  }

  /** The files written: the target, then for GeoJSON the buildings layer's file, then the style. */
  static List<Path> files(Path target, ResultLayers.Format format) {
    List<Path> out = new ArrayList<>(ResultLayers.files(target, format, layers(List.of())));
    out.add(QgisStyle.beside(target));
    return out;
  }

  @Override
  public void begin(BatchInfo info) throws IOException {
    ruleIds = info.pack().rules().stream().map(Rule::id).map(r -> r.value()).toList();
    layers = layers(ruleIds);
  }

  /** The parcel columns, with a verdict column per rule of the pack, and the building columns. */
  static List<ResultLayers.Layer> layers(List<String> ruleIds) {
    List<Column> parcel = new ArrayList<>(List.of(
        new Column("record_index", Type.INTEGER),
        new Column("parcel_id", Type.TEXT),
        new Column("locator", Type.TEXT),
        new Column("park_id", Type.TEXT),
        new Column("district_id", Type.TEXT),
        new Column("verdict", Type.TEXT),
        new Column("failing_rules", Type.TEXT),
        new Column("insufficient_rules", Type.TEXT),
        new Column("site_area_m2", Type.REAL),
        new Column("above_ground_m2", Type.REAL),
        new Column("plot_ratio_floor_area_m2", Type.REAL),
        new Column("underground_m2", Type.REAL),
        new Column("plot_ratio", Type.REAL),
        new Column("ancillary_share", Type.REAL),
        new Column("amenity_share", Type.REAL),
        new Column("remedy_options", Type.TEXT),
        new Column("remedies", Type.TEXT)));
    parcel.addAll(PLAN_COLUMNS);
    for (String id : ruleIds) {
      parcel.add(new Column(ruleColumn(id), Type.TEXT));
    }
    parcel.add(new Column("errors", Type.TEXT));
    parcel.add(new Column("warnings", Type.TEXT));
    List<Column> building = List.of(
        new Column("parcel_id", Type.TEXT),
        new Column("building_id", Type.TEXT),
        new Column("parcel_verdict", Type.TEXT),
        new Column("storeys", Type.INTEGER),
        new Column("footprint_m2", Type.REAL),
        new Column("inside_m2", Type.REAL),
        new Column("outside_m2", Type.REAL),
        new Column("outside_share", Type.REAL));
    return List.of(new ResultLayers.Layer(PARCELS, parcel), new ResultLayers.Layer(BUILDINGS, building));
  }

  /**
   * The columns of the parcel's remedy plan (one plan making every failing rule comply at once, {@link
   * io.landcheck.engine.RemedyPlan}), on a non-compliant parcel; null on others. Per-rule remedies are in
   * {@code remedy_options}.
   */
  static final List<Column> PLAN_COLUMNS = List.of(
      new Column("plan_status", Type.TEXT),
      new Column("plan_total_change_m2", Type.REAL),
      new Column("plan_lease_term_years", Type.INTEGER),
      new Column("plan_text", Type.TEXT));

  /** The column of a rule's verdict: {@code rule_} and the rule id, hyphens as underscores. */
  static String ruleColumn(String ruleId) {
    return "rule_" + ruleId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  @Override
  public synchronized void row(BatchRow row) throws IOException {
    if (out == null) {
      Optional<Geometry> g = row.parcel().map(GeoParcel::boundary);
      if (g.isEmpty() && heldBack.size() < HELD_BACK) {
        heldBack.add(row);
        return;
      }
      open(g.flatMap(ResultLayers::inputSystemOf));
    }
    write(row);
  }

  /** Opens the file in {@code crs}, and writes the rows held back. */
  private void open(Optional<String> crs) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    temporary = dir.resolve(".landcheck-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
        + ".part." + name);
    out = ResultLayers.create(temporary, format, crs, layers);
    for (BatchRow r : heldBack) {
      write(r);
    }
    heldBack.clear();
  }

  private void write(BatchRow row) throws IOException {
    out.add(PARCELS, row.parcel().map(GeoParcel::boundary), parcelValues(row));
    if (row.parcel().isPresent()) {
      Map<String, MeasurementTrace.BuildingLine> lines = new HashMap<>();
      row.measured().ifPresent(m -> m.trace().buildings().forEach(b -> lines.put(b.buildingId(), b)));
      for (Building b : row.parcel().get().buildings()) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("parcel_id", row.parcelId());
        v.put("building_id", b.id());
        v.put("parcel_verdict", row.verdict().name());
        v.put("storeys", b.storeys().size());
        MeasurementTrace.BuildingLine line = lines.get(b.id());
        if (line != null) {
          v.put("footprint_m2", line.footprintM2());
          v.put("inside_m2", line.insideM2());
          v.put("outside_m2", line.outsideM2());
          v.put("outside_share", line.footprintM2() > 0 ? line.outsideM2() / line.footprintM2() : 0.0);
        }
        out.add(BUILDINGS, Optional.of(b.footprint()), v);
      }
    }
  }

  private Map<String, Object> parcelValues(BatchRow row) {
    Report report = row.report();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("record_index", row.index());
    v.put("parcel_id", row.parcelId());
    v.put("locator", row.locator());
    row.parkId().ifPresent(p -> v.put("park_id", p));
    row.districtId().ifPresent(d -> v.put("district_id", d));
    v.put("verdict", report.verdict().name());
    v.put("failing_rules", ids(report.resultsWith(Verdict.NON_COMPLIANT)));
    v.put("insufficient_rules", ids(report.resultsWith(Verdict.INSUFFICIENT_DATA)));
    if (report.floorAreas().isPresent()) {
      FloorAreaSummary f = report.floorAreas().get();
      put(v, "site_area_m2", f.siteAreaM2());
      put(v, "above_ground_m2", f.aboveGroundM2());
      put(v, "plot_ratio_floor_area_m2", f.plotRatioFloorAreaM2());
      v.put("underground_m2", f.undergroundM2());
      put(v, "plot_ratio", f.plotRatio());
      put(v, "ancillary_share", f.ancillaryShare());
      put(v, "amenity_share", f.amenityShare());
    }
    String options = report.results().stream().filter(r -> !r.remedyOptions().isEmpty())
        .map(r -> r.ruleId().value() + ": " + r.remedyOptions().stream().map(LayerReportWriter::option)
            .collect(Collectors.joining(" | ")))
        .collect(Collectors.joining("; "));
    if (!options.isEmpty()) {
      v.put("remedy_options", options);
    }
    String remedies = report.results().stream().filter(r -> r.remedy().isPresent())
        .map(r -> r.ruleId().value() + ": " + r.remedy().get().in(language)).collect(Collectors.joining("\n"));
    if (!remedies.isEmpty()) {
      v.put("remedies", remedies);
    }
    report.remedyPlan().ifPresent(plan -> {
      v.put("plan_status", plan.status().name());
      if (plan.found()) {
        v.put("plan_total_change_m2", plan.totalChangeM2());
      }
      plan.leaseTermYears().ifPresent(t -> v.put("plan_lease_term_years", t));
      v.put("plan_text", plan.text().in(language));
    });
    for (RuleResult r : report.results()) {
      if (ruleIds.contains(r.ruleId().value())) {
        v.put(ruleColumn(r.ruleId().value()), r.verdict().name());
      }
    }
    putLines(v, "errors", report.errors(), language);
    putLines(v, "warnings", row.warnings(), language);
    return v;
  }

  /** An option as {@code KIND[CLASSES] AMOUNT UNIT}, e.g. {@code REDUCE_FLOOR_AREA[LIVING_AMENITY] 800 m2}. */
  static String option(RemedyOption o) {
    String classes = o.useClasses().isEmpty() ? ""
        : o.useClasses().stream().map(UseClass::name).sorted().collect(Collectors.joining(",", "[", "]"));
    return o.kind().name() + classes + " " + Numbers.plain(o.amount(), 1) + " " + o.unit();
  }

  private static String ids(List<RuleResult> results) {
    return results.stream().map(r -> r.ruleId().value()).collect(Collectors.joining(","));
  }

  private static void put(Map<String, Object> v, String column, OptionalDouble value) {
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
      v.put(column, value.getAsDouble());
    }
  }

  private static void putLines(Map<String, Object> v, String column, List<RecordError> errors, String language) {
    if (!errors.isEmpty()) {
      v.put(column, errors.stream().map(e -> e.field() + ": " + e.message(language)).collect(Collectors.joining("\n")));
    }
  }

  @Override
  public synchronized void end(BatchSummary summary) throws IOException {
    finish();
  }

  /** The batch stopped: after the rows so far, an {@code INCOMPLETE} feature without geometry saying why. */
  @Override
  public synchronized void abort(BatchSummary soFar, String reason) throws IOException {
    if (out == null) {
      open(Optional.empty());
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("verdict", "INCOMPLETE");
    v.put("errors", reason);
    out.add(PARCELS, Optional.empty(), v);
    finish();
  }

  /** Closes the layers and moves them and the style into place. */
  private void finish() throws IOException {
    if (out == null) {
      open(Optional.empty());
    }
    String style = QgisStyle.byVerdict(language);
    out.defaultStyle(PARCELS, style);
    out.close();
    List<Path> written = out.files();
    List<Path> finals = ResultLayers.files(target, format, layers);
    for (int i = 0; i < written.size(); i++) {
      move(written.get(i), finals.get(i));
    }
    Files.writeString(QgisStyle.beside(target), style, StandardCharsets.UTF_8);
    done = true;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the temporary files of a batch that did not end. */
  @Override
  public synchronized void close() throws IOException {
    if (done || out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException | RuntimeException e) {
      // deleting them anyway
    }
    for (Path p : out.files()) {
      Files.deleteIfExists(p);
    }
  }
}
