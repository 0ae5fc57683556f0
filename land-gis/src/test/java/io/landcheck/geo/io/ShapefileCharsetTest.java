package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.geo.GeoParcel;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which charset a Shapefile's .cpg names, and what happens when it names none landcheck knows. */
class ShapefileCharsetTest {

  private static final List<GeoParcel> GEOPACKAGE =
      ParcelWritersTest.parcels(Fixtures.read("park.gpkg"));

  @TempDir Path dir;

  /**
   * A copy of the GBK Shapefiles (shp-gbk) whose .cpg files say {@code cpg} instead of GBK: for this park's text,
   * ogr2ogr -lco ENCODING=GB2312 or GB18030 writes the same .dbf bytes as CP936, so only the .cpg differs.
   */
  private Path gbkSaying(String layer, String cpg) throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("shp-gbk"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    for (String l : layer.equals("all") ? List.of("parcels", "buildings", "storeys") : List.of(layer)) {
      Files.writeString(dir.resolve(l + ".cpg"), cpg, StandardCharsets.ISO_8859_1);
    }
    return dir;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"GB2312", "GB18030", "gb18030", "GBK", "936", "CP936", "cp936", "ANSI 936", "GB2312\r\n"})
  @DisplayName("a .cpg naming GB2312, GB18030 or code page 936 in any spelling reads the Chinese values intact")
  void chineseCharsetsRead(String cpg) throws IOException {
    List<GeoParcel> parcels = ParcelWritersTest.parcels(Fixtures.read(gbkSaying("all", cpg), ReadOptions.defaults()));

    assertThat(parcels).isEqualTo(GEOPACKAGE);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "UTF-8, UTF-8", "utf-8, UTF-8", "UTF8, UTF-8", "65001, UTF-8", "936, GBK", "CP936, GBK", "ANSI 936, GBK",
      "GB2312, GB2312", "gb2312, GB2312", "GB18030, GB18030", "54936, GB18030", "950, Big5", "Big5, Big5",
      "ISO-8859-1, ISO-8859-1", "88591, ISO-8859-1", "1252, windows-1252", "ANSI 1252, windows-1252",
      "windows-1252, windows-1252", "437, IBM437"})
  @DisplayName("a .cpg may name a charset Java knows, in any case, or a Windows code page by number")
  void namesAndCodePages(String cpg, String charset) {
    assertThat(ShapefileSource.charsetNamed(cpg)).contains(Charset.forName(charset));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NOT-A-CHARSET", "2312", "System", "UTF-9"})
  @DisplayName("a .cpg naming no charset Java knows names none")
  void unknownNames(String cpg) {
    assertThat(ShapefileSource.charsetNamed(cpg)).isEmpty();
  }

  @Test
  @DisplayName("a parcels .cpg naming no known charset is an error on every record naming the .cpg and --charset")
  void unreadableParcelsCpg() throws IOException {
    Path shp = gbkSaying("parcels", "GB-NONSENSE");
    List<SourceRecord> records = Fixtures.read(shp, ReadOptions.defaults());

    // the parcel ids are garbled too, so the buildings and storeys also come as orphan records after these
    assertThat(records).filteredOn(r -> r.locator().startsWith(ParcelSources.located(shp) + "/parcels.shp#")).hasSize(GEOPACKAGE.size()).allSatisfy(r -> assertThat(r.errors()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo("charset");
      assertThat(e.message()).contains("parcels.cpg", "'GB-NONSENSE'", "--charset");
    }));
  }

  @Test
  @DisplayName("a buildings .cpg naming no known charset is an error on every record naming that .cpg")
  void unreadableBuildingsCpg() throws IOException {
    List<SourceRecord> records = Fixtures.read(gbkSaying("buildings", "GB-NONSENSE"), ReadOptions.defaults());

    assertThat(records).hasSize(GEOPACKAGE.size()).allSatisfy(r -> assertThat(r.errors())
        .filteredOn(e -> e.field().equals("charset")).extracting(RecordError::message)
        .singleElement().asString().contains("buildings.cpg"));
  }

  @Test
  @DisplayName("an empty .cpg is as if there were none: the charset the user names is used")
  void emptyCpg() throws IOException {
    Path shp = gbkSaying("all", "  \n");

    assertThat(ParcelWritersTest.parcels(Fixtures.read(shp, ReadOptions.defaults().withCharset(Charset.forName("GBK")))))
        .isEqualTo(GEOPACKAGE);
  }
}
