package io.landcheck.geo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.Decimals;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.MeasurementTrace.BuildingLine;
import io.landcheck.geo.MeasurementTrace.StoreyLine;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.Parameters;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Measures parcels with one set of measurement parameters: site area (用地面积) from the boundary, floor area from each
 * storey's footprint clipped to the parcel. Each storey is weighted twice: by the low-storey factor only (GB/T 50353:
 * a storey under {@code fullHeightStoreyM} counts half) into 地上建筑面积 by use code, the figure the mixed-use shares
 * use; and by that factor or the tall-storey factor (工业项目建设用地控制指标: a storey over {@code tallStoreyM} counts
 * double) into the total 计容建筑面积, the plot ratio's numerator. Storeys below ground go into 地下建筑面积.
 *
 * <p>Safe to share between threads: every {@link #measure} call works on its own lists, and the only state kept across
 * calls is a bounded memo of texts and use-code look-ups that depend on nothing but their keys. Work whose outcome
 * is already known is skipped (an axis-aligned rectangle or a plainly simple ring without holes needs no validity
 * noding, a storey footprint its building's covers needs no overlay difference, buildings whose envelopes do not meet
 * cannot overlap); whether the parcel covers a rectangular footprint, or crosses it, is decided exactly without JTS's
 * prepared-geometry indexes where {@link Polygons#rectangleCover} can, and the boundary is only prepared for the
 * footprints it cannot decide. The figures and texts are exactly those computed without these shortcuts.
 */
final class ParcelMeasurer {

  static final String FULL_HEIGHT_STOREY_M = "fullHeightStoreyM";
  static final String LOW_STOREY_FACTOR = "lowStoreyFactor";
  static final String TALL_STOREY_M = "tallStoreyM";
  static final String TALL_STOREY_FACTOR = "tallStoreyFactor";
  static final String SITE_AREA_TOLERANCE = "siteAreaTolerance";
  static final String GEOMETRY_TOLERANCE_M2 = "geometryToleranceM2";
  static final String SPLIT_WIDTH_RESOLUTION_M = "splitWidthResolutionM";
  static final String REPAIR_AREA_TOLERANCE = "repairAreaTolerance";
  static final String CROSSING_NOISE_M2 = "crossingNoiseM2";
  static final String CROSSING_NOISE_SHARE = "crossingNoiseShare";

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
  private final double repairAreaTolerance;
  private final double crossingNoiseM2;
  private final double crossingNoiseShare;
  private final ImmutableMap<String, Double> numericParameters;
  private final String parametersFrom;
  /** Reason texts by storey height and level: they depend on nothing else, and a park has few distinct heights. */
  private final Memo<ReasonKey, String> reasons = new Memo<>(this::reasonText);
  /** The pack's code for each use code or alias seen. */
  private final Memo<String, Optional<String>> useCodes;

  ParcelMeasurer(PolicyPack pack, Parameters parameters, boolean repair) {
    this.pack = pack;
    this.parameters = parameters;
    this.repair = repair;
    this.fullHeightStoreyM = parameters.number(FULL_HEIGHT_STOREY_M);
    this.lowStoreyFactor = parameters.number(LOW_STOREY_FACTOR);
    this.tallStoreyM = parameters.number(TALL_STOREY_M);
    this.tallStoreyFactor = parameters.number(TALL_STOREY_FACTOR);
    this.siteAreaTolerance = parameters.number(SITE_AREA_TOLERANCE);
    this.geometryToleranceM2 = parameters.number(GEOMETRY_TOLERANCE_M2);
    this.splitWidthResolutionM = parameters.number(SPLIT_WIDTH_RESOLUTION_M);
    this.repairAreaTolerance = parameters.number(REPAIR_AREA_TOLERANCE);
    this.crossingNoiseM2 = parameters.number(CROSSING_NOISE_M2);
    this.crossingNoiseShare = parameters.number(CROSSING_NOISE_SHARE);
    // The pack loader (PolicyPacks) refuses measurement numbers that cannot be measured with (a storey height <= 0, a
    // tall storey not above a full one, a factor or tolerance out of range), naming the pack and the number, so every
    // PolicyPack's are usable here; land-geo's MeasurementParametersTest and land-core's HostilePackTest hold that.
    this.numericParameters = numericParameters(parameters);
    this.parametersFrom = parameters.effectiveFrom().toString();
    this.useCodes = new Memo<>(pack::canonicalUseCode);
  }

  double repairAreaTolerance() {
    return repairAreaTolerance;
  }

  double geometryToleranceM2() {
    return geometryToleranceM2;
  }

  double splitWidthResolutionM() {
    return splitWidthResolutionM;
  }

  /**
   * Measures {@code parcel}, starting with {@code warnings} (such as a note on the parameters' date); the explanation
   * writes the plot ratio beside {@code plotRatioLimits}, the floors and cap the checker will hold it to.
   */
  Measured measure(GeoParcel parcel, double[] plotRatioLimits, List<RecordError> initialWarnings) {
    String id = parcel.id();
    List<RecordError> errors = new ArrayList<>();
    List<RecordError> warnings = new ArrayList<>(initialWarnings);
    List<String> repaired = new ArrayList<>(0);

    Optional<Geometry> boundary =
        Polygons.usable(parcel.boundary(), repair, repairAreaTolerance, id, "boundary", "the parcel boundary", errors,
            warnings, repaired);
    ImmutableList<Building> buildings = parcel.buildings();
    List<Footprints> footprints = new ArrayList<>(buildings.size());
    for (Building b : buildings) {
      Geometry bf = usable(id, b.footprint(), () -> buildingField(b), () -> "the footprint of building " + b.id(),
          errors, warnings, repaired);
      ImmutableList<Storey> storeys = b.storeys();
      Geometry[] own = new Geometry[storeys.size()];
      for (int i = 0; i < own.length; i++) {
        Storey s = storeys.get(i);
        if (s.footprint().isPresent()) {
          own[i] = usable(id, s.footprint().get(), () -> storeyField(b, s, "footprint"),
              () -> "the footprint of storey " + s.level() + " of building " + b.id(), errors, warnings,
              repaired);
        }
      }
      footprints.add(new Footprints(b, bf, own));
    }
    if (!errors.isEmpty()) {
      return failed(parcel, errors, warnings, emptyTrace(id)).withRepaired(repaired);
    }
    try {
      return measureValid(parcel, boundary.orElseThrow(), footprints, plotRatioLimits, errors, warnings)
          .withRepaired(repaired);
    } catch (TopologyException e) {
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, id, "boundary", "JTS could not overlay the parcel's polygons: " + e.getMessage()));
      return failed(parcel, errors, warnings, emptyTrace(id)).withRepaired(repaired);
    }
  }

  /**
   * {@code g} if it can be measured as it is, else what {@link Polygons#usable} makes of it: the repair, or
   * {@code null} after adding an error. The field and the words naming the polygon are only written when needed.
   */
  private Geometry usable(String id, Geometry g, Supplier<String> field, Supplier<String> what,
      List<RecordError> errors, List<RecordError> warnings, List<String> repaired) {
    if (Polygons.isMeasurable(g)) {
      return g;
    }
    return Polygons.usable(g, repair, repairAreaTolerance, id, field.get(), what.get(), errors, warnings, repaired)
        .orElse(null);
  }

  private Measured measureValid(
      GeoParcel parcel, Geometry boundary, List<Footprints> footprints, double[] plotRatioLimits,
      List<RecordError> errors, List<RecordError> warnings) {
    String id = parcel.id();

    // A storey's own footprint must stand within its building's.
    for (Footprints fp : footprints) {
      fp.checkStoreysWithin(id, geometryToleranceM2, errors);
    }

    // Two buildings may not hold the same ground on the same level.
    for (int i = 0; i < footprints.size(); i++) {
      for (int j = i + 1; j < footprints.size(); j++) {
        checkOverlap(id, footprints.get(i), footprints.get(j), errors);
      }
    }

    double siteAreaM2 = boundary.getArea();
    parcel.declaredSiteAreaM2().ifPresent(declared -> {
      double difference = Math.abs(declared - siteAreaM2) / siteAreaM2;
      if (difference > siteAreaTolerance) {
        warnings.add(RecordError.of(RecordError.Code.SITE_AREA_DIFFERS, id, "declaredSiteAreaM2", "the declared site area " + Figures.m2(declared)
            + " differs from the measured " + Figures.m2(siteAreaM2) + " by "
            + Figures.percent(difference, siteAreaTolerance) + " (more than " + SITE_AREA_TOLERANCE + " "
            + Decimals.exact(siteAreaTolerance, 2, 2) + "%); the measured site area is used"));
      }
    });

    Site site = new Site(boundary);
    Map<Geometry, Double> insideCache = new IdentityHashMap<>();
    ImmutableList.Builder<BuildingLine> buildingLines = ImmutableList.builderWithExpectedSize(footprints.size());
    int storeyCount = 0;
    for (Footprints fp : footprints) {
      storeyCount += fp.own.length;
    }
    ImmutableList.Builder<StoreyLine> storeyLines = ImmutableList.builderWithExpectedSize(storeyCount);
    Map<String, Sum> sumsByUse = new LinkedHashMap<>();
    double plotRatioAreaM2 = 0;
    double undergroundM2 = 0;
    int noisyCrossings = 0;
    double noiseM2 = 0;
    for (Footprints fp : footprints) {
      Building b = fp.building;
      Geometry bf = fp.footprint;
      double footprintM2 = bf.getArea();
      Inside inside = site.inside(bf, footprintM2);
      double insideM2 = inside.m2();
      double outsideM2 = Math.max(0, footprintM2 - insideM2);
      buildingLines.add(new BuildingLine(b.id(), footprintM2, insideM2, outsideM2));
      boolean noise = outsideM2 > geometryToleranceM2 && insideM2 > geometryToleranceM2
          && outsideM2 <= crossingNoiseM2 && outsideM2 <= crossingNoiseShare * footprintM2;
      if (noise) {
        noisyCrossings++;
        noiseM2 += outsideM2;
      } else if (outsideM2 > geometryToleranceM2) {
        warnings.add(RecordError.of(RecordError.Code.OUTSIDE_PARCEL, id, buildingField(b), insideM2 <= geometryToleranceM2
            ? "building " + b.id() + " lies outside the parcel: its " + Figures.m2(footprintM2)
                + " footprint is not counted"
            : "building " + b.id() + " crosses the parcel boundary: " + Figures.m2(outsideM2, geometryToleranceM2)
                + " of its "
                + Figures.m2(footprintM2) + " footprint lies outside the parcel and is not counted (clipped to the "
                + Figures.m2(insideM2) + " inside)"));
      }
      ImmutableList<Storey> storeys = b.storeys();
      if (storeys.isEmpty()) {
        warnings.add(RecordError.of(RecordError.Code.NO_FLOOR_AREA, id, "buildings[" + b.id() + "].storeys",
            "building " + b.id() + " has no storeys, so it adds no floor area"));
      }
      // The storeys on the building's footprint share its outside area, so they share the note on it.
      String buildingOutsideNote = outsideM2 > geometryToleranceM2 ? outsideNote(outsideM2) : "";
      for (int i = 0; i < storeys.size(); i++) {
        Storey s = storeys.get(i);
        boolean ownFootprint = fp.own[i] != null;
        Geometry sf = ownFootprint ? fp.own[i] : bf;
        double sFootprintM2 = ownFootprint ? sf.getArea() : footprintM2;
        double sInsideM2;
        if (!ownFootprint) {
          sInsideM2 = insideM2;
        } else if (inside.covered() && fp.withinBuilding[i]) {
          sInsideM2 = sFootprintM2; // within a footprint the parcel covers
        } else {
          sInsideM2 = insideCache.computeIfAbsent(sf, f -> site.inside(f, f.getArea()).m2());
        }
        double sOutsideM2 = Math.max(0, sFootprintM2 - sInsideM2);
        double grossFactor = grossFactor(s);
        double grossM2 = sInsideM2 * grossFactor;
        double factor = factor(s);
        double countedM2 = sInsideM2 * factor;
        String reason = reason(s);
        if (sOutsideM2 > geometryToleranceM2) {
          reason += ownFootprint ? outsideNote(sOutsideM2) : buildingOutsideNote;
        }
        Optional<String> canonical = canonicalUseCode(s.useCode());
        String useCode = canonical.isPresent() ? canonical.get() : s.useCode().strip();
        if (s.isAboveGround()) {
          Sum sum = sumsByUse.get(useCode);
          if (sum == null) {
            sumsByUse.put(useCode, new Sum(grossM2));
          } else {
            sum.add(grossM2);
          }
          plotRatioAreaM2 += countedM2;
          if (canonical.isEmpty()) {
            warnings.add(RecordError.of(RecordError.Code.UNKNOWN_CODE, id, storeyField(b, s, "use_code"), "use code '" + s.useCode()
                + "' is not in pack " + pack.id() + " (it knows " + pack.useCodes() + "); its floor area is passed on"
                + " under that code and the check will report it"));
          }
        } else {
          undergroundM2 += countedM2;
        }
        storeyLines.add(new StoreyLine(b.id(), s.level(), useCode, s.storeyHeightM(),
            ownFootprint ? "storey" : "building", sFootprintM2, sInsideM2, sOutsideM2, grossFactor, grossM2, factor,
            countedM2,
            s.isAboveGround() ? StoreyLine.ABOVE_GROUND : StoreyLine.UNDERGROUND, reason));
      }
    }
    if (noisyCrossings > 0) {
      warnings.add(RecordError.of(RecordError.Code.OUTSIDE_PARCEL, id, "buildings", noisyCrossings + (noisyCrossings == 1 ? " building crosses" : " buildings"
          + " cross") + " the parcel boundary by no more than " + CROSSING_NOISE_M2 + " " + Figures.m2(crossingNoiseM2)
          + " and " + CROSSING_NOISE_SHARE + " " + Decimals.exact(crossingNoiseShare, 2, 2) + "% of the footprint each ("
          + Figures.m2(noiseM2) + " outside in all, not counted): taken as drawing noise, not listed one by one"));
    }
    ImmutableMap<String, Double> byUse = Sum.values(sumsByUse);
    if (byUse.isEmpty()) {
      warnings.add(RecordError.of(RecordError.Code.NO_FLOOR_AREA, id, "buildings", "the parcel has no above-ground storey, so no floor area counted in"
          + " the plot ratio (计容建筑面积) is measured and the plot ratio cannot be judged"));
    }

    double aboveM2 = byUse.values().stream().mapToDouble(Double::doubleValue).sum();
    double plotRatio = plotRatioAreaM2 / siteAreaM2;
    String explanation = "plot ratio (容积率) " + Figures.twoDecimals(plotRatio, plotRatioLimits) + " = "
        + Figures.twoDecimals(plotRatioAreaM2) + " m² counted floor area (计容建筑面积) / "
        + Figures.twoDecimals(siteAreaM2) + " m² site area (用地面积)";
    if (Math.abs(plotRatioAreaM2 - aboveM2) > geometryToleranceM2) {
      explanation += "; the mixed-use shares are of the " + Figures.m2(aboveM2) + " above-ground floor area"
          + " (地上总建筑面积), where a storey over " + TALL_STOREY_M + " counts once";
    }
    MeasurementTrace trace = new MeasurementTrace(id, parameters.owner(), parametersFrom, numericParameters,
        siteAreaM2, buildingLines.build(), storeyLines.build(), byUse, aboveM2, plotRatioAreaM2,
        undergroundM2, plotRatio, explanation);
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

  /**
   * Adds an error if buildings {@code a} and {@code b} hold more than {@code geometryToleranceM2} of the same ground on
   * some level they both have. Buildings whose footprints' envelopes do not meet cannot overlap and are passed by.
   */
  private void checkOverlap(String id, Footprints a, Footprints b, List<RecordError> errors) {
    if (!a.extent().intersects(b.extent())) {
      return;
    }
    ImmutableList<Storey> as = a.building.storeys();
    ImmutableList<Storey> bs = b.building.storeys();
    TreeSet<Integer> overlapping = new TreeSet<>();
    double mostM2 = 0;
    double wholeFootprints = Double.NaN;
    for (int i = 0; i < as.size(); i++) {
      int level = as.get(i).level();
      int j = indexOfLevel(bs, level);
      if (j < 0) {
        continue;
      }
      Geometry fa = a.own[i];
      Geometry fb = b.own[j];
      double overlapM2;
      if (fa == null && fb == null) {
        if (Double.isNaN(wholeFootprints)) {
          wholeFootprints = Polygons.intersectionArea(a.footprint, b.footprint);
        }
        overlapM2 = wholeFootprints;
      } else {
        overlapM2 = Polygons.intersectionArea(fa == null ? a.footprint : fa, fb == null ? b.footprint : fb);
      }
      if (overlapM2 > geometryToleranceM2) {
        overlapping.add(level);
        mostM2 = Math.max(mostM2, overlapM2);
      }
    }
    if (!overlapping.isEmpty()) {
      errors.add(RecordError.of(RecordError.Code.GEOMETRY_CONFLICT, id, "buildings[" + a.building.id() + ", " + b.building.id() + "]",
          "buildings " + a.building.id() + " and " + b.building.id() + " overlap on level"
              + (overlapping.size() == 1 ? " " : "s ")
              + overlapping.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " by up to "
              + Figures.m2(mostM2, geometryToleranceM2) + " (more than " + GEOMETRY_TOLERANCE_M2 + " "
              + Decimals.exact(geometryToleranceM2, 0, 2) + " m²"
              + "); the same floor cannot be counted in two buildings, so correct the footprints"));
    }
  }

  private static int indexOfLevel(List<Storey> storeys, int level) {
    for (int i = 0; i < storeys.size(); i++) {
      if (storeys.get(i).level() == level) {
        return i;
      }
    }
    return -1;
  }

  private static String outsideNote(double outsideM2) {
    return "; " + Figures.m2(outsideM2) + " outside the parcel not counted";
  }

  /**
   * The parcel's boundary, prepared (indexed) by JTS only when {@link Polygons#rectangleCover} cannot tell whether it
   * covers a footprint: a parcel whose buildings are rectangles is measured without the indexes.
   */
  private static final class Site {
    final Geometry boundary;
    private PreparedGeometry prepared;

    Site(Geometry boundary) {
      this.boundary = boundary;
    }

    /** How much of {@code footprint} (whose own area is {@code footprintM2}) lies inside the parcel. */
    Inside inside(Geometry footprint, double footprintM2) {
      switch (Polygons.rectangleCover(boundary, footprint)) {
        case COVERED:
          return new Inside(footprintM2, true);
        case CROSSING:
          return new Inside(Polygons.intersectionArea(boundary, footprint), false);
        default:
          if (prepared == null) {
            prepared = PreparedGeometryFactory.prepare(boundary);
          }
          if (prepared.covers(footprint)) {
            return new Inside(footprintM2, true);
          }
          return new Inside(
              prepared.intersects(footprint) ? Polygons.intersectionArea(boundary, footprint) : 0.0, false);
      }
    }
  }

  /**
   * The part of a footprint inside the parcel.
   *
   * @param m2 its area
   * @param covered whether the parcel covers the whole footprint (not only as much area)
   */
  private record Inside(double m2, boolean covered) {}

  /**
   * The factor a storey's floor area is multiplied by in its building area (建筑面积, GB/T 50353): low storeys count
   * less; height above that makes no difference. This is the area by use the mixed-use shares are judged on.
   */
  double grossFactor(Storey s) {
    return grossFactor(s.storeyHeightM());
  }

  /** The factor a storey's floor area is multiplied by in the plot ratio (计容): low storeys count less, tall ones more. */
  double factor(Storey s) {
    return factor(s.storeyHeightM(), s.isAboveGround());
  }

  /**
   * The one place the storey-height rules are written: the plot ratio's factor is the building area's, but for a tall
   * storey above ground, which is never low (the constructor checks {@code tallStoreyM > fullHeightStoreyM}).
   */
  private double factor(double storeyHeightM, boolean aboveGround) {
    return isTall(storeyHeightM, aboveGround) ? tallStoreyFactor : grossFactor(storeyHeightM);
  }

  private double grossFactor(double storeyHeightM) {
    return isLow(storeyHeightM) ? lowStoreyFactor : 1.0;
  }

  /** Lower than {@code fullHeightStoreyM} (2.20 m): counts {@code lowStoreyFactor}, in every area. */
  private boolean isLow(double storeyHeightM) {
    return storeyHeightM < fullHeightStoreyM;
  }

  /** Above ground and higher than {@code tallStoreyM} (8 m): counts {@code tallStoreyFactor} in the plot ratio. */
  private boolean isTall(double storeyHeightM, boolean aboveGround) {
    return aboveGround && storeyHeightM > tallStoreyM;
  }

  /** Why a storey's factor is what it is, naming the pack parameters. */
  String reason(Storey s) {
    return reasons.get(new ReasonKey(s.storeyHeightM(), s.isAboveGround() ? 1 : s.level()));
  }

  private String reasonText(ReasonKey key) {
    double heightM = key.storeyHeightM();
    boolean aboveGround = key.level() > 0;
    String h = "storey height " + Figures.m(heightM, fullHeightStoreyM, tallStoreyM);
    String f = Figures.factor(factor(heightM, aboveGround));
    String full = Figures.m(fullHeightStoreyM) + " (" + FULL_HEIGHT_STOREY_M + ")";
    String tall = Figures.m(tallStoreyM) + " (" + TALL_STOREY_M + ")";
    String because;
    if (isLow(heightM)) {
      because = h + " < " + full + ": " + f + " (" + LOW_STOREY_FACTOR + ")";
    } else if (!aboveGround) {
      because = h + " ≥ " + full + ": " + f;
    } else if (isTall(heightM, aboveGround)) {
      because = h + " > " + tall + ": " + f + " (" + TALL_STOREY_FACTOR + ") in the plot ratio (计容), ×1 in the"
          + " floor area by use (地上建筑面积) the mixed-use shares use";
    } else {
      because = h + " ≥ " + full + " and ≤ " + tall + ": " + f;
    }
    if (aboveGround) {
      return because;
    }
    return "underground storey (level " + key.level() + "): counts in the underground floor area (地下建筑面积), never"
        + " in the plot ratio; " + because;
  }

  private Optional<String> canonicalUseCode(String useCode) {
    return useCodes.get(useCode);
  }

  private static ImmutableMap<String, Double> numericParameters(Parameters parameters) {
    ImmutableMap.Builder<String, Double> out = ImmutableMap.builder();
    parameters.values().forEach((name, value) -> {
      if (value instanceof Double d) {
        out.put(name, d);
      }
    });
    return out.buildOrThrow();
  }

  MeasurementTrace emptyTrace(String id) {
    return emptyTrace(id, "not measured: the geometry has errors");
  }

  /** The trace of a parcel that was not measured, saying why. */
  MeasurementTrace emptyTrace(String id, String why) {
    return new MeasurementTrace(id, parameters.owner(), parametersFrom, numericParameters, 0,
        ImmutableList.of(), ImmutableList.of(), ImmutableMap.of(), 0, 0, 0, 0, why);
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

  /** A running total of floor area, added to in storey order (as {@code Map.merge} with {@code Double::sum} does). */
  private static final class Sum {
    private double m2;

    Sum(double firstM2) {
      this.m2 = firstM2;
    }

    void add(double m2) {
      this.m2 += m2;
    }

    static ImmutableMap<String, Double> values(Map<String, Sum> sums) {
      ImmutableMap.Builder<String, Double> out = ImmutableMap.builderWithExpectedSize(sums.size());
      sums.forEach((key, sum) -> out.put(key, sum.m2));
      return out.buildOrThrow();
    }
  }

  /**
   * What a reason text depends on besides the measurer's parameters.
   *
   * @param storeyHeightM the storey height
   * @param level the level of a storey below ground, or 1 for every storey above ground (whose text names no level)
   */
  private record ReasonKey(double storeyHeightM, int level) {
    // Written out: the generated methods went through method handles on every look-up of every storey.
    @Override
    public boolean equals(Object o) {
      return o instanceof ReasonKey k && Double.compare(k.storeyHeightM, storeyHeightM) == 0 && k.level == level;
    }

    @Override
    public int hashCode() {
      return 31 * Double.hashCode(storeyHeightM) + level;
    }
  }

  /**
   * A building's usable footprint and its storeys' own footprints ({@code own[i]} for {@code storeys().get(i)}, null
   * where the storey stands on the building's footprint).
   */
  private static final class Footprints {
    final Building building;
    final Geometry footprint;
    final Geometry[] own;
    /** Whether the building's footprint covers {@code own[i]}, as {@link #checkStoreysWithin} found. */
    final boolean[] withinBuilding;
    private Envelope extent;

    Footprints(Building building, Geometry footprint, Geometry[] own) {
      this.building = building;
      this.footprint = footprint;
      this.own = own;
      this.withinBuilding = new boolean[own.length];
    }

    /** The envelope of the building's footprint and of its storeys' own footprints. */
    Envelope extent() {
      if (extent == null) {
        extent = new Envelope(footprint.getEnvelopeInternal());
        for (Geometry g : own) {
          if (g != null) {
            extent.expandToInclude(g.getEnvelopeInternal());
          }
        }
      }
      return extent;
    }

    /**
     * Adds an error for each storey whose own footprint reaches more than {@code toleranceM2} beyond the building's.
     * A footprint the building's covers has nothing beyond it, so the overlay is only done for the others.
     */
    void checkStoreysWithin(String id, double toleranceM2, List<RecordError> errors) {
      PreparedGeometry prepared = null;
      for (int i = 0; i < own.length; i++) {
        if (own[i] == null) {
          continue;
        }
        Polygons.Cover cover = Polygons.rectangleCover(footprint, own[i]);
        if (cover == Polygons.Cover.UNKNOWN && prepared == null) {
          prepared = PreparedGeometryFactory.prepare(footprint);
        }
        if (cover == Polygons.Cover.COVERED || (cover == Polygons.Cover.UNKNOWN && prepared.covers(own[i]))) {
          withinBuilding[i] = true;
          continue;
        }
        double beyond = Polygons.difference(own[i], footprint).getArea();
        if (beyond > toleranceM2) {
          int level = building.storeys().get(i).level();
          errors.add(RecordError.of(RecordError.Code.GEOMETRY_CONFLICT, id, storeyField(building, level, "footprint"),
              "the footprint of storey " + level + " of building " + building.id() + " is not within the building's"
                  + " footprint: " + Figures.m2(beyond, toleranceM2) + " of it lies beyond (more than "
                  + GEOMETRY_TOLERANCE_M2 + " " + Decimals.exact(toleranceM2, 0, 2) + " m²)"));
        }
      }
    }
  }

  /**
   * A thread-safe memo for values that depend on few distinct keys: it keeps at most {@value #LIMIT} of them, so
   * unusual data cannot make it grow without bound (past that, values are computed each time).
   */
  private static final class Memo<K, V> {
    static final int LIMIT = 4096;

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final Function<K, V> compute;

    Memo(Function<K, V> compute) {
      this.compute = compute;
    }

    V get(K key) {
      V value = values.get(key);
      if (value == null) {
        value = compute.apply(key);
        if (values.size() < LIMIT) {
          values.putIfAbsent(key, value);
        }
      }
      return value;
    }
  }
}
