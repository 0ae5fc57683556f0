package io.landcheck.bench;

import io.landcheck.model.Parcel;
import io.landcheck.engine.Report;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.batch.BatchChecker;
import com.google.common.collect.ImmutableList;
import io.landcheck.batch.BatchInfo;
import io.landcheck.batch.BatchInput;
import io.landcheck.batch.BatchRow;
import io.landcheck.batch.BatchSink;
import io.landcheck.batch.ReportFormat;
import io.landcheck.engine.Report;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.geo.io.SourceRecord;
import io.landcheck.model.Parcel;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Iterator;
import java.util.List;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot paths of a batch check, one thread, each scored in microseconds per parcel over the {@link ParkFile}
 * park: reading and parsing the GeoPackage alone (the baseline), floor-area measurement (计容建筑面积 from geometry),
 * rule evaluation, report writing, and read + measure + check together, so that the cost of checking can be stated
 * as a multiple of the cost of reading; and the whole batch as {@code landcheck check --format json} runs it
 * ({@link #cliPipeline}), so that the gap between the per-parcel work and what the command line spends stays visible.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class PipelineBenchmarks {

  /** Reading on the benchmark's own thread, no reader threads ahead: the CPU cost of reading, on one thread. */
  private static final ReadOptions ONE_THREAD = ReadOptions.defaults().withReaderThreads(0);

  /** Baseline: open the GeoPackage, read every record and parse its geometries into GeoParcels. */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void readOnly(ParkFile park, Blackhole bh) throws IOException {
    try (ParcelSource source = ParcelSources.open(park.gpkg, ONE_THREAD)) {
      Iterator<SourceRecord> it = source.records().iterator();
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  /** Read, measure and check every parcel: the per-parcel work of a batch, without the report. */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void readMeasureCheck(ParkFile park, Blackhole bh) throws IOException {
    try (ParcelSource source = ParcelSources.open(park.gpkg, ONE_THREAD)) {
      Iterator<SourceRecord> it = source.records().iterator();
      while (it.hasNext()) {
        SourceRecord r = it.next();
        Measured m = park.measurement.measure(r.parcel().orElseThrow());
        bh.consume(park.checker.check(m.facts().orElseThrow()));
      }
    }
  }

  /**
   * The whole batch as the command line runs it ({@code landcheck check park.gpkg --format json}): a {@link BatchChecker}
   * on all cores over the GeoPackage read by its own reader threads, each row encoded as JSON and written to a stream
   * that discards the bytes, the green-space balance and the summary at the end. Scored in wall-clock time per
   * parcel, so on N cores it is at best readMeasureCheck / N plus the report.
   */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public Object cliPipeline(ParkFile park) throws IOException {
    return batch(park, BatchChecker.of(ShanghaiPacks.shanghai2021()), ReadOptions.defaults());
  }

  /**
   * As {@link #cliPipeline} on one thread ({@code --threads 1}): reading, assembly, measurement, checks, JSON
   * encoding and writing all on the benchmark's thread, so that its score less readMeasureCheck's is what the batch
   * machinery and the report add to each parcel.
   */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public Object cliPipelineOneThread(ParkFile park) throws IOException {
    return batch(park, BatchChecker.of(ShanghaiPacks.shanghai2021()).threads(1), ONE_THREAD);
  }

  private static Object batch(ParkFile park, BatchChecker checker, ReadOptions read) throws IOException {
    try (BatchInput input = BatchInput.open(List.of(park.gpkg), read.withPack(ShanghaiPacks.shanghai2021()))) {
      return checker.onDate(ParkFile.DATE).run(input,
          ReportFormat.JSON.writer(OutputStream.nullOutputStream(), "zh"));
    }
  }

  /** Floor-area computation: measure each parcel from its geometry (already read). */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void measure(ParkFile park, Blackhole bh) {
    for (GeoParcel p : park.parcels) {
      bh.consume(park.measurement.measure(p));
    }
  }

  /** Rule evaluation: check each parcel's measured facts against the pack. */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void check(ParkFile park, Blackhole bh) {
    for (Parcel p : park.measuredFacts) {
      bh.consume(park.checker.check(p));
    }
  }

  /**
   * Report writing as the command line does it by default: each parcel's row (report and warnings, no measurement
   * trace) through the batch JSON writer, to a stream that discards the bytes.
   */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void reportBatchJson(ParkFile park) throws IOException {
    writeRows(park, ReportFormat.JSON.writer(OutputStream.nullOutputStream(), "zh"));
  }

  /** As {@link #reportBatchJson}, with each parcel's per-storey measurement trace ({@code check --trace}). */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void reportBatchJsonTrace(ParkFile park) throws IOException {
    writeRows(park, ReportFormat.JSON.writerWithTrace(OutputStream.nullOutputStream(), "zh"));
  }

  /** Report writing as the command line does it: the batch CSV writer (one line per parcel and rule). */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void reportBatchCsv(ParkFile park) throws IOException {
    writeRows(park, ReportFormat.CSV.writer(OutputStream.nullOutputStream(), "zh"));
  }

  private static void writeRows(ParkFile park, BatchSink sink) throws IOException {
    sink.begin(new BatchInfo(park.checker.pack(), List.of("park.gpkg"), Optional.of(LocalDate.of(2026, 6, 1)),
        OptionalLong.of(ParkFile.PARCELS), List.of()));
    for (BatchRow row : park.rows) {
      sink.row(row);
    }
  }

  /** Report writing: each parcel's report as JSON (the report schema of docs/report-format.md). */
  @Benchmark
  @OperationsPerInvocation(ParkFile.PARCELS)
  public void reportJson(ParkFile park, Blackhole bh) {
    for (Report r : park.reports) {
      bh.consume(r.toJson());
    }
  }
}
