package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.Report;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
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
 *
 * @since 0.1
 */
public final class BatchChecker {

  private final PolicyPack pack;
  private final Optional<LocalDate> date;
  private final int threads;
  private final boolean repair;
  private final Optional<LocalDate> asOf;

  private BatchChecker(PolicyPack pack, Optional<LocalDate> date, int threads, boolean repair,
      Optional<LocalDate> asOf) {
    this.pack = pack;
    this.date = date;
    this.threads = threads;
    this.repair = repair;
    this.asOf = asOf;
  }

  /**
   * A batch checker for this pack, on all available cores, with no date of its own: a parcel without an application
   * date is an {@code ERROR} row naming {@code applicationDate}.
   *
   * @param pack the policy pack to check against
   * @return a checker on all available cores
   */
  public static BatchChecker of(PolicyPack pack) {
    return new BatchChecker(checkNotNull(pack, "BatchChecker.pack"), Optional.empty(),
        Runtime.getRuntime().availableProcessors(), false, Optional.empty());
  }

  /**
   * The pack this checker applies.
   *
   * @return the policy pack every parcel is judged by
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * The date every parcel is judged as of, when {@link #asOf} set one.
   *
   * @return that date; empty when each parcel is judged on its own application date (or the {@link #onDate} date for
   *     a parcel without one)
   */
  public Optional<LocalDate> asOfDate() {
    return asOf;
  }

  /**
   * This checker judging parcels without an application date, and balancing their green space, as of {@code date}.
   *
   * @param date the date to judge undated parcels on, usually the day of the review
   * @return a new checker with that date; this one is unchanged
   */
  public BatchChecker onDate(LocalDate date) {
    return new BatchChecker(pack, Optional.of(checkNotNull(date, "BatchChecker.date")), threads, repair, asOf);
  }

  /**
   * This checker judging every parcel as if it were applied for on {@code date}, its own application date set aside
   * (and balancing green space on it): what a policy-impact comparison between two dates asks
   * ({@link PolicyDiff}). A parcel's lease grant date is kept.
   *
   * @param date the date every parcel is judged as if applied for on
   * @return a new checker judging as of that date; this one is unchanged
   */
  public BatchChecker asOf(LocalDate date) {
    checkNotNull(date, "BatchChecker.asOf(date)");
    return new BatchChecker(pack, Optional.of(date), threads, repair, Optional.of(date));
  }

  /**
   * This checker on {@code threads} worker threads; 1 checks on the calling thread.
   *
   * @param threads the number of worker threads, at least 1
   * @return a new checker with that many threads; this one is unchanged
   */
  public BatchChecker threads(int threads) {
    checkArgument(threads >= 1, "BatchChecker.threads must be >= 1, was %s", threads);
    return new BatchChecker(pack, date, threads, repair, asOf);
  }

  /**
   * This checker repairing invalid parcel and building polygons with JTS's GeometryFixer instead of reporting them as
   * errors; every repair is reported as a warning on its row. Off by default: no silent repair.
   *
   * @return a new checker that repairs; this one is unchanged
   */
  public BatchChecker repairingInvalidGeometry() {
    return new BatchChecker(pack, date, threads, true, asOf);
  }

