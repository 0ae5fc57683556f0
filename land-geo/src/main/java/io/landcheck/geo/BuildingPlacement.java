package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Buildings (建筑) placed on parcels (宗地) by location, for building layers that do not say which parcel each building
 * stands on (no {@code parcel_id}). The rules:
 *
 * <ol>
 *   <li>A building goes to the parcel that holds the largest part of its footprint (基底), measured as the area of the
 *       footprint's intersection with each parcel polygon (JTS, parcels found with an STRtree on their envelopes); on a
 *       tie, to the parcel given first.
 *   <li>The part of its footprint outside that parcel is reported ({@link Placement#outsideM2()}, {@link
 *       Placement#outsideShare()}) and, as for any building, measurement counts only the part inside (docs/measurement.md).
 *   <li>Split across parcels ({@code splitAcrossParcels}): the building is also given to every other parcel that holds
 *       part of its footprint, so that each parcel counts its own part (and its storeys on it) and no floor area is
 *       lost; the building keeps its id on each.
 *   <li>A building that no parcel holds any part of, whose footprint is not a valid polygon, or whose id the chosen
 *       parcel's own buildings already use, is placed nowhere: its {@link Placement#problem()} says why (a {@link
 *       Reason}, and the parcel in the way), and the caller reports it as an error; it is never dropped in silence.
 * </ol>
 *
 * <p>All the parcels are held in memory with their index while buildings are placed: for a batch, one input's parcels
 * at a time (about 1 KB a parcel with a few buildings).
 * @since 0.1
 */
public final class BuildingPlacement {

  private BuildingPlacement() {}

  /** Why a building was placed on no parcel. */
  public enum Reason {
    /** Its footprint is not a valid polygon, so the parcel holding it cannot be told. */
    INVALID_FOOTPRINT,
    /** No parcel holds any part of its footprint. */
    ON_NO_PARCEL,
    /** The parcel holding the largest part of its footprint has a building of its id already. */
    ID_TAKEN
  }

  /**
   * Why a building was placed on no parcel, as facts the caller tells in the report's language.
   *
   * @param reason why
   * @param parcelId for {@link Reason#ID_TAKEN}, the parcel holding the largest part of the footprint, whose buildings
   *     use the id already; empty for the other reasons
   */
  public record Problem(Reason reason, Optional<String> parcelId) {
    /**
     * Checks the components: none null, and a parcel id exactly for {@link Reason#ID_TAKEN}.
     *
     * @param reason why
     * @param parcelId the parcel in the way, for {@link Reason#ID_TAKEN} only
     */
    public Problem {
      checkNotNull(reason, "Problem.reason");
      checkNotNull(parcelId, "Problem.parcelId");
      checkArgument(parcelId.isPresent() == (reason == Reason.ID_TAKEN),
          "Problem.parcelId: given exactly for ID_TAKEN, was %s for %s", parcelId, reason);
    }
  }

  /**
   * Where one building went.
   *
   * @param buildingId the building's id
   * @param parcelId the parcel holding the largest part of its footprint, if it was placed
   * @param alsoOn for a building split across parcels, the other parcels it was given to, in the order given
   * @param footprintM2 the area of its footprint
   * @param insideM2 the part inside {@code parcelId}'s polygon (0 if placed nowhere)
   * @param problem why it was placed nowhere, if it was not placed
   */
  public record Placement(String buildingId, Optional<String> parcelId, List<String> alsoOn, double footprintM2,
      double insideM2, Optional<Problem> problem) {

    /**
     * Checks every component: none null, and exactly one of {@code parcelId} and {@code problem}.
     *
     * @param buildingId the building's id
     * @param parcelId the parcel it went to; empty if it was placed nowhere
     * @param alsoOn the other parcels a split building was given to
     * @param footprintM2 the area of its footprint, m²
     * @param insideM2 the part inside {@code parcelId}'s polygon, m²
     * @param problem why it was placed nowhere
     */
    public Placement {
      checkNotNull(buildingId, "Placement.buildingId");
      checkNotNull(parcelId, "Placement %s: parcelId", buildingId);
      alsoOn = ImmutableList.copyOf(checkNotNull(alsoOn, "Placement %s: alsoOn", buildingId));
      checkNotNull(problem, "Placement %s: problem", buildingId);
      checkArgument(parcelId.isPresent() != problem.isPresent(),
          "Placement %s: exactly one of parcelId and problem", buildingId);
    }

    /**
     * The part of the footprint outside the parcel it went to, m².
     *
     * @return the footprint less the part inside, at least 0
     */
    public double outsideM2() {
      return Math.max(0, footprintM2 - insideM2);
    }

    /**
     * {@link #outsideM2()} as a share of the footprint.
     *
     * @return from 0 to 1; 0 for an empty footprint
     */
    public double outsideShare() {
      return footprintM2 > 0 ? outsideM2() / footprintM2 : 0;
    }
  }

