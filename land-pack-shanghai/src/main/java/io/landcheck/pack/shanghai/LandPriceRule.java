package io.landcheck.pack.shanghai;

import io.landcheck.engine.RemedyConstraints;
import io.landcheck.engine.RuleContext;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.Intensification;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import java.util.List;

/**
 * 沪府规〔2021〕9号 五(二): 存量工业用地经批准提高容积率和增加地下空间的,不再增收土地价款。
 *
 * <p>An approved plot-ratio increase or added underground space on existing land of the pack's {@code landUses} owes
 * no additional land price: verdict {@link Verdict#COMPLIANT}, determination {@code NOT_DUE}. The same change on new
 * land, or on another land use, falls outside the exemption: {@link Verdict#NOT_APPLICABLE}, determination
 * {@code DUE} (the ordinary land-price rules apply). A change that is not approved, or that raises nothing, is not
 * judged. A missing tenure or land use is named only where it could change the determination: new land owes the
 * price whatever its land use.
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

  /** None: the land price is determined by the tenure, the land use and the approval, not by floor areas or term. */
  @Override
  public java.util.Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    return java.util.Optional.of(RemedyConstraints.none());
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
    List<LandTenure> tenures = parcel.tenure().map(List::of).orElse(List.of(LandTenure.values()));
    List<LandUse> landUses = List.copyOf(context.possibleLandUses());
    return Completions.over(this, Completions.Fact.TENURE, tenures, t -> t.name() + "（" + t.zh() + "）",
        tenure -> Completions.over(this, Completions.Fact.LAND_USE, landUses, LandUse::code,
            landUse -> judge(p, change, tenure, landUse.code())));
  }

  /** The determination for an approved change if the land is of {@code tenure} and {@code landUse}. */
  private RuleResult judge(Parameters p, Intensification change, LandTenure tenure, String landUse) {
    boolean exempt = tenure == LandTenure.EXISTING && p.texts("landUses").contains(landUse);
    if (exempt) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              "存量工业用地经批准" + what(change, "zh") + "，不再增收土地价款。",
              "Approved " + what(change, "en") + " on existing industrial land: no additional land price is due."))
          .withDetermination(NOT_DUE)
          .withParameters(p);
    }
    return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
            "本条免收土地价款只适用于存量" + String.join("、", p.texts("landUses")) + "用地；本宗地为"
                + tenure + " " + landUse + "，按一般规定计收土地价款。",
            "The exemption covers only existing land of " + String.join(", ", p.texts("landUses")) + "; this parcel is "
                + tenure + " " + landUse + ", so the ordinary land-price rules apply."))
        .withDetermination(DUE)
        .withParameters(p);
  }

  private static String what(Intensification change, String language) {
    boolean zh = "zh".equals(language);
    if (change.raisesPlotRatio() && change.addsUnderground()) {
      return zh ? "提高容积率并增加地下空间" : "plot-ratio increase and added underground space";
    }
    if (change.raisesPlotRatio()) {
      // to as many decimals as show the increase, so that a small one is not written as none
      String[] ratios = Numbers.ratiosApart(change.plotRatioBefore(), change.plotRatioAfter());
      String before = ratios[0];
      String after = ratios[1];
      return zh ? "提高容积率（" + before + " → " + after + "）" : "plot-ratio increase (" + before + " → " + after + ")";
    }
    return zh ? "增加地下空间" : "added underground space";
  }
}
