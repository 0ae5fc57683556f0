package io.landcheck.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.engine.BatchResult;
import io.landcheck.engine.RuleId;
import io.landcheck.geo.Georeference;
import io.landcheck.geo.Measured;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a batch as one JSON document, streamed with Jackson's generator:
 *
 * <pre>{@code
 * { "schemaVersion": 1, "kind": "landcheck-batch", "pack": {...}, "inputs": [...], "date": "2026-11-25",
 *   "parcels": [ { "index": 0, "locator": "...", <the per-parcel report of docs/report-format.md>,
 *                  "warnings": [...], "measurement": {...} }, ... ],
 *   "summary": {...}, "scorecard": [...], "greenSpace": {...} }
 * }</pre>
 *
 * <p>{@code measurement}, the per-storey measurement trace of a parcel measured from geometry (land-geo's
 * {@code MeasurementTrace}), is written only when asked for ({@code withTrace}): it is some 17 KB a parcel, three quarters
 * of a row, and most of the time it takes to write one. The parcel's report keeps its {@code floorAreas} either way.
 *
 * The summary comes after the parcels because it is known only at the end; readers that stream can still read the
 * parcels first.
 *
 * <p>Each parcel's object is encoded to UTF-8 bytes on its own generator by {@link #encode}, on a worker thread; the
 * writing thread only copies those bytes between the envelope's parts.
 */
final class JsonReportWriter implements EncodingSink {

  /**
   * The version of the batch envelope; bumped only for incompatible changes. 2: the parcels' reports are of report
   * schema 2 (remedy options promise their own rule only; a non-compliant parcel has a {@code remedyPlan}).
   */
  static final int SCHEMA_VERSION = 2;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private final OutputStream out;
  private final JsonGenerator g;
  private final boolean withTrace;
  private boolean firstRow = true;

