package io.landcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.geo.Measurement;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An application that {@code requires} landcheck's modules by name (src/modulepath) is compiled and run on the module
 * path against the built jars, as a bureau's build would use them, and judges the sample park as the class path does.
 * Runs in {@code mvn verify} (failsafe), after the jars exist.
 */
class ModulePathIT {

  private static final String MAIN =
      "io.landcheck.examples.modulepath/io.landcheck.examples.modulepath.CheckOnModulePath";
  private static final Path PARK = Path.of("data/sample-park.gpkg");
  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  private static String modulePath;
  private static Path classes;

  @BeforeAll
  static void compileTheApplication() throws IOException {
    modulePath = Files.readString(Path.of("target/module-path.txt")).strip();
    classes = Files.createDirectories(Path.of("target/modulepath-classes"));
    List<String> args = new ArrayList<>(List.of("--module-path", modulePath, "-d", classes.toString(), "-Xlint:all"));
    try (Stream<Path> sources = Files.walk(Path.of("src/modulepath/java"))) {
      sources.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int exit = ToolProvider.findFirst("javac").orElseThrow()
        .run(new java.io.PrintStream(messages, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(messages, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    assertThat(exit).as("javac on the module path said:%n%s", messages.toString(StandardCharsets.UTF_8)).isZero();
  }

  @Test
  @DisplayName("an application requiring io.landcheck.core, .pack.shanghai, .geo and .gis runs on the module path and "
      + "judges every parcel of the sample park as the class path does")
  void runsOnTheModulePath() throws Exception {
    Process process = new ProcessBuilder(javaCommand(), "--module-path",
        classes + java.io.File.pathSeparator + modulePath, "-m", MAIN, PARK.toString(), DATE.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("the application said:%n%s", output).isZero();

    assertThat(output.lines().toList()).containsExactlyElementsOf(verdictsOnTheClassPath());
  }

  /** The same check through the same API in this JVM, on the class path: the reference. */
  private static List<String> verdictsOnTheClassPath() throws IOException {
    PolicyPack pack = ShanghaiPacks.shanghai2021();
    Measurement measurement = Measurement.of(pack).onDate(DATE);
    Checker checker = Checker.of(pack).onDate(DATE);
    List<String> lines = new ArrayList<>();
    try (ParcelSource source = ParcelSources.open(PARK, ReadOptions.defaults())) {
      source.records().forEach(record -> {
        Report report = record.parcel().map(measurement::measure)
            .map(m -> m.facts().map(checker::check)
                .orElseGet(() -> Report.error(m.parcelId(), pack.id(), DATE, m.errors())))
            .orElseGet(() -> Report.error(record.id(), pack.id(), DATE, record.errors()));
        lines.add(report.parcelId() + " " + report.verdict());
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    assertThat(lines).as("the sample park's records").hasSizeGreaterThan(50);
    return lines;
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
