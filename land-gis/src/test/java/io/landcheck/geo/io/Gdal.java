package io.landcheck.geo.io;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GDAL for the tests that check what it makes of landcheck's files. Where GDAL is missing they are skipped, as the
 * build never needs it; in CI (the environment variable {@code CI=true}, where .ci/run installs gdal-bin first) or with
 * {@code -Dlandcheck.requireGdal=true} they fail instead, so CI cannot pass them silently.
 */
final class Gdal {

  /** The system property that turns a missing GDAL from a skip into a failure. */
  static final String REQUIRE = "landcheck.requireGdal";

  private Gdal() {}

  /** Skips the test, or fails it under {@code -Dlandcheck.requireGdal=true}, unless {@code program} is on the PATH. */
  static void assumeProgram(String program) {
    assumePresent(onPath(program), "GDAL's " + program + " is not on the PATH");
  }

  /** As {@link #assumeProgram}, for a file GDAL installs, run with the program {@code runner}. */
  static void assumeFile(Path file, String runner) {
    assumePresent(Files.exists(file) && onPath(runner), file + " (python3-gdal) or " + runner + " is not installed");
  }

  private static void assumePresent(boolean present, String missing) {
    if (!present && required()) {
      fail(missing + ", and CI=true or -D" + REQUIRE + "=true requires it (apt-get install gdal-bin python3-gdal)");
    }
    assumeTrue(present, missing);
  }

  /** Whether a missing GDAL fails the test: in CI (CI=true, as CI runs .ci/run) or when asked by the property. */
  static boolean required() {
    return Boolean.getBoolean(REQUIRE) || "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
