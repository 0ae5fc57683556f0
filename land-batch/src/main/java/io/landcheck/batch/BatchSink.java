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

  /**
   * The batch stopped on an internal error (a bug, or the memory running out) after the rows given so far, instead of
   * {@link #end}: a report writer ends its report there, with the summary of those rows ({@code soFar}, without a
   * green-space balance) and {@code reason}, marked incomplete. By default nothing is done, so that a sink loading a
   * database can still tell a whole batch (whose {@link #end} it saw) from a broken one.
   */
  default void abort(BatchSummary soFar, String reason) throws IOException {}

  /**
   * Releases what the sink holds (a report writer's temporary files), whether or not the batch ended: the batch's
   * owner calls it, however the batch ended; calling it again does nothing. It must be safe to call from another
   * thread, such as a shutdown hook's, while the batch still runs. By default nothing is done.
   */
  default void close() throws IOException {}

  /** A sink that passes everything to {@code first}, then to {@code second}. */
  static BatchSink both(BatchSink first, BatchSink second) {
    return new BothSinks(checkNotNull(first, "BatchSink.both(first)"),
        checkNotNull(second, "BatchSink.both(second)"));
  }
}
