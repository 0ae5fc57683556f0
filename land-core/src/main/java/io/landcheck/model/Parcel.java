package io.landcheck.model;

import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.Verdict;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The planning facts of one parcel (宗地) that a policy is judged on. No geometry: areas are numbers, in square
 * metres, whether a bureau typed them in or land-geo measured them from polygons.
 *
 * <p>A fact that is not known is empty, and a rule that needs it says {@link Verdict#INSUFFICIENT_DATA} rather than
 * guessing. Build one with {@link #builder(String)}; {@link Builder#build()} rejects impossible values with an
 * {@link InvalidParcelException} that names the parcel and the field.
 *
 * @param id the parcel's id (宗地编号), unique in a batch
 * @param landUse the planned land use (用地性质), a code the pack knows
 * @param singleUse whether the parcel is single-use industrial land (单一用途产业用地)
 * @param projectCategory the category of the project the land is granted for
 * @param recognitionLevel the level that recognised the project's category, if it has one
 * @param lease the grant date and term of the land-use right
 * @param tenure new land or existing land
 * @param siteAreaM2 the site area (用地面积), m²
 * @param aboveGroundFloorAreaM2 above-ground floor area (地上建筑面积), m², by use code (生产, 研发, 宿舍 …), in the order
 *     given; empty when not declared. A storey taller than the pack's {@code tallStoreyM} counts once here: these are
 *     the figures the mixed-use shares of 五(二) (其他产业用途 and 生活配套 as shares of 地上总建筑面积) are judged on,
 *     and, when {@code plotRatioFloorAreaM2} is empty, their sum is also the plot ratio's numerator
 * @param plotRatioFloorAreaM2 the total above-ground floor area counted in the plot ratio (计容建筑面积), m², when it
 *     differs from the sum of {@code aboveGroundFloorAreaM2}: under 工业项目建设用地控制指标 a storey taller than the pack's
 *     {@code tallStoreyM} counts double in the plot ratio (容积率) but once in the shares. Empty means the plot ratio is
 *     the sum of {@code aboveGroundFloorAreaM2}; land-geo fills it in from storey heights
 * @param undergroundFloorAreaM2 underground floor area (地下建筑面积), m²; it never counts in the plot ratio or the
 *     mixed-use shares
 * @param approvedPlotRatioCap the upper plot ratio in the planning conditions (规划条件容积率上限), if any
 * @param intensification an approved plot-ratio increase or added underground space on this land, if any
 * @param split a request to split surplus land off this parcel, if any
 * @param greenSpace the green space an extension cuts and adds, if any
 * @param rooftopGreenAreaM2 rooftop greening (屋顶绿化) provided, m², if declared
 * @param districtId the district (区) the parcel lies in
 * @param parkId the industrial park (产业园区) the parcel lies in
 * @param applicationDate the date of the application, which chooses the policy parameters in force
 * @since 0.1
 */
public record Parcel(
    String id,
    Optional<LandUse> landUse,
    Optional<Boolean> singleUse,
    ProjectCategory projectCategory,
    Optional<RecognitionLevel> recognitionLevel,
    Optional<Lease> lease,
    Optional<LandTenure> tenure,
    OptionalDouble siteAreaM2,
    Map<String, Double> aboveGroundFloorAreaM2,
    OptionalDouble plotRatioFloorAreaM2,
    double undergroundFloorAreaM2,
    OptionalDouble approvedPlotRatioCap,
    Optional<Intensification> intensification,
    Optional<SplitRequest> split,
    Optional<GreenSpaceChange> greenSpace,
    OptionalDouble rooftopGreenAreaM2,
    Optional<String> districtId,
    Optional<String> parkId,
    Optional<LocalDate> applicationDate) {

  /** The id used in errors when a record has no id at all. */
  public static final String NO_ID = "(no id)";

  /**
   * Checks the components; prefer {@link #builder(String)}, whose errors name the field more precisely.
   *
   * @param id the parcel's id (宗地编号), unique in a batch; not blank
   * @param landUse the planned land use (用地性质); empty when not known; not null
   * @param singleUse whether it is single-use industrial land (单一用途产业用地); empty when not known; not null
   * @param projectCategory the category of the project the land is granted for; {@link ProjectCategory#NONE} when it
   *     has none; not null
   * @param recognitionLevel the level that recognised the category; must be empty when the category is {@link
   *     ProjectCategory#NONE}
   * @param lease the grant date and term of the land-use right; empty when not known; not null
   * @param tenure new land (新增) or existing land (存量); empty when not known; not null
   * @param siteAreaM2 the site area (用地面积), m²; empty when not known; a value present must be finite and above 0
   * @param aboveGroundFloorAreaM2 above-ground floor area (地上建筑面积) by use code, m², a tall storey counted once (see the
   *     class comment); each use code not blank, each area finite and at least 0, and their sum at most a quarter of
   *     {@link Double#MAX_VALUE}
   * @param plotRatioFloorAreaM2 the floor area counted in the plot ratio (计容建筑面积), m², when it differs from the sum of
   *     {@code aboveGroundFloorAreaM2}; a value present finite and at least 0
   * @param undergroundFloorAreaM2 underground floor area (地下建筑面积), m², never counted in the plot ratio or the shares;
   *     finite and at least 0
   * @param approvedPlotRatioCap the plot ratio cap of the planning conditions (规划条件容积率上限); a value present finite and
   *     above 0
   * @param intensification an approved or unapproved plot-ratio increase or added underground space; empty when none;
   *     not null
   * @param split a request to split surplus land off the parcel; empty when none; not null
   * @param greenSpace the green space an extension cuts and adds; empty when none; not null
   * @param rooftopGreenAreaM2 rooftop greening (屋顶绿化), m²; empty when not declared; a value present finite and at least
   *     0
   * @param districtId the district (区) the parcel lies in, which the green-space balance groups by; empty when not
   *     known
   * @param parkId the industrial park (产业园区) it lies in, which the green-space balance groups by; empty when not known
   * @param applicationDate the application date, which chooses the pack parameters in force; empty to judge on the
   *     checker's date
   * @throws InvalidParcelException if a component is missing or out of range
   */
  public Parcel {
    String name = id == null || id.isBlank() ? NO_ID : id;
    if (id == null || id.isBlank()) {
      throw new InvalidParcelException(RecordError.Code.MISSING_VALUE, name, "id", "is missing", "missing", List.of());
    }
    require(landUse != null, name, "landUse", "must not be null (use Optional.empty())");
    require(singleUse != null, name, "singleUse", "must not be null");
    require(projectCategory != null, name, "projectCategory", "must not be null (use NONE)");
    require(recognitionLevel != null, name, "recognitionLevel", "must not be null");
    require(lease != null, name, "lease", "must not be null");
    require(tenure != null, name, "tenure", "must not be null");
    require(siteAreaM2 != null, name, "siteAreaM2", "must not be null");
    siteAreaM2.ifPresent(a -> requireArea(a, name, "siteAreaM2", true));
    require(aboveGroundFloorAreaM2 != null, name, "aboveGroundFloorAreaM2", "must not be null");
    aboveGroundFloorAreaM2.forEach((use, area) -> {
      require(!use.isBlank(), name, "aboveGroundFloorAreaM2", "has a blank use code");
      requireArea(area, name, "aboveGroundFloorAreaM2[" + use + "]", false);
    });
    aboveGroundFloorAreaM2 = ImmutableMap.copyOf(aboveGroundFloorAreaM2);
    double totalM2 = 0;
    for (double area : aboveGroundFloorAreaM2.values()) {
      totalM2 += area;
    }
    // any total, the checker's by use class too, must stay finite however it is added up
    if (!(totalM2 <= Double.MAX_VALUE / 4)) {
      throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, name, "aboveGroundFloorAreaM2",
          "the floor areas by use add up to more than landcheck can compute with (" + totalM2 + " m²)", "floorTotal",
          List.of(String.valueOf(totalM2)));
    }
    require(plotRatioFloorAreaM2 != null, name, "plotRatioFloorAreaM2", "must not be null (use OptionalDouble.empty())");
    plotRatioFloorAreaM2.ifPresent(a -> requireArea(a, name, "plotRatioFloorAreaM2", false));
    requireArea(undergroundFloorAreaM2, name, "undergroundFloorAreaM2", false);
    require(approvedPlotRatioCap != null, name, "approvedPlotRatioCap", "must not be null");
    approvedPlotRatioCap.ifPresent(c -> {
      if (!(Double.isFinite(c) && c > 0)) {
        throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, name, "approvedPlotRatioCap",
            "must be a finite number > 0, was " + c, "area", List.of("> 0", String.valueOf(c)));
      }
    });
    require(intensification != null, name, "intensification", "must not be null");
    require(split != null, name, "split", "must not be null");
    require(greenSpace != null, name, "greenSpace", "must not be null");
    require(rooftopGreenAreaM2 != null, name, "rooftopGreenAreaM2", "must not be null");
    rooftopGreenAreaM2.ifPresent(a -> requireArea(a, name, "rooftopGreenAreaM2", false));
    require(districtId != null, name, "districtId", "must not be null");
    require(parkId != null, name, "parkId", "must not be null");
    require(applicationDate != null, name, "applicationDate", "must not be null");
    if (recognitionLevel.isPresent() && projectCategory == ProjectCategory.NONE) {
      throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, name, "recognitionLevel",
          "is given, but the project category is NONE (no category to recognise)", "levelNone", List.of());
    }
  }

  /**
   * A builder for the parcel with this id.
   *
   * @param id the parcel's id (宗地编号), unique in a batch
   * @return a builder with every fact unknown, to be filled and then {@link Builder#build() built}
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * A builder holding this parcel's facts, for a variant of it.
   *
   * @return a builder holding every fact of this parcel; this parcel is unchanged
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The total above-ground floor area (地上建筑面积, 地上总建筑面积): the sum of {@link #aboveGroundFloorAreaM2()}, m², or
   * empty when none is declared. The mixed-use shares are shares of this.
   *
   * @return 地上总建筑面积 in m², a tall storey counted once; empty when no floor area is declared
   */
  public OptionalDouble totalAboveGroundFloorAreaM2() {
    if (aboveGroundFloorAreaM2.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(aboveGroundFloorAreaM2.values().stream().mapToDouble(Double::doubleValue).sum());
  }

  /**
   * The floor area counted in the plot ratio (计容建筑面积), m²: {@link #plotRatioFloorAreaM2()} when declared, else
   * {@link #totalAboveGroundFloorAreaM2()}; empty when neither is known.
   *
   * @return 计容建筑面积 in m², the numerator of the plot ratio (容积率); empty when no floor area is declared
   */
  public OptionalDouble totalPlotRatioFloorAreaM2() {
    return plotRatioFloorAreaM2.isPresent() ? plotRatioFloorAreaM2 : totalAboveGroundFloorAreaM2();
  }

  private static void require(boolean condition, String parcelId, String field, String problem) {
    if (!condition) {
      throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, parcelId, field, problem);
    }
  }

  private static void requireArea(double areaM2, String parcelId, String field, boolean positive) {
    boolean ok = Double.isFinite(areaM2) && (positive ? areaM2 > 0 : areaM2 >= 0);
    if (!ok) {
      String bound = positive ? "> 0" : ">= 0";
      throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, parcelId, field,
          "must be a finite number " + bound + ", was " + areaM2, "area", List.of(bound, String.valueOf(areaM2)));
    }
  }

  /**
   * Collects a parcel's facts. Setters take plain values and are checked together by {@link #build()}, so a reader can
   * fill a builder from a file and get one error that names the field.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String id;
    private LandUse landUse;
    private Boolean singleUse;
    private ProjectCategory projectCategory = ProjectCategory.NONE;
    private RecognitionLevel recognitionLevel;
    private LocalDate leaseGrantDate;
    private Integer leaseTermYears;
    private LandTenure tenure;
    private Double siteAreaM2;
    private final Map<String, Double> aboveGroundFloorAreaM2 = new LinkedHashMap<>();
    /** The first floor-area entry that is not a finite number >= 0, kept so a later entry cannot hide it. */
    private Map.Entry<String, Double> badFloorArea;
    private Double plotRatioFloorAreaM2;
    private double undergroundFloorAreaM2;
    private Double approvedPlotRatioCap;
    private Supplier<Intensification> intensification;
    private Supplier<SplitRequest> split;
    private Supplier<GreenSpaceChange> greenSpace;
    private Double rooftopGreenAreaM2;
    private String districtId;
    private String parkId;
    private LocalDate applicationDate;
    /** The first fact given as null (a setter is no place to throw: {@link #build()} reports it, naming the parcel). */
    private String nullField;

    private Builder(String id) {
      this.id = id;
    }

    private Builder(Parcel p) {
      this.id = p.id;
      this.landUse = p.landUse.orElse(null);
      this.singleUse = p.singleUse.orElse(null);
      this.projectCategory = p.projectCategory;
      this.recognitionLevel = p.recognitionLevel.orElse(null);
      p.lease.ifPresent(l -> {
        this.leaseGrantDate = l.grantDate();
        this.leaseTermYears = l.termYears();
      });
      this.tenure = p.tenure.orElse(null);
      this.siteAreaM2 = p.siteAreaM2.isPresent() ? p.siteAreaM2.getAsDouble() : null;
      this.aboveGroundFloorAreaM2.putAll(p.aboveGroundFloorAreaM2);
      this.plotRatioFloorAreaM2 = p.plotRatioFloorAreaM2.isPresent() ? p.plotRatioFloorAreaM2.getAsDouble() : null;
      this.undergroundFloorAreaM2 = p.undergroundFloorAreaM2;
      this.approvedPlotRatioCap = p.approvedPlotRatioCap.isPresent() ? p.approvedPlotRatioCap.getAsDouble() : null;
      p.intensification.ifPresent(i -> this.intensification = () -> i);
      p.split.ifPresent(s -> this.split = () -> s);
      p.greenSpace.ifPresent(g -> this.greenSpace = () -> g);
      this.rooftopGreenAreaM2 = p.rooftopGreenAreaM2.isPresent() ? p.rooftopGreenAreaM2.getAsDouble() : null;
      this.districtId = p.districtId.orElse(null);
      this.parkId = p.parkId.orElse(null);
      this.applicationDate = p.applicationDate.orElse(null);
    }

    /**
     * The planned land use.
     *
     * @param landUse the planned land use (用地性质), such as {@link LandUse#INDUSTRIAL}; checked by {@link #build()}
     * @return this builder
     */
    public Builder landUse(LandUse landUse) {
      this.landUse = given(landUse, "landUse");
      return this;
    }

    /**
     * Whether the parcel is single-use industrial land (单一用途产业用地).
     *
     * @param singleUse true for single-use industrial land, false for land with other uses mixed in
     * @return this builder
     */
    public Builder singleUse(boolean singleUse) {
      this.singleUse = singleUse;
      return this;
    }

    /**
     * The project's category and the level that recognised it.
     *
     * @param category the project's category, such as a 企业技术中心
     * @param level the level (国家级, 市级 …) that recognised the category
     * @return this builder
     */
    public Builder project(ProjectCategory category, RecognitionLevel level) {
      this.projectCategory = given(category, "projectCategory");
      this.recognitionLevel = given(level, "recognitionLevel");
      return this;
    }

    /**
     * The project's category, with the recognition level unknown (or, for NONE, not applicable).
     *
     * @param category the project's category; {@link ProjectCategory#NONE} for a project without one
     * @return this builder
     */
    public Builder projectCategory(ProjectCategory category) {
      this.projectCategory = given(category, "projectCategory");
      this.recognitionLevel = null;
      return this;
    }

    /**
     * The lease: grant date and term in years.
     *
     * @param grantDate the day the land-use right was granted (出让日期)
     * @param termYears the grant term (出让年限), whole years, 1 to 70
     * @return this builder
     */
    public Builder lease(LocalDate grantDate, int termYears) {
      this.leaseGrantDate = given(grantDate, "lease.grantDate");
      this.leaseTermYears = termYears;
      return this;
    }

    /**
     * New or existing land.
     *
     * @param tenure {@link LandTenure#NEW} (新增) or {@link LandTenure#EXISTING} (存量)
     * @return this builder
     */
    public Builder tenure(LandTenure tenure) {
      this.tenure = given(tenure, "tenure");
      return this;
    }

    /**
     * The site area, m².
     *
     * @param siteAreaM2 the site area (用地面积), m², finite and above 0
     * @return this builder
     */
    public Builder siteAreaM2(double siteAreaM2) {
      this.siteAreaM2 = siteAreaM2;
      return this;
    }

    /**
     * Adds above-ground floor area (地上建筑面积) for a use code, m²; a repeated code adds up. A storey taller than the
     * pack's {@code tallStoreyM} is given here once; its doubling in the plot ratio goes in
     * {@link #plotRatioFloorAreaM2(double)}.
     *
     * @param useCode a use code of the pack or one of its aliases, such as 生产, 研发 or 宿舍
     * @param areaM2 the floor area of that use above ground, m², finite and at least 0
     * @return this builder
     */
    public Builder floorAreaM2(String useCode, double areaM2) {
      if (given(useCode, "aboveGroundFloorAreaM2") == null) {
        return this;
      }
      if (badFloorArea == null && !(Double.isFinite(areaM2) && areaM2 >= 0)) {
        badFloorArea = Map.entry(useCode.strip(), areaM2);
      }
      aboveGroundFloorAreaM2.merge(useCode.strip(), areaM2, Double::sum);
      return this;
    }

    /**
     * Removes all above-ground floor area declared so far, by use and the plot-ratio total.
     *
     * @return this builder, with no above-ground floor area and no 计容建筑面积 declared
     */
    public Builder clearFloorAreas() {
      aboveGroundFloorAreaM2.clear();
      badFloorArea = null;
      plotRatioFloorAreaM2 = null;
      return this;
    }

    /**
     * Removes the site area and every floor area declared so far (above ground by use, the plot-ratio total,
     * underground): the facts land-geo measures from geometry, which a {@code GeoParcel}'s facts must leave out.
     *
     * @return this builder, with only the facts geometry cannot give
     */
    public Builder clearAreas() {
      clearFloorAreas();
      siteAreaM2 = null;
      undergroundFloorAreaM2 = 0;
      return this;
    }

    /**
     * The total above-ground floor area counted in the plot ratio (计容建筑面积), m², when it differs from the sum of
     * the floor areas by use (a storey taller than the pack's {@code tallStoreyM} counts double in it). Not set, the
     * plot ratio uses that sum.
     *
     * @param areaM2 计容建筑面积, m², finite and at least 0
     * @return this builder
     */
    public Builder plotRatioFloorAreaM2(double areaM2) {
      this.plotRatioFloorAreaM2 = areaM2;
      return this;
    }

    /**
     * The underground floor area, m².
     *
     * @param areaM2 underground floor area (地下建筑面积), m², finite and at least 0; it never counts in the plot ratio
     * @return this builder
     */
    public Builder undergroundFloorAreaM2(double areaM2) {
      this.undergroundFloorAreaM2 = areaM2;
      return this;
    }

    /**
     * The upper plot ratio in the planning conditions.
     *
     * @param cap the plot ratio cap of the planning conditions (规划条件容积率上限), finite and above 0
     * @return this builder
     */
    public Builder approvedPlotRatioCap(double cap) {
      this.approvedPlotRatioCap = cap;
      return this;
    }

    /**
     * An approved or unapproved plot-ratio increase or added underground space.
     *
     * @param plotRatioBefore the plot ratio (容积率) before the change
     * @param plotRatioAfter the plot ratio after it
     * @param undergroundBeforeM2 underground floor area before the change, m²
     * @param undergroundAfterM2 underground floor area after it, m²
     * @param approved whether the change was approved
     * @return this builder
     */
    public Builder intensification(
        double plotRatioBefore, double plotRatioAfter, double undergroundBeforeM2, double undergroundAfterM2, boolean approved) {
      this.intensification =
          () -> new Intensification(plotRatioBefore, plotRatioAfter, undergroundBeforeM2, undergroundAfterM2, approved);
      return this;
    }

    /**
     * A request to split surplus land off the parcel.
     *
     * @param split the split request, its surplus part measured or not
     * @return this builder
     */
    public Builder split(SplitRequest split) {
      this.split = given(split, "split") == null ? null : () -> split;
      return this;
    }

    /**
     * The green space an extension cuts and the new green space it adds in the park, m².
     *
     * @param attachedGreenCutM2 attached green space (附属绿地) the extension cuts, m²
     * @param greenAddedInParkM2 new planned green space it adds in the same park, m²
     * @return this builder
     */
    public Builder greenSpace(double attachedGreenCutM2, double greenAddedInParkM2) {
      this.greenSpace = () -> new GreenSpaceChange(attachedGreenCutM2, greenAddedInParkM2);
      return this;
    }

    /**
     * Rooftop greening provided, m².
     *
     * @param areaM2 rooftop greening (屋顶绿化), m², finite and at least 0
     * @return this builder
     */
    public Builder rooftopGreenAreaM2(double areaM2) {
      this.rooftopGreenAreaM2 = areaM2;
      return this;
    }

    /**
     * The district the parcel lies in.
     *
     * @param districtId the district's id, as the batch's other records name it
     * @return this builder
     */
    public Builder districtId(String districtId) {
      this.districtId = given(districtId, "districtId");
      return this;
    }

    /**
     * The park the parcel lies in.
     *
     * @param parkId the industrial park's id, as the batch's other records name it
     * @return this builder
     */
    public Builder parkId(String parkId) {
      this.parkId = given(parkId, "parkId");
      return this;
    }

    /**
     * The application date, which chooses the policy parameters in force.
     *
     * @param applicationDate the day the application was made
     * @return this builder
     */
    public Builder applicationDate(LocalDate applicationDate) {
      this.applicationDate = given(applicationDate, "applicationDate");
      return this;
    }

    /** {@code value}, noting {@code field} as the first fact given as null if it is. */
    private <T> T given(T value, String field) {
      if (value == null && nullField == null) {
        nullField = field;
      }
      return value;
    }

    /**
     * The parcel.
     *
     * @return the parcel, with every fact not set left empty (unknown)
     * @throws InvalidParcelException naming the parcel and the field, if a fact is impossible
     */
    public Parcel build() {
      String name = id == null || id.isBlank() ? NO_ID : id.strip();
      if (nullField != null && !name.equals(NO_ID)) {
        throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, name, nullField, "was given as null; leave a fact that is not known out");
      }
      if (badFloorArea != null && !name.equals(NO_ID)) {
        throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, name, "aboveGroundFloorAreaM2[" + badFloorArea.getKey() + "]",
            "must be a finite number >= 0, was " + badFloorArea.getValue(), "area",
            List.of(">= 0", String.valueOf(badFloorArea.getValue())));
      }
      Optional<Lease> lease = Optional.ofNullable(
          make(name, "lease", leaseTermYears == null ? null : () -> Lease.of(leaseGrantDate, leaseTermYears)));
      return new Parcel(
          id == null ? null : id.strip(),
          Optional.ofNullable(landUse),
          Optional.ofNullable(singleUse),
          projectCategory,
          Optional.ofNullable(recognitionLevel),
          lease,
          Optional.ofNullable(tenure),
          siteAreaM2 == null ? OptionalDouble.empty() : OptionalDouble.of(siteAreaM2),
          ImmutableMap.copyOf(aboveGroundFloorAreaM2),
          plotRatioFloorAreaM2 == null ? OptionalDouble.empty() : OptionalDouble.of(plotRatioFloorAreaM2),
          undergroundFloorAreaM2,
          approvedPlotRatioCap == null ? OptionalDouble.empty() : OptionalDouble.of(approvedPlotRatioCap),
          Optional.ofNullable(make(name, "intensification", intensification)),
          Optional.ofNullable(make(name, "split", split)),
          Optional.ofNullable(make(name, "greenSpace", greenSpace)),
          rooftopGreenAreaM2 == null ? OptionalDouble.empty() : OptionalDouble.of(rooftopGreenAreaM2),
          Optional.ofNullable(districtId).map(String::strip).filter(s -> !s.isEmpty()),
          Optional.ofNullable(parkId).map(String::strip).filter(s -> !s.isEmpty()),
          Optional.ofNullable(applicationDate));
    }

    /**
     * The part ({@link Lease}, {@link Intensification} …) the supplier makes, or null without a supplier. A field
     * the part refuses becomes an error naming the parcel and the field, such as {@code lease.termYears}.
     */
    private static <T> T make(String parcelId, String field, Supplier<T> part) {
      if (part == null) {
        return null;
      }
      try {
        return part.get();
      } catch (InvalidFieldException e) {
        throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, parcelId, field + "." + e.field(), e.problem(),
            e.name(), e.arguments());
      } catch (IllegalArgumentException e) {
        throw new InvalidParcelException(RecordError.Code.INVALID_VALUE, parcelId, field, e.getMessage());
      }
    }
  }
}
