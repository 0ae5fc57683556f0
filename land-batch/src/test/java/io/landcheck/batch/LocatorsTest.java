package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Locators name the input's path as given, so two folders of files named alike are told apart")
class LocatorsTest {

  private static final Path GEOJSON = Path.of("../land-gis/src/test/resources/fixtures/geojson");
  /** Two folders relative to the working directory (the module's), as a user would name them on the command line. */
  private static final Path A = Path.of("target/locators-test/a");
  private static final Path B = Path.of("target/locators-test/b");

  @BeforeAll
  static void twoFoldersOfTheSameParcels() throws IOException {
    for (Path dir : List.of(A, B)) {
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(GEOJSON)) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static JsonNode report(List<Path> inputs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchInput input = BatchInput.open(inputs, PACK)) {
      BatchChecker.of(PACK).onDate(LocalDate.of(2024, 6, 1)).run(input, ReportFormat.JSON.writer(out, "en"));
    }
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  @DisplayName("every row of a GeoJSON folder is located in that folder: target/locators-test/a/parcels.geojson#1")
  void locatorStartsWithTheFolder() throws IOException {
    JsonNode report = report(List.of(A));

    assertThat(report.path("parcels").get(0).path("locator").asText())
        .isEqualTo("target/locators-test/a/parcels.geojson#1");
  }

  @Test
  @DisplayName("the same parcel ids in two GeoJSON folders: the duplicate-id error names both locators, which differ")
  void duplicateIdsNameBothFolders() throws IOException {
    JsonNode report = report(List.of(A, B));

    List<String> messages = new ArrayList<>();
    report.path("parcels").forEach(p -> p.path("errors").forEach(e -> {
      if (e.path("code").asText().equals("DUPLICATE_ID")) {
        messages.add(e.path("message").asText());
      }
    }));
    assertThat(messages).isNotEmpty().contains("target/locators-test/b/parcels.geojson#1: parcel id P-001 is given "
        + "twice, first at target/locators-test/a/parcels.geojson#1");
  }
}
