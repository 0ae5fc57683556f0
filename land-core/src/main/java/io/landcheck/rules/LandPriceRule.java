package io.landcheck.rules;

import io.landcheck.Citation;
import io.landcheck.Intensification;
import io.landcheck.LandTenure;
import io.landcheck.LocalizedText;
import io.landcheck.Parameters;
import io.landcheck.Parcel;
import io.landcheck.RuleContext;
import io.landcheck.RuleId;
import io.landcheck.RuleResult;
import io.landcheck.Verdict;

/**
 * 沪府规〔2021〕9号 五(二): 存量工业用地经批准提高容积率和增加地下空间的,不再增收土地价款。
 *
 * <p>An approved plot-ratio increase or added underground space on existing land of the pack's {@code landUses} owes
 * no additional land price: verdict {@link Verdict#COMPLIANT}, determination {@code NOT_DUE}. The same change on new
 * land, or on another land use, falls outside the exemption: {@link Verdict#NOT_APPLICABLE}, determination
 * {@code DUE} (the ordinary land-price rules apply). A change that is not approved, or that raises nothing, is not
 * judged.
 */
final class LandPriceRule extends PackRule {

  static final String DUE = "DUE";
  static final String NOT_DUE = "NOT_DUE";

  LandPriceRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  @Override
  public void validate(Parameters p) {
    p.texts("landUses");
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    Parameters p = context.parameters().orElseThrow();
    if (parcel.intensification().isEmpty()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "未申报提高容积率或增加地下空间。", "No plot-ratio increase or added underground space is declared."));
    }
    Intensification change = parcel.intensification().get();
    if (!change.raisesPlotRatio() && !change.addsUnderground()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "申报的变更既未提高容积率，也未增加地下空间。",
          "The declared change neither raises the plot ratio nor adds underground space."));
    }
    if (!change.approved()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "提高容积率或增加地下空间尚未经批准；本条只适用于经批准的变更。",
          "The increase is not approved; the exemption applies only to approved changes."));
    }
    if (parcel.tenure().isEmpty() || parcel.landUse().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of(
          "需要用地性质（landUse）和新增/存量（tenure）才能判断是否免收土地价款。",
          "The land use (landUse) and whether the land is new or existing (tenure) are needed to judge the"
              + " exemption."));
    }
    String landUse = parcel.landUse().get().code();
    boolean exempt = parcel.tenure().get() == LandTenure.EXISTING && p.texts("landUses").contains(landUse);
    if (exempt) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              "存量工业用地经批准" + what(change, "zh") + "，不再增收土地价款。",
              "Approved " + what(change, "en") + " on existing industrial land: no additional land price is due."))
          .withDetermination(NOT_DUE)
          .withParameters(p);
    }
    return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
            "本条免收土地价款只适用于存量" + String.join("、", p.texts("landUses")) + "用地；本宗地为"
                + parcel.tenure().get() + " " + landUse + "，按一般规定计收土地价款。",
            "The exemption covers only existing land of " + String.join(", ", p.texts("landUses")) + "; this parcel is "
                + parcel.tenure().get() + " " + landUse + ", so the ordinary land-price rules apply."))
        .withDetermination(DUE)
        .withParameters(p);
  }

  private static String what(Intensification change, String language) {
    boolean zh = "zh".equals(language);
    if (change.raisesPlotRatio() && change.addsUnderground()) {
      return zh ? "提高容积率并增加地下空间" : "plot-ratio increase and added underground space";
    }
    if (change.raisesPlotRatio()) {
      return zh ? "提高容积率（" + Numbers.ratio(change.plotRatioBefore()) + " → " + Numbers.ratio(change.plotRatioAfter()) + "）"
          : "plot-ratio increase (" + Numbers.ratio(change.plotRatioBefore()) + " → " + Numbers.ratio(change.plotRatioAfter()) + ")";
    }
    return zh ? "增加地下空间" : "added underground space";
  }
}
