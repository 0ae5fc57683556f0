package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Georeference;
import io.landcheck.geo.Georeference.Handling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coordinate guard: the park of the fixtures in five coordinate systems (made by ogr2ogr -t_srs, see
 * scripts/make-geo-fixtures), each measured in the CGCS2000 3° Gauss-Krüger zone of CM 120°E, with GDAL's areas.
 */
class CoordinateGuardTest {

  /** GDAL's areas of one parcel in one system: planar in EPSG:4549, ellipsoidal, planar in the file's own system. */
  private record Reference(double zoneM2, double ellipsoidalM2, double naiveM2) {}

  /** crs/reference-areas.csv by system, then parcel id. */
  private static Map<String, Map<String, Reference>> references() {
    try {
      Map<String, Map<String, Reference>> out = new TreeMap<>();
      List<String> lines = Files.readAllLines(Fixtures.path("crs/reference-areas.csv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",");
        out.computeIfAbsent(c[1], k -> new TreeMap<>()).put(c[0], new Reference(Double.parseDouble(c[2]),
            Double.parseDouble(c[3]), Double.parseDouble(c[4])));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<GeoParcel> parcels(String file) {
    List<GeoParcel> out = new ArrayList<>();
    for (SourceRecord r : Fixtures.read("crs/" + file)) {
      assertThat(r.errors()).as(file + " " + r.locator()).isEmpty();
      out.add(r.parcel().orElseThrow());
    }
    return out;
  }

  @ParameterizedTest(name = "EPSG:{0} is {1}, measured in {2}")
  @CsvSource({"3857, REPROJECTED, EPSG:4549", "4326, PROJECTED, EPSG:4549", "4490, PROJECTED, EPSG:4549",
      "4549, AS_IS, EPSG:4549", "4528, AS_IS, EPSG:4528"})
  @DisplayName("every system gives GDAL's area in the CGCS2000 zone, and the parcel records the system, zone and "
      + "ellipsoidal area")
  void fiveSystems(String epsg, Handling handling, String zone) {
    Map<String, Reference> reference = references().get(epsg);
    List<GeoParcel> parcels = parcels("park-" + epsg + ".gpkg");

    assertThat(parcels).hasSize(reference.size()).allSatisfy(p -> {
      Reference r = reference.get(p.id());
      assertThat(p.boundary().getArea()).as(p.id()).isCloseTo(r.zoneM2(), within(r.zoneM2() * 1e-7));
      Georeference g = p.georeference().orElseThrow();
      assertThat(g.crs()).isEqualTo("EPSG:" + epsg);
      assertThat(g.handling()).isEqualTo(handling);
      assertThat(g.zone()).isEqualTo(zone);
      assertThat(g.centralMeridianDeg()).isEqualTo(120.0);
      assertThat(g.ellipsoidalAreaM2()).as(p.id()).isCloseTo(r.ellipsoidalM2(), within(r.ellipsoidalM2() * 1e-6));
    });
  }

  @Test
  @DisplayName("a parcel in Web Mercator is no longer measured some 1.37 times too large")
  void webMercatorNotInflated() {
    Map<String, Reference> reference = references().get("3857");

    assertThat(parcels("park-3857.gpkg")).isNotEmpty().allSatisfy(p -> {
      Reference r = reference.get(p.id());
      // what measuring the Web Mercator coordinates as planar metres gave (GDAL's ST_Area in EPSG:3857)
      assertThat(r.naiveM2() / r.zoneM2()).isBetween(1.36, 1.38);
      assertThat(p.boundary().getArea() / r.zoneM2()).isCloseTo(1.0, within(1e-7));
    });
  }

  @Test
  @DisplayName("Gauss-Krüger metres declared as Web Mercator are refused, each record saying how to pass --crs")
  void lyingFileRefused() {
    List<SourceRecord> records = Fixtures.read("crs/park-lying-3857.gpkg");

    assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.errors()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo("geometry");
      assertThat(e.message()).contains("EPSG:3857", "outside China", "--crs");
    }));
  }

  @Test
  @DisplayName("the same file named with the right system by --crs reads as the CGCS2000 park")
  void lyingFileWithCrs() {
    List<SourceRecord> records =
        Fixtures.read(Fixtures.path("crs/park-lying-3857.gpkg"), ReadOptions.defaults().withCrs("EPSG:4549"));

    assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.parcel()).isPresent());
  }

  @Test
  @DisplayName("the source names its coordinate system and what is done with it")
  void sourceSystem() throws IOException {
    try (ParcelSource source = ParcelSources.open(Fixtures.path("crs/park-3857.gpkg"), ReadOptions.defaults())) {
      assertThat(source.coordinateSystem()).hasValue("EPSG:3857");
      assertThat(source.coordinateHandling()).hasValue(Handling.REPROJECTED);
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
      "EPSG:4549; AS_IS", "EPSG:4528; AS_IS", "EPSG:4502; AS_IS", "EPSG:4490; PROJECTED", "EPSG:4326; PROJECTED",
      "EPSG:3857; REPROJECTED", "EPSG:32651; REPROJECTED", "EPSG:2385; REPROJECTED", "EPSG:2437; REPROJECTED",
      "+proj=tmerc +lat_0=0 +lon_0=121.4667 +k=1 +x_0=0 +y_0=-3457147.81 +ellps=GRS80 +units=m; AS_IS",
      "+proj=tmerc +lat_0=0 +lon_0=120 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m; REPROJECTED"})
  @DisplayName("CGCS2000 Gauss-Krüger systems are used as they are, others reprojected")
  void classification(String crs, Handling handling) {
    assertThat(SourceCrs.parse(crs).handling()).isEqualTo(handling);
  }

  @Test
  @DisplayName("parcels ogr2ogr puts in UTM 51N and in Xi'an 80 Gauss-Krüger measure as GDAL measures them in "
      + "EPSG:4549")
  void otherProjectedSystemsByGdal(@TempDir Path dir) throws Exception {
    Gdal.assumeProgram("ogr2ogr");
    Map<String, Reference> reference = references().get("4549");
    for (String epsg : List.of("32651", "2385")) {
      Path gpkg = dir.resolve("park-" + epsg + ".gpkg");
      for (String layer : List.of("parcels", "buildings", "storeys")) {
        List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", "GPKG", "-nln", layer, "-t_srs", "EPSG:" + epsg));
        if (Files.exists(gpkg)) {
          cmd.add("-update");
        }
        cmd.add(gpkg.toString());
        cmd.add(Fixtures.path("src/" + layer + ".geojson").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
      }
      List<SourceRecord> records = Fixtures.read(gpkg, ReadOptions.defaults());

      assertThat(records).as(epsg).hasSize(reference.size()).allSatisfy(r -> {
        GeoParcel parcel = r.parcel().orElseThrow();
        assertThat(parcel.georeference().orElseThrow().handling()).isEqualTo(Handling.REPROJECTED);
        double gdal = reference.get(parcel.id()).zoneM2();
        // through another datum and back: GDAL's and Proj4J's datum shifts agree to a few centimetres
        assertThat(parcel.boundary().getArea()).as(epsg + " " + parcel.id()).isCloseTo(gdal, within(gdal * 1e-4));
      });
    }
  }

  @Test
  @DisplayName("the parcel's buildings are reprojected with it")
  void buildingsReprojected() {
    List<GeoParcel> mercator = parcels("park-3857.gpkg");
    List<GeoParcel> gk = parcels("park-4549.gpkg");

    for (int i = 0; i < gk.size(); i++) {
      for (int b = 0; b < gk.get(i).buildings().size(); b++) {
        double expected = gk.get(i).buildings().get(b).footprint().getArea();
        assertThat(mercator.get(i).buildings().get(b).footprint().getArea()).isCloseTo(expected, within(expected * 1e-6));
      }
    }
    assertThat(gk).anySatisfy(p -> assertThat(p.buildings()).isNotEmpty());
  }

  @Test
  @DisplayName("a .prj describing Web Mercator without an EPSG code, as ogr2ogr writes a Shapefile's, is EPSG:3857")
  void webMercatorPrj() {
    String prj = "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
        + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
        + "0.0174532925199433]],PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],PARAMETER[\"Standard_Parallel_1\","
        + "0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]";

    assertThat(SourceCrs.fromWkt(prj)).get().satisfies(crs -> {
      assertThat(crs.name()).isEqualTo("EPSG:3857");
      assertThat(crs.handling()).isEqualTo(Handling.REPROJECTED);
    });
  }
}
