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
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The plot ratio must not exceed the upper limit in the parcel's planning conditions (规划条件容积率上限). The
 * policy raises the floor (五(二)); the cap is set parcel by parcel, so this rule has no pack numbers: it reads the
 * parcel's {@link Parcel#approvedPlotRatioCap()}. The bound is inclusive, within the pack's tolerance. The plot ratio
 * and the remedy's area are 计容建筑面积 ({@link FloorAreaSummary#plotRatioFloorAreaM2()}: a storey taller than the
 * pack's {@code tallStoreyM} counts double). A parcel with no floor area counted complies whatever its site area.
 */
final class PlotRatioCapRule extends PackRule {

  PlotRatioCapRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  @Override
  public List<Double> limits(RuleContext context, String unit) {
    OptionalDouble cap = context.parcel().approvedPlotRatioCap();
    return "ratio".equals(unit) && cap.isPresent() ? ImmutableList.of(cap.getAsDouble()) : ImmutableList.of();
  }

  /**
   * The cap as a condition on the change in floor area counted in the plot ratio (计容建筑面积): the changes of every
   * use class together must add at most {@code cap × siteAreaM2 − plotRatioFloorAreaM2} (a negative bound is a cut).
   * None without a cap; empty when the site area or the floor area is not given.
   */
  @Override
  public Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    OptionalDouble cap = context.parcel().approvedPlotRatioCap();
    FloorAreaSummary areas = context.floorAreas();
    if (cap.isEmpty()) {
      return Optional.of(RemedyConstraints.none());
    }
    if (areas.siteAreaM2().isEmpty() || areas.plotRatioFloorAreaM2().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RemedyConstraints.of(FloorAreaConstraint.sumAtMost(EnumSet.allOf(UseClass.class),
        cap.getAsDouble() * areas.siteAreaM2().getAsDouble() - areas.plotRatioFloorAreaM2().getAsDouble())));
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    if (parcel.approvedPlotRatioCap().isEmpty()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "规划条件未给出容积率上限。", "The planning conditions give no plot-ratio cap."));
    }
    FloorAreaSummary areas = context.floorAreas();
    if (areas.siteAreaM2().isEmpty() && areas.plotRatioFloorAreaM2().isPresent()
        && areas.plotRatioFloorAreaM2().getAsDouble() == 0) {
      // No floor area counts: the plot ratio is 0, within any cap, whatever the site area.
      String capText = Numbers.limitRatio(parcel.approvedPlotRatioCap().getAsDouble());
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              "没有地上计容建筑面积，无论用地面积多少，容积率均为 0，不超过规划条件上限 " + capText + "。",
              "No above-ground floor area counts in the plot ratio, so whatever the site area the plot ratio is 0,"
                  + " within the approved cap of " + capText + "."))
          .withMeasure(0, parcel.approvedPlotRatioCap().getAsDouble(), "ratio");
    }
    if (areas.plotRatio().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of(
          "缺少用地面积或地上计容建筑面积，无法计算容积率。",
          "The site area or the above-ground floor area is missing, so the plot ratio cannot be computed."));
    }
    double cap = parcel.approvedPlotRatioCap().getAsDouble();
    double ratio = areas.plotRatio().getAsDouble();
    String ratioText = Numbers.ratio(ratio, context.tolerance(), cap);
    String capText = Numbers.limitRatio(cap);
    if (context.atMost(ratio, cap)) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              "容积率 " + ratioText + "，不超过规划条件上限 " + capText + "。",
              "Plot ratio " + ratioText + " is within the approved cap of " + capText + "."))
          .withMeasure(ratio, cap, "ratio");
    }
    RemedyOption cut = RemedyOption.of(RemedyOption.Kind.REDUCE_FLOOR_AREA, java.util.List.of(),
        Numbers.tenthAtLeast(areas.plotRatioFloorAreaM2().getAsDouble() - cap * areas.siteAreaM2().getAsDouble()));
    return RuleResult.of(this, Verdict.NON_COMPLIANT, LocalizedText.of(
            "容积率 " + ratioText + "，超过规划条件上限 " + capText + "。",
            "Plot ratio " + ratioText + " exceeds the approved cap of " + capText + "."))
        .withMeasure(ratio, cap, "ratio")
        .withRemedy(LocalizedText.of(
            "减少地上计容建筑面积至少 " + Numbers.area(cut.amount()) + "，或申请调整规划条件。",
            "Remove at least " + Numbers.area(cut.amount())
                + " of above-ground floor area, or apply to amend the planning conditions."),
            java.util.List.of(cut));
  }
}
