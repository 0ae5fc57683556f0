package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;

/**
 * The report writers encode rows on the worker threads (issue 6); the report must be byte for byte what the writer
 * gives when it writes every row itself on the one writing thread, as before.
 */
class ParallelEncodingTest {

  private static final Path SAMPLE = Path.of("../examples/data/sample-park.gpkg");
  private static final BatchChecker CHECKER = BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1));

  /** The report of the sample park, the sink hidden behind a plain BatchSink when {@code sequential}. */
  private static String report(ReportFormat format, int threads, boolean sequential) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSink writer = format.writer(out, "zh");
    BatchSink sink = sequential ? new BatchSink() {
      @Override
      public void begin(BatchInfo info) throws IOException {
        writer.begin(info);
      }

      @Override
      public void row(BatchRow row) throws IOException {
        writer.row(row);
      }

      @Override
      public void end(BatchSummary summary) throws IOException {
        writer.end(summary);
      }
    } : writer;
    try (BatchInput input = BatchInput.open(List.of(SAMPLE), PACK)) {
      CHECKER.threads(threads).run(input, sink);
    }
    return withoutTimings(out.toString(StandardCharsets.UTF_8));
  }

  /** The report with its elapsed time and rate, which differ from run to run, blanked. */
  private static String withoutTimings(String report) {
    return report.replaceAll("\"elapsedSeconds\":[0-9.Ee+-]+,\"recordsPerSecond\":[0-9.Ee+-]+", "\"timings\":0")
        .replaceAll("(共 \\d+ 条记录，用时 )[0-9.]+ 秒，每秒 [0-9]+ 条", "$1");
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"JSON", "CSV", "HTML"}) // the formats written to a stream
  @DisplayName("a report encoded on four workers equals the report written row by row on one thread")
  void parallelEqualsSequential(ReportFormat format) throws IOException {
    String sequential = report(format, 1, true);
    String parallel = report(format, 4, false);
    assertThat(sequential).contains("SP-");
    assertThat(parallel).isEqualTo(sequential);
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"JSON", "CSV", "HTML"}) // the formats written to a stream
  @DisplayName("a report through BatchSink.both with another sink equals the report alone")
  void throughBoth(ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Fixtures.Collecting other = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.open(List.of(SAMPLE), PACK)) {
      CHECKER.threads(2).run(input, BatchSink.both(format.writer(out, "zh"), other));
    }
    assertThat(withoutTimings(out.toString(StandardCharsets.UTF_8))).isEqualTo(report(format, 1, true));
    assertThat(other.rows).hasSize((int) other.summary.read());
  }

  /** Encodes a row as its parcel id, except for one id, where encoding fails; keeps what it writes, in order. */
  private static final class FailingOnce implements EncodingSink {
    final java.util.List<String> written = new java.util.ArrayList<>();
    final String failFor;

    FailingOnce(String failFor) {
      this.failFor = failFor;
    }

    @Override
    public Object encode(BatchRow row) {
      if (row.parcelId().equals(failFor) && Thread.currentThread().getName().startsWith("landcheck-worker")) {
        throw new IllegalStateException("cannot encode " + failFor + " on a worker");
      }
      return row.parcelId();
    }

    @Override
    public void row(BatchRow row, Object encoded) {
      written.add((String) encoded);
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("a row whose encoding fails on a worker is encoded by the writing thread, in its place")
  void encodingFailureFallsBackToTheWriter() throws IOException {
    Fixtures.Collecting all = new Fixtures.Collecting();
    try (BatchInput input = BatchInput.open(List.of(SAMPLE), PACK)) {
      CHECKER.threads(1).run(input, all);
    }
    String victim = all.rows.get(7).parcelId();
    FailingOnce sink = new FailingOnce(victim);
    try (BatchInput input = BatchInput.open(List.of(SAMPLE), PACK)) {
      CHECKER.threads(2).run(input, sink);
    }
    assertThat(sink.written).containsExactlyElementsOf(all.rows.stream().map(BatchRow::parcelId).toList());
  }
}
