package io.landcheck.batch;

import java.io.IOException;
import java.util.List;

/** Two sinks as one, first then second: what {@link BatchSink#both} gives; {@link BatchChecker} looks inside. */
record BothSinks(BatchSink first, BatchSink second) implements BatchSink {

  @Override
  public void begin(BatchInfo info) throws IOException {
    first.begin(info);
    second.begin(info);
  }

  @Override
  public void row(BatchRow row) throws IOException {
    first.row(row);
    second.row(row);
  }

  @Override
  public void end(BatchSummary summary) throws IOException {
    first.end(summary);
    second.end(summary);
  }

  @Override
  public void abort(BatchSummary soFar, String reason) throws IOException {
    first.abort(soFar, reason);
    second.abort(soFar, reason);
  }

  @Override
  public void close() throws IOException {
    try {
      first.close();
    } finally {
      second.close();
    }
  }

  /** The sinks a row goes to, in order, with nested pairs flattened. */
  static List<BatchSink> flatten(BatchSink sink) {
    if (sink instanceof BothSinks both) {
      List<BatchSink> out = new java.util.ArrayList<>(flatten(both.first()));
      out.addAll(flatten(both.second()));
      return out;
    }
    return List.of(sink);
  }
}
