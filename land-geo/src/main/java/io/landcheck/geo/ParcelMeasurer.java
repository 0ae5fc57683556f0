package io.landcheck.geo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.Decimals;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import io.landcheck.model.Parcel;
import io.landcheck.engine.PolicyPack;
import io.landcheck.model.RecordError;
import io.landcheck.engine.Decimals;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.MeasurementTrace.BuildingLine;
import io.landcheck.geo.MeasurementTrace.StoreyLine;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
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
        Polygons.usable(parcel.boundary(), repair, repairAreaTolerance, id, "boundary", LocalizedText.of("地块界线", "the parcel boundary"), errors,
            warnings, repaired);
    List<Building> buildings = parcel.buildings();
    List<Footprints> footprints = new ArrayList<>(buildings.size());
    for (Building b : buildings) {
      // The building's footprints measurable as drawn, by value, each to the one object its storeys are measured on.
      Map<Geometry, Geometry> measurable = new HashMap<>();
      Geometry bf = shared(b.footprint(), measurable, () -> usable(id, b.footprint(), () -> buildingField(b),
          () -> LocalizedText.of("建筑 " + b.id() + " 的基底", "the footprint of building " + b.id()), errors, warnings,
          repaired));
      List<Storey> storeys = b.storeys();
      Geometry[] own = new Geometry[storeys.size()];
      for (int i = 0; i < own.length; i++) {
        Storey s = storeys.get(i);
        if (s.footprint().isPresent()) {
          own[i] = shared(s.footprint().get(), measurable, () -> usable(id, s.footprint().get(),
              () -> storeyField(b, s, "footprint"), () -> LocalizedText.of("建筑 " + b.id() + " 第 " + s.level()
                  + " 层的基底", "the footprint of storey " + s.level() + " of building " + b.id()), errors, warnings,
              repaired));
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
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, id, "boundary", "overlay",
          List.of(String.valueOf(e.getMessage()))));
      return failed(parcel, errors, warnings, emptyTrace(id)).withRepaired(repaired);
    }
  }

  /**
   * {@code g} if it can be measured as it is, else what {@link Polygons#usable} makes of it: the repair, or
   * {@code null} after adding an error. The field and the words naming the polygon are only written when needed.
   */
  private Geometry usable(String id, Geometry g, Supplier<String> field, Supplier<LocalizedText> what,
      List<RecordError> errors, List<RecordError> warnings, List<String> repaired) {
    if (Polygons.isMeasurable(g)) {
      return g;
    }
    return Polygons.usable(g, repair, repairAreaTolerance, id, field.get(), what.get(), errors, warnings, repaired)
        .orElse(null);
  }

  /**
   * The footprint a storey or building drawn as {@code drawn} is measured on: the object of an equal footprint of the
   * same building measured before (JTS equals: the same coordinates in the same order), else {@code usable}'s, which
   * is kept for the next ones when the footprint is measurable as drawn. So the clip to the parcel and the check
   * against the building's footprint are done once per distinct footprint (the identity caches of measureValid and
   * checkStoreysWithin find them), while a footprint that is not measurable as drawn is judged, and its error or
   * repair reported, for each storey that has it.
   */
  private static Geometry shared(Geometry drawn, Map<Geometry, Geometry> measurable, Supplier<Geometry> usable) {
    Geometry same = measurable.get(drawn);
    if (same != null) {
      return same;
    }
    Geometry g = usable.get();
    if (g == drawn) {
      measurable.put(drawn, g);
    }
    return g;
  }

  /**
   * Measures a parcel whose polygons are all usable, as a checklist: its storeys stand within their buildings, no two
   * buildings hold the same ground on a level, its declared site area agrees with the measured one; then every
   * building's and storey's floor area is measured inside the boundary, the sums are checked for floor area at all,
   * and the trace and the facts are made from them.
   */
  private Measured measureValid(
      GeoParcel parcel, Geometry boundary, List<Footprints> footprints, double[] plotRatioLimits,
      List<RecordError> errors, List<RecordError> warnings) {
    String id = parcel.id();
    checkStoreysWithinBuildings(id, footprints, errors);
    checkNoSharedGround(id, footprints, errors);
    double siteAreaM2 = boundary.getArea();
    checkDeclaredSiteArea(parcel, siteAreaM2, warnings);
    FloorAreas areas = measureBuildings(id, boundary, footprints, warnings);
    warnOfNoisyCrossings(id, areas, warnings);
    ImmutableMap<String, Double> byUse = Sum.values(areas.sumsByUse);
    warnIfNoFloorArea(id, byUse, warnings);
    MeasurementTrace trace = trace(id, siteAreaM2, areas, byUse, plotRatioLimits);
    if (!errors.isEmpty()) {
      return failed(parcel, errors, warnings, trace);
    }
    return measuredFacts(parcel, siteAreaM2, areas, byUse, errors, warnings, trace);
  }

  /** A storey's own footprint must stand within its building's. */
  private void checkStoreysWithinBuildings(String id, List<Footprints> footprints, List<RecordError> errors) {
    for (Footprints fp : footprints) {
      fp.checkStoreysWithin(id, geometryToleranceM2, errors);
    }
  }

  /** Two buildings may not hold the same ground on the same level. */
  private void checkNoSharedGround(String id, List<Footprints> footprints, List<RecordError> errors) {
    for (int i = 0; i < footprints.size(); i++) {
      for (int j = i + 1; j < footprints.size(); j++) {
        checkOverlap(id, footprints.get(i), footprints.get(j), errors);
      }
    }
  }

  /** A warning if the site area the record declares differs from the measured one by more than the pack allows. */
  private void checkDeclaredSiteArea(GeoParcel parcel, double siteAreaM2, List<RecordError> warnings) {
    parcel.declaredSiteAreaM2().ifPresent(declared -> {
      double difference = Math.abs(declared - siteAreaM2) / siteAreaM2;
      if (difference > siteAreaTolerance) {
        warnings.add(RecordError.of(RecordError.Code.SITE_AREA_DIFFERS, parcel.id(), "declaredSiteAreaM2", "differs",
            List.of(Figures.m2(declared), Figures.m2(siteAreaM2), Figures.percent(difference, siteAreaTolerance),
                SITE_AREA_TOLERANCE, Decimals.exact(siteAreaTolerance, 2, 2))));
      }
    });
  }

  /** Every building's footprint and storeys measured inside the boundary, in the parcel's order. */
  private FloorAreas measureBuildings(
      String id, Geometry boundary, List<Footprints> footprints, List<RecordError> warnings) {
    Site site = new Site(boundary);
    FloorAreas areas = new FloorAreas(footprints);
    for (Footprints fp : footprints) {
      measureBuilding(id, site, fp, areas, warnings);
    }
    return areas;
  }

  /**
   * One building: its footprint inside and outside the parcel (a warning for a crossing that is not drawing noise, one
   * for a building without storeys), then each of its storeys.
   */
  private void measureBuilding(
      String id, Site site, Footprints fp, FloorAreas areas, List<RecordError> warnings) {
    Building b = fp.building;
    Geometry bf = fp.footprint;
    double footprintM2 = bf.getArea();
    Inside inside = site.inside(bf, footprintM2);
    double insideM2 = inside.m2();
    areas.insideCache.put(bf, insideM2); // a storey drawn on the building's very footprint is clipped with it
    double outsideM2 = Math.max(0, footprintM2 - insideM2);
    areas.buildingLines.add(new BuildingLine(b.id(), footprintM2, insideM2, outsideM2));
    boolean noise = outsideM2 > geometryToleranceM2 && insideM2 > geometryToleranceM2
        && outsideM2 <= crossingNoiseM2 && outsideM2 <= crossingNoiseShare * footprintM2;
    if (noise) {
      areas.noisyCrossings++;
      areas.noiseM2 += outsideM2;
    } else if (outsideM2 > geometryToleranceM2) {
      warnings.add(insideM2 <= geometryToleranceM2
          ? RecordError.of(RecordError.Code.OUTSIDE_PARCEL, id, buildingField(b), "outside",
              List.of(b.id(), Figures.m2(footprintM2)))
          : RecordError.of(RecordError.Code.OUTSIDE_PARCEL, id, buildingField(b), "crosses",
              List.of(b.id(), Figures.m2(outsideM2, geometryToleranceM2), Figures.m2(footprintM2),
                  Figures.m2(insideM2))));
    }
    List<Storey> storeys = b.storeys();
    if (storeys.isEmpty()) {
      warnings.add(RecordError.of(RecordError.Code.NO_FLOOR_AREA, id, "buildings[" + b.id() + "].storeys",
          "noStoreys", List.of(b.id())));
    }
    // The storeys on the building's footprint share its outside area, so they share the note on it.
    String buildingOutsideNote = outsideM2 > geometryToleranceM2 ? outsideNote(outsideM2) : "";
    for (int i = 0; i < storeys.size(); i++) {
      measureStorey(id, site, fp, i, inside, footprintM2, buildingOutsideNote, areas, warnings);
    }
  }

  /**
   * Storey {@code i} of a building: its footprint (its own, else the building's) inside the parcel, its gross and
   * counted floor area by the pack's storey-height rules, added to the sums of its use or to the underground, with a
   * warning for a use code the pack does not know.
   */
  private void measureStorey(String id, Site site, Footprints fp, int i, Inside buildingInside, double footprintM2,
      String buildingOutsideNote, FloorAreas areas, List<RecordError> warnings) {
    Building b = fp.building;
    Storey s = b.storeys().get(i);
    boolean ownFootprint = fp.own[i] != null;
    Geometry sf = ownFootprint ? fp.own[i] : fp.footprint;
    double sFootprintM2 = ownFootprint ? sf.getArea() : footprintM2;
    double sInsideM2;
    if (!ownFootprint) {
      sInsideM2 = buildingInside.m2();
    } else if (buildingInside.covered() && fp.withinBuilding[i]) {
      sInsideM2 = sFootprintM2; // within a footprint the parcel covers
    } else {
      sInsideM2 = areas.insideCache.computeIfAbsent(sf, f -> site.inside(f, f.getArea()).m2());
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
      Sum sum = areas.sumsByUse.get(useCode);
      if (sum == null) {
        areas.sumsByUse.put(useCode, new Sum(grossM2));
      } else {
        sum.add(grossM2);
      }
      areas.plotRatioAreaM2 += countedM2;
      if (canonical.isEmpty()) {
        warnings.add(RecordError.of(RecordError.Code.UNKNOWN_CODE, id, storeyField(b, s, "use_code"), "storeyUse",
            List.of(s.useCode(), pack.id(), String.valueOf(pack.useCodes()))));
      }
    } else {
      areas.undergroundM2 += countedM2;
    }
    areas.storeyLines.add(new StoreyLine(b.id(), s.level(), useCode, s.storeyHeightM(),
        ownFootprint ? "storey" : "building", sFootprintM2, sInsideM2, sOutsideM2, grossFactor, grossM2, factor,
        countedM2,
        s.isAboveGround() ? StoreyLine.ABOVE_GROUND : StoreyLine.UNDERGROUND, reason));
  }

  /** One warning for all the crossings taken as drawing noise, if there were any. */
  private void warnOfNoisyCrossings(String id, FloorAreas areas, List<RecordError> warnings) {
    if (areas.noisyCrossings > 0) {
      int n = areas.noisyCrossings;
      warnings.add(RecordError.of(RecordError.Code.OUTSIDE_PARCEL, id, "buildings", n == 1 ? "noiseOne" : "noiseMany",
          List.of(String.valueOf(n), CROSSING_NOISE_M2, Figures.m2(crossingNoiseM2), CROSSING_NOISE_SHARE,
              Decimals.exact(crossingNoiseShare, 2, 2), Figures.m2(areas.noiseM2))));
    }
  }

  /** A warning if no storey is above ground: no plot ratio can be judged. */
  private static void warnIfNoFloorArea(String id, Map<String, Double> byUse, List<RecordError> warnings) {
    if (byUse.isEmpty()) {
      warnings.add(RecordError.of(RecordError.Code.NO_FLOOR_AREA, id, "buildings", "noAboveGround", List.of()));
    }
  }

  /** The trace of the measurement, with the sentence giving the plot ratio beside {@code plotRatioLimits}. */
  private MeasurementTrace trace(String id, double siteAreaM2, FloorAreas areas, ImmutableMap<String, Double> byUse,
      double[] plotRatioLimits) {
    double aboveM2 = byUse.values().stream().mapToDouble(Double::doubleValue).sum();
    double plotRatio = areas.plotRatioAreaM2 / siteAreaM2;
    String explanation = "plot ratio (容积率) " + Figures.twoDecimals(plotRatio, plotRatioLimits) + " = "
        + Figures.twoDecimals(areas.plotRatioAreaM2) + " m² counted floor area (计容建筑面积) / "
        + Figures.twoDecimals(siteAreaM2) + " m² site area (用地面积)";
    if (Math.abs(areas.plotRatioAreaM2 - aboveM2) > geometryToleranceM2) {
      explanation += "; the mixed-use shares are of the " + Figures.m2(aboveM2) + " above-ground floor area"
          + " (地上总建筑面积), where a storey over " + TALL_STOREY_M + " counts once";
    }
    return new MeasurementTrace(id, parameters.owner(), parametersFrom, numericParameters,
        siteAreaM2, areas.buildingLines.build(), areas.storeyLines.build(), byUse, aboveM2, areas.plotRatioAreaM2,
        areas.undergroundM2, plotRatio, explanation);
  }

  /** The parcel's facts with the measured areas; an error, not facts, if the model refuses them. */
  private Measured measuredFacts(GeoParcel parcel, double siteAreaM2, FloorAreas areas,
      ImmutableMap<String, Double> byUse, List<RecordError> errors, List<RecordError> warnings,
      MeasurementTrace trace) {
    try {
      Parcel.Builder facts = parcel.facts().toBuilder().siteAreaM2(siteAreaM2).clearFloorAreas()
          .undergroundFloorAreaM2(areas.undergroundM2);
      byUse.forEach(facts::floorAreaM2);
      if (!byUse.isEmpty()) {
        facts.plotRatioFloorAreaM2(areas.plotRatioAreaM2);
      }
      return new Measured(parcel.id(), parcel.locator(), Optional.of(facts.build()), List.of(), warnings, trace,
          List.of());
    } catch (InvalidParcelException e) {
      errors.add(e.toRecordError());
      return failed(parcel, errors, warnings, trace);
    }
  }

  /** The sums and lines of a parcel's measurement as its buildings are measured one by one. */
  private static final class FloorAreas {
    final ImmutableList.Builder<BuildingLine> buildingLines;
    final ImmutableList.Builder<StoreyLine> storeyLines;
    /** Above-ground gross floor area by use code, in the order the uses are first met. */
    final Map<String, Sum> sumsByUse = new LinkedHashMap<>();
    /** The area inside the parcel of each storey footprint measured, so that one shared is measured once. */
    final Map<Geometry, Double> insideCache = new IdentityHashMap<>();
    double plotRatioAreaM2;
    double undergroundM2;
    int noisyCrossings;
    double noiseM2;

    FloorAreas(List<Footprints> footprints) {
      buildingLines = ImmutableList.builderWithExpectedSize(footprints.size());
      int storeyCount = 0;
      for (Footprints fp : footprints) {
        storeyCount += fp.own.length;
      }
      storeyLines = ImmutableList.builderWithExpectedSize(storeyCount);
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
    List<Storey> as = a.building.storeys();
    List<Storey> bs = b.building.storeys();
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
          overlapping.size() == 1 ? "overlapOne" : "overlapMany", List.of(a.building.id(), b.building.id(),
              overlapping.stream().map(String::valueOf).collect(Collectors.joining(", ")),
              Figures.m2(mostM2, geometryToleranceM2), GEOMETRY_TOLERANCE_M2, Decimals.exact(geometryToleranceM2, 0, 2))));
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
    return new Measured(parcel.id(), parcel.locator(), Optional.empty(), errors, warnings, trace, List.of());
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
    /** What {@link #checkStoreysWithin} records for a storey footprint the building's covers: no area is negative. */
    private static final double WITHIN = -1;

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
      // by footprint (one object per distinct footprint, see measure): the area beyond the building's, or
      // WITHIN
      Map<Geometry, Double> beyondOf = new IdentityHashMap<>();
      for (int i = 0; i < own.length; i++) {
        if (own[i] == null) {
          continue;
        }
        Double known = own[i] == footprint ? Double.valueOf(WITHIN) : beyondOf.get(own[i]);
        double beyond;
        if (known != null) {
          beyond = known;
        } else {
          Polygons.Cover cover = Polygons.rectangleCover(footprint, own[i]);
          if (cover == Polygons.Cover.UNKNOWN && prepared == null) {
            prepared = PreparedGeometryFactory.prepare(footprint);
          }
          beyond = cover == Polygons.Cover.COVERED || (cover == Polygons.Cover.UNKNOWN && prepared.covers(own[i]))
              ? WITHIN : Polygons.difference(own[i], footprint).getArea();
          beyondOf.put(own[i], beyond);
        }
        if (beyond == WITHIN) {
          withinBuilding[i] = true;
          continue;
        }
        if (beyond > toleranceM2) {
          int level = building.storeys().get(i).level();
          errors.add(RecordError.of(RecordError.Code.GEOMETRY_CONFLICT, id, storeyField(building, level, "footprint"),
              "storeyBeyond", List.of(String.valueOf(level), building.id(), Figures.m2(beyond, toleranceM2),
                  GEOMETRY_TOLERANCE_M2, Decimals.exact(toleranceM2, 0, 2))));
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
