package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * A building (建筑) on a parcel: its footprint (基底) and its storeys. Coordinates are projected, in metres.
 *
 * <p>The geometry is kept as given, not copied: JTS geometries are mutable, and like JTS's own classes landcheck shares
 * them instead of copying them. Do not change one after handing it over; landcheck never changes one.
 *
 * @param id the building's id, unique within its parcel
 * @param footprint the building's footprint, a Polygon or MultiPolygon
 * @param storeys the storeys, each level at most once
 * @since 0.1
 */
public record Building(String id, Geometry footprint, List<Storey> storeys) {

  /**
   * Checks the components; prefer {@link #of}.
   *
   * @param id the building's id, unique within its parcel; not blank
   * @param footprint the building's footprint, a Polygon or MultiPolygon; not null
   * @param storeys the storeys, each level at most once; not null
   */
  public Building {
    checkNotNull(id, "building id");
    checkArgument(!id.isBlank(), "building id must not be blank");
    checkNotNull(footprint, "building %s: footprint", id);
    checkArgument(Storey.isPolygonal(footprint),
        "building %s: footprint must be a Polygon or MultiPolygon, was %s", id, footprint.getGeometryType());
    checkNotNull(storeys, "building %s: storeys", id);
    storeys = ImmutableList.copyOf(storeys);
    Set<Integer> levels = new HashSet<>();
    for (Storey s : storeys) {
      checkArgument(levels.add(s.level()), "building %s: storey level %s is given twice", id, s.level());
    }
  }

  /**
   * A building with these storeys, copied.
   *
   * @param id the building's id, unique within its parcel
   * @param footprint the building's footprint (基底), a Polygon or MultiPolygon in a projected CRS whose units are metres
   * @param storeys the storeys above and below ground, each level at most once
   * @return the building, holding an immutable copy of {@code storeys}
   */
  public static Building of(String id, Geometry footprint, List<Storey> storeys) {
    return new Building(id, footprint, storeys);
  }
}
