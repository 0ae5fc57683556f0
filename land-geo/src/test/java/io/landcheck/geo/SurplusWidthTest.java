package io.landcheck.geo;

import static io.landcheck.geo.Shapes.multi;
import static io.landcheck.geo.Shapes.parcel;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Verdict;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

@DisplayName("Narrowest width of a split-off surplus part")
class SurplusWidthTest {

  private static final double TOLERANCE_M2 =
      ShanghaiPacks.shanghai2021().measurement(Shapes.APPLIED).number("geometryToleranceM2");
  private static final double RESOLUTION_M =
      ShanghaiPacks.shanghai2021().measurement(Shapes.APPLIED).number("splitWidthResolutionM");

  private static double width(Geometry g) {
    return Splitter.narrowestWidthM(g, TOLERANCE_M2, RESOLUTION_M);
  }

  private static Geometry wkt(String text) {
    try {
      return new WKTReader(Shapes.FACTORY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Two 50 × 50 squares 30 m apart, joined by a corridor {@code neckM} wide and 30 m long. */
  private static Geometry dumbbell(double neckM) {
    double y0 = 25 - neckM / 2;
    double y1 = 25 + neckM / 2;
    return wkt("POLYGON ((0 0, 50 0, 50 " + y0 + ", 80 " + y0 + ", 80 0, 130 0, 130 50, 80 50, 80 " + y1 + ", 50 "
        + y1 + ", 50 50, 0 50, 0 0))");
  }

  @Test
  @DisplayName("a rectangle's width is its short side")
  void rectangle() {
    double w = width(rect(0, 0, 40, 100));
    assertThat(w).isGreaterThanOrEqualTo(40 - 1e-6).isCloseTo(40, within(RESOLUTION_M));
  }

  @Test
  @DisplayName("a rectangle turned 30° far from the origin (Gauss-Krüger coordinates) still measures its short side")
  void turnedRectangleInProjectedCoordinates() {
    Geometry turned = AffineTransformation.rotationInstance(Math.toRadians(30), 15, 40)
        .translate(500_000, 3_400_000).transform(rect(0, 0, 30, 80));
    assertThat(turned.getArea()).isCloseTo(2_400, within(1e-6));
    assertThat(width(turned)).isGreaterThanOrEqualTo(30 - 1e-6).isCloseTo(30, within(RESOLUTION_M));
  }

  @Test
  @DisplayName("a dumbbell's width is its neck's, not the squares'")
  void dumbbellNeck() {
    Geometry g = dumbbell(8);
    // The largest inscribed circle sits in a square: 50 m, which is what the width used to read.
    assertThat(2 * new MaximumInscribedCircle(g, 1e-4).getRadiusLine().getLength()).isCloseTo(50, within(0.01));
    assertThat(width(g)).isGreaterThanOrEqualTo(8 - 1e-6).isCloseTo(8, within(RESOLUTION_M));
  }

  @Test
  @DisplayName("an L-shape's width is its narrower arm's")
  void lShape() {
    // Horizontal arm 100 × 20, upright arm 35 wide and 80 tall.
    Geometry g = wkt("POLYGON ((0 0, 100 0, 100 20, 35 20, 35 80, 0 80, 0 0))");
    assertThat(width(g)).isGreaterThanOrEqualTo(20 - 1e-6).isCloseTo(20, within(RESOLUTION_M));
  }

  @Test
  @DisplayName("for several pieces, the narrowest piece counts")
  void severalPieces() {
    assertThat(width(multi(rect(0, 0, 60, 60), rect(100, 0, 112, 80)))).isCloseTo(12, within(RESOLUTION_M));
  }

  @Test
  @DisplayName("a bump smaller than the geometry tolerance is drawing noise, not a narrow part")
  void noiseBumpIgnored() {
    // A 0.05 × 0.05 = 0.0025 m² bump on the top edge of a 40 × 100 rectangle.
    Geometry g = wkt("POLYGON ((0 0, 40 0, 40 100, 20.05 100, 20.05 100.05, 20 100.05, 20 100, 0 100, 0 0))");
    assertThat(0.0025).isLessThan(TOLERANCE_M2);
    assertThat(width(g)).isCloseTo(40, within(RESOLUTION_M));
  }

  @Test
  @DisplayName("the resolution is read from the pack: a coarser one reads the neck less finely, never narrower")
  void resolutionFromThePack(@TempDir Path dir) throws IOException {
    String json;
    try (var in = Objects.requireNonNull(
        PolicyPack.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json"))) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("pack.json");
    Files.writeString(file, json.replace("\"splitWidthResolutionM\": 0.01", "\"splitWidthResolutionM\": 2"));
    Measurement coarse = Measurement.of(PolicyPacks.load(file));
    GeoParcel p = parcel("P1", rect(0, 0, 130, 150), SplitTest.tower("T", 10, 100));
    double w = coarse.split(p, dumbbell(8.3), SplitTest.TO_PLATFORM).request().orElseThrow()
        .surplusMinWidthM().getAsDouble();
    assertThat(w).isGreaterThanOrEqualTo(8.3).isLessThanOrEqualTo(8.3 + 2);
    assertThat(w).isNotCloseTo(8.3, within(RESOLUTION_M));
  }

  @Test
  @DisplayName("a surplus part whose squares are wide enough but whose neck is not fails a bureau's minimum width")
  void splitWithNarrowNeckIsNotEligible(@TempDir Path dir) throws IOException {
    // The parcel's upper strip is the tower's; the dumbbell (2 × 2 500 + 30 × 8 = 5 240 m², over the bureau's 3 000 m²
    // minimum) is split off below it. Its squares are 50 m wide, but its 8 m neck is under the bureau's 30 m.
    GeoParcel p = parcel("P1", rect(0, 0, 130, 150), SplitTest.tower("T", 10, 100));
    SplitResult r = SplitTest.bureauMeasurement(dir).split(p, dumbbell(8), SplitTest.TO_PLATFORM);
    assertThat(r.errors()).isEmpty();
    assertThat(r.request().orElseThrow().surplusAreaM2().getAsDouble()).isCloseTo(5_240, within(1e-6));
    assertThat(r.request().orElseThrow().surplusMinWidthM().getAsDouble()).isCloseTo(8, within(RESOLUTION_M));
    assertThat(r.report().result(Rules.SPLIT_TRANSFER).orElseThrow().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }
}
