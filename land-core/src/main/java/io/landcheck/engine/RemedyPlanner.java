package io.landcheck.engine;

import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Plans the smallest change to a non-compliant parcel's floor areas by use class (and its lease term) that makes every
 * rule of the pack comply at once ({@link RemedyPlan}), and marks each rule's own remedy options with whether applying
 * one alone leaves the parcel compliant.
 *
 * <p>The conditions are the rules' own ({@link Rule#remedyConstraints}): linear in the three changes ΔP, ΔO, ΔA (m² of
 * principal industrial, other industrial and living-amenity floor area), with the levers' bounds (a class cannot go
 * below zero; a class the pack has no use code for on the land use cannot be added to; the floor area counted in the
 * plot ratio cannot go below zero). The objective, the least {@code |ΔP| + |ΔO| + |ΔA|}, then the most ΔP, then the
 * most ΔO, is linear on each orthant of the signs of the changes, so its minimum over the feasible region lies at a
 * vertex of the region cut by the three coordinate planes: the planner solves every 3×3 system of three of those planes
 * (a few hundred, by Cramer's rule), keeps the points that meet every condition, and takes the best. That is exact,
 * deterministic and takes microseconds; it needs no solver library. Where no point meets every condition, the smallest
 * set of rules whose conditions conflict is found the same way over subsets of the rules.
 *
 * <p>The amounts are then rounded to 0.1 m² (each up or down, trying the combinations in order of the objective, and
 * finer steps only when no tenth meets the conditions), and the best rounded plan is applied to the parcel and checked
 * again; it is {@link RemedyPlan.Status#FOUND} only if the parcel then complies with every rule.
 */
final class RemedyPlanner {

  /** The classes in the order of the planner's vectors: ΔP, ΔO, ΔA. */
  private static final UseClass[] CLASSES = UseClass.values();

  /** The rounding steps tried, coarsest first: a tenth of a square metre, then finer only when it is needed. */
  private static final double[] STEPS = {0.1, 0.01, 0.001, 1e-4, 1e-5, 1e-6};

  /** How many rounded plans, best first, are checked again before the planner gives up. */
  private static final int RECHECKS = 4;

  private RemedyPlanner() {}

  /** A rule's conditions as rows {@code a·Δ ≤ b}: {@code {a0, a1, a2, b}}. */
  private record Group(RuleId rule, List<double[]> rows) {}

  /**
   * The report of a non-compliant parcel with its remedy plan, and its rules' options marked with whether each alone
   * leaves the parcel compliant.
   */
  static Report remedies(Checker checker, Parcel parcel, Report report) {
    RemedyPlan plan = plan(checker, parcel, report);
    Map<RemedyOption, Boolean> marks = new HashMap<>();
    List<RuleResult> results = new ArrayList<>(report.results().size());
    for (RuleResult r : report.results()) {
      if (r.remedyOptions().isEmpty()) {
        results.add(r);
        continue;
      }
      List<RemedyOption> options = new ArrayList<>(r.remedyOptions().size());
      for (RemedyOption o : r.remedyOptions()) {
        Boolean complies = marks.get(o);
        if (complies == null) {
          complies = checker.complies(checker.apply(parcel, o));
          marks.put(o, complies);
        }
        options.add(o.withCompliesAlone(complies));
      }
      results.add(r.withRemedyOptions(options));
    }
    return report.withRemedies(results, plan);
  }

  /** Whether a report says the parcel complies with every rule (no rule worse than COMPLIANT). */
  static boolean complies(Report report) {
    return report.verdict().compareTo(Verdict.COMPLIANT) <= 0;
  }

  /** The plan for a non-compliant parcel whose report is {@code report}. */
  static RemedyPlan plan(Checker checker, Parcel parcel, Report report) {
    PolicyPack pack = checker.pack();
    List<RuleContext> contexts = checker.contexts(parcel, report.checkDate().orElseThrow());
    FloorAreaSummary areas = report.floorAreas().orElseThrow();
    List<RemedyPlan.Blocker> blockers = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    int maxTerm = Integer.MAX_VALUE;
    List<PolicyPack.Entry> entries = pack.entries();
    for (int i = 0; i < entries.size(); i++) {
      Rule rule = entries.get(i).rule();
      RuleContext context = contexts.get(i);
      Verdict verdict = report.results().get(i).verdict();
      if (verdict == Verdict.INSUFFICIENT_DATA) {
        blockers.add(new RemedyPlan.Blocker(rule.id(), RemedyPlan.Reason.INSUFFICIENT_DATA));
        continue;
      }
      Optional<RemedyConstraints> stated = context.parameters().isEmpty()
          ? Optional.of(RemedyConstraints.none()) : constraintsOf(rule, context);
      boolean fails = verdict == Verdict.NON_COMPLIANT;
      if (stated.isEmpty()) {
        if (fails) {
          blockers.add(new RemedyPlan.Blocker(rule.id(), RemedyPlan.Reason.NO_CONDITIONS));
        }
        continue; // a rule it complies with now: the re-check will tell if the plan breaks it
      }
      RemedyConstraints c = stated.get();
      if (c.setsNone()) {
        if (fails) {
          blockers.add(new RemedyPlan.Blocker(rule.id(), RemedyPlan.Reason.NO_LEVER));
        }
        continue;
      }
      if (c.maxLeaseTermYears().isPresent()) {
        maxTerm = Math.min(maxTerm, c.maxLeaseTermYears().getAsInt());
      }
      if (!c.floorAreas().isEmpty()) {
        List<double[]> rows = new ArrayList<>(c.floorAreas().size());
        for (FloorAreaConstraint f : c.floorAreas()) {
          double sign = f.relation() == FloorAreaConstraint.Relation.AT_MOST ? 1 : -1;
          rows.add(new double[] {
              sign * f.principal(), sign * f.otherIndustrial(), sign * f.livingAmenity(), sign * f.boundM2()});
        }
        groups.add(new Group(rule.id(), rows));
      }
    }
    if (!blockers.isEmpty()) {
      return RemedyPlan.none(RemedyPlan.Status.CANNOT_PLAN, blockers);
    }
    List<double[]> bounds = bounds(pack, parcel, areas);
    List<double[]> rows = new ArrayList<>(bounds);
    groups.forEach(g -> rows.addAll(g.rows()));
    double[] best = optimum(rows);
    if (best == null) {
      return RemedyPlan.none(RemedyPlan.Status.NONE_EXISTS, conflict(groups, bounds));
    }
    OptionalInt term = OptionalInt.empty();
    if (maxTerm != Integer.MAX_VALUE && parcel.lease().isPresent() && parcel.lease().get().termYears() > maxTerm) {
      term = OptionalInt.of(maxTerm);
    }
    Parcel last = null; // the last plan checked again, applied
    for (double step : STEPS) {
      List<double[]> candidates = rounded(best, step, rows);
      for (int i = 0; i < Math.min(RECHECKS, candidates.size()); i++) {
        Map<UseClass, Double> changes = changes(candidates.get(i));
        last = checker.apply(parcel, changes, term);
        if (checker.complies(last)) {
          return RemedyPlan.found(changes, term);
        }
      }
      if (last != null) {
        break; // rounded plans met the conditions but not the rules: a finer step will not help
      }
    }
    if (last == null) {
      // Not even the unrounded optimum can be written to a millionth of a square metre (not reached in practice).
      Map<UseClass, Double> changes = changes(best);
      last = checker.apply(parcel, changes, term);
      if (checker.complies(last)) {
        return RemedyPlan.found(changes, term);
      }
    }
    List<RemedyPlan.Blocker> failing = new ArrayList<>();
    for (RuleResult r : checker.judge(last).results()) { // every rule, to name each one the plan still fails
      if (r.verdict().compareTo(Verdict.COMPLIANT) > 0) {
        failing.add(new RemedyPlan.Blocker(r.ruleId(), RemedyPlan.Reason.FAILS_RECHECK));
      }
    }
    if (failing.isEmpty()) {
      // An ERROR re-check (a change the parcel refuses): name every rule with conditions rather than none.
      groups.forEach(g -> failing.add(new RemedyPlan.Blocker(g.rule(), RemedyPlan.Reason.FAILS_RECHECK)));
    }
    return RemedyPlan.none(RemedyPlan.Status.CANNOT_PLAN, failing);
  }

  /** A rule's conditions, or empty if it states none or fails to (a rule of the caller's own that throws). */
  private static Optional<RemedyConstraints> constraintsOf(Rule rule, RuleContext context) {
    try {
      Optional<RemedyConstraints> c = rule.remedyConstraints(context);
      return c == null ? Optional.empty() : c;
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The levers' own bounds as rows: no class below zero, no class added to that has no use code on the land use, and
   * the floor area counted in the plot ratio not below zero.
   */
  private static List<double[]> bounds(PolicyPack pack, Parcel parcel, FloorAreaSummary areas) {
    LandUse landUse = parcel.landUse().orElse(LandUse.INDUSTRIAL);
    List<double[]> rows = new ArrayList<>(7);
    double[] have = {areas.principalIndustrialM2(), areas.otherIndustrialM2(), areas.livingAmenityM2()};
    for (int c = 0; c < 3; c++) {
      double[] cut = new double[4];
      cut[c] = -1;
      cut[3] = have[c];
      rows.add(cut);
      if (Checker.firstUseCode(pack, CLASSES[c], landUse).isEmpty()) {
        double[] noAdd = new double[4];
        noAdd[c] = 1;
        rows.add(noAdd);
      }
    }
    if (parcel.plotRatioFloorAreaM2().isPresent()) {
      rows.add(new double[] {-1, -1, -1, parcel.plotRatioFloorAreaM2().getAsDouble()});
    }
    return rows;
  }

  /** The smallest set of rules whose conditions, with the levers' bounds, no change meets; all of them if none smaller. */
  private static List<RemedyPlan.Blocker> conflict(List<Group> groups, List<double[]> bounds) {
    int n = groups.size();
    List<Integer> masks = new ArrayList<>();
    for (int mask = 1; mask < (1 << Math.min(n, 16)); mask++) {
      masks.add(mask);
    }
    masks.sort(Comparator.comparingInt(Integer::bitCount));
    for (int mask : masks) {
      List<double[]> rows = new ArrayList<>(bounds);
      for (int g = 0; g < n; g++) {
        if ((mask & (1 << g)) != 0) {
          rows.addAll(groups.get(g).rows());
        }
      }
      if (optimum(rows) == null) {
        List<RemedyPlan.Blocker> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
          if ((mask & (1 << g)) != 0) {
            out.add(new RemedyPlan.Blocker(groups.get(g).rule(), RemedyPlan.Reason.CONFLICTING));
          }
        }
        return out;
      }
    }
    return groups.stream().map(g -> new RemedyPlan.Blocker(g.rule(), RemedyPlan.Reason.CONFLICTING)).toList();
  }

  /**
   * The best change meeting every row, by the planner's objective, or null if no change meets them all: the best of
   * the feasible vertices of the rows' planes and the three coordinate planes.
   */
  static double[] optimum(List<double[]> rows) {
    int n = rows.size();
    double[][] planes = new double[n + 3][];
    for (int i = 0; i < n; i++) {
      planes[i] = rows.get(i);
    }
    for (int c = 0; c < 3; c++) {
      double[] axis = new double[4];
      axis[c] = 1;
      planes[n + c] = axis;
    }
    double[] best = null;
    double[] point = new double[3];
    for (int i = 0; i < planes.length; i++) {
      for (int j = i + 1; j < planes.length; j++) {
        for (int k = j + 1; k < planes.length; k++) {
          if (!solve(planes[i], planes[j], planes[k], point) || !feasible(rows, point)) {
            continue;
          }
          if (best == null || better(point, best)) {
            best = point.clone();
          }
        }
      }
    }
    if (best != null) {
      for (int c = 0; c < 3; c++) {
        if (Math.abs(best[c]) < 1e-9) {
          best[c] = 0; // a vertex on a coordinate plane, computed a hair off it
        }
      }
    }
    return best;
  }

  /** Solves the three planes' system into {@code out} by Cramer's rule; false if they do not meet in one point. */
  private static boolean solve(double[] p, double[] q, double[] r, double[] out) {
    double det = det(p[0], p[1], p[2], q[0], q[1], q[2], r[0], r[1], r[2]);
    double scale = norm(p) * norm(q) * norm(r);
    if (scale == 0 || Math.abs(det) <= 1e-12 * scale) {
      return false;
    }
    out[0] = det(p[3], p[1], p[2], q[3], q[1], q[2], r[3], r[1], r[2]) / det;
    out[1] = det(p[0], p[3], p[2], q[0], q[3], q[2], r[0], r[3], r[2]) / det;
    out[2] = det(p[0], p[1], p[3], q[0], q[1], q[3], r[0], r[1], r[3]) / det;
    return Double.isFinite(out[0]) && Double.isFinite(out[1]) && Double.isFinite(out[2]);
  }

  private static double det(
      double a, double b, double c, double d, double e, double f, double g, double h, double i) {
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  }

  private static double norm(double[] p) {
    return Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
  }

  /** Whether {@code d} meets every row, within a rounding margin relative to the figures involved. */
  private static boolean feasible(List<double[]> rows, double[] d) {
    for (double[] row : rows) {
      double lhs = row[0] * d[0] + row[1] * d[1] + row[2] * d[2];
      double scale = 1 + Math.abs(row[3]) + Math.abs(row[0] * d[0]) + Math.abs(row[1] * d[1])
          + Math.abs(row[2] * d[2]);
      if (lhs > row[3] + 1e-9 * scale) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code a} is better than {@code b}: less total change, else more principal, else more other industrial. */
  private static boolean better(double[] a, double[] b) {
    return compare(a, b) < 0;
  }

  private static int compare(double[] a, double[] b) {
    double ta = Math.abs(a[0]) + Math.abs(a[1]) + Math.abs(a[2]);
    double tb = Math.abs(b[0]) + Math.abs(b[1]) + Math.abs(b[2]);
    double eps = 1e-7 * (1 + Math.max(ta, tb));
    if (Math.abs(ta - tb) > eps) {
      return ta < tb ? -1 : 1;
    }
    if (Math.abs(a[0] - b[0]) > eps) {
      return a[0] > b[0] ? -1 : 1;
    }
    if (Math.abs(a[1] - b[1]) > eps) {
      return a[1] > b[1] ? -1 : 1;
    }
    return 0;
  }

  /**
   * The change {@code best} rounded to multiples of {@code step}: each non-zero amount rounded down or up and one step
   * further either way, each zero kept or moved by one step, every combination that meets the rows, best first by the
   * objective.
   */
  private static List<double[]> rounded(double[] best, double step, List<double[]> rows) {
    double units = Math.rint(1 / step);
    double[][] options = new double[3][];
    for (int c = 0; c < 3; c++) {
      if (best[c] == 0) {
        // a class the exact plan leaves alone may still take a step, where the others' rounding needs it
        options[c] = new double[] {0, 1 / units, -1 / units};
      } else {
        double down = Math.floor(best[c] * units + 1e-6);
        double up = Math.ceil(best[c] * units - 1e-6);
        options[c] = Arrays.stream(new double[] {down - 1, down, up, up + 1}).distinct()
            .map(k -> k / units).toArray();
      }
    }
    List<double[]> out = new ArrayList<>();
    for (double p : options[0]) {
      for (double o : options[1]) {
        for (double a : options[2]) {
          double[] d = {p, o, a};
          if (strictlyFeasible(rows, d)) {
            out.add(d);
          }
        }
      }
    }
    out.sort(RemedyPlanner::compare);
    return out;
  }

  /** Whether {@code d} meets every row, within the last bits of the arithmetic only. */
  private static boolean strictlyFeasible(List<double[]> rows, double[] d) {
    for (double[] row : rows) {
      double lhs = row[0] * d[0] + row[1] * d[1] + row[2] * d[2];
      double scale = Math.abs(row[3]) + Math.abs(row[0] * d[0]) + Math.abs(row[1] * d[1]) + Math.abs(row[2] * d[2]);
      if (lhs > row[3] + 1e-12 * scale) {
        return false;
      }
    }
    return true;
  }

  /** The non-zero changes of {@code d} by use class. */
  private static Map<UseClass, Double> changes(double[] d) {
    Map<UseClass, Double> out = new EnumMap<>(UseClass.class);
    for (int c = 0; c < 3; c++) {
      if (d[c] != 0) {
        out.put(CLASSES[c], d[c]);
      }
    }
    return out;
  }
}
