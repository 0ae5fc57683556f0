package io.landcheck.bench;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.geo.io.SourceRecord;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The measuring pipeline without the command line's report: reads a parcel file with
 * land-geo's {@link ParcelSources}, measures every parcel ({@link Measurement}: site area, 地上建筑面积 by use code, 计容建筑面积),
 * checks it ({@link Checker}) on all cores, and writes one CSV row per parcel in input order with the figures the
 * PostGIS query computes (site area, above-ground floor area, plot ratio 容积率, the two mixed-use shares) and the
 * verdict, a CSV {@code bench/compare.py} can check against PostGIS's. Memory is bounded: at most a few thousand
 * parcels are in flight.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.landcheck.bench.MeasureMain INPUT OUT.csv [THREADS]}
 */
public final class MeasureMain {

  private static final int IN_FLIGHT = 4096;

  private MeasureMain() {}

  /** Runs the measurement; exit code 0, or 2 if some record was in error (the file is complete either way). */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: MeasureMain INPUT OUT.csv [THREADS]");
      System.exit(64);
    }
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    long[] counts = run(Path.of(args[0]), Path.of(args[1]), threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "%d records (%d in error) in %.2f s: %.0f parcels/s, %d threads%n",
        counts[0], counts[1], seconds, counts[0] / seconds, threads);
    System.exit(counts[1] > 0 ? 2 : 0);
  }

  /** Measures, checks and writes; returns {records, records in error}. */
  static long[] run(Path input, Path out, int threads) throws IOException, InterruptedException {
    PolicyPack pack = ShanghaiPacks.shanghai2021();
    // parcels without an application date are judged on a fixed day, as the other benchmarks do: no clock
    Measurement measurement = Measurement.of(pack).onDate(LocalDate.of(2026, 6, 1));
    Checker checker = Checker.of(pack).onDate(LocalDate.of(2026, 6, 1));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "measure");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<String>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    Future<String> end = CompletableFuture.completedFuture(null);
    long[] counts = new long[2];
    try (ParcelSource source = ParcelSources.open(input, ReadOptions.defaults());
        Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      Thread reader = new Thread(() -> {
        try {
          Iterator<SourceRecord> it = source.records().iterator();
          while (it.hasNext()) {
            SourceRecord record = it.next();
            queue.put(pool.submit(() -> row(record, measurement, checker)));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          queue.offer(CompletableFuture.failedFuture(e));
        } finally {
          try {
            queue.put(end);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }, "read");
      reader.start();
      w.write("parcel_id,site_area_m2,above_ground_m2,plot_ratio_floor_area_m2,plot_ratio,ancillary_share,amenity_share,verdict\n");
      while (true) {
        Future<String> next = queue.take();
        if (next == end) {
          break;
        }
        String line;
        try {
          line = next.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("reading or measuring failed", e.getCause());
        }
        counts[0]++;
        if (line.endsWith(",ERROR\n")) {
          counts[1]++;
        }
        w.write(line);
      }
      reader.join();
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }

  /** One parcel's CSV row: read errors and measurement errors make an ERROR row with empty figures. */
  static String row(SourceRecord record, Measurement measurement, Checker checker) {
    if (record.parcel().isEmpty()) {
      return csv(record.id()) + ",,,,,,,ERROR\n";
    }
    Measured measured = measurement.measure(record.parcel().get());
    if (measured.facts().isEmpty()) {
      return csv(record.id()) + ",,,,,,,ERROR\n";
    }
    Report report = checker.check(measured.facts().get());
    if (report.floorAreas().isEmpty()) {
      return csv(record.id()) + ",,,,,,," + report.verdict().name() + "\n";
    }
    StringBuilder line = new StringBuilder(128).append(csv(record.id()));
    FloorAreaSummary areas = report.floorAreas().get();
    for (OptionalDouble v : new OptionalDouble[] {
        areas.siteAreaM2(), areas.aboveGroundM2(), areas.plotRatioFloorAreaM2(), areas.plotRatio(), areas.ancillaryShare(), areas.amenityShare()}) {
      line.append(',');
      if (v.isPresent()) {
        line.append(v.getAsDouble());
      }
    }
    return line.append(',').append(report.verdict().name()).append('\n').toString();
  }

  private static String csv(String s) {
    return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
