package io.landcheck.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/** The kit's own scenario files of the Shanghai 2021 pack, one per rule family, written from the policy text. */
class ZoningScenariosTest {

  @TestFactory
  @DisplayName("Shanghai 2021 zoning scenarios")
  Stream<DynamicContainer> zoning() {
    return ScenarioFiles.tests("zoning/");
  }
}
