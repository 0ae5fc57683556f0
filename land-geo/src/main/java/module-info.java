/**
 * Geometry measurement: a parcel's site area (用地面积) and its buildings' floor areas (建筑面积, 计容建筑面积) by use
 * class, measured from planar JTS polygons with the pack's storey-height rules, with a trace of every figure. No file
 * formats and no SQLite: module {@code io.landcheck.gis} reads GIS files into these types.
 *
 * @since 0.1
 */
// JTS is an automatic module (no module-info) with a stable Automatic-Module-Name
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.landcheck.geo {
  requires transitive io.landcheck.core;
  requires transitive org.locationtech.jts;

  exports io.landcheck.geo;
}
