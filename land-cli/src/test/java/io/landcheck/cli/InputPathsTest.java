package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line names its inputs in locators relative to its working directory")
class InputPathsTest {

  private static final Path WORK = Path.of("/home/analyst/project");

  @Test
  @DisplayName("a path given relative stays as given, tidied: ./data/a/../b is data/b")
  void relativeStays() {
    assertThat(InputPaths.located(List.of(Path.of("./data/a/../b")), WORK)).containsExactly(Path.of("data/b"));
  }

  @Test
  @DisplayName("an absolute path inside the working directory is made relative to it")
  void absoluteInsideMadeRelative() {
    assertThat(InputPaths.located(List.of(Path.of("/home/analyst/project/data/a/parcels.geojson")), WORK))
        .containsExactly(Path.of("data/a/parcels.geojson"));
  }

  @Test
  @DisplayName("an absolute path outside the working directory stays absolute (no ../../ walk up)")
  void absoluteOutsideStays() {
    assertThat(InputPaths.located(List.of(Path.of("/srv/bureau/park.gpkg")), WORK))
        .containsExactly(Path.of("/srv/bureau/park.gpkg"));
  }
}
