package io.landcheck.test;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.landcheck.engine.Checker;
import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.Report;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.test.ScenarioFile.Balance;
import io.landcheck.test.ScenarioFile.Case;
import io.landcheck.test.ScenarioFile.RuleExpectation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs scenario files as JUnit 5 dynamic tests, so a planner adds a zoning case by writing a few lines of YAML, not
 * Java. One line in a test class runs every file of a classpath directory:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicContainer> zoning() {
 *   return ScenarioFiles.tests("zoning/");
 * }
 * }</pre>
 *
 * <p>Each file ({@code .yaml}, {@code .yml} or {@code .json}, in subdirectories too, in name order) is a container;
 * each case a test named by its parcel id and description, and each green-space balance a test. A failing case names
 * the file, the parcel and the rule, with the rule's clause, measured value, limit and message. A file that is not a
 * valid scenario file gives one failing test whose message names the file and the field. The format is in
 * docs/scenario-files.md.
 *
 * @since 0.1
 */
public final class ScenarioFiles {

  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

  private ScenarioFiles() {}

  /**
   * The tests of every scenario file under the classpath directory {@code directory} (such as {@code "zoning/"}),
   * judged by the bundled pack each file names (Shanghai 2021 if it names none).
   *
   * @param directory a classpath directory of scenario files, such as {@code "zoning/"}
   * @return one container of tests per file, one test per scenario, for a JUnit {@code @TestFactory}
   * @throws IllegalArgumentException if the directory is not on the classpath or holds no scenario file
   */
  public static Stream<DynamicContainer> tests(String directory) {
    return tests(directory, Optional.empty());
  }

  /**
   * The tests of every scenario file under the classpath directory {@code directory}, judged by {@code checker}.
   *
   * @param directory a classpath directory of scenario files, such as {@code "zoning/"}
   * @param checker the checker that judges every scenario, whatever pack the files name
   * @return one container of tests per file, one test per scenario, for a JUnit {@code @TestFactory}
   */
  public static Stream<DynamicContainer> tests(String directory, Checker checker) {
    return tests(directory, Optional.of(checkNotNull(checker, "ScenarioFiles.tests(checker)")));
  }

  private static Stream<DynamicContainer> tests(String directory, Optional<Checker> checker) {
    checkNotNull(directory, "ScenarioFiles.tests(directory)");
    Map<String, String> files = list(directory);
    return files.entrySet().stream().map(f -> container(f.getKey(), f.getValue(), checker));
  }

  private static DynamicContainer container(String name, String text, Optional<Checker> checker) {
    URI source = source(name);
    ScenarioFile file;
    try {
      file = ScenarioFileReader.read(name, text, checker);
    } catch (ScenarioFileException e) {
      return DynamicContainer.dynamicContainer(name, source, Stream.of(
          DynamicTest.dynamicTest("invalid scenario file", source, () -> {
            throw e;
          })));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : file.cases()) {
      String display = c.parcel().id() + c.period().map(d -> " on " + d).orElse("")
          + (c.description().isEmpty() ? "" : " — " + c.description());
      tests.add(DynamicTest.dynamicTest(display, source, () -> verify(file, c)));
    }
    for (Balance b : file.balances()) {
      String display = "green-space balance " + b.name() + (b.description().isEmpty() ? "" : " — " + b.description());
      tests.add(DynamicTest.dynamicTest(display, source, () -> verify(file, b)));
    }
    return DynamicContainer.dynamicContainer(name, source, tests.stream());
  }

  /** Checks a case's parcel and fails, naming file, parcel and rule, on every expectation it misses. */
  static void verify(ScenarioFile file, Case c) {
    Report report = file.checker().check(c.parcel());
    List<String> misses = new ArrayList<>();
    double tol = c.expect().tolerance();
    c.expect().verdict().filter(v -> v != report.verdict()).ifPresent(v ->
        misses.add("overall verdict: expected " + v + ", was " + report.verdict()));
    c.expect().plotRatio().ifPresent(pr -> {
      OptionalDouble actual = report.plotRatio();
      if (actual.isEmpty()) {
        misses.add("plot ratio: expected " + pr + ", but the report has none (site area or floor area missing)");
      } else if (Math.abs(actual.getAsDouble() - pr) > tol) {
        misses.add("plot ratio: expected " + pr + " (within " + tol + "), was " + actual.getAsDouble());
      }
    });
    for (Map.Entry<RuleId, RuleExpectation> e : c.expect().rules().entrySet()) {
      Optional<RuleResult> result = report.result(e.getKey());
      if (result.isEmpty()) {
        misses.add("rule " + e.getKey() + ": expected a result, but the report has none (verdict "
            + report.verdict() + (report.errors().isEmpty() ? "" : ", errors " + report.errors()) + ")");
        continue;
      }
      List<String> ruleMisses = ruleMisses(e.getValue(), result.get(), tol);
      if (!ruleMisses.isEmpty()) {
        misses.add("rule " + e.getKey() + ": " + String.join("; ", ruleMisses) + "\n      "
            + ResultText.describe(result.get()).replace("\n", "\n      "));
      }
    }
    c.expect().plan().ifPresent(x -> planMisses(x, report, file.checker(), c.parcel(), misses));
    if (!misses.isEmpty()) {
      throw new AssertionError("Scenario " + file.name() + ", parcel " + c.parcel().id()
          + c.period().map(d -> " on " + d).orElse("")
          + (c.description().isEmpty() ? "" : " (" + c.description() + ")") + ":\n  - "
          + String.join("\n  - ", misses) + "\nWhole report:\n  " + ResultText.describe(report).replace("\n", "\n  "));
    }
  }

