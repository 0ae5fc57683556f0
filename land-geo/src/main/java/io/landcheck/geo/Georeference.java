package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a parcel's (宗地) coordinates came from and how they were brought into the plane it is measured in: the
 * coordinate system the file declared (or the one given with {@code --crs}), what was done with it, the CGCS2000
 * Gauss-Krüger (高斯-克吕格) system its areas were measured in, and its area on the CGCS2000 ellipsoid, which does not
 * depend on any projection and so checks the planar site area.
 *
 * @param crs the coordinate system read, e.g. {@code EPSG:3857}
 * @param handling what was done with it
 * @param zone the system the parcel was measured in: {@code crs} itself when used as it is, else the CGCS2000 3-degree
 *     Gauss-Krüger system without zone prefix whose central meridian is {@code centralMeridianDeg}, e.g.
 *     {@code EPSG:4549}
 * @param centralMeridianDeg the central meridian of {@code zone}, degrees east
 * @param ellipsoidalAreaM2 the boundary's area on the CGCS2000 ellipsoid (GeographicLib), m², as drawn (before any
 *     repair)
 * @since 0.1
 */
public record Georeference(String crs, Handling handling, String zone, double centralMeridianDeg,
    double ellipsoidalAreaM2) {

  /** What was done with a coordinate system to measure in it. */
  public enum Handling {
    /** A CGCS2000 transverse Mercator (Gauss-Krüger) system in metres, measured in as it is. */
    AS_IS,
    /** Longitude and latitude (经纬度), projected to the CGCS2000 3-degree Gauss-Krüger zone of the parcel. */
    PROJECTED,
    /**
     * Another projected system (Web Mercator EPSG:3857, UTM, a system on another ellipsoid), whose areas are not
     * CGCS2000 Gauss-Krüger areas: reprojected to the CGCS2000 3-degree Gauss-Krüger zone of the parcel.
     */
    REPROJECTED
  }

  /**
   * Checks the components.
   *
   * @param crs the coordinate system the file declared (or {@code --crs} gave), such as {@code EPSG:3857}
   * @param handling how its coordinates were brought into CGCS2000 Gauss-Krüger metres
   * @param zone the CGCS2000 system measured in, such as {@code EPSG:4549}
   * @param centralMeridianDeg the zone's central meridian, degrees east
   * @param ellipsoidalAreaM2 the parcel's area on the CGCS2000 ellipsoid (GeographicLib), m²
   */
  public Georeference {
    checkNotNull(crs, "Georeference.crs");
    checkNotNull(handling, "Georeference.handling");
    checkNotNull(zone, "Georeference.zone");
    checkArgument(Double.isFinite(centralMeridianDeg), "Georeference.centralMeridianDeg must be finite, was %s",
        centralMeridianDeg);
    checkArgument(ellipsoidalAreaM2 >= 0 && Double.isFinite(ellipsoidalAreaM2),
        "Georeference.ellipsoidalAreaM2 must be finite and >= 0, was %s", ellipsoidalAreaM2);
  }
}
