package io.landcheck.input;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.PolicyPack;
import io.landcheck.model.InvalidFieldException;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest;
import io.landcheck.model.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The one mapping from a parcel record to a {@link Parcel}: every input (GeoPackage, Shapefile, GeoJSON, facts JSON,
 * scenario files) finds its record's raw values by {@link ParcelField} name, and this class reads them with the one
 * value parser ({@link Values}) and the same rules of what goes together, so the same record gives the same parcel,
 * or the same errors naming the same fields, from every input.
 *
 * <pre>{@code
 * ParcelRecords.Mapped m = ParcelRecords.map(Map.of("parcel_id", "P-1", "land_use", "产业项目类工业用地",
 *     "floor_areas_m2", Map.of("生产", 18000)), "my-db#1", pack);
 * m.parcel().ifPresentOrElse(checker::check, () -> m.errors().forEach(System.out::println));
 * }</pre>
 *
 * @since 0.1
 */
public final class ParcelRecords {

  private static final ImmutableMap<String, SplitRequest.Recipient> RECIPIENT_NAMES = ImmutableMap.of(
      "园区平台", SplitRequest.Recipient.PARK_PLATFORM,
      "经产业准入的项目", SplitRequest.Recipient.INDUSTRY_ADMITTED_PROJECT,
      "产业准入项目", SplitRequest.Recipient.INDUSTRY_ADMITTED_PROJECT,
      "其他", SplitRequest.Recipient.OTHER);

  private static final ImmutableList<ParcelField> INTENSIFICATION = ImmutableList.of(ParcelField.PR_BEFORE,
      ParcelField.PR_AFTER, ParcelField.UG_BEFORE_M2, ParcelField.UG_AFTER_M2, ParcelField.INTENSIFICATION_APPROVED);
  private static final ImmutableList<ParcelField> SPLIT = ImmutableList.of(ParcelField.SPLIT_CONDITIONS_MET,
      ParcelField.SPLIT_LISTED, ParcelField.SPLIT_RECIPIENT, ParcelField.SPLIT_AREA_M2, ParcelField.SPLIT_WIDTH_M);

  private ParcelRecords() {}

