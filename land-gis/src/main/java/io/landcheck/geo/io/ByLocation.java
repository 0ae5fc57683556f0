package io.landcheck.geo.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.landcheck.model.RecordError;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Buildings (建筑) without a parcel_id placed on the parcels (宗地) of a source by location, before its parcels are
 * streamed ({@link ReadOptions.BuildingAssignment#BY_LOCATION}). The rules, as {@code io.landcheck.geo
 * .BuildingPlacement}'s and documented in docs/input-format.md:
 *
 * <ol>
 *   <li>A building without parcel_id goes, with its storeys without parcel_id (linked by building_id), to the parcel
 *       holding the largest part of its footprint (the area of the footprint's intersection with the parcel, in metres
 *       in the parcel's zone); on a tie, to the parcel first in the file. Its parcel is told so with an {@code
 *       ASSIGNED_BY_LOCATION} warning giving the share outside it.
 *   <li>Split ({@code BY_LOCATION_SPLIT}): it also goes to every other parcel holding part of it, each with its own
 *       warning, so that each parcel measures its own part.
 *   <li>A building placed nowhere (no parcel holds any part of it, its footprint is missing or invalid, it has no
 *       building_id, its building_id is given to another building without parcel_id, or the chosen parcel has a
 *       building of that id already) is an error record of its own ({@code BUILDING_UNPLACED}).
 *   <li>A building with a parcel_id keeps it; if another parcel holds a larger part of its footprint than the one it
 *       names, that parcel gets a {@code PARCEL_ID_DISAGREES} warning.
 * </ol>
 *
 * <p>Cost: a first pass over the parcels reads every parcel polygon, in metres, into memory with an STRtree, held
 * until every building is placed (measured figures in docs/input-format.md, "Buildings by location"); every building's footprint is intersected with the parcels its envelope meets (those with a parcel_id
 * too, for the disagreement check); the rows of the buildings without parcel_id and their storeys are held until the
 * parcels are read. The assignment is immutable, read by the assembly threads.
 */
final class ByLocation {

  /**
   * A building placed on no parcel: an error record of its own, told by the template {@code BUILDING_UNPLACED.name}
   * with its facts (the building's id and locator first).
   */
  record Unplaced(String locator, String name, List<String> arguments) {

    /**
     * Why the building at {@code locator} is placed on no parcel, by the template {@code name} and its facts, with the
     * ending for its {@code storeyCount} storeys placed nowhere with it: the template {@code nameStorey} for one,
     * {@code nameStoreys} with the count for more.
     */
    static Unplaced of(String locator, String name, List<String> facts, int storeyCount) {
      return storeyCount == 0 ? new Unplaced(locator, name, facts)
          : storeyCount == 1 ? new Unplaced(locator, name + "Storey", facts)
          : new Unplaced(locator, name + "Storeys", adding(facts, storeyCount));
    }
  }

  /** {@code facts} and one more, written as text. */
  private static List<String> adding(List<String> facts, Object more) {
    List<String> out = new ArrayList<>(facts);
    out.add(String.valueOf(more));
    return out;
  }

  private final ImmutableListMultimap<String, RawFeature> buildings;
  private final ImmutableListMultimap<String, RawFeature> storeys;
  private final ImmutableListMultimap<String, RecordError> warnings;
  private final ImmutableList<Unplaced> unplaced;
  private final ReadLimits limits;

  private ByLocation(ListMultimap<String, RawFeature> buildings, ListMultimap<String, RawFeature> storeys,
      ListMultimap<String, RecordError> warnings, List<Unplaced> unplaced, ReadLimits limits) {
    this.limits = limits;
    this.buildings = ImmutableListMultimap.copyOf(buildings);
    this.storeys = ImmutableListMultimap.copyOf(storeys);
    this.warnings = ImmutableListMultimap.copyOf(warnings);
    this.unplaced = ImmutableList.copyOf(unplaced);
  }

  /** A parcel's polygon in metres, and its place in the file. */
  private record Target(int order, String id, Geometry metres, OptionalInt zone) {}

  /** A part of a footprint on one parcel, m². */
  private record Part(Target parcel, double areaM2) {}

