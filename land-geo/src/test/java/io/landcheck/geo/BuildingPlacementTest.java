package io.landcheck.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Issue 16, point 2: buildings without a parcel_id placed by location. Parcel A is the square 0–100 m × 0–100 m, parcel
 * B the square 100–200 m beside it (10,000 m² each); every building is three storeys of 4.5 m.
 */
@DisplayName("buildings placed on parcels by location")
class BuildingPlacementTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final LocalDate ON = LocalDate.of(2024, 6, 1);

  private static Polygon box(double x0, double y0, double x1, double y1) {
    return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
        new Coordinate(x0, y1), new Coordinate(x0, y0)});
  }

  private static GeoParcel parcel(String id, Polygon boundary, Building... buildings) {
    Parcel facts = Parcel.builder(id).landUse(LandUse.INDUSTRIAL).singleUse(true).tenure(LandTenure.NEW)
        .lease(LocalDate.of(2023, 1, 1), 20).build();
    return GeoParcel.of(facts, boundary, List.of(buildings), id);
  }

  private static Building building(String id, Polygon footprint) {
    List<Storey> storeys = new ArrayList<>();
    for (int level = 1; level <= 3; level++) {
      storeys.add(Storey.above(level, 4.5, "生产"));
    }
    return Building.of(id, footprint, storeys);
  }

  private static final List<GeoParcel> PARK = List.of(parcel("A", box(0, 0, 100, 100)),
      parcel("B", box(100, 0, 200, 100)));

  private static double counted(GeoParcel p) {
    Measured m = Measurement.of(ShanghaiPacks.shanghai2021()).measure(p, ON);
    return m.trace().plotRatioFloorAreaM2();
  }

  @Test
  @DisplayName("a building wholly on one parcel goes to it, nothing outside")
  void wholly() {
    BuildingPlacement.Placed placed = BuildingPlacement.place(PARK, List.of(building("b1", box(60, 10, 80, 30))), false);

    BuildingPlacement.Placement p = placed.placements().get(0);
    assertThat(p.parcelId()).hasValue("A");
    assertThat(p.outsideM2()).isZero();
    assertThat(placed.parcels().get(0).buildings()).extracting(Building::id).containsExactly("b1");
    assertThat(placed.parcels().get(1).buildings()).isEmpty();
  }

  @Test
  @DisplayName("a building across two parcels goes to the one holding the larger part; the share outside is reported")
  void largestPart() {
    // 90–130 m: 10 m × 20 m = 200 m² on A, 30 m × 20 m = 600 m² on B
    BuildingPlacement.Placed placed = BuildingPlacement.place(PARK, List.of(building("b2", box(90, 10, 130, 30))), false);

    BuildingPlacement.Placement p = placed.placements().get(0);
    assertThat(p.parcelId()).hasValue("B");
    assertThat(p.footprintM2()).isCloseTo(800, within(1e-9));
    assertThat(p.insideM2()).isCloseTo(600, within(1e-9));
    assertThat(p.outsideM2()).isCloseTo(200, within(1e-9));
    assertThat(p.outsideShare()).isCloseTo(0.25, within(1e-12));
    assertThat(p.alsoOn()).isEmpty();
    // B counts its 600 m² three times; the 200 m² on A are counted nowhere
    assertThat(counted(placed.parcels().get(1))).isCloseTo(1_800, within(1e-6));
    assertThat(placed.parcels().get(0).buildings()).isEmpty();
  }

  @Test
  @DisplayName("split across parcels, each parcel counts its own part and no floor area is lost")
  void split() {
    BuildingPlacement.Placed placed = BuildingPlacement.place(PARK, List.of(building("b2", box(90, 10, 130, 30))), true);

    BuildingPlacement.Placement p = placed.placements().get(0);
    assertThat(p.parcelId()).hasValue("B");
    assertThat(p.alsoOn()).containsExactly("A");
    assertThat(counted(placed.parcels().get(0))).isCloseTo(600, within(1e-6));
    assertThat(counted(placed.parcels().get(1))).isCloseTo(1_800, within(1e-6));
  }

  @Test
  @DisplayName("on a tie the building goes to the parcel given first")
  void tie() {
    BuildingPlacement.Placed placed = BuildingPlacement.place(PARK, List.of(building("b4", box(95, 0, 105, 10))), false);

    assertThat(placed.placements().get(0).parcelId()).hasValue("A");
    assertThat(placed.placements().get(0).outsideShare()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  @DisplayName("a building on no parcel is placed nowhere, saying that no parcel holds any of it")
  void nowhere() {
    BuildingPlacement.Placed placed = BuildingPlacement.place(PARK, List.of(building("b3", box(300, 0, 310, 10))), true);

    BuildingPlacement.Placement p = placed.placements().get(0);
    assertThat(p.parcelId()).isEmpty();
    assertThat(p.problem()).contains(new BuildingPlacement.Problem(BuildingPlacement.Reason.ON_NO_PARCEL,
        Optional.empty()));
    assertThat(placed.parcels()).allSatisfy(g -> assertThat(g.buildings()).isEmpty());
  }

  @Test
  @DisplayName("a building whose id the chosen parcel already uses is placed nowhere, naming that parcel")
  void idTaken() {
    List<GeoParcel> park = List.of(parcel("A", box(0, 0, 100, 100), building("b1", box(10, 10, 20, 20))));

    BuildingPlacement.Placed placed = BuildingPlacement.place(park, List.of(building("b1", box(50, 50, 60, 60))), false);

    assertThat(placed.placements().get(0).problem()).contains(new BuildingPlacement.Problem(
        BuildingPlacement.Reason.ID_TAKEN, Optional.of("A")));
    assertThat(placed.parcels().get(0).buildings()).hasSize(1);
  }

  @Test
  @DisplayName("a self-intersecting footprint is placed nowhere, saying its footprint is not valid")
  void invalidFootprint() {
    Polygon bowtie = GF.createPolygon(new Coordinate[] {new Coordinate(10, 10), new Coordinate(20, 20),
        new Coordinate(20, 10), new Coordinate(10, 20), new Coordinate(10, 10)});

    BuildingPlacement.Placed placed = BuildingPlacement.place(PARK, List.of(building("bx", bowtie)), false);

    assertThat(placed.placements().get(0).problem()).contains(new BuildingPlacement.Problem(
        BuildingPlacement.Reason.INVALID_FOOTPRINT, Optional.empty()));
  }

  @Test
  @DisplayName("the parcel in the way is named for a building whose id it uses, and only then")
  void problemNamesTheParcelOnlyForATakenId() {
    assertThatThrownBy(() -> new BuildingPlacement.Problem(BuildingPlacement.Reason.ID_TAKEN, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ID_TAKEN");
    assertThatThrownBy(() -> new BuildingPlacement.Problem(BuildingPlacement.Reason.ON_NO_PARCEL, Optional.of("A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ON_NO_PARCEL");
  }
}