  /**
   * What a record gave: its parcel, or the errors that kept it from being one.
   *
   * @param id the parcel's id, or the record's locator when it has none
   * @param parcel the parcel, if the record had no error
   * @param errors every problem found, each naming the record and the field by its {@link ParcelField} name
   * @param parkId the park the record names, if readable (so a batch can place even a record in error)
   * @param districtId the district the record names, if readable
   * @since 0.1
   */
  public record Mapped(String id, Optional<Parcel> parcel, List<RecordError> errors, Optional<String> parkId,
      Optional<String> districtId) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it.
     *
     * @param id the parcel's id, or the record's locator when it has none; not null
     * @param parcel the parcel, if the record had no error; not null
     * @param errors every problem found, each naming the record and the field by its {@link ParcelField} name; not null
     * @param parkId the park the record names, if readable (so a batch can place even a record in error); not null
     * @param districtId the district the record names, if readable; not null
     */
    public Mapped {
      checkNotNull(id, "Mapped.id");
      checkNotNull(parcel, "Mapped.parcel");
      errors = List.copyOf(checkNotNull(errors, "Mapped.errors"));
      checkNotNull(parkId, "Mapped.parkId");
      checkNotNull(districtId, "Mapped.districtId");
    }
  }

  /**
   * Maps one record.
   *
   * @param fields the record's raw values by {@link ParcelField#fieldName()} (see {@link Values} for the kinds of
   *     value); names that are not fields are not looked at (finding them is {@link #byField}'s work)
   * @param locator where the record is, such as {@code parcels.geojson#3}: its id when it has no parcel_id, and the
   *     start of every message
   * @param pack the pack whose land uses and use codes the record's names are read against
   * @return the record's parcel, or its errors when a value is bad; with its id, park and district whenever they could
   *     be read
   */
  public static Mapped map(Map<String, ?> fields, String locator, PolicyPack pack) {
    checkNotNull(fields, "ParcelRecords.map(fields)");
    checkNotNull(locator, "ParcelRecords.map(locator)");
    checkNotNull(pack, "ParcelRecords.map(pack)");
    List<RecordError> errors = new ArrayList<>();
    Values probe = Values.of(fields, locator, locator, "", new ArrayList<>());
    String id = probe.text(ParcelField.PARCEL_ID.fieldName()).orElse(locator);
    Values v = Values.of(fields, id, locator, "", errors);
    v.requiredText(ParcelField.PARCEL_ID.fieldName());
    Parcel.Builder b = Parcel.builder(id);
    readLandUse(v, b, pack);
    v.yesNo(name(ParcelField.SINGLE_USE)).ifPresent(b::singleUse);
    readProject(v, b);
    readLease(v, b);
    v.enumValue(name(ParcelField.TENURE), LandTenure.class, LandTenure.byChineseName()).ifPresent(b::tenure);
    v.number(name(ParcelField.SITE_AREA_M2)).ifPresent(b::siteAreaM2);
    v.number(name(ParcelField.PLOT_RATIO_CAP)).ifPresent(b::approvedPlotRatioCap);
    readIntensification(v, b);
    readGreenSpace(v, b);
    v.number(name(ParcelField.ROOFTOP_GREEN_M2)).ifPresent(b::rooftopGreenAreaM2);
    Optional<String> district = v.text(name(ParcelField.DISTRICT_ID));
    Optional<String> park = v.text(name(ParcelField.PARK_ID));
    district.ifPresent(b::districtId);
    park.ifPresent(b::parkId);
    v.date(name(ParcelField.APPLICATION_DATE)).ifPresent(b::applicationDate);
    readSplit(v, b);
    readFloorAreas(v, b, pack);
    v.number(name(ParcelField.PLOT_RATIO_FLOOR_AREA_M2)).ifPresent(b::plotRatioFloorAreaM2);
    v.number(name(ParcelField.UNDERGROUND_M2)).ifPresent(b::undergroundFloorAreaM2);
    Optional<Parcel> parcel = Optional.empty();
    if (errors.isEmpty()) {
      try {
        parcel = Optional.of(b.build());
      } catch (InvalidParcelException e) {
        v.error(e.toRecordError(), e.inputField());
      }
    }
    return new Mapped(id, parcel, errors, park, district);
  }

  /**
   * Maps one record whose values are keyed as the input wrote them (English names in any case, or Chinese aliases),
   * as a JSON object gives them: {@link #byField} finds the fields, then {@link #map} reads them. A name that is no
   * field is an error on the record unless {@code ignoreUnknown}.
   *
   * @param given the record's raw values keyed as the input wrote them
   * @param locator where the record is, such as {@code parcels.geojson#3}
   * @param pack the pack whose land uses and use codes the record's names are read against
   * @param ignoreUnknown true to ignore names that are no field (as a GIS file's extra attributes are), false to report
   *     them
   * @return the record's parcel, or its errors
   */
  public static Mapped mapNamed(Map<String, ?> given, String locator, PolicyPack pack, boolean ignoreUnknown) {
    checkNotNull(given, "ParcelRecords.mapNamed(given)");
    List<RecordError> errors = new ArrayList<>();
    Map<String, Object> fields = byField(given, idOf(given, locator), locator, ignoreUnknown, List.of(), errors);
    Mapped mapped = map(fields, locator, pack);
    errors.addAll(mapped.errors());
    return new Mapped(mapped.id(), errors.isEmpty() ? mapped.parcel() : Optional.empty(), errors, mapped.parkId(),
        mapped.districtId());
  }

  /** The record's parcel_id, given by name or alias, as text; its locator if it has none. */
  private static String idOf(Map<String, ?> given, String locator) {
    for (Map.Entry<String, ?> e : given.entrySet()) {
      if (ParcelField.byName(e.getKey()).orElse(null) == ParcelField.PARCEL_ID) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("id", e.getValue());
        Optional<String> id = Values.of(one, locator, locator, "", new ArrayList<>()).text("id");
        if (id.isPresent()) {
          return id.get();
        }
      }
    }
    return locator;
  }

  /**
   * A record's values by {@link ParcelField} name, from values keyed by what the input wrote: English names in any
   * case or Chinese aliases. A field given twice (by name and alias, or in two cases) is an error, and so is a name
   * that is no field unless {@code ignoreUnknown}; {@code nested} names (such as a scenario file's
   * {@code buildings}) are left to the caller and not returned.
   *
   * @param given the record's raw values keyed as the input wrote them
   * @param recordId the record's id for errors (its parcel id, or its locator)
   * @param locator where the record is, such as {@code facts.json#3}
   * @param ignoreUnknown true to ignore names that are no field, false to report them
   * @param nested names of nested members the caller reads itself
   * @param errors where the errors of names given twice or unknown go
   * @return the raw values by {@link ParcelField#fieldName()}, in the order given
   */
  public static Map<String, Object> byField(Map<String, ?> given, String recordId, String locator,
      boolean ignoreUnknown, List<String> nested, List<RecordError> errors) {
    Values v = Values.of(Map.of(), recordId, locator, "", errors);
    Map<String, Object> out = new LinkedHashMap<>();
    Map<ParcelField, String> seen = new LinkedHashMap<>();
    given.forEach((key, value) -> {
      if (nested.contains(key)) {
        return;
      }
      Optional<ParcelField> field = ParcelField.byName(key);
      if (field.isEmpty()) {
        if (!ignoreUnknown) {
          v.error(RecordError.Code.UNKNOWN_FIELD, key, "unknown", List.of(String.valueOf(fieldNames())));
        }
        return;
      }
      String before = seen.put(field.get(), key);
      if (before != null) {
        v.error(RecordError.Code.DUPLICATE_FIELD, field.get().fieldName(), "twice", List.of(before, key));
        return;
      }
      out.put(field.get().fieldName(), value);
    });
    return out;
  }

  /**
   * Every field's English name, in schema order.
   *
   * @return the English names; an unmodifiable list
   */
  public static List<String> fieldNames() {
    List<String> out = new ArrayList<>();
    for (ParcelField f : ParcelField.values()) {
      out.add(f.fieldName());
    }
    return out;
  }

  private static String name(ParcelField f) {
    return f.fieldName();
  }

  private static void readLandUse(Values v, Parcel.Builder b, PolicyPack pack) {
    v.text(name(ParcelField.LAND_USE)).ifPresent(t -> landUse(t, pack).ifPresentOrElse(b::landUse,
        () -> v.error(RecordError.Code.UNKNOWN_CODE, name(ParcelField.LAND_USE), "landUseField",
            List.of(Values.shown(t), pack.id(), describe(pack)))));
  }

  /**
   * The land use named {@code text}: a pack code (any case), or its Chinese or English name.
   *
   * @param text the land use as a record writes it
   * @param pack the pack whose land uses are meant
   * @return the land use; empty when the pack judges no land use of that name
   */
  public static Optional<LandUse> landUse(String text, PolicyPack pack) {
    String t = text.strip();
    for (Map.Entry<String, LocalizedText> e : pack.landUses().entrySet()) {
      if (e.getKey().equalsIgnoreCase(t) || e.getValue().zh().equals(t) || e.getValue().en().equalsIgnoreCase(t)) {
        return Optional.of(LandUse.of(e.getKey()));
      }
    }
    return Optional.empty();
  }

  private static String describe(PolicyPack pack) {
    List<String> out = new ArrayList<>();
    pack.landUses().forEach((code, name) -> out.add(code + " (" + name.zh() + ")"));
    return String.join(", ", out);
  }

  private static void readProject(Values v, Parcel.Builder b) {
    Optional<ProjectCategory> category =
        v.enumValue(name(ParcelField.PROJECT_CATEGORY), ProjectCategory.class, ProjectCategory.byChineseName());
    Optional<RecognitionLevel> level =
        v.enumValue(name(ParcelField.RECOGNITION_LEVEL), RecognitionLevel.class, RecognitionLevel.byChineseName());
    if (level.isPresent() && category.orElse(ProjectCategory.NONE) == ProjectCategory.NONE) {
      if (category.isPresent()) {
        v.error(RecordError.Code.INVALID_VALUE, name(ParcelField.RECOGNITION_LEVEL), "levelWithoutCategory",
            List.of(category.get().name()));
      } else {
        v.error(RecordError.Code.INVALID_VALUE, name(ParcelField.RECOGNITION_LEVEL), "levelCategoryMissing", List.of());
      }
    } else if (level.isPresent()) {
      b.project(category.get(), level.get());
    } else {
      category.ifPresent(b::projectCategory);
    }
  }

  private static void readLease(Values v, Parcel.Builder b) {
    Optional<LocalDate> grant = v.date(name(ParcelField.LEASE_GRANT_DATE));
    OptionalInt term = v.wholeNumber(name(ParcelField.LEASE_TERM_YEARS));
    if (grant.isPresent() && term.isPresent()) {
      b.lease(grant.get(), term.getAsInt());
    } else if (grant.isPresent() && !v.present(name(ParcelField.LEASE_TERM_YEARS))) {
      v.error(RecordError.Code.MISSING_VALUE, name(ParcelField.LEASE_TERM_YEARS), "requires", List.of("lease_grant_date"));
    } else if (term.isPresent() && !v.present(name(ParcelField.LEASE_GRANT_DATE))) {
      v.error(RecordError.Code.MISSING_VALUE, name(ParcelField.LEASE_GRANT_DATE), "requires", List.of("lease_term_years"));
    }
  }

  private static void readIntensification(Values v, Parcel.Builder b) {
    if (INTENSIFICATION.stream().noneMatch(f -> v.present(f.fieldName()))) {
      return;
    }
    OptionalDouble before = v.number(name(ParcelField.PR_BEFORE));
    OptionalDouble after = v.number(name(ParcelField.PR_AFTER));
    OptionalDouble ugBefore = v.number(name(ParcelField.UG_BEFORE_M2));
    OptionalDouble ugAfter = v.number(name(ParcelField.UG_AFTER_M2));
    Optional<Boolean> approved = v.yesNo(name(ParcelField.INTENSIFICATION_APPROVED));
    for (ParcelField f : List.of(ParcelField.PR_BEFORE, ParcelField.PR_AFTER, ParcelField.INTENSIFICATION_APPROVED)) {
      if (!v.present(f.fieldName())) {
        v.error(RecordError.Code.MISSING_VALUE, f.fieldName(), "intensification", List.of());
      }
    }
    if (before.isPresent() && after.isPresent() && approved.isPresent()) {
      double ug = ugBefore.orElse(0);
      b.intensification(before.getAsDouble(), after.getAsDouble(), ug, ugAfter.orElse(ug), approved.get());
    }
  }

  private static void readGreenSpace(Values v, Parcel.Builder b) {
    OptionalDouble cut = v.number(name(ParcelField.GREEN_CUT_M2));
    OptionalDouble added = v.number(name(ParcelField.GREEN_ADDED_M2));
    if (cut.isPresent() || added.isPresent()) {
      b.greenSpace(cut.orElse(0), added.orElse(0));
    }
  }

  private static void readSplit(Values v, Parcel.Builder b) {
    if (SPLIT.stream().noneMatch(f -> v.present(f.fieldName()))) {
      return;
    }
    Optional<Boolean> met = v.yesNo(name(ParcelField.SPLIT_CONDITIONS_MET));
    Optional<Boolean> listed = v.yesNo(name(ParcelField.SPLIT_LISTED));
    Optional<SplitRequest.Recipient> recipient =
        v.enumValue(name(ParcelField.SPLIT_RECIPIENT), SplitRequest.Recipient.class, RECIPIENT_NAMES);
    OptionalDouble area = v.number(name(ParcelField.SPLIT_AREA_M2));
    OptionalDouble width = v.number(name(ParcelField.SPLIT_WIDTH_M));
    for (ParcelField f : List.of(ParcelField.SPLIT_CONDITIONS_MET, ParcelField.SPLIT_LISTED,
        ParcelField.SPLIT_RECIPIENT)) {
      if (!v.present(f.fieldName())) {
        v.error(RecordError.Code.MISSING_VALUE, f.fieldName(), "split", List.of());
      }
    }
    if (v.present(name(ParcelField.SPLIT_AREA_M2)) != v.present(name(ParcelField.SPLIT_WIDTH_M))) {
      ParcelField missing = v.present(name(ParcelField.SPLIT_AREA_M2)) ? ParcelField.SPLIT_WIDTH_M
          : ParcelField.SPLIT_AREA_M2;
      v.error(RecordError.Code.MISSING_VALUE, missing.fieldName(), "splitPair", List.of());
    }
    if (met.isPresent() && listed.isPresent() && recipient.isPresent()) {
      SplitRequest request = SplitRequest.of(met.get(), listed.get(), recipient.get());
      if (area.isPresent() && width.isPresent()) {
        try {
          request = request.withSurplus(area.getAsDouble(), width.getAsDouble());
        } catch (InvalidFieldException e) {
          // a surplus of 0 m² or less: the record's error, never an exception that stops a batch or a file
          // SplitRequest's checkPositive: "must be > 0, was <value>", told by the same template in both languages
          boolean areaAtFault = e.field().equals("surplusAreaM2");
          v.error(RecordError.Code.INVALID_VALUE,
              areaAtFault ? name(ParcelField.SPLIT_AREA_M2) : name(ParcelField.SPLIT_WIDTH_M), "positive",
              List.of(String.valueOf(areaAtFault ? area.getAsDouble() : width.getAsDouble())));
          return;
        }
      }
      b.split(request);
    }
  }

  private static void readFloorAreas(Values v, Parcel.Builder b, PolicyPack pack) {
    v.areasByUse(name(ParcelField.FLOOR_AREAS_M2)).ifPresent(areas -> areas.forEach((use, area) -> {
      Optional<String> code = pack.canonicalUseCode(use);
      if (code.isEmpty()) {
        v.error(RecordError.Code.UNKNOWN_CODE, name(ParcelField.FLOOR_AREAS_M2) + "[" + use + "]", "useCodeField",
            List.of(pack.id(), Values.shown(use), String.valueOf(pack.useCodes())));
      } else {
        b.floorAreaM2(code.get(), area);
      }
    }));
  }
}
