package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.model.RecordError;
import io.landcheck.geo.Building;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.geo.GeoParcel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Buildings without parcel_id placed by location, from files GDAL made (scripts/make-location-fixtures): parcels P-1
 * and P-2 side by side; B-1 (no parcel_id) straddles them, B-2 (no parcel_id) stands on P-2, B-3 (no parcel_id) on no
 * parcel, B-4 names P-2 but stands on P-1. The expected areas are GDAL's (reference-areas.csv, SpatiaLite's
 * ST_Area(ST_Intersection(...))).
 */
@DisplayName("Buildings without parcel_id placed on parcels by location")
class AssignBuildingsTest {

  private static final Path DIR = Path.of("src/test/resources/fixtures/by-location");

  /** GDAL's area of each building's footprint on each parcel: "B-1 P-1" → m². */
  private static Map<String, Double> reference() throws IOException {
    Map<String, Double> out = new HashMap<>();
    List<String> lines = Files.readAllLines(DIR.resolve("reference-areas.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      out.put(f[0] + " " + f[1], f[3].isEmpty() ? 0 : Double.parseDouble(f[3]));
      out.put(f[0], Double.parseDouble(f[2]));
    }
    return out;
  }

  private static List<SourceRecord> read(String input, ReadOptions.BuildingAssignment how) throws IOException {
    return read(input, how, 0);
  }

  private static List<SourceRecord> read(String input, ReadOptions.BuildingAssignment how, int readerThreads)
      throws IOException {
    ReadOptions options = ReadOptions.defaults().withBuildingAssignment(how).withReaderThreads(readerThreads);
    try (ParcelSource source = ParcelSources.open(DIR.resolve(input), options)) {
      return source.records().toList();
    }
  }

  private static GeoParcel parcel(List<SourceRecord> records, String id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().parcel().orElseThrow();
  }

  private static List<String> buildingIds(GeoParcel p) {
    return p.buildings().stream().map(Building::id).sorted().toList();
  }

  private static Optional<RecordError> warning(GeoParcel p, RecordError.Code code, String building) {
    return p.readWarnings().stream().filter(w -> w.code() == code && w.message().contains("building " + building + " "))
        .findFirst();
  }

  private static Measured measured(GeoParcel p) {
    return Measurement.of(ShanghaiPacks.shanghai2021()).measure(p, LocalDate.of(2024, 5, 20));
  }

  private static double floorAreaM2(Measured m) {
    return m.facts().orElseThrow().aboveGroundFloorAreaM2().values().stream().mapToDouble(Double::doubleValue).sum();
  }

  @Nested
  @DisplayName("by location (largest share)")
  class Largest {

    @Test
    @DisplayName("a building across two parcels goes to the one holding 70% of it, with its two storeys")
    void straddlingToLargestShare() throws IOException {
      List<SourceRecord> records = read("park.gpkg", ReadOptions.BuildingAssignment.BY_LOCATION);

      GeoParcel p1 = parcel(records, "P-1");
      assertThat(buildingIds(p1)).containsExactly("B-1");
      assertThat(p1.buildings().get(0).storeys()).hasSize(2);
      assertThat(buildingIds(parcel(records, "P-2"))).containsExactly("B-2", "B-4");
    }

    @Test
    @DisplayName("the parcel's warning gives the share on it and the share outside (GDAL: 1,400 and 600 of 2,000 m²)")
    void shareOutsideReported() throws IOException {
      Map<String, Double> gdal = reference();
      double outside = gdal.get("B-1") - gdal.get("B-1 P-1");
      String expectedOutside = String.format(java.util.Locale.ROOT, "%.1f%% (%.2f m²) outside it",
          100 * outside / gdal.get("B-1"), outside);

      RecordError w = warning(parcel(read("park.gpkg", ReadOptions.BuildingAssignment.BY_LOCATION), "P-1"),
          RecordError.Code.ASSIGNED_BY_LOCATION, "B-1").orElseThrow();

      assertThat(w.message()).contains("70.0% of its 2000.00 m² footprint lies on it").contains(expectedOutside);
      assertThat(expectedOutside).isEqualTo("30.0% (600.00 m²) outside it");
      assertThat(w.field()).isEqualTo("buildings[B-1]");
    }

    @Test
    @DisplayName("measurement counts the part on the parcel: two storeys of GDAL's 1,400 m² are 2,800 m²")
    void measuredOnItsParcel() throws IOException {
      double expected = 2 * reference().get("B-1 P-1");

      Measured m = measured(parcel(read("park.gpkg", ReadOptions.BuildingAssignment.BY_LOCATION), "P-1"));

      assertThat(floorAreaM2(m)).isCloseTo(expected, within(1e-6));
      assertThat(m.warnings()).extracting(RecordError::code).contains(RecordError.Code.ASSIGNED_BY_LOCATION,
          RecordError.Code.OUTSIDE_PARCEL);
    }

    @Test
    @DisplayName("a building on no parcel is an error record of its own, naming it; every record is still there")
    void unplacedIsAnErrorRecord() throws IOException {
      List<SourceRecord> records = read("park.gpkg", ReadOptions.BuildingAssignment.BY_LOCATION);

      assertThat(records).hasSize(3);
      SourceRecord b3 = records.get(2);
      assertThat(b3.isParcel()).isFalse();
      assertThat(b3.errors()).singleElement().satisfies(e -> {
        assertThat(e.code()).isEqualTo(RecordError.Code.BUILDING_UNPLACED);
        assertThat(e.message()).contains("building B-3").contains("no parcel holds any part of its footprint")
            .contains("with its storey");
      });
    }

    @Test
    @DisplayName("a building whose parcel_id names a parcel it does not stand on stays there, with a warning")
    void disagreeingParcelId() throws IOException {
      GeoParcel p2 = parcel(read("park.gpkg", ReadOptions.BuildingAssignment.BY_LOCATION), "P-2");

      RecordError w = warning(p2, RecordError.Code.PARCEL_ID_DISAGREES, "B-4").orElseThrow();
      assertThat(w.message()).contains("which holds 0.0% of its footprint, but parcel P-1 holds 100.0%");
      assertThat(buildingIds(p2)).contains("B-4");
    }
  }

  @Test
  @DisplayName("split: the straddling building is measured per parcel, GDAL's 1,400 m² on P-1 and 600 m² on P-2")
  void splitMeasuresEachPart() throws IOException {
    Map<String, Double> gdal = reference();
    List<SourceRecord> records = read("park.gpkg", ReadOptions.BuildingAssignment.BY_LOCATION_SPLIT);

    GeoParcel p1 = parcel(records, "P-1");
    GeoParcel p2 = parcel(records, "P-2");

    assertThat(buildingIds(p2)).containsExactly("B-1", "B-2", "B-4");
    assertThat(floorAreaM2(measured(p1))).isCloseTo(2 * gdal.get("B-1 P-1"), within(1e-6));
    // B-1's two storeys on P-2, B-2's one; B-4 stands wholly outside P-2 and counts nothing
    assertThat(floorAreaM2(measured(p2))).isCloseTo(2 * gdal.get("B-1 P-2") + gdal.get("B-2 P-2"), within(1e-6));
    assertThat(warning(p2, RecordError.Code.ASSIGNED_BY_LOCATION, "B-1").orElseThrow().message())
        .contains("30.0% of its 2000.00 m² footprint lies on it").contains("the others: P-1");
  }

  @Test
  @DisplayName("by id (the default), buildings without parcel_id are one error record, as before")
  void byIdKeepsTheOrphanRecord() throws IOException {
    List<SourceRecord> records = read("park.gpkg", ReadOptions.BuildingAssignment.BY_ID);

    assertThat(records).hasSize(3);
    assertThat(records.get(2).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("3 buildings and 4 storeys have no parcel_id"));
    assertThat(parcel(records, "P-1").buildings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"shp-gbk", "geojson", "shp-gbk-renamed", "geojson-renamed"})
  @DisplayName("a GBK Shapefile directory and a GeoJSON directory, named as the roles or not, give what the GeoPackage "
      + "gives")
  void sameFromEveryFormat(String input) throws IOException {
    for (ReadOptions.BuildingAssignment how : ReadOptions.BuildingAssignment.values()) {
      assertThat(summary(read(input, how))).as(input + " " + how).isEqualTo(summary(read("park.gpkg", how)));
    }
  }

  /** Per record: its buildings, the codes of its warnings and errors, its floor area; in record order. */
  private static List<String> summary(List<SourceRecord> records) {
    List<String> out = new ArrayList<>();
    for (SourceRecord r : records) {
      if (r.isParcel()) {
        GeoParcel p = r.parcel().get();
        Map<String, String> warnings = new TreeMap<>();
        p.readWarnings().forEach(w -> warnings.merge(w.code() + " " + w.field(),
            w.message().replaceAll("\\(([^)]*[#:][^)]*)\\)", "(…)"), String::concat));
        out.add(p.id() + " " + buildingIds(p) + " " + warnings + " "
            + String.format(java.util.Locale.ROOT, "%.6f", floorAreaM2(measured(p))));
      } else {
        out.add("error " + r.errors().stream().map(e -> e.code() + " " + e.message()
            .replaceAll("\\(([^)]*[#:][^)]*)\\)", "(…)")).toList());
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"footprints.gpkg", "footprints-geojson"})
  @DisplayName("a footprint layer with no parcel_id column at all is placed by location, its storeys with it")
  void footprintLayerWithoutParcelIdColumn(String input) throws IOException {
    List<SourceRecord> records = read(input, ReadOptions.BuildingAssignment.BY_LOCATION);

    assertThat(buildingIds(parcel(records, "P-1"))).containsExactly("B-1");
    assertThat(buildingIds(parcel(records, "P-2"))).containsExactly("B-2");
    assertThat(parcel(records, "P-1").buildings().get(0).storeys()).hasSize(2);
    assertThat(records).hasSize(3);
    assertThat(records.get(2).errors()).extracting(RecordError::code)
        .containsExactly(RecordError.Code.BUILDING_UNPLACED);
  }

  @Test
  @DisplayName("two files of a directory with the buildings' fields are an error naming both and --layer")
  void ambiguousLayersNamed(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    for (String name : List.of("zd", "jz", "lc")) {
      Files.copy(DIR.resolve("geojson-renamed/" + name + ".geojson"), dir.resolve(name + ".geojson"));
    }
    Files.copy(DIR.resolve("geojson-renamed/jz.geojson"), dir.resolve("jz2.geojson"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParcelSources.open(dir, ReadOptions.defaults()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("[jz.geojson, jz2.geojson]")
        .hasMessageContaining("--layer buildings=NAME");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"park.gpkg", "footprints.gpkg"})
  @DisplayName("a GeoPackage read ahead on two threads of its own gives what one thread gives")
  void sameOnReaderThreads(String input) throws IOException {
    for (ReadOptions.BuildingAssignment how : ReadOptions.BuildingAssignment.values()) {
      assertThat(summary(read(input, how, 2))).as(input + " " + how).isEqualTo(summary(read(input, how, 0)));
    }
  }

  @Test
  @DisplayName("buildings placed on a parcel count toward its limit: P-2's own B-4 and placed B-2 pass a limit of 1")
  void placedBuildingsCountTowardTheLimit() throws IOException {
    ReadOptions options = ReadOptions.defaults().withReaderThreads(0)
        .withBuildingAssignment(ReadOptions.BuildingAssignment.BY_LOCATION)
        .withLimits(ReadLimits.defaults().withMaxBuildings(1));
    List<SourceRecord> records;
    try (ParcelSource source = ParcelSources.open(DIR.resolve("park.gpkg"), options)) {
      records = source.records().toList();
    }

    assertThat(buildingIds(parcel(records, "P-1"))).containsExactly("B-1");
    assertThat(records.get(1).errors()).extracting(RecordError::code).containsExactly(RecordError.Code.TOO_LARGE);
    assertThat(records.get(1).errors().get(0).message()).contains("parcel P-2 has 2 buildings");
  }
}
