package io.landcheck.rules;

import io.landcheck.Citation;
import io.landcheck.FloorAreaSummary;
import io.landcheck.LocalizedText;
import io.landcheck.Parameters;
import io.landcheck.Parcel;
import io.landcheck.RemedyOption;
import io.landcheck.RuleContext;
import io.landcheck.RuleId;
import io.landcheck.RuleResult;
import io.landcheck.Verdict;
import java.util.OptionalDouble;

/**
 * 沪府规〔2021〕9号 五(二): 工业用地容积率可以2.0以上,通用类研发用地容积率可以3.0以上 (a permissive clause; the bundled pack
 * reads its numbers as floors, {@code minimumByLandUse}, which a bureau may change or drop).
 *
 * <p>容积率 (plot ratio) is above-ground floor area counted in the plot ratio (计容建筑面积,
 * {@link FloorAreaSummary#plotRatioFloorAreaM2()}: a storey taller than the pack's {@code tallStoreyM} counts double)
 * over site area; underground floor area never counts. The remedy's added area is 计容建筑面积 too. The floor for each land use is the map parameter {@code minimumByLandUse}; a land use
 * not in the map is not judged. The bound is inclusive, within the pack's tolerance.
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
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    Parameters p = context.parameters().orElseThrow();
    if (parcel.landUse().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA,
          LocalizedText.of("缺少用地性质（landUse）。", "The land use (landUse) is missing."));
    }
    String landUse = parcel.landUse().get().code();
    OptionalDouble minimum = p.numberFor("minimumByLandUse", landUse);
    if (minimum.isEmpty()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "用地性质 " + landUse + " 没有容积率下限。", "Land use " + landUse + " has no plot-ratio floor."));
    }
    FloorAreaSummary areas = context.floorAreas();
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
    String ratioText = Numbers.ratio(ratio);
    String floorText = Numbers.ratio(floor);
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
