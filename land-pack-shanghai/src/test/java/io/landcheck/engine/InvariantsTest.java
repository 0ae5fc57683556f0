package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.CHECKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What holds for every parcel")
class InvariantsTest {

  private static final List<Parcel> PARCELS =
      TestParcels.varied(600).stream().filter(p -> CHECKER.check(p).verdict() != Verdict.ERROR).toList();

  @Test
  @DisplayName("underground floor area changes no rule's result")
  void undergroundChangesNothing() {
    assertThat(PARCELS).hasSizeGreaterThan(400);
    for (Parcel parcel : PARCELS) {
      List<RuleResult> without = CHECKER.check(parcel.toBuilder().undergroundFloorAreaM2(0).build()).results();
      List<RuleResult> with = CHECKER.check(parcel.toBuilder().undergroundFloorAreaM2(123_456.7).build()).results();
      assertThat(with).as(parcel.id()).isEqualTo(without);
    }
  }

  @Test
  @DisplayName("the overall verdict is the worst of the rules' verdicts")
  void verdictIsWorst() {
    for (Parcel parcel : PARCELS) {
      Report report = CHECKER.check(parcel);
      Verdict worst = report.results().stream().map(RuleResult::verdict).reduce(Verdict.NOT_APPLICABLE, Verdict::worst);
      assertThat(report.verdict()).as(parcel.id()).isEqualTo(worst);
    }
  }

  @Test
  @DisplayName("rooftop greening is never a failure nor a request for data")
  void rooftopNeverFails() {
    for (Parcel parcel : PARCELS) {
      assertThat(CHECKER.check(parcel).result(Rules.ROOFTOP_GREENING).orElseThrow().verdict()).as(parcel.id())
          .isIn(Verdict.COMPLIANT, Verdict.NOT_APPLICABLE);
    }
  }

  @Test
  @DisplayName("every non-compliant plot-ratio or mixed-use result comes with a remedy")
  void failuresHaveRemedies() {
    int seen = 0;
    for (Parcel parcel : PARCELS) {
      for (RuleResult r : CHECKER.check(parcel).resultsWith(Verdict.NON_COMPLIANT)) {
        if (r.ruleId().equals(Rules.PLOT_RATIO_MINIMUM) || r.ruleId().equals(Rules.MIXED_USE_AMENITY)
            || r.ruleId().equals(Rules.MIXED_USE_ANCILLARY) || r.ruleId().equals(Rules.PLOT_RATIO_CAP)) {
          assertThat(r.remedy()).as(parcel.id() + " " + r.ruleId()).isPresent();
          seen++;
        }
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  @DisplayName("every remedy of the bundled rules comes with options whose areas are the text's figures, in order")
  void remediesHaveOptionsMatchingTheText() {
    int seen = 0;
    for (Parcel parcel : PARCELS) {
      for (RuleResult r : CHECKER.check(parcel).results()) {
        if (r.remedy().isEmpty()) {
          assertThat(r.remedyOptions()).as(parcel.id() + " " + r.ruleId()).isEmpty();
          continue;
        }
        assertThat(r.remedyOptions()).as(parcel.id() + " " + r.ruleId()).isNotEmpty();
        assertThat(RemedyFigures.areasM2(r)).as(parcel.id() + " " + r.ruleId()).isEqualTo(r.remedyOptions().stream()
            .filter(o -> o.unit().equals("m2")).map(RemedyOption::amount).toList());
        seen++;
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  @DisplayName("every measured result lies on the side of its limit that its verdict says")
  void measuredAgreesWithVerdict() {
    double tolerance = ShanghaiPacks.shanghai2021().tolerance();
    for (Parcel parcel : PARCELS) {
      for (RuleResult r : CHECKER.check(parcel).results()) {
        if (r.measured().isEmpty() || r.ruleId().equals(Rules.LEASE_TERM)) {
          continue;
        }
        double measured = r.measured().getAsDouble();
        double limit = r.limit().getAsDouble();
        boolean isFloor = r.ruleId().equals(Rules.PLOT_RATIO_MINIMUM);
        boolean within = isFloor ? measured >= limit - tolerance : measured <= limit + tolerance;
        assertThat(r.verdict()).as(parcel.id() + " " + r.ruleId())
            .isEqualTo(within ? Verdict.COMPLIANT : Verdict.NON_COMPLIANT);
      }
    }
  }
}
