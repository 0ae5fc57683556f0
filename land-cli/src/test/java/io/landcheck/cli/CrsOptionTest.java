package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.geo.io.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check --crs}: a coordinate system landcheck cannot use is a usage error, found before anything is read. */
class CrsOptionTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"EPSG:4549", "4549", "epsg::4549", "urn:ogc:def:crs:EPSG::4549", "EPSG:4490", "OGC:CRS84",
      "+proj=tmerc +lat_0=0 +lon_0=121.4667 +k=1 +x_0=0 +y_0=-3457147.81 +ellps=GRS80 +units=m"})
  @DisplayName("a system the readers use is taken as --crs: checking two compliant parcels exits 0")
  void accepted(String spec) throws Exception {
    Path input = Path.of(getClass().getResource("/io/landcheck/batch/compliant-facts.json").toURI());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);

    int exit = Main.run(new String[] {"check", input.toString(), "--crs", spec, "--out",
        dir.resolve("r.json").toString()}, print, print);

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(ReadOptions.defaults().withCrs(spec).crs()).contains(spec);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"foo", "EPSG:99999", "EPSG:123", "+proj=foo", "+proj=tmerc +ellps=NOPE"})
  @DisplayName("a system the readers cannot use is refused when the options are made, naming it")
  void refused(String spec) {
    assertThatThrownBy(() -> ReadOptions.defaults().withCrs(spec)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(spec);
  }

  @Test
  @DisplayName("check with an unknown --crs exits 64 before reading, naming the option and the value")
  void usageError() throws Exception {
    Path input = Path.of(getClass().getResource("/io/landcheck/batch/compliant-facts.json").toURI());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);

    int exit = Main.run(new String[] {"check", input.toString(), "--crs", "EPSG:99999", "--out",
        dir.resolve("r.json").toString()}, print, print);

    assertThat(exit).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--crs").contains("EPSG:99999");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }
}