  private static List<String> ruleMisses(RuleExpectation x, RuleResult r, double tol) {
    List<String> misses = new ArrayList<>();
    x.verdict().filter(v -> v != r.verdict()).ifPresent(v -> misses.add("expected " + v + ", was " + r.verdict()));
    number("measured", x.measured(), r.measured(), r.unit(), tol).ifPresent(misses::add);
    number("limit", x.limit(), r.limit(), r.unit(), tol).ifPresent(misses::add);
    x.remedyContains().ifPresent(text -> {
      boolean found = r.remedy().map(m -> contains(m.zh(), m.en(), text)).orElse(false);
      if (!found) {
        misses.add("expected a remedy containing \"" + text + "\", was "
            + r.remedy().map(m -> "\"" + m.en() + "\"").orElse("none"));
      }
    });
    x.messageContains().ifPresent(text -> {
      if (!contains(r.message().zh(), r.message().en(), text)) {
        misses.add("expected a message containing \"" + text + "\"");
      }
    });
    x.determination().ifPresent(d -> {
      if (!r.determination().map(d::equals).orElse(false)) {
        misses.add("expected determination " + d + ", was " + r.determination().orElse("none"));
      }
    });
    for (ScenarioFile.OptionExpectation o : x.options()) {
      Optional<RemedyOption> found = r.remedyOptions().stream()
          .filter(a -> a.kind() == o.kind() && a.useClasses().equals(o.useClasses())).findFirst();
      String name = "option " + o.kind() + " " + o.useClasses();
      if (found.isEmpty()) {
        misses.add("expected an " + name + ", the rule offers " + (r.remedyOptions().isEmpty() ? "none"
            : r.remedyOptions().stream().map(a -> a.kind() + " " + a.useClasses()).toList()));
        continue;
      }
      o.amount().ifPresent(amount -> {
        if (Math.abs(found.get().amount() - amount) > AREA_TOLERANCE) {
          misses.add(name + ": expected amount " + amount + ", was " + found.get().amount());
        }
      });
      o.compliesAlone().ifPresent(alone -> {
        if (!found.get().compliesAlone().equals(Optional.of(alone))) {
          misses.add(name + ": expected complies_alone " + alone + ", was "
              + found.get().compliesAlone().map(String::valueOf).orElse("not checked"));
        }
      });
    }
    return misses;
  }

  /** How far an option's amount may be from the one expected: its rounding, a tenth of a m² or a year. */
  private static final double AREA_TOLERANCE = 0.05;

  /** What a case's remedy-plan expectation misses; a plan found must also make the parcel comply when applied. */
  private static void planMisses(ScenarioFile.PlanExpectation x, Report report, Checker checker, Parcel parcel,
      List<String> misses) {
    if (report.remedyPlan().isEmpty()) {
      misses.add("remedy plan: expected one, but the report has none (verdict " + report.verdict()
          + "; only a non-compliant parcel has one)");
      return;
    }
    RemedyPlan plan = report.remedyPlan().get();
    List<String> planMisses = new ArrayList<>();
    x.status().filter(st -> st != plan.status()).ifPresent(st ->
        planMisses.add("expected status " + st + ", was " + plan.status()));
    x.changesM2().ifPresent(changes -> {
      for (UseClass c : UseClass.values()) {
        double expected = changes.getOrDefault(c, 0.0);
        if (Math.abs(plan.changeM2(c) - expected) > x.toleranceM2()) {
          planMisses.add("expected " + c + " " + signed(expected) + ", was " + signed(plan.changeM2(c)));
        }
      }
    });
    x.totalM2().ifPresent(t -> {
      if (Math.abs(plan.totalChangeM2() - t) > x.toleranceM2()) {
        planMisses.add("expected " + t + " m² changed in all, was " + plan.totalChangeM2());
      }
    });
    x.leaseTermYears().ifPresent(t -> {
      if (!plan.leaseTermYears().equals(java.util.OptionalInt.of(t))) {
        planMisses.add("expected the lease term shortened to " + t + " years, was "
            + (plan.leaseTermYears().isPresent() ? plan.leaseTermYears().getAsInt() + " years" : "kept"));
      }
    });
    x.rules().filter(rules -> !rules.equals(plan.ruleIds())).ifPresent(rules ->
        planMisses.add("expected the rules " + rules + ", was " + plan.ruleIds()));
    if (plan.found()) {
      Report again = checker.check(checker.apply(parcel, plan));
      if (again.verdict() != Verdict.COMPLIANT && again.verdict() != Verdict.NOT_APPLICABLE) {
        planMisses.add("applied and checked again, the parcel is " + again.verdict());
      }
    }
    if (!planMisses.isEmpty()) {
      misses.add("remedy plan: " + String.join("; ", planMisses) + "\n      " + ResultText.describe(plan));
    }
  }

