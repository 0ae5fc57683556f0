package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.InvalidParcelException;
import io.landcheck.Parameters;
import io.landcheck.Parcel;
import io.landcheck.PolicyPack;
import io.landcheck.RecordError;
import io.landcheck.geo.MeasurementTrace.BuildingLine;
import io.landcheck.geo.MeasurementTrace.StoreyLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Measures parcels with one set of measurement parameters: site area (用地面积) from the boundary, floor area from each
 * storey's footprint clipped to the parcel. Each storey is weighted twice: by the low-storey factor only (GB/T 50353:
 * a storey under {@code fullHeightStoreyM} counts half) into 地上建筑面积 by use code, the figure the mixed-use shares
 * use; and by that factor or the tall-storey factor (工业项目建设用地控制指标: a storey over {@code tallStoreyM} counts
 * double) into the total 计容建筑面积, the plot ratio's numerator. Storeys below ground go into 地下建筑面积. Immutable;
 * every {@link #measure} call works on its own lists.
 */
final class ParcelMeasurer {

  static final String FULL_HEIGHT_STOREY_M = "fullHeightStoreyM";
  static final String LOW_STOREY_FACTOR = "lowStoreyFactor";
  static final String TALL_STOREY_M = "tallStoreyM";
  static final String TALL_STOREY_FACTOR = "tallStoreyFactor";
  static final String SITE_AREA_TOLERANCE = "siteAreaTolerance";
  static final String GEOMETRY_TOLERANCE_M2 = "geometryToleranceM2";
  static final String SPLIT_WIDTH_RESOLUTION_M = "splitWidthResolutionM";

  private final PolicyPack pack;
  private final Parameters parameters;
  private final boolean repair;
  private final double fullHeightStoreyM;
  private final double lowStoreyFactor;
  private final double tallStoreyM;
  private final double tallStoreyFactor;
  private final double siteAreaTolerance;
  private final double geometryToleranceM2;
  private final double splitWidthResolutionM;

  ParcelMeasurer(PolicyPack pack, Parameters parameters, boolean repair) {
    this.pack = pack;
    this.parameters = parameters;
    this.repair = repair;
    String owner = parameters.owner();
    this.fullHeightStoreyM = parameters.number(FULL_HEIGHT_STOREY_M);
    this.lowStoreyFactor = parameters.number(LOW_STOREY_FACTOR);
    this.tallStoreyM = parameters.number(TALL_STOREY_M);
    this.tallStoreyFactor = parameters.number(TALL_STOREY_FACTOR);
    this.siteAreaTolerance = parameters.number(SITE_AREA_TOLERANCE);
    this.geometryToleranceM2 = parameters.number(GEOMETRY_TOLERANCE_M2);
    this.splitWidthResolutionM = parameters.number(SPLIT_WIDTH_RESOLUTION_M);
    checkArgument(fullHeightStoreyM > 0, "%s: fullHeightStoreyM must be > 0", owner);
    checkArgument(tallStoreyM > fullHeightStoreyM, "%s: tallStoreyM must be > fullHeightStoreyM", owner);
    checkArgument(lowStoreyFactor > 0 && tallStoreyFactor > 0, "%s: storey factors must be > 0", owner);
    checkArgument(siteAreaTolerance >= 0, "%s: siteAreaTolerance must be >= 0", owner);
    checkArgument(geometryToleranceM2 >= 0, "%s: geometryToleranceM2 must be >= 0", owner);
    checkArgument(splitWidthResolutionM > 0 && Double.isFinite(splitWidthResolutionM),
        "%s: splitWidthResolutionM must be > 0", owner);
  }

  double geometryToleranceM2() {
    return geometryToleranceM2;
  }

  double splitWidthResolutionM() {
    return splitWidthResolutionM;
  }

  /** Measures {@code parcel}, starting with {@code warnings} (such as a note on the parameters' date). */
  Measured measure(GeoParcel parcel, List<RecordError> initialWarnings) {
    String id = parcel.id();
    List<RecordError> errors = new ArrayList<>();
    List<RecordError> warnings = new ArrayList<>(initialWarnings);

    Optional<Geometry> boundary =
        Polygons.usable(parcel.boundary(), repair, id, "boundary", "the parcel boundary", errors, warnings);
    Map<String, Geometry> buildingFootprints = new HashMap<>();
    Map<String, Map<Integer, Geometry>> storeyFootprints = new HashMap<>();
    for (Building b : parcel.buildings()) {
      Polygons.usable(b.footprint(), repair, id, buildingField(b), "the footprint of building " + b.id(), errors, warnings)
          .ifPresent(g -> buildingFootprints.put(b.id(), g));
      Map<Integer, Geometry> own = new HashMap<>();
      for (Storey s : b.storeys()) {
        s.footprint().flatMap(f -> Polygons.usable(f, repair, id, storeyField(b, s, "footprint"),
                "the footprint of storey " + s.level() + " of building " + b.id(), errors, warnings))
            .ifPresent(g -> own.put(s.level(), g));
      }
      storeyFootprints.put(b.id(), own);
    }
    if (!errors.isEmpty()) {
      return failed(parcel, errors, warnings, emptyTrace(id));
    }
    try {
      return measureValid(parcel, boundary.orElseThrow(), buildingFootprints, storeyFootprints, errors, warnings);
    } catch (TopologyException e) {
      errors.add(RecordError.of(id, "boundary", "JTS could not overlay the parcel's polygons: " + e.getMessage()));
      return failed(parcel, errors, warnings, emptyTrace(id));
    }
  }

  private Measured measureValid(
      GeoParcel parcel, Geometry boundary, Map<String, Geometry> buildingFootprints,
      Map<String, Map<Integer, Geometry>> storeyFootprints, List<RecordError> errors, List<RecordError> warnings) {
    String id = parcel.id();

    // A storey's own footprint must stand within its building's.
    for (Building b : parcel.buildings()) {
      Geometry bf = buildingFootprints.get(b.id());
      for (Map.Entry<Integer, Geometry> e : storeyFootprints.get(b.id()).entrySet()) {
        double beyond = Polygons.difference(e.getValue(), bf).getArea();
        if (beyond > geometryToleranceM2) {
          errors.add(RecordError.of(id, storeyField(b, e.getKey(), "footprint"),
              "the footprint of storey " + e.getKey() + " of building " + b.id() + " is not within the building's"
                  + " footprint: " + Polygons.m2(beyond) + " of it lies beyond (more than " + GEOMETRY_TOLERANCE_M2 + " "
                  + Polygons.m2(geometryToleranceM2) + ")"));
        }
      }
    }

    // Two buildings may not hold the same ground on the same level.
    ImmutableList<Building> buildings = parcel.buildings();
    for (int i = 0; i < buildings.size(); i++) {
      for (int j = i + 1; j < buildings.size(); j++) {
        checkOverlap(id, buildings.get(i), buildings.get(j), buildingFootprints, storeyFootprints, errors);
      }
    }

    double siteAreaM2 = boundary.getArea();
    parcel.declaredSiteAreaM2().ifPresent(declared -> {
      double difference = Math.abs(declared - siteAreaM2) / siteAreaM2;
      if (difference > siteAreaTolerance) {
        warnings.add(RecordError.of(id, "declaredSiteAreaM2", "the declared site area " + Polygons.m2(declared)
            + " differs from the measured " + Polygons.m2(siteAreaM2) + " by " + percent(difference) + " (more than "
            + SITE_AREA_TOLERANCE + " " + percent(siteAreaTolerance) + "); the measured site area is used"));
      }
    });

    PreparedGeometry site = PreparedGeometryFactory.prepare(boundary);
    Map<Geometry, Double> insideCache = new IdentityHashMap<>();
    ImmutableList.Builder<BuildingLine> buildingLines = ImmutableList.builder();
    ImmutableList.Builder<StoreyLine> storeyLines = ImmutableList.builder();
    Map<String, Double> byUse = new LinkedHashMap<>();
    double plotRatioAreaM2 = 0;
    double undergroundM2 = 0;
    for (Building b : buildings) {
      Geometry bf = buildingFootprints.get(b.id());
      double footprintM2 = bf.getArea();
      double insideM2 = insideArea(site, boundary, bf, insideCache);
      double outsideM2 = Math.max(0, footprintM2 - insideM2);
      buildingLines.add(new BuildingLine(b.id(), footprintM2, insideM2, outsideM2));
      if (outsideM2 > geometryToleranceM2) {
        warnings.add(RecordError.of(id, buildingField(b), insideM2 <= geometryToleranceM2
            ? "building " + b.id() + " lies outside the parcel: its " + Polygons.m2(footprintM2)
                + " footprint is not counted"
            : "building " + b.id() + " crosses the parcel boundary: " + Polygons.m2(outsideM2) + " of its "
                + Polygons.m2(footprintM2) + " footprint lies outside the parcel and is not counted (clipped to the "
                + Polygons.m2(insideM2) + " inside)"));
      }
      if (b.storeys().isEmpty()) {
        warnings.add(RecordError.of(id, "buildings[" + b.id() + "].storeys",
            "building " + b.id() + " has no storeys, so it adds no floor area"));
      }
      for (Storey s : b.storeys()) {
        Optional<Geometry> own = Optional.ofNullable(storeyFootprints.get(b.id()).get(s.level()));
        Geometry sf = own.orElse(bf);
        double sFootprintM2 = sf.getArea();
        double sInsideM2 = insideArea(site, boundary, sf, insideCache);
        double sOutsideM2 = Math.max(0, sFootprintM2 - sInsideM2);
        double grossFactor = grossFactor(s);
        double grossM2 = sInsideM2 * grossFactor;
        double factor = factor(s);
        double countedM2 = sInsideM2 * factor;
        String reason = reason(s, factor);
        if (sOutsideM2 > geometryToleranceM2) {
          reason += "; " + Polygons.m2(sOutsideM2) + " outside the parcel not counted";
        }
        String useCode = pack.canonicalUseCode(s.useCode()).orElse(s.useCode().strip());
        if (s.isAboveGround()) {
          byUse.merge(useCode, grossM2, Double::sum);
          plotRatioAreaM2 += countedM2;
          if (pack.canonicalUseCode(s.useCode()).isEmpty()) {
            warnings.add(RecordError.of(id, storeyField(b, s, "use_code"), "use code '" + s.useCode()
                + "' is not in pack " + pack.id() + " (it knows " + pack.useCodes() + "); its floor area is passed on"
                + " under that code and the check will report it"));
          }
        } else {
          undergroundM2 += countedM2;
        }
        storeyLines.add(new StoreyLine(b.id(), s.level(), useCode, s.storeyHeightM(),
            own.isPresent() ? "storey" : "building", sFootprintM2, sInsideM2, sOutsideM2, grossFactor, grossM2, factor,
            countedM2,
            s.isAboveGround() ? StoreyLine.ABOVE_GROUND : StoreyLine.UNDERGROUND, reason));
      }
    }
    if (byUse.isEmpty()) {
      warnings.add(RecordError.of(id, "buildings", "the parcel has no above-ground storey, so no floor area counted in"
          + " the plot ratio (计容建筑面积) is measured and the plot ratio cannot be judged"));
    }

    double aboveM2 = byUse.values().stream().mapToDouble(Double::doubleValue).sum();
    double plotRatio = plotRatioAreaM2 / siteAreaM2;
    String explanation = String.format(Locale.ROOT,
        "plot ratio (容积率) %.2f = %s counted floor area (计容建筑面积) / %s site area (用地面积)",
        plotRatio, Polygons.m2(plotRatioAreaM2), Polygons.m2(siteAreaM2));
    if (Math.abs(plotRatioAreaM2 - aboveM2) > geometryToleranceM2) {
      explanation += "; the mixed-use shares are of the " + Polygons.m2(aboveM2) + " above-ground floor area"
          + " (地上总建筑面积), where a storey over " + TALL_STOREY_M + " counts once";
    }
    MeasurementTrace trace = new MeasurementTrace(id, parameters.owner(), parameters.effectiveFrom().toString(),
        numericParameters(), siteAreaM2, buildingLines.build(), storeyLines.build(), ImmutableMap.copyOf(byUse),
        aboveM2, plotRatioAreaM2, undergroundM2, plotRatio, explanation);
    if (!errors.isEmpty()) {
      return failed(parcel, errors, warnings, trace);
    }
    try {
      Parcel.Builder facts = parcel.facts().toBuilder().siteAreaM2(siteAreaM2).clearFloorAreas()
          .undergroundFloorAreaM2(undergroundM2);
      byUse.forEach(facts::floorAreaM2);
      if (!byUse.isEmpty()) {
        facts.plotRatioFloorAreaM2(plotRatioAreaM2);
      }
      return new Measured(id, parcel.locator(), Optional.of(facts.build()), ImmutableList.of(),
          ImmutableList.copyOf(warnings), trace);
    } catch (InvalidParcelException e) {
      errors.add(e.toRecordError());
      return failed(parcel, errors, warnings, trace);
    }
  }

  private void checkOverlap(
      String id, Building a, Building b, Map<String, Geometry> buildingFootprints,
      Map<String, Map<Integer, Geometry>> storeyFootprints, List<RecordError> errors) {
    TreeSet<Integer> common = a.storeys().stream().map(Storey::level).collect(Collectors.toCollection(TreeSet::new));
    common.retainAll(b.storeys().stream().map(Storey::level).collect(Collectors.toSet()));
    List<Integer> overlapping = new ArrayList<>();
    double mostM2 = 0;
    Double wholeFootprints = null;
    for (int level : common) {
      Geometry fa = storeyFootprints.get(a.id()).get(level);
      Geometry fb = storeyFootprints.get(b.id()).get(level);
      double overlapM2;
      if (fa == null && fb == null) {
        if (wholeFootprints == null) {
          wholeFootprints = Polygons.intersectionArea(buildingFootprints.get(a.id()), buildingFootprints.get(b.id()));
        }
        overlapM2 = wholeFootprints;
      } else {
        overlapM2 = Polygons.intersectionArea(
            fa == null ? buildingFootprints.get(a.id()) : fa, fb == null ? buildingFootprints.get(b.id()) : fb);
      }
      if (overlapM2 > geometryToleranceM2) {
        overlapping.add(level);
        mostM2 = Math.max(mostM2, overlapM2);
      }
    }
    if (!overlapping.isEmpty()) {
      errors.add(RecordError.of(id, "buildings[" + a.id() + ", " + b.id() + "]",
          "buildings " + a.id() + " and " + b.id() + " overlap on level" + (overlapping.size() == 1 ? " " : "s ")
              + overlapping.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " by up to "
              + Polygons.m2(mostM2) + " (more than " + GEOMETRY_TOLERANCE_M2 + " " + Polygons.m2(geometryToleranceM2)
              + "); the same floor cannot be counted in two buildings, so correct the footprints"));
    }
  }

  private static double insideArea(
      PreparedGeometry site, Geometry boundary, Geometry footprint, Map<Geometry, Double> cache) {
    return cache.computeIfAbsent(footprint, f -> site.covers(f)
        ? f.getArea()
        : site.intersects(f) ? Polygons.intersectionArea(boundary, f) : 0.0);
  }

  /**
   * The factor a storey's floor area is multiplied by in its building area (建筑面积, GB/T 50353): low storeys count
   * less; height above that makes no difference. This is the area by use the mixed-use shares are judged on.
   */
  double grossFactor(Storey s) {
    return s.storeyHeightM() < fullHeightStoreyM ? lowStoreyFactor : 1.0;
  }

  /** The factor a storey's floor area is multiplied by in the plot ratio (计容): low storeys count less, tall ones more. */
  double factor(Storey s) {
    if (s.storeyHeightM() < fullHeightStoreyM) {
      return lowStoreyFactor;
    }
    if (s.isAboveGround() && s.storeyHeightM() > tallStoreyM) {
      return tallStoreyFactor;
    }
    return 1.0;
  }

  private String reason(Storey s, double factor) {
    String h = "storey height " + Polygons.m(s.storeyHeightM());
    String f = Polygons.factor(factor);
    String full = Polygons.m(fullHeightStoreyM) + " (" + FULL_HEIGHT_STOREY_M + ")";
    String tall = Polygons.m(tallStoreyM) + " (" + TALL_STOREY_M + ")";
    String because;
    if (s.storeyHeightM() < fullHeightStoreyM) {
      because = h + " < " + full + ": " + f + " (" + LOW_STOREY_FACTOR + ")";
    } else if (!s.isAboveGround()) {
      because = h + " ≥ " + full + ": " + f;
    } else if (s.storeyHeightM() > tallStoreyM) {
      because = h + " > " + tall + ": " + f + " (" + TALL_STOREY_FACTOR + ") in the plot ratio (计容), ×1 in the"
          + " floor area by use (地上建筑面积) the mixed-use shares use";
    } else {
      because = h + " ≥ " + full + " and ≤ " + tall + ": " + f;
    }
    if (s.isAboveGround()) {
      return because;
    }
    return "underground storey (level " + s.level() + "): counts in the underground floor area (地下建筑面积), never in"
        + " the plot ratio; " + because;
  }

  private ImmutableMap<String, Double> numericParameters() {
    ImmutableMap.Builder<String, Double> out = ImmutableMap.builder();
    parameters.values().forEach((name, value) -> {
      if (value instanceof Double d) {
        out.put(name, d);
      }
    });
    return out.buildOrThrow();
  }

  MeasurementTrace emptyTrace(String id) {
    return new MeasurementTrace(id, parameters.owner(), parameters.effectiveFrom().toString(), numericParameters(), 0,
        ImmutableList.of(), ImmutableList.of(), ImmutableMap.of(), 0, 0, 0, 0, "not measured: the geometry has errors");
  }

  private static Measured failed(
      GeoParcel parcel, List<RecordError> errors, List<RecordError> warnings, MeasurementTrace trace) {
    return new Measured(parcel.id(), parcel.locator(), Optional.empty(), ImmutableList.copyOf(errors),
        ImmutableList.copyOf(warnings), trace);
  }

  static String buildingField(Building b) {
    return "buildings[" + b.id() + "].footprint";
  }

  static String storeyField(Building b, Storey s, String field) {
    return storeyField(b, s.level(), field);
  }

  static String storeyField(Building b, int level, String field) {
    return "storeys[building " + b.id() + ", level " + level + "]." + field;
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
  }
}
