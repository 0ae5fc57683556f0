package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.Report;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;

/**
 * Measures parcels (宗地) from their geometry, the way a planning bureau does it by hand: the site area (用地面积) is
 * the parcel polygon's area; each storey's floor area is its footprint clipped to the parcel, counted half below the
 * pack's {@code fullHeightStoreyM} and, in the plot ratio (容积率) only, double above {@code tallStoreyM};
 * above-ground storeys are summed by use code into 地上建筑面积 (a tall storey once) and in total into 计容建筑面积 (a
 * tall storey double), storeys below ground into 地下建筑面积, which never counts in the plot ratio. Every number comes from {@link PolicyPack#measurement(LocalDate)}; docs/measurement.md
 * explains each one.
 *
 * <pre>{@code
 * Measurement measurement = Measurement.of(ShanghaiPacks.shanghai2021());
 * Measured measured = measurement.measure(geoParcel);
 * measured.facts().map(checker::check) ...   // errors and warnings name the parcel and the field
 * }</pre>
 *
 * <p>Bad geometry is data, not a programmer error: an invalid polygon, two buildings overlapping on one level or a
 * storey outside its building gives a {@link Measured} with errors and no facts, never an exception. Invalid polygons
 * are repaired only on request ({@link #repairingInvalidGeometry()}), and then with a warning.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class Measurement {

  private final PolicyPack pack;
  private final boolean repair;
  private final Optional<LocalDate> date;
  /** One measurer per measurement-parameter version of the pack, made when first needed, not once per parcel. */
  private final Map<Parameters, ParcelMeasurer> measurers;

  private Measurement(PolicyPack pack, boolean repair, Optional<LocalDate> date,
      Map<Parameters, ParcelMeasurer> measurers) {
    this.pack = checkNotNull(pack, "pack");
    this.repair = repair;
    this.date = date;
    this.measurers = measurers;
  }

  /**
   * A measurement with the parameters of {@code pack}, reporting invalid polygons as errors, with no date of its own: a
   * parcel is measured with the parameters in force on its application date, and one without is reported as an error
   * naming {@code applicationDate} (give a date with {@link #onDate}; the measurement never reads the clock).
   *
   * @param pack the policy pack whose measurement parameters (storey heights and factors, tolerances) are used
   * @return a measurement that measures each parcel on its own application date
   */
  public static Measurement of(PolicyPack pack) {
    return new Measurement(pack, false, Optional.empty(), new ConcurrentHashMap<>());
  }

  /**
   * This measurement, but repairing invalid polygons (a self-intersecting bow-tie, a ring drawn twice …) with JTS
   * {@code GeometryFixer} instead of rejecting them; each repair is reported as a warning with the area before and
   * after.
   *
   * @return a new measurement that repairs; this one is unchanged
   */
  public Measurement repairingInvalidGeometry() {
    return new Measurement(pack, true, date, new ConcurrentHashMap<>());
  }

  /**
   * This measurement, measuring (and, for a split, checking) parcels without an application date on {@code date}.
   *
   * @param date the date to measure undated parcels on, usually the day of the review
   * @return a new measurement with that date; this one is unchanged
   */
  public Measurement onDate(LocalDate date) {
    return new Measurement(pack, repair, Optional.of(checkNotNull(date, "Measurement.onDate(date)")), measurers);
  }

  /**
   * The pack whose parameters this measurement uses.
   *
   * @return the pack, as given to {@link #of}
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * Measures a parcel with the parameters in force on its application date, or on this measurement's date
   * ({@link #onDate}) if it has none; without either, the parcel is not measured and its error names
   * {@code applicationDate}.
   *
   * @param parcel the parcel with its boundary and buildings
   * @return the parcel's measured facts (site area, 地上建筑面积 by use, 计容建筑面积, 地下建筑面积, in m²) with the trace of how each
   *     was made, or its errors; never thrown for bad geometry
   * @throws IllegalArgumentException if the pack's measurement parameters are missing or impossible (a pack mistake)
   */
  public Measured measure(GeoParcel parcel) {
    checkNotNull(parcel, "parcel");
    Optional<LocalDate> on = dateOf(parcel);
    if (on.isEmpty()) {
      ParcelMeasurer first = measurers.computeIfAbsent(pack.measurement(pack.effectiveFrom()),
          p -> new ParcelMeasurer(pack, p, repair));
      return new Measured(parcel.id(), parcel.locator(), Optional.empty(),
          List.of(Checker.undated(parcel.id())), List.of(),
          first.emptyTrace(parcel.id(), "not measured: the parcel has no application date"), List.of());
    }
    return measure(parcel, on.get());
  }

  /**
   * Measures a parcel with the parameters in force on {@code date}.
   *
   * @param parcel the parcel with its boundary and buildings
   * @param date the date whose measurement parameters apply, whatever the parcel's application date
   * @return the parcel's measured facts with their trace, or its errors
   * @throws IllegalArgumentException if the pack's measurement parameters are missing or impossible (a pack mistake)
   */
  public Measured measure(GeoParcel parcel, LocalDate date) {
    checkNotNull(parcel, "parcel");
    checkNotNull(date, "date");
    List<RecordError> warnings = new ArrayList<>(parcel.readWarnings());
    return measurer(parcel.id(), date, warnings).measure(parcel, plotRatioLimits(pack, parcel.facts(), date), warnings);
  }

  /**
   * Splits surplus land (富余工业用地) off a parcel, as 沪府规〔2021〕9号 五(二) allows, and checks what is left.
   *
   * <p>{@code splitLineOrPolygon} is either a line (LineString or MultiLineString) crossing the parcel from boundary
   * to boundary, or a polygon covering the surplus part. With a polygon, the surplus part is the parcel inside it and
   * the retained part the rest. With a line, the parcel is cut into parts along it; the parts on which buildings stand
   * are retained and the others are the surplus (a line leaving buildings on every part is an error: draw the surplus
   * as a polygon then); on a parcel without buildings the largest part is retained.
   *
   * <p>Buildings standing wholly on the surplus part go with it; buildings straddling the split are clipped to the
   * retained part, with a warning. The surplus part's area and narrowest width (the largest width at which a
   * morphological opening — shrinking by half the width, then growing back — keeps the whole part, so a narrow neck is
   * found; to within the pack's {@code splitWidthResolutionM}; for several pieces, the narrowest piece's; see
   * docs/measurement.md) are put into the request,
   * which the retained part's facts carry, so the split-transfer rule judges them against a bureau's own minimums where
   * its pack sets them (沪府规〔2021〕9号 sets none). The
   * retained part is measured and checked with the parameters in force on the parcel's application date, or on this
   * measurement's date ({@link #onDate}); without either, nothing is split and the report's error names
   * {@code applicationDate}.
   *
   * @param parcel the parcel to split
   * @param splitLineOrPolygon the line across the parcel, or the polygon of the surplus part, in the parcel's CRS
   * @param request the split request (planning conditions, listing, recipient); its surplus area and width are measured
   *     here
   * @return the retained and surplus parts, the retained part measured and checked, or the errors when the split cannot
   *     be made
   */
  public SplitResult split(GeoParcel parcel, Geometry splitLineOrPolygon,
      SplitRequest request) {
    checkNotNull(parcel, "parcel");
    Optional<LocalDate> on = dateOf(parcel);
    if (on.isEmpty()) {
      return new SplitResult(parcel.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Report.error(parcel.id(), pack.id(), Optional.empty(), List.of(Checker.undated(parcel.id()))),
          ImmutableList.of());
    }
    return split(parcel, splitLineOrPolygon, request, on.get());
  }

  /**
   * {@link #split(GeoParcel, Geometry, SplitRequest)} on {@code date}.
   *
   * @param parcel the parcel to split
   * @param splitLineOrPolygon the line across the parcel, or the polygon of the surplus part, in the parcel's CRS
   * @param request the split request; its surplus area and width are measured here
   * @param date the date whose parameters measure and check the parts
   * @return the retained and surplus parts, the retained part measured and checked, or the errors when the split cannot
   *     be made
   */
  public SplitResult split(GeoParcel parcel, Geometry splitLineOrPolygon,
      SplitRequest request, LocalDate date) {
    checkNotNull(parcel, "parcel");
    checkNotNull(splitLineOrPolygon, "splitLineOrPolygon");
    checkNotNull(request, "request");
    checkNotNull(date, "date");
    List<RecordError> warnings = new ArrayList<>();
    ParcelMeasurer measurer = measurer(parcel.id(), date, warnings);
    return new Splitter(pack, measurer, Checker.of(pack).onDate(date), date, repair)
        .split(parcel, splitLineOrPolygon, request, ImmutableList.copyOf(warnings));
  }

  private Optional<LocalDate> dateOf(GeoParcel parcel) {
    return parcel.facts().applicationDate().isPresent() ? parcel.facts().applicationDate() : date;
  }

  /**
   * The floors and cap the pack's rules will hold the parcel's plot ratio to on {@code date}, for its explanation to
   * write the plot ratio beside them.
   */
  static double[] plotRatioLimits(PolicyPack pack, Parcel facts, LocalDate date) {
    return Checker.of(pack).onDate(date).limits(facts.toBuilder().applicationDate(date).build(), "ratio").stream()
        .mapToDouble(Double::doubleValue).toArray();
  }

  private ParcelMeasurer measurer(String parcelId, LocalDate date, List<RecordError> warnings) {
    Optional<Parameters> inForce = pack.measurementOn(date);
    // An application from before the pack: the checker will say the pack is not in force; measure all the same.
    Parameters parameters = inForce.orElseGet(() -> pack.measurement(pack.effectiveFrom()));
    if (inForce.isEmpty()) {
      warnings.add(RecordError.of(RecordError.Code.PACK_NOT_IN_FORCE, parcelId, "applicationDate", "firstParameters",
          List.of(pack.id(), String.valueOf(date), String.valueOf(parameters.effectiveFrom()))));
    }
    return measurers.computeIfAbsent(parameters, p -> new ParcelMeasurer(pack, p, repair));
  }

  @Override
  public String toString() {
    return "Measurement(" + pack.id() + (repair ? ", repairing invalid geometry" : "")
        + date.map(d -> ", on " + d).orElse("") + ")";
  }
}
