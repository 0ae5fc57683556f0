package io.landcheck.input;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of one parcel record (宗地), the one schema every input shares: a GeoPackage's or Shapefile's
 * {@code parcels} layer, a GeoJSON feature's properties, a facts-only JSON file, a scenario file, and the Java API
 * through {@link ParcelRecords}. Each field has an English name, a Chinese alias (either may be used, not both), a
 * {@link FieldType} whose written forms are the same everywhere, and the inputs it may be given in.
 *
 * <p>docs/input-format.md lists this table; a test keeps the two the same.
 *
 * @since 0.1
 */
public enum ParcelField {
  /** 宗地编号: the parcel's id, unique in a batch. */
  PARCEL_ID("parcel_id", "宗地编号", FieldType.TEXT, Inputs.ALL, "**required**; unique in the batch"),
  /** 用地性质: the planned land use, a code of the pack or its name. */
  LAND_USE("land_use", "用地性质", FieldType.TEXT, Inputs.ALL,
      "the pack's code (`industrial`, `general-rd`) or its Chinese or English name (产业项目类工业用地,"
          + " industrial land for an industrial project, 通用类研发用地, general research and development land)"),
  /** 单一用途: whether the land is single-use industrial land (单一用途产业用地). */
  SINGLE_USE("single_use", "单一用途", FieldType.YES_NO, Inputs.ALL, "single-use industrial land (单一用途产业用地)"),
  /** 项目类别: the project's category. */
  PROJECT_CATEGORY("project_category", "项目类别", FieldType.TEXT, Inputs.ALL,
      "`NATIONAL_STRATEGIC`, `MUNICIPAL_STRATEGIC_KEY`, `MANUFACTURING_INNOVATION_CENTRE`,"
          + " `ENTERPRISE_TECHNOLOGY_CENTRE`, `NONE` (or 国家战略性项目, 市级战略性重点项目, 制造业创新中心, 企业技术中心,"
          + " 一般产业项目/无); absent is `NONE`"),
  /** 认定级别: the level that recognised the project's category. */
  RECOGNITION_LEVEL("recognition_level", "认定级别", FieldType.TEXT, Inputs.ALL,
      "`NATIONAL`, `MUNICIPAL`, `DISTRICT` (国家级, 市级, 区级); needs a `project_category` other than `NONE`"),
  /** 出让日期: the date the land-use right was granted. */
  LEASE_GRANT_DATE("lease_grant_date", "出让日期", FieldType.DATE, Inputs.ALL, "needs `lease_term_years`"),
  /** 出让年限: the term of the land-use right, years. */
  LEASE_TERM_YEARS("lease_term_years", "出让年限", FieldType.WHOLE_NUMBER, Inputs.ALL,
      "whole years, 1–70; needs `lease_grant_date`"),
  /** 土地类型: new or existing land. */
  TENURE("tenure", "土地类型", FieldType.TEXT, Inputs.ALL, "`NEW`/`EXISTING` (新增/存量)"),
  /** 用地面积: the site area, m². */
  SITE_AREA_M2("site_area_m2", "用地面积", FieldType.NUMBER, Inputs.ALL,
      "m², > 0; from a GIS file the declared area, compared with the polygon's measured area (which is used)"),
  /** 容积率上限: the plot-ratio cap of the planning conditions. */
  PLOT_RATIO_CAP("plot_ratio_cap", "容积率上限", FieldType.NUMBER, Inputs.ALL,
      "the cap of the planning conditions (规划条件), > 0"),
  /** 原容积率: the plot ratio before an approved increase. */
  PR_BEFORE("pr_before", "原容积率", FieldType.NUMBER, Inputs.ALL,
      "intensification: plot ratio before; needed, with `pr_after`, when any intensification field is given"),
  /** 新容积率: the plot ratio after an approved increase. */
  PR_AFTER("pr_after", "新容积率", FieldType.NUMBER, Inputs.ALL, "intensification: plot ratio after; see `pr_before`"),
  /** 原地下面积: underground floor area before, m². */
  UG_BEFORE_M2("ug_before_m2", "原地下面积", FieldType.NUMBER, Inputs.ALL,
      "intensification: underground floor area before, m²; absent is 0"),
  /** 新地下面积: underground floor area after, m². */
  UG_AFTER_M2("ug_after_m2", "新地下面积", FieldType.NUMBER, Inputs.ALL,
      "intensification: underground floor area after, m²; absent is `ug_before_m2` (no change)"),
  /** 已批准: whether the intensification was approved. */
  INTENSIFICATION_APPROVED("intensification_approved", "已批准", FieldType.YES_NO, Inputs.ALL,
      "intensification approved; needed when any other intensification field is given"),
  /** 附属绿地减少: attached green space an extension cuts, m². */
  GREEN_CUT_M2("green_cut_m2", "附属绿地减少", FieldType.NUMBER, Inputs.ALL,
      "attached green space cut, m² (absent is 0 when `green_added_m2` is given)"),
  /** 新增绿地: new green space added in the park, m². */
  GREEN_ADDED_M2("green_added_m2", "新增绿地", FieldType.NUMBER, Inputs.ALL,
      "new planned green space added in the park, m² (absent is 0 when `green_cut_m2` is given)"),
  /** 屋顶绿化: rooftop greening provided, m². */
  ROOFTOP_GREEN_M2("rooftop_green_m2", "屋顶绿化", FieldType.NUMBER, Inputs.ALL, "m²"),
  /** 区: the district. */
  DISTRICT_ID("district_id", "区", FieldType.TEXT, Inputs.ALL, ""),
  /** 园区: the industrial park. */
  PARK_ID("park_id", "园区", FieldType.TEXT, Inputs.ALL, ""),
  /** 申请日期: the application date, which chooses the parameters in force. */
  APPLICATION_DATE("application_date", "申请日期", FieldType.DATE, Inputs.ALL,
      "chooses the policy parameters in force"),
  /** 符合规划分割条件: a split request: whether the planning split conditions are met. */
  SPLIT_CONDITIONS_MET("split_conditions_met", "符合规划分割条件", FieldType.YES_NO, Inputs.ALL,
      "split transfer (分割转让): the surplus meets the planning split conditions; needed, with `split_listed` and"
          + " `split_recipient`, when any split field is given"),
  /** 带产业项目挂牌: a split request: whether the surplus is listed with its industrial project. */
  SPLIT_LISTED("split_listed", "带产业项目挂牌", FieldType.YES_NO, Inputs.ALL,
      "split transfer: listed on the land exchange market with its industrial project (带产业项目挂牌)"),
  /** 受让方: a split request: who takes the surplus. */
  SPLIT_RECIPIENT("split_recipient", "受让方", FieldType.TEXT, Inputs.ALL,
      "split transfer: `PARK_PLATFORM` (园区平台), `INDUSTRY_ADMITTED_PROJECT` (经产业准入的项目, 产业准入项目) or"
          + " `OTHER` (其他)"),
  /** 分割面积: a split request: the surplus part's area, m². */
  SPLIT_AREA_M2("split_area_m2", "分割面积", FieldType.NUMBER, Inputs.ALL,
      "split transfer: the surplus part's area, m², > 0; with `split_width_m`"),
  /** 分割最窄宽度: a split request: the surplus part's narrowest width, m. */
  SPLIT_WIDTH_M("split_width_m", "分割最窄宽度", FieldType.NUMBER, Inputs.ALL,
      "split transfer: the surplus part's narrowest width, m, > 0; with `split_area_m2`"),
  /** 地上建筑面积: above-ground floor area by use code, m² (a GIS file measures it from storeys). */
  FLOOR_AREAS_M2("floor_areas_m2", "地上建筑面积", FieldType.AREAS_BY_USE, Inputs.FACTS,
      "above-ground floor area by use code or alias (生产, 研发, 宿舍, dormitory …), m², each ≥ 0"),
  /** 计容建筑面积: the floor area counted in the plot ratio, m², where it differs from the sum by use. */
  PLOT_RATIO_FLOOR_AREA_M2("plot_ratio_floor_area_m2", "计容建筑面积", FieldType.NUMBER, Inputs.FACTS,
      "the floor area counted in the plot ratio, m², where it differs from the sum of `floor_areas_m2` (storeys over"
          + " 8 m counted double); absent is that sum"),
  /** 地下建筑面积: underground floor area, m². */
  UNDERGROUND_M2("underground_m2", "地下建筑面积", FieldType.NUMBER, Inputs.FACTS,
      "m², ≥ 0; never counts in the plot ratio or the shares; absent is 0");

