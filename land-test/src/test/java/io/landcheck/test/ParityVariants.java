package io.landcheck.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.landcheck.input.ParcelField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records of the input parity matrix ({@link InputParityTest}): one base record with every {@link ParcelField}
 * valid, and for every field the base with that one field given a valid, missing, empty or malformed value. Values are
 * raw, as a file holds them: text ({@code "2023/5/1"}, {@code "abc"}, {@code ""}), numbers, booleans and, for the
 * floor areas, a mapping. Every form of input writes these same records.
 */
final class ParityVariants {

  /** What kind of value a variant gives its field. */
  enum Kind {
    VALID("valid"), MISSING("missing"), EMPTY("empty"), MALFORMED("malformed");

    final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /**
   * One record of the matrix.
   *
   * @param key a short unique key, such as {@code lease_grant_date/valid/1}
   * @param field the field changed, if the record is a variant of one field
   * @param kind the kind of value given
   * @param title what the record is, in plain words, for test names
   * @param record the record: raw values by {@link ParcelField#fieldName()}; a field not in it is absent
   */
  record Variant(String key, Optional<ParcelField> field, Kind kind, String title, Map<String, Object> record) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ParityVariants() {}

  /**
   * The base record: a parcel of industrial land with a municipal strategic project on a 50-year lease, intensified,
   * with a green-space change, rooftop greening and a split request. The floor areas are those the GIS forms measure
   * from their one building (6 storeys of 生产 and one of 宿舍 on a 3,000 m² footprint, one basement) on a 100 m × 100 m
   * parcel: 18,000 m² of 生产, 3,000 m² of 宿舍, 3,000 m² underground, site area 10,000 m².
   */
  static Map<String, Object> base(String parcelId) {
    Map<String, Object> r = new LinkedHashMap<>();
    for (ParcelField f : ParcelField.values()) {
      r.put(f.fieldName(), switch (f) {
        case PARCEL_ID -> parcelId;
        case LAND_USE -> "industrial";
        case SINGLE_USE -> true;
        case PROJECT_CATEGORY -> "MUNICIPAL_STRATEGIC_KEY";
        case RECOGNITION_LEVEL -> "MUNICIPAL";
        case LEASE_GRANT_DATE -> "2023-05-01";
        case LEASE_TERM_YEARS -> 50;
        case TENURE -> "EXISTING";
        case SITE_AREA_M2 -> 10000;
        case PLOT_RATIO_CAP -> 3.0;
        case PR_BEFORE -> 1.5;
        case PR_AFTER -> 2.1;
        case UG_BEFORE_M2 -> 2000;
        case UG_AFTER_M2 -> 3000;
        case INTENSIFICATION_APPROVED -> true;
        case GREEN_CUT_M2 -> 100;
        case GREEN_ADDED_M2 -> 100;
        case ROOFTOP_GREEN_M2 -> 200;
        case DISTRICT_ID -> "浦东新区";
        case PARK_ID -> "张江";
        case APPLICATION_DATE -> "2024-05-20";
        case SPLIT_CONDITIONS_MET -> true;
        case SPLIT_LISTED -> true;
        case SPLIT_RECIPIENT -> "PARK_PLATFORM";
        case SPLIT_AREA_M2 -> 3500;
        case SPLIT_WIDTH_M -> 40;
        case FLOOR_AREAS_M2 -> areas("生产", 18000, "宿舍", 3000);
        case PLOT_RATIO_FLOOR_AREA_M2 -> 21000;
        case UNDERGROUND_M2 -> 3000;
      });
    }
    return r;
  }

  /**
   * Valid values of {@code field}: values every input must accept (Chinese names, English names and codes in any
   * case, every date form, numbers as numbers and as plain decimal text). A valid value may still change the verdict,
   * or make another field an error (a recognition level needs a category other than NONE).
   */
  static List<Object> valid(ParcelField field) {
    return switch (field) {
      case PARCEL_ID -> List.of("P-1", "宗地-01");
      case LAND_USE -> List.of("industrial", "产业项目类工业用地", "industrial land for an industrial project", "INDUSTRIAL",
          "general-rd", "通用类研发用地");
      case SINGLE_USE, INTENSIFICATION_APPROVED, SPLIT_CONDITIONS_MET, SPLIT_LISTED ->
          List.of(true, false, "true", "FALSE", "是", "否", "1", "0", "yes", "n");
      case PROJECT_CATEGORY -> List.of("MUNICIPAL_STRATEGIC_KEY", "市级战略性重点项目", "municipal-strategic-key",
          "ENTERPRISE_TECHNOLOGY_CENTRE", "企业技术中心", "NONE", "无");
      case RECOGNITION_LEVEL -> List.of("MUNICIPAL", "市级", "municipal", "DISTRICT", "区级", "国家级");
      case LEASE_GRANT_DATE -> List.of("2023-05-01", "2023/5/1", "20230501", "2023-05-01T10:00:00",
          "2023/05/01 10:00:00", "2010-01-01");
      case LEASE_TERM_YEARS -> List.of(50, "50", "50.0", 20, "20");
      case TENURE -> List.of("EXISTING", "存量", "existing", "NEW", "新增");
      // a GIS record's site area is its polygon's (10,000 m²): a declared figure of another size gives a warning and
      // the polygon's area, so the valid site areas are all 10,000 m², written in different ways
      case SITE_AREA_M2 -> List.of(10000, "10000", "1e4", "10000.0", 10000.0);
      case PLOT_RATIO_CAP -> List.of(3.0, "3", "2.0", "2.5e0");
      case PR_BEFORE -> List.of(1.5, "1.5", "2.1", "+1.0");
      case PR_AFTER -> List.of(2.1, "2.1", "1.5", ".9e1");
      case UG_BEFORE_M2 -> List.of(2000, "2000", "0", "3000");
      case UG_AFTER_M2 -> List.of(3000, "3000", "2000", "3.5e3");
      case GREEN_CUT_M2 -> List.of(100, "100", "0", "250.5");
      case GREEN_ADDED_M2 -> List.of(100, "100", "0", "50");
      case ROOFTOP_GREEN_M2 -> List.of(200, "200", "0", "1.5e2");
      case DISTRICT_ID -> List.of("浦东新区", "Pudong");
      case PARK_ID -> List.of("张江", "Zhangjiang Hi-Tech Park");
      case APPLICATION_DATE -> List.of("2024-05-20", "2024/5/20", "20240520", "2024-05-20T09:30:00+08:00",
          "2021-08-31");
      case SPLIT_RECIPIENT -> List.of("PARK_PLATFORM", "园区平台", "industry-admitted-project", "产业准入项目", "OTHER", "其他");
      case SPLIT_AREA_M2 -> List.of(3500, "3500", "2000", "3.5e3");
      case SPLIT_WIDTH_M -> List.of(40, "40", "20", "40.0");
      case FLOOR_AREAS_M2 -> List.of(areas("生产", 18000, "宿舍", 3000), areas("production", 18000, "dormitory", 3000),
          areas("生产", "18000", "宿舍", "3000.0"), areas("生产", 17000, "宿舍", 4000), new LinkedHashMap<>());
      case PLOT_RATIO_FLOOR_AREA_M2 -> List.of(21000, "21000", "25000", "6.5e4");
      case UNDERGROUND_M2 -> List.of(3000, "3000", "0");
    };
  }

