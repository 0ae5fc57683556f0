package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.FloorAreaConstraint.Relation;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each built-in rule states its own conditions on floor-area and term changes (Rule.remedyConstraints)")
class RemedyConstraintsTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  /**
   * The counter-example: 10,000 m² of single-use industrial land, 16,900 m² of 生产 (principal) and 3,800 m²
   * of 宿舍 (living amenity), 20,700 m² above ground.
   */
  private static final Parcel PARCEL =
      industrial("CE").clearFloorAreas().floorAreaM2("生产", 16_900).floorAreaM2("宿舍", 3_800).build();

  private static final FloorAreaSummary AREAS = new FloorAreaSummary(OptionalDouble.of(10_000),
      OptionalDouble.of(20_700), OptionalDouble.of(20_700), 16_900, 0, 3_800, 0);

  private static Optional<RemedyConstraints> of(Parcel parcel, FloorAreaSummary areas, RuleId id) {
    Rule rule = PACK.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    return rule.remedyConstraints(new RuleContext(parcel, areas, APPLIED, PACK.versions(id), PACK.tolerance()));
  }

  private static FloorAreaConstraint only(RuleId id) {
    RemedyConstraints c = of(PARCEL, AREAS, id).orElseThrow();
    assertThat(c.floorAreas()).hasSize(1);
    assertThat(c.maxLeaseTermYears()).isEmpty();
    return c.floorAreas().get(0);
  }

  @Test
  @DisplayName("plot-ratio floor 2.0: every class together may lose at most 700 m² (ΔP + ΔO + ΔA ≥ 20,000 − 20,700)")
  void plotRatioFloor() {
    assertThat(only(Rules.PLOT_RATIO_MINIMUM)).isEqualTo(new FloorAreaConstraint(1, 1, 1, Relation.AT_LEAST, -700));
  }

  @Test
  @DisplayName("plot-ratio cap 2.5: every class together may gain at most 4,300 m² (25,000 − 20,700)")
  void plotRatioCap() {
    Parcel capped = PARCEL.toBuilder().approvedPlotRatioCap(2.5).build();
    FloorAreaConstraint c = of(capped, AREAS, Rules.PLOT_RATIO_CAP).orElseThrow().floorAreas().get(0);
    assertThat(c).isEqualTo(new FloorAreaConstraint(1, 1, 1, Relation.AT_MOST, 4_300));
    assertThat(of(PARCEL, AREAS, Rules.PLOT_RATIO_CAP)).contains(RemedyConstraints.none());
  }

  @Test
  @DisplayName("amenities at most 15 %: 0.85 ΔA − 0.15 (ΔP + ΔO) ≤ 0.15 × 20,700 − 3,800 = −695")
  void amenityShare() {
    FloorAreaConstraint c = only(Rules.MIXED_USE_AMENITY);
    assertThat(c.relation()).isEqualTo(Relation.AT_MOST);
    assertThat(c.principal()).isCloseTo(-0.15, within(1e-12));
    assertThat(c.otherIndustrial()).isCloseTo(-0.15, within(1e-12));
    assertThat(c.livingAmenity()).isCloseTo(0.85, within(1e-12));
    assertThat(c.boundM2()).isCloseTo(-695, within(1e-9));
    // cutting 817.65 m² of amenities alone meets it exactly (the rule's own option, 817.7 m², rounded up)
    assertThat(c.holdsFor(0, 0, -817.7)).isTrue();
    assertThat(c.holdsFor(0, 0, -817.6)).isFalse();
  }

  @Test
  @DisplayName("other uses and amenities at most 30 %: 0.7 (ΔO + ΔA) − 0.3 ΔP ≤ 0.3 × 20,700 − 3,800 = 2,410")
  void ancillaryShare() {
    FloorAreaConstraint c = only(Rules.MIXED_USE_ANCILLARY);
    assertThat(c.principal()).isCloseTo(-0.3, within(1e-12));
    assertThat(c.otherIndustrial()).isCloseTo(0.7, within(1e-12));
    assertThat(c.livingAmenity()).isCloseTo(0.7, within(1e-12));
    assertThat(c.boundM2()).isCloseTo(2_410, within(1e-9));
  }

  @Test
  @DisplayName("the mixed-use shares set nothing on land that is not single-use, and cannot say without single use")
  void sharesOnlyOnSingleUse() {
    assertThat(of(PARCEL.toBuilder().singleUse(false).build(), AREAS, Rules.MIXED_USE_AMENITY))
        .contains(RemedyConstraints.none());
    Parcel unknown = new Parcel(PARCEL.id(), PARCEL.landUse(), Optional.empty(), PARCEL.projectCategory(),
        PARCEL.recognitionLevel(), PARCEL.lease(), PARCEL.tenure(), PARCEL.siteAreaM2(),
        PARCEL.aboveGroundFloorAreaM2(), PARCEL.plotRatioFloorAreaM2(), 0, OptionalDouble.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(),
        PARCEL.applicationDate());
    assertThat(of(unknown, AREAS, Rules.MIXED_USE_AMENITY)).isEmpty();
  }

  @Test
  @DisplayName("lease term: 20 years for an ordinary project, 50 for a municipal strategic key project")
  void leaseTerm() {
    assertThat(of(PARCEL, AREAS, Rules.LEASE_TERM)).contains(RemedyConstraints.leaseTermAtMost(20));
    Parcel key = PARCEL.toBuilder().project(ProjectCategory.MUNICIPAL_STRATEGIC_KEY, RecognitionLevel.MUNICIPAL)
        .build();
    assertThat(of(key, AREAS, Rules.LEASE_TERM)).contains(RemedyConstraints.leaseTermAtMost(50));
    // a 30-year lease whose project's level is not given: the level decides, so no condition can be stated
    Parcel unknownLevel = PARCEL.toBuilder().projectCategory(ProjectCategory.MUNICIPAL_STRATEGIC_KEY)
        .lease(APPLIED, 30).build();
    assertThat(of(unknownLevel, AREAS, Rules.LEASE_TERM)).isEmpty();
  }

  @Test
  @DisplayName("land price, split transfer and rooftop greening depend on no floor area or term")
  void noLever() {
    for (RuleId id : new RuleId[] {Rules.LAND_PRICE, Rules.SPLIT_TRANSFER, Rules.ROOFTOP_GREENING}) {
      assertThat(of(PARCEL, AREAS, id)).as("%s", id).contains(RemedyConstraints.none());
    }
    assertThat(RemedyConstraints.none().setsNone()).isTrue();
  }

  @Test
  @DisplayName("a rule of the caller's own states nothing unless it says so")
  void customRuleDefault() {
    Rule own = new Rule() {
      @Override
      public RuleId id() {
        return RuleId.of("own");
      }

      @Override
      public Citation citation() {
        return PACK.rules().get(0).citation();
      }

      @Override
      public RuleResult evaluate(RuleContext context) {
        return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of("合规", "complies"));
      }
    };
    assertThat(own.remedyConstraints(new RuleContext(PARCEL, AREAS, APPLIED, PACK.versions(Rules.LEASE_TERM), 0)))
        .isEmpty();
  }
}
