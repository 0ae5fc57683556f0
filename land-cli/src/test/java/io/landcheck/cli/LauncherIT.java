package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs bin/landcheck, the launcher users run (class-data sharing archive, JIT by input size), beside
 * {@code java -jar target/landcheck.jar} on the bundled sample park: the same report bytes and the same exit status,
 * with the archive, without it, and with an archive the JVM refuses. Needs a POSIX {@code sh}; skipped without one.
 */
class LauncherIT {

  private static final Path ROOT = Path.of(System.getProperty("landcheck.root", "..")).toAbsolutePath().normalize();
  private static final Path LAUNCHER = ROOT.resolve("bin/landcheck");
  private static final Path JAR = Path.of(System.getProperty("landcheck.jar", "target/landcheck.jar"))
      .toAbsolutePath();
  private static final Path SAMPLE = ROOT.resolve("examples/data/sample-park.gpkg");
  private static final Path SH = Path.of("/bin/sh");

  @TempDir static Path dir;

  /** What one run wrote to standard output (the report) and exited with. */
  record Run(int exit, byte[] stdout) {}

  private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Run(p.exitValue(), Files.readAllBytes(out));
  }

  private static List<String> checkSample(String format) {
    return List.of("check", SAMPLE.toString(), "--date", "2024-06-01", "--format", format);
  }

  private static Run javaJar(String format) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(checkSample(format));
    return run(command, Map.of());
  }

  private static Run launcher(Path launcher, String format, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(SH.toString(), launcher.toString()));
    command.addAll(checkSample(format));
    return run(command, env);
  }

  /** The run's own time and speed are the only parts of a JSON report that change from run to run. */
  private static String withoutTiming(byte[] json) {
    return new String(json, StandardCharsets.UTF_8)
        .replaceAll("\"elapsedSeconds\":[0-9.eE+-]+", "\"elapsedSeconds\":0")
        .replaceAll("\"recordsPerSecond\":[0-9.eE+-]+", "\"recordsPerSecond\":0");
  }

  /** A copy of the launcher and the jar in a folder of their own, laid out as in the repository. */
  private static Path copiedTree(String name) throws IOException {
    Path tree = dir.resolve(name);
    Files.createDirectories(tree.resolve("bin"));
    Files.createDirectories(tree.resolve("land-cli/target"));
    Files.copy(LAUNCHER, tree.resolve("bin/landcheck"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(JAR, tree.resolve("land-cli/target/landcheck.jar"));
    return tree;
  }

  private static Run csvByJavaJar;

  @BeforeAll
  static void needsShAndReference() throws Exception {
    assumeTrue(Files.isExecutable(SH), "no /bin/sh: the POSIX launcher cannot run here");
    csvByJavaJar = javaJar("csv");
  }

  @Test
  @DisplayName("the launcher writes the sample park's CSV report byte for byte as java -jar does, with the same exit")
  void sameCsv() throws Exception {
    Run byLauncher = launcher(LAUNCHER, "csv", Map.of());

    assertThat(byLauncher.exit()).isEqualTo(csvByJavaJar.exit()).isEqualTo(2);
    assertThat(byLauncher.stdout()).isEqualTo(csvByJavaJar.stdout());
  }

  @Test
  @DisplayName("the launcher writes the sample park's JSON report as java -jar does, apart from the run's own time")
  void sameJson() throws Exception {
    Run byJavaJar = javaJar("json");
    Run byLauncher = launcher(LAUNCHER, "json", Map.of());

    assertThat(byLauncher.exit()).isEqualTo(byJavaJar.exit());
    assertThat(withoutTiming(byLauncher.stdout())).isEqualTo(withoutTiming(byJavaJar.stdout()));
  }

  @Test
  @DisplayName("without a class-data sharing archive the launcher still runs and writes the same report")
  void withoutArchive() throws Exception {
    Path tree = copiedTree("no-archive");

    Run byLauncher = launcher(tree.resolve("bin/landcheck"), "csv", Map.of());

    assertThat(byLauncher.exit()).isEqualTo(2);
    assertThat(byLauncher.stdout()).isEqualTo(csvByJavaJar.stdout());
  }

  @Test
  @DisplayName("an archive the JVM refuses (not made from this jar) is passed over silently: the same report")
  void refusedArchive() throws Exception {
    Path tree = copiedTree("refused-archive");
    Path archive = tree.resolve("land-cli/target/landcheck.jsa");
    Files.write(archive, "not a class-data sharing archive".getBytes(StandardCharsets.US_ASCII));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(
        Files.getLastModifiedTime(tree.resolve("land-cli/target/landcheck.jar")).toMillis() + 60_000));

    Run byLauncher = launcher(tree.resolve("bin/landcheck"), "csv", Map.of());

    assertThat(byLauncher.exit()).isEqualTo(2);
    assertThat(byLauncher.stdout()).isEqualTo(csvByJavaJar.stdout());
  }

  @Test
  @DisplayName("with the archive the build made, the launcher's JVM takes landcheck's classes from it")
  void usesArchive() throws Exception {
    assumeTrue(Files.isRegularFile(JAR.resolveSibling("landcheck.jsa")),
        "the build made no class-data sharing archive (see target/cds-training.log)");
    Path classLog = dir.resolve("classes.log");

    Run byLauncher = run(List.of(SH.toString(), LAUNCHER.toString(), "--version"),
        Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + classLog));

    assertThat(byLauncher.exit()).isZero();
    assertThat(Files.readString(classLog)).contains("io.landcheck.cli.Main source: shared objects file (top)");
  }

  @Test
  @DisplayName("an input under LANDCHECK_C1_MAX_BYTES runs with C1 only, one as large or larger with full tiered JIT")
  void jitByInputSize() throws Exception {
    Path pack = ROOT.resolve("land-pack-shanghai/src/main/resources/io/landcheck/pack/shanghai/shanghai-2021.json");
    long bytes = Files.size(pack);

    String small = flagsOfRules(pack, bytes + 1);
    String large = flagsOfRules(pack, bytes);

    assertThat(small).containsPattern("intx TieredStopAtLevel += 1 ");
    assertThat(large).containsPattern("intx TieredStopAtLevel += 4 ");
  }

  @Test
  @DisplayName("the launcher's JVM collects garbage with the serial collector when JAVA_OPTS names none")
  void serialCollectorByDefault() throws Exception {
    String flags = flagsOfRules("-XX:+PrintFlagsFinal");

    assertThat(flags).containsPattern("bool UseSerialGC += true ").containsPattern("bool UseG1GC += false ");
  }

  @Test
  @DisplayName("a collector named in JAVA_OPTS is the one the JVM uses, not the launcher's serial collector")
  void collectorInJavaOptsWins() throws Exception {
    String flags = flagsOfRules("-XX:+UseParallelGC -XX:+PrintFlagsFinal");

    assertThat(flags).containsPattern("bool UseParallelGC += true ").containsPattern("bool UseSerialGC += false ");
  }

  /** The JVM's flags when the launcher runs {@code rules --policy PACK} (a cheap command naming one file). */
  private static String flagsOfRules(Path pack, long c1MaxBytes) throws IOException, InterruptedException {
    return flags(List.of("rules", "--policy", pack.toString()),
        Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal", "LANDCHECK_C1_MAX_BYTES", String.valueOf(c1MaxBytes)));
  }

  /** The JVM's flags when the launcher runs {@code rules} with {@code javaOpts}, which print them. */
  private static String flagsOfRules(String javaOpts) throws IOException, InterruptedException {
    return flags(List.of("rules"), Map.of("JAVA_OPTS", javaOpts));
  }

  private static String flags(List<String> arguments, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(SH.toString(), LAUNCHER.toString()));
    command.addAll(arguments);
    Run run = run(command, environment);
    assertThat(run.exit()).isZero();
    return new String(run.stdout(), StandardCharsets.UTF_8);
  }
}
