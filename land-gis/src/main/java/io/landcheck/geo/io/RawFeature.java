package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * One feature as a file holds it: values by schema field name (String, Number, Boolean, LocalDate, java.util.Date or
 * null), the geometry in the file's coordinates, and why the geometry could not be decoded, if it could not; or, for
 * an entry of a file that is no feature at all (a number in a GeoJSON features array), what it is instead.
 *
 * <p>A feature read from SQLite may hold its geometry still encoded (a GeoPackage blob or plain WKB), so that the
 * thread reading the file only copies bytes; {@link #decoded} decodes it, on whichever thread assembles the record.
 * Immutable once decoded; the values map is read-only.
 */
final class RawFeature {
  private final String locator;
  private final Map<String, Object> values;
  private final Optional<Geometry> geometry;
  private final Optional<GeometryProblem> geometryProblem;
  /** The geometry still encoded, or null once decoded (or if the feature was made decoded). */
  private final byte[] blob;
  /** Why the entry is not a feature that can be read, filed under the field the problem names. */
  private final Optional<Assembler.Problem> featureProblem;

  private RawFeature(String locator, Map<String, Object> values, Optional<Geometry> geometry,
      Optional<GeometryProblem> geometryProblem, byte[] blob, Optional<Assembler.Problem> featureProblem) {
    this.locator = locator;
    this.values = values;
    this.geometry = geometry;
    this.geometryProblem = geometryProblem;
    this.blob = blob;
    this.featureProblem = featureProblem;
  }

  /** A decoded feature whose geometry could not be read, if {@code geometryProblem} says why. */
  RawFeature(String locator, Map<String, Object> values, Optional<Geometry> geometry,
      Optional<GeometryProblem> geometryProblem) {
    this(locator, values, geometry, geometryProblem, null, Optional.empty());
  }

  /**
   * Entry {@code number} of a features array, at {@code locator}, that is not a feature: no values, no geometry, and
   * what it is instead ({@code shown}, as {@code Values.shown} writes a value), told by the template
   * {@code UNREADABLE.geojsonNotFeature} under field {@code feature}.
   */
  static RawFeature notAFeature(String locator, long number, String shown) {
    return unreadable(locator, Map.of(),
        Assembler.Problem.told("feature", "geojsonNotFeature", List.of(locator, String.valueOf(number), shown)));
  }

  /**
   * An entry of a file at {@code locator} that cannot be read (a text past the limit in it, bad JSON): the values read
   * before it failed (its parcel_id, if that came first, to name it by), no geometry, and why, filed under the
   * problem's field (the field it failed in, if known, else {@code feature}).
   */
  static RawFeature unreadable(String locator, Map<String, Object> valuesBefore, Assembler.Problem problem) {
    return new RawFeature(locator, valuesBefore, Optional.empty(), Optional.empty(), null, Optional.of(problem));
  }

  /** This feature with other values (the same fields, some made {@code BadValue}s). */
  RawFeature withValues(Map<String, Object> values) {
    return new RawFeature(locator, values, geometry, geometryProblem, blob, featureProblem);
  }

  /** This feature, whose values and geometry were read, with a problem of the feature itself. */
  RawFeature withFeatureProblem(Assembler.Problem problem) {
    return new RawFeature(locator, values, geometry, geometryProblem, blob, Optional.of(problem));
  }

  static RawFeature of(String locator, Map<String, Object> values, Optional<Geometry> geometry) {
    return new RawFeature(locator, values, geometry, Optional.empty());
  }

  /** A feature whose geometry is a GeoPackage blob or plain WKB, decoded later by {@link #decoded}. */
  static RawFeature encoded(String locator, Map<String, Object> values, byte[] blob) {
    return new RawFeature(locator, values, Optional.empty(), Optional.empty(), blob, Optional.empty());
  }

  /**
   * This feature with its geometry decoded by {@code reader} (made on {@link GpBlob#FACTORY}; WKBReader is not
   * thread-safe, so one per thread or per call), a blob that cannot be read, or is past {@code limits}, becoming the
   * geometry problem; the feature itself if it is decoded already.
   */
  RawFeature decoded(WKBReader reader, ReadLimits limits) {
    if (blob == null) {
      return this;
    }
    try {
      return new RawFeature(locator, values, GpBlob.decode(blob, reader, limits), Optional.empty());
    } catch (GpBlob.Unreadable e) {
      return new RawFeature(locator, values, Optional.empty(), Optional.of(e.problem()));
    } catch (ParseException | RuntimeException e) {
      return new RawFeature(locator, values, Optional.empty(),
          Optional.of(GeometryProblem.of("unreadable", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Why this entry of the file is not a feature that can be read, if it is not (see {@link #notAFeature}), with the
   * field it is filed under; its first argument is the locator.
   */
  Optional<Assembler.Problem> featureProblem() {
    return featureProblem;
  }

  String locator() {
    return locator;
  }

  Map<String, Object> values() {
    return values;
  }

  /** The geometry; the feature must be {@link #decoded}. */
  Optional<Geometry> geometry() {
    checkState(blob == null, "feature %s: geometry not decoded yet", locator);
    return geometry;
  }

  /** Why the geometry could not be read, if it could not; the feature must be {@link #decoded}. */
  Optional<GeometryProblem> geometryProblem() {
    checkState(blob == null, "feature %s: geometry not decoded yet", locator);
    return geometryProblem;
  }

  @Override
  public String toString() {
    return "RawFeature[" + locator + "]";
  }
}
