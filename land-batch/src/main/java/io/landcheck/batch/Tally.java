package io.landcheck.batch;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.BatchResult;
import io.landcheck.engine.BatchRule;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Measured;
import io.landcheck.model.RecordError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The running totals of a batch: verdict counts, per-rule failures, per-park aggregates, and the pack's batch rules'
 * collectors ({@link BatchRule.Collector}). It keeps only small figures per parcel (a plot ratio per judged parcel, and
 * what each batch rule keeps), never the reports. Not thread-safe: fed from the batch's consuming thread.
 *
 * <p>Every total stays a finite number: a row whose figures would take a park's floor area or plot ratios past
 * {@link #LIMIT}, or that a batch rule refuses (its figures past what the rule can add up), is counted as an ERROR row
 * naming the field instead, and its figures are left out of every total.
 */
final class Tally {

  /** The most a park's total of floor areas or of plot ratios may reach; figures past it cannot be real. */
  static final double LIMIT = Double.MAX_VALUE / 8;

  private final long[] byVerdict = new long[Verdict.values().length];
  private long withWarnings;
  private long repaired;
  private long buildingsByLocation;
  private long buildingsUnplaced;
  private final Map<RuleId, Long> nonCompliantByRule = new HashMap<>();
  private final Map<String, Park> parks = new TreeMap<>();
  private final Park noPark = new Park();
  private final List<BatchRule.Collector> batchRules;

  /** Empty totals, giving each good row to the batch rules' collectors (one per rule of the pack). */
  Tally(List<BatchRule.Collector> batchRules) {
    this.batchRules = List.copyOf(batchRules);
  }

  /**
   * Counts the row, and returns it as counted: the row itself, or, if one of its figures would take a total past its
   * limit, the row in error naming the field.
   */
  BatchRow add(BatchRow row) {
    BatchRow counted = row.verdict() == Verdict.ERROR ? row : overflowing(row);
    count(counted);
    return counted;
  }

  /**
   * The row in error if a total of its park would pass its limit with it, or a batch rule refuses it, else the row; a
   * row not in error is added to every batch rule's collector.
   */
  /**
   * The error of a row whose {@code figure} (its plot ratio or above-ground floor area, by {@code what}) would take its
   * park's total past the limit: TOO_LARGE.whatPark naming the park, or TOO_LARGE.whatNoPark.
   */
  private static RecordError pastLimit(BatchRow row, String what, double figure) {
    List<String> facts = new ArrayList<>(List.of(row.locator(), String.valueOf(figure)));
    row.parkId().ifPresent(facts::add);
    return RecordError.of(RecordError.Code.TOO_LARGE, row.parcelId(), "floor_areas_m2",
        what + (row.parkId().isPresent() ? "Park" : "NoPark"), facts);
  }

  private BatchRow overflowing(BatchRow row) {
    Park park = row.parkId().map(id -> parks.computeIfAbsent(id, k -> new Park())).orElse(noPark);
    OptionalDouble plotRatio = row.report().plotRatio();
    if (plotRatio.isPresent() && Double.isFinite(plotRatio.getAsDouble())
        && !(park.plotRatioSum + plotRatio.getAsDouble() <= LIMIT)) {
      return row.withError(pastLimit(row, "plotRatio", plotRatio.getAsDouble()));
    }
    OptionalDouble above = row.report().floorAreas().map(f -> f.aboveGroundM2()).orElse(OptionalDouble.empty());
    if (above.isPresent() && !(park.aboveGroundM2 + above.getAsDouble() <= LIMIT)) {
      return row.withError(pastLimit(row, "floorArea", above.getAsDouble()));
    }
    if (row.facts().isPresent()) {
      for (BatchRule.Collector rule : batchRules) {
        Optional<RecordError> refused = rule.add(row.facts().get(), row.locator());
        if (refused.isPresent()) {
          return row.withError(refused.get());
        }
      }
    }
    return row;
  }

  private void count(BatchRow row) {
    Verdict verdict = row.verdict();
    byVerdict[verdict.ordinal()]++;
    if (!row.warnings().isEmpty()) {
      withWarnings++;
    }
    if (row.measured().map(Measured::isRepaired).orElse(false)) {
      repaired++;
    }
    if (verdict != Verdict.ERROR) {
      buildingsByLocation += row.warnings().stream()
          .filter(w -> w.code() == RecordError.Code.ASSIGNED_BY_LOCATION).count();
    } else if (row.report().errors().stream().anyMatch(e -> e.code() == RecordError.Code.BUILDING_UNPLACED)) {
      buildingsUnplaced++;
    }
    Park park = row.parkId().map(id -> parks.computeIfAbsent(id, k -> new Park())).orElse(noPark);
    park.add(row);
    for (RuleResult r : row.report().results()) {
      if (r.verdict() == Verdict.NON_COMPLIANT) {
        nonCompliantByRule.merge(r.ruleId(), 1L, Long::sum);
      }
    }
  }

  long read() {
    return Arrays.stream(byVerdict).sum();
  }

  /** The result of each batch rule over the good parcels, in pack order. */
  List<BatchResult> batchResults() {
    List<BatchResult> results = new ArrayList<>(batchRules.size());
    batchRules.forEach(rule -> results.add(rule.result()));
    return results;
  }

  BatchSummary summary(List<BatchResult> batchResults, Duration elapsed) {
    ImmutableList.Builder<ParkScore> scorecard = ImmutableList.builder();
    parks.forEach((id, park) -> scorecard.add(park.score(Optional.of(id))));
    if (noPark.parcels > 0) {
      scorecard.add(noPark.score(Optional.empty()));
    }
    return new BatchSummary(read(),
        byVerdict[Verdict.COMPLIANT.ordinal()],
        byVerdict[Verdict.NON_COMPLIANT.ordinal()],
        byVerdict[Verdict.NOT_APPLICABLE.ordinal()],
        byVerdict[Verdict.INSUFFICIENT_DATA.ordinal()],
        byVerdict[Verdict.ERROR.ordinal()],
        withWarnings,
        mostFirst(nonCompliantByRule, Integer.MAX_VALUE),
        scorecard.build(),
        batchResults,
        elapsed,
        repaired,
        buildingsByLocation,
        buildingsUnplaced);
  }

  private static ImmutableMap<RuleId, Long> mostFirst(Map<RuleId, Long> counts, int limit) {
    ImmutableMap.Builder<RuleId, Long> out = ImmutableMap.builder();
    counts.entrySet().stream()
        .sorted(Comparator.comparing(Map.Entry<RuleId, Long>::getValue).reversed()
            .thenComparing(e -> e.getKey().value()))
        .limit(limit)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out.buildOrThrow();
  }

  /** One park's running figures. */
  private static final class Park {
    private Optional<String> district = Optional.empty();
    private long parcels;
    private long checked;
    private long compliant;
    private long nonCompliant;
    private long errors;
    private double[] plotRatios = new double[16];
    private int plotRatioCount;
    private double plotRatioSum;
    private double amenityM2;
    private double aboveGroundM2;
    private boolean anyFloorArea;
    private final Map<RuleId, Long> failures = new HashMap<>();

    void add(BatchRow row) {
      parcels++;
      if (district.isEmpty()) {
        district = row.districtId();
      }
      Verdict verdict = row.verdict();
      if (verdict == Verdict.ERROR) {
        errors++;
        return;
      }
      checked++;
      if (verdict == Verdict.COMPLIANT) {
        compliant++;
      } else if (verdict == Verdict.NON_COMPLIANT) {
        nonCompliant++;
      }
      OptionalDouble plotRatio = row.report().plotRatio();
      if (plotRatio.isPresent() && Double.isFinite(plotRatio.getAsDouble())) {
        if (plotRatioCount == plotRatios.length) {
          plotRatios = Arrays.copyOf(plotRatios, plotRatios.length * 2);
        }
        plotRatios[plotRatioCount++] = plotRatio.getAsDouble();
        plotRatioSum += plotRatio.getAsDouble();
      }
      row.report().floorAreas().ifPresent(f -> f.aboveGroundM2().ifPresent(above -> {
        anyFloorArea = true;
        aboveGroundM2 += above;
        amenityM2 += f.livingAmenityM2();
      }));
      for (RuleResult r : row.report().results()) {
        if (r.verdict() == Verdict.NON_COMPLIANT) {
          failures.merge(r.ruleId(), 1L, Long::sum);
        }
      }
    }

    ParkScore score(Optional<String> parkId) {
      OptionalDouble mean = plotRatioCount == 0 ? OptionalDouble.empty() : OptionalDouble.of(plotRatioSum / plotRatioCount);
      OptionalDouble median = OptionalDouble.empty();
      if (plotRatioCount > 0) {
        double[] sorted = Arrays.copyOf(plotRatios, plotRatioCount);
        Arrays.sort(sorted);
        int mid = plotRatioCount / 2;
        median = OptionalDouble.of(plotRatioCount % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
      }
      OptionalDouble amenityShare = anyFloorArea && aboveGroundM2 > 0
          ? OptionalDouble.of(amenityM2 / aboveGroundM2) : OptionalDouble.empty();
      ImmutableList<ParkScore.RuleCount> worst = mostFirst(failures, 3).entrySet().stream()
          .map(e -> new ParkScore.RuleCount(e.getKey(), e.getValue()))
          .collect(ImmutableList.toImmutableList());
      return new ParkScore(parkId, district, parcels, checked, compliant, nonCompliant, errors, mean, median,
          amenityShare, worst);
    }
  }
}
