package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;

/**
 * Where a batch's results go as they come: a report writer ({@link ReportFormat}), a progress display, or a
 * user's own (a database loader, say). {@link BatchChecker} calls {@link #begin} once, then {@link #row} once per input
 * record in input order, then {@link #end} with the summary, all from one thread; a sink must not keep the rows it is
 * given if memory is to stay flat.
 */
public interface BatchSink {

  /** The batch starts. */
  default void begin(BatchInfo info) throws IOException {}

  /** One record's result, in input order. */
  void row(BatchRow row) throws IOException;

  /** Every record has been given; the summary, park scorecard and green-space balance are known. */
  default void end(BatchSummary summary) throws IOException {}

  /** A sink that passes everything to {@code first}, then to {@code second}. */
  static BatchSink both(BatchSink first, BatchSink second) {
    return new BothSinks(checkNotNull(first, "BatchSink.both(first)"),
        checkNotNull(second, "BatchSink.both(second)"));
  }
}
