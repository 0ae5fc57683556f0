package io.landcheck.batch;

import java.io.IOException;

/**
 * A sink whose costly part of writing a row, turning it into bytes, can run on a worker thread: {@link BatchChecker}
 * calls {@link #encode} on the worker that checked the row, then {@link #row(BatchRow, Object)} with the result on the
 * writing thread, in input order, which then only copies bytes and updates counters. This way the single writing thread
 * is not the bottleneck of a batch whose report is large (issue 6).
 */
interface EncodingSink extends BatchSink {

  /**
   * What the writer makes of one row, made on a worker thread: must use only the row and immutable state (not the
   * writer's counters or streams).
   */
  Object encode(BatchRow row);

  /** Writes one row in input order, given {@code encoded}, what {@link #encode} made of it. */
  void row(BatchRow row, Object encoded) throws IOException;

  @Override
  default void row(BatchRow row) throws IOException {
    row(row, encode(row));
  }
}
