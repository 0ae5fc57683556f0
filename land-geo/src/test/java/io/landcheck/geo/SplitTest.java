package io.landcheck.geo;

import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.line;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitTest {

  static final Measurement MEASUREMENT = Measurement.of(ShanghaiPacks.shanghai2021());
  static final SplitRequest TO_PLATFORM = SplitRequest.of(true, true, Recipient.PARK_PLATFORM);

  /**
   * The bundled pack with a bureau's own minimums for the surplus part, 3 000 m² and 30 m (沪府规〔2021〕9号 sets none),
   * written to {@code dir}.
   */
  static Measurement bureauMeasurement(Path dir) throws IOException {
    String json;
    try (var in = Objects.requireNonNull(
        PolicyPack.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json"))) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String listing = "\"requiresIndustryProjectListing\": true";
    assertThat(json).contains(listing);
    Path file = dir.resolve("bureau.json");
    Files.writeString(file, json.replaceFirst("(" + listing + ")(\\s*\\})", "$1, \"minimumSplitAreaM2\": 3000, \"minimumSplitWidthM\": 30$2,"
        + " \"sources\": { \"minimumSplitAreaM2\": { \"kind\": \"BUREAU\", \"note\": { \"zh\": \"本局自定。\","
        + " \"en\": \"Set by the bureau.\" } }, \"minimumSplitWidthM\": { \"kind\": \"BUREAU\", \"note\": {"
        + " \"zh\": \"本局自定。\", \"en\": \"Set by the bureau.\" } } }"));
    return Measurement.of(PolicyPacks.load(file));
  }

  /** 14 storeys of 4 m on a 30 × 30 = 900 m² footprint: 12 600 m² of production floor area. */
  static Building tower(String id, double x0, double y0) {
    List<Storey> storeys = new ArrayList<>();
    for (int level = 1; level <= 14; level++) {
      storeys.add(Storey.above(level, 4, "生产"));
    }
    return Building.of(id, rect(x0, y0, x0 + 30, y0 + 30), storeys);
  }

  /** The 100 × 100 parcel with the tower in its lower left corner. */
  static GeoParcel parcelWithTower() {
    return parcel("P1", rect(0, 0, 100, 100), tower("T", 10, 10));
  }

  @Test
  @DisplayName("a line splits off the part without buildings, with its area and width")
  void splitByLine() {
    SplitResult r = MEASUREMENT.split(parcelWithTower(), line(60, -10, 60, 110), TO_PLATFORM);
    assertThat(r.errors()).isEmpty();
    // surplus 40 × 100, retained 60 × 100
    assertThat(r.surplusBoundary().orElseThrow().getArea()).isCloseTo(4_000, within(1e-6));
    assertThat(r.retainedBoundary().orElseThrow().getArea()).isCloseTo(6_000, within(1e-6));
    SplitRequest measured = r.request().orElseThrow();
    assertThat(measured.surplusAreaM2().getAsDouble()).isCloseTo(4_000, within(1e-6));
    assertThat(measured.surplusMinWidthM().getAsDouble()).isCloseTo(40, within(0.01));
  }

  @Test
  @DisplayName("the retained part is checked: its plot ratio uses the retained site area")
  void retainedChecked() {
    SplitResult r = MEASUREMENT.split(parcelWithTower(), line(60, -10, 60, 110), TO_PLATFORM);
    Report report = r.report();
    // 12 600 / 6 000 = 2.1, at least the 2.0 industrial land needs (before the split it was 1.26)
    assertThat(report.plotRatio().getAsDouble()).isCloseTo(2.1, within(1e-9));
    assertThat(report.result(Rules.PLOT_RATIO_MINIMUM).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(report.result(Rules.SPLIT_TRANSFER).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.retained().orElseThrow().facts().orElseThrow().split()).contains(r.request().orElseThrow());
  }

  @Test
  @DisplayName("a surplus part exactly at a bureau's minimum area and width is eligible")
  void atTheMinimums(@TempDir Path dir) throws IOException {
    // surplus 30 × 100 = 3 000 m², 30 m wide: the bureau's minimums
    SplitResult r = bureauMeasurement(dir).split(parcelWithTower(), line(70, -10, 70, 110), TO_PLATFORM);
    assertThat(r.report().result(Rules.SPLIT_TRANSFER).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("a surplus part narrower than a bureau's minimum width is not eligible")
  void tooNarrow(@TempDir Path dir) throws IOException {
    // surplus 10 × 100 = 1 000 m², 10 m wide: under the bureau's 3 000 m² and 30 m
    SplitResult r = bureauMeasurement(dir).split(parcelWithTower(), line(90, -10, 90, 110), TO_PLATFORM);
    assertThat(r.request().orElseThrow().surplusMinWidthM().getAsDouble()).isCloseTo(10, within(0.01));
    assertThat(r.report().result(Rules.SPLIT_TRANSFER).orElseThrow().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("with the bundled pack a narrow surplus part is eligible: the policy sets no size")
  void narrowEligibleByPolicy() {
    // surplus 10 × 100 = 1 000 m², 10 m wide; 五(二) asks only that it meet the planning split conditions
    SplitResult r = MEASUREMENT.split(parcelWithTower(), line(90, -10, 90, 110), TO_PLATFORM);
    assertThat(r.report().result(Rules.SPLIT_TRANSFER).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  @DisplayName("a polygon gives the surplus part; buildings on it go with it, straddling ones are clipped")
  void splitByPolygon() {
    GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
        tower("T", 10, 10),
        building("S", rect(70, 10, 90, 30), Storey.above(1, 4, "仓储")),
        building("X", rect(50, 50, 70, 60), Storey.above(1, 4, "办公")));
    SplitResult r = MEASUREMENT.split(p, rect(60, -10, 120, 110), TO_PLATFORM);
    assertThat(r.errors()).isEmpty();
    assertThat(r.request().orElseThrow().surplusAreaM2().getAsDouble()).isCloseTo(4_000, within(1e-6));
    var facts = r.retained().orElseThrow().facts().orElseThrow();
    assertThat(facts.siteAreaM2().getAsDouble()).isCloseTo(6_000, within(1e-6));
    // S (on the surplus) is gone; X keeps its 10 × 10 = 100 m² west of x = 60
    assertThat(facts.aboveGroundFloorAreaM2()).doesNotContainKey("仓储");
    assertThat(facts.aboveGroundFloorAreaM2().get("办公")).isCloseTo(100, within(1e-6));
    assertThat(r.warnings()).extracting(RecordError::field)
        .contains("buildings[S].footprint", "buildings[X].footprint");
  }

  @Test
  @DisplayName("mixed-use shares are judged on what the retained part keeps")
  void mixedUseAfterSplit() {
    // production 40 × 40 = 1 600 m² on each of 5 storeys; dormitory 20 × 20 = 400 m² on 2 storeys
    List<Storey> five = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      five.add(Storey.above(level, 4, "生产"));
    }
    GeoParcel p = parcel("P1", rect(0, 0, 100, 100),
        Building.of("W", rect(55, 10, 95, 50), five),
        building("D", rect(10, 10, 30, 30), Storey.above(1, 4, "宿舍"), Storey.above(2, 4, "宿舍")));
    var checker = io.landcheck.engine.Checker.of(ShanghaiPacks.shanghai2021());
    // before: 800 of 8 800 m² is amenity, 9 %, within the 15 %
    Report before = checker.check(MEASUREMENT.measure(p).facts().orElseThrow());
    assertThat(before.result(Rules.MIXED_USE_AMENITY).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);

    SplitResult r = MEASUREMENT.split(p, rect(50, -10, 120, 110), TO_PLATFORM);

    // after: the production building goes with the surplus, the dormitory is all that is left
    assertThat(r.report().result(Rules.MIXED_USE_AMENITY).orElseThrow().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("a line that does not cross the parcel is an error")
  void lineMissesParcel() {
    SplitResult r = MEASUREMENT.split(parcelWithTower(), line(60, 10, 60, 50), TO_PLATFORM);
    assertThat(r.report().verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("split");
      assertThat(e.message()).contains("does not divide the parcel");
    });
    assertThat(r.surplusBoundary()).isEmpty();
  }

  @Test
  @DisplayName("a line missing both parts of a two-part parcel is an error, not a split between the parts")
  void lineMissesMultipolygon() {
    GeoParcel p = parcel("P1", Shapes.multi(rect(0, 0, 100, 100), rect(200, 0, 300, 100)), tower("T", 10, 10));
    SplitResult r = MEASUREMENT.split(p, line(150, -10, 150, 110), TO_PLATFORM);
    assertThat(r.errors()).extracting(RecordError::message).singleElement().asString()
        .contains("does not divide the parcel");
  }

  @Test
  @DisplayName("a repaired boundary is reported in the split's warnings")
  void repairedBoundaryWarned() {
    // a 100 × 100 square drawn with its last two corners swapped: a bow-tie crossing at (50, 50)
    GeoParcel p = parcel("P1", Shapes.FACTORY.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
        new org.locationtech.jts.geom.Coordinate(0, 0), new org.locationtech.jts.geom.Coordinate(100, 100),
        new org.locationtech.jts.geom.Coordinate(100, 0), new org.locationtech.jts.geom.Coordinate(0, 100),
        new org.locationtech.jts.geom.Coordinate(0, 0)}));
    SplitResult r = MEASUREMENT.repairingInvalidGeometry().split(p, line(-10, 50, 110, 50), TO_PLATFORM);
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).extracting(RecordError::field).contains("boundary");
  }

  @Test
  @DisplayName("a line through a building leaves buildings on every part and is an error")
  void lineThroughBuilding() {
    SplitResult r = MEASUREMENT.split(parcelWithTower(), line(20, -10, 20, 110), TO_PLATFORM);
    assertThat(r.errors()).extracting(RecordError::message).singleElement().asString()
        .contains("buildings stand on every part");
  }

  @Test
  @DisplayName("a split polygon outside the parcel is an error")
  void polygonMissesParcel() {
    SplitResult r = MEASUREMENT.split(parcelWithTower(), rect(200, 200, 300, 300), TO_PLATFORM);
    assertThat(r.errors()).extracting(RecordError::field).containsExactly("split");
  }

  @Test
  @DisplayName("a parcel with bad geometry is not split, and its errors are reported")
  void badParcel() {
    SplitResult r = MEASUREMENT.split(parcel("P1", Shapes.bowTie()), line(5, -1, 5, 11), TO_PLATFORM);
    assertThat(r.errors()).extracting(RecordError::field).containsExactly("boundary");
    assertThat(r.retained()).isEmpty();
  }
}
