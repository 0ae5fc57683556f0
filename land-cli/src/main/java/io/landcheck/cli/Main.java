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
 * the report. {@code landcheck check INPUT...}, {@code landcheck diff --policy A --policy B INPUT...},
 * {@code landcheck rules}, {@code landcheck --version}.
 *
 * @since 0.1
 */
@Command(
    name = "landcheck",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 64, exitCodeOnExecutionException = 70,
    versionProvider = Main.Version.class,
    subcommands = {CheckCommand.class, DiffCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
    description = {
        "Checks Shanghai industrial land parcels against 沪府规〔2021〕9号 section 五 (or a policy pack of your own).",
        "Reads GeoPackage, Shapefile, GeoJSON or facts-only JSON; writes JSON, CSV or a self-contained HTML report."},
    exitCodeListHeading = "%nExit codes:%n")
public final class Main implements Runnable {

  /** Every parcel is compliant or not applicable. */
  static final int OK = 0;
  /**
   * Some parcel is non-compliant or has insufficient data, or a batch rule of the pack failed (Shanghai: the
   * green-space balance left short).
   */
  static final int NON_COMPLIANT = 1;
  /** Some record is in error. */
  static final int RECORD_ERRORS = 2;
  /** Usage error (sysexits EX_USAGE). */
  static final int USAGE = 64;
  /** Internal error (sysexits EX_SOFTWARE): a bug, or the memory running out; never 1, which means non-compliant. */
  static final int INTERNAL = 70;
  /** I/O error (sysexits EX_IOERR). */
  static final int IO_ERROR = 74;

  /** The environment variable that, set to anything but empty or 0, prints the stack trace of an internal error. */
  static final String DEBUG_ENV = "LANDCHECK_DEBUG";

  /** The most characters of an error's message a one-line report of it shows. */
  private static final int MESSAGE_LIMIT = 300;

  @Spec CommandSpec spec;

  private Main() {}

  /**
   * Runs the command and exits with its status. Whatever escapes (an error of the JVM, a bug) exits 70 with one line
   * on standard error, never 1; a thread that dies of an uncaught error says so in one line too.
   *
   * @param args the command line: a subcommand ({@code check}, {@code rules}, {@code help}) with its inputs and
   *     options, or {@code --help} or {@code --version}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    boolean debug = debug(args);
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> internalError(new PrintWriter(err, true), e,
        " (in thread " + thread.getName() + ")", debug));
    int status;
    try {
      status = run(args, out, err);
      out.flush();
      err.flush();
    } catch (Throwable e) {
      status = INTERNAL;
      try {
        internalError(new PrintWriter(err, true), e, "", debug);
      } catch (Throwable cannotSay) {
        // exit 70 all the same
      }
    }
    System.exit(status);
  }

  /**
   * Runs the command with these streams and returns its exit status: an internal error is 70 with one line on
   * {@code err} (and its stack trace with --debug or LANDCHECK_DEBUG=1).
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter errWriter = new PrintWriter(err, true);
    try {
      CommandLine cl = commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(errWriter);
      cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(errWriter, e, "", debug(args)));
      return cl.execute(args);
    } catch (Throwable e) {
      return internalError(errWriter, e, "", debug(args));
    }
  }

  /** Whether to print the stack trace of an internal error: --debug among the arguments, or LANDCHECK_DEBUG set. */
  static boolean debug(String[] args) {
    String env = System.getenv(DEBUG_ENV);
    return java.util.Arrays.asList(args).contains("--debug") || (env != null && !env.isEmpty() && !env.equals("0"));
  }

  /**
   * Reports an internal error in one line (and its stack trace if {@code debug} or LANDCHECK_DEBUG is set), with
   * {@code after} at its end, and returns 70.
   */
  static int internalError(PrintWriter err, Throwable e, String after, boolean debug) {
    String env = System.getenv(DEBUG_ENV);
    boolean trace = debug || (env != null && !env.isEmpty() && !env.equals("0"));
    err.println("landcheck: internal error: " + oneLine(String.valueOf(e)) + after
        + (trace ? "" : " (a bug in landcheck, or too little memory: run with --debug for the stack trace)"));
    if (trace) {
      e.printStackTrace(err);
    }
    err.flush();
    return INTERNAL;
  }

  /** A message on one line, cut to a few hundred characters: what the user is shown of an error. */
  static String oneLine(String message) {
    String line = message.replaceAll("\\s+", " ").strip();
    return line.length() <= MESSAGE_LIMIT ? line : line.substring(0, MESSAGE_LIMIT) + "…";
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
      " 0", "every parcel compliant (or not applicable) and every batch rule of the pack met (Shanghai: green "
          + "space made up)",
      " 1", "some parcel non-compliant or with insufficient data, or a batch rule of the pack failed (Shanghai: "
          + "green space left short)",
      " 2", "some record in error (bad geometry, missing or bad field, unknown use code); takes precedence over 1",
      "64", "usage error (bad option, date, policy id or policy file, unknown input kind, --out over an input, "
          + "no command)",
      "70", "internal error (a bug in landcheck, or too little memory; one line, the stack trace with --debug or "
          + "LANDCHECK_DEBUG=1; the report of what was done so far where possible, marked incomplete)",
      "74", "I/O error (an input cannot be read, the report cannot be written)");

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use check, diff, rules or --help");
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
