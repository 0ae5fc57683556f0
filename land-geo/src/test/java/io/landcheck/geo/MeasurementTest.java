package io.landcheck.geo;

import static io.landcheck.geo.Shapes.bowTie;
import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.multi;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static io.landcheck.geo.Shapes.rectWithHoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.MeasurementTrace.StoreyLine;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class MeasurementTest {

  static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  /** A measurement of its own for each test: a shared one would keep its measurers and their texts between tests. */
  final Measurement measurement = Measurement.of(PACK);

  /** A 100 m × 100 m parcel (10 000 m²) with one 20 m × 30 m building (600 m²) with the given storeys. */
  static GeoParcel squareWith(Storey... storeys) {
    return parcel("P1", rect(0, 0, 100, 100), building("B1", rect(10, 10, 30, 40), storeys));
  }

  static Parcel factsOf(Measured m) {
    assertThat(m.errors()).isEmpty();
    return m.facts().orElseThrow();
  }

  @Nested
  @DisplayName("storey height thresholds")
  class Thresholds {

    @ParameterizedTest(name = "a {0} m storey of a 600 m² building counts {1} m²")
    @DisplayName("full height from 2.20 m, half below it")
    @CsvSource({"2.19, 300", "2.20, 600", "2.21, 600"})
    void fullHeightThreshold(double heightM, double expectedM2) {
      Measured m = measurement.measure(squareWith(Storey.above(1, heightM, "生产")));
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(expectedM2, within(1e-9));
    }

    @ParameterizedTest(name = "a {0} m storey of a 600 m² building counts {1} m² in the plot ratio (计容建筑面积)")
    @DisplayName("in the plot ratio too, full height from 2.20 m and half below it")
    @CsvSource({"2.19, 300", "2.20, 600", "2.21, 600"})
    void fullHeightThresholdInPlotRatio(double heightM, double expectedM2) {
      Measured m = measurement.measure(squareWith(Storey.above(1, heightM, "生产")));
      assertThat(factsOf(m).plotRatioFloorAreaM2().getAsDouble()).isCloseTo(expectedM2, within(1e-9));
    }

    @ParameterizedTest(name = "a {0} m basement under a 600 m² building counts {1} m² underground (地下建筑面积)")
    @DisplayName("below ground too, full height from 2.20 m and half below it")
    @CsvSource({"2.19, 300", "2.20, 600", "2.21, 600"})
    void fullHeightThresholdUnderground(double heightM, double expectedM2) {
      Measured m = measurement.measure(squareWith(Storey.above(1, 4, "生产"), Storey.below(1, heightM, "仓储")));
      assertThat(factsOf(m).undergroundFloorAreaM2()).isCloseTo(expectedM2, within(1e-9));
    }

    @ParameterizedTest(name = "a {0} m storey of a 600 m² building counts {1} m² in the plot ratio, 600 m² by use")
    @DisplayName("double in the plot ratio only above 8 m, and never in the floor area by use")
    @CsvSource({"7.99, 600", "8.00, 600", "8.01, 1200"})
    void tallStoreyThreshold(double heightM, double expectedM2) {
      Measured m = measurement.measure(squareWith(Storey.above(1, heightM, "生产")));
      assertThat(factsOf(m).plotRatioFloorAreaM2().getAsDouble()).isCloseTo(expectedM2, within(1e-9));
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(600, within(1e-9));
    }

    @Test
    @DisplayName("thresholds and factors are read from the pack, not fixed in code")
    void thresholdsComeFromThePack(@TempDir Path dir) throws IOException {
      String json;
      try (var in = Objects.requireNonNull(
          PolicyPack.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json"))) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Path file = dir.resolve("pack.json");
      Files.writeString(file, json.replace("\"fullHeightStoreyM\": 2.2", "\"fullHeightStoreyM\": 2.5")
          .replace("\"lowStoreyFactor\": 0.5", "\"lowStoreyFactor\": 0.25"));
      Measurement custom = Measurement.of(PolicyPacks.load(file));

      Measured m = custom.measure(squareWith(Storey.above(1, 2.4, "生产")));

      // 600 m² × 0.25
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(150, within(1e-9));
    }
  }

  @Nested
  @DisplayName("site area")
  class SiteArea {

    @Test
    @DisplayName("the site area is the boundary polygon's area")
    void siteArea() {
      assertThat(factsOf(measurement.measure(squareWith(Storey.above(1, 4, "生产")))).siteAreaM2().getAsDouble())
          .isCloseTo(10_000, within(1e-9));
    }

    @Test
    @DisplayName("holes in a parcel are not site area")
    void holesExcluded() {
      // 100 × 100 minus a 20 × 20 hole = 10 000 - 400
      GeoParcel p = parcel("P1", rectWithHoles(0, 0, 100, 100, new double[] {40, 40, 60, 60}),
          building("B1", rect(0, 0, 10, 10), Storey.above(1, 4, "生产")));
      assertThat(factsOf(measurement.measure(p)).siteAreaM2().getAsDouble()).isCloseTo(9_600, within(1e-9));
    }

    @Test
    @DisplayName("a building standing in a hole of the parcel is not counted")
    void buildingInHole() {
      GeoParcel p = parcel("P1", rectWithHoles(0, 0, 100, 100, new double[] {40, 40, 60, 60}),
          building("B1", rect(0, 0, 10, 10), Storey.above(1, 4, "生产")),
          building("B2", rect(45, 45, 55, 55), Storey.above(1, 4, "生产")));
      Measured m = measurement.measure(p);
      // only B1's 100 m² counts; B2 (100 m²) lies in the hole
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(100, within(1e-9));
      assertThat(m.warnings()).extracting(RecordError::field).contains("buildings[B2].footprint");
    }

    @Test
    @DisplayName("the parts of a multipolygon parcel add up, and so do their buildings")
    void multipolygonParcel() {
      // 50 × 100 = 5 000 and 60 × 50 = 3 000
      GeoParcel p = parcel("P1", multi(rect(0, 0, 50, 100), rect(200, 0, 260, 50)),
          building("B1", rect(10, 10, 20, 20), Storey.above(1, 4, "生产")),
          building("B2", rect(210, 10, 230, 20), Storey.above(1, 4, "生产")));
      Parcel facts = factsOf(measurement.measure(p));
      assertThat(facts.siteAreaM2().getAsDouble()).isCloseTo(8_000, within(1e-9));
      // 100 + 200
      assertThat(facts.aboveGroundFloorAreaM2().get("生产")).isCloseTo(300, within(1e-9));
    }

    @Test
    @DisplayName("a declared site area far from the measured one gives a warning and the measured one is used")
    void declaredSiteAreaMismatch() {
      GeoParcel p = squareWith(Storey.above(1, 4, "生产")).withDeclaredSiteAreaM2(10_100);
      Measured m = measurement.measure(p);
      assertThat(factsOf(m).siteAreaM2().getAsDouble()).isCloseTo(10_000, within(1e-9));
      assertThat(m.warnings()).singleElement().satisfies(w -> {
        assertThat(w.recordId()).isEqualTo("P1");
        assertThat(w.field()).isEqualTo("declaredSiteAreaM2");
        assertThat(w.message()).isEqualTo("the declared site area 10100.00 m² differs from the measured 10000.00 m²"
            + " by 1.00% (more than siteAreaTolerance 0.50%); the measured site area is used");
      });
    }

    @Test
    @DisplayName("a declared site area exactly at the tolerance, 0.5 % off, gives no warning")
    void declaredSiteAreaAtTheTolerance() {
      // 50 / 10 000 = 0.005, the pack's siteAreaTolerance
      Measured m = measurement.measure(squareWith(Storey.above(1, 4, "生产")).withDeclaredSiteAreaM2(10_050));
      assertThat(m.warnings()).isEmpty();
    }

    @Test
    @DisplayName("a declared site area within the tolerance gives no warning")
    void declaredSiteAreaClose() {
      // 0.4 % off, the pack allows 0.5 %
      Measured m = measurement.measure(squareWith(Storey.above(1, 4, "生产")).withDeclaredSiteAreaM2(10_040));
      assertThat(m.warnings()).isEmpty();
      assertThat(m.facts()).isPresent();
    }
  }

  @Nested
  @DisplayName("clipping to the parcel")
  class Clipping {

    @Test
    @DisplayName("a set-back storey of a building crossing the boundary is clipped on its own footprint")
    void setBackStoreyCrossing() {
      // building 20 × 30 = 600 m², 300 beyond x = 100; level 2 set back to 10 × 30 = 300 m², 150 beyond
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100), building("B1", rect(90, 10, 110, 40),
          Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(rect(95, 10, 105, 40))));
      Measured m = measurement.measure(p);

      StoreyLine ground = m.trace().lines().get(0);
      StoreyLine upper = m.trace().lines().get(1);
      assertThat(ground.footprintSource()).isEqualTo("building");
      assertThat(ground.insideM2()).isEqualTo(300.0);
      assertThat(ground.reason()).endsWith("×1; 300.00 m² outside the parcel not counted");
      assertThat(upper.footprintSource()).isEqualTo("storey");
      assertThat(upper.insideM2()).isEqualTo(150.0);
      assertThat(upper.outsideM2()).isEqualTo(150.0);
      assertThat(upper.reason()).endsWith("×1; 150.00 m² outside the parcel not counted");
      // 300 + 150
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isEqualTo(450.0);
    }

    @Test
    @DisplayName("storeys drawn on one set-back footprint, each as a copy of its own, are each clipped to the same area")
    void storeysSharingASetBackFootprint() {
      // building 20 × 30 = 600 m², 300 beyond x = 100; levels 2 to 4 each drawn as their own copy of the set-back
      // 10 × 30 = 300 m², 150 of it beyond x = 100
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100), building("B1", rect(90, 10, 110, 40),
          Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(rect(95, 10, 105, 40)),
          Storey.above(3, 4, "生产").withFootprint(rect(95, 10, 105, 40)),
          Storey.above(4, 4, "生产").withFootprint(rect(95, 10, 105, 40))));
      Measured m = measurement.measure(p);

      assertThat(m.trace().lines()).extracting(StoreyLine::footprintSource)
          .containsExactly("building", "storey", "storey", "storey");
      assertThat(m.trace().lines()).extracting(StoreyLine::footprintM2).containsExactly(600.0, 300.0, 300.0, 300.0);
      assertThat(m.trace().lines()).extracting(StoreyLine::insideM2).containsExactly(300.0, 150.0, 150.0, 150.0);
      assertThat(m.trace().lines()).extracting(StoreyLine::outsideM2).containsExactly(300.0, 150.0, 150.0, 150.0);
      // 300 + 3 × 150
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isEqualTo(750.0);
    }

    @Test
    @DisplayName("a storey drawn with a copy of its building's footprint is clipped as the building is")
    void storeyDrawnOnTheBuildingsFootprint() {
      // building 20 × 30 = 600 m², 300 beyond x = 100; level 2 drawn as the same rectangle
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100), building("B1", rect(90, 10, 110, 40),
          Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(rect(90, 10, 110, 40))));
      Measured m = measurement.measure(p);

      assertThat(m.errors()).isEmpty();
      StoreyLine upper = m.trace().lines().get(1);
      assertThat(upper.footprintSource()).isEqualTo("storey");
      assertThat(upper.insideM2()).isEqualTo(300.0);
      assertThat(upper.outsideM2()).isEqualTo(300.0);
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isEqualTo(600.0);
    }

    @Test
    @DisplayName("a storey set back differently from the storey below it is clipped on its own footprint")
    void storeyWithADifferentFootprint() {
      // building 20 × 30 = 600 m², 300 beyond x = 100; level 2: 10 × 30 = 300 m², 150 beyond; level 3: x 92 to 102,
      // 10 × 30 = 300 m², 2 × 30 = 60 beyond
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100), building("B1", rect(90, 10, 110, 40),
          Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(rect(95, 10, 105, 40)),
          Storey.above(3, 4, "生产").withFootprint(rect(92, 10, 102, 40))));
      Measured m = measurement.measure(p);

      assertThat(m.trace().lines()).extracting(StoreyLine::insideM2).containsExactly(300.0, 150.0, 240.0);
      assertThat(m.trace().lines()).extracting(StoreyLine::outsideM2).containsExactly(300.0, 150.0, 60.0);
      // 300 + 150 + 240
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isEqualTo(690.0);
    }

    @Test
    @DisplayName("storeys sharing a footprint that reaches beyond their building's are each named in an error")
    void storeysSharingAFootprintBeyondTheBuilding() {
      // building 20 × 30 on x 10 to 30; levels 2 and 3 drawn on x 20 to 40, 10 × 30 = 300 m² of it beyond
      GeoParcel p = squareWith(Storey.above(1, 4, "生产"),
          Storey.above(2, 4, "生产").withFootprint(rect(20, 10, 40, 40)),
          Storey.above(3, 4, "生产").withFootprint(rect(20, 10, 40, 40)));
      Measured m = measurement.measure(p);

      assertThat(m.errors()).extracting(RecordError::field).containsExactly(
          "storeys[building B1, level 2].footprint", "storeys[building B1, level 3].footprint");
      assertThat(m.errors()).allSatisfy(e -> assertThat(e.message()).contains("300.00 m² of it lies beyond"));
    }

    @Test
    @DisplayName("on an L-shaped parcel a building across the inner corner counts the three quarters inside")
    void lShapedParcel() {
      // the L: 100 × 100 less the quarter x > 50, y > 50 (7 500 m²); building 20 × 20 = 400 m² centred on the corner,
      // its quarter x > 50, y > 50 (100 m²) outside. A triangle of 20 × 20 / 2 = 200 m² lies wholly inside.
      Geometry l = Shapes.FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(100, 0),
          new Coordinate(100, 50), new Coordinate(50, 50), new Coordinate(50, 100), new Coordinate(0, 100),
          new Coordinate(0, 0)});
      Geometry triangle = Shapes.FACTORY.createPolygon(new Coordinate[] {new Coordinate(10, 10), new Coordinate(30, 10),
          new Coordinate(10, 30), new Coordinate(10, 10)});
      Measured m = measurement.measure(parcel("P1", l, building("B1", rect(40, 40, 60, 60), Storey.above(1, 4, "生产")),
          building("T", triangle, Storey.above(1, 4, "研发"))));

      assertThat(factsOf(m).siteAreaM2().getAsDouble()).isEqualTo(7_500.0);
      assertThat(m.trace().lines()).extracting(StoreyLine::insideM2).containsExactly(300.0, 200.0);
      assertThat(m.trace().lines()).extracting(StoreyLine::outsideM2).containsExactly(100.0, 0.0);
    }

    @Test
    @DisplayName("a building crossing the boundary is clipped and the area outside is reported")
    void crossingBuilding() {
      // 20 × 10 = 200 m², half of it beyond x = 100
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100), building("B1", rect(90, 0, 110, 10), Storey.above(1, 4, "生产")));
      Measured m = measurement.measure(p);
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(100, within(1e-9));
      assertThat(m.warnings()).singleElement().satisfies(w -> {
        assertThat(w.field()).isEqualTo("buildings[B1].footprint");
        assertThat(w.message()).contains("100.00 m² of its 200.00 m² footprint lies outside");
      });
      assertThat(m.trace().buildings()).singleElement().satisfies(b -> {
        assertThat(b.footprintM2()).isCloseTo(200, within(1e-9));
        assertThat(b.insideM2()).isCloseTo(100, within(1e-9));
        assertThat(b.outsideM2()).isCloseTo(100, within(1e-9));
      });
    }

    @Test
    @DisplayName("a storey with its own footprint (a setback) counts that footprint")
    void storeyFootprint() {
      // building 20 × 30 = 600; storey 2 set back to 10 × 30 = 300
      GeoParcel p = squareWith(Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(rect(10, 10, 20, 40)));
      assertThat(factsOf(measurement.measure(p)).aboveGroundFloorAreaM2().get("生产")).isCloseTo(900, within(1e-9));
    }
  }

  @Nested
  @DisplayName("use codes and underground")
  class UseCodes {

    @Test
    @DisplayName("floor areas are summed per use code, aliases under the pack's code")
    void perUseCode() {
      GeoParcel p = squareWith(Storey.above(1, 4, "厂房"), Storey.above(2, 4, "生产"), Storey.above(3, 4, "宿舍"));
      Parcel facts = factsOf(measurement.measure(p));
      assertThat(facts.aboveGroundFloorAreaM2()).containsOnlyKeys("生产", "宿舍");
      assertThat(facts.aboveGroundFloorAreaM2().get("生产")).isCloseTo(1_200, within(1e-9));
      assertThat(facts.aboveGroundFloorAreaM2().get("宿舍")).isCloseTo(600, within(1e-9));
    }

    @Test
    @DisplayName("underground storeys never count in the plot ratio, even tall ones")
    void undergroundNeverInPlotRatio() {
      GeoParcel p = squareWith(Storey.above(1, 4, "生产"), Storey.below(1, 3, "仓储"), Storey.below(2, 9, "仓储"));
      Parcel facts = factsOf(measurement.measure(p));
      assertThat(facts.totalAboveGroundFloorAreaM2().getAsDouble()).isCloseTo(600, within(1e-9));
      // two basements of 600 m², the 9 m one not doubled
      assertThat(facts.undergroundFloorAreaM2()).isCloseTo(1_200, within(1e-9));
      Report report = Checker.of(PACK).check(facts);
      // 600 / 10 000
      assertThat(report.plotRatio().getAsDouble()).isCloseTo(0.06, within(1e-12));
    }

    @Test
    @DisplayName("a low basement counts half in the underground floor area")
    void lowBasement() {
      Parcel facts = factsOf(measurement.measure(squareWith(Storey.above(1, 4, "生产"), Storey.below(1, 2.0, "仓储"))));
      assertThat(facts.undergroundFloorAreaM2()).isCloseTo(300, within(1e-9));
    }

    @Test
    @DisplayName("an unknown use code is passed on with a warning naming the storey, and the check reports it")
    void unknownUseCode() {
      Measured m = measurement.measure(squareWith(Storey.above(1, 4, "spaceport")));
      assertThat(m.warnings()).extracting(RecordError::field).containsExactly("storeys[building B1, level 1].use_code");
      Report report = Checker.of(PACK).check(factsOf(m));
      assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
      assertThat(report.errors()).extracting(RecordError::field).containsExactly("aboveGroundFloorAreaM2[spaceport]");
    }

    @Test
    @DisplayName("a parcel applied for before the pack took effect is measured with its first parameters, with a warning")
    void beforeThePack() {
      GeoParcel early = GeoParcel.of(Shapes.facts("P1").toBuilder().applicationDate(java.time.LocalDate.of(2019, 1, 1))
          .build(), rect(0, 0, 100, 100), java.util.List.of(building("B1", rect(10, 10, 30, 40),
          Storey.above(1, 4, "生产"))), "here");
      Measured m = measurement.measure(early);
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(600, within(1e-9));
      assertThat(m.warnings()).extracting(RecordError::field).containsExactly("applicationDate");
    }

    @Test
    @DisplayName("the other facts of the parcel are kept")
    void factsKept() {
      Parcel facts = factsOf(measurement.measure(squareWith(Storey.above(1, 4, "生产"))));
      assertThat(facts.applicationDate()).contains(Shapes.APPLIED);
      assertThat(facts.singleUse()).contains(true);
    }
  }

  @Nested
  @DisplayName("geometry errors")
  class Errors {

    @Test
    @DisplayName("two buildings overlapping on the same level are an error naming both")
    void overlappingBuildings() {
      // overlap 10 × 10 = 100 m²
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
          building("A", rect(0, 0, 20, 20), Storey.above(1, 4, "生产")),
          building("B", rect(10, 10, 30, 30), Storey.above(1, 4, "生产")));
      Measured m = measurement.measure(p);
      assertThat(m.facts()).isEmpty();
      assertThat(m.errors()).singleElement().satisfies(e -> {
        assertThat(e.recordId()).isEqualTo("P1");
        assertThat(e.field()).isEqualTo("buildings[A, B]");
        assertThat(e.message()).contains("A and B overlap on level 1", "100.00 m²");
      });
    }

    @Test
    @DisplayName("buildings overlapping only on different levels are fine (a garage under a tower)")
    void overlapOnDifferentLevels() {
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
          building("A", rect(0, 0, 20, 20), Storey.above(1, 4, "生产")),
          building("G", rect(10, 10, 30, 30), Storey.below(1, 3, "仓储")));
      assertThat(measurement.measure(p).errors()).isEmpty();
    }

    @Test
    @DisplayName("buildings whose upper storeys are set back apart overlap only on the levels where their footprints meet")
    void overlapWithSetbacks() {
      // footprints overlap by 10 × 20 = 200 m² on level 1; on level 2 both are set back clear of each other
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
          building("A", rect(0, 0, 30, 20), Storey.above(1, 4, "生产"),
              Storey.above(2, 4, "生产").withFootprint(rect(0, 0, 15, 20))),
          building("B", rect(20, 0, 50, 20), Storey.above(1, 4, "生产"),
              Storey.above(2, 4, "生产").withFootprint(rect(35, 0, 50, 20))));
      assertThat(measurement.measure(p).errors()).singleElement().satisfies(e -> {
        assertThat(e.field()).isEqualTo("buildings[A, B]");
        assertThat(e.message()).contains("on level 1 by up to 200.00 m²");
      });
    }

    @Test
    @DisplayName("buildings sharing only a wall are fine")
    void sharedWall() {
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
          building("A", rect(0, 0, 20, 20), Storey.above(1, 4, "生产")),
          building("B", rect(20, 0, 40, 20), Storey.above(1, 4, "生产")));
      assertThat(measurement.measure(p).errors()).isEmpty();
    }

    @Test
    @DisplayName("a storey footprint outside its building's footprint is an error")
    void storeyOutsideBuilding() {
      // 10 × 20 = 200 m² of the storey lies beyond the building
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100), building("A", rect(0, 0, 20, 20),
          Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(rect(10, 0, 30, 20))));
      Measured m = measurement.measure(p);
      assertThat(m.facts()).isEmpty();
      assertThat(m.errors()).singleElement().satisfies(e -> {
        assertThat(e.field()).isEqualTo("storeys[building A, level 2].footprint");
        assertThat(e.message()).contains("200.00 m²");
      });
    }

    @Test
    @DisplayName("an invalid parcel polygon is an error with the JTS reason and where it is")
    void bowTieParcel() {
      Measured m = measurement.measure(parcel("P1", bowTie(), building("A", rect(1, 4, 2, 6), Storey.above(1, 4, "生产"))));
      assertThat(m.facts()).isEmpty();
      assertThat(m.errors()).singleElement().satisfies(e -> {
        assertThat(e.recordId()).isEqualTo("P1");
        assertThat(e.field()).isEqualTo("boundary");
        assertThat(e.message()).contains("Self-intersection", "(5.000, 5.000)");
      });
    }

    @Test
    @DisplayName("the invalid-polygon error says how to have it repaired, on the command line and in Java")
    void repairNamedForBoth() {
      Measured m = measurement.measure(parcel("P1", bowTie(), building("A", rect(1, 4, 2, 6), Storey.above(1, 4, "生产"))));
      assertThat(m.errors()).singleElement().satisfies(e -> assertThat(e.message())
          .contains("--repair on the command line", "Measurement.repairingInvalidGeometry() in Java"));
    }

    @Test
    @DisplayName("an invalid building polygon is an error naming the building")
    void bowTieBuilding() {
      Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100), building("A", bowTie(), Storey.above(1, 4, "生产"))));
      assertThat(m.errors()).extracting(RecordError::field).containsExactly("buildings[A].footprint");
      assertThat(m.errors().get(0).message())
          .startsWith("the footprint of building A is not a valid polygon: Self-intersection at (5.000, 5.000)");
    }

    @Test
    @DisplayName("an invalid storey polygon is an error naming the storey and its building")
    void bowTieStorey() {
      Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100), building("A", rect(0, 0, 10, 10),
          Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产").withFootprint(bowTie()))));
      assertThat(m.errors()).singleElement().satisfies(e -> {
        assertThat(e.field()).isEqualTo("storeys[building A, level 2].footprint");
        assertThat(e.message()).startsWith("the footprint of storey 2 of building A is not a valid polygon");
      });
    }

    @Test
    @DisplayName("on request an invalid building polygon is repaired and measured, with a warning naming the building")
    void repairBuilding() {
      Measured m = measurement.repairingInvalidGeometry().measure(parcel("P1", rect(-10, -10, 100, 100),
          building("A", bowTie(), Storey.above(1, 4, "生产"))));
      // the bow-tie's two triangles, 25 + 25
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(50, within(1e-9));
      assertThat(m.warnings()).singleElement().satisfies(w -> {
        assertThat(w.field()).isEqualTo("buildings[A].footprint");
        assertThat(w.message()).startsWith("the footprint of building A was not a valid polygon")
            .contains("the repair has 50.00 m²");
      });
    }

    @Test
    @DisplayName("on request storeys drawn on copies of their building's invalid polygon are each repaired and named")
    void repairStoreysSharingAnInvalidFootprint() {
      Measured m = measurement.repairingInvalidGeometry().measure(parcel("P1", rect(-10, -10, 100, 100),
          building("A", bowTie(), Storey.above(1, 4, "生产").withFootprint(bowTie()),
              Storey.above(2, 4, "生产").withFootprint(bowTie()))));
      assertThat(m.warnings()).extracting(RecordError::field).containsExactly("buildings[A].footprint",
          "storeys[building A, level 1].footprint", "storeys[building A, level 2].footprint");
      // the bow-tie's two triangles, 25 + 25, on each level
      assertThat(factsOf(m).aboveGroundFloorAreaM2().get("生产")).isCloseTo(100, within(1e-9));
    }

    @Test
    @DisplayName("storeys drawn on copies of their building's invalid polygon are each an error naming the storey")
    void storeysSharingAnInvalidFootprint() {
      Measured m = measurement.measure(parcel("P1", rect(0, 0, 100, 100),
          building("A", bowTie(), Storey.above(1, 4, "生产").withFootprint(bowTie()),
              Storey.above(2, 4, "生产").withFootprint(bowTie()))));
      assertThat(m.errors()).extracting(RecordError::field).containsExactly("buildings[A].footprint",
          "storeys[building A, level 1].footprint", "storeys[building A, level 2].footprint");
    }

    @Test
    @DisplayName("buildings stepping around each other, each set back on the level the other holds, do not overlap")
    void steppingBuildings() {
      // A 20 × 20 at x 0..20, set back to x 0..10 on level 1; B at x 10..30, set back to x 20..30 on level 2.
      // Level 1: A's 0..10 beside B's whole 10..30; level 2: A's whole 0..20 beside B's 20..30. Only walls meet.
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
          building("A", rect(0, 0, 20, 20), Storey.above(1, 4, "生产").withFootprint(rect(0, 0, 10, 20)),
              Storey.above(2, 4, "生产")),
          building("B", rect(10, 0, 30, 20), Storey.above(1, 4, "生产"),
              Storey.above(2, 4, "生产").withFootprint(rect(20, 0, 30, 20))));
      assertThat(measurement.measure(p).errors()).isEmpty();
    }

    @Test
    @DisplayName("buildings overlapping on two levels are one error naming both levels")
    void overlapOnTwoLevels() {
      // 10 × 20 = 200 m² on levels 1 and 2
      GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
          building("A", rect(0, 0, 20, 20), Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产")),
          building("B", rect(10, 0, 30, 20), Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产")));
      assertThat(measurement.measure(p).errors()).singleElement()
          .satisfies(e -> assertThat(e.message()).startsWith("buildings A and B overlap on levels 1, 2 by up to 200.00 m²"));
    }

    @Test
    @DisplayName("on request an invalid polygon is repaired, with a warning giving the area after")
    void repair() {
      Measured m = measurement.repairingInvalidGeometry()
          .measure(parcel("P1", bowTie(), building("A", rect(1, 4, 2, 6), Storey.above(1, 4, "生产"))));
      // the bow-tie's two triangles, each 10 wide at the base and 5 high: 25 + 25
      assertThat(factsOf(m).siteAreaM2().getAsDouble()).isCloseTo(50, within(1e-9));
      assertThat(m.warnings()).singleElement().satisfies(w -> {
        assertThat(w.field()).isEqualTo("boundary");
        assertThat(w.message()).contains("GeometryFixer", "the repair has 50.00 m²");
      });
    }
  }

  @Nested
  @DisplayName("trace")
  class Trace {

    @Test
    @DisplayName("each storey line gives footprint, inside, outside, factor, counted area and the reason")
    void storeyLines() {
      Measured m = measurement.measure(squareWith(Storey.above(1, 1.8, "生产"), Storey.above(2, 9, "生产")));
      assertThat(m.trace().lines()).hasSize(2);
      StoreyLine low = m.trace().lines().get(0);
      assertThat(low.footprintM2()).isCloseTo(600, within(1e-9));
      assertThat(low.insideM2()).isCloseTo(600, within(1e-9));
      assertThat(low.outsideM2()).isCloseTo(0, within(1e-9));
      assertThat(low.factor()).isEqualTo(0.5);
      assertThat(low.countedM2()).isCloseTo(300, within(1e-9));
      assertThat(low.reason()).isEqualTo("storey height 1.80 m < 2.20 m (fullHeightStoreyM): ×0.5 (lowStoreyFactor)");
      assertThat(m.trace().lines().get(1).reason()).contains("9.00 m > 8.00 m (tallStoreyM): ×2");
      StoreyLine tall = m.trace().lines().get(1);
      assertThat(tall.grossFactor()).isEqualTo(1.0);
      assertThat(tall.grossM2()).isCloseTo(600, within(1e-9));
      assertThat(tall.factor()).isEqualTo(2.0);
      assertThat(tall.countedM2()).isCloseTo(1_200, within(1e-9));
      assertThat(low.grossFactor()).isEqualTo(0.5);
      assertThat(low.grossM2()).isCloseTo(300, within(1e-9));
    }

    @Test
    @DisplayName("the trace totals give the plot ratio as a quotient")
    void totals() {
      // counted (计容): 600 × 0.5 + 600 × 2 = 1 500 over 10 000; by use (地上建筑面积): 600 × 0.5 + 600 × 1 = 900
      MeasurementTrace t = measurement.measure(squareWith(Storey.above(1, 1.8, "生产"), Storey.above(2, 9, "生产"))).trace();
      assertThat(t.siteAreaM2()).isCloseTo(10_000, within(1e-9));
      assertThat(t.plotRatioFloorAreaM2()).isCloseTo(1_500, within(1e-9));
      assertThat(t.aboveGroundFloorAreaM2()).isCloseTo(900, within(1e-9));
      assertThat(t.plotRatio()).isCloseTo(0.15, within(1e-12));
      assertThat(t.explanation()).contains("0.15", "1500.00 m²", "10000.00 m²");
      assertThat(t.parameters()).containsEntry("fullHeightStoreyM", 2.2).containsEntry("tallStoreyFactor", 2.0);
    }

    @Test
    @DisplayName("the explanation is the plot ratio's quotient, and names the smaller area by use when a storey is tall")
    void explanation() {
      assertThat(measurement.measure(squareWith(Storey.above(1, 4, "生产"))).trace().explanation()).isEqualTo(
          "plot ratio (容积率) 0.06 = 600.00 m² counted floor area (计容建筑面积) / 10000.00 m² site area (用地面积)");
      // a 9 m hall: 1 200 m² counted, 600 m² by use
      assertThat(measurement.measure(squareWith(Storey.above(1, 9, "生产"))).trace().explanation()).isEqualTo(
          "plot ratio (容积率) 0.12 = 1200.00 m² counted floor area (计容建筑面积) / 10000.00 m² site area (用地面积);"
              + " the mixed-use shares are of the 600.00 m² above-ground floor area (地上总建筑面积), where a storey"
              + " over tallStoreyM counts once");
    }

    @Test
    @DisplayName("each storey line says whether it counts above ground or underground")
    void countedIn() {
      MeasurementTrace t = measurement.measure(squareWith(Storey.above(1, 4, "生产"), Storey.below(1, 4, "仓储"))).trace();
      assertThat(t.lines()).extracting(StoreyLine::countedIn)
          .containsExactly(StoreyLine.ABOVE_GROUND, StoreyLine.UNDERGROUND);
    }

    @Test
    @DisplayName("the trace serializes to JSON with plain Jackson")
    void json() throws IOException {
      MeasurementTrace t = measurement.measure(squareWith(Storey.above(1, 1.8, "生产"))).trace();
      ObjectMapper mapper = new ObjectMapper();
      JsonNode tree = mapper.readTree(mapper.writeValueAsString(t));
      assertThat(tree.path("lines").get(0).path("factor").asDouble()).isEqualTo(0.5);
      assertThat(tree.path("lines").get(0).path("buildingId").asText()).isEqualTo("B1");
      assertThat(tree.path("parametersFrom").asText()).isEqualTo("2021-09-01");
      assertThat(tree.path("aboveGroundFloorAreaByUseM2").path("生产").asDouble()).isCloseTo(300, within(1e-9));
    }
  }
}