  private static String signed(double m2) {
    return (m2 > 0 ? "+" : "") + m2 + " m²";
  }

  private static Optional<String> number(String what, OptionalDouble expected, OptionalDouble actual,
      Optional<String> unit, double tol) {
    if (expected.isEmpty()) {
      return Optional.empty();
    }
    if (actual.isEmpty()) {
      return Optional.of("expected " + what + " " + expected.getAsDouble() + ", but the result has none");
    }
    if (Math.abs(actual.getAsDouble() - expected.getAsDouble()) > tol) {
      return Optional.of("expected " + what + " " + expected.getAsDouble() + " (within " + tol + "), was "
          + ResultText.value(actual, unit));
    }
    return Optional.empty();
  }

  private static boolean contains(String zh, String en, String text) {
    return zh.contains(text) || en.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }

  /** Balances a batch's green space and fails, naming file, balance and parcel, on every expectation it misses. */
  static void verify(ScenarioFile file, Balance b) {
    GreenSpaceReport report = GreenSpaceRule.balance(file.checker(), b.parcels());
    List<String> misses = new ArrayList<>();
    b.verdict().filter(v -> v != report.verdict()).ifPresent(v ->
        misses.add("verdict: expected " + v + ", was " + report.verdict()));
    b.shortParcels().ifPresent(expected -> {
      ImmutableSet<String> actual = report.shortfalls().stream().map(GreenSpaceReport.Shortfall::parcelId)
          .collect(ImmutableSet.toImmutableSet());
      if (!actual.equals(expected)) {
        misses.add("parcels left short: expected " + expected + ", was " + actual);
      }
    });
    b.parks().forEach((park, status) -> {
      Optional<GreenSpaceReport.ParkStatus> actual = report.parks().stream().filter(p -> p.parkId().equals(park))
          .map(GreenSpaceReport.ParkBalance::status).findFirst();
      if (actual.isEmpty() || actual.get() != status) {
        misses.add("park " + park + ": expected " + status + ", was " + actual.map(Enum::name).orElse("no such park"));
      }
    });
    b.shortM2().forEach((parcel, m2) -> {
      double actual = report.shortfalls().stream().filter(s -> s.parcelId().equals(parcel))
          .mapToDouble(GreenSpaceReport.Shortfall::shortM2).sum();
      if (Math.abs(actual - m2) > b.tolerance()) {
        misses.add("parcel " + parcel + ": expected short by " + m2 + " m², was " + actual + " m²");
      }
    });
    if (!misses.isEmpty()) {
      throw new AssertionError("Scenario " + file.name() + ", green-space balance " + b.name() + ", rule "
          + report.ruleId() + " (" + report.citation() + "):\n  - " + String.join("\n  - ", misses)
          + "\nWhole balance:\n  " + ResultText.describe(report).replace("\n", "\n  "));
    }
  }

  /** The scenario files under a classpath directory, by resource name, with their text; the first on the path wins. */
  static Map<String, String> list(String directory) {
    String base = directory.replace('\\', '/').replaceAll("^/+", "").replaceAll("/+$", "");
    ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
        .orElse(ScenarioFiles.class.getClassLoader());
    Map<String, String> files = new TreeMap<>();
    boolean found = false;
    try {
      Enumeration<URL> roots = loader.getResources(base);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        found = true;
        if ("file".equals(root.getProtocol())) {
          Path dir = Path.of(root.toURI());
          try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenario).sorted().toList()) {
              String name = base + "/" + dir.relativize(p).toString().replace('\\', '/');
              if (!files.containsKey(name)) {
                files.put(name, Files.readString(p, StandardCharsets.UTF_8));
              }
            }
          }
        } else if ("jar".equals(root.getProtocol())) {
          URLConnection connection = root.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
              if (!entry.isDirectory() && entry.getName().startsWith(base + "/") && isScenario(Path.of(entry.getName()))
                  && !files.containsKey(entry.getName())) {
                try (InputStream in = jar.getInputStream(entry)) {
                  files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario files under classpath directory " + directory, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read scenario files under classpath directory " + directory, e);
    }
    if (!found) {
      throw new IllegalArgumentException("no classpath directory \"" + directory + "\" (put scenario files in"
          + " src/test/resources/" + base + "/)");
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("classpath directory \"" + directory + "\" holds no scenario file ("
          + String.join(", ", EXTENSIONS) + ")");
    }
    return files;
  }

  private static boolean isScenario(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  private static URI source(String name) {
    try {
      return new URI("classpath", "/" + name, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
