package io.landcheck.geo.io;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as a file holds it: values by schema field name (String, Number, Boolean, LocalDate, java.util.Date or
 * null), the geometry in the file's coordinates, and why the geometry could not be decoded, if it could not.
 */
record RawFeature(String locator, Map<String, Object> values, Optional<Geometry> geometry,
    Optional<String> geometryProblem) {

  static RawFeature of(String locator, Map<String, Object> values, Optional<Geometry> geometry) {
    return new RawFeature(locator, values, geometry, Optional.empty());
  }
}