  /**
   * Places the buildings without parcel_id of {@code store} on the parcels {@code parcels} (a fresh pass over the
   * parcels layer, closed by the caller), as {@code split} says, and notes the placed buildings in the store so that
   * they are not reported as buildings without a parcel.
   */
  static ByLocation place(Iterator<RawFeature> parcels, ChildStore store, SourceCrs crs, ReadOptions options)
      throws SQLException {
    boolean split = options.buildingAssignment() == ReadOptions.BuildingAssignment.BY_LOCATION_SPLIT;
    WKBReader wkb = new WKBReader(GpBlob.FACTORY);
    STRtree index = new STRtree();
    Set<String> seen = new HashSet<>();
    int order = 0;
    while (parcels.hasNext()) {
      RawFeature f = parcels.next();
      Optional<String> id = Assembler.idOf(f).filter(i -> i.length() <= options.limits().maxStringLength());
      if (id.isEmpty() || !seen.add(id.get())) {
        continue; // a parcel without an id, or the second with an id, is an error of its own and holds no building
      }
      Optional<Geometry> g = polygonal(f.decoded(wkb, options.limits()), crs);
      if (g.isPresent()) {
        OptionalInt zone = crs.zoneOf(g.get());
        Geometry metres = crs.toMetres(g.get(), zone);
        if (metres.isValid()) { // an invalid parcel is an error of its own (or repaired); it holds no building
          index.insert(g.get().getEnvelopeInternal(), new Target(order++, id.get(), metres, zone));
        }
      }
    }
    index.build();
    ListMultimap<String, RawFeature> placedBuildings = MultimapBuilder.hashKeys().arrayListValues().build();
    ListMultimap<String, RawFeature> placedStoreys = MultimapBuilder.hashKeys().arrayListValues().build();
    ListMultimap<String, RecordError> notes = MultimapBuilder.hashKeys().arrayListValues().build();
    List<Unplaced> nowhere = new ArrayList<>();
    Optional<ChildStore.Table> bt = store.buildingsTable();
    if (bt.isEmpty()) {
      return new ByLocation(placedBuildings, placedStoreys, notes, nowhere, options.limits());
    }
    // the storeys without parcel_id, by building_id
    ListMultimap<String, RawFeature> looseStoreys = MultimapBuilder.hashKeys().arrayListValues().build();
    if (store.storeysTable().isPresent()) {
      store.rowsByParcelId(store.storeysTable().get(), true,
          s -> buildingId(s).ifPresent(bid -> looseStoreys.put(bid, s)));
    }
    List<RawFeature> loose = new ArrayList<>();
    Map<String, Integer> idCount = new HashMap<>();
    store.rowsByParcelId(bt.get(), true, b -> {
      loose.add(b);
      buildingId(b).ifPresent(bid -> idCount.merge(bid, 1, Integer::sum));
    });
    Set<String> looseIds = new LinkedHashSet<>(idCount.keySet());
    for (RawFeature row : loose) {
      RawFeature b = row.decoded(wkb, options.limits());
      Optional<String> bid = buildingId(b);
      int storeyCount = bid.map(i -> looseStoreys.get(i).size()).orElse(0);
      if (bid.isEmpty()) {
        nowhere.add(new Unplaced(b.locator(), "noBuildingId", List.of(b.locator())));
        continue;
      }
      List<String> named = List.of(bid.get(), b.locator());
      if (idCount.get(bid.get()) > 1) {
        nowhere.add(Unplaced.of(b.locator(), "idShared", adding(named, idCount.get(bid.get())), storeyCount));
        continue;
      }
      Optional<Geometry> footprint = polygonal(b, crs);
      if (footprint.isEmpty()) {
        nowhere.add(Unplaced.of(b.locator(), "noFootprint", named, storeyCount));
        continue;
      }
      Optional<List<Part>> parts = parts(footprint.get(), index, crs);
      if (parts.isEmpty()) {
        nowhere.add(Unplaced.of(b.locator(), "invalidFootprint", named, storeyCount));
        continue;
      }
      if (parts.get().isEmpty()) {
        nowhere.add(Unplaced.of(b.locator(), "onNoParcel", named, storeyCount));
        continue;
      }
      double footprintM2 = footprintM2(footprint.get(), crs, parts.get().get(0).parcel().zone());
      Part largest = largest(parts.get());
      if (store.hasBuilding(largest.parcel().id(), bid.get())) {
        nowhere.add(Unplaced.of(b.locator(), "idTaken", adding(named, largest.parcel().id()), storeyCount));
        continue;
      }
      List<Part> given = new ArrayList<>();
      given.add(largest);
      if (split) {
        for (Part p : parts.get()) {
          if (p != largest && !store.hasBuilding(p.parcel().id(), bid.get())) {
            given.add(p);
          }
        }
      }
      for (Part p : given) {
        placedBuildings.put(p.parcel().id(), b);
        placedStoreys.putAll(p.parcel().id(), looseStoreys.get(bid.get()));
        notes.put(p.parcel().id(), assigned(p, bid.get(), b.locator(), footprintM2, given, split));
      }
    }
    disagreements(store, bt.get(), index, crs, options, notes);
    store.markLoose(looseIds);
    return new ByLocation(placedBuildings, placedStoreys, notes, nowhere, options.limits());
  }

