package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.batch.HtmlReportWriter.esc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.Verdict;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The formats a policy-impact comparison ({@link PolicyDiff}) can be written in, each a {@link DiffSink} that writes
 * the changed parcels as they come and the totals at the end:
 *
 * <ul>
 *   <li>{@link #JSON}: {@code kind} {@code landcheck-diff}, the two sides, the inputs, {@code parcels} (each parcel that
 *       changes, with the rules that change) and {@code summary} (counts, by rule, by park);
 *   <li>{@link #CSV}: a PARCEL row per parcel that changes and a RULE row per rule of it that changes, then BY_RULE and
 *       BY_PARK rows with the counts; UTF-8 with a byte-order mark;
 *   <li>{@link #HTML}: one self-contained page: the counts, by rule and by park, and a table of the parcels that change.
 * </ul>
 *
 * The format is described in docs/report-format.md ("Policy-impact reports"), with its JSON fields and schema version;
 * README.md ("Policy impact") shows it on the sample park.
 *
 * @since 0.1
 */
public enum DiffFormat {
  /** One JSON document ({@code kind} {@code landcheck-diff}), UTF-8. */
  JSON,
  /** CSV rows of types PARCEL, RULE, BY_RULE, BY_PARK and TOTAL; UTF-8 with a byte-order mark. */
  CSV,
  /** One self-contained HTML page, UTF-8. */
  HTML;

  /** The version of the JSON document; bumped only for incompatible changes. */
  static final int SCHEMA_VERSION = 1;

  /**
   * A writer of this format to {@code out}, with texts in {@code language} ({@code zh} or {@code en}). It flushes
   * {@code out} at the end but does not close it.
   *
   * @param out the stream to write to; the caller closes it
   * @param language the language of the texts (verdict names, the "to comply" plan): {@code zh} or {@code en}
   * @return a sink that writes the comparison in this format as it comes
   */
  public DiffSink writer(OutputStream out, String language) {
    checkNotNull(out, "DiffFormat.writer(out)");
    checkArgument("zh".equals(language) || "en".equals(language),
        "DiffFormat.writer(language) must be zh or en, was %s", language);
    return switch (this) {
      case JSON -> new Json(out, language);
      case CSV -> new Csv(out, language);
      case HTML -> new Html(out, language);
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

  private static String name(Optional<Verdict> v) {
    return v.map(Enum::name).orElse("");
  }

  private static final class Json implements DiffSink {
    private final JsonGenerator g;
    private final String lang;

    Json(OutputStream out, String lang) {
      this.lang = lang;
      try {
        this.g = new JsonFactory().createGenerator(new BufferedOutputStream(out, 1 << 16), JsonEncoding.UTF8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin(Side before, Side after, List<String> inputs) throws IOException {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("kind", "landcheck-diff");
      side(g, "before", before);
      side(g, "after", after);
      g.writeArrayFieldStart("inputs");
      for (String i : inputs) {
        g.writeString(i);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("parcels");
    }

    private static void side(JsonGenerator g, String name, Side s) throws IOException {
      g.writeObjectFieldStart(name);
      g.writeStringField("label", s.label());
      g.writeStringField("pack", s.pack().id());
      g.writeStringField("document", s.pack().document());
      if (s.asOf().isPresent()) {
        g.writeStringField("asOf", s.asOf().get().toString());
      }
      g.writeEndObject();
    }

    @Override
    public void changed(ParcelChange c) throws IOException {
      g.writeStartObject();
      g.writeNumberField("index", c.index());
      g.writeStringField("locator", c.locator());
      g.writeStringField("parcelId", c.parcelId());
      if (c.parkId().isPresent()) {
        g.writeStringField("parkId", c.parkId().get());
      }
      if (c.districtId().isPresent()) {
        g.writeStringField("districtId", c.districtId().get());
      }
      g.writeStringField("verdictBefore", c.before().name());
      g.writeStringField("verdictAfter", c.after().name());
      number(g, "plotRatio", c.plotRatio());
      g.writeArrayFieldStart("rules");
      for (ParcelChange.RuleChange r : c.rules()) {
        g.writeStartObject();
        g.writeStringField("rule", r.rule().value());
        if (r.before().isPresent()) {
          g.writeStringField("verdictBefore", r.before().get().name());
        }
        if (r.after().isPresent()) {
          g.writeStringField("verdictAfter", r.after().get().name());
        }
        number(g, "measuredBefore", r.measuredBefore());
        number(g, "measuredAfter", r.measuredAfter());
        number(g, "limitBefore", r.limitBefore());
        number(g, "limitAfter", r.limitAfter());
        if (r.unit().isPresent()) {
          g.writeStringField("unit", r.unit().get());
        }
        if (r.determinationBefore().isPresent()) {
          g.writeStringField("determinationBefore", r.determinationBefore().get());
        }
        if (r.determinationAfter().isPresent()) {
          g.writeStringField("determinationAfter", r.determinationAfter().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (c.planAfter().isPresent()) {
        RemedyPlan plan = c.planAfter().get();
        g.writeStringField("planStatusAfter", plan.status().name());
        g.writeStringField("toComplyAfterZh", plan.text().zh());
        g.writeStringField("toComplyAfterEn", plan.text().en());
      }
      g.writeEndObject();
    }

    @Override
    public void end(DiffSummary s) throws IOException {
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("read", s.read());
      g.writeNumberField("changed", s.changed());
      g.writeNumberField("newlyNonCompliant", s.newlyNonCompliant());
      g.writeNumberField("noLongerNonCompliant", s.noLongerNonCompliant());
      g.writeArrayFieldStart("byRule");
      for (DiffSummary.RuleCount r : s.byRule()) {
        g.writeStartObject();
        g.writeStringField("rule", r.rule().value());
        g.writeNumberField("changed", r.changed());
        g.writeNumberField("newlyNonCompliant", r.newlyNonCompliant());
        g.writeNumberField("noLongerNonCompliant", r.noLongerNonCompliant());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("byPark");
      for (DiffSummary.ParkCount p : s.byPark()) {
        g.writeStartObject();
        if (p.parkId().isPresent()) {
          g.writeStringField("parkId", p.parkId().get());
        }
        g.writeNumberField("parcels", p.parcels());
        g.writeNumberField("changed", p.changed());
        g.writeNumberField("newlyNonCompliant", p.newlyNonCompliant());
        g.writeNumberField("noLongerNonCompliant", p.noLongerNonCompliant());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("elapsedSeconds", s.elapsed().toMillis() / 1000.0);
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    }

    private static void number(JsonGenerator g, String name, OptionalDouble v) throws IOException {
      if (v.isPresent()) {
        g.writeNumberField(name, v.getAsDouble());
      }
    }
  }

  private static final class Csv implements DiffSink {
    static final List<String> COLUMNS = List.of("row_type", "index", "parcel_id", "locator", "park_id", "district_id",
        "verdict_before", "verdict_after", "rule", "rule_verdict_before", "rule_verdict_after", "measured_before",
        "measured_after", "limit_before", "limit_after", "unit", "parcels", "changed", "newly_non_compliant",
        "no_longer_non_compliant", "to_comply_after");

    private final Writer out;
    private final String lang;

    Csv(OutputStream out, String lang) {
      this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      this.lang = lang;
    }

    @Override
    public void begin(Side before, Side after, List<String> inputs) throws IOException {
      out.write('\uFEFF');
      line(COLUMNS.toArray(String[]::new));
    }

    @Override
    public void changed(ParcelChange c) throws IOException {
      String index = Long.toString(c.index());
      String park = c.parkId().orElse("");
      String district = c.districtId().orElse("");
      line("PARCEL", index, c.parcelId(), c.locator(), park, district, c.before().name(), c.after().name(), "", "", "",
          "", "", "", "", "", "", "", "", "", c.planAfter().map(p -> p.text().in(lang)).orElse(""));
      for (ParcelChange.RuleChange r : c.rules()) {
        line("RULE", index, c.parcelId(), c.locator(), park, district, c.before().name(), c.after().name(),
            r.rule().value(), name(r.before()), name(r.after()), Numbers.plain(r.measuredBefore(), 6),
            Numbers.plain(r.measuredAfter(), 6), Numbers.plain(r.limitBefore(), 6), Numbers.plain(r.limitAfter(), 6),
            r.unit().orElse(""), "", "", "", "", "");
      }
    }

    @Override
    public void end(DiffSummary s) throws IOException {
      for (DiffSummary.RuleCount r : s.byRule()) {
        line("BY_RULE", "", "", "", "", "", "", "", r.rule().value(), "", "", "", "", "", "", "", "",
            Long.toString(r.changed()), Long.toString(r.newlyNonCompliant()), Long.toString(r.noLongerNonCompliant()),
            "");
      }
      for (DiffSummary.ParkCount p : s.byPark()) {
        line("BY_PARK", "", "", "", p.parkId().orElse(""), "", "", "", "", "", "", "", "", "", "", "",
            Long.toString(p.parcels()), Long.toString(p.changed()), Long.toString(p.newlyNonCompliant()),
            Long.toString(p.noLongerNonCompliant()), "");
      }
      line("TOTAL", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", Long.toString(s.read()),
          Long.toString(s.changed()), Long.toString(s.newlyNonCompliant()), Long.toString(s.noLongerNonCompliant()),
          "");
      out.flush();
    }

    private void line(String... cells) throws IOException {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        // the number columns keep their sign; every text cell is kept from being run as a formula
        boolean number = i == 1 || (i >= 11 && i <= 14) || (i >= 16 && i <= 19);
        out.write(CsvReportWriter.quote(number ? cells[i] : CsvReportWriter.neutralise(cells[i])));
      }
      out.write("\r\n");
    }
  }

  private static final class Html implements DiffSink {
    private final Writer out;
    private final String lang;

    Html(OutputStream out, String lang) {
      this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      this.lang = lang;
    }

    private static final Map<String, String[]> LABELS = Map.ofEntries(
        Map.entry("title", new String[] {"政策影响对比", "Policy impact"}),
        Map.entry("before", new String[] {"对比前", "Before"}),
        Map.entry("after", new String[] {"对比后", "After"}),
        Map.entry("inputs", new String[] {"输入", "Inputs"}),
        Map.entry("asOf", new String[] {"按日期", "as of"}),
        Map.entry("summary", new String[] {"概览", "Summary"}),
        Map.entry("read", new String[] {"读取记录", "Records read"}),
        Map.entry("changed", new String[] {"结论变化的宗地", "Parcels that change"}),
        Map.entry("newly", new String[] {"变为不合规", "Newly non-compliant"}),
        Map.entry("noLonger", new String[] {"不再不合规", "No longer non-compliant"}),
        Map.entry("byRule", new String[] {"各条款", "By rule"}),
        Map.entry("byPark", new String[] {"各园区", "By park"}),
        Map.entry("rule", new String[] {"条款", "Rule"}),
        Map.entry("park", new String[] {"园区", "Park"}),
        Map.entry("noPark", new String[] {"（未注明园区）", "(no park)"}),
        Map.entry("parcels", new String[] {"宗地数", "Parcels"}),
        Map.entry("parcelTable", new String[] {"结论变化的宗地", "Parcels that change"}),
        Map.entry("parcelId", new String[] {"宗地编号", "Parcel"}),
        Map.entry("verdict", new String[] {"结论（前 → 后）", "Verdict (before → after)"}),
        Map.entry("plotRatio", new String[] {"容积率", "Plot ratio"}),
        Map.entry("rules", new String[] {"变化的条款（实测值；限值 前 → 后）", "Rules that change (measured; limit before → after)"}),
        Map.entry("toComply", new String[] {"合规所需（对比后）", "To comply (after)"}),
        Map.entry("none", new String[] {"没有宗地的结论发生变化。", "No parcel's verdict changes."}),
        Map.entry("COMPLIANT", new String[] {"合规", "Compliant"}),
        Map.entry("NON_COMPLIANT", new String[] {"不合规", "Non-compliant"}),
        Map.entry("NOT_APPLICABLE", new String[] {"不适用", "Not applicable"}),
        Map.entry("INSUFFICIENT_DATA", new String[] {"资料不足", "Insufficient data"}),
        Map.entry("ERROR", new String[] {"数据错误", "Error"}));

    private String t(String key) {
      return "zh".equals(lang) ? LABELS.get(key)[0] : LABELS.get(key)[1];
    }

    @Override
    public void begin(Side before, Side after, List<String> inputs) throws IOException {
      out.write("<!DOCTYPE html>\n<html lang=\"" + ("zh".equals(lang) ? "zh-CN" : "en") + "\">\n<head>\n"
          + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          + "<meta name=\"generator\" content=\"landcheck\">\n<title>" + esc(t("title")) + "</title>\n<style>\n"
          + HtmlReportWriter.css(after.pack().batchRules()) + "</style>\n</head>\n<body>\n<main class=\"report\">\n");
      out.write("<header class=\"s-header\"><h1>" + esc(t("title")) + "</h1>\n<p class=\"meta\">");
      out.write(esc(t("before")) + ": <b>" + esc(before.label()) + "</b> (" + esc(before.pack().document()) + ")"
          + before.asOf().map(d -> " · " + esc(t("asOf")) + " " + d).orElse("") + "<br>");
      out.write(esc(t("after")) + ": <b>" + esc(after.label()) + "</b> (" + esc(after.pack().document()) + ")"
          + after.asOf().map(d -> " · " + esc(t("asOf")) + " " + d).orElse("") + "<br>");
      out.write(esc(t("inputs")) + ": " + esc(String.join(", ", inputs)) + "</p></header>\n");
      out.write("<section id=\"parcels\" class=\"s-table\"><h2>" + esc(t("parcelTable")) + "</h2>\n"
          + "<table id=\"diff-table\"><thead><tr>");
      for (String h : new String[] {"parcelId", "park", "verdict", "plotRatio", "rules", "toComply"}) {
        out.write("<th>" + esc(t(h)) + "</th>");
      }
      out.write("</tr></thead>\n<tbody>\n");
    }

    @Override
    public void changed(ParcelChange c) throws IOException {
      StringBuilder rules = new StringBuilder();
      for (ParcelChange.RuleChange r : c.rules()) {
        if (rules.length() > 0) {
          rules.append("<br>");
        }
        rules.append(esc(r.rule().value())).append(": ").append(esc(r.before().map(v -> t(v.name())).orElse("—")))
            .append(" → ").append(esc(r.after().map(v -> t(v.name())).orElse("—")));
        if (r.measuredAfter().isPresent() || r.limitBefore().isPresent() || r.limitAfter().isPresent()) {
          rules.append(" (").append(Numbers.plain(r.measuredAfter().isPresent() ? r.measuredAfter()
                  : r.measuredBefore(), 4)).append("; ").append(Numbers.plain(r.limitBefore(), 4)).append(" → ")
              .append(Numbers.plain(r.limitAfter(), 4)).append(")");
        }
      }
      out.write("<tr class=\"v-" + c.after().name() + "\"><td>" + esc(c.parcelId()) + "</td><td>"
          + esc(c.parkId().orElse("")) + "</td><td><span class=\"badge v-" + c.before().name() + "\">"
          + esc(t(c.before().name())) + "</span> → <span class=\"badge v-" + c.after().name() + "\">"
          + esc(t(c.after().name())) + "</span></td><td class=\"num\">" + Numbers.plain(c.plotRatio(), 3) + "</td><td>"
          + rules + "</td><td class=\"plan\">" + esc(c.planAfter().map(p -> p.text().in(lang)).orElse(""))
          + "</td></tr>\n");
    }

    @Override
    public void end(DiffSummary s) throws IOException {
      out.write("</tbody></table>\n");
      if (s.changed() == 0) {
        out.write("<p class=\"hint\">" + esc(t("none")) + "</p>\n");
      }
      out.write("</section>\n<section id=\"summary\" class=\"s-summary\"><h2>" + esc(t("summary")) + "</h2>\n"
          + "<div class=\"cards\">");
      card("read", s.read(), "");
      card("changed", s.changed(), "");
      card("newly", s.newlyNonCompliant(), " v-NON_COMPLIANT");
      card("noLonger", s.noLongerNonCompliant(), " v-COMPLIANT");
      out.write("</div>\n<h3>" + esc(t("byRule")) + "</h3><table id=\"by-rule\"><thead><tr><th>" + esc(t("rule"))
          + "</th><th>" + esc(t("changed")) + "</th><th>" + esc(t("newly")) + "</th><th>" + esc(t("noLonger"))
          + "</th></tr></thead><tbody>");
      for (DiffSummary.RuleCount r : s.byRule()) {
        out.write("<tr><td>" + esc(r.rule().value()) + "</td><td class=\"num\">" + r.changed() + "</td><td class=\"num\">"
            + r.newlyNonCompliant() + "</td><td class=\"num\">" + r.noLongerNonCompliant() + "</td></tr>");
      }
      out.write("</tbody></table>\n<h3>" + esc(t("byPark")) + "</h3><table id=\"by-park\"><thead><tr><th>"
          + esc(t("park")) + "</th><th>" + esc(t("parcels")) + "</th><th>" + esc(t("changed")) + "</th><th>"
          + esc(t("newly")) + "</th><th>" + esc(t("noLonger")) + "</th></tr></thead><tbody>");
      for (DiffSummary.ParkCount p : s.byPark()) {
        out.write("<tr><td>" + esc(p.parkId().orElse(t("noPark"))) + "</td><td class=\"num\">" + p.parcels()
            + "</td><td class=\"num\">" + p.changed() + "</td><td class=\"num\">" + p.newlyNonCompliant()
            + "</td><td class=\"num\">" + p.noLongerNonCompliant() + "</td></tr>");
      }
      out.write("</tbody></table></section>\n</main>\n</body>\n</html>\n");
      out.flush();
    }

    private void card(String key, long n, String cls) throws IOException {
      out.write("<div class=\"card" + cls + "\" data-count=\"" + key + "\"><div class=\"n\">" + n + "</div><div>"
          + esc(t(key)) + "</div></div>");
    }
  }
}
