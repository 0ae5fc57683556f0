package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How check ends when something goes wrong inside it: never 1 (non-compliant), one line, no stack trace. */
class ExitPathsTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String fixture(String name) {
    try {
      return Path.of(ExitPathsTest.class.getResource("/io/landcheck/batch/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void noFault() {
    System.clearProperty(Faults.PROPERTY);
  }

  @Test
  @DisplayName("an internal error part-way exits 70 with one line and keeps the report so far, marked incomplete")
  void internalErrorKeepsReport() throws Exception {
    System.setProperty(Faults.PROPERTY, "bug-after:1");
    Path report = dir.resolve("r.json");

    int exit = run("check", fixture("mixed-facts.json"), "--out", report.toString(), "--lang", "en");

    assertThat(exit).isEqualTo(70);
    assertThat(stderr().strip()).startsWith("landcheck: internal error: java.lang.IllegalStateException")
        .contains("report of the 2 records checked before it is in " + report).doesNotContain("\tat ")
        .hasLineCount(1);
    JsonNode json = new ObjectMapper().readTree(report.toFile()); // the second row was written when the fault struck
    assertThat(json.path("parcels")).hasSize(2);
    assertThat(json.path("summary").path("read").asLong()).isEqualTo(2);
    assertThat(json.path("incomplete").asText()).contains("IllegalStateException");
  }

  @Test
  @DisplayName("--debug prints the stack trace of an internal error")
  void debugTrace() {
    System.setProperty(Faults.PROPERTY, "stack-after:0");

    int exit = run("check", fixture("mixed-facts.json"), "--out", dir.resolve("r.csv").toString(), "--debug");

    assertThat(exit).isEqualTo(70);
    assertThat(stderr()).contains("StackOverflowError").contains("\tat ");
  }

  @Test
  @DisplayName("an OutOfMemoryError escaping in a real process exits 70, never 1, in one line")
  void outOfMemoryExits70() throws Exception {
    ChildJvm jvm = new ChildJvm(dir, "256m").option("-D" + Faults.PROPERTY + "=oom-after:2");

    ChildJvm.Run r = jvm.run(120, "check", fixture("mixed-facts.json"), "--out", "r.html");

    assertThat(r.exit()).isEqualTo(70);
    assertThat(r.stderr().strip()).startsWith("landcheck: internal error: java.lang.OutOfMemoryError")
        .hasLineCount(1);
    assertThat(Files.readString(dir.resolve("r.html"))).contains("class=\"hint cap incomplete\"").endsWith("</html>\n");
    assertThat(jvm.leftInTmp()).isEmpty();
  }

  @Test
  @DisplayName("--threads above 256 (2147483647) is a usage error, 64")
  void threadsBounded() {
    assertThat(run("check", fixture("compliant-facts.json"), "--threads", "2147483647")).isEqualTo(64);
    assertThat(stderr()).contains("--threads: must be from 1 to 256, was 2147483647");
  }

  @Test
  @DisplayName("a --policy file that is not a pack is a usage error that does not show its content")
  void policyNotShown() throws Exception {
    Path passwd = Files.writeString(dir.resolve("passwd"), "secret-user:x:0:0::/root:/bin/sh\n");

    assertThat(run("check", fixture("compliant-facts.json"), "--policy", passwd.toString())).isEqualTo(64);
    assertThat(stderr()).contains("not valid JSON at line 1").doesNotContain("secret");
  }
}
