package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.Report;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Policy impact (政策影响): checks one batch of parcels under two packs, or one pack on two dates, and reports the
 * parcels whose verdict or rule results change, with counts per rule and per park. A bureau drafting a new minimum
 * plot ratio sees which parcels it would turn non-compliant before it publishes:
 *
 * <pre>{@code
 * PolicyDiff diff = PolicyDiff.of(BatchChecker.of(ShanghaiPacks.shanghai2021()), BatchChecker.of(draft));
 * DiffSummary summary = diff.run(pack -> BatchInput.open(List.of(Path.of("park.gpkg")), pack),
 *     DiffFormat.HTML.writer(out, "zh"));
 * }</pre>
 *
 * <p>A parcel changes when its overall verdict, or any per-parcel rule's verdict or determination (land price due,
 * split eligible), differs between the two sides; a limit that moves without moving a verdict is no change. Between
 * two dates ({@link BatchChecker#asOf}), every parcel is judged as if applied for on each date. The batch is read and
 * checked twice, once per side, with the batch engine ({@link BatchChecker}); the first check leaves a few bytes per
 * record in a temporary file, so memory stays flat however many parcels there are. The green-space balance, a rule
 * over the whole batch, is not compared.
 *
 * @since 0.1
 */
public final class PolicyDiff {

  private final BatchChecker before;
  private final BatchChecker after;
  private final String beforeLabel;
  private final String afterLabel;

  private PolicyDiff(BatchChecker before, BatchChecker after, String beforeLabel, String afterLabel) {
    this.before = before;
    this.after = after;
    this.beforeLabel = beforeLabel;
    this.afterLabel = afterLabel;
  }

  /** Opens the batch's input for one side of the comparison (it is read once for each), with that side's pack. */
  @FunctionalInterface
  public interface Inputs {
    /**
     * The batch's input, read with {@code pack}'s field and use-code names.
     *
     * @param pack the pack of the side about to be checked
     * @return a fresh input over the same records as for the other side; the comparison closes it
     * @throws IOException if the input cannot be opened
     */
    BatchInput open(PolicyPack pack) throws IOException;
  }

  /**
   * A comparison of the batch as {@code before} checks it with the batch as {@code after} does: two packs, or one pack
   * as of two dates ({@link BatchChecker#asOf}). Each side is named by its pack's id, and its date if it has one.
   *
   * @param before the checker of the side compared from: the old pack, or the earlier date
   * @param after the checker of the side compared to: the new pack, or the later date
   * @return the comparison
   */
  public static PolicyDiff of(BatchChecker before, BatchChecker after) {
    checkNotNull(before, "PolicyDiff.before");
    checkNotNull(after, "PolicyDiff.after");
    return new PolicyDiff(before, after, label(before), label(after));
  }

  /**
   * This comparison with its sides named {@code before} and {@code after} in reports (file names, say).
   *
   * @param before the name of the side compared from
   * @param after the name of the side compared to
   * @return a new comparison with those names; this one is unchanged
   */
  public PolicyDiff labelled(String before, String after) {
    return new PolicyDiff(this.before, this.after, checkNotNull(before, "PolicyDiff.labelled(before)"),
        checkNotNull(after, "PolicyDiff.labelled(after)"));
  }

  private static String label(BatchChecker checker) {
    return checker.pack().id() + checker.asOfDate().map(d -> " @ " + d).orElse("");
  }

  /**
   * Checks the batch on both sides and gives each parcel that changes to {@code sink}, in input order, then the totals.
   *
   * @param inputs opens the batch's input for each side; called twice
   * @param sink where the parcels that change and the totals go
   * @return the totals, as given to the sink's {@link DiffSink#end}
   * @throws IOException if an input cannot be read, the two reads of it give different records, or the sink cannot
   *     write
   */
  public DiffSummary run(Inputs inputs, DiffSink sink) throws IOException {
    checkNotNull(inputs, "PolicyDiff.run(inputs)");
    checkNotNull(sink, "PolicyDiff.run(sink)");
    long start = System.nanoTime();
    Path spool = Files.createTempFile("landcheck-diff-", ".part");
    try {
      try (BatchInput input = inputs.open(before.pack());
           DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16))) {
        before.run(input, row -> Snapshot.of(row.report()).write(out));
      }
      Comparison comparison = new Comparison(sink);
      try (BatchInput input = inputs.open(after.pack());
           DataInputStream back = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
        sink.begin(new DiffSink.Side(beforeLabel, before.pack(), before.asOfDate()),
            new DiffSink.Side(afterLabel, after.pack(), after.asOfDate()), input.descriptions());
        comparison.back = back;
        after.run(input, comparison);
        if (back.read() != -1) {
          throw new IOException("the second read of the inputs gave fewer records than the first ("
              + comparison.read + "): an input changed while it was compared");
        }
      }
      DiffSummary summary = comparison.summary(Duration.ofNanos(System.nanoTime() - start));
      sink.end(summary);
      return summary;
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** What the comparison keeps of a parcel's report on the first side: its verdict and each rule's result. */
  private record Snapshot(String parcelId, Verdict verdict, List<RuleSnapshot> rules) {

    static Snapshot of(Report report) {
      List<RuleSnapshot> rules = new ArrayList<>(report.results().size());
      for (RuleResult r : report.results()) {
        rules.add(new RuleSnapshot(r.ruleId().value(), r.verdict(), r.measured(), r.limit(), r.unit(),
            r.determination()));
      }
      return new Snapshot(report.parcelId(), report.verdict(), rules);
    }

    void write(DataOutputStream out) throws IOException {
      out.writeUTF(cut(parcelId));
      out.writeByte(verdict.ordinal());
      out.writeShort(rules.size());
      for (RuleSnapshot r : rules) {
        out.writeUTF(r.rule());
        out.writeByte(r.verdict().ordinal());
        optional(out, r.measured());
        optional(out, r.limit());
        out.writeUTF(r.unit().orElse(""));
        out.writeUTF(r.determination().orElse(""));
      }
    }

    static Snapshot read(DataInputStream in) throws IOException {
      String id = in.readUTF();
      Verdict verdict = Verdict.values()[in.readByte()];
      int n = in.readShort();
      List<RuleSnapshot> rules = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String rule = in.readUTF();
        Verdict v = Verdict.values()[in.readByte()];
        OptionalDouble measured = optional(in);
        OptionalDouble limit = optional(in);
        String unit = in.readUTF();
        String determination = in.readUTF();
        rules.add(new RuleSnapshot(rule, v, measured, limit, unit.isEmpty() ? Optional.empty() : Optional.of(unit),
            determination.isEmpty() ? Optional.empty() : Optional.of(determination)));
      }
      return new Snapshot(id, verdict, rules);
    }

    /** An id as writeUTF takes it (65,535 bytes at most); it is only compared with the same id, cut the same way. */
    private static String cut(String id) {
      return id.length() > 16_000 ? id.substring(0, 16_000) : id;
    }

    private static void optional(DataOutputStream out, OptionalDouble value) throws IOException {
      out.writeBoolean(value.isPresent());
      if (value.isPresent()) {
        out.writeDouble(value.getAsDouble());
      }
    }

    private static OptionalDouble optional(DataInputStream in) throws IOException {
      return in.readBoolean() ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty();
    }
  }

  private record RuleSnapshot(
      String rule, Verdict verdict, OptionalDouble measured, OptionalDouble limit, Optional<String> unit,
      Optional<String> determination) {}

  /** The sink of the second side: pairs each row with the first side's, and counts. */
  private static final class Comparison implements BatchSink {
    private final DiffSink sink;
    private DataInputStream back;
    private long read;
    private long changed;
    private long newlyNonCompliant;
    private long noLongerNonCompliant;
    private final Map<RuleId, long[]> byRule = new LinkedHashMap<>();
    private final Map<String, long[]> byPark = new TreeMap<>();
    private final long[] noPark = new long[4];

    Comparison(DiffSink sink) {
      this.sink = sink;
    }

    @Override
    public void row(BatchRow row) throws IOException {
      Snapshot first;
      try {
        first = Snapshot.read(back);
      } catch (EOFException e) {
        throw new IOException("the second read of the inputs gave more records than the first (" + read
            + "): an input changed while it was compared", e);
      }
      read++;
      Report report = row.report();
      if (!first.parcelId().equals(Snapshot.cut(report.parcelId()))) {
        throw new IOException("record " + (row.index() + 1) + " is parcel " + first.parcelId() + " in the first read of"
            + " the inputs and " + report.parcelId() + " in the second: an input changed while it was compared");
      }
      long[] park = row.parkId().map(p -> byPark.computeIfAbsent(p, k -> new long[4])).orElse(noPark);
      park[0]++;
      List<ParcelChange.RuleChange> rules = ruleChanges(first, report);
      if (rules.isEmpty() && first.verdict() == report.verdict()) {
        return;
      }
      ParcelChange change = new ParcelChange(row.index(), row.locator(), row.parcelId(), row.parkId(),
          row.districtId(), first.verdict(), report.verdict(), report.plotRatio(), rules, report.remedyPlan());
      changed++;
      park[1]++;
      if (change.newlyNonCompliant()) {
        newlyNonCompliant++;
        park[2]++;
      }
      if (change.noLongerNonCompliant()) {
        noLongerNonCompliant++;
        park[3]++;
      }
      for (ParcelChange.RuleChange r : rules) {
        long[] count = byRule.computeIfAbsent(r.rule(), k -> new long[3]);
        count[0]++;
        count[1] += r.newlyNonCompliant() ? 1 : 0;
        count[2] += r.noLongerNonCompliant() ? 1 : 0;
      }
      sink.changed(change);
    }

    /** The rules whose verdict or determination differs: the second side's in its order, then any only in the first. */
    private static List<ParcelChange.RuleChange> ruleChanges(Snapshot first, Report second) {
      Map<String, RuleSnapshot> before = new LinkedHashMap<>();
      first.rules().forEach(r -> before.put(r.rule(), r));
      List<ParcelChange.RuleChange> out = new ArrayList<>();
      for (RuleResult r : second.results()) {
        RuleSnapshot b = before.remove(r.ruleId().value());
        boolean same = b != null && b.verdict() == r.verdict() && b.determination().equals(r.determination());
        if (!same) {
          out.add(new ParcelChange.RuleChange(r.ruleId(), Optional.ofNullable(b).map(RuleSnapshot::verdict),
              Optional.of(r.verdict()), b == null ? OptionalDouble.empty() : b.measured(), r.measured(),
              b == null ? OptionalDouble.empty() : b.limit(), r.limit(), r.unit().or(() ->
                  b == null ? Optional.empty() : b.unit()),
              b == null ? Optional.empty() : b.determination(), r.determination()));
        }
      }
      for (RuleSnapshot b : before.values()) {
        out.add(new ParcelChange.RuleChange(RuleId.of(b.rule()), Optional.of(b.verdict()), Optional.empty(),
            b.measured(), OptionalDouble.empty(), b.limit(), OptionalDouble.empty(), b.unit(), b.determination(),
            Optional.empty()));
      }
      return out;
    }

    DiffSummary summary(Duration elapsed) {
      List<DiffSummary.RuleCount> rules = new ArrayList<>();
      byRule.forEach((rule, c) -> rules.add(new DiffSummary.RuleCount(rule, c[0], c[1], c[2])));
      List<DiffSummary.ParkCount> parks = new ArrayList<>();
      byPark.forEach((p, c) -> parks.add(new DiffSummary.ParkCount(Optional.of(p), c[0], c[1], c[2], c[3])));
      if (noPark[0] > 0) {
        parks.add(new DiffSummary.ParkCount(Optional.empty(), noPark[0], noPark[1], noPark[2], noPark[3]));
      }
      rules.sort(Comparator.comparingLong(DiffSummary.RuleCount::changed).reversed());
      return new DiffSummary(read, changed, newlyNonCompliant, noLongerNonCompliant, rules, parks, elapsed);
    }
  }
}
