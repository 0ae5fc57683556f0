package io.landcheck.cli;

import io.landcheck.batch.BatchInfo;
import io.landcheck.batch.BatchRow;
import io.landcheck.batch.BatchSink;
import io.landcheck.batch.BatchSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A progress line on standard error for a terminal: records done, records per second and, when the input knows its
 * size, a bar and the time left. Redrawn at most five times a second; used only when there is a console.
 */
final class Progress implements BatchSink {

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private OptionalLong total = OptionalLong.empty();
  private long done;
  private long start;
  private long lastDraw;

  Progress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void begin(BatchInfo info) {
    total = info.expectedRecords();
    start = System.nanoTime();
  }

  @Override
  public void row(BatchRow row) {
    done++;
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  @Override
  public void end(BatchSummary summary) {
    draw(System.nanoTime());
    err.print("\n");
    err.flush();
  }

  private void draw(long now) {
    double seconds = Math.max(now - start, 1) / 1e9;
    double rate = done / seconds;
    StringBuilder line = new StringBuilder("\r");
    if (total.isPresent() && total.getAsLong() > 0) {
      // the count is of parcel features; records for orphan buildings and storeys come on top of it
      long all = Math.max(total.getAsLong(), done);
      int width = 30;
      int filled = (int) Math.min(width, done * width / all);
      line.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
      line.append(String.format(Locale.ROOT, "%,d/%,d parcels  %,.0f/s", done, all, rate));
      if (rate > 0 && done < all) {
        long eta = (long) ((all - done) / rate);
        line.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
      }
    } else {
      line.append(String.format(Locale.ROOT, "%,d parcels  %,.0f/s", done, rate));
    }
    line.append("   ");
    err.print(line);
    err.flush();
  }
}
