package io.landcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs cases of the hostile corpus one after the other in this JVM (started by {@link HostileCorpusTest} with a
 * 512 MB heap and a java.io.tmpdir of its own), through {@link Main#run}, and appends one JSON line per case to the
 * results file: the exit code, the time, standard error, and the files the case left in java.io.tmpdir and beside
 * its report (which it then removes, so that the next case is judged on its own). A case that does not end within
 * its time is written as a hang (exit -1) and this JVM halts: the test runs the cases left in a new one.
 *
 * <p>{@code CorpusRunner RESULTS WORK CASE_DIR...}
 */
final class CorpusRunner {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusRunner() {}

  public static void main(String[] args) throws Exception {
    Path results = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "corpus-case");
      t.setDaemon(true);
      return t;
    });
    for (int i = 2; i < args.length; i++) {
      Path dir = Path.of(args[i]);
      String name = dir.getFileName().toString();
      JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
      Path out = Files.createDirectories(work.resolve("out").resolve(name));
      List<String> argv = new ArrayList<>();
      expected.path("args").forEach(a -> argv.add(a.asText().replace("{case}", dir.toString())
          .replace("{out}", out.toString())));
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      long start = System.nanoTime();
      Future<Integer> run = pool.submit(() -> Main.run(argv.toArray(String[]::new),
          new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8)));
      int exit;
      try {
        exit = run.get(expected.path("timeoutSeconds").asInt(60), TimeUnit.SECONDS);
      } catch (TimeoutException hang) {
        exit = -1;
      }
      ObjectNode result = JSON.createObjectNode();
      result.put("name", name);
      result.put("exit", exit);
      result.put("millis", (System.nanoTime() - start) / 1_000_000);
      result.put("stderr", cut(stderr.toString(StandardCharsets.UTF_8)));
      result.put("stdout", cut(stdout.toString(StandardCharsets.UTF_8)));
      result.set("leftInTmp", JSON.valueToTree(names(tmp, exit != -1)));
      result.set("leftBesideReport", JSON.valueToTree(names(out, false).stream()
          .filter(n -> n.startsWith(".landcheck-")).toList()));
      try (Writer w = Files.newBufferedWriter(results, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND)) {
        w.write(JSON.writeValueAsString(result) + "\n");
      }
      if (exit == -1) {
        Runtime.getRuntime().halt(3);
      }
    }
    System.exit(0);
  }

  private static String cut(String s) {
    return s.length() <= 20_000 ? s : s.substring(0, 20_000) + "…";
  }

  /** The files in {@code dir}; removed once listed if {@code remove}. */
  private static List<String> names(Path dir, boolean remove) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        names.add(f.getFileName().toString());
        if (remove) {
          try (Stream<Path> tree = Files.walk(f)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(p);
            }
          } catch (IOException e) {
            // listed all the same
          }
        }
      }
    }
    return names;
  }
}
