package io.landcheck.batch;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GDAL's ogrinfo for the tests that check what GDAL makes of landcheck's result layers, with land-gis's {@code Gdal}
 * rule: skipped where GDAL is missing, failed instead in CI ({@code CI=true}) or with
 * {@code -Dlandcheck.requireGdal=true}.
 */
final class Ogr {

  private Ogr() {}

  /** What {@code ogrinfo -ro -al -so FILE [LAYER]} prints: each layer's summary (feature count, fields). */
  static String summary(Path file, String... layer) throws IOException, InterruptedException {
    assumeOgrinfo();
    List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-so"));
    if (layer.length == 0) {
      command.add("-al");
    }
    command.add(file.toString());
    command.addAll(List.of(layer));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail("ogrinfo failed on " + file + ":\n" + out);
    }
    return out;
  }

  private static void assumeOgrinfo() {
    boolean present = false;
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      present |= !d.isEmpty() && Files.isExecutable(Path.of(d, "ogrinfo"));
    }
    boolean required = Boolean.getBoolean("landcheck.requireGdal") || "true".equalsIgnoreCase(System.getenv("CI"));
    if (!present && required) {
      fail("GDAL's ogrinfo is not on the PATH, and CI=true or -Dlandcheck.requireGdal=true requires it "
          + "(apt-get install gdal-bin)");
    }
    assumeTrue(present, "GDAL's ogrinfo is not on the PATH");
  }
}
