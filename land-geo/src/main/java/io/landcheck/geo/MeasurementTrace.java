package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * How land-geo arrived at a parcel's site area (用地面积), its above-ground floor area by use (地上建筑面积), its floor
 * area counted in the plot ratio (计容建筑面积) and its underground floor area (地下建筑面积): one line per building and
 * one per storey, with the pack parameters used, so a planner can see why the plot ratio (容积率) and the mixed-use
 * shares are what they are.
 *
 * <p>A storey taller than the pack's {@code tallStoreyM} counts double in 计容建筑面积 (the plot ratio) but once in
 * 地上建筑面积 (the mixed-use shares, 沪府规〔2021〕9号 五(二): shares of 地上总建筑面积); a storey lower than
 * {@code fullHeightStoreyM} counts half in both.
 *
 * <p>The trace holds only texts, numbers, lists and maps of these, so Jackson serializes it as it is (no modules
 * needed). Areas are in m², heights in m. A parcel whose geometry could not be measured has a trace with no lines and
 * zero totals; its {@link Measured#errors()} say why.
 *
 * @param parcelId the parcel's id (宗地编号)
 * @param parametersOwner whose parameters were used, such as {@code shanghai-2021/measurement}
 * @param parametersFrom the date those parameters took effect, ISO {@code YYYY-MM-DD}
 * @param parameters the numeric measurement parameters used, by name (fullHeightStoreyM, lowStoreyFactor, …)
 * @param siteAreaM2 the measured site area: the parcel polygon's area, holes excluded, parts summed
 * @param buildings one line per building: footprint, the part inside the parcel, the part outside
 * @param lines one line per storey: footprint, inside, outside, gross and counted factor and area, and the reason
 * @param aboveGroundFloorAreaByUseM2 above-ground floor area (地上建筑面积, each storey's {@code grossM2}) by canonical
 *     use code, in order of first appearance: {@code Parcel.aboveGroundFloorAreaM2}, what the mixed-use shares use
 * @param aboveGroundFloorAreaM2 the sum of those: 地上总建筑面积, the denominator of the mixed-use shares
 * @param plotRatioFloorAreaM2 the sum of the above-ground storeys' {@code countedM2}: 计容建筑面积, tall storeys
 *     doubled; {@code Parcel.plotRatioFloorAreaM2}, the numerator of the plot ratio
 * @param undergroundFloorAreaM2 underground floor area, never in the plot ratio
 * @param plotRatio 容积率 = plotRatioFloorAreaM2 / siteAreaM2, or 0 when the site area was not measured
 * @param explanation one sentence giving the plot ratio as a quotient of the two areas
 * @since 0.1
 */
public record MeasurementTrace(
    String parcelId,
    String parametersOwner,
    String parametersFrom,
    Map<String, Double> parameters,
    double siteAreaM2,
    List<BuildingLine> buildings,
    List<StoreyLine> lines,
    Map<String, Double> aboveGroundFloorAreaByUseM2,
    double aboveGroundFloorAreaM2,
    double plotRatioFloorAreaM2,
    double undergroundFloorAreaM2,
    double plotRatio,
    String explanation) {

  /**
   * Checks the components.
   *
   * @param parcelId the parcel's id (宗地编号); not null
   * @param parametersOwner whose parameters were used, such as {@code shanghai-2021/measurement}; not null
   * @param parametersFrom the date those parameters took effect, ISO {@code YYYY-MM-DD}; not null
   * @param parameters the numeric measurement parameters used, by name (fullHeightStoreyM, lowStoreyFactor, …); not
   *     null
   * @param siteAreaM2 the measured site area: the parcel polygon's area, holes excluded, parts summed, m²
   * @param buildings one line per building: footprint, the part inside the parcel, the part outside; not null
   * @param lines one line per storey: footprint, inside, outside, gross and counted factor and area, and the reason;
   *     not null
   * @param aboveGroundFloorAreaByUseM2 above-ground floor area (地上建筑面积, each storey's {@code grossM2}) by canonical use
   *     code, in order of first appearance: {@code Parcel.aboveGroundFloorAreaM2}, what the mixed-use shares use, m²;
   *     not null
   * @param aboveGroundFloorAreaM2 the sum of those: 地上总建筑面积, the denominator of the mixed-use shares, m²
   * @param plotRatioFloorAreaM2 the sum of the above-ground storeys' {@code countedM2}: 计容建筑面积, tall storeys doubled;
   *     {@code Parcel.plotRatioFloorAreaM2}, the numerator of the plot ratio, m²
   * @param undergroundFloorAreaM2 underground floor area, never in the plot ratio, m²
   * @param plotRatio 容积率 = plotRatioFloorAreaM2 / siteAreaM2, or 0 when the site area was not measured
   * @param explanation one sentence giving the plot ratio as a quotient of the two areas; not null
   */
  public MeasurementTrace {
    checkNotNull(parcelId, "MeasurementTrace.parcelId");
    checkNotNull(parametersOwner, "MeasurementTrace.parametersOwner");
    checkNotNull(parametersFrom, "MeasurementTrace.parametersFrom");
    checkNotNull(parameters, "MeasurementTrace.parameters");
    checkNotNull(buildings, "MeasurementTrace.buildings");
    checkNotNull(lines, "MeasurementTrace.lines");
    checkNotNull(aboveGroundFloorAreaByUseM2, "MeasurementTrace.aboveGroundFloorAreaByUseM2");
    checkNotNull(explanation, "MeasurementTrace.explanation");
    parameters = ImmutableMap.copyOf(parameters);
    buildings = ImmutableList.copyOf(buildings);
    lines = ImmutableList.copyOf(lines);
    aboveGroundFloorAreaByUseM2 = ImmutableMap.copyOf(aboveGroundFloorAreaByUseM2);
    checkArgument(Double.isFinite(siteAreaM2) && siteAreaM2 >= 0, "MeasurementTrace.siteAreaM2 must be >= 0, was %s", siteAreaM2);
    checkArgument(Double.isFinite(plotRatio) && plotRatio >= 0, "MeasurementTrace.plotRatio must be >= 0, was %s", plotRatio);
  }

  /**
   * One building (建筑) of the parcel.
   *
   * @param buildingId the building's id
   * @param footprintM2 the area of its footprint (基底面积)
   * @param insideM2 the part of the footprint inside the parcel boundary
   * @param outsideM2 the part outside, which is not counted
   * @since 0.1
   */
  public record BuildingLine(String buildingId, double footprintM2, double insideM2, double outsideM2) {
    /**
     * Checks the components.
     *
     * @param buildingId the building's id; not null
     * @param footprintM2 the area of its footprint (基底面积), m²
     * @param insideM2 the part of the footprint inside the parcel boundary, m²
     * @param outsideM2 the part outside, which is not counted, m²
     */
    public BuildingLine {
      checkNotNull(buildingId, "BuildingLine.buildingId");
    }
  }

  /**
   * One storey (层) of a building and what it adds to the parcel's totals.
   *
   * @param buildingId the building's id
   * @param level 1, 2, … above ground; -1, -2, … below ground
   * @param useCode the use code as the pack names it (an alias such as {@code 厂房} becomes {@code 生产}); a code the pack
   *     does not know is kept as given
   * @param storeyHeightM the storey height (层高)
   * @param footprintSource {@code "storey"} if the storey has a footprint of its own, else {@code "building"}
   * @param footprintM2 the area of the storey's footprint
   * @param insideM2 the part inside the parcel
   * @param outsideM2 the part outside, not counted
   * @param grossFactor what {@code insideM2} is multiplied by in the building area (建筑面积, GB/T 50353): the
   *     low-storey factor or 1; a tall storey is not doubled here
   * @param grossM2 {@code insideM2 × grossFactor}: for an above-ground storey, the area added to its use code in
   *     地上建筑面积 (what the mixed-use shares use)
   * @param factor what {@code insideM2} is multiplied by in the plot ratio (计容): {@code grossFactor}, or the
   *     tall-storey factor for an above-ground storey taller than {@code tallStoreyM}
   * @param countedM2 {@code insideM2 × factor}: for an above-ground storey, the area added to 计容建筑面积 (the plot
   *     ratio); below ground, the area added to 地下建筑面积
   * @param countedIn {@code "aboveGround"} (计容建筑面积, in the plot ratio) or {@code "underground"} (地下建筑面积)
   * @param reason why the factor is what it is, naming the pack parameters
   * @since 0.1
   */
  public record StoreyLine(
      String buildingId,
      int level,
      String useCode,
      double storeyHeightM,
      String footprintSource,
      double footprintM2,
      double insideM2,
      double outsideM2,
      double grossFactor,
      double grossM2,
      double factor,
      double countedM2,
      String countedIn,
      String reason) {

    /** The {@link #countedIn} value of an above-ground storey. */
    public static final String ABOVE_GROUND = "aboveGround";

    /** The {@link #countedIn} value of a storey below ground. */
    public static final String UNDERGROUND = "underground";

    /**
     * Checks the components.
     *
     * @param buildingId the building's id; not null
     * @param level 1, 2, … above ground; -1, -2, … below ground
     * @param useCode the use code as the pack names it (an alias such as {@code 厂房} becomes {@code 生产}); a code the
     *     pack does not know is kept as given; not null
     * @param storeyHeightM the storey height (层高), m
     * @param footprintSource {@code "storey"} if the storey has a footprint of its own, else {@code "building"}; not
     *     null
     * @param footprintM2 the area of the storey's footprint, m²
     * @param insideM2 the part inside the parcel, m²
     * @param outsideM2 the part outside, not counted, m²
     * @param grossFactor what {@code insideM2} is multiplied by in the building area (建筑面积, GB/T 50353): the low-storey
     *     factor or 1; a tall storey is not doubled here
     * @param grossM2 {@code insideM2 × grossFactor}: for an above-ground storey, the area added to its use code in
     *     地上建筑面积 (what the mixed-use shares use), m²
     * @param factor what {@code insideM2} is multiplied by in the plot ratio (计容): {@code grossFactor}, or the
     *     tall-storey factor for an above-ground storey taller than {@code tallStoreyM}
     * @param countedM2 {@code insideM2 × factor}: for an above-ground storey, the area added to 计容建筑面积 (the plot
     *     ratio); below ground, the area added to 地下建筑面积, m²
     * @param countedIn {@code "aboveGround"} (计容建筑面积, in the plot ratio) or {@code "underground"} (地下建筑面积); not null
     * @param reason why the factor is what it is, naming the pack parameters; not null
     */
    public StoreyLine {
      checkNotNull(buildingId, "StoreyLine.buildingId");
      checkNotNull(useCode, "StoreyLine.useCode");
      checkNotNull(footprintSource, "StoreyLine.footprintSource");
      checkNotNull(countedIn, "StoreyLine.countedIn");
      checkNotNull(reason, "StoreyLine.reason");
    }
  }
}
