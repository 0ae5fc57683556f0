package io.landcheck;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.rules.GreenSpaceRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks parcels against a policy pack. The one entry point:
 *
 * <pre>{@code
 * Checker checker = Checker.of(PolicyPacks.shanghai2021());
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
   */
  public static Checker of(PolicyPack pack) {
    return new Checker(pack, Optional.empty());
  }

  /**
   * This checker, judging parcels without an application date as of {@code date}, and balancing green space for
   * parcels without one on it.
   */
  public Checker onDate(LocalDate date) {
    return new Checker(pack, Optional.of(checkNotNull(date, "date")));
  }

  /** The pack this checker applies. */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * The date a parcel is judged for: its application date, else the checker's date; empty when it has neither, and
   * the parcel cannot be judged.
   */
  public Optional<LocalDate> dateFor(Parcel parcel) {
    return parcel.applicationDate().isPresent() ? parcel.applicationDate() : date;
  }

  /**
   * The error of a parcel that cannot be judged (or measured) because it has no application date and no date was given
   * to judge parcels without one on: bad data, reported in the parcel's {@link Verdict#ERROR} report, naming
   * {@code applicationDate}.
   */
  public static RecordError undated(String parcelId) {
    return RecordError.of(RecordError.Code.NO_DATE, parcelId, "applicationDate", "the application date (申请日期; application_date in data files)"
        + " is missing, and no date was given to judge parcels without one on (onDate in Java; --date on the command"
        + " line, by default today): the pack's parameters in force cannot be chosen");
  }

  /** Checks one parcel against every per-parcel rule of the pack. */
  public Report check(Parcel parcel) {
    checkNotNull(parcel, "parcel");
    Optional<LocalDate> dated = dateFor(parcel);
    if (dated.isEmpty()) {
      return Report.error(parcel.id(), pack.id(), Optional.empty(), List.of(undated(parcel.id())));
    }
    LocalDate checkDate = dated.get();
    List<RecordError> errors = new ArrayList<>();
    parcel.landUse().ifPresent(use -> {
      if (!pack.landUses().containsKey(use.code())) {
        errors.add(RecordError.of(RecordError.Code.UNKNOWN_CODE, parcel.id(), "landUse",
            "unknown land use '" + use.code() + "'; pack " + pack.id() + " knows " + pack.landUses().keySet()));
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
        results.add(rule.evaluate(context));
      }
    }
    return Report.judged(parcel.id(), pack.id(), checkDate, inForce, results, areas);
  }

  /**
   * The limits the pack's rules in force on the parcel's date hold its figures in {@code unit} to ({@code ratio} for
   * the plot ratio: the floors of the land uses it may have and its approved cap; {@code share} for the mixed-use
   * shares), without judging it; none if the parcel has no date to judge it on or the pack is not in force then. For
   * writing a figure where no rule result is at hand, such as a measurement's explanation, with the decimals it needs
   * beside them ({@link Decimals}).
   */
  public ImmutableList<Double> limits(Parcel parcel, String unit) {
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
            "unknown use code '" + e.getKey() + "'; pack " + pack.id() + " knows " + pack.useCodes()));
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
   * Balances green space (五(四)) over a batch of parcels: per park, per district, and the parcels left short. Each
   * parcel's change is judged with the parameters in force on its application date, as the per-parcel rules judge it,
   * or on the checker's date when it has none; a parcel dated when the pack or the rule is not in force is left out.
   *
   * @throws IllegalStateException if the pack has no green-space rule
   * @throws IllegalArgumentException if a parcel with a green-space change has no application date and the checker no
   *     date ({@link #check} reports such a parcel as an {@link Verdict#ERROR}: leave those out, as a batch does)
   */
  public GreenSpaceReport balanceGreenSpace(Iterable<Parcel> parcels) {
    ImmutableList.Builder<GreenSpaceRule.Entry> entries = ImmutableList.builder();
    for (Parcel p : parcels) {
      GreenSpaceRule.Entry.of(p).ifPresent(entries::add);
    }
    return balanceGreenSpaceEntries(entries.build());
  }

  /**
   * Balances green space over entries already extracted from parcels (a streaming batch keeps only these), each on
   * its date as {@link #balanceGreenSpace(Iterable)} does. Named apart from it so that an empty list literal is not
   * ambiguous between the two.
   *
   * @throws IllegalStateException if the pack has no green-space rule
   * @throws IllegalArgumentException if an entry has no date and the checker none
   */
  public GreenSpaceReport balanceGreenSpaceEntries(List<GreenSpaceRule.Entry> entries) {
    GreenSpaceRule rule = pack.greenSpaceRule()
        .orElseThrow(() -> new IllegalStateException("pack " + pack.id() + " has no green-space rule"));
    for (GreenSpaceRule.Entry e : entries) {
      checkArgument(e.applicationDate().isPresent() || date.isPresent(),
          "green-space entry %s has no application date, and the checker no date to balance it on (Checker.onDate)",
          e.parcelId());
    }
    return rule.balance(entries, e -> {
      LocalDate on = e.applicationDate().isPresent() ? e.applicationDate().get() : date.orElseThrow();
      return pack.inForceOn(on) ? Parameters.inForce(rule.versions(), on) : Optional.empty();
    });
  }
}
