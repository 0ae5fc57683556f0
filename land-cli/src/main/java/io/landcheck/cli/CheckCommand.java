package io.landcheck.cli;

import io.landcheck.batch.BatchAbortedException;
import io.landcheck.batch.BatchChecker;
import io.landcheck.batch.BatchInput;
import io.landcheck.batch.BatchSink;
import io.landcheck.batch.BatchSummary;
import io.landcheck.batch.ReportFormat;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.io.ReadOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code landcheck check INPUT...}: checks a batch of parcels and writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 64, exitCodeOnExecutionException = 70, sortOptions = false,
    description = {"Checks every parcel of the inputs against the policy pack and writes a report.",
        "INPUT is a GeoPackage (.gpkg), a Shapefile (.shp or a directory of them), GeoJSON (.geojson/.json or a "
            + "directory of them), or a facts-only JSON file (a JSON array of parcels with their floor areas). "
            + "Several inputs are checked as one batch, in the order given."},
    exitCodeListHeading = "%nExit codes:%n")
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files or directories.")
  List<Path> inputs;

  @Option(names = "--policy", paramLabel = "shanghai-2021|FILE", defaultValue = "shanghai-2021",
      description = "A bundled pack id or a pack file (default: ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date to judge parcels without an application date on, and to run the pack's batch rules on "
          + "(Shanghai: the green-space balance) "
          + "(default: today, read from this computer's clock in its time zone; the command line is the one part of "
          + "landcheck that reads the clock, and passes the date to the library).")
  String date;

  @Option(names = "--format", paramLabel = "json|csv|html|gpkg|geojson",
      description = "Report format (default: from the --out extension, else json). gpkg and geojson write the "
          + "results as GIS layers for QGIS (parcels with their verdicts, and buildings) to the --out file, with a "
          + "QGIS style (.qml) beside it; geojson writes the buildings to STEM.building_results.geojson beside it.")
  String format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Report file (default: standard output); never an input or a layer file an input reads "
          + "(parcels/buildings/storeys).")
  Path out;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of messages and of the HTML page: zh or en (default: ${DEFAULT-VALUE}).")
  Language lang;

  @Option(names = "--trace",
      description = "JSON report: also write each measured parcel's per-storey measurement trace (\"measurement\": "
          + "every building and storey with its footprint, factor, counted area and the reason). About 17 KB more a "
          + "parcel: some four times the report's size and several times the time to write it. The HTML report always "
          + "shows the trace; CSV has none.")
  boolean trace;

  @Mixin InputOptions input;

  @Option(names = "--debug",
      description = "On an internal error (exit 70), also print its stack trace (as does the environment variable "
          + Main.DEBUG_ENV + "=1).")
  boolean debug;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PolicyPack pack = Policies.load(cl, policy);
    ReportFormat reportFormat = reportFormat(cl);
    if (reportFormat.writesLayers() && out == null) {
      throw new CommandLine.ParameterException(cl, "--format " + reportFormat.extension() + " writes GIS layer "
          + "files: give --out FILE." + reportFormat.extension());
    }
    if (out != null) {
      for (Path written : reportFormat.writesLayers() ? reportFormat.layerFiles(out) : List.of(out)) {
        Optional<String> conflict = OutputGuard.conflict(inputs, written);
        if (conflict.isPresent()) {
          throw new CommandLine.ParameterException(cl, conflict.get());
        }
      }
    }
    LocalDate on;
    try {
      // The library never reads the clock: the command line gives it today's date, unless --date gives another.
      on = date == null ? LocalDate.now(Clock.systemDefaultZone()) : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(cl, "--date: must be a date YYYY-MM-DD, was '" + date + "'");
    }
    BatchChecker checker = input.configured(BatchChecker.of(pack).onDate(on), cl);
    ReadOptions readOptions = input.readOptions(pack, cl);
    PrintWriter err = cl.getErr();
    BatchSummary summary;
    UnknownFields unknownFields = new UnknownFields();
    try (Cleanup cleanup = Cleanup.install()) { // removes every temporary file however the run ends, signals too
      BatchInput input;
      try {
        input = cleanup.add(BatchInput.open(InputPaths.located(inputs), readOptions));
      } catch (IllegalArgumentException e) {
        err.println("landcheck: " + e.getMessage());
        return Main.USAGE;
      }
      ReportFile report;
      BatchSink writer;
      if (reportFormat.writesLayers()) {
        // the layer writer writes its files under temporary names and moves them into place itself
        report = cleanup.report(ReportFile.none());
        writer = reportFormat.layerWriter(out, lang.code());
      } else {
        report = cleanup.report(out == null ? ReportFile.standardOutput() : ReportFile.open(out));
        OutputStream os = report.stream();
        writer = trace ? reportFormat.writerWithTrace(os, lang.code()) : reportFormat.writer(os, lang.code());
      }
      cleanup.add(writer::close); // the HTML report's spool files, the layers' temporary files
      BatchSink sink = BatchSink.both(writer, unknownFields);
      java.util.Optional<BatchSink> fault = Faults.fromProperty();
      if (fault.isPresent()) {
        sink = BatchSink.both(sink, fault.get());
      }
      if (System.console() != null && out != null) { // a terminal, and the report is not written to it
        sink = BatchSink.both(sink, new Progress(err));
      }
      try {
        summary = checker.run(input, sink);
      } catch (BatchAbortedException e) {
        // the report holds what was done before the error, marked incomplete: keep it
        String kept = "";
        try {
          report.commit();
          kept = "; the report of the " + e.soFar().read() + " records checked before it is "
              + (out == null ? "on standard output" : "in " + out) + ", marked incomplete";
        } catch (IOException | RuntimeException notKept) {
          // the error is what to report
        }
        return Main.internalError(err, e.getCause(), kept, debug);
      }
      report.commit();
    } catch (IOException | UncheckedIOException e) {
      err.println("landcheck: " + Main.oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
      return Main.IO_ERROR;
    } catch (RuntimeException | Error e) {
      return Main.internalError(err, e, "", debug);
    }
    err.println(line(summary));
    if (unknownFields.records() > 0 && !input.ignoreUnknownFields) {
      err.println(unknownFields.hint(lang));
    }
    if (summary.errors() > 0) {
      return Main.RECORD_ERRORS;
    }
    if (summary.nonCompliant() > 0 || summary.insufficientData() > 0 || !summary.failedBatchResults().isEmpty()) {
      return Main.NON_COMPLIANT;
    }
    return Main.OK;
  }

  private String line(BatchSummary s) {
    boolean zh = lang == Language.ZH;
    return String.format(Locale.ROOT, zh
            ? "landcheck: 读取 %d 条：合规 %d，不合规 %d，资料不足 %d，不适用 %d，错误 %d%s%s（%.1f 秒，%.0f 条/秒）%s"
            : "landcheck: %d read: %d compliant, %d non-compliant, %d insufficient data, %d not applicable, %d errors%s"
                + "%s (%.1f s, %.0f/s)%s",
        s.read(), s.compliant(), s.nonCompliant(), s.insufficientData(), s.notApplicable(), s.errors(),
        (s.repaired() == 0 ? "" : String.format(Locale.ROOT, zh ? "；其中 %d 条的图形经修复" : "; %d with a repaired polygon",
            s.repaired()))
            + (s.buildingsByLocation() + s.buildingsUnplaced() == 0 ? "" : String.format(Locale.ROOT, zh
                ? "；按位置归属建筑 %d 栋，未能归属 %d 栋" : "; %d buildings placed by location, %d on no parcel",
                s.buildingsByLocation(), s.buildingsUnplaced()))
            + s.failedBatchResults().stream().map(r -> (zh ? "；" : "; ") + r.outcome().in(lang.code()))
                .collect(Collectors.joining()), "",
        s.elapsed().toMillis() / 1000.0, s.recordsPerSecond(),
        out == null ? "" : (zh ? " → " : " -> ") + out);
  }

  private ReportFormat reportFormat(CommandLine cl) {
    String name = format;
    if (name == null && out != null) {
      String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
      int dot = file.lastIndexOf('.');
      String ext = dot < 0 ? "" : file.substring(dot + 1);
      name = ext.equals("htm") ? "html" : ext;
      if (!List.of("json", "csv", "html", "gpkg", "geojson").contains(name)) {
        name = "json";
      }
    }
    if (name == null) {
      name = "json";
    }
    try {
      return ReportFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--format: must be json, csv, html, gpkg or geojson, was '" + name + "'");
    }
  }
}
