package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Boundary noise on a GDAL-made GeoPackage (scripts/make-noise-fixtures: ogr2ogr from WKT in CSV): footprints drawn a
 * few centimetres past their parcel are counted in one warning, a real crossing is listed, and the areas landcheck
 * gives are SpatiaLite's (reference-areas.csv), not its own.
 */
@DisplayName("Buildings drawn a few centimetres past their parcel, on a GDAL-made GeoPackage")
class NoiseFixturesTest {

  private static final Path DIR = Path.of("src/test/resources/io/landcheck/batch/noise");
  private static final Pattern FIGURE = Pattern.compile("([\\d,]+\\.\\d+) m²");

  private static Map<String, JsonNode> parcels;
  /** SpatiaLite's areas by "parcel/building": footprint, inside, outside, parcel, m². */
  private static Map<String, double[]> reference;

  @BeforeAll
  static void checkTheFixture() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchInput in = BatchInput.open(List.of(DIR.resolve("noise-park.gpkg")), PACK)) {
      BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1)).run(in, ReportFormat.JSON.writer(out, "en"));
    }
    parcels = new HashMap<>();
    new ObjectMapper().readTree(out.toByteArray()).path("parcels")
        .forEach(p -> parcels.put(p.path("parcelId").asText(), p));
    reference = new HashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("reference-areas.csv"), StandardCharsets.UTF_8)) {
      String[] c = line.split(",");
      if (!c[0].equals("parcel_id")) {
        reference.put(c[0] + "/" + c[1], new double[] {Double.parseDouble(c[2]), Double.parseDouble(c[3]),
            Double.parseDouble(c[4]), Double.parseDouble(c[5])});
      }
    }
  }

  private static List<String> boundaryWarnings(String parcelId) {
    List<String> out = new ArrayList<>();
    parcels.get(parcelId).path("warnings").forEach(w -> {
      if (w.path("code").asText().equals("OUTSIDE_PARCEL")) {
        out.add(w.path("message").asText());
      }
    });
    return out;
  }

  private static List<Double> figures(String message) {
    List<Double> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(message);
    while (m.find()) {
      out.add(Double.parseDouble(m.group(1).replace(",", "")));
    }
    return out;
  }

  @Test
  @DisplayName("a building 2 cm past the boundary is noise, one 1.5 m past it is listed with GDAL's areas")
  void noiseCountedRealCrossingListed() {
    List<String> warnings = boundaryWarnings("NP-1");
    double[] b3 = reference.get("NP-1/B3");
    double[] b2 = reference.get("NP-1/B2");

    assertThat(warnings).hasSize(2);
    assertThat(warnings).filteredOn(w -> w.startsWith("building B3 crosses")).singleElement()
        .satisfies(w -> assertThat(figures(w)).containsExactly(b3[2], b3[0], b3[1]));
    assertThat(warnings).filteredOn(w -> w.startsWith("1 building crosses")).singleElement()
        .satisfies(w -> assertThat(figures(w)).last().isEqualTo(b2[2]));
    assertThat(warnings).noneMatch(w -> w.contains("building B2"));
  }

  @Test
  @DisplayName("two buildings within the noise tolerance are one warning giving the sum GDAL finds outside")
  void twoNoisyCrossingsOneWarning() {
    List<String> warnings = boundaryWarnings("NP-2");
    double outside = reference.get("NP-2/B1")[2] + reference.get("NP-2/B2")[2];

    assertThat(warnings).singleElement()
        .satisfies(w -> assertThat(w).startsWith("2 buildings cross the parcel boundary"))
        .satisfies(w -> assertThat(figures(w)).last().satisfies(f -> assertThat(f).isCloseTo(outside, within(0.005))));
  }

  @Test
  @DisplayName("the floor area counted is what GDAL finds inside the parcel: noise is not counted either")
  void floorAreaIsTheInsideParts() {
    for (String id : List.of("NP-1", "NP-2")) {
      double inside = reference.entrySet().stream().filter(e -> e.getKey().startsWith(id + "/"))
          .mapToDouble(e -> e.getValue()[1]).sum();
      double site = reference.get(id + "/B1")[3];
      JsonNode areas = parcels.get(id).path("floorAreas");

      assertThat(areas.path("siteAreaM2").asDouble()).as(id).isCloseTo(site, within(1e-6));
      assertThat(areas.path("plotRatioFloorAreaM2").asDouble()).as(id).isCloseTo(inside, within(1e-6));
      assertThat(areas.path("plotRatio").asDouble()).as(id).isCloseTo(inside / site, within(1e-9));
    }
  }
}
