package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input corpus ({@link HostileCorpus}): every case run by the real command under a 512 MB heap, with a time
 * bound and a java.io.tmpdir of its own, several cases to a JVM ({@link CorpusRunner}) on two JVMs at once, and the
 * cases that must end the JVM itself (an injected OutOfMemoryError) each in its own. Each case must exit as its
 * expected.json says (never 1 for a crash, 70 for an internal error with the report so far), give every record read
 * exactly once in its report, name the records in error and their fields, leave no temporary file and print no stack
 * trace. Cases marked pendingFix are skipped, saying why. The figures go to target/hostile-corpus/summary.txt.
 */
class HostileCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path COMMITTED = Path.of("src/test/hostile-corpus");
  private static final Path WORK = Path.of("target/hostile-corpus");
  private static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 64, 70, 74);

  @TestFactory
  @DisplayName("hostile-input corpus")
  Stream<DynamicNode> corpus() throws Exception {
    long start = System.nanoTime();
    deleteTree(WORK);
    Path cases = WORK.resolve("cases");
    List<String> names = HostileCorpus.generate(cases, Path.of("../land-gis/src/test/resources/fixtures"), true);
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    for (String name : names) {
      expected.put(name, JSON.readTree(cases.resolve(name).resolve("expected.json").toFile()));
    }
    List<String> shared = names.stream().filter(n -> !pending(expected.get(n)) && own(expected.get(n)) == false)
        .toList();
    Map<String, JsonNode> results = new LinkedHashMap<>();
    runShared(cases, shared, expected, results);
    for (String n : names) {
      if (!pending(expected.get(n)) && own(expected.get(n))) {
        results.put(n, runOwn(cases.resolve(n), expected.get(n)));
      }
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    writeSummary(names, expected, results, seconds);

    List<DynamicNode> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("the committed corpus is what scripts/make-hostile-corpus writes",
        () -> committedUpToDate(cases, names, expected)));
    for (String n : names) {
      JsonNode e = expected.get(n);
      tests.add(DynamicTest.dynamicTest(n + ": " + e.path("description").asText(), () -> {
        Assumptions.assumeFalse(pending(e), () -> "pending fix: " + e.path("pendingReason").asText());
        check(n, e, results.get(n));
      }));
    }
    return tests.stream();
  }

  private static boolean pending(JsonNode e) {
    return e.path("pendingFix").asBoolean();
  }

  private static boolean own(JsonNode e) {
    return e.path("jvm").asText().equals("own");
  }

  /** Runs the shared cases on two runner JVMs, starting a new JVM after one that hung or died. */
  private static void runShared(Path cases, List<String> shared, Map<String, JsonNode> expected,
      Map<String, JsonNode> results) throws Exception {
    List<List<String>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < shared.size(); i++) {
      halves.get(i % 2).add(shared.get(i));
    }
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int h = 0; h < 2; h++) {
      List<String> half = halves.get(h);
      Path work = Files.createDirectories(WORK.resolve("runner-" + h));
      Thread t = new Thread(() -> {
        try {
          List<String> left = new ArrayList<>(half);
          int jvm = 0;
          while (!left.isEmpty()) {
            Path resultFile = work.resolve("results-" + jvm + ".jsonl");
            Path tmp = Files.createDirectories(work.resolve("tmp-" + jvm));
            List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-Xss1m",
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                "-Dorg.sqlite.tmpdir=" + Files.createDirectories(work.resolve("sqlite-lib")).toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), CorpusRunner.class.getName(),
                resultFile.toAbsolutePath().toString(), work.toAbsolutePath().toString()));
            left.forEach(n -> command.add(cases.resolve(n).toAbsolutePath().toString()));
            Process p = new ProcessBuilder(command).redirectOutput(work.resolve("stdout-" + jvm + ".txt").toFile())
                .redirectError(work.resolve("stderr-" + jvm + ".txt").toFile()).start();
            p.waitFor(20, TimeUnit.MINUTES);
            p.destroyForcibly().waitFor();
            List<String> done = new ArrayList<>();
            if (Files.exists(resultFile)) {
              for (String line : Files.readAllLines(resultFile, StandardCharsets.UTF_8)) {
                JsonNode r = JSON.readTree(line);
                done.add(r.path("name").asText());
                synchronized (HostileCorpusTest.class) {
                  HostileCorpusTest.put(r);
                }
              }
            }
            if (done.isEmpty() && !left.isEmpty()) { // the JVM died before its first case ended: count it a crash
              JsonNode died = JSON.createObjectNode().put("name", left.get(0)).put("exit", -2)
                  .put("stderr", Files.readString(work.resolve("stderr-" + jvm + ".txt")));
              synchronized (HostileCorpusTest.class) {
                HostileCorpusTest.put(died);
              }
              done.add(left.get(0));
            }
            left.removeAll(done);
            jvm++;
          }
        } catch (Exception | Error e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }, "corpus-runner-" + h);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a corpus runner failed", failures.get(0));
    }
    results.putAll(SHARED_RESULTS);
  }

  private static final Map<String, JsonNode> SHARED_RESULTS = new LinkedHashMap<>();

  private static void put(JsonNode r) {
    SHARED_RESULTS.put(r.path("name").asText(), r);
  }

  /** Runs a case in a JVM of its own, through Main.main as a user's shell would. */
  private static JsonNode runOwn(Path dir, JsonNode e) throws Exception {
    Path work = Files.createDirectories(WORK.toAbsolutePath().resolve("own").resolve(dir.getFileName()));
    Path out = Files.createDirectories(work.resolve("out"));
    ChildJvm jvm = new ChildJvm(work, "512m");
    e.path("jvmOptions").forEach(o -> jvm.option(o.asText()));
    List<String> args = new ArrayList<>();
    e.path("args").forEach(a -> args.add(a.asText().replace("{case}", dir.toAbsolutePath().toString())
        .replace("{out}", out.toAbsolutePath().toString())));
    ChildJvm.Run r = jvm.run(e.path("timeoutSeconds").asInt(60), args.toArray(String[]::new));
    List<String> beside;
    try (Stream<Path> files = Files.list(out)) {
      beside = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".landcheck-")).toList();
    }
    var node = JSON.createObjectNode().put("name", dir.getFileName().toString()).put("exit", r.exit())
        .put("millis", r.millis()).put("stderr", r.stderr()).put("stdout", "");
    node.set("leftInTmp", JSON.valueToTree(jvm.leftInTmp().stream().map(p -> p.getFileName().toString()).toList()));
    node.set("leftBesideReport", JSON.valueToTree(beside));
    node.put("outDir", out.toAbsolutePath().toString());
    return node;
  }

  private static Path report(String name, JsonNode result) {
    if (result.has("outDir")) {
      return Path.of(result.path("outDir").asText()).resolve("report.json");
    }
    return Path.of("target/hostile-corpus").toAbsolutePath().resolve("runner-0/out").resolve(name)
        .resolve("report.json");
  }

  private static Path reportOf(String name, JsonNode result) {
    Path r = report(name, result);
    if (!Files.exists(r) && !result.has("outDir")) {
      r = WORK.toAbsolutePath().resolve("runner-1/out").resolve(name).resolve("report.json");
    }
    return r;
  }

  private static void check(String name, JsonNode e, JsonNode r) throws IOException {
    assertThat(r).as("%s was run", name).isNotNull();
    int exit = r.path("exit").asInt();
    String stderr = r.path("stderr").asText();
    assertThat(exit).as("%s ended within %s s (-1: it hung; -2: its JVM died)", name, e.path("timeoutSeconds"))
        .isNotNegative();
    assertThat(stderr).as("%s printed no stack trace", name).doesNotContain("\tat ").doesNotContain("Exception in "
        + "thread");
    assertThat(exit).as("%s exit code (stderr: %s)", name, stderr).isEqualTo(e.path("exit").asInt());
    assertThat(r.path("leftInTmp")).as("%s temporary files left", name).isEmpty();
    assertThat(r.path("leftBesideReport")).as("%s .part files left", name).isEmpty();
    e.path("stderrContains").forEach(t -> assertThat(stderr).as("%s stderr", name).contains(t.asText()));
    e.path("stderrExcludes").forEach(t -> assertThat(stderr).as("%s stderr", name).doesNotContain(t.asText()));
    Path report = reportOf(name, r);
    if (Set.of(0, 1, 2, 70).contains(exit) && Files.exists(report)) {
      JsonNode json = JSON.readTree(report.toFile());
      JsonNode parcels = json.path("parcels");
      Set<Long> indexes = new HashSet<>();
      parcels.forEach(p -> indexes.add(p.path("index").asLong()));
      assertThat(indexes).as("%s: every record once", name).hasSize(parcels.size());
      assertThat((long) parcels.size()).as("%s: rows = records read", name)
          .isEqualTo(json.path("summary").path("read").asLong());
      if (e.path("rows").asInt() >= 0) {
        assertThat(parcels.size()).as("%s rows", name).isEqualTo(e.path("rows").asInt());
      }
      for (JsonNode want : e.path("errors")) {
        assertThat(parcels).as("%s: an error on %s naming %s", name, want.path("record"), want.path("field"))
            .anySatisfy(p -> {
              // a locator starts with the case's folder, relative to the runner's working directory or absolute
              assertThat(p.path("parcelId").asText()).satisfiesAnyOf(
                  id -> assertThat(id).isEqualTo(want.path("record").asText()),
                  id -> assertThat(id).endsWith("/" + want.path("record").asText()));
              assertThat(p.path("errors")).anySatisfy(err -> assertThat(err.path("field").asText())
                  .isEqualTo(want.path("field").asText()));
            });
      }
      if (exit == 70) {
        assertThat(json.path("incomplete").asText()).as("%s: report marked incomplete", name).isNotEmpty();
      }
    } else {
      assertThat(e.path("rows").asInt()).as("%s: a report was expected", name).isLessThanOrEqualTo(0);
    }
  }

  /** The committed corpus holds every small case, byte for byte as the generator writes it. */
  private static void committedUpToDate(Path cases, List<String> names, Map<String, JsonNode> expected)
      throws IOException {
    List<String> small = new ArrayList<>();
    for (String n : names) {
      if (!expected.get(n).path("big").asBoolean() && HostileCorpus.committed(cases.resolve(n))) {
        small.add(n);
      }
    }
    small.sort(null);
    List<String> committed;
    try (Stream<Path> dirs = Files.list(COMMITTED)) {
      committed = dirs.map(d -> d.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
    assertThat(committed).as("committed cases (run scripts/make-hostile-corpus)").isEqualTo(small);
    for (String n : small) {
      for (Path f : files(cases.resolve(n))) {
        Path c = COMMITTED.resolve(n).resolve(cases.resolve(n).relativize(f).toString());
        assertThat(c).as("%s (run scripts/make-hostile-corpus)", c).exists();
        assertThat(Arrays.equals(Files.readAllBytes(c), Files.readAllBytes(f)))
            .as("%s is what the generator writes (run scripts/make-hostile-corpus)", c).isTrue();
      }
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void writeSummary(List<String> names, Map<String, JsonNode> expected, Map<String, JsonNode> results,
      long seconds) throws IOException {
    int run = 0;
    int crashes = 0;
    int hangs = 0;
    int drops = 0;
    int mismatches = 0;
    Map<String, Integer> kinds = new LinkedHashMap<>();
    List<String> pending = new ArrayList<>();
    for (String n : names) {
      JsonNode e = expected.get(n);
      kinds.merge(e.path("kind").asText(), 1, Integer::sum);
      if (pending(e)) {
        pending.add(n);
        continue;
      }
      JsonNode r = results.get(n);
      run++;
      int exit = r.path("exit").asInt();
      if (exit == -1) {
        hangs++;
        continue;
      }
      String stderr = r.path("stderr").asText();
      if (exit == -2 || !DOCUMENTED.contains(exit) || (exit == 70 && e.path("exit").asInt() != 70)
          || stderr.contains("\tat ") || stderr.contains("Exception in thread")) {
        crashes++;
      }
      if (exit != e.path("exit").asInt()) {
        mismatches++;
      }
      try {
        Path report = reportOf(n, r);
        if (Set.of(0, 1, 2, 70).contains(exit) && Files.exists(report)) {
          JsonNode json = JSON.readTree(report.toFile());
          if (json.path("parcels").size() != json.path("summary").path("read").asLong()
              || (e.path("rows").asInt() >= 0 && json.path("parcels").size() != e.path("rows").asInt())) {
            drops++;
          }
        }
      } catch (IOException notJson) {
        drops++;
      }
    }
    String summary = String.format("cases %d (%s), run %d, pending fix %d, crashes %d, hangs %d, silent drops %d, "
            + "exit codes not as expected %d, %d s%npending: %s%n", names.size(), kinds, run, pending.size(), crashes,
        hangs, drops, mismatches, seconds, pending);
    Files.writeString(WORK.resolve("summary.txt"), summary);
    System.out.print("hostile corpus: " + summary);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