  /**
   * The parcels with the buildings placed on them, in the order given, and where each building went, in the order
   * given.
   *
   * @param parcels the parcels with the buildings placed on them, in the order given
   * @param placements where each building went (or why nowhere), in the order given
   */
  public record Placed(List<GeoParcel> parcels, List<Placement> placements) {
    /**
     * Copies both lists (immutable).
     *
     * @param parcels the parcels with the buildings placed on them
     * @param placements where each building went
     */
    public Placed {
      parcels = ImmutableList.copyOf(checkNotNull(parcels, "Placed.parcels"));
      placements = ImmutableList.copyOf(checkNotNull(placements, "Placed.placements"));
    }
  }

  /**
   * Places {@code buildings} on {@code parcels} by location (the rules above). Parcels and buildings must be in the
   * same projected system, in metres.
   *
   * @param parcels the parcels, with their boundaries and the buildings they already have
   * @param buildings buildings without a parcel id, each with its footprint and storeys
   * @param splitAcrossParcels whether a building overlapping several parcels is also given to each other parcel it
   *     overlaps, so that each measures its own part (clipped to its boundary)
   * @return the parcels with the buildings placed on them, and where each building went
   */
  public static Placed place(List<GeoParcel> parcels, List<Building> buildings, boolean splitAcrossParcels) {
    checkNotNull(parcels, "BuildingPlacement.place(parcels)");
    checkNotNull(buildings, "BuildingPlacement.place(buildings)");
    STRtree index = new STRtree();
    for (int i = 0; i < parcels.size(); i++) {
      index.insert(parcels.get(i).boundary().getEnvelopeInternal(), i);
    }
    Map<Integer, List<Building>> added = new LinkedHashMap<>();
    List<Placement> placements = new ArrayList<>();
    for (Building b : buildings) {
      placements.add(place(b, parcels, index, splitAcrossParcels, added));
    }
    List<GeoParcel> out = new ArrayList<>(parcels.size());
    for (int i = 0; i < parcels.size(); i++) {
      GeoParcel p = parcels.get(i);
      List<Building> more = added.getOrDefault(i, List.of());
      if (more.isEmpty()) {
        out.add(p);
      } else {
        List<Building> all = new ArrayList<>(p.buildings());
        all.addAll(more);
        out.add(new GeoParcel(p.id(), p.boundary(), all, p.facts(), p.declaredSiteAreaM2(), p.locator(),
            p.georeference(), p.readWarnings()));
      }
    }
    return new Placed(out, placements);
  }

  /** One part of a footprint on one parcel. */
  private record Part(int parcel, double areaM2) {}

  private static Placement place(Building b, List<GeoParcel> parcels, STRtree index, boolean split,
      Map<Integer, List<Building>> added) {
    Geometry footprint = b.footprint();
    double footprintM2 = footprint.getArea();
    if (!footprint.isValid()) {
      return nowhere(b, footprintM2, new Problem(Reason.INVALID_FOOTPRINT, Optional.empty()));
    }
    List<Part> parts = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Integer> candidates = index.query(footprint.getEnvelopeInternal());
    for (int i : candidates.stream().sorted().toList()) {
      Geometry boundary = parcels.get(i).boundary();
      if (!boundary.isValid()) {
        continue; // an invalid parcel is an error of its own; it holds no building
      }
      double area = OverlayNGRobust.overlay(boundary, footprint, OverlayNG.INTERSECTION).getArea();
      if (area > 0) {
        parts.add(new Part(i, area));
      }
    }
    if (parts.isEmpty()) {
      return nowhere(b, footprintM2, new Problem(Reason.ON_NO_PARCEL, Optional.empty()));
    }
    // the largest part; on a tie the parcel given first (parts are in parcel order, and max keeps the first)
    Part largest = parts.stream().max(Comparator.comparingDouble(Part::areaM2)
        .thenComparing(Comparator.comparingInt(Part::parcel).reversed())).orElseThrow();
    GeoParcel chosen = parcels.get(largest.parcel());
    if (usesId(chosen, added.getOrDefault(largest.parcel(), List.of()), b.id())) {
      return nowhere(b, footprintM2, new Problem(Reason.ID_TAKEN, Optional.of(chosen.id())));
    }
    added.computeIfAbsent(largest.parcel(), k -> new ArrayList<>()).add(b);
    List<String> alsoOn = new ArrayList<>();
    if (split) {
      for (Part part : parts) {
        GeoParcel other = parcels.get(part.parcel());
        if (part != largest && !usesId(other, added.getOrDefault(part.parcel(), List.of()), b.id())) {
          added.computeIfAbsent(part.parcel(), k -> new ArrayList<>()).add(b);
          alsoOn.add(other.id());
        }
      }
    }
    return new Placement(b.id(), Optional.of(chosen.id()), alsoOn, footprintM2, largest.areaM2(), Optional.empty());
  }

  private static boolean usesId(GeoParcel p, List<Building> added, String id) {
    Set<String> ids = new HashSet<>();
    p.buildings().forEach(x -> ids.add(x.id()));
    added.forEach(x -> ids.add(x.id()));
    return ids.contains(id);
  }

  private static Placement nowhere(Building b, double footprintM2, Problem why) {
    return new Placement(b.id(), Optional.empty(), List.of(), footprintM2, 0, Optional.of(why));
  }
}