  /**
   * The warnings of the buildings with a parcel_id of a parcel that holds less of their footprint than another parcel
   * does, filed under the parcel they name.
   */
  private static void disagreements(ChildStore store, ChildStore.Table bt, STRtree index, SourceCrs crs,
      ReadOptions options, ListMultimap<String, RecordError> notes) throws SQLException {
    WKBReader wkb = new WKBReader(GpBlob.FACTORY);
    store.rowsByParcelId(bt, false, row -> {
      RawFeature b = row.decoded(wkb, options.limits());
      Optional<String> named = Assembler.values(b, b.locator(), "", new ArrayList<>()).text("parcel_id");
      Optional<String> bid = buildingId(b);
      Optional<Geometry> footprint = polygonal(b, crs);
      if (named.isEmpty() || bid.isEmpty() || footprint.isEmpty()) {
        return; // its parcel's record reports it
      }
      Optional<List<Part>> parts = parts(footprint.get(), index, crs);
      if (parts.isEmpty() || parts.get().isEmpty()) {
        return; // its parcel's measurement reports a building outside it
      }
      Part largest = largest(parts.get());
      if (largest.parcel().id().equals(named.get())) {
        return;
      }
      double footprintM2 = footprintM2(footprint.get(), crs, largest.parcel().zone());
      double namedM2 = parts.get().stream().filter(p -> p.parcel().id().equals(named.get()))
          .mapToDouble(Part::areaM2).sum();
      notes.put(named.get(), RecordError.of(RecordError.Code.PARCEL_ID_DISAGREES, named.get(),
          "buildings[" + bid.get() + "].parcel_id", "named", List.of(bid.get(), b.locator(),
              percent(namedM2, footprintM2), largest.parcel().id(), percent(largest.areaM2(), footprintM2))));
    });
  }

  /** The warning of a building placed on {@code p}'s parcel. */
  private static RecordError assigned(Part p, String bid, String locator, double footprintM2, List<Part> given,
      boolean split) {
    double outsideM2 = Math.max(0, footprintM2 - p.areaM2());
    List<String> facts = new ArrayList<>(List.of(bid, locator, percent(p.areaM2(), footprintM2), m2(footprintM2),
        percent(outsideM2, footprintM2), m2(outsideM2)));
    if (split && given.size() > 1) {
      List<String> others = new ArrayList<>();
      given.stream().filter(o -> o != p).forEach(o -> others.add(o.parcel().id()));
      facts.add(String.join(", ", others));
      return RecordError.of(RecordError.Code.ASSIGNED_BY_LOCATION, p.parcel().id(), "buildings[" + bid + "]", "split",
          facts);
    }
    return RecordError.of(RecordError.Code.ASSIGNED_BY_LOCATION, p.parcel().id(), "buildings[" + bid + "]", "placed",
        facts);
  }

  private static String percent(double partM2, double wholeM2) {
    return String.format(Locale.ROOT, "%.1f%%", wholeM2 > 0 ? 100 * partM2 / wholeM2 : 0);
  }

