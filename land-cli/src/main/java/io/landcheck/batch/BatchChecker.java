package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.Checker;
import io.landcheck.GreenSpaceReport;
import io.landcheck.InvalidParcelException;
import io.landcheck.Parcel;
import io.landcheck.PolicyPack;
import io.landcheck.RecordError;
import io.landcheck.Report;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Checks a batch of parcels (批量审查) against a policy pack: reads the records one by one on the calling thread,
 * assembles, measures and checks them on all cores, and hands each result to a {@link BatchSink} as it comes, in input
 * order. Memory stays flat whatever the batch size: at most a small window of records is in flight, and only counters
 * and small per-park figures are kept.
 * After the last record it balances green space over the batch (五(四)) and scores each park (园区评价, 六(二)).
 *
 * <pre>{@code
 * try (BatchInput input = BatchInput.open(List.of(Path.of("park.gpkg")), pack);
 *      OutputStream out = Files.newOutputStream(Path.of("report.html"))) {
 *   BatchSummary summary = BatchChecker.of(pack).run(input, ReportFormat.HTML.writer(out, "zh"));
 * }
 * }</pre>
 *
 * <p>A record that cannot be read, measured or checked becomes an {@code ERROR} row naming the record and the field;
 * nothing a record holds stops the batch. Immutable and thread-safe; each {@link #run} is independent.
 *
 * <p>The batch checker never reads the clock. Each parcel is judged on its application date; a parcel without one on
 * the batch's date ({@link #onDate}), and without that it is an {@code ERROR} row naming {@code applicationDate}. The
 * command line passes today's date unless {@code --date} gives another.
 */
public final class BatchChecker {

  private final PolicyPack pack;
  private final Optional<LocalDate> date;
  private final int threads;
  private final boolean repair;

  private BatchChecker(PolicyPack pack, Optional<LocalDate> date, int threads, boolean repair) {
    this.pack = pack;
    this.date = date;
    this.threads = threads;
    this.repair = repair;
  }

  /**
   * A batch checker for this pack, on all available cores, with no date of its own: a parcel without an application
   * date is an {@code ERROR} row naming {@code applicationDate}.
   */
  public static BatchChecker of(PolicyPack pack) {
    return new BatchChecker(checkNotNull(pack, "BatchChecker.pack"), Optional.empty(),
        Runtime.getRuntime().availableProcessors(), false);
  }

  /**
   * This checker judging parcels without an application date, and balancing their green space, as of {@code date}.
   */
  public BatchChecker onDate(LocalDate date) {
    return new BatchChecker(pack, Optional.of(checkNotNull(date, "BatchChecker.date")), threads, repair);
  }

  /** This checker on {@code threads} worker threads; 1 checks on the calling thread. */
  public BatchChecker threads(int threads) {
    checkArgument(threads >= 1, "BatchChecker.threads must be >= 1, was %s", threads);
    return new BatchChecker(pack, date, threads, repair);
  }

  /**
   * This checker repairing invalid parcel and building polygons with JTS's GeometryFixer instead of reporting them as
   * errors; every repair is reported as a warning on its row. Off by default: no silent repair.
   */
  public BatchChecker repairingInvalidGeometry() {
    return new BatchChecker(pack, date, threads, true);
  }

  /**
   * Checks every record of {@code input} and gives the rows to {@code sink} in input order.
   *
   * <p>If an input fails part-way (a file that cannot be read further, or an iterator of your own that throws), the
   * rows of the records read before the failure reach the sink, in order; then {@code run} throws, and the sink's
   * {@link BatchSink#end} is not called, so a sink that loads a database can tell a whole batch from a broken one.
   *
   * @return the batch's totals, also given to {@link BatchSink#end}
   * @throws IOException if an input cannot be read or the sink cannot write
   */
  public BatchSummary run(BatchInput input, BatchSink sink) throws IOException {
    checkNotNull(input, "BatchChecker.run(input)");
    checkNotNull(sink, "BatchChecker.run(sink)");
    long start = System.nanoTime();
    Checker checker = date.isPresent() ? Checker.of(pack).onDate(date.get()) : Checker.of(pack);
    sink.begin(new BatchInfo(pack, input.descriptions(), date, input.count()));
    Tally tally = new Tally();
    Measurement measurement = repair ? Measurement.of(pack).repairingInvalidGeometry() : Measurement.of(pack);
    Work work = new Work(checker, measurement, date);
    List<BatchSink> sinks = BothSinks.flatten(sink);
    try {
      new OrderedParallel<Item, Done>(item -> work.done(work.row(item), sinks),
          (item, e) -> work.done(work.failed(item, e), sinks), threads, threads * 32).run(input.items(), done -> {
            tally.add(done.row());
            try {
              for (int i = 0; i < sinks.size(); i++) {
                Object encoded = done.encoded()[i];
                if (encoded != null) {
                  ((EncodingSink) sinks.get(i)).row(done.row(), encoded);
                } else {
                  sinks.get(i).row(done.row());
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // Every entry has a date: an undated parcel is an ERROR row unless the batch has a date, and ERROR rows give none.
    Optional<GreenSpaceReport> green = pack.greenSpaceRule().isPresent()
        ? Optional.of(checker.balanceGreenSpaceEntries(tally.greenSpaceEntries())) : Optional.empty();
    BatchSummary summary = tally.summary(green, Duration.ofNanos(System.nanoTime() - start));
    sink.end(summary);
    return summary;
  }

  /**
   * A checked row and what each sink that encodes on workers made of it (null for the other sinks, and where encoding
   * failed: the writing thread then writes the row itself, and meets the same failure).
   */
  private record Done(BatchRow row, Object[] encoded) {}

  /** What a worker does with one record. Thread-safe: holds only immutable state. */
  private final class Work {
    private final Checker checker;
    private final Measurement measurement;
    private final Optional<LocalDate> on;

    Work(Checker checker, Measurement measurement, Optional<LocalDate> on) {
      this.checker = checker;
      this.measurement = measurement;
      this.on = on;
    }

    /**
     * The record's row: a deferred record is assembled first (a failure there gives {@link OrderedParallel}'s failure
     * row, naming the record by the id and locator read), then measured and checked.
     */
    BatchRow row(Item deferred) {
      Item item = deferred.assembled();
      try {
        return checked(item);
      } catch (RuntimeException e) {
        return failed(item, e);
      }
    }

    private BatchRow checked(Item item) {
      if (!item.errors().isEmpty()) {
        return error(item, item.errors());
      }
      if (item.facts().isPresent()) {
        Report report = checker.check(item.facts().get());
        return new BatchRow(item.index(), item.locator(), report, Optional.empty(), item.facts(), Optional.empty());
      }
      GeoParcel geo = item.geo().orElseThrow();
      Optional<LocalDate> dated = checker.dateFor(geo.facts());
      if (dated.isEmpty()) {
        Report report = Report.error(geo.id(), pack.id(), Optional.empty(), List.of(Checker.undated(geo.id())));
        return new BatchRow(item.index(), item.locator(), report, Optional.empty(), Optional.of(geo.facts()),
            item.geo());
      }
      LocalDate date = dated.get();
      Measured measured = measurement.measure(geo, date);
      if (!measured.ok()) {
        Report report = Report.error(geo.id(), pack.id(), date, measured.errors());
        return new BatchRow(item.index(), item.locator(), report, Optional.of(measured), Optional.of(geo.facts()),
            item.geo());
      }
      Parcel facts = measured.facts().orElseThrow();
      return new BatchRow(item.index(), item.locator(), checker.check(facts), Optional.of(measured), Optional.of(facts),
          item.geo());
    }

    Done done(BatchRow row, List<BatchSink> sinks) {
      Object[] encoded = new Object[sinks.size()];
      for (int i = 0; i < encoded.length; i++) {
        if (sinks.get(i) instanceof EncodingSink encoder) {
          try {
            encoded[i] = encoder.encode(row);
          } catch (RuntimeException e) {
            encoded[i] = null;
          }
        }
      }
      return new Done(row, encoded);
    }

    BatchRow failed(Item item, RuntimeException e) {
      RecordError error = e instanceof InvalidParcelException invalid
          ? invalid.toRecordError()
          : RecordError.of(item.id(), "(record)",
              (item.deferred().isPresent() ? "could not be read: " : "could not be checked: ") + e);
      return error(item, ImmutableList.of(error));
    }

    private BatchRow error(Item item, ImmutableList<RecordError> errors) {
      Report report = Report.error(item.id(), pack.id(), on, errors);
      Optional<Parcel> facts = item.facts().or(() -> item.geo().map(g -> g.facts()));
      return new BatchRow(item.index(), item.locator(), report, Optional.empty(), facts, item.geo(), item.parkId(),
          item.districtId());
    }
  }
}
