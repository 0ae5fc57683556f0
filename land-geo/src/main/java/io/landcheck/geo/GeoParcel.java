package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.model.Parcel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * A parcel (宗地) as a GIS file holds it: its boundary polygon, its buildings, and the non-geometric facts (land use,
 * lease, project category, park, district …) as a land-core {@link Parcel}. Site area and floor areas are not in
 * {@code facts} (the constructor refuses facts that carry them): they are measured from the geometry. Coordinates are
 * projected, in metres.
 *
 * <p>The geometry is kept as given, not copied: JTS geometries are mutable, and like JTS's own classes landcheck shares
 * them instead of copying them. Do not change one after handing it over; landcheck never changes one.
 *
 * @param id the parcel's id (宗地编号), the same as {@code facts.id()}
 * @param boundary the parcel boundary, a Polygon or MultiPolygon, holes allowed
 * @param buildings the buildings on the parcel
 * @param facts the parcel's non-geometric facts
 * @param declaredSiteAreaM2 a site area (用地面积) attribute from the file, if it has one, m²
 * @param locator where the record came from, e.g. {@code parcels.gpkg:parcels#17}
 * @param georeference the coordinate system the boundary was read in and how it was brought into metres, for a
 *     parcel read from a GIS file
 * @param readWarnings what reading the parcel found that a reviewer should know, which measurement puts first among
 *     its warnings: buildings placed on it by location (建筑按位置归属, {@code ASSIGNED_BY_LOCATION}) and how much of
 *     them lies outside it, buildings whose parcel_id disagrees with where they stand ({@code PARCEL_ID_DISAGREES})
 * @since 0.1
 */
public record GeoParcel(
    String id,
    Geometry boundary,
    List<Building> buildings,
    Parcel facts,
    OptionalDouble declaredSiteAreaM2,
    String locator,
    Optional<Georeference> georeference,
    List<RecordError> readWarnings) {

  /**
   * Checks the components; prefer {@link #of}.
   *
   * @param id the parcel's id (宗地编号), the same as {@code facts.id()}; not null
   * @param boundary the parcel boundary, a Polygon or MultiPolygon, holes allowed; not null
   * @param buildings the buildings on the parcel; not null
   * @param facts the parcel's non-geometric facts; not null
   * @param declaredSiteAreaM2 a site area (用地面积) attribute from the file, if it has one, m²; not null
   * @param locator where the record came from, e.g. {@code parcels.gpkg:parcels#17}; not null
   * @param georeference the coordinate system the boundary was read in, for a parcel read from a GIS file; not null
   * @param readWarnings what reading the parcel found that a reviewer should know; an empty list for none; not null
   */
  public GeoParcel {
    checkNotNull(id, "parcel id");
    checkNotNull(boundary, "parcel %s: boundary", id);
    checkArgument(Storey.isPolygonal(boundary),
        "parcel %s: boundary must be a Polygon or MultiPolygon, was %s", id, boundary.getGeometryType());
    checkNotNull(buildings, "parcel %s: buildings", id);
    buildings = ImmutableList.copyOf(buildings);
    checkNotNull(facts, "parcel %s: facts", id);
    checkArgument(facts.id().equals(id), "parcel %s: facts.id() is %s", id, facts.id());
    checkArgument(facts.siteAreaM2().isEmpty(), "parcel %s: facts.siteAreaM2 is measured from the boundary; give a site"
        + " area attribute of the file with withDeclaredSiteAreaM2, which measurement compares", id);
    checkArgument(facts.aboveGroundFloorAreaM2().isEmpty() && facts.plotRatioFloorAreaM2().isEmpty()
        && facts.undergroundFloorAreaM2() == 0,
        "parcel %s: facts carry floor areas, which measurement takes from the buildings' storeys instead", id);
    checkNotNull(declaredSiteAreaM2, "parcel %s: declaredSiteAreaM2 (use OptionalDouble.empty())", id);
    checkNotNull(locator, "parcel %s: locator", id);
    checkNotNull(georeference, "parcel %s: georeference (use Optional.empty())", id);
    readWarnings = ImmutableList.copyOf(checkNotNull(readWarnings, "parcel %s: readWarnings (use List.of())", id));
    Set<String> ids = new HashSet<>();
    for (Building b : buildings) {
      checkArgument(ids.add(b.id()), "parcel %s: building id %s is given twice", id, b.id());
    }
  }

  /**
   * A parcel with these facts, boundary and buildings, and no declared site area.
   *
   * @param facts the parcel's facts other than areas (land use, lease, project …); its id is the parcel's
   * @param boundary the parcel boundary (宗地界线), a Polygon or MultiPolygon in a projected CRS whose units are metres
   * @param buildings the buildings on the parcel; an empty list for vacant land
   * @param locator where the record came from, such as {@code parcels.gpkg:parcels#17}, for messages
   * @return the parcel, to be measured by {@link Measurement#measure}
   */
  public static GeoParcel of(Parcel facts, Geometry boundary, List<Building> buildings, String locator) {
    return new GeoParcel(facts.id(), boundary, buildings, facts, OptionalDouble.empty(), locator, Optional.empty(),
        List.of());
  }

  /**
   * This parcel with a declared site area attribute.
   *
   * @param siteAreaM2 the site area (用地面积) the file declares, m²; measurement warns when it differs from the
   *     boundary's area by more than the pack's {@code siteAreaTolerance} (a share of the measured area), and uses the
   *     measured one
   * @return a copy of this parcel with the declared site area
   */
  public GeoParcel withDeclaredSiteAreaM2(double siteAreaM2) {
    return new GeoParcel(id, boundary, buildings, facts, OptionalDouble.of(siteAreaM2), locator, georeference,
        readWarnings);
  }

  /**
   * This parcel with the record of the coordinate system it was read in.
   *
   * @param georeference the system read, how it was handled, the zone measured in and the ellipsoidal area
   * @return a copy of this parcel with it
   */
  public GeoParcel withGeoreference(Georeference georeference) {
    return new GeoParcel(id, boundary, buildings, facts, declaredSiteAreaM2, locator,
        Optional.of(checkNotNull(georeference, "parcel %s: georeference", id)), readWarnings);
  }

  /**
   * This parcel with more of what reading it found (buildings placed on it by location, a parcel_id that disagrees with
   * where a building stands), after those it has.
   *
   * @param warnings the warnings, each naming this parcel
   * @return a copy of this parcel with them
   */
  public GeoParcel withReadWarnings(List<RecordError> warnings) {
    checkNotNull(warnings, "parcel %s: warnings", id);
    return new GeoParcel(id, boundary, buildings, facts, declaredSiteAreaM2, locator, georeference,
        ImmutableList.<RecordError>builder().addAll(readWarnings).addAll(warnings).build());
  }

  /**
   * This parcel with other facts (the same id), keeping everything else.
   *
   * @param otherFacts the facts, such as these facts with a date to judge them on
   * @return a copy of this parcel with them
   */
  public GeoParcel withFacts(Parcel otherFacts) {
    return new GeoParcel(id, boundary, buildings, otherFacts, declaredSiteAreaM2, locator, georeference, readWarnings);
  }
}
