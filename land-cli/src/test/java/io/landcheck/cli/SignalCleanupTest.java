package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real landcheck process stopped part-way by SIGTERM or Ctrl-C (SIGINT), or ending in a usage error, leaves no
 * temporary file: not the GeoPackage's indexed copy, not the HTML report's spool files, not the .part report.
 */
class SignalCleanupTest {

  @TempDir static Path shared;
  private static Path park;

  @TempDir Path dir;

  @BeforeAll
  static void bigPark() throws IOException {
    park = BigPark.geoPackage(shared.resolve("big.gpkg"), 6_000);
  }

  /** Starts a check of the big park to HTML, and waits until every kind of temporary file it makes is there. */
  private Process startAndWait(ChildJvm jvm) throws Exception {
    Process p = jvm.command("check", park.toString(), "--threads", "1", "--out", "out/report.html").start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      List<String> tmp = names(jvm.tmp());
      if (tmp.stream().anyMatch(n -> n.startsWith("landcheck-map")) && tmp.stream().anyMatch(n -> n.endsWith(".sqlite"))
          && names(dir.resolve("out")).stream().anyMatch(n -> n.startsWith(".landcheck-"))) {
        return p;
      }
      assertThat(p.isAlive()).as("landcheck still running before its temporary files were seen").isTrue();
      Thread.sleep(10);
    }
    throw new AssertionError("the temporary files never appeared: " + names(jvm.tmp()));
  }

  private static List<String> names(Path d) throws IOException {
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(d)) {
      return s.map(f -> f.getFileName().toString()).toList();
    }
  }

  private void assertNothingLeft(ChildJvm jvm, Process p) throws Exception {
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("landcheck ended").isTrue();
    assertThat(names(jvm.tmp())).isEmpty();
    assertThat(names(dir.resolve("out"))).isEmpty();
  }

  @Test
  @DisplayName("SIGTERM part-way leaves no indexed copy, no spool file and no .part report")
  void sigterm() throws Exception {
    Files.createDirectories(dir.resolve("out"));
    ChildJvm jvm = new ChildJvm(dir, "512m");
    Process p = startAndWait(jvm);

    p.destroy(); // SIGTERM

    assertNothingLeft(jvm, p);
    assertThat(p.exitValue()).isEqualTo(143);
  }

  @Test
  @DisplayName("Ctrl-C (SIGINT) part-way leaves no indexed copy, no spool file and no .part report")
  void sigint() throws Exception {
    assumeFalse(sigintIgnored(), "SIGINT is ignored in this process, so a child started from it would ignore it too");
    Files.createDirectories(dir.resolve("out"));
    ChildJvm jvm = new ChildJvm(dir, "512m");
    Process p = startAndWait(jvm);

    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

    assertNothingLeft(jvm, p);
    assertThat(p.exitValue()).isEqualTo(130);
  }

  @Test
  @DisplayName("a usage error after the inputs are open (an input kind landcheck cannot read) leaves nothing behind")
  void usageError() throws Exception {
    Files.createDirectories(dir.resolve("out"));
    Path other = Files.writeString(dir.resolve("notes.txt"), "not an input");
    ChildJvm jvm = new ChildJvm(dir, "512m");

    ChildJvm.Run r = jvm.run(120, "check", park.toString(), other.toString(), "--out", "out/report.html");

    assertThat(r.exit()).isEqualTo(64);
    assertThat(names(jvm.tmp())).isEmpty();
    assertThat(names(dir.resolve("out"))).isEmpty();
  }

  /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), as a background job does. */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return new BigInteger(line.substring(7).strip(), 16).testBit(1);
      }
    }
    return false;
  }
}
