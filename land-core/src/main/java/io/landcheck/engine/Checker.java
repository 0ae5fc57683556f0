package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.model.UseClass;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks parcels against a policy pack. The one entry point:
 *
 * <pre>{@code
 * Checker checker = Checker.of(ShanghaiPacks.shanghai2021());
 * Report report = checker.check(parcel);
 * }</pre>
 *
 * <p>A parcel is judged with the parameters in force on its application date (申请日期). The checker never reads the
 * clock: a parcel without an application date is judged on the checker's date, given with {@link #onDate} (to judge on
 * today, pass it: {@code onDate(LocalDate.now(clock))}, as the command line does), and without one it is bad data, a
 * report with verdict {@link Verdict#ERROR} naming {@code applicationDate} ({@code application_date} in data files).
 * So the same parcels give the same reports whenever they are checked. An application dated before the pack took
 * effect is reported as such ({@link Report#packInForce()} false, every rule {@link Verdict#NOT_APPLICABLE}), not
 * silently judged. Bad data (a use code or land use the pack does not know) gives a report with verdict
 * {@link Verdict#ERROR} naming the field, never an exception.
 *
 * <p>Checkers are immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class Checker {

  private final PolicyPack pack;
  private final Optional<LocalDate> date;

  private Checker(PolicyPack pack, Optional<LocalDate> date) {
    this.pack = checkNotNull(pack, "pack");
    this.date = date;
  }

  /**
   * A checker for this pack, with no date of its own: it judges each parcel on its application date, and reports a
   * parcel without one as an {@link Verdict#ERROR} naming {@code applicationDate}. Give it a date with {@link #onDate}.
   *
   * @param pack the policy pack whose per-parcel rules and batch rules the checker applies
   * @return a checker that judges each parcel on its own application date
   */
  public static Checker of(PolicyPack pack) {
    return new Checker(pack, Optional.empty());
  }

  /**
   * This checker, judging parcels without an application date as of {@code date}, and judging them on it for
   * the pack's batch rules too.
   *
   * @param date the date to judge undated parcels on, usually the day of the review; parcels with an application date
   *     keep theirs
   * @return a new checker for the same pack with that date; this checker is unchanged
   */
  public Checker onDate(LocalDate date) {
    return new Checker(pack, Optional.of(checkNotNull(date, "date")));
  }

  /**
   * The pack this checker applies.
   *
   * @return the policy pack, as given to {@link #of}
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * The date a parcel is judged for: its application date, else the checker's date; empty when it has neither, and
   * the parcel cannot be judged.
   *
   * @param parcel the parcel about to be judged
   * @return its application date, else the checker's date; empty when it has neither, and the parcel would be reported
   *     as an {@link Verdict#ERROR} naming {@code applicationDate}
   */
  public Optional<LocalDate> dateFor(Parcel parcel) {
    return parcel.applicationDate().isPresent() ? parcel.applicationDate() : date;
  }

  /**
   * The error of a parcel that cannot be judged (or measured) because it has no application date and no date was given
   * to judge parcels without one on: bad data, reported in the parcel's {@link Verdict#ERROR} report, naming
   * {@code applicationDate}.
   *
   * @param parcelId the parcel's id (宗地编号), as the error row names it
   * @return the error naming the parcel and the field {@code applicationDate}
   */
  public static RecordError undated(String parcelId) {
    return RecordError.of(RecordError.Code.NO_DATE, parcelId, "applicationDate", "undated", List.of());
  }

  /**
   * Checks one parcel against every per-parcel rule of the pack. A non-compliant parcel's report also carries its
   * remedy plan ({@link Report#remedyPlan()}: the smallest change of floor areas and lease term that makes every rule
   * comply at once, or why there is none), and each rule's remedy options say whether applying that option alone
   * leaves the parcel compliant ({@link RemedyOption#compliesAlone()}).
   *
   * @param parcel the parcel's planning facts
   * @return the parcel's report: a verdict per rule in pack order and the overall verdict; never null and never thrown
   *     for bad data (a parcel without a date to judge it on gets an {@link Verdict#ERROR} report)
   */
  public Report check(Parcel parcel) {
    checkNotNull(parcel, "parcel");
    Report report = judge(parcel);
    return report.verdict() == Verdict.NON_COMPLIANT ? RemedyPlanner.remedies(this, parcel, report) : report;
  }

  /** The report of every rule on the parcel, without a remedy plan or marked options. */
  Report judge(Parcel parcel) {
    return judge(parcel, false);
  }

  /**
   * Whether the parcel complies with every rule: {@link #judge}'s verdict is COMPLIANT or NOT_APPLICABLE. Found as
   * {@code judge} finds it, but the rules are judged in pack order only until the first one the parcel does not comply
   * with, as the remedy planner needs it for each plan and option it checks again.
   */
  boolean complies(Parcel parcel) {
    return RemedyPlanner.complies(judge(parcel, true));
  }

  /**
   * The report of the rules on the parcel; with {@code untilFailure}, of the rules up to the first it does not comply
   * with, whose verdict is then the whole report's verdict only as far as complying goes ({@link #complies}).
   */
  private Report judge(Parcel parcel, boolean untilFailure) {
    Optional<LocalDate> dated = dateFor(parcel);
    if (dated.isEmpty()) {
      return Report.error(parcel.id(), pack.id(), Optional.empty(), List.of(undated(parcel.id())));
    }
    LocalDate checkDate = dated.get();
    List<RecordError> errors = new ArrayList<>();
    parcel.landUse().ifPresent(use -> {
      if (!pack.landUses().containsKey(use.code())) {
        errors.add(RecordError.of(RecordError.Code.UNKNOWN_CODE, parcel.id(), "landUse",
            "landUse", List.of(use.code(), pack.id(), String.valueOf(pack.landUses().keySet()))));
      }
    });
    LandUse landUse = parcel.landUse().orElse(LandUse.INDUSTRIAL);
    FloorAreaSummary areas = classify(parcel, landUse, errors);
    if (!errors.isEmpty()) {
      return Report.error(parcel.id(), pack.id(), checkDate, errors);
    }
    ImmutableMap<LandUse, FloorAreaSummary> byLandUse = floorAreasByLandUse(parcel, areas);
    List<RuleResult> results = new ArrayList<>();
    boolean inForce = pack.inForceOn(checkDate);
    String periodZh = inForce ? "" : pack.effectiveUntil().map(u -> pack.effectiveFrom() + " 至 " + u)
        .orElse("自 " + pack.effectiveFrom() + " 起施行");
    String periodEn = inForce ? "" : pack.effectiveUntil().map(u -> "from " + pack.effectiveFrom() + " to " + u)
        .orElse("from " + pack.effectiveFrom());
    for (PolicyPack.Entry entry : pack.entries()) {
      Rule rule = entry.rule();
      RuleContext context =
          new RuleContext(parcel, areas, checkDate, entry.versions(), pack.tolerance(), byLandUse);
      if (!inForce) {
        results.add(RuleResult.of(rule, Verdict.NOT_APPLICABLE, LocalizedText.of(
            "申请日期 " + checkDate + " 不在 " + pack.document() + " 的施行期内（" + periodZh + "），未按本政策审查。",
            "The application date " + checkDate + " is outside the period " + pack.document() + " is in force ("
                + periodEn + "); the parcel was not judged by it.")));
      } else if (context.parameters().isEmpty()) {
        results.add(RuleResult.of(rule, Verdict.NOT_APPLICABLE, LocalizedText.of(
            "本条在 " + checkDate + " 尚未生效。", "This rule is not yet in force on " + checkDate + ".")));
      } else {
        RuleResult result = rule.evaluate(context);
        results.add(result);
        if (untilFailure && result.verdict().compareTo(Verdict.COMPLIANT) > 0) {
          break;
        }
      }
    }
    return Report.judged(parcel.id(), pack.id(), checkDate, inForce, results, areas);
  }

  /**
   * The context each rule of the pack judges {@code parcel} in on {@code checkDate}, in pack order: what
   * {@link Rule#remedyConstraints} is asked with.
   */
  List<RuleContext> contexts(Parcel parcel, LocalDate checkDate) {
    FloorAreaSummary areas = classify(parcel, parcel.landUse().orElse(LandUse.INDUSTRIAL), new ArrayList<>());
    ImmutableMap<LandUse, FloorAreaSummary> byLandUse = floorAreasByLandUse(parcel, areas);
    List<RuleContext> contexts = new ArrayList<>(pack.entries().size());
    for (PolicyPack.Entry entry : pack.entries()) {
      contexts.add(new RuleContext(parcel, areas, checkDate, entry.versions(), pack.tolerance(), byLandUse));
    }
    return contexts;
  }

  /**
   * The parcel with {@code plan} applied, as the planner checked it: each use class's change spread over the parcel's
   * use codes of that class in proportion to their floor areas (a class the parcel has none of is added to under the
   * pack's first use code of that class on the parcel's land use: 生产 for principal industrial floor area on
   * industrial land, 研发 on general R&amp;D land); a declared floor area counted in the plot ratio (计容建筑面积) changed
   * by the same total, so its extra for tall storeys is kept; the lease term set to the plan's. A plan that was not
   * found changes nothing.
   *
   * @param parcel the parcel as it was checked
   * @param plan the remedy plan to apply, such as {@link Report#remedyPlan()} of the parcel's report
   * @return the parcel with the plan's floor-area changes (m²) and lease term (years) applied; {@code parcel} itself
   *     is not modified, and a plan that was not found leaves the facts as they were
   */
  public Parcel apply(Parcel parcel, RemedyPlan plan) {
    checkNotNull(parcel, "Checker.apply(parcel)");
    checkNotNull(plan, "Checker.apply(plan)");
    return apply(parcel, plan.changesM2(), plan.leaseTermYears());
  }

  /**
   * The parcel with one remedy option applied alone, as {@link RemedyOption#compliesAlone()} was found: a term
   * option sets the lease term; a cut of several classes (or of any use, when none is named) is taken from them in
   * proportion to their floor areas; an addition naming principal industrial floor area, or any use, is principal
   * industrial floor area, one naming other classes is spread over them in proportion to their floor areas. Each
   * class's change is then spread over its use codes as for a plan ({@link #apply(Parcel, RemedyPlan)}).
   *
   * @param parcel the parcel as it was checked
   * @param option one of the per-rule remedy options of the parcel's report ({@link RuleResult#remedyOptions()})
   * @return the parcel with that option's change applied: its floor area in m², or its lease term in years;
   *     {@code parcel} itself is not modified
   */
  public Parcel apply(Parcel parcel, RemedyOption option) {
    checkNotNull(parcel, "Checker.apply(parcel)");
    checkNotNull(option, "Checker.apply(option)");
    if (option.kind() == RemedyOption.Kind.SHORTEN_TERM_TO) {
      return apply(parcel, Map.of(), OptionalInt.of((int) option.amount()));
    }
    FloorAreaSummary areas = classify(parcel, parcel.landUse().orElse(LandUse.INDUSTRIAL), new ArrayList<>());
    Set<UseClass> classes = option.useClasses().isEmpty() ? EnumSet.allOf(UseClass.class) : option.useClasses();
    Map<UseClass, Double> changes = new EnumMap<>(UseClass.class);
    boolean add = option.kind() == RemedyOption.Kind.ADD_FLOOR_AREA;
    if (add && (option.useClasses().isEmpty() || classes.contains(UseClass.PRINCIPAL_INDUSTRIAL))) {
      changes.put(UseClass.PRINCIPAL_INDUSTRIAL, option.amount());
    } else {
      double total = 0;
      for (UseClass c : classes) {
        total += areaOf(areas, c);
      }
      for (UseClass c : classes) {
        double share = total > 0 ? areaOf(areas, c) / total : (c == classes.iterator().next() ? 1 : 0);
        if (share > 0) {
          changes.put(c, (add ? 1 : -1) * option.amount() * share);
        }
      }
    }
    return apply(parcel, changes, OptionalInt.empty());
  }

  private static double areaOf(FloorAreaSummary areas, UseClass c) {
    return switch (c) {
      case PRINCIPAL_INDUSTRIAL -> areas.principalIndustrialM2();
      case OTHER_INDUSTRIAL -> areas.otherIndustrialM2();
      case LIVING_AMENITY -> areas.livingAmenityM2();
    };
  }

  /** The parcel with these changes by use class and this lease term applied, as {@link #apply(Parcel, RemedyPlan)}. */
  Parcel apply(Parcel parcel, Map<UseClass, Double> changesM2, OptionalInt leaseTermYears) {
    LandUse landUse = parcel.landUse().orElse(LandUse.INDUSTRIAL);
    Map<String, Double> floorAreas = new LinkedHashMap<>(parcel.aboveGroundFloorAreaM2());
    double totalChange = 0;
    for (Map.Entry<UseClass, Double> change : changesM2.entrySet()) {
      UseClass c = change.getKey();
      double m2 = change.getValue();
      totalChange += m2;
      double classM2 = 0;
      for (Map.Entry<String, Double> e : floorAreas.entrySet()) {
        if (pack.classify(e.getKey(), landUse).orElse(null) == c) {
          classM2 += e.getValue();
        }
      }
      if (classM2 > 0) {
        for (Map.Entry<String, Double> e : floorAreas.entrySet()) {
          if (pack.classify(e.getKey(), landUse).orElse(null) == c) {
            e.setValue(Math.max(0, e.getValue() + m2 * (e.getValue() / classM2)));
          }
        }
      } else if (m2 > 0) {
        Optional<String> code = firstUseCode(pack, c, landUse);
        if (code.isPresent()) {
          floorAreas.merge(code.get(), m2, Double::sum);
        }
      }
    }
    Parcel.Builder b = parcel.toBuilder().clearFloorAreas();
    floorAreas.forEach(b::floorAreaM2);
    if (parcel.plotRatioFloorAreaM2().isPresent()) {
      b.plotRatioFloorAreaM2(Math.max(0, parcel.plotRatioFloorAreaM2().getAsDouble() + totalChange));
    }
    if (leaseTermYears.isPresent() && parcel.lease().isPresent()) {
      b.lease(parcel.lease().get().grantDate(), leaseTermYears.getAsInt());
    }
    return b.build();
  }

  /** The pack's first use code of {@code useClass} on {@code landUse}, where a plan adds to a class a parcel lacks. */
  static Optional<String> firstUseCode(PolicyPack pack, UseClass useClass, LandUse landUse) {
    for (String code : pack.useCodes()) {
      if (pack.classify(code, landUse).orElse(null) == useClass) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /**
   * The limits the pack's rules in force on the parcel's date hold its figures in {@code unit} to ({@code ratio} for
   * the plot ratio: the floors of the land uses it may have and its approved cap; {@code share} for the mixed-use
   * shares), without judging it; none if the parcel has no date to judge it on or the pack is not in force then. For
   * writing a figure where no rule result is at hand, such as a measurement's explanation, with the decimals it needs
   * beside them ({@link Decimals}).
   *
   * @param parcel the parcel whose figure is to be written
   * @param unit the unit of the figure, as {@link RuleResult#unit()} names it: {@code ratio} for the plot ratio (容积率),
   *     {@code share} for the mixed-use shares of above-ground floor area
   * @return every floor, cap or largest share the figure could be held to, in {@code unit}; an empty list when there
   *     are none
   */
  public List<Double> limits(Parcel parcel, String unit) {
    checkNotNull(parcel, "Checker.limits(parcel)");
    checkNotNull(unit, "Checker.limits(unit)");
    Optional<LocalDate> dated = dateFor(parcel);
    if (dated.isEmpty() || !pack.inForceOn(dated.get())) {
      return ImmutableList.of();
    }
    LocalDate checkDate = dated.get();
    FloorAreaSummary areas = classify(parcel, parcel.landUse().orElse(LandUse.INDUSTRIAL), new ArrayList<>());
    ImmutableMap<LandUse, FloorAreaSummary> byLandUse = floorAreasByLandUse(parcel, areas);
    List<Double> limits = new ArrayList<>();
    for (PolicyPack.Entry entry : pack.entries()) {
      RuleContext context = new RuleContext(parcel, areas, checkDate, entry.versions(), pack.tolerance(), byLandUse);
      if (context.parameters().isPresent()) {
        entry.rule().limits(context, unit).stream().filter(l -> !limits.contains(l)).forEach(limits::add);
      }
    }
    return ImmutableList.copyOf(limits);
  }

  /**
   * The parcel's floor areas by use class as the pack classifies its use codes on {@code landUse}; a use code the pack
   * does not know is added to {@code errors}.
   */
  private FloorAreaSummary classify(Parcel parcel, LandUse landUse, List<RecordError> errors) {
    double principal = 0;
    double other = 0;
    double amenity = 0;
    for (var e : parcel.aboveGroundFloorAreaM2().entrySet()) {
      Optional<UseClass> useClass = pack.classify(e.getKey(), landUse);
      if (useClass.isEmpty()) {
        errors.add(RecordError.of(RecordError.Code.UNKNOWN_CODE, parcel.id(), "aboveGroundFloorAreaM2[" + e.getKey() + "]",
            "useCode", List.of(e.getKey(), pack.id(), String.valueOf(pack.useCodes()))));
        continue;
      }
      switch (useClass.get()) {
        case PRINCIPAL_INDUSTRIAL -> principal += e.getValue();
        case OTHER_INDUSTRIAL -> other += e.getValue();
        case LIVING_AMENITY -> amenity += e.getValue();
      }
    }
    return new FloorAreaSummary(parcel.siteAreaM2(), parcel.totalAboveGroundFloorAreaM2(),
        parcel.totalPlotRatioFloorAreaM2(), principal, other, amenity, parcel.undergroundFloorAreaM2());
  }

  /**
   * The floor areas on each land use the parcel may have: its own, or, when it has none, each the pack judges, so the
   * rules can tell whether the land use would change their verdict.
   */
  private ImmutableMap<LandUse, FloorAreaSummary> floorAreasByLandUse(Parcel parcel, FloorAreaSummary areas) {
    if (parcel.landUse().isPresent()) {
      return ImmutableMap.of(parcel.landUse().get(), areas);
    }
    ImmutableMap.Builder<LandUse, FloorAreaSummary> byLandUse = ImmutableMap.builder();
    for (String code : pack.landUses().keySet()) {
      LandUse landUse = LandUse.of(code);
      byLandUse.put(landUse, classify(parcel, landUse, new ArrayList<>()));
    }
    return byLandUse.buildOrThrow();
  }

  /**
   * Checks a batch of parcels against each of the pack's batch rules ({@link PolicyPack#batchRules()}). Each parcel is
   * judged with the parameters in force on its application date, as the per-parcel rules judge it, or on the checker's
   * date when it has none; a parcel dated when the pack or the rule is not in force is left out.
   *
   * @param parcels the parcels of a batch, in input order
   * @return one result per batch rule, in pack order; an empty list when the pack has none
   * @throws IllegalArgumentException if a parcel a batch rule judges has no application date and the checker no date
   *     ({@link #check} reports such a parcel as an {@link Verdict#ERROR}: leave those out, as a batch does)
   */
  public List<BatchResult> checkBatch(Iterable<Parcel> parcels) {
    checkNotNull(parcels, "Checker.checkBatch(parcels)");
    List<BatchResult> results = new ArrayList<>(pack.batchRules().size());
    for (BatchRule rule : pack.batchRules()) {
      results.add(rule.check(parcels, parametersOn(rule)));
    }
    return results;
  }

  /**
   * A collector for each of the pack's batch rules, for a streaming batch that gives them its good parcels one by one,
   * each judged on its date as {@link #checkBatch} judges it.
   *
   * @return one empty collector per batch rule, in pack order
   */
  public List<BatchRule.Collector> batchCollectors() {
    List<BatchRule.Collector> collectors = new ArrayList<>(pack.batchRules().size());
    for (BatchRule rule : pack.batchRules()) {
      collectors.add(rule.collector(parametersOn(rule)));
    }
    return collectors;
  }

  /**
   * The parameters of a batch rule in force for a parcel: on its application date, else on the checker's date; empty
   * when the pack or the rule is not in force then.
   *
   * @param rule one of the pack's batch rules
   * @return from a parcel's id and application date, the version of the rule's parameters in force
   * @throws IllegalArgumentException (from the function) if the parcel has no application date and the checker no
   *     date, naming the parcel
   */
  public BiFunction<String, Optional<LocalDate>, Optional<Parameters>> parametersOn(BatchRule rule) {
    checkNotNull(rule, "Checker.parametersOn(rule)");
    return (parcelId, applicationDate) -> {
      checkArgument(applicationDate.isPresent() || date.isPresent(),
          "parcel %s has no application date, and the checker no date to judge it on for batch rule %s"
              + " (Checker.onDate)", parcelId, rule.id());
      LocalDate on = applicationDate.isPresent() ? applicationDate.get() : date.orElseThrow();
      return pack.inForceOn(on) ? Parameters.inForce(rule.versions(), on) : Optional.empty();
    };
  }
}
