/**
 * Geometry measurement: a parcel's site area (用地面积) and its buildings' floor areas (建筑面积, 计容建筑面积) by use
 * class, measured from planar JTS polygons with the pack's storey-height rules, with a trace of every figure. No file
 * formats and no SQLite: module {@code io.landcheck.gis} reads GIS files into these types.
 *
 * @since 0.1
 */
// JTS and Guava are automatic modules (no module-info) with stable Automatic-Module-Names. JTS's geometries are part of
// this module's API; Guava is used inside only (no public signature names its types: PublicApiTest in land-test).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.landcheck.geo {
  requires transitive io.landcheck.core;
  requires transitive org.locationtech.jts;
  requires com.google.common;

  exports io.landcheck.geo;
}
