package io.landcheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code landcheck} command: checks batches of industrial land parcels (产业用地) against a policy pack and writes
 * the report. {@code landcheck check INPUT...}, {@code landcheck rules}, {@code landcheck --version}.
 */
@Command(
    name = "landcheck",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 64, exitCodeOnExecutionException = 70,
    versionProvider = Main.Version.class,
    subcommands = {CheckCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
    description = {
        "Checks Shanghai industrial land parcels against 沪府规〔2021〕9号 section 五 (or a policy pack of your own).",
        "Reads GeoPackage, Shapefile, GeoJSON or facts-only JSON; writes JSON, CSV or a self-contained HTML report."},
    exitCodeListHeading = "%nExit codes:%n")
public final class Main implements Runnable {

  /** Every parcel is compliant or not applicable. */
  static final int OK = 0;
  /** Some parcel is non-compliant or has insufficient data, or the green-space balance is short. */
  static final int NON_COMPLIANT = 1;
  /** Some record is in error. */
  static final int RECORD_ERRORS = 2;
  /** Usage error (sysexits EX_USAGE). */
  static final int USAGE = 64;
  /** I/O error (sysexits EX_IOERR). */
  static final int IO_ERROR = 74;

  @Spec CommandSpec spec;

  private Main() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command with these streams and returns its exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(Language.class, Language::parse); // its message lists zh, en as users type them
    cl.getCommandSpec().usageMessage().exitCodeList(EXIT_CODES);
    cl.getSubcommands().get("check").getCommandSpec().usageMessage().exitCodeList(EXIT_CODES);
    return cl;
  }

  /** The exit codes, as `--help` of landcheck and of landcheck check lists them. */
  private static final java.util.Map<String, String> EXIT_CODES = com.google.common.collect.ImmutableMap.of(
      " 0", "every parcel compliant (or not applicable) and the green-space balance not short",
      " 1", "some parcel non-compliant or with insufficient data, or green space left short",
      " 2", "some record in error (bad geometry, missing or bad field, unknown use code); takes precedence over 1",
      "64", "usage error (bad option, date, policy id or policy file, unknown input kind, --out over an input, "
          + "no command)",
      "70", "internal error (a bug in landcheck; please report it with the stack trace)",
      "74", "I/O error (an input cannot be read, the report cannot be written)");

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use check, rules or --help");
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"landcheck " + p.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
