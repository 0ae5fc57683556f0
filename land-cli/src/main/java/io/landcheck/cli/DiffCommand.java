package io.landcheck.cli;

import io.landcheck.batch.BatchChecker;
import io.landcheck.batch.BatchInput;
import io.landcheck.batch.DiffFormat;
import io.landcheck.batch.DiffSink;
import io.landcheck.batch.DiffSummary;
import io.landcheck.batch.PolicyDiff;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.io.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code landcheck diff --policy A --policy B INPUT...} (or {@code --date D1 --date D2}): policy impact. Checks one
 * batch under two packs, or as of two dates, and writes the parcels whose verdict or rule results change, with counts
 * per rule and per park.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 64, exitCodeOnExecutionException = 70, sortOptions = false,
    description = {"Policy impact: checks the inputs under two policy packs (--policy A --policy B), or as of two dates "
        + "(--date D1 --date D2), and reports the parcels whose verdict or some rule's verdict changes, with counts "
        + "per rule and per park.",
        "Exit status: 0 no parcel changes, 1 some parcel changes, 64 usage error, 70 internal error, 74 I/O error."})
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files or directories, as for check.")
  List<Path> inputs;

  @Option(names = "--policy", paramLabel = "shanghai-2021|FILE",
      description = "A bundled pack id or a pack file; give it twice, before then after (default: shanghai-2021 on "
          + "both sides).")
  List<String> policies = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Judge every parcel as if applied for on this date, its own application date set aside; give it "
          + "twice, before then after. Without it, parcels are judged on their application dates (those without one "
          + "on today).")
  List<String> dates = new ArrayList<>();

  @Option(names = "--format", paramLabel = "json|csv|html",
      description = "Report format (default: from the --out extension, else json).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Report file (default: standard output).")
  Path out;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the texts and of the HTML page: zh or en (default: ${DEFAULT-VALUE}).")
  Language lang;

  @Mixin InputOptions input;

  @Option(names = "--debug", description = "On an internal error (exit 70), also print its stack trace.")
  boolean debug;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (policies.size() > 2 || dates.size() > 2) {
      throw new CommandLine.ParameterException(cl, "diff compares two sides: give --policy and --date at most twice");
    }
    if (policies.size() < 2 && dates.size() < 2) {
      throw new CommandLine.ParameterException(cl, "diff needs two sides: two packs (--policy A --policy B) or two"
          + " dates (--date D1 --date D2)");
    }
    List<String> packs = policies.isEmpty() ? List.of("shanghai-2021") : policies;
    PolicyPack before = Policies.load(cl, packs.get(0));
    PolicyPack after = packs.size() == 1 ? before : Policies.load(cl, packs.get(1));
    List<LocalDate> on = new ArrayList<>();
    for (String d : dates) {
      try {
        on.add(LocalDate.parse(d));
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(cl, "--date: must be a date YYYY-MM-DD, was '" + d + "'");
      }
    }
    DiffFormat diffFormat = format(cl);
    if (out != null) {
      Optional<String> conflict = OutputGuard.conflict(inputs, out);
      if (conflict.isPresent()) {
        throw new CommandLine.ParameterException(cl, conflict.get());
      }
    }
    LocalDate today = LocalDate.now(Clock.systemDefaultZone()); // the command line reads the clock, never the library
    BatchChecker a = side(before, on.isEmpty() ? Optional.empty() : Optional.of(on.get(0)), today);
    BatchChecker b = side(after, on.isEmpty() ? Optional.empty() : Optional.of(on.get(on.size() - 1)), today);
    PolicyDiff diff = PolicyDiff.of(a, b).labelled(label(packs.get(0), before, a), label(packs.get(packs.size() - 1),
        after, b));
    ReadOptions readOptions = input.readOptions(before, cl);
    PrintWriter err = cl.getErr();
    DiffSummary summary;
    try (Cleanup cleanup = Cleanup.install()) {
      ReportFile report = cleanup.report(out == null ? ReportFile.standardOutput() : ReportFile.open(out));
      DiffSink sink = diffFormat.writer(report.stream(), lang.code());
      try {
        summary = diff.run(pack -> cleanup.add(BatchInput.open(InputPaths.located(inputs), readOptions.withPack(pack))), sink);
      } catch (IllegalArgumentException e) {
        err.println("landcheck: " + Main.oneLine(String.valueOf(e.getMessage())));
        return Main.USAGE;
      }
      report.commit();
    } catch (IOException | UncheckedIOException e) {
      err.println("landcheck: " + Main.oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
      return Main.IO_ERROR;
    } catch (RuntimeException | Error e) {
      return Main.internalError(err, e, "", debug);
    }
    boolean zh = lang == Language.ZH;
    err.println(String.format(Locale.ROOT, zh
            ? "landcheck diff: 读取 %d 条，%d 宗结论变化：%d 宗变为不合规，%d 宗不再不合规（%s → %s，%.1f 秒）%s"
            : "landcheck diff: %d read, %d change: %d newly non-compliant, %d no longer non-compliant (%s -> %s, %.1f s)%s",
        summary.read(), summary.changed(), summary.newlyNonCompliant(), summary.noLongerNonCompliant(),
        label(packs.get(0), before, a), label(packs.get(packs.size() - 1), after, b),
        summary.elapsed().toMillis() / 1000.0, out == null ? "" : (zh ? " → " : " -> ") + out));
    return summary.changed() > 0 ? Main.NON_COMPLIANT : Main.OK;
  }

  /** One side's batch checker: every parcel judged as of {@code asOf} when given, else on its application date. */
  private BatchChecker side(PolicyPack pack, Optional<LocalDate> asOf, LocalDate today) {
    BatchChecker checker = asOf.isPresent() ? BatchChecker.of(pack).asOf(asOf.get()) : BatchChecker.of(pack).onDate(today);
    return input.configured(checker, spec.commandLine());
  }

  /** How the report names a side: the pack's id, or its file's name, and the date it is judged as of. */
  private static String label(String given, PolicyPack pack, BatchChecker checker) {
    String name = given.equals(pack.id()) ? pack.id() : Path.of(given).getFileName().toString();
    return name + checker.asOfDate().map(d -> " @ " + d).orElse("");
  }

  private DiffFormat format(CommandLine cl) {
    String name = format;
    if (name == null && out != null) {
      String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
      int dot = file.lastIndexOf('.');
      String ext = dot < 0 ? "" : file.substring(dot + 1);
      name = ext.equals("htm") ? "html" : List.of("json", "csv", "html").contains(ext) ? ext : "json";
    }
    if (name == null) {
      name = "json";
    }
    try {
      return DiffFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--format: must be json, csv or html, was '" + name + "'");
    }
  }
}
