package io.landcheck.cli;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.Rule;
import io.landcheck.pack.Citation;
import io.landcheck.pack.ParameterSource;
import io.landcheck.pack.Parameters;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcheck rules}: lists the rules of a policy pack, each with the clause it implements in the document's own
 * words, and every parameter of every version with its value and where that value comes from (the policy's clause, a
 * standard, or the bureau), then the measurement parameters the same way.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 64, exitCodeOnExecutionException = 70,
    description = "Lists the rules of the policy pack, with the clause and sentence each implements, and each"
        + " parameter's value and source.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--policy", paramLabel = "shanghai-2021|FILE", defaultValue = "shanghai-2021",
      description = "A bundled pack id or a pack file (default: ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the listing; the clause is always also given in the document's own words"
          + " (default: ${DEFAULT-VALUE}).")
  Language lang;

  @Override
  public Integer call() {
    PolicyPack pack = Policies.load(spec.commandLine(), policy);
    PrintWriter out = spec.commandLine().getOut();
    out.println(pack.title().in(lang.code()) + " [" + pack.id() + ", " + pack.document() + ", from "
        + pack.effectiveFrom() + "]");
    out.println();
    for (Rule rule : pack.rules()) {
      print(out, rule.id().value(), rule.citation(), "");
      versions(out, Optional.of(rule.citation()), pack.versions(rule.id()));
    }
    pack.batchRules().forEach(g -> {
      print(out, g.id().value(), g.citation(),
          zh() ? "（批量规则：" + g.description().zh() + "）" : "(batch rule: " + g.description().en() + ")");
      versions(out, Optional.of(g.citation()), g.versions());
    });
    out.println(zh() ? "measurement  测量参数（land-geo 由几何图形量测面积时使用）"
        : "measurement  measurement parameters (land-geo uses them to measure areas from geometry)");
    versions(out, Optional.empty(), pack.measurementVersions());
    out.flush();
    return Main.OK;
  }

  private boolean zh() {
    return lang == Language.ZH;
  }

  /** A rule's heading: its id and clause, the clause's words as published, and in English their translation. */
  private void print(PrintWriter out, String id, Citation citation, String note) {
    out.println(id + "  " + citation.document() + " " + citation.clause() + (note.isEmpty() ? "" : "  " + note));
    out.println("    " + citation.text().zh());
    if (!zh()) {
      out.println("    (translation) " + citation.text().en());
    }
  }

  /**
   * Each version's parameters, with value and source; {@code citation} is the rule's, so that a source quoting the
   * very words of the rule's citation is not quoted twice (empty for the measurement).
   */
  private void versions(PrintWriter out, Optional<Citation> citation, List<Parameters> versions) {
    for (Parameters version : versions) {
      out.println(zh() ? "    参数（" + version.effectiveFrom() + " 起）："
          : "    parameters from " + version.effectiveFrom() + ":");
      if (version.names().isEmpty()) {
        out.println(zh() ? "      （无）" : "      (none)");
      }
      for (String name : version.names()) {
        out.println("      " + name + " = " + shown(version.values().get(name))
            + version.source(name).map(s -> (zh() ? "    来源：" : "    source: ") + source(s)).orElse(""));
        version.source(name).flatMap(ParameterSource::quote)
            .filter(q -> citation.map(c -> !q.zh().equals(c.text().zh())).orElse(true))
            .ifPresent(q -> out.println("        " + q.zh()));
      }
    }
    out.println();
  }

  /** Where a value comes from: the document and clause with the kind, or set by the bureau, and the pack's note. */
  private String source(ParameterSource s) {
    String kind = switch (s.kind()) {
      case POLICY -> zh() ? "（政策文件）" : " (policy)";
      case STANDARD -> zh() ? "（标准）" : " (standard)";
      case BUREAU -> "";
    };
    return s.label().in(lang.code()) + kind + s.note().map(n -> " — " + n.in(lang.code())).orElse("");
  }

  /** A parameter value as the pack gives it: 50, 2.0, 0.15, [industrial], {industrial: 2.0}. */
  private static String shown(Object value) {
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) >= 10
          ? Long.toString(d.longValue()) : BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(RulesCommand::shown).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> e.getKey() + ": " + shown(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
