package io.landcheck.batch;

/**
 * A batch stopped by an internal error (a bug in landcheck, or the memory running out) after the sink had been told
 * ({@link BatchSink#abort}): its report holds the rows checked before the error, marked incomplete. The cause is the
 * error.
 *
 * @since 0.1
 */
public final class BatchAbortedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient BatchSummary soFar;

  BatchAbortedException(BatchSummary soFar, Throwable cause) {
    super("the batch stopped after " + soFar.read() + " records: " + cause, cause);
    this.soFar = soFar;
  }

  /**
   * The summary of the rows the sink was given before the error.
   *
   * @return the counts of those rows, without a green-space balance; the report written is incomplete
   */
  public BatchSummary soFar() {
    return soFar;
  }
}
