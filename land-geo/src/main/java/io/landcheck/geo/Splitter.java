package io.landcheck.geo;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.Checker;
import io.landcheck.model.LocalizedText;
import io.landcheck.model.Parcel;
import io.landcheck.engine.PolicyPack;
import io.landcheck.model.RecordError;
import io.landcheck.engine.Report;
import io.landcheck.model.SplitRequest;
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.Report;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * One split of surplus land (富余工业用地, 五(二)) off a parcel: cuts the boundary, assigns the buildings, measures the
 * surplus part's area and width, then measures and checks the retained part.
 */
final class Splitter {

  private static final String FIELD = "split";

  private final PolicyPack pack;
  private final ParcelMeasurer measurer;
  private final Checker checker;
  private final LocalDate date;
  private final boolean repair;

  Splitter(PolicyPack pack, ParcelMeasurer measurer, Checker checker, LocalDate date, boolean repair) {
    this.pack = pack;
    this.measurer = measurer;
    this.checker = checker;
    this.date = date;
    this.repair = repair;
  }

  SplitResult split(GeoParcel parcel, Geometry cut, SplitRequest request, ImmutableList<RecordError> initialWarnings) {
    String id = parcel.id();
    // The whole parcel first: its geometry must be measurable before it can be split.
    double[] plotRatioLimits = Measurement.plotRatioLimits(pack, parcel.facts(), date);
    Measured whole = measurer.measure(parcel, plotRatioLimits, initialWarnings);
    if (!whole.ok()) {
      return failed(id, whole.errors(), whole.warnings());
    }
    List<RecordError> errors = new ArrayList<>();
    List<RecordError> warnings = new ArrayList<>(whole.warnings());
    // The retained part is measured again, which repeats every warning but a repaired boundary's: keep only that.
    warnings.removeIf(w -> !w.field().equals("boundary") && !initialWarnings.contains(w));
    Geometry boundary = fixed(parcel.boundary());
    double tolerance = measurer.geometryToleranceM2();
    try {
      Geometry retained;
      Geometry surplus;
      if (cut instanceof Lineal) {
        Optional<Geometry[]> parts = cutByLine(parcel, boundary, cut, errors, warnings);
        if (parts.isEmpty()) {
          return failed(id, errors, warnings);
        }
        retained = parts.get()[0];
        surplus = parts.get()[1];
      } else if (Storey.isPolygonal(cut)) {
        Optional<Geometry> area =
            Polygons.usable(cut, repair, measurer.repairAreaTolerance(), id, FIELD, LocalizedText.of("分割多边形", "the split polygon"), errors,
                warnings, new ArrayList<>(0));
        if (area.isEmpty()) {
          return failed(id, errors, warnings);
        }
        surplus = Polygons.intersection(boundary, area.get());
        retained = Polygons.difference(boundary, area.get());
        if (surplus.getArea() <= tolerance) {
          errors.add(RecordError.of(RecordError.Code.GEOMETRY_CONFLICT, id, FIELD, "splitOutside", List.of()));
        } else if (retained.getArea() <= tolerance) {
          errors.add(RecordError.of(RecordError.Code.GEOMETRY_CONFLICT, id, FIELD, "splitWhole", List.of()));
        }
      } else {
        errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, id, FIELD, "splitType",
            List.of(cut.getGeometryType())));
        return failed(id, errors, warnings);
      }
      if (!errors.isEmpty()) {
        return failed(id, errors, warnings);
      }
      return finish(parcel, retainedOf(retained), surplus, request, warnings);
    } catch (TopologyException e) {
      errors.add(RecordError.of(RecordError.Code.INVALID_GEOMETRY, id, FIELD, "splitOverlay",
          List.of(String.valueOf(e.getMessage()))));
      return failed(id, errors, warnings);
    }
  }

  /** The retained part as a Polygon or MultiPolygon. */
  private static Geometry retainedOf(Geometry g) {
    return Polygons.polygonal(g);
  }

  /** Cuts the parcel along the line; {retained, surplus}, or empty after adding an error. */
  private Optional<Geometry[]> cutByLine(
      GeoParcel parcel, Geometry boundary, Geometry line, List<RecordError> errors, List<RecordError> warnings) {
    String id = parcel.id();
    double tolerance = measurer.geometryToleranceM2();
    Geometry linework = OverlayNGRobust.overlay(boundary.getBoundary(), line, OverlayNG.UNION);
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(linework);
    PreparedGeometry site = PreparedGeometryFactory.prepare(boundary);
    List<Polygon> pieces = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Collection<Polygon> faces = polygonizer.getPolygons();
    for (Polygon face : faces) {
      if (face.getArea() > tolerance && site.covers(face.getInteriorPoint())) {
        pieces.add(face);
      }
    }
    if (pieces.size() <= boundary.getNumGeometries()) {
      errors.add(RecordError.of(RecordError.Code.GEOMETRY_CONFLICT, id, FIELD, "splitNotDividing", List.of()));
      return Optional.empty();
    }
    List<Geometry> footprints = parcel.buildings().stream().map(b -> fixed(b.footprint())).toList();
    List<Geometry> built = new ArrayList<>();
    List<Geometry> unbuilt = new ArrayList<>();
    for (Polygon piece : pieces) {
      boolean hasBuilding = footprints.stream().anyMatch(f -> Polygons.intersectionArea(piece, f) > tolerance);
      (hasBuilding ? built : unbuilt).add(piece);
    }
    if (built.isEmpty()) {
      pieces.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
      built.add(pieces.get(0));
      unbuilt.clear();
      unbuilt.addAll(pieces.subList(1, pieces.size()));
      warnings.add(RecordError.of(RecordError.Code.SPLIT_ASSUMPTION, id, FIELD, "largestRetained",
          List.of(Figures.m2(pieces.get(0).getArea()))));
    } else if (unbuilt.isEmpty()) {
      errors.add(RecordError.of(RecordError.Code.GEOMETRY_CONFLICT, id, FIELD, "splitAllBuilt", List.of()));
      return Optional.empty();
    }
    return Optional.of(new Geometry[] {OverlayNGRobust.union(built), OverlayNGRobust.union(unbuilt)});
  }

  private SplitResult finish(
      GeoParcel parcel, Geometry retained, Geometry surplus, SplitRequest request, List<RecordError> warnings) {
    String id = parcel.id();
    double tolerance = measurer.geometryToleranceM2();
    List<Building> kept = new ArrayList<>();
    for (Building b : parcel.buildings()) {
      Geometry footprint = fixed(b.footprint());
      double onRetainedM2 = Polygons.intersectionArea(retained, footprint);
      double onSurplusM2 = Polygons.intersectionArea(surplus, footprint);
      if (onRetainedM2 <= tolerance) {
        warnings.add(RecordError.of(RecordError.Code.SPLIT_ASSUMPTION, id, ParcelMeasurer.buildingField(b), "onSurplus",
            List.of(b.id())));
        continue;
      }
      if (onSurplusM2 > tolerance) {
        warnings.add(RecordError.of(RecordError.Code.SPLIT_ASSUMPTION, id, ParcelMeasurer.buildingField(b), "straddles",
            List.of(b.id(), Figures.m2(onSurplusM2, tolerance))));
      }
      kept.add(b);
    }
    double surplusAreaM2 = surplus.getArea();
    double surplusWidthM =
        narrowestWidthM(surplus, measurer.geometryToleranceM2(), measurer.splitWidthResolutionM());
    SplitRequest measuredRequest = request.withSurplus(surplusAreaM2, surplusWidthM);
    GeoParcel retainedParcel = new GeoParcel(id, retained, kept, parcel.facts(), OptionalDouble.empty(),
        parcel.locator(), Optional.empty(), List.of());
    Measured measured =
        measurer.measure(retainedParcel, Measurement.plotRatioLimits(pack, parcel.facts(), date), List.of());
    if (!measured.ok()) {
      ImmutableList<RecordError> allWarnings = ImmutableList.<RecordError>builder()
          .addAll(warnings).addAll(measured.warnings()).build();
      return new SplitResult(id, Optional.of(retained), Optional.of(surplus), Optional.of(measuredRequest),
          Optional.of(measured), Report.error(id, pack.id(), date, measured.errors()), allWarnings);
    }
    Parcel facts = measured.facts().orElseThrow().toBuilder().split(measuredRequest).build();
    Measured withSplit = new Measured(id, parcel.locator(), Optional.of(facts), List.of(), measured.warnings(),
        measured.trace(), List.of());
    ImmutableList<RecordError> allWarnings = ImmutableList.<RecordError>builder()
        .addAll(warnings).addAll(measured.warnings()).build();
    return new SplitResult(id, Optional.of(retained), Optional.of(surplus), Optional.of(measuredRequest),
        Optional.of(withSplit), checker.check(facts), allWarnings);
  }

  /**
   * The narrowest width of the surplus part, in metres: for each piece, the largest width {@code w} such that shrinking
   * the piece by {@code w / 2} and growing it back by {@code w / 2} (a morphological opening, with mitred corners so
   * that square corners come back exactly) gives back the whole piece, within {@code toleranceM2}. A neck narrower
   * than {@code w} vanishes when shrunk and does not come back, so the width found is the neck's; for a rectangle it
   * is the short side. Found by bisection between 0 and the diameter of the piece's largest inscribed circle (an
   * upper bound: shrunk by its radius, nothing is left) to within {@code resolutionM}, erring wide (never narrower
   * than the true width by more than rounding). For several pieces, the narrowest piece's width.
   */
  static double narrowestWidthM(Geometry surplus, double toleranceM2, double resolutionM) {
    double narrowest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < surplus.getNumGeometries(); i++) {
      Geometry piece = surplus.getGeometryN(i);
      if (piece.isEmpty() || piece.getArea() <= 0) {
        continue;
      }
      narrowest = Math.min(narrowest, widthM(piece, toleranceM2, resolutionM));
    }
    return narrowest;
  }

  /** The narrowest width of one polygon (see {@link #narrowestWidthM}). */
  private static double widthM(Geometry piece, double toleranceM2, double resolutionM) {
    Envelope e = piece.getEnvelopeInternal();
    double accuracyM = Math.max(e.getWidth(), e.getHeight()) * 1e-6;
    double lo = 0;
    double hi = 2 * new MaximumInscribedCircle(piece, accuracyM).getRadiusLine().getLength();
    // Buffering is not exact to the last bit; a loss this small is rounding, not a neck.
    double lossAllowedM2 = Math.max(toleranceM2, piece.getArea() * 1e-9);
    while (hi - lo > resolutionM) {
      double mid = (lo + hi) / 2;
      if (openingKeepsArea(piece, mid, lossAllowedM2)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  /** Whether the opening of {@code piece} by a width of {@code widthM} loses at most {@code lossAllowedM2}. */
  private static boolean openingKeepsArea(Geometry piece, double widthM, double lossAllowedM2) {
    Geometry shrunk = BufferOp.bufferOp(piece, -widthM / 2, MITRED);
    if (shrunk.isEmpty()) {
      return false;
    }
    Geometry opened = BufferOp.bufferOp(shrunk, widthM / 2, MITRED);
    double lostM2 = OverlayNGRobust.overlay(piece, opened, OverlayNG.DIFFERENCE).getArea();
    return lostM2 <= lossAllowedM2;
  }

  /** Mitred joins (JTS's default mitre limit), so that the opening gives back square and obtuse corners exactly. */
  private static final BufferParameters MITRED = mitred();

  private static BufferParameters mitred() {
    BufferParameters p = new BufferParameters();
    p.setJoinStyle(BufferParameters.JOIN_MITRE);
    return p;
  }

  /** {@code g}, or its GeometryFixer repair if invalid (only reached when the whole parcel measured without errors). */
  private static Geometry fixed(Geometry g) {
    return new IsValidOp(g).isValid() ? g : Polygons.polygonal(GeometryFixer.fix(g));
  }

  private SplitResult failed(String id, List<RecordError> errors, List<RecordError> warnings) {
    return new SplitResult(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Report.error(id, pack.id(), date, errors), ImmutableList.copyOf(warnings));
  }
}