  /**
   * Which inputs may give a field.
   *
   * @since 0.1
   */
  public enum Inputs {
    /** Every input: GIS parcels layers, facts files, scenario files and the Java API. */
    ALL,
    /**
     * Facts files, scenario files and the Java API only: a GIS file's floor areas are measured from its buildings and
     * storeys, so a column of them would contradict the geometry.
     */
    FACTS
  }

  private static final ImmutableMap<String, ParcelField> BY_NAME;

  static {
    ImmutableMap.Builder<String, ParcelField> b = ImmutableMap.builder();
    for (ParcelField f : values()) {
      b.put(f.fieldName, f);
      b.put(f.alias, f);
    }
    BY_NAME = b.buildOrThrow();
  }

  private final String fieldName;
  private final String alias;
  private final FieldType type;
  private final Inputs inputs;
  private final String notes;

  ParcelField(String fieldName, String alias, FieldType type, Inputs inputs, String notes) {
    this.fieldName = fieldName;
    this.alias = alias;
    this.type = type;
    this.inputs = inputs;
    this.notes = notes;
  }

  /**
   * The English field name, as files and messages use it, such as {@code lease_term_years}.
   *
   * @return the English name, lower case with {@code _}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * The Chinese alias, such as 出让年限.
   *
   * @return the Chinese alias, accepted wherever the English name is
   */
  public String alias() {
    return alias;
  }

  /**
   * The kind of value.
   *
   * @return the field's value type, which fixes the written forms it accepts
   */
  public FieldType type() {
    return type;
  }

  /**
   * The inputs that may give it.
   *
   * @return the inputs (GIS files, facts files, scenario files) in which the field may appear
   */
  public Inputs inputs() {
    return inputs;
  }

  /**
   * What the field means and what goes with it, in Markdown (docs/input-format.md).
   *
   * @return the notes, a Markdown fragment
   */
  public String notes() {
    return notes;
  }

  /**
   * The field named {@code name}: its English name in any case, ignoring surrounding blanks, or its Chinese alias.
   *
   * @param name a field name as an input wrote it
   * @return the field; empty when the name is no field's
   */
  public static Optional<ParcelField> byName(String name) {
    checkNotNull(name, "ParcelField.byName(name)");
    String n = name.strip();
    ParcelField f = BY_NAME.get(n);
    return f != null ? Optional.of(f) : Optional.ofNullable(BY_NAME.get(n.toLowerCase(Locale.ROOT)));
  }
}