  private static String m2(double m2) {
    return String.format(Locale.ROOT, "%.2f", m2);
  }

  /** The part on the parcel holding the most; on a tie, the parcel first in the file. */
  private static Part largest(List<Part> parts) {
    return parts.stream().max(Comparator.comparingDouble(Part::areaM2)
        .thenComparing(Comparator.comparingInt((Part p) -> p.parcel().order()).reversed())).orElseThrow();
  }

  /**
   * The parts of the footprint (in the source's coordinates) on the parcels it overlaps, in file order; empty if its
   * footprint is not a valid polygon in metres.
   */
  private static Optional<List<Part>> parts(Geometry footprint, STRtree index, SourceCrs crs) {
    @SuppressWarnings("unchecked")
    List<Target> candidates = index.query(footprint.getEnvelopeInternal());
    Map<OptionalInt, Geometry> inZone = new HashMap<>();
    List<Part> out = new ArrayList<>();
    for (Target t : candidates.stream().sorted(Comparator.comparingInt(Target::order)).toList()) {
      Geometry metres = inZone.computeIfAbsent(t.zone(), z -> crs.toMetres(footprint, z));
      if (!metres.isValid()) {
        return Optional.empty();
      }
      double area = OverlayNGRobust.overlay(t.metres(), metres, OverlayNG.INTERSECTION).getArea();
      if (area > 0) {
        out.add(new Part(t, area));
      }
    }
    if (out.isEmpty() && !crs.toMetres(footprint, crs.zoneOf(footprint)).isValid()) {
      return Optional.empty();
    }
    return Optional.of(out);
  }

  private static double footprintM2(Geometry footprint, SourceCrs crs, OptionalInt zone) {
    return crs.toMetres(footprint, zone).getArea();
  }

  /** The feature's polygon in the source's coordinates, if it has one that fits them. */
  private static Optional<Geometry> polygonal(RawFeature f, SourceCrs crs) {
    if (f.geometry().isEmpty()) {
      return Optional.empty();
    }
    Geometry g = f.geometry().get();
    if (g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof Polygon p) {
      g = p;
    }
    if (!(g instanceof Polygon || g instanceof MultiPolygon) || g.isEmpty() || crs.rangeProblem(g).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(g);
  }

  private static Optional<String> buildingId(RawFeature f) {
    return Assembler.values(f, f.locator(), "", new ArrayList<>()).text("building_id");
  }

  /** The buildings without parcel_id placed on parcel {@code parcelId}, with the rows it read of its own. */
  Assembler.Rows withPlaced(String parcelId, Assembler.Rows rows) {
    List<RawFeature> more = buildings.get(parcelId);
    if (more.isEmpty()) {
      return rows;
    }
    return new Assembler.Rows(rows.parcel(), plus(rows.buildings(), more, limits.maxBuildings()),
        plus(rows.storeys(), storeys.get(parcelId), limits.maxStoreys()));
  }

  /** A parcel's own rows and those placed on it; none read, only counted, past the limit {@code max}. */
  private static ChildStore.Fetched plus(ChildStore.Fetched own, List<RawFeature> more, int max) {
    if (more.isEmpty()) {
      return own;
    }
    long count = own.count() + more.size();
    if (own.overLimit() || count > max) {
      return new ChildStore.Fetched(List.of(), count);
    }
    List<RawFeature> all = new ArrayList<>(own.rows());
    all.addAll(more);
    return new ChildStore.Fetched(all, count);
  }

  /** The warnings of parcel {@code parcelId}: buildings placed on it, parcel_ids that disagree with where they stand. */
  List<RecordError> warningsOf(String parcelId) {
    return warnings.get(parcelId);
  }

  /** The buildings placed on no parcel, in file order. */
  List<Unplaced> unplaced() {
    return unplaced;
  }

  /** An error record of a building placed on no parcel. */
  static SourceRecord unplacedRecord(long index, Unplaced u) {
    return SourceRecord.error(index, u.locator(), u.locator(), List.of(RecordError.of(
        RecordError.Code.BUILDING_UNPLACED, u.locator(), "parcel_id", u.name(), u.arguments())));
  }
}
