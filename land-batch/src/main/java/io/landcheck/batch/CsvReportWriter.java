package io.landcheck.batch;

import io.landcheck.engine.BatchResult;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.RecordError;
import io.landcheck.model.UseClass;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Writes a batch as CSV (RFC 4180, CRLF line ends), UTF-8 with a byte-order mark so that Excel opens Chinese text
 * correctly. One row per parcel and rule ({@code row_type} RULE); a record in error gives one ERROR row per error,
 * naming the field; a warning gives a WARNING row; a record with a polygon repaired on request ({@code --repair})
 * gives one REPAIRED row before those, whether the repair was trusted or not. ERROR and WARNING rows carry the
 * error's stable code ({@link io.landcheck.model.RecordError.Code}) in the last column, {@code error_code}, which is empty
 * on every other row. After the parcels, one BATCH_RULE row per parcel a batch rule finds non-compliant (the
 * green-space balance: each parcel left short). A non-compliant parcel also gets one PLAN row after its RULE rows: its remedy plan (the
 * smallest change that makes every rule comply at once) in the {@code plan_…} columns, signed m² by use class (cut
 * negative, add positive), the lease term, or the rules that stopped a plan, with the plan's "to comply" text as
 * {@code message}; those columns are empty on every other row. A text cell beginning with =, +, -, @, a tab or a
 * carriage return gets a single quote in front
 * ({@link #neutralise}), so that a spreadsheet does not run it as a formula. Messages and remedies are in the report's
 * language; column names are fixed English names. A parcel's lines are encoded to bytes by {@link #encode}, on a
 * worker thread.
 */
final class CsvReportWriter implements EncodingSink {

  static final List<String> COLUMNS = List.of("index", "parcel_id", "locator", "park_id", "district_id", "verdict",
      "row_type", "rule", "clause", "rule_verdict", "measured", "limit", "unit", "determination", "message", "remedy",
      "field", "plan_status", "plan_principal_industrial_m2", "plan_other_industrial_m2", "plan_living_amenity_m2",
      "plan_lease_term_years", "plan_rules", "error_code");

  /** The columns that hold numbers, written as they are; every other cell is text, neutralised. */
  private static final Set<Integer> NUMERIC = Set.of(COLUMNS.indexOf("index"), COLUMNS.indexOf("measured"),
      COLUMNS.indexOf("limit"), COLUMNS.indexOf("plan_principal_industrial_m2"),
      COLUMNS.indexOf("plan_other_industrial_m2"), COLUMNS.indexOf("plan_living_amenity_m2"),
      COLUMNS.indexOf("plan_lease_term_years"));

  /** The plan columns of a row that is not a PLAN row. */
  private static final String[] NO_PLAN = {"", "", "", "", "", ""};

  private final OutputStream out;
  private final String language;

  CsvReportWriter(OutputStream out, String language) {
    this.out = new BufferedOutputStream(out, 1 << 16);
    this.language = language;
  }

  @Override
  public void begin(BatchInfo info) throws IOException {
    StringBuilder b = new StringBuilder().append('\uFEFF');
    line(b, COLUMNS.toArray(String[]::new));
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Object encode(BatchRow row) {
    StringBuilder b = new StringBuilder(1024);
    String index = Long.toString(row.index());
    String park = row.parkId().orElse("");
    String district = row.districtId().orElse("");
    String verdict = row.verdict().name();
    for (RuleResult r : row.report().results()) {
      line(b, index, row.parcelId(), row.locator(), park, district, verdict, "RULE", r.ruleId().value(),
          r.citation().document() + " " + r.citation().clause(), r.verdict().name(),
          Numbers.beside(r.measured(), 6, Numbers.limitOf(r)),
          Numbers.limit(r.limit()), r.unit().orElse(""), r.determination().orElse(""), r.message().in(language),
          r.remedy().map(m -> m.in(language)).orElse(""), "");
    }
    if (row.report().remedyPlan().isPresent()) {
      RemedyPlan plan = row.report().remedyPlan().get();
      StringBuilder rules = new StringBuilder();
      for (RemedyPlan.Blocker blocker : plan.rules()) {
        rules.append(rules.length() > 0 ? "; " : "").append(blocker.rule().value()).append(' ')
            .append(blocker.reason().name());
      }
      lineWithPlan(b, new String[] {index, row.parcelId(), row.locator(), park, district, verdict, "PLAN", "", "", "",
          "", "", "", "", plan.text().in(language), "", "", plan.status().name(), change(plan, UseClass.PRINCIPAL_INDUSTRIAL),
          change(plan, UseClass.OTHER_INDUSTRIAL), change(plan, UseClass.LIVING_AMENITY),
          plan.leaseTermYears().isPresent() ? Integer.toString(plan.leaseTermYears().getAsInt()) : "",
          rules.toString(), ""});
    }
    if (row.measured().isPresent() && row.measured().get().isRepaired()) {
      List<String> polygons = row.measured().get().repaired(language);
      line(b, index, row.parcelId(), row.locator(), park, district, verdict, "REPAIRED", "", "", "", "", "", "", "",
          "zh".equals(language) ? polygons.size() + " 个无效多边形经 --repair 修复：" + String.join(", ", polygons)
              : polygons.size() + " invalid polygon(s) repaired with --repair: " + String.join(", ", polygons),
          "", "");
    }
    for (RecordError e : row.report().errors()) {
      coded(b, e.code(), index, row.parcelId(), row.locator(), park, district, verdict, "ERROR", "", "", "ERROR", "",
          "", "", "", e.message(language), "", e.field());
    }
    for (RecordError w : row.warnings()) {
      coded(b, w.code(), index, row.parcelId(), row.locator(), park, district, verdict, "WARNING", "", "", "", "", "",
          "", "", w.message(language), "", w.field());
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void row(BatchRow row, Object encoded) throws IOException {
    out.write((byte[]) encoded);
  }

  /**
   * The batch stopped on an internal error: after the rows written so far, one {@code INCOMPLETE} row whose
   * {@code message} says why.
   */
  @Override
  public void abort(BatchSummary soFar, String reason) throws IOException {
    StringBuilder b = new StringBuilder();
    line(b, "", "", "", "", "", "", "INCOMPLETE", "", "", "", "", "", "", "", reason, "", "");
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * After the parcels, the rules judged over the whole batch: one {@code BATCH_RULE} row per parcel a batch rule finds
   * non-compliant (the green-space balance, 五(四): each parcel left short), with the m² it lacks as {@code measured}
   * and the reason as {@code message}.
   */
  @Override
  public void end(BatchSummary summary) throws IOException {
    StringBuilder b = new StringBuilder();
    for (BatchResult result : summary.batchResults()) {
      String clause = result.citation().document() + " " + result.citation().clause();
      for (BatchResult.ParcelLine f : result.parcelLines()) {
        line(b, "", f.parcelId(), "", f.parkId().orElse(""), f.districtId().orElse(""), Verdict.NON_COMPLIANT.name(),
            "BATCH_RULE", result.ruleId().value(), clause, Verdict.NON_COMPLIANT.name(),
            Numbers.beside(f.figureM2(), 6, 0.0),
            "", "m2", "", f.reason().in(language), "", "");
      }
    }
    if (b.length() > 0) {
      out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
  }

  /** The plan's change of {@code useClass}, m², signed; "" where it changes none. */
  private static String change(RemedyPlan plan, UseClass useClass) {
    double m2 = plan.changeM2(useClass);
    return m2 == 0 ? "" : Numbers.plain(m2, 6);
  }

  /** A line of the columns up to {@code field}, the plan columns and {@code error_code} empty. */
  private static void line(StringBuilder b, String... cells) {
    if (cells.length == COLUMNS.size()) {
      lineWithPlan(b, cells);
    } else {
      lineUpToField(b, "", cells);
    }
  }

  /** An ERROR or WARNING line: the columns up to {@code field}, the plan columns empty, and the error's code. */
  private static void coded(StringBuilder b, RecordError.Code code, String... cells) {
    lineUpToField(b, code.name(), cells);
  }

  private static void lineUpToField(StringBuilder b, String errorCode, String[] cells) {
    String[] all = java.util.Arrays.copyOf(cells, COLUMNS.size());
    System.arraycopy(NO_PLAN, 0, all, cells.length, NO_PLAN.length);
    all[COLUMNS.size() - 1] = errorCode;
    lineWithPlan(b, all);
  }

  private static void lineWithPlan(StringBuilder b, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(NUMERIC.contains(i) ? cells[i] : neutralise(cells[i])));
    }
    b.append("\r\n");
  }

  /** One line of the report, cells in {@link #COLUMNS} order, as {@link #encode} writes it. */
  static String line(String... cells) {
    StringBuilder b = new StringBuilder();
    line(b, cells);
    return b.toString();
  }

  /**
   * A text cell that a spreadsheet would not take for a formula: one that begins with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return gets a single quote in front (a parcel id {@code =1+2} is written
   * {@code '=1+2}), as OWASP advises against CSV injection. Numbers are not text cells and keep their sign.
   */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  /** A cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break, quotes doubled. */
  static String quote(String cell) {
    boolean needs = false;
    for (int i = 0; i < cell.length() && !needs; i++) {
      char c = cell.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
