package io.landcheck.test;

import static io.landcheck.test.LandcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  private static final Checker CHECKER = Checker.of(PACK);

  @Test
  @DisplayName("a factory and a dormitory wing give floor area of footprint times storeys, by use code")
  void floorAreasFromBuildings() {
    Parcel p = Scenario.industrialParcel("P-1").siteAreaM2(10_000).factory(4, 4_500).dormitory(3, 800).build();
    assertThat(p.aboveGroundFloorAreaM2()).containsEntry("生产", 18_000.0).containsEntry("宿舍", 2_400.0);
    assertThat(p.siteAreaM2()).hasValue(10_000);
  }

  @Test
  @DisplayName("basements give underground floor area, which never counts in the plot ratio")
  void basementIsUnderground() {
    Parcel p = Scenario.industrialParcel("P-1").siteAreaM2(10_000).factory(4, 5_000).basement(2, 3_000).build();
    assertThat(p.undergroundFloorAreaM2()).isEqualTo(6_000.0);
    assertThat(CHECKER.check(p)).hasPlotRatio(2.0, within(1e-9));
  }

  @Test
  @DisplayName("defaults: single-use new industrial land, an ordinary project, the default application date, no lease")
  void defaults() {
    Parcel p = Scenario.industrialParcel("P-1").build();
    assertThat(p.landUse()).contains(LandUse.INDUSTRIAL);
    assertThat(p.singleUse()).contains(true);
    assertThat(p.tenure()).contains(LandTenure.NEW);
    assertThat(p.projectCategory()).isEqualTo(ProjectCategory.NONE);
    assertThat(p.applicationDate()).contains(Scenario.DEFAULT_APPLICATION_DATE);
    assertThat(p.lease()).isEmpty();
  }

  @Test
  @DisplayName("facts set on the scenario reach the parcel")
  void factsReachTheParcel() {
    Parcel p = Scenario.rdParcel("R-1").lease(50).appliedOn(LocalDate.of(2025, 5, 1))
        .project(ProjectCategory.MANUFACTURING_INNOVATION_CENTRE, RecognitionLevel.MUNICIPAL)
        .existingLand().singleUse(false).plotRatioCap(4.0).park("张江").district("浦东新区")
        .greenSpace(300, 100).rooftopGreenM2(500).build();
    assertThat(p.landUse()).contains(LandUse.GENERAL_RD);
    assertThat(p.lease()).hasValueSatisfying(l -> {
      assertThat(l.grantDate()).isEqualTo(LocalDate.of(2025, 5, 1));
      assertThat(l.termYears()).isEqualTo(50);
    });
    assertThat(p.recognitionLevel()).contains(RecognitionLevel.MUNICIPAL);
    assertThat(p.tenure()).contains(LandTenure.EXISTING);
    assertThat(p.singleUse()).contains(false);
    assertThat(p.approvedPlotRatioCap()).hasValue(4.0);
    assertThat(p.parkId()).contains("张江");
    assertThat(p.districtId()).contains("浦东新区");
    assertThat(p.greenSpace()).hasValueSatisfying(g -> assertThat(g.attachedGreenCutM2()).isEqualTo(300));
    assertThat(p.rooftopGreenAreaM2()).hasValue(500);
  }

  @Test
  @DisplayName("a typical scenario in five lines is checked as the policy says")
  void typicalScenario() {
    Parcel p = Scenario.industrialParcel("P-1")
        .siteAreaM2(10_000)
        .factory(4, 4_500)
        .dormitory(3, 1_200)
        .lease(20).build();
    // 3,600 m² of dormitory in 21,600 m²: 16.7% living amenities, above 五(二)'s 15%.
    assertThat(CHECKER.check(p)).isNonCompliant().violates(Rules.MIXED_USE_AMENITY).complies(Rules.LEASE_TERM);
  }

  @Test
  @DisplayName("with geometry, the parcel is a rectangle of the site area and the buildings lie inside it")
  void geometryIsLaidOut() {
    GeoParcel g = Scenario.industrialParcel("P-1").siteAreaM2(10_000).factory(4, 2_500).dormitory(3, 900).geoParcel();
    assertThat(g.boundary().getArea()).isCloseTo(10_000, within(1e-6));
    assertThat(g.buildings()).extracting(Building::id).containsExactly("B1", "B2");
    for (Building b : g.buildings()) {
      assertThat(g.boundary().contains(b.footprint())).as("building %s inside the parcel", b.id()).isTrue();
    }
    assertThat(g.buildings().get(0).footprint().intersects(g.buildings().get(1).footprint())).isFalse();
    assertThat(g.buildings().get(0).storeys()).hasSize(4);
    assertThat(g.facts().siteAreaM2()).isEmpty();
    assertThat(g.facts().aboveGroundFloorAreaM2()).isEmpty();
    assertThat(g.declaredSiteAreaM2()).hasValue(10_000);
  }

  @Test
  @DisplayName("measured from geometry, ordinary storeys give the same areas as without geometry")
  void measuredMatchesCounted() {
    Scenario s = Scenario.industrialParcel("P-1").siteAreaM2(10_000).factory(4, 4_000).dormitory(2, 900).basement(1, 1_000);
    Parcel counted = s.build();
    Parcel measured = s.buildMeasured(PACK);
    assertThat(measured.siteAreaM2().getAsDouble()).isCloseTo(counted.siteAreaM2().getAsDouble(), within(1e-6));
    assertThat(measured.aboveGroundFloorAreaM2().get("生产")).isCloseTo(16_000, within(1e-6));
    assertThat(measured.aboveGroundFloorAreaM2().get("宿舍")).isCloseTo(1_800, within(1e-6));
    assertThat(measured.undergroundFloorAreaM2()).isCloseTo(counted.undergroundFloorAreaM2(), within(1e-6));
  }

  @Test
  @DisplayName("measured from geometry, a storey taller than the pack's threshold counts more than its footprint")
  void tallStoreyCountsMoreWhenMeasured() {
    Scenario s = Scenario.industrialParcel("P-1").siteAreaM2(10_000).building("生产", 1, 4_000, 9.0).lease(20);
    Measured m = s.measure(Measurement.of(PACK));
    assertThat(m.errors()).isEmpty();
    assertThat(m.facts().orElseThrow().aboveGroundFloorAreaM2().get("生产")).isGreaterThan(4_000);
  }

  @Test
  @DisplayName("build() refuses a storey height it cannot honour without geometry")
  void buildRefusesStoreyHeight() {
    assertThatThrownBy(() -> Scenario.industrialParcel("P-1").siteAreaM2(10_000).building("生产", 1, 4_000, 9.0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("building B1 has a storey height of 9.0 m");
  }

  @Test
  @DisplayName("buildings that do not fit on the site are refused, naming the building")
  void buildingsMustFit() {
    assertThatThrownBy(() -> Scenario.industrialParcel("P-1").siteAreaM2(1_000).factory(2, 2_000).geoParcel())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("building B1 (2000.0 m² footprint) does not fit on a site of 31.6 × 31.6 m");
  }

  @Test
  @DisplayName("an impossible figure is refused naming the builder, the field and the parcel")
  void badFigures() {
    assertThatThrownBy(() -> Scenario.industrialParcel("P-1").siteAreaM2(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario.siteAreaM2 must be > 0, was -5.0 (parcel P-1)");
  }
}