  /**
   * Checks every record of {@code input} and gives the rows to {@code sink} in input order.
   *
   * <p>A parcel id given twice anywhere in the batch (two records of one file, or of two inputs) makes the later record
   * an error naming both places. A record whose figures would take a total of the batch past what a double holds (a
   * park's floor area, its green space) is an error naming the field, left out of the totals.
   *
   * <p>If an input fails part-way (a file that cannot be read further), the rows of the records read before the
   * failure reach the sink, in order; then {@code run} throws the IOException, and the sink's {@link BatchSink#end} is
   * not called, so a sink that loads a database can tell a whole batch from a broken one. Any other failure (an
   * iterator of your own that throws, a bug, the memory running out) is given to the sink's {@link BatchSink#abort} with
   * the summary of the rows given so far, and {@code run} throws a {@link BatchAbortedException} caused by it (or the
   * failure itself, if the sink could not be told).
   *
   * @param input the records to check, closed by the caller
   * @param sink where the rows go, in input order; closed by the caller
   * @return the batch's totals, also given to {@link BatchSink#end}
   * @throws IOException if an input cannot be read or the sink cannot write
   * @throws BatchAbortedException if the batch stopped on any other failure, which is its cause
   */
  public BatchSummary run(BatchInput input, BatchSink sink) throws IOException {
    checkNotNull(input, "BatchChecker.run(input)");
    checkNotNull(sink, "BatchChecker.run(sink)");
    long start = System.nanoTime();
    Checker checker = date.isPresent() ? Checker.of(pack).onDate(date.get()) : Checker.of(pack);
    sink.begin(new BatchInfo(pack, input.descriptions(), date, input.count(), input.systems()));
    Tally tally = new Tally(checker.batchCollectors());
    Measurement measurement = repair ? Measurement.of(pack).repairingInvalidGeometry() : Measurement.of(pack);
    Work work = new Work(checker, measurement, date);
    List<BatchSink> sinks = BothSinks.flatten(sink);
    try (ParcelIds ids = new ParcelIds()) {
      new OrderedParallel<Item, Done>(item -> work.done(work.row(item), sinks),
          (item, e) -> work.done(work.failed(item, e), sinks), threads, threads * 32).run(input.items(), done -> {
            try {
              BatchRow row = tally.add(unique(done.row(), ids));
              for (int i = 0; i < sinks.size(); i++) {
                Object encoded = row == done.row() ? done.encoded()[i] : null; // a row the batch put in error anew
                if (encoded != null) {
                  ((EncodingSink) sinks.get(i)).row(row, encoded);
                } else {
                  sinks.get(i).row(row);
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      // the message of the UncheckedIOException names the input where the reader gave one
      throw e.getMessage() != null && !e.getMessage().equals(String.valueOf(e.getCause()))
          && !e.getMessage().equals(e.getCause().getMessage()) ? new IOException(e.getMessage(), e.getCause())
          : e.getCause();
    } catch (RuntimeException | Error e) {
      throw aborted(sink, tally, start, e);
    }
    // Every entry has a date: an undated parcel is an ERROR row unless the batch has a date, and ERROR rows give none.
    BatchSummary summary = tally.summary(tally.batchResults(), Duration.ofNanos(System.nanoTime() - start));
    sink.end(summary);
    return summary;
  }

  /**
   * The row, or, if an earlier record of the batch gave its parcel id, the row in error naming both records: in place
   * of the error a GIS source gives a parcel id its file gives twice, which names one.
   */
  private static BatchRow unique(BatchRow row, ParcelIds ids) throws IOException {
    String id = row.parcelId();
    if (id.equals(row.locator())) {
      return row; // a record without an id is named by its locator, which no other record has
    }
    Optional<String> first = ids.firstSeenAt(id, row.locator());
    if (first.isEmpty()) {
      return row;
    }
    List<RecordError> errors = new java.util.ArrayList<>(row.report().errors());
    errors.removeIf(e -> e.messageKey().equals("DUPLICATE_ID.twice"));
    errors.add(RecordError.of(RecordError.Code.DUPLICATE_ID, id, "parcel_id",
        "twiceFirstAt", List.of(row.locator(), id, first.get())));
    return new BatchRow(row.index(), row.locator(),
        Report.error(id, row.report().packId(), row.report().checkDate(), errors), row.measured(), row.facts(),
        row.parcel(), row.rawParkId(), row.rawDistrictId());
  }

  /**
   * Tells the sink that the batch stopped on {@code failure} after the rows it was given, and returns what to throw:
   * a {@link BatchAbortedException} if the sink was told, else the failure.
   */
  private static RuntimeException aborted(BatchSink sink, Tally tally, long start, Throwable failure) {
    BatchSummary soFar;
    try {
      soFar = tally.summary(List.of(), Duration.ofNanos(System.nanoTime() - start));
      sink.abort(soFar, String.valueOf(failure).replaceAll("\\s+", " "));
    } catch (Throwable cannotTell) {
      failure.addSuppressed(cannotTell);
      if (failure instanceof Error error) {
        throw error;
      }
      return (RuntimeException) failure;
    }
    return new BatchAbortedException(soFar, failure);
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
        Parcel facts = dated(item.facts().get());
        Report report = checker.check(facts);
        return new BatchRow(item.index(), item.locator(), report, Optional.empty(), Optional.of(facts),
            Optional.empty());
      }
      GeoParcel geo = item.geo().orElseThrow();
      if (asOf.isPresent()) {
        geo = geo.withFacts(dated(geo.facts()));
      }
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

    /** The parcel with the date every parcel is judged as of ({@link #asOf}), if one is set; else itself. */
    private Parcel dated(Parcel facts) {
      return asOf.isPresent() ? facts.toBuilder().applicationDate(asOf.get()).build() : facts;
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
          : RecordError.of(RecordError.Code.NOT_CHECKED, item.id(), "(record)",
              item.deferred().isPresent() ? "unread" : "unchecked", List.of(String.valueOf(e)));
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
