package io.landcheck.test;

import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.Report;
import io.landcheck.engine.RuleResult;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the kit writes a report or a rule result into a failure message: rule id, clause, verdict, measured value and
 * limit in their unit, message and remedy, so a failing zoning test reads like a planning officer's note.
 */
final class ResultText {

  private ResultText() {}

  /** One rule result, on several indented lines. */
  static String describe(RuleResult r) {
    StringBuilder out = new StringBuilder();
    out.append("rule ").append(r.ruleId()).append(" (").append(r.citation()).append("): ").append(r.verdict());
    if (r.measured().isPresent() || r.limit().isPresent()) {
      out.append("\n    measured ").append(value(r.measured(), r.unit()))
          .append(", limit ").append(value(r.limit(), r.unit()));
    }
    out.append("\n    message: ").append(r.message().en()).append(" / ").append(r.message().zh());
    r.remedy().ifPresent(m -> out.append("\n    remedy: ").append(m.en()).append(" / ").append(m.zh()));
    for (RemedyOption o : r.remedyOptions()) {
      out.append("\n    option: ").append(o.kind()).append(' ').append(o.useClasses()).append(' ')
          .append(o.amount()).append(' ').append(o.unit())
          .append(o.compliesAlone().map(c -> c ? ", complies alone" : ", does not comply alone").orElse(""));
    }
    r.determination().ifPresent(d -> out.append("\n    determination: ").append(d));
    return out.toString();
  }

  /** A report: its verdict, plot ratio, and every rule that is not simply compliant or not applicable. */
  static String describe(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("parcel ").append(report.parcelId()).append(" (pack ").append(report.packId()).append(", checked for ")
        .append(report.checkDate().map(Object::toString).orElse("no date")).append("): ").append(report.verdict());
    report.plotRatio().ifPresent(pr -> out.append(", plot ratio ").append(String.format(Locale.ROOT, "%.4f", pr)));
    for (RecordError e : report.errors()) {
      out.append("\n  error in field ").append(e.field()).append(": ").append(e.message());
    }
    for (RuleResult r : report.results()) {
      out.append("\n  ").append(describe(r).replace("\n", "\n  "));
    }
    report.remedyPlan().ifPresent(p -> out.append("\n  ").append(describe(p)));
    return out.toString();
  }

  /** A remedy plan: its status, changes by use class, lease term and the rules that stopped it, and its text. */
  static String describe(RemedyPlan plan) {
    StringBuilder out = new StringBuilder("remedy plan ").append(plan.status());
    plan.changesM2().forEach((c, m2) -> out.append(", ").append(c).append(' ').append(m2 > 0 ? "+" : "")
        .append(String.format(Locale.ROOT, "%.2f m²", m2)));
    plan.leaseTermYears().ifPresent(t -> out.append(", lease term ").append(t).append(" years"));
    plan.rules().forEach(b -> out.append(", ").append(b.rule()).append(' ').append(b.reason()));
    return out.append(": ").append(plan.text().en()).toString();
  }

  /** A green-space balance: its verdict, each park's status and each parcel left short. */
  static String describe(GreenSpaceReport report) {
    StringBuilder out = new StringBuilder();
    out.append("green-space balance, rule ").append(report.ruleId()).append(" (").append(report.citation())
        .append("): ").append(report.verdict());
    for (GreenSpaceReport.ParkBalance p : report.parks()) {
      out.append("\n  park ").append(p.parkId()).append(p.districtId().map(d -> " (district " + d + ")").orElse(""))
          .append(": ").append(p.status()).append(", cut ").append(area(p.cutM2())).append(", added ")
          .append(area(p.addedM2())).append(", from district ").append(area(p.fromDistrictM2())).append(", short ")
          .append(area(p.shortM2()));
    }
    for (GreenSpaceReport.Shortfall s : report.shortfalls()) {
      out.append("\n  parcel ").append(s.parcelId()).append(" short by ").append(area(s.shortM2())).append(": ")
          .append(s.reason().en());
    }
    return out.toString();
  }

  /** A measured value or limit in its unit, or "none". */
  static String value(OptionalDouble value, Optional<String> unit) {
    if (value.isEmpty()) {
      return "none";
    }
    double v = value.getAsDouble();
    return switch (unit.orElse("")) {
      case "ratio" -> String.format(Locale.ROOT, "%.4f", v);
      case "share" -> String.format(Locale.ROOT, "%.4f (%.2f%%)", v, v * 100);
      case "years" -> String.format(Locale.ROOT, "%s years", v == Math.rint(v) ? String.valueOf((long) v) : v);
      case "m2" -> area(v);
      default -> String.valueOf(v) + unit.map(u -> " " + u).orElse("");
    };
  }

  static String area(double m2) {
    return String.format(Locale.ROOT, "%,.2f m²", m2);
  }
}
