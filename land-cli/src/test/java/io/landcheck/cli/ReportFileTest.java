package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --out}: the report is moved into place only when the run has finished. */
class ReportFileTest {

  /** Two whole parcels, then a file that ends in the middle of the third: reading fails part-way. */
  private static final String TRUNCATED_FACTS = """
      [ { "parcel_id": "T-1", "land_use": "industrial", "single_use": true, "site_area_m2": 10000,
          "floor_areas_m2": { "生产": 20000 } },
        { "parcel_id": "T-2", "land_use": "industrial", "single_use": true, "site_area_m2": 10000,
          "floor_areas_m2": { "生产": 20000 } },
        { "parcel_id": "T-3", "land_use": "indus""";

  /**
   * T-1 and T-2: 20,000 m² on 10,000 m², plot ratio 2.0, but no lease: the lease-term rule lacks data, so each is
   * INSUFFICIENT_DATA and a finished check exits 1.
   */
  private static final String WHOLE_FACTS = TRUNCATED_FACTS.substring(0, TRUNCATED_FACTS.lastIndexOf("},") + 1) + " ]";

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int check(Path input, Path out) {
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    return Main.run(new String[] {"check", input.toString(), "--threads", "1", "--out", out.toString()}, print, print);
  }

  private List<Path> filesInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  @DisplayName("a run whose input fails part-way exits 74 and leaves the report already at --out as it was")
  void failedRunKeepsOldReport() throws IOException {
    Path input = Files.writeString(dir.resolve("broken.json"), TRUNCATED_FACTS);
    Path out = Files.writeString(dir.resolve("report.csv"), "the report of yesterday");

    assertThat(check(input, out)).isEqualTo(74);

    assertThat(out).hasContent("the report of yesterday");
  }

  @Test
  @DisplayName("a run whose input fails part-way leaves no report and no temporary file behind")
  void failedRunLeavesNothing() throws IOException {
    Path input = Files.writeString(dir.resolve("broken.json"), TRUNCATED_FACTS);

    assertThat(check(input, dir.resolve("report.csv"))).isEqualTo(74);

    assertThat(filesInDir()).containsExactly(input);
  }

  @Test
  @DisplayName("a finished run replaces the file at --out with the whole report and leaves no temporary file")
  void finishedRunReplacesReport() throws IOException {
    Path input = Files.writeString(dir.resolve("whole.json"), WHOLE_FACTS);
    Path out = Files.writeString(dir.resolve("report.json"), "the report of yesterday");

    assertThat(check(input, out)).isEqualTo(1);

    assertThat(Files.readString(out)).startsWith("{").contains("T-2").doesNotContain("yesterday");
    assertThat(filesInDir()).containsExactlyInAnyOrder(input, out);
  }

  @Test
  @DisplayName("a finished run keeps the file permissions of the report it replaces")
  void finishedRunKeepsPermissions() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    Path input = Files.writeString(dir.resolve("whole.json"), WHOLE_FACTS);
    Path out = Files.writeString(dir.resolve("report.json"), "the report of yesterday");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

    check(input, out);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
  }

  @Test
  @DisplayName("an --out that names a directory is an I/O error (74), and nothing is written beside it")
  void outIsADirectory() throws IOException {
    Path input = Files.writeString(dir.resolve("whole.json"), WHOLE_FACTS);
    Path out = Files.createDirectory(dir.resolve("report.json"));

    assertThat(check(input, out)).isEqualTo(74);

    assertThat(filesInDir()).containsExactlyInAnyOrder(input, out);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(out.toString());
  }

  @Test
  @DisplayName("a report sent to a device such as /dev/null is written to it directly, as the benchmarks do")
  void deviceWrittenDirectly() throws IOException {
    Path devNull = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null here");
    Path input = Files.writeString(dir.resolve("whole.json"), WHOLE_FACTS);

    assertThat(check(input, devNull)).isEqualTo(1);
    assertThat(filesInDir()).containsExactly(input);
  }
}
