package io.landcheck.cli;

import io.landcheck.batch.BatchRow;
import io.landcheck.batch.BatchSink;
import java.util.Optional;

/**
 * A fault injected into a check, for the tests of its exit paths (an internal error must exit 70, keep the report of
 * what was done so far and leave no temporary file): the system property {@value #PROPERTY} set to
 * {@code oom-after:N}, {@code stack-after:N} or {@code bug-after:N} makes the batch fail with an OutOfMemoryError, a
 * StackOverflowError or an IllegalStateException once N rows have been written. Not an option of the command.
 */
final class Faults {

  /** The system property that injects a fault. */
  static final String PROPERTY = "landcheck.injectFault";

  private Faults() {}

  /** A sink that fails as the property says, if it is set. */
  static Optional<BatchSink> fromProperty() {
    String spec = System.getProperty(PROPERTY);
    if (spec == null || !spec.matches("(oom|stack|bug)-after:\\d{1,9}")) {
      return Optional.empty();
    }
    String kind = spec.substring(0, spec.indexOf('-'));
    long after = Long.parseLong(spec.substring(spec.indexOf(':') + 1));
    return Optional.of(new BatchSink() {
      long rows;

      @Override
      public void row(BatchRow row) {
        if (++rows > after) {
          switch (kind) {
            case "oom" -> throw new OutOfMemoryError("Java heap space (injected by " + PROPERTY + ")");
            case "stack" -> throw new StackOverflowError("injected by " + PROPERTY);
            default -> throw new IllegalStateException("a bug injected by " + PROPERTY);
          }
        }
      }
    });
  }
}
