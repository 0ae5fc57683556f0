package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Bounds on what one record of an input may hold, so that a hostile or broken file gives ERROR rows naming the bound
 * and the field, never an {@code OutOfMemoryError} or {@code StackOverflowError}, and never an error on another record.
 * The defaults are far beyond real parcels (a surveyed boundary has hundreds of vertices, a parcel some dozens of
 * storeys); docs/input-format.md ("Limits") lists them.
 *
 * @param maxVertices the vertices one geometry (a parcel boundary, a footprint) may have, in all its rings; default
 *     1,000,000 (some 40 MB as JTS coordinates)
 * @param maxParts the rings (a Shapefile's parts) one geometry may have, shells and holes together; default 10,000
 * @param maxGeometryDepth how deep a GeoPackage geometry may nest collections in collections (a Polygon is 1, a
 *     MultiPolygon 2, a GeometryCollection holding one 3); default 16
 * @param maxBuildings the buildings one parcel may have; default 10,000
 * @param maxStoreys the storeys one parcel may have, in all its buildings; default 20,000
 * @param maxStringLength the characters a text value, or the name of a JSON member, may have; default 10,000 (a .dbf
 *     field holds at most 254 bytes)
 * @param maxJsonDepth how deep a JSON document (GeoJSON, facts file) may nest objects and arrays, counted from its
 *     top; default 100 (a GeoJSON MultiPolygon's coordinates are at depth 8)
 * @since 0.1
 */
public record ReadLimits(int maxVertices, int maxParts, int maxGeometryDepth, int maxBuildings, int maxStoreys,
    int maxStringLength, int maxJsonDepth) {

  /**
   * Checks that every bound is at least 1.
   *
   * @param maxVertices the vertices one geometry may have, in all its rings; at least 1
   * @param maxParts the rings one geometry may have, shells and holes together; at least 1
   * @param maxGeometryDepth how deep a geometry may nest collections (a Polygon is 1); at least 1
   * @param maxBuildings the buildings one parcel may have; at least 1
   * @param maxStoreys the storeys one parcel may have, in all its buildings; at least 1
   * @param maxStringLength the characters a text value or JSON member name may have; at least 1
   * @param maxJsonDepth how deep a JSON document may nest objects and arrays; at least 1
   */
  public ReadLimits {
    checkArgument(maxVertices >= 1, "maxVertices must be >= 1, was %s", maxVertices);
    checkArgument(maxParts >= 1, "maxParts must be >= 1, was %s", maxParts);
    checkArgument(maxGeometryDepth >= 1, "maxGeometryDepth must be >= 1, was %s", maxGeometryDepth);
    checkArgument(maxBuildings >= 1, "maxBuildings must be >= 1, was %s", maxBuildings);
    checkArgument(maxStoreys >= 1, "maxStoreys must be >= 1, was %s", maxStoreys);
    checkArgument(maxStringLength >= 1, "maxStringLength must be >= 1, was %s", maxStringLength);
    checkArgument(maxJsonDepth >= 1, "maxJsonDepth must be >= 1, was %s", maxJsonDepth);
  }

  /**
   * The defaults: 1,000,000 vertices and 10,000 rings a geometry, depth 16, 10,000 buildings and 20,000 storeys a
   * parcel, 10,000 characters a text, JSON depth 100.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return new ReadLimits(1_000_000, 10_000, 16, 10_000, 20_000, 10_000, 100);
  }

  /**
   * These limits with another bound on the vertices of one geometry.
   *
   * @param n the most vertices, at least 1
   * @return a copy of these limits with the bound
   */
  public ReadLimits withMaxVertices(int n) {
    return new ReadLimits(n, maxParts, maxGeometryDepth, maxBuildings, maxStoreys, maxStringLength, maxJsonDepth);
  }

  /**
   * These limits with another bound on the rings (parts) of one geometry.
   *
   * @param n the most rings, at least 1
   * @return a copy of these limits with the bound
   */
  public ReadLimits withMaxParts(int n) {
    return new ReadLimits(maxVertices, n, maxGeometryDepth, maxBuildings, maxStoreys, maxStringLength, maxJsonDepth);
  }

  /**
   * These limits with another bound on how deep a geometry may nest collections.
   *
   * @param n the deepest nesting, at least 1
   * @return a copy of these limits with the bound
   */
  public ReadLimits withMaxGeometryDepth(int n) {
    return new ReadLimits(maxVertices, maxParts, n, maxBuildings, maxStoreys, maxStringLength, maxJsonDepth);
  }

  /**
   * These limits with another bound on the buildings of one parcel.
   *
   * @param n the most buildings a parcel may have, at least 1
   * @return a copy of these limits with the bound
   */
  public ReadLimits withMaxBuildings(int n) {
    return new ReadLimits(maxVertices, maxParts, maxGeometryDepth, n, maxStoreys, maxStringLength, maxJsonDepth);
  }

  /**
   * These limits with another bound on the storeys of one parcel.
   *
   * @param n the most storeys a parcel may have, at least 1
   * @return a copy of these limits with the bound
   */
  public ReadLimits withMaxStoreys(int n) {
    return new ReadLimits(maxVertices, maxParts, maxGeometryDepth, maxBuildings, n, maxStringLength, maxJsonDepth);
  }

  /**
   * These limits with another bound on the characters of a text value or a JSON member's name.
   *
   * @param n the most characters, at least 1
   * @return a copy of these limits with the bound
   */
  public ReadLimits withMaxStringLength(int n) {
    return new ReadLimits(maxVertices, maxParts, maxGeometryDepth, maxBuildings, maxStoreys, n, maxJsonDepth);
  }

  /**
   * These limits with another bound on how deep a JSON document may nest.
   *
   * @param n the deepest nesting, at least 1
   * @return a copy of these limits with the bound
   */
  public ReadLimits withMaxJsonDepth(int n) {
    return new ReadLimits(maxVertices, maxParts, maxGeometryDepth, maxBuildings, maxStoreys, maxStringLength, n);
  }

  /** A bound as an error names it: {@code limit maxVertices = 1,000,000}. */
  static String named(String limit, long value) {
    return String.format(Locale.ROOT, "limit %s = %,d", limit, value);
  }
}
