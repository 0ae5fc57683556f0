package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.Verdict;
import com.google.common.collect.ImmutableList;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.Building;
import io.landcheck.geo.BuildingPlacement;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.geo.io.SourceRecord;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Issue 16, point 2, in Java: the result-layer fixture park's buildings taken off their parcels (as a bureau's
 * footprint layer without parcel ids), placed back by location, give every parcel the verdict and plot ratio it has
 * when the buildings name their parcels; a footprint on no parcel is an ERROR row, not dropped.
 */
@DisplayName("buildings placed by location, checked as a batch")
class BuildingsByLocationTest {

  private static final BatchChecker CHECKER = BatchChecker.of(Fixtures.PACK).onDate(LocalDate.of(2024, 6, 1));

  private static List<GeoParcel> parcels() throws IOException {
    try (ParcelSource s = ParcelSources.open(Fixtures.resource("layers/results-park.gpkg"), ReadOptions.defaults())) {
      return s.records().map(SourceRecord::parcel).flatMap(Optional::stream).toList();
    }
  }

  private static Map<String, BatchRow> byId(List<BatchRow> rows) {
    Map<String, BatchRow> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put(r.parcelId(), r));
    return out;
  }

  @Test
  @DisplayName("placed by location, each parcel gets the verdict and plot ratio its parcel_ids give it")
  void sameVerdictsAsWithParcelIds() throws IOException {
    List<GeoParcel> withIds = parcels();
    List<GeoParcel> bare = new ArrayList<>();
    List<Building> footprints = new ArrayList<>();
    for (GeoParcel p : withIds) {
      footprints.addAll(p.buildings());
      bare.add(new GeoParcel(p.id(), p.boundary(), List.of(), p.facts(), p.declaredSiteAreaM2(), p.locator(),
          Optional.empty(), List.of()));
    }
    GeometryFactory gf = new GeometryFactory();
    footprints.add(Building.of("far", gf.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0),
        new Coordinate(10, 10), new Coordinate(0, 10), new Coordinate(0, 0)}), List.of(Storey.above(1, 4.5, "生产"))));

    BuildingPlacement.Placed placed = BuildingPlacement.place(bare, footprints, false);
    Fixtures.Collecting byLocation = new Fixtures.Collecting();
    try (BatchInput in = BatchInput.ofPlaced(placed, "footprints")) {
      CHECKER.run(in, byLocation);
    }
    Fixtures.Collecting byId = Fixtures.check(CHECKER, "layers/results-park.gpkg");

    Map<String, BatchRow> located = byId(byLocation.rows);
    for (BatchRow expected : byId.rows) {
      if (expected.parcel().isPresent()) {
        BatchRow got = located.get(expected.parcelId());
        assertThat(got.verdict()).as(expected.parcelId()).isEqualTo(expected.verdict());
        assertThat(got.report().plotRatio()).as(expected.parcelId()).isEqualTo(expected.report().plotRatio());
      }
    }
    assertThat(located.get("R-2").verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    BatchRow far = byLocation.rows.get(byLocation.rows.size() - 1);
    assertThat(far.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(far.report().errors().get(0).message()).contains("building far").contains("no parcel holds");
    assertThat(placed.placements()).filteredOn(p -> p.buildingId().equals("B1"))
        .extracting(p -> p.parcelId().orElseThrow()).containsExactly("R-1", "R-2", "R-5");
  }

  @Test
  @DisplayName("placed in Java, a footprint on no parcel is a BUILDING_UNPLACED row told in Chinese under zh and in"
      + " English under en, and counted as unplaced")
  void unplacedInJavaInBothLanguages() throws IOException {
    List<GeoParcel> bare = new ArrayList<>();
    for (GeoParcel p : parcels()) {
      bare.add(new GeoParcel(p.id(), p.boundary(), List.of(), p.facts(), p.declaredSiteAreaM2(), p.locator(),
          Optional.empty(), List.of()));
    }
    GeometryFactory gf = new GeometryFactory();
    Building far = Building.of("far", gf.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0),
        new Coordinate(10, 10), new Coordinate(0, 10), new Coordinate(0, 0)}), List.of(Storey.above(1, 4.5, "生产")));

    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput in = BatchInput.ofPlaced(BuildingPlacement.place(bare, List.of(far), false), "footprints")) {
      CHECKER.run(in, c);
    }

    BatchRow row = c.rows.get(c.rows.size() - 1);
    assertThat(row.parcelId()).isEqualTo("footprints:buildings#1");
    assertThat(row.report().errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(io.landcheck.model.RecordError.Code.BUILDING_UNPLACED);
      assertThat(e.field()).isEqualTo("parcel_id");
      assertThat(e.message("zh")).isEqualTo("建筑 far 无 parcel_id，未归属任何地块：其基底不在任何地块内");
      assertThat(e.message("en"))
          .isEqualTo("building far has no parcel_id and is placed on no parcel: no parcel holds any part of its footprint");
    });
    assertThat(c.summary.buildingsUnplaced()).isEqualTo(1);
  }

  @Test
  @DisplayName("each reason a building was placed on no parcel is told in Chinese and in English, naming the building")
  void everyReasonInBothLanguages() throws IOException {
    List<BuildingPlacement.Placement> nowhere = List.of(
        unplaced("bx", BuildingPlacement.Reason.INVALID_FOOTPRINT, Optional.empty()),
        unplaced("b1", BuildingPlacement.Reason.ID_TAKEN, Optional.of("A")));

    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput in = BatchInput.ofPlaced(new BuildingPlacement.Placed(List.of(), nowhere), "footprints")) {
      CHECKER.run(in, c);
    }

    assertThat(c.rows).flatExtracting(r -> r.report().errors()).satisfiesExactly(
        e -> {
          assertThat(e.recordId()).isEqualTo("bx");
          assertThat(e.message("zh")).isEqualTo("建筑 bx 无 parcel_id，未归属任何地块：其基底不是有效的多边形，无法判断其所在地块");
          assertThat(e.message("en")).isEqualTo("building bx has no parcel_id and is placed on no parcel: its footprint "
              + "is not a valid polygon, so the parcel holding it cannot be told");
        },
        e -> {
          assertThat(e.recordId()).isEqualTo("b1");
          assertThat(e.message("zh")).isEqualTo("建筑 b1 无 parcel_id，未归属任何地块：含其基底最大部分的地块 A 已有建筑 b1");
          assertThat(e.message("en")).isEqualTo("building b1 has no parcel_id and is placed on no parcel: parcel A, "
              + "which holds the largest part of its footprint, has a building b1 already");
        });
  }

  private static BuildingPlacement.Placement unplaced(String id, BuildingPlacement.Reason reason,
      Optional<String> parcelInTheWay) {
    return new BuildingPlacement.Placement(id, Optional.empty(), List.of(), 100, 0,
        Optional.of(new BuildingPlacement.Problem(reason, parcelInTheWay)));
  }

  /** land-gis's by-location fixture (scripts/make-location-fixtures), read as {@code how} says, checked as a batch. */
  private static Fixtures.Collecting byLocationPark(ReadOptions.BuildingAssignment how) throws IOException {
    Fixtures.Collecting c = new Fixtures.Collecting();
    try (BatchInput in = BatchInput.open(List.of(java.nio.file.Path.of(
        "../land-gis/src/test/resources/fixtures/by-location/park.gpkg")),
        ReadOptions.defaults().withPack(Fixtures.PACK).withBuildingAssignment(how))) {
      CHECKER.run(in, c);
    }
    return c;
  }

  @Test
  @DisplayName("read by location, the summary counts the buildings placed (2) and placed on no parcel (1)")
  void summaryCountsPlacedAndUnplaced() throws IOException {
    BatchSummary s = byLocationPark(ReadOptions.BuildingAssignment.BY_LOCATION).summary;

    assertThat(s.buildingsByLocation()).isEqualTo(2);
    assertThat(s.buildingsUnplaced()).isEqualTo(1);
    assertThat(s.errors()).isEqualTo(1);
  }

  @Test
  @DisplayName("split, the building across two parcels counts on each: 3 placements")
  void summaryCountsSplitOnEachParcel() throws IOException {
    assertThat(byLocationPark(ReadOptions.BuildingAssignment.BY_LOCATION_SPLIT).summary.buildingsByLocation())
        .isEqualTo(3);
  }

  @Test
  @DisplayName("read by id, nothing is counted by location and the buildings without parcel_id are one error row")
  void byIdCountsNothing() throws IOException {
    Fixtures.Collecting c = byLocationPark(ReadOptions.BuildingAssignment.BY_ID);

    assertThat(c.summary.buildingsByLocation()).isZero();
    assertThat(c.summary.buildingsUnplaced()).isZero();
    assertThat(c.rows.get(2).report().errors()).extracting(io.landcheck.model.RecordError::code)
        .containsExactly(io.landcheck.model.RecordError.Code.MISSING_VALUE);
  }

  @Test
  @DisplayName("the building placed on no parcel is an ERROR row with its code, the parcels judged with the warning")
  void unplacedRowAndMarkedParcel() throws IOException {
    List<BatchRow> rows = byLocationPark(ReadOptions.BuildingAssignment.BY_LOCATION).rows;

    assertThat(rows.get(2).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(rows.get(2).report().errors()).extracting(io.landcheck.model.RecordError::code)
        .containsExactly(io.landcheck.model.RecordError.Code.BUILDING_UNPLACED);
    assertThat(rows.get(0).warnings()).extracting(io.landcheck.model.RecordError::code)
        .contains(io.landcheck.model.RecordError.Code.ASSIGNED_BY_LOCATION);
  }
}