  /**
   * Malformed values of {@code field}: values no input may read as a value of the field, each of which must be an
   * error naming it (some parse, but the parcel model refuses them: a lease of 71 years, a negative area). Free text
   * (ids, district, park) has none: any text is a name.
   */
  static List<Object> malformed(ParcelField field) {
    List<Object> out = new ArrayList<>(switch (field.type()) {
      case TEXT -> field == ParcelField.PARCEL_ID || field == ParcelField.DISTRICT_ID || field == ParcelField.PARK_ID
          ? List.of() : List.of("abc");
      case YES_NO -> List.of("abc", "2", "是的");
      case DATE -> List.of("abc", "2024-02-30", "2023-5-1", "20231301", "1F");
      case WHOLE_NUMBER -> List.of("abc", "20.5", "1F", "0x1p3", "50 years");
      case NUMBER -> List.of("abc", "1F", "0x1p3", "NaN", "3.6m");
      case AREAS_BY_USE -> List.of("abc", areas("生产", "abc", "宿舍", 3000), areas("宿舍楼", 3000, "生产", 18000),
          areas("生产", -1, "宿舍", 3000));
    });
    switch (field) {
      case LEASE_TERM_YEARS -> out.addAll(List.of("71", 0));
      case SITE_AREA_M2, PLOT_RATIO_CAP, SPLIT_AREA_M2, SPLIT_WIDTH_M -> out.add("-1");
      case PR_BEFORE, PR_AFTER, UG_BEFORE_M2, UG_AFTER_M2, GREEN_CUT_M2, GREEN_ADDED_M2, ROOFTOP_GREEN_M2,
          PLOT_RATIO_FLOOR_AREA_M2, UNDERGROUND_M2 -> out.add(-1);
      default -> { }
    }
    return out;
  }

  /** Every variant of every field, in schema order: valid values, missing, empty, malformed values. */
  static List<Variant> matrix() {
    List<Variant> out = new ArrayList<>();
    for (ParcelField f : ParcelField.values()) {
      List<Object> valid = valid(f);
      for (int i = 0; i < valid.size(); i++) {
        out.add(variant(f, Kind.VALID, i, valid.get(i)));
      }
      out.add(variant(f, Kind.MISSING, 0, null));
      out.add(variant(f, Kind.EMPTY, 0, ""));
      List<Object> malformed = malformed(f);
      for (int i = 0; i < malformed.size(); i++) {
        out.add(variant(f, Kind.MALFORMED, i, malformed.get(i)));
      }
    }
    return out;
  }

  private static Variant variant(ParcelField f, Kind kind, int i, Object value) {
    String key = f.fieldName() + "/" + kind.words + "/" + i;
    Map<String, Object> record = base(idOf(key));
    if (kind == Kind.MISSING) {
      record.remove(f.fieldName());
    } else {
      record.put(f.fieldName(), value);
    }
    String title = kind == Kind.MISSING ? f.fieldName() + " missing"
        : f.fieldName() + " = " + shown(value) + " (" + kind.words + ")";
    return new Variant(key, Optional.of(f), kind, title, record);
  }

  /** The parcel id of a record, unique in the matrix. */
  static String idOf(String key) {
    return "V-" + key;
  }

  /**
   * A record that is not a one-field variant of the base: {@code change} applied to the base (a null value removes
   * the field).
   */
  static Variant record(String key, String title, Map<String, Object> change) {
    Map<String, Object> record = base(idOf(key));
    change.forEach((k, v) -> {
      if (v == null) {
        record.remove(k);
      } else {
        record.put(k, v);
      }
    });
    return new Variant(key, Optional.empty(), Kind.VALID, title, record);
  }

  /** A value as JSON writes it: text quoted, numbers and booleans bare. */
  static String shown(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> areas(String use1, Object m2a, String use2, Object m2b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(use1, m2a);
    m.put(use2, m2b);
    return m;
  }
}
