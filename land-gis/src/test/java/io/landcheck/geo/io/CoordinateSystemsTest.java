package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinateSystemsTest {

  private static final String GK_120_PROJ =
      "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs";

  @Test
  @DisplayName("a Shapefile without .prj and no coordinate system given: every record is an error naming the file")
  void noCrs() {
    List<SourceRecord> records = Fixtures.read("shp-noprj");

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("crs");
      assertThat(e.message()).contains("parcels.shp", "no coordinate system");
    }));
  }

  @Test
  @DisplayName("a coordinate system the user names, as EPSG code or proj string, reads a file without one")
  void userCrs() {
    List<SourceRecord> gpkg = Fixtures.read("park.gpkg");
    for (String crs : List.of("EPSG:4549", GK_120_PROJ)) {
      List<SourceRecord> records = Fixtures.read(Fixtures.path("shp-noprj"), ReadOptions.defaults().withCrs(crs));
      assertThat(ParcelWritersTest.parcels(records)).as(crs).isEqualTo(ParcelWritersTest.parcels(gpkg));
    }
  }

  @Test
  @DisplayName("a system named by its EPSG code, in any of its spellings, carries that code; a proj string carries none")
  void epsgCodeOfASystem() {
    for (String named : List.of("EPSG:4549", "4549", "epsg::4549", "urn:ogc:def:crs:EPSG::4549")) {
      assertThat(SourceCrs.parse(named).epsgCode()).as(named).isEqualTo(4549);
    }
    assertThat(SourceCrs.parse("OGC:CRS84").epsgCode()).isEqualTo(4326);
    assertThat(SourceCrs.parse(GK_120_PROJ).epsgCode()).isZero();
  }

  @Test
  @DisplayName("a coordinate system the user names overrides the one the file declares")
  void userCrsWins() throws IOException {
    assertThat(Fixtures.read("park-4490.gpkg")).allSatisfy(r -> assertThat(r.parcel()).isPresent());
    try (ParcelSource source = ParcelSources.open(Fixtures.path("park-4490.gpkg"),
        ReadOptions.defaults().withCrs("EPSG:4549"))) {
      assertThat(source.description()).endsWith("(GeoPackage, EPSG:4549)");
      assertThat(source.records()).isNotEmpty().allSatisfy(r -> assertThat(r.errors()).extracting(RecordError::field)
          .contains("geometry"));
    }
  }

  @Test
  @DisplayName("metres declared as degrees are an error")
  void metresAsDegrees() {
    assertThat(Fixtures.read(Fixtures.path("park.gpkg"), ReadOptions.defaults().withCrs("EPSG:4490")))
        .allSatisfy(r -> assertThat(r.errors()).extracting(RecordError::message)
            .anySatisfy(m -> assertThat(m).contains("not longitude/latitude degrees")));
  }

  @Test
  @DisplayName("GeoJSON in metres without a crs member is an error, since RFC 7946 means degrees")
  void geoJsonMetresWithoutCrs() {
    assertThat(Fixtures.read("metres-no-crs")).singleElement().satisfies(r ->
        assertThat(r.errors()).extracting(RecordError::field).containsExactly("geometry"));
  }

  @Test
  @DisplayName("degrees declared as metres are an error")
  void degreesAsMetres() {
    assertThat(Fixtures.read(Fixtures.path("geojson-4490"), ReadOptions.defaults().withCrs("EPSG:4549")))
        .allSatisfy(r -> assertThat(r.errors()).extracting(RecordError::message)
            .anySatisfy(m -> assertThat(m).contains("look like longitude/latitude degrees")));
  }

  @Test
  @DisplayName("a .prj naming CGCS2000 3-degree zones, CGCS2000 or WGS 84 maps to its EPSG code")
  void prjToEpsg() {
    String gk = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
        + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",%s],"
        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",%s],PARAMETER[\"Scale_Factor\",1.0],"
        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    String cgcs = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\","
        + "6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    String wgs = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    assertThat(SourceCrs.fromWkt(String.format(gk, "500000.0", "120.0"))).get().extracting(SourceCrs::name)
        .isEqualTo("EPSG:4549");
    assertThat(SourceCrs.fromWkt(String.format(gk, "40500000.0", "120.0"))).get().extracting(SourceCrs::name)
        .isEqualTo("EPSG:4528");
    assertThat(SourceCrs.fromWkt(String.format(gk, "500000.0", "123.0"))).get().extracting(SourceCrs::name)
        .isEqualTo("EPSG:4550");
    assertThat(SourceCrs.fromWkt(cgcs)).get().extracting(SourceCrs::name).isEqualTo("EPSG:4490");
    assertThat(SourceCrs.fromWkt(wgs)).get().extracting(SourceCrs::name).isEqualTo("EPSG:4326");
  }

  @Test
  @DisplayName("a geographic parcel is projected to the 3-degree zone of its longitude")
  void zoneOfLongitude() {
    SourceCrs cgcs = SourceCrs.epsg(4490);
    org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();

    assertThat(cgcs.zoneOf(f.createPoint(new org.locationtech.jts.geom.Coordinate(121.4, 31.2)))).hasValue(120);
    assertThat(cgcs.zoneOf(f.createPoint(new org.locationtech.jts.geom.Coordinate(121.6, 31.2)))).hasValue(123);
  }

  @Test
  @DisplayName("an unknown file type cannot be opened")
  void unknownFormat() {
    assertThatThrownBy(() -> ParcelSources.open(Fixtures.path("reference-areas.csv"), ReadOptions.defaults()))
        .isInstanceOf(IOException.class).hasMessageContaining("unknown input format");
  }

  @Test
  @DisplayName("a GBK Shapefile without .cpg read as UTF-8 is a charset error on every record naming --charset GBK")
  void wrongCharsetIsReported() {
    assertThat(Fixtures.read("shp-gbk-nocpg")).allSatisfy(r -> assertThat(r.errors())
        .filteredOn(e -> e.field().equals("charset")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.message()).contains("not valid UTF-8", "--charset GBK")));
  }

  /**
   * A copy of the GeoJSON park in {@code dir} whose storeys.geojson has no crs member, and, if {@code dropFootprints},
   * no storey footprints either (every geometry null).
   */
  private static Path storeysWithoutCrs(Path dir, boolean dropFootprints) throws IOException {
    Path copy = dir.resolve("park");
    Files.createDirectories(copy);
    for (String layer : List.of("parcels.geojson", "buildings.geojson")) {
      Files.copy(Fixtures.path("geojson").resolve(layer), copy.resolve(layer));
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode storeys = (ObjectNode) json.readTree(Fixtures.path("geojson").resolve("storeys.geojson").toFile());
    storeys.remove("crs");
    if (dropFootprints) {
      storeys.withArray("features").forEach(f -> ((ObjectNode) f).putNull("geometry"));
    }
    json.writeValue(copy.resolve("storeys.geojson").toFile(), storeys);
    return copy;
  }

  @Test
  @DisplayName("a GeoJSON storeys layer without footprints need not repeat the parcels' crs member")
  void storeysWithoutFootprintsNeedNoCrs(@TempDir Path dir) throws IOException {
    List<SourceRecord> records = Fixtures.read(storeysWithoutCrs(dir, true), ReadOptions.defaults());

    assertThat(records).isNotEmpty().allSatisfy(r -> {
      assertThat(r.errors()).extracting(RecordError::field).doesNotContain("crs");
      assertThat(r.parcel()).isPresent();
    });
  }

  @Test
  @DisplayName("a GeoJSON storeys layer with footprints but no crs member, beside parcels with one, is an error per record")
  void storeysWithFootprintsNeedTheCrs(@TempDir Path dir) throws IOException {
    List<SourceRecord> records = Fixtures.read(storeysWithoutCrs(dir, false), ReadOptions.defaults());

    assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.errors()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo("crs");
      assertThat(e.message()).contains("storeys.geojson is in EPSG:4326 (no crs member", "the parcels are in EPSG:4549");
    }));
  }
}
