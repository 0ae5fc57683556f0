package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;

/**
 * Where a batch's results go as they come: a report writer ({@link ReportFormat}), a progress display, or a
 * user's own (a database loader, say). {@link BatchChecker} calls {@link #begin} once, then {@link #row} once per input
 * record in input order, then {@link #end} with the summary, all from one thread; a sink must not keep the rows it is
 * given if memory is to stay flat.
 *
 * @since 0.1
 */
public interface BatchSink {

  /**
   * The batch starts.
   *
   * @param info the pack, the inputs, the batch's date and the expected number of records
   * @throws IOException if the sink cannot write; the batch stops
   */
  default void begin(BatchInfo info) throws IOException {}

  /**
   * One record's result, in input order.
   *
   * @param row the record's report, measurement and facts; the sink should not keep it
   * @throws IOException if the sink cannot write; the batch stops
   */
  void row(BatchRow row) throws IOException;

  /**
   * Every record has been given; the summary, park scorecard and green-space balance are known.
   *
   * @param summary the verdict counts, the park scorecard (园区评价) and the green-space balance (五(四))
   * @throws IOException if the sink cannot write
   */
  default void end(BatchSummary summary) throws IOException {}

  /**
   * The batch stopped on an internal error (a bug, or the memory running out) after the rows given so far, instead of
   * {@link #end}: a report writer ends its report there, with the summary of those rows ({@code soFar}, without a
   * green-space balance) and {@code reason}, marked incomplete. By default nothing is done, so that a sink loading a
   * database can still tell a whole batch (whose {@link #end} it saw) from a broken one.
   *
   * @param soFar the counts of the rows given before the failure, without a green-space balance
   * @param reason what went wrong, for the report's reader
   * @throws IOException if the sink cannot write
   */
  default void abort(BatchSummary soFar, String reason) throws IOException {}

  /**
   * Releases what the sink holds (a report writer's temporary files), whether or not the batch ended: the batch's
   * owner calls it, however the batch ended; calling it again does nothing. It must be safe to call from another
   * thread, such as a shutdown hook's, while the batch still runs. By default nothing is done.
   *
   * @throws IOException if what the sink holds cannot be released
   */
  default void close() throws IOException {}

  /**
   * A sink that passes everything to {@code first}, then to {@code second}.
   *
   * @param first the sink given each call first
   * @param second the sink given each call after {@code first}
   * @return a sink writing to both, such as a report and a progress display
   */
  static BatchSink both(BatchSink first, BatchSink second) {
    return new BothSinks(checkNotNull(first, "BatchSink.both(first)"),
        checkNotNull(second, "BatchSink.both(second)"));
  }
}
