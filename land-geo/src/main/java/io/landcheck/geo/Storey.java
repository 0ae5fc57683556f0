package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One storey (层) of a building: its level, its storey height (层高, floor to floor, in metres), the use code of its
 * floor area (生产, 研发, 宿舍 … as the policy pack knows them), and, for podiums and setbacks, a footprint of its own.
 *
 * <p>Levels count from 1 upwards above ground and from -1 downwards below ground (地下室); there is no level 0.
 * Coordinates are projected, in metres.
 *
 * <p>The geometry is kept as given, not copied: JTS geometries are mutable, and like JTS's own classes landcheck shares
 * them instead of copying them. Do not change one after handing it over; landcheck never changes one.
 *
 * @param level 1, 2, … above ground; -1, -2, … below ground
 * @param storeyHeightM the storey height (层高), m, &gt; 0
 * @param useCode the use code of this storey's floor area
 * @param footprint the storey's own footprint when it differs from the building's, else empty
 * @since 0.1
 */
public record Storey(int level, double storeyHeightM, String useCode, Optional<Geometry> footprint) {

  /**
   * Checks the components; prefer {@link #above} and {@link #below}.
   *
   * @param level 1, 2, … above ground; -1, -2, … below ground
   * @param storeyHeightM the storey height (层高), m, &gt; 0
   * @param useCode the use code of this storey's floor area; not blank
   * @param footprint the storey's own footprint when it differs from the building's, else empty; not null
   */
  public Storey {
    checkArgument(level != 0, "storey level must not be 0 (1 is the ground floor, -1 the first basement)");
    checkArgument(Double.isFinite(storeyHeightM) && storeyHeightM > 0,
        "storey %s: storeyHeightM must be a finite number > 0, was %s", Integer.valueOf(level), Double.valueOf(storeyHeightM));
    checkNotNull(useCode, "storey %s: useCode", level);
    checkArgument(!useCode.isBlank(), "storey %s: useCode must not be blank", level);
    checkNotNull(footprint, "storey %s: footprint (use Optional.empty())", level);
    footprint.ifPresent(f -> checkArgument(isPolygonal(f),
        "storey %s: footprint must be a Polygon or MultiPolygon, was %s", level, f.getGeometryType()));
  }

  /**
   * An above-ground storey at {@code level} (1 = ground floor).
   *
   * @param level the level above ground, 1 for the ground floor
   * @param storeyHeightM the storey height (层高), m, above 0; it decides how the storey counts in 计容建筑面积
   * @param useCode the use code of the storey's floor area, such as 生产 or 宿舍
   * @return the storey, with the building's footprint
   */
  public static Storey above(int level, double storeyHeightM, String useCode) {
    checkArgument(level >= 1, "an above-ground storey's level is >= 1, was %s", level);
    return new Storey(level, storeyHeightM, useCode, Optional.empty());
  }

  /**
   * A basement storey {@code depth} levels down (1 = first basement, stored as level -1).
   *
   * @param depth how many levels down, 1 for the first basement
   * @param storeyHeightM the storey height (层高), m, above 0
   * @param useCode the use code of the storey's floor area
   * @return the storey, with the building's footprint; its area counts in 地下建筑面积, never in the plot ratio
   */
  public static Storey below(int depth, double storeyHeightM, String useCode) {
    checkArgument(depth >= 1, "a basement's depth is >= 1, was %s", depth);
    return new Storey(-depth, storeyHeightM, useCode, Optional.empty());
  }

  /**
   * This storey with a footprint of its own (a podium or a setback).
   *
   * @param ownFootprint the storey's footprint, in the building's CRS
   * @return a copy of this storey with that footprint
   */
  public Storey withFootprint(Geometry ownFootprint) {
    return new Storey(level, storeyHeightM, useCode, Optional.of(checkNotNull(ownFootprint, "footprint")));
  }

  /**
   * Whether the storey is above ground.
   *
   * @return true for a level of 1 or more, false for a basement
   */
  public boolean isAboveGround() {
    return level > 0;
  }

  static boolean isPolygonal(Geometry g) {
    return g instanceof org.locationtech.jts.geom.Polygon || g instanceof org.locationtech.jts.geom.MultiPolygon;
  }
}
