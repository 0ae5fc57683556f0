package io.landcheck.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The inputs as the reports' locators name them: relative to the working directory, so that two folders holding
 * files of the same name give different locators ({@code a/parcels.geojson#3}, {@code b/parcels.geojson#3}). A path
 * given relative stays as given (normalised); an absolute one inside the working directory is made relative to it;
 * one outside stays absolute.
 */
final class InputPaths {

  private InputPaths() {}

  /** The inputs relative to {@code workingDirectory} (an absolute path) where they lie inside it. */
  static List<Path> located(List<Path> inputs, Path workingDirectory) {
    return inputs.stream().map(p -> located(p, workingDirectory)).toList();
  }

  /** The inputs relative to the working directory of this process where they lie inside it. */
  static List<Path> located(List<Path> inputs) {
    return located(inputs, Path.of("").toAbsolutePath());
  }

  private static Path located(Path input, Path workingDirectory) {
    if (!input.isAbsolute()) {
      return input.normalize();
    }
    Path p = input.normalize();
    return p.startsWith(workingDirectory) && !p.equals(workingDirectory) ? workingDirectory.relativize(p) : p;
  }
}
