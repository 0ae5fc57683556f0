package io.landcheck.test;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.SplitRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A fluent builder of a zoning scenario: one parcel (宗地) with its buildings, for tests. A typical scenario takes a
 * few lines:
 *
 * <pre>{@code
 * Parcel parcel = Scenario.industrialParcel("P-1")
 *     .siteAreaM2(10_000)
 *     .factory(4, 4_500)          // 4 storeys of 生产 on a 4,500 m² footprint
 *     .dormitory(3, 800)          // a 3-storey dormitory wing (宿舍)
 *     .lease(20)
 *     .build();
 * }</pre>
 *
 * <p>Without geometry ({@link #build()}), a building's floor area counted in the plot ratio (计容建筑面积) is its
 * footprint times its above-ground storeys, every storey counted in full; basements give underground floor area
 * (地下建筑面积), which never counts. With geometry ({@link #geoParcel()}), the parcel is a rectangle and each building
 * a rectangle laid out inside it, in projected metres near Shanghai (CGCS2000 3° Gauss-Kruger, CM 120°E, as
 * EPSG:4549), which land-geo measures ({@link #buildMeasured}); there each storey's height (层高) decides how it
 * counts, as the pack says.
 *
 * <p>Defaults, so a scenario states only what it is about: the land use named by the factory method, single-use
 * industrial land (单一用途产业用地), new land (新增), an ordinary project (no qualifying category), application date
 * {@link #DEFAULT_APPLICATION_DATE}. No lease is declared unless {@link #lease} is called, so the lease-term rule
 * reports missing data until then.
 *
 * @since 0.1
 */
public final class Scenario {

  /** The application date of a scenario that gives none, so a scenario's verdicts do not change with the day. */
  public static final LocalDate DEFAULT_APPLICATION_DATE = LocalDate.of(2024, 1, 1);

  /** Where a geometric scenario's parcel starts: easting and northing in EPSG:4549 metres, in Shanghai. */
  private static final double ORIGIN_EASTING_M = 640_000;
  private static final double ORIGIN_NORTHING_M = 3_456_000;
  /** Gap between the boundary and the buildings, and between buildings, when they are laid out. */
  private static final double MARGIN_M = 5;
  private static final double GAP_M = 6;

  private static final double FACTORY_STOREY_M = 6.0;
  private static final double DORMITORY_STOREY_M = 3.0;
  private static final double OFFICE_STOREY_M = 4.0;
  private static final double BASEMENT_STOREY_M = 3.6;
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  /** One building of the scenario: its use, storeys above and below ground, footprint and storey height. */
  private record BuildingSpec(
      String id, String useCode, int storeys, int basements, double footprintM2, double storeyHeightM,
      boolean heightGiven) {}

  /** Floor area declared without a building. */
  private record DirectArea(String useCode, double areaM2) {}

  private final Parcel.Builder facts;
  private final String id;
  private LocalDate applicationDate = DEFAULT_APPLICATION_DATE;
  /** A lease granted on the application date, whenever that is set: its term, or 0 for none. */
  private int leaseOnApplicationYears;
  private double siteAreaM2 = Double.NaN;
  private double siteWidthM = Double.NaN;
  private double siteDepthM = Double.NaN;
  private double eastingM = ORIGIN_EASTING_M;
  private double northingM = ORIGIN_NORTHING_M;
  private final List<BuildingSpec> buildings = new ArrayList<>();
  private final List<DirectArea> directAreas = new ArrayList<>();
  private double directUndergroundM2;

  private Scenario(String id, LandUse landUse) {
    checkArgument(id != null && !id.isBlank(), "Scenario.id must not be blank, was '%s'", id);
    this.id = id.strip();
    this.facts = Parcel.builder(this.id)
        .landUse(landUse)
        .singleUse(true)
        .tenure(LandTenure.NEW)
        .projectCategory(ProjectCategory.NONE);
  }

  private Scenario(Parcel facts) {
    this.id = facts.id();
    this.facts = facts.toBuilder().clearFloorAreas();
    this.applicationDate = facts.applicationDate().orElse(null);
  }

  /** A scenario of exactly these facts, without the kit's defaults (for scenario files); areas come from buildings. */
  static Scenario ofFacts(Parcel facts) {
    return new Scenario(checkNotNull(facts, "Scenario.ofFacts(facts)"));
  }

  /** A building with storeys above and below ground of this storey height (for scenario files). */
  Scenario building(String useCode, int storeys, int basements, double footprintM2, double storeyHeightM) {
    return add(useCode, storeys, basements, footprintM2, storeyHeightM, true);
  }

  /**
   * A parcel of 产业项目类工业用地 (industrial land for an industrial project).
   *
   * @param id the parcel's id (宗地编号)
   * @return a scenario of new, single-use industrial land with no project category, to be filled in
   */
  public static Scenario industrialParcel(String id) {
    return new Scenario(id, LandUse.INDUSTRIAL);
  }

  /**
   * A parcel of 通用类研发用地 (general R&amp;D land).
   *
   * @param id the parcel's id (宗地编号)
   * @return a scenario of general R&amp;D land, to be filled in
   */
  public static Scenario rdParcel(String id) {
    return new Scenario(id, LandUse.GENERAL_RD);
  }

  /**
   * A parcel of any land use code the pack knows.
   *
   * @param id the parcel's id (宗地编号)
   * @param landUse the land use, such as {@link LandUse#INDUSTRIAL}
   * @return a scenario of that land use, to be filled in
   */
  public static Scenario parcel(String id, LandUse landUse) {
    return new Scenario(id, checkNotNull(landUse, "Scenario.landUse"));
  }

  // ---- the site ----

  /**
   * The site area (用地面积), m²; with geometry the parcel is a square of this area.
   *
   * @param siteAreaM2 the site area, m²
   * @return this scenario
   */
  public Scenario siteAreaM2(double siteAreaM2) {
    checkArgument(Double.isFinite(siteAreaM2) && siteAreaM2 > 0, "Scenario.siteAreaM2 must be > 0, was %s (parcel %s)",
        siteAreaM2, id);
    this.siteAreaM2 = siteAreaM2;
    this.siteWidthM = Math.sqrt(siteAreaM2);
    this.siteDepthM = siteWidthM;
    return this;
  }

  /**
   * A rectangular site of {@code widthM} (east-west) by {@code depthM} (north-south); its area is the product.
   *
   * @param widthM the site's width, east to west, m
   * @param depthM the site's depth, south to north, m
   * @return this scenario
   */
  public Scenario siteM(double widthM, double depthM) {
    checkArgument(widthM > 0 && depthM > 0, "Scenario.siteM(widthM, depthM) must both be > 0, were %s, %s"
        + " (parcel %s)", widthM, depthM, id);
    this.siteWidthM = widthM;
    this.siteDepthM = depthM;
    this.siteAreaM2 = widthM * depthM;
    return this;
  }

  /**
   * Moves a geometric scenario's south-west corner to this easting and northing (EPSG:4549 metres).
   *
   * @param eastingM the easting of the south-west corner, m
   * @param northingM the northing of the south-west corner, m
   * @return this scenario
   */
  public Scenario at(double eastingM, double northingM) {
    this.eastingM = eastingM;
    this.northingM = northingM;
    return this;
  }

  // ---- buildings ----

  /**
   * A factory (厂房) of {@code storeys} storeys of 生产 (principal industrial use), each of {@code footprintM2}.
   *
   * @param storeys the number of above-ground storeys
   * @param footprintM2 each storey's floor area, m²
   * @return this scenario
   */
  public Scenario factory(int storeys, double footprintM2) {
    return add("生产", storeys, 0, footprintM2, FACTORY_STOREY_M, false);
  }

  /**
   * A dormitory (宿舍, a living amenity) of {@code storeys} storeys, each of {@code footprintM2}.
   *
   * @param storeys the number of above-ground storeys
   * @param footprintM2 each storey's floor area, m²
   * @return this scenario
   */
  public Scenario dormitory(int storeys, double footprintM2) {
    return add("宿舍", storeys, 0, footprintM2, DORMITORY_STOREY_M, false);
  }

  /**
   * An R&amp;D building (研发) of {@code storeys} storeys, each of {@code footprintM2}.
   *
   * @param storeys the number of above-ground storeys
   * @param footprintM2 each storey's floor area, m²
   * @return this scenario
   */
  public Scenario rdBuilding(int storeys, double footprintM2) {
    return add("研发", storeys, 0, footprintM2, OFFICE_STOREY_M, false);
  }

  /**
   * An office building (办公, another industrial use) of {@code storeys} storeys, each of {@code footprintM2}.
   *
   * @param storeys the number of above-ground storeys
   * @param footprintM2 each storey's floor area, m²
   * @return this scenario
   */
  public Scenario office(int storeys, double footprintM2) {
    return add("办公", storeys, 0, footprintM2, OFFICE_STOREY_M, false);
  }

  /**
   * A building of any use code the pack knows (生产, 研发, 办公, 仓储, 零售, 餐饮, 宿舍 …).
   *
   * @param useCode the building's use code, or an alias the pack knows
   * @param storeys the number of above-ground storeys
   * @param footprintM2 each storey's floor area, m²
   * @return this scenario
   */
  public Scenario building(String useCode, int storeys, double footprintM2) {
    return add(useCode, storeys, 0, footprintM2, OFFICE_STOREY_M, false);
  }

  /**
   * A building whose storeys have this storey height (层高), m. The height counts only when the scenario is measured
   * from geometry; {@link #build()} refuses a scenario with a given height rather than ignore it.
   *
   * @param useCode the building's use code, or an alias the pack knows
   * @param storeys the number of above-ground storeys
   * @param footprintM2 each storey's floor area, m²
   * @param storeyHeightM each storey's height (层高), m, which decides its factor in 计容建筑面积 when measured
   * @return this scenario
   */
  public Scenario building(String useCode, int storeys, double footprintM2, double storeyHeightM) {
    return add(useCode, storeys, 0, footprintM2, storeyHeightM, true);
  }

  /**
   * A basement (地下室) of {@code levels} levels of 仓储, each of {@code footprintM2}; never counts in the plot ratio.
   *
   * @param levels the number of basement levels
   * @param footprintM2 each level's floor area, m²
   * @return this scenario
   */
  public Scenario basement(int levels, double footprintM2) {
    checkArgument(levels >= 1, "Scenario.basement(levels) must be >= 1, was %s (parcel %s)", levels, id);
    return add("仓储", 0, levels, footprintM2, BASEMENT_STOREY_M, false);
  }

  /**
   * Above-ground floor area counted in the plot ratio of a use code, m², without a building; with geometry it becomes
   * a one-storey building of that footprint.
   *
   * @param useCode the use code, or an alias the pack knows
   * @param areaM2 the above-ground floor area counted in the plot ratio, m²
   * @return this scenario
   */
  public Scenario floorAreaM2(String useCode, double areaM2) {
    checkNotNull(useCode, "Scenario.floorAreaM2(useCode)");
    checkArgument(Double.isFinite(areaM2) && areaM2 >= 0, "Scenario.floorAreaM2(areaM2) of %s must be >= 0, was %s"
        + " (parcel %s)", useCode, areaM2, id);
    directAreas.add(new DirectArea(useCode, areaM2));
    return this;
  }

  /**
   * Underground floor area (地下建筑面积), m², without a building (not available with geometry).
   *
   * @param areaM2 the underground floor area, m²
   * @return this scenario
   */
  public Scenario undergroundM2(double areaM2) {
    checkArgument(Double.isFinite(areaM2) && areaM2 >= 0, "Scenario.undergroundM2 must be >= 0, was %s (parcel %s)",
        areaM2, id);
    this.directUndergroundM2 += areaM2;
    return this;
  }

  private Scenario add(String useCode, int storeys, int basements, double footprintM2, double heightM, boolean given) {
    checkNotNull(useCode, "Scenario.useCode (parcel %s)", id);
    checkArgument(storeys >= 0 && (storeys > 0 || basements > 0), "Scenario.storeys must be >= 1, was %s (parcel %s)",
        storeys, id);
    checkArgument(Double.isFinite(footprintM2) && footprintM2 > 0, "Scenario.footprintM2 must be > 0, was %s"
        + " (parcel %s)", footprintM2, id);
    checkArgument(Double.isFinite(heightM) && heightM > 0, "Scenario.storeyHeightM must be > 0, was %s (parcel %s)",
        heightM, id);
    buildings.add(new BuildingSpec("B" + (buildings.size() + 1), useCode, storeys, basements, footprintM2, heightM, given));
    return this;
  }

  // ---- facts ----

  /**
   * Whether the land is single-use industrial land (单一用途产业用地); the default is yes.
   *
   * @param singleUse false for land with other uses mixed in
   * @return this scenario
   */
  public Scenario singleUse(boolean singleUse) {
    facts.singleUse(singleUse);
    return this;
  }

  /**
   * Existing industrial land (存量); the default is new land (新增).
   *
   * @return this scenario
   */
  public Scenario existingLand() {
    facts.tenure(LandTenure.EXISTING);
    return this;
  }

  /**
   * The project's category and the level that recognised it (认定级别).
   *
   * @param category the project's category, such as 企业技术中心
   * @param level the level that recognised it, such as 市级
   * @return this scenario
   */
  public Scenario project(ProjectCategory category, RecognitionLevel level) {
    facts.project(category, level);
    return this;
  }

  /**
   * A lease of {@code termYears} (出让年限) granted on the application date.
   *
   * @param termYears the grant term, whole years
   * @return this scenario
   */
  public Scenario lease(int termYears) {
    checkState(applicationDate != null, "Scenario %s: lease(termYears) needs an application date", id);
    checkArgument(termYears >= 1, "Scenario.lease(termYears) must be >= 1, was %s (parcel %s)",
        termYears, id);
    this.leaseOnApplicationYears = termYears;
    return this;
  }

  /**
   * A lease of {@code termYears} granted on {@code grantDate}.
   *
   * @param grantDate the day the land-use right was granted (出让日期)
   * @param termYears the grant term, whole years
   * @return this scenario
   */
  public Scenario lease(LocalDate grantDate, int termYears) {
    facts.lease(grantDate, termYears);
    this.leaseOnApplicationYears = 0;
    return this;
  }

  /**
   * The upper plot ratio of the planning conditions (规划条件容积率上限).
   *
   * @param cap the plot ratio cap
   * @return this scenario
   */
  public Scenario plotRatioCap(double cap) {
    facts.approvedPlotRatioCap(cap);
    return this;
  }

  /**
   * A plot-ratio increase and/or added underground space (提高容积率、增加地下空间), approved or not.
   *
   * @param plotRatioBefore the plot ratio (容积率) before the change
   * @param plotRatioAfter the plot ratio after it
   * @param undergroundBeforeM2 underground floor area before the change, m²
   * @param undergroundAfterM2 underground floor area after it, m²
   * @param approved whether the change was approved
   * @return this scenario
   */
  public Scenario intensification(
      double plotRatioBefore, double plotRatioAfter, double undergroundBeforeM2, double undergroundAfterM2,
      boolean approved) {
    facts.intensification(plotRatioBefore, plotRatioAfter, undergroundBeforeM2, undergroundAfterM2, approved);
    return this;
  }

  /**
   * A request to split surplus land off the parcel (富余工业用地分割转让).
   *
   * @param request the split request
   * @return this scenario
   */
  public Scenario split(SplitRequest request) {
    facts.split(request);
    return this;
  }

  /**
   * Attached green space (附属绿地) the extension cuts, and new planned green space it adds in the park, m².
   *
   * @param cutM2 attached green space the extension cuts, m²
   * @param addedInParkM2 new green space it adds in the same park, m²
   * @return this scenario
   */
  public Scenario greenSpace(double cutM2, double addedInParkM2) {
    facts.greenSpace(cutM2, addedInParkM2);
    return this;
  }

  /**
   * Rooftop greening (屋顶绿化) provided, m².
   *
   * @param areaM2 the rooftop greening, m²
   * @return this scenario
   */
  public Scenario rooftopGreenM2(double areaM2) {
    facts.rooftopGreenAreaM2(areaM2);
    return this;
  }

  /**
   * The industrial park (产业园区) the parcel lies in.
   *
   * @param parkId the park's id, as the batch's other parcels name it
   * @return this scenario
   */
  public Scenario park(String parkId) {
    facts.parkId(parkId);
    return this;
  }

  /**
   * The district (区) the parcel lies in.
   *
   * @param districtId the district's id, as the batch's other parcels name it
   * @return this scenario
   */
  public Scenario district(String districtId) {
    facts.districtId(districtId);
    return this;
  }

  /**
   * The application date, which chooses the policy parameters in force (and dates a {@link #lease(int)}).
   *
   * @param date the application date
   * @return this scenario
   */
  public Scenario appliedOn(LocalDate date) {
    this.applicationDate = checkNotNull(date, "Scenario.appliedOn(date)");
    return this;
  }

  // ---- results ----

  /**
   * The parcel's facts with floor areas from the buildings: footprint times storeys, every storey in full.
   *
   * @return the parcel's facts, each use's above-ground floor area its buildings' footprints times their storeys, no
   *     storey counted half or double
   * @throws IllegalStateException if a building was given a storey height, which only a measurement can honour
   * @throws io.landcheck.model.InvalidParcelException if a fact is impossible
   */
  public Parcel build() {
    Parcel.Builder b = withoutAreas();
    if (!Double.isNaN(siteAreaM2)) {
      b.siteAreaM2(siteAreaM2);
    }
    double underground = directUndergroundM2;
    for (BuildingSpec s : buildings) {
      checkState(!s.heightGiven(), "Scenario %s: building %s has a storey height of %s m, which counts only when"
          + " measured from geometry (geoParcel()); build() counts every storey in full", id, s.id(), s.storeyHeightM());
      if (s.storeys() > 0) {
        b.floorAreaM2(s.useCode(), s.storeys() * s.footprintM2());
      }
      underground += s.basements() * s.footprintM2();
    }
    for (DirectArea area : directAreas) {
      b.floorAreaM2(area.useCode(), area.areaM2());
    }
    b.undergroundFloorAreaM2(underground);
    return b.build();
  }

  /**
   * The parcel as land-geo holds it: a rectangular boundary, each building a rectangle as wide as the site less its
   * margins, laid out from south to north with gaps between them, and the facts without areas, which a measurement fills in. The declared site area is the rectangle's.
   *
   * @return the parcel with its boundary, buildings and storeys, coordinates in EPSG:4549 metres
   * @throws IllegalStateException if the site area is not given, the buildings do not fit, or underground area was
   *     given without a building
   */
  public GeoParcel geoParcel() {
    checkState(!Double.isNaN(siteAreaM2), "Scenario %s: a geometric scenario needs siteAreaM2 or siteM", id);
    checkState(directUndergroundM2 == 0, "Scenario %s: undergroundM2 has no geometry; use basement(levels, footprintM2)", id);
    List<BuildingSpec> all = new ArrayList<>(buildings);
    for (DirectArea area : directAreas) {
      all.add(new BuildingSpec("B" + (all.size() + 1), area.useCode(), 1, 0, area.areaM2(), OFFICE_STOREY_M, false));
    }
    Polygon boundary = rectangle(eastingM, northingM, siteWidthM, siteDepthM);
    ImmutableList.Builder<Building> out = ImmutableList.builder();
    double width = siteWidthM - 2 * MARGIN_M;
    double y = MARGIN_M;
    for (BuildingSpec s : all) {
      double depth = s.footprintM2() / width;
      checkState(width > 0 && y + depth <= siteDepthM - MARGIN_M + 1e-9,
          "Scenario %s: building %s (%s m² footprint) does not fit on a site of %s × %s m, buildings being laid out"
              + " as strips %s m wide, %s m from the boundary and %s m apart; enlarge the site or build fewer,"
              + " taller buildings",
          id, s.id(), s.footprintM2(), fmt(siteWidthM), fmt(siteDepthM), fmt(width), MARGIN_M, GAP_M);
      List<Storey> storeys = new ArrayList<>();
      for (int level = 1; level <= s.storeys(); level++) {
        storeys.add(Storey.above(level, s.storeyHeightM(), s.useCode()));
      }
      for (int depthLevel = 1; depthLevel <= s.basements(); depthLevel++) {
        storeys.add(Storey.below(depthLevel, s.storeyHeightM(), s.useCode()));
      }
      out.add(Building.of(s.id(), rectangle(eastingM + MARGIN_M, northingM + y, width, depth), storeys));
      y += depth + GAP_M;
    }
    return GeoParcel.of(withoutAreas().build(), boundary, out.build(), "scenario:" + id)
        .withDeclaredSiteAreaM2(siteAreaM2);
  }

  /**
   * The geometric scenario ({@link #geoParcel()}) measured by land-geo: facts, errors, warnings and trace.
   *
   * @param measurement the measurement, with its pack and date
   * @return the measured parcel, or its errors
   */
  public Measured measure(Measurement measurement) {
    checkNotNull(measurement, "Scenario.measure(measurement)");
    return measurement.measure(geoParcel());
  }

  /**
   * The parcel's facts with areas measured from its geometry with {@code pack}'s measurement rules: site area from the
   * boundary, floor area counted in the plot ratio (计容建筑面积) storey by storey, where a storey's height (层高) decides
   * its factor (a low storey counts half, a tall one double, as the pack says).
   *
   * @param pack the pack whose measurement parameters apply
   * @return the parcel with measured site area, 地上建筑面积 by use, 计容建筑面积 and 地下建筑面积, m²
   * @throws IllegalStateException if the geometry cannot be measured, with the measurement's errors
   */
  public Parcel buildMeasured(PolicyPack pack) {
    Measured measured = measure(Measurement.of(checkNotNull(pack, "Scenario.buildMeasured(pack)")));
    return measured.facts().orElseThrow(() -> new IllegalStateException(
        "Scenario " + id + ": the geometry cannot be measured: " + measured.errors()));
  }

  private Parcel.Builder withoutAreas() {
    Parcel.Builder b = facts.build().toBuilder().clearAreas();
    if (applicationDate != null) {
      b.applicationDate(applicationDate);
    }
    if (leaseOnApplicationYears > 0) {
      b.lease(applicationDate, leaseOnApplicationYears);
    }
    return b;
  }

  private static Polygon rectangle(double x, double y, double width, double depth) {
    return GEOMETRY.createPolygon(new Coordinate[] {
        new Coordinate(x, y), new Coordinate(x + width, y), new Coordinate(x + width, y + depth),
        new Coordinate(x, y + depth), new Coordinate(x, y)});
  }

  private static String fmt(double m) {
    return String.format(Locale.ROOT, "%.1f", m);
  }
}
