package io.landcheck.pack.shanghai;

import io.landcheck.engine.RemedyConstraints;
import io.landcheck.engine.RuleContext;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;

/**
 * 沪府规〔2021〕9号 五(四): 鼓励园区内的建设项目实施屋顶绿化。
 *
 * <p>Rooftop greening is encouraged, never required: this rule only informs. It is {@link Verdict#COMPLIANT} where
 * rooftop greening is declared and {@link Verdict#NOT_APPLICABLE} (with the encouragement) where it is not; it never
 * fails a parcel.
 */
final class RooftopGreeningRule extends PackRule {

  RooftopGreeningRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  /** None: rooftop greening never fails a parcel. */
  @Override
  public java.util.Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    return java.util.Optional.of(RemedyConstraints.none());
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    var rooftop = context.parcel().rooftopGreenAreaM2();
    if (rooftop.isPresent() && rooftop.getAsDouble() > 0) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
          "已有屋顶绿化 " + Numbers.area(rooftop.getAsDouble(), 0) + "（鼓励性条款）。",
          "Rooftop greening of " + Numbers.area(rooftop.getAsDouble(), 0) + " is provided (encouraged, not required)."));
    }
    return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
        "未申报屋顶绿化；政策鼓励屋顶绿化，但不作要求。",
        "No rooftop greening is declared; the policy encourages it but does not require it."));
  }
}
