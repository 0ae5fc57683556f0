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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * 沪府规〔2021〕9号 五(二): 工业用地容积率可以2.0以上,通用类研发用地容积率可以3.0以上 (a permissive clause; the bundled pack
 * reads its numbers as floors, {@code minimumByLandUse}, which a bureau may change or drop).
 *
 * <p>容积率 (plot ratio) is above-ground floor area counted in the plot ratio (计容建筑面积,
 * {@link FloorAreaSummary#plotRatioFloorAreaM2()}: a storey taller than the pack's {@code tallStoreyM} counts double)
 * over site area; underground floor area never counts. The remedy's added area is 计容建筑面积 too. The floor for each land use is the map parameter {@code minimumByLandUse}; a land use
 * not in the map is not judged. The bound is inclusive, within the pack's tolerance.
 *
 * <p>A parcel without a land use is judged on every land use it may have, and a missing fact is named only where it
 * could change the verdict: a plot ratio above every floor complies whatever the land use, and a parcel with no floor
 * area counted has a plot ratio of 0 whatever its site area.
 */
final class PlotRatioMinimumRule extends PackRule {

  PlotRatioMinimumRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  @Override
  public void validate(Parameters p) {
    p.numberFor("minimumByLandUse", "");
    // Every floor must be a positive number now, or the pack would fail in the middle of a batch.
    for (Object landUse : ((java.util.Map<?, ?>) p.values().get("minimumByLandUse")).keySet()) {
      double floor = p.numberFor("minimumByLandUse", (String) landUse).getAsDouble();
      if (!(floor > 0 && Double.isFinite(floor))) {
        throw new IllegalArgumentException(
            p.owner() + ": parameter minimumByLandUse." + landUse + " must be a number > 0, was " + floor);
      }
    }
  }

  @Override
  public List<Double> limits(RuleContext context, String unit) {
    if (!"ratio".equals(unit) || context.parameters().isEmpty()) {
      return ImmutableList.of();
    }
    Parameters p = context.parameters().get();
    ImmutableList.Builder<Double> floors = ImmutableList.builder();
    for (LandUse landUse : context.possibleLandUses()) {
      p.numberFor("minimumByLandUse", landUse.code()).ifPresent(floors::add);
    }
    return floors.build();
  }

  /**
   * The floor as a condition on the change in floor area counted in the plot ratio (计容建筑面积): the changes of every
   * use class together must add at least {@code floor × siteAreaM2 − plotRatioFloorAreaM2}. None on a land use without
   * a floor; empty when the land use, the site area or the floor area is not given.
   */
  @Override
  public Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    Parcel parcel = context.parcel();
    FloorAreaSummary areas = context.floorAreas();
    if (parcel.landUse().isEmpty() || context.parameters().isEmpty()) {
      return Optional.empty();
    }
    OptionalDouble minimum = context.parameters().get().numberFor("minimumByLandUse", parcel.landUse().get().code());
    if (minimum.isEmpty()) {
      return Optional.of(RemedyConstraints.none());
    }
    if (areas.siteAreaM2().isEmpty() || areas.plotRatioFloorAreaM2().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RemedyConstraints.of(FloorAreaConstraint.sumAtLeast(EnumSet.allOf(UseClass.class),
        minimum.getAsDouble() * areas.siteAreaM2().getAsDouble() - areas.plotRatioFloorAreaM2().getAsDouble())));
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    if (parcel.landUse().isEmpty()) {
      // Tried on the highest floor first, so that a verdict the same on every land use is given against it.
      Parameters p = context.parameters().orElseThrow();
      List<LandUse> landUses = context.possibleLandUses().stream()
          .sorted(Comparator.comparingDouble(
              (LandUse u) -> p.numberFor("minimumByLandUse", u.code()).orElse(Double.NEGATIVE_INFINITY)).reversed())
          .toList();
      return Completions.over(this, Completions.Fact.LAND_USE, landUses, LandUse::code,
          landUse -> judge(context, landUse.code(), context.floorAreasOn(landUse)));
    }
    return judge(context, parcel.landUse().get().code(), context.floorAreas());
  }

  /** The verdict on the parcel if its land use is {@code landUse}, with its floor areas classified on it. */
  private RuleResult judge(RuleContext context, String landUse, FloorAreaSummary areas) {
    Parameters p = context.parameters().orElseThrow();
    OptionalDouble minimum = p.numberFor("minimumByLandUse", landUse);
    if (minimum.isEmpty()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "用地性质 " + landUse + " 没有容积率下限。", "Land use " + landUse + " has no plot-ratio floor."));
    }
    boolean noFloorArea =
        areas.plotRatioFloorAreaM2().isPresent() && areas.plotRatioFloorAreaM2().getAsDouble() == 0;
    if (areas.siteAreaM2().isEmpty() && noFloorArea) {
      // No floor area counts: the plot ratio is 0, below any floor, whatever the site area.
      String floorText = Numbers.limitRatio(minimum.getAsDouble());
      return RuleResult.of(this, Verdict.NON_COMPLIANT, LocalizedText.of(
              "没有地上计容建筑面积，无论用地面积多少，容积率均为 0，低于下限 " + floorText + "。",
              "No above-ground floor area counts in the plot ratio, so whatever the site area the plot ratio is 0,"
                  + " below the floor of " + floorText + "."))
          .withMeasure(0, minimum.getAsDouble(), "ratio")
          .withParameters(p);
    }
    if (areas.siteAreaM2().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA,
          LocalizedText.of("缺少用地面积（siteAreaM2）。", "The site area (siteAreaM2) is missing."));
    }
    if (areas.plotRatioFloorAreaM2().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of(
          "缺少地上计容建筑面积（aboveGroundFloorAreaM2）。",
          "The above-ground floor area (aboveGroundFloorAreaM2) is missing."));
    }
    double floor = minimum.getAsDouble();
    double ratio = areas.plotRatio().getAsDouble();
    String ratioText = Numbers.ratio(ratio, context.tolerance(), floor);
    String floorText = Numbers.limitRatio(floor);
    if (context.atLeast(ratio, floor)) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              "容积率 " + ratioText + "，不低于 " + floorText + "。",
              "Plot ratio " + ratioText + " is at least " + floorText + "."))
          .withMeasure(ratio, floor, "ratio")
          .withParameters(p);
    }
    double siteAreaM2 = areas.siteAreaM2().getAsDouble();
    RemedyOption add = RemedyOption.of(RemedyOption.Kind.ADD_FLOOR_AREA, java.util.List.of(),
        Numbers.tenthAtLeast(floor * siteAreaM2 - areas.plotRatioFloorAreaM2().getAsDouble()));
    return RuleResult.of(this, Verdict.NON_COMPLIANT, LocalizedText.of(
            "容积率 " + ratioText + "，低于下限 " + floorText + "。",
            "Plot ratio " + ratioText + " is below the floor of " + floorText + "."))
        .withMeasure(ratio, floor, "ratio")
        .withRemedy(LocalizedText.of(
            "增加地上计容建筑面积至少 " + Numbers.area(add.amount()) + "（地下面积不计入容积率）。",
            "Add at least " + Numbers.area(add.amount())
                + " of above-ground floor area (underground floor area does not count)."),
            java.util.List.of(add))
        .withParameters(p);
  }
}