  /**
   * A writer to {@code out}; {@code withTrace} adds each measured parcel's {@code measurement} trace.
   */
  JsonReportWriter(OutputStream out, boolean withTrace) {
    this.withTrace = withTrace;
    this.out = new BufferedOutputStream(out, 1 << 16);
    try {
      this.g = MAPPER.getFactory().createGenerator(this.out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // Compact, not indented: batch reports are large (pipe through `jq .` to read one).
  }

  @Override
  public void begin(BatchInfo info) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("kind", "landcheck-batch");
    g.writeObjectFieldStart("pack");
    g.writeStringField("id", info.pack().id());
    g.writeStringField("document", info.pack().document());
    g.writeStringField("titleZh", info.pack().title().zh());
    g.writeStringField("titleEn", info.pack().title().en());
    g.writeStringField("effectiveFrom", info.pack().effectiveFrom().toString());
    g.writeEndObject();
    g.writeArrayFieldStart("inputs");
    for (String input : info.inputs()) {
      g.writeString(input);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("coordinateSystems");
    for (BatchInfo.InputSystem s : info.systems()) {
      g.writeStartObject();
      g.writeStringField("input", s.input());
      optional("crs", s.crs());
      optional("handling", s.handling().map(Enum::name));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (info.date().isPresent()) {
      g.writeStringField("date", info.date().get().toString());
    }
    g.writeArrayFieldStart("parcels");
    // The parcels' bytes go straight to the stream: the generator's buffer must be out first. Its array stays empty
    // to it, so writeEndArray() in end() only closes it.
    g.flush();
  }

  @Override
  public Object encode(BatchRow row) {
    // A row is some 5 KB, or 22 KB with the trace (on the bench park): room for most rows without growing.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(withTrace ? 32 * 1024 : 8 * 1024);
    try (JsonGenerator rowGenerator = MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      parcel(rowGenerator, bytes, row, withTrace);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public void row(BatchRow row, Object encoded) throws IOException {
    if (!firstRow) {
      out.write(',');
    }
    firstRow = false;
    out.write((byte[]) encoded);
  }

  /** One parcel's object of the parcels array. */
  private static void parcel(JsonGenerator g, OutputStream bytes, BatchRow row, boolean withTrace)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", row.index());
    g.writeStringField("locator", row.locator());
    // the report's members go straight to the row's bytes, after what the generator holds; it goes on after them
    // with a comma, as after any member of its own
    g.flush();
    bytes.write(',');
    row.report().writeJsonFields(bytes);
    if (row.parkId().isPresent()) {
      g.writeStringField("parkId", row.parkId().get());
    }
    if (row.districtId().isPresent()) {
      g.writeStringField("districtId", row.districtId().get());
    }
    if (row.parcel().isPresent() && row.parcel().get().georeference().isPresent()) {
      georeference(g, row.parcel().get().georeference().get(), row);
    }
    if (row.measured().isPresent() && row.measured().get().isRepaired()) {
      g.writeArrayFieldStart("repaired");
      for (String polygon : row.measured().get().repaired()) {
        g.writeString(polygon);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("warnings");
    for (RecordError w : row.warnings()) {
      error(g, w);
    }
    g.writeEndArray();
    if (withTrace && row.measured().isPresent()) {
      g.writeFieldName("measurement");
      MAPPER.writeValue(g, row.measured().get().trace());
    }
    g.writeEndObject();
  }

  /**
   * The parcel's coordinate system, the zone it was measured in and its site area both ways: planar in that zone (the
   * measured site area the verdict used, when it was measured) and on the ellipsoid.
   */
  private static void georeference(JsonGenerator g, Georeference r, BatchRow row) throws IOException {
    g.writeObjectFieldStart("georeference");
    g.writeStringField("crs", r.crs());
    g.writeStringField("handling", r.handling().name());
    g.writeStringField("zone", r.zone());
    g.writeNumberField("centralMeridianDeg", r.centralMeridianDeg());
    OptionalDouble planar = row.measured().flatMap(Measured::facts).map(Parcel::siteAreaM2)
        .orElse(OptionalDouble.empty());
    if (planar.isPresent()) {
      g.writeNumberField("planarSiteAreaM2", planar.getAsDouble());
    }
    g.writeNumberField("ellipsoidalSiteAreaM2", r.ellipsoidalAreaM2());
    g.writeEndObject();
  }

  @Override
  public void end(BatchSummary s) throws IOException {
    finish(s, Optional.empty());
  }

  /** Ends the report with the rows written so far and {@code "incomplete": reason} after the summary. */
  @Override
  public void abort(BatchSummary soFar, String reason) throws IOException {
    finish(soFar, Optional.of(reason));
  }

  private void finish(BatchSummary s, Optional<String> incomplete) throws IOException {
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("read", s.read());
    g.writeNumberField("compliant", s.compliant());
    g.writeNumberField("nonCompliant", s.nonCompliant());
    g.writeNumberField("notApplicable", s.notApplicable());
    g.writeNumberField("insufficientData", s.insufficientData());
    g.writeNumberField("errors", s.errors());
    g.writeNumberField("withWarnings", s.withWarnings());
    g.writeNumberField("repaired", s.repaired());
    if (s.buildingsByLocation() + s.buildingsUnplaced() > 0) { // only when buildings were read by location
      g.writeNumberField("buildingsByLocation", s.buildingsByLocation());
      g.writeNumberField("buildingsUnplaced", s.buildingsUnplaced());
    }
    g.writeObjectFieldStart("nonCompliantByRule");
    for (Map.Entry<RuleId, Long> e : s.nonCompliantByRule().entrySet()) {
      g.writeNumberField(e.getKey().value(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("elapsedSeconds", s.elapsed().toMillis() / 1000.0);
    g.writeNumberField("recordsPerSecond", Math.round(s.recordsPerSecond() * 10) / 10.0);
    g.writeEndObject();
    g.writeArrayFieldStart("scorecard");
    for (ParkScore p : s.scorecard()) {
      g.writeStartObject();
      optional("parkId", p.parkId());
      optional("districtId", p.districtId());
      g.writeNumberField("parcels", p.parcels());
      g.writeNumberField("checked", p.checked());
      g.writeNumberField("compliant", p.compliant());
      g.writeNumberField("nonCompliant", p.nonCompliant());
      g.writeNumberField("errors", p.errors());
      number("compliantShare", p.compliantShare());
      number("meanPlotRatio", p.meanPlotRatio());
      number("medianPlotRatio", p.medianPlotRatio());
      number("amenityShare", p.amenityShare());
      g.writeArrayFieldStart("worstRules");
      for (ParkScore.RuleCount r : p.worstRules()) {
        g.writeStartObject();
        g.writeStringField("rule", r.ruleId().value());
        g.writeNumberField("nonCompliant", r.nonCompliant());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    for (BatchResult r : s.batchResults()) {
      batchResult(r);
    }
    optional("incomplete", incomplete);
    g.writeEndObject();
    g.flush();
  }

  /** A batch rule's result under its own key: the rule, the clause, the verdict, then each table as an array. */
  private void batchResult(BatchResult r) throws IOException {
    g.writeObjectFieldStart(r.reportKey());
    g.writeStringField("rule", r.ruleId().value());
    g.writeStringField("document", r.citation().document());
    g.writeStringField("clause", r.citation().clause());
    g.writeStringField("verdict", r.verdict().name());
    for (BatchResult.Table t : r.tables()) {
      g.writeArrayFieldStart(t.key());
      for (List<BatchResult.Cell> row : t.rows()) {
        g.writeStartObject();
        for (int i = 0; i < row.size(); i++) {
          BatchResult.Cell cell = row.get(i);
          String name = t.columns().get(i).key();
          if (cell.figure().isPresent()) {
            g.writeNumberField(name, cell.figure().getAsDouble());
          } else {
            optional(name, cell.text());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void error(JsonGenerator g, RecordError e) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", e.code().name());
    g.writeStringField("record", e.recordId());
    g.writeStringField("field", e.field());
    g.writeStringField("message", e.message());
    g.writeStringField("messageZh", e.message("zh"));
    g.writeEndObject();
  }

  /** Writes the field if the value is present; like the per-parcel report, the envelope leaves out what is not. */
  private void optional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /** Writes the field if the value is present, else leaves it out. */
  private void number(String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsDouble());
    }
  }
}
