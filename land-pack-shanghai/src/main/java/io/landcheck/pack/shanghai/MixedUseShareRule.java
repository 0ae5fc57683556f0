package io.landcheck.pack.shanghai;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.FloorAreaConstraint;
import io.landcheck.engine.RemedyConstraints;
import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RuleContext;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 沪府规〔2021〕9号 五(二): 单一用途产业用地内,可以建其他产业用途和生活配套设施的比例提高到地上建筑总量的30%,
 * 其中用于零售、餐饮、宿舍等生活配套设施的比例,不超过地上建筑总量的15%。
 *
 * <p>One class serves both limits of the clause: the pack gives each its own rule id, the use classes in the
 * numerator ({@code useClasses}) and the largest share ({@code maxShare}). The denominator is the actual above-ground
 * floor area (地上总建筑面积, {@link FloorAreaSummary#aboveGroundM2()}), where a storey taller than the pack's
 * {@code tallStoreyM} counts once, not double as in the plot ratio's 计容建筑面积; underground floor area is in neither.
 * Only single-use industrial land (单一用途产业用地) is judged, on the land use it has, or, when that is not given, on
 * each land use it may have, since the land use decides which use is principal: a share within (or over) the limit on
 * every one of them is judged so. A fact not given is named only where it could change the verdict. The bound is
 * inclusive, within the pack's tolerance.
 */
final class MixedUseShareRule extends PackRule {

  /** Whether the land is single-use industrial land (单一用途产业用地), as messages name it. */
  private static final Completions.Fact SINGLE_USE =
      new Completions.Fact("是否为单一用途产业用地（singleUse）", "single-use status (singleUse)");

  /** What each version of the parameters gives every parcel alike: the classes, their names, the largest share. */
  private final Map<Parameters, Limit> limits = new ConcurrentHashMap<>();

  /** The limit of one version of the parameters, with its texts. */
  private record Limit(ImmutableList<UseClass> classes, double max, String maxPercent, String what, String whatEn) {
    static Limit of(Parameters p) {
      ImmutableList<UseClass> classes = MixedUseShareRule.classes(p);
      double max = p.number("maxShare");
      return new Limit(classes, max, Numbers.limitPercent(max), describe(classes, "zh"), describe(classes, "en"));
    }
  }

  MixedUseShareRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  @Override
  public void validate(Parameters p) {
    double max = p.number("maxShare");
    if (!(max > 0 && max < 1)) {
      throw new IllegalArgumentException(p.owner() + ": maxShare must be between 0 and 1, was " + max);
    }
    if (classes(p).isEmpty()) {
      throw new IllegalArgumentException(p.owner() + ": useClasses must not be empty");
    }
  }

  @Override
  public List<Double> limits(RuleContext context, String unit) {
    return "share".equals(unit) && context.parameters().isPresent()
        ? ImmutableList.of(context.parameters().get().number("maxShare")) : ImmutableList.of();
  }

  /**
   * The largest share as a condition on the changes in floor area: with {@code m} the largest share, the classes'
   * floor area after the change at most {@code m} of the above-ground floor area after it, that is
   * {@code Σ(1 − m)·Δclass − Σ m·Δother ≤ m × aboveGroundM2 − classes' floor area}. None on land that is not
   * single-use; empty when single use, the land use or the floor areas are not given.
   */
  @Override
  public Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    Parcel parcel = context.parcel();
    if (parcel.singleUse().isEmpty() || context.parameters().isEmpty()) {
      return Optional.empty();
    }
    if (!parcel.singleUse().get()) {
      return Optional.of(RemedyConstraints.none());
    }
    FloorAreaSummary areas = context.floorAreas();
    if (parcel.landUse().isEmpty() || areas.aboveGroundM2().isEmpty()) {
      return Optional.empty();
    }
    Limit limit = limits.computeIfAbsent(context.parameters().get(), Limit::of);
    double max = limit.max();
    double[] coefficient = new double[UseClass.values().length];
    double partM2 = 0;
    for (UseClass c : UseClass.values()) {
      boolean counted = limit.classes().contains(c);
      coefficient[c.ordinal()] = counted ? 1 - max : -max;
      if (counted) {
        partM2 += areaOf(areas, c);
      }
    }
    return Optional.of(RemedyConstraints.of(new FloorAreaConstraint(coefficient[0], coefficient[1], coefficient[2],
        FloorAreaConstraint.Relation.AT_MOST, max * areas.aboveGroundM2().getAsDouble() - partM2)));
  }

  private static double areaOf(FloorAreaSummary areas, UseClass c) {
    return switch (c) {
      case PRINCIPAL_INDUSTRIAL -> areas.principalIndustrialM2();
      case OTHER_INDUSTRIAL -> areas.otherIndustrialM2();
      case LIVING_AMENITY -> areas.livingAmenityM2();
    };
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    Parameters p = context.parameters().orElseThrow();
    List<Boolean> singleUse = parcel.singleUse().map(List::of).orElse(List.of(true, false));
    return Completions.over(this, SINGLE_USE, singleUse, String::valueOf, single -> single
        ? judgeSingleUse(context, p)
        : RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
            "非单一用途产业用地，不适用本条混合比例。", "The land is not single-use; the mixed-use shares do not apply.")));
  }

  /** The verdict if the land is single-use. */
  private RuleResult judgeSingleUse(RuleContext context, Parameters p) {
    Parcel parcel = context.parcel();
    if (parcel.landUse().isEmpty()) {
      // The land use decides which use is principal (研发 is principal on general R&D land), so the floor areas are
      // judged as classified on each land use the parcel may have.
      return Completions.over(this, Completions.Fact.LAND_USE, List.copyOf(context.possibleLandUses()), LandUse::code,
          landUse -> judge(context, p, context.floorAreasOn(landUse)));
    }
    return judge(context, p, context.floorAreas());
  }

  /** The verdict on single-use land whose floor areas are classified as {@code areas}. */
  private RuleResult judge(RuleContext context, Parameters p, FloorAreaSummary areas) {
    if (areas.aboveGroundM2().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of(
          "缺少地上建筑面积（aboveGroundFloorAreaM2）。",
          "The above-ground floor area (aboveGroundFloorAreaM2) is missing."));
    }
    if (areas.aboveGroundM2().getAsDouble() <= 0) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "地上建筑面积为 0，没有可计算的比例。",
          "The above-ground floor area is 0, so there is no share to judge."));
    }
    Limit limit = limits.computeIfAbsent(p, Limit::of);
    ImmutableList<UseClass> classes = limit.classes();
    double partM2 = 0;
    for (UseClass c : classes) {
      partM2 += switch (c) {
        case PRINCIPAL_INDUSTRIAL -> areas.principalIndustrialM2();
        case OTHER_INDUSTRIAL -> areas.otherIndustrialM2();
        case LIVING_AMENITY -> areas.livingAmenityM2();
      };
    }
    double totalM2 = areas.aboveGroundM2().getAsDouble();
    double share = partM2 / totalM2;
    double max = limit.max();
    String what = limit.what();
    String whatEn = limit.whatEn();
    String sharePercent = Numbers.percent(share, context.tolerance(), max);
    if (context.atMost(share, max)) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              what + "占地上建筑面积 " + sharePercent + "，不超过 " + limit.maxPercent() + "。",
              whatEn + " take " + sharePercent + " of above-ground floor area, within "
                  + limit.maxPercent() + "."))
          .withMeasure(share, max, "share")
          .withParameters(p);
    }
    RemedyOption cut = RemedyOption.of(RemedyOption.Kind.REDUCE_FLOOR_AREA, classes,
        Numbers.tenthAtLeast((partM2 - max * totalM2) / (1 - max)));
    RemedyOption add = RemedyOption.of(RemedyOption.Kind.ADD_FLOOR_AREA, ImmutableList.of(UseClass.PRINCIPAL_INDUSTRIAL),
        Numbers.tenthAtLeast(partM2 / max - totalM2));
    return RuleResult.of(this, Verdict.NON_COMPLIANT, LocalizedText.of(
            what + "占地上建筑面积 " + sharePercent + "，超过 " + limit.maxPercent() + "。",
            whatEn + " take " + sharePercent + " of above-ground floor area, more than "
                + limit.maxPercent() + "."))
        .withMeasure(share, max, "share")
        .withRemedy(LocalizedText.of(
            "减少" + what + "建筑面积 " + Numbers.area(cut.amount()) + "，或增加主导产业建筑面积 "
                + Numbers.area(add.amount()) + "。",
            "Cut " + whatEn.toLowerCase(java.util.Locale.ROOT) + " floor area by " + Numbers.area(cut.amount())
                + ", or add " + Numbers.area(add.amount()) + " of principal industrial floor area."),
            ImmutableList.of(cut, add))
        .withParameters(p);
  }

  private static ImmutableList<UseClass> classes(Parameters p) {
    return p.texts("useClasses").stream().map(UseClass::valueOf).collect(ImmutableList.toImmutableList());
  }

  private static String describe(ImmutableList<UseClass> classes, String language) {
    StringBuilder out = new StringBuilder();
    for (UseClass c : classes) {
      if (out.length() > 0) {
        out.append("zh".equals(language) ? "与" : " and ");
      }
      out.append(switch (c) {
        case PRINCIPAL_INDUSTRIAL -> "zh".equals(language) ? "主导产业用途" : "Principal industrial uses";
        case OTHER_INDUSTRIAL -> "zh".equals(language) ? "其他产业用途" : "Other industrial uses";
        case LIVING_AMENITY -> "zh".equals(language) ? "生活配套设施" : (out.length() > 0 ? "living amenities" : "Living amenities");
      });
    }
    return out.toString();
  }
}
