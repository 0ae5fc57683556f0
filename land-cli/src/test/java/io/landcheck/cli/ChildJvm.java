package io.landcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code io.landcheck.cli.Main} in a JVM of its own, on the test classpath, with a heap limit and a
 * {@code java.io.tmpdir} of its own, as a user's shell would: what it exits with, prints and leaves behind.
 */
final class ChildJvm {

  /** What one run did. {@code exit} is -1 if it did not end in time (it is then killed). */
  record Run(int exit, String stdout, String stderr, long millis) {
    boolean timedOut() {
      return exit == -1;
    }
  }

  private final Path work;
  private final String heap;
  private final List<String> jvmOptions = new ArrayList<>();

  /** A JVM with {@code heap} (e.g. 512m) whose temporary files go to {@code work/tmp}; its output goes to work. */
  ChildJvm(Path work, String heap) throws IOException {
    this.work = work;
    this.heap = heap;
    Files.createDirectories(tmp());
  }

  /** Adds an option of the JVM, e.g. {@code -Dlandcheck.injectFault=oom-after:1}. */
  ChildJvm option(String option) {
    jvmOptions.add(option);
    return this;
  }

  /** The JVM's java.io.tmpdir. */
  Path tmp() {
    return work.resolve("tmp");
  }

  /** The files left in the JVM's java.io.tmpdir. */
  List<Path> leftInTmp() throws IOException {
    try (Stream<Path> files = Files.list(tmp())) {
      return files.toList();
    }
  }

  ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-Xss1m",
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8",
        "-Djava.io.tmpdir=" + tmp()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.landcheck.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(work.toFile())
        .redirectOutput(work.resolve("stdout.txt").toFile()).redirectError(work.resolve("stderr.txt").toFile());
  }

  /** Runs {@code landcheck args}, killing it after {@code seconds}. */
  Run run(long seconds, String... args) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = command(args).start();
    boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    return new Run(ended ? p.exitValue() : -1, read("stdout.txt"), read("stderr.txt"),
        (System.nanoTime() - start) / 1_000_000);
  }

  private String read(String name) throws IOException {
    return Files.readString(work.resolve(name), StandardCharsets.UTF_8);
  }
}
