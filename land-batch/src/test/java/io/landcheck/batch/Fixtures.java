package io.landcheck.batch;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test fixtures of this package. */
final class Fixtures {

  static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  private Fixtures() {}

  /** The Shanghai pack's green-space balance among a batch's results, if the batch gave one. */
  static Optional<GreenSpaceReport> greenSpace(BatchSummary summary) {
    return summary.batchResults().stream().filter(GreenSpaceReport.class::isInstance)
        .map(GreenSpaceReport.class::cast).findFirst();
  }

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A sink that keeps every row and the summary, for tests only. */
  static final class Collecting implements BatchSink {
    final List<BatchRow> rows = new ArrayList<>();
    BatchInfo info;
    BatchSummary summary;

    @Override
    public void begin(BatchInfo info) {
      this.info = info;
    }

    @Override
    public void row(BatchRow row) {
      rows.add(row);
    }

    @Override
    public void end(BatchSummary summary) {
      this.summary = summary;
    }
  }

  static Collecting check(BatchChecker checker, String... resources) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String r : resources) {
      paths.add(resource(r));
    }
    Collecting sink = new Collecting();
    try (BatchInput input = BatchInput.open(paths, PACK)) {
      checker.run(input, sink);
    }
    return sink;
  }

  static byte[] write(ReportFormat format, String lang, BatchChecker checker, BatchInput input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    checker.run(input, format.writer(out, lang));
    return out.toByteArray();
  }
}
