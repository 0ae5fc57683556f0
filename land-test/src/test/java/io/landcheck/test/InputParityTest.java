package io.landcheck.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.Verdict;
import io.landcheck.input.ParcelField;
import io.landcheck.input.ParcelRecords;
import io.landcheck.test.ParityVariants.Kind;
import io.landcheck.test.ParityVariants.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input parity matrix (issue 14): for every parcel field, valid, missing, empty and malformed values are written
 * in each input form — GeoPackage, Shapefile, GeoJSON, facts JSON, scenario file — and must give the same report:
 * overall verdict, date judged for, each rule's result, and errors naming the same fields (locators and messages
 * aside). The facts JSON form is the reference each other form is compared with.
 *
 * <p>Every record of the matrix is written once per form and read in one batch per file, so the whole matrix runs in
 * seconds. The cases a form cannot express are left out, each for the reason given in {@link #reasonToSkip}:
 *
 * <ul>
 *   <li>GIS forms and the FACTS-only fields (floor_areas_m2, plot_ratio_floor_area_m2, underground_m2): a GIS file
 *       measures floor areas from its buildings and storeys, so these are not columns of it. Its one building gives
 *       the base record's floor areas (18,000 m² 生产, 3,000 m² 宿舍, 3,000 m² underground), so every other variant
 *       is compared with the same facts.
 *   <li>GIS forms and site_area_m2 missing or empty: a GIS record's site area is its polygon's measured area;
 *       site_area_m2 is only a declared figure compared with it (a warning when they differ), so a GIS record without
 *       one still has its site area, which a facts record without one does not.
 *   <li>Measurement warnings (a declared site area that differs from the polygon's) are GIS-only and not in the
 *       signature; the valid site areas of the matrix all equal the polygon's.
 * </ul>
 *
 * <p>How each form writes the kinds of value: a missing field is NULL in a GeoPackage (parcel_id, which landcheck's
 * writer declares NOT NULL, a blank cell), an absent property in GeoJSON, an absent key in facts JSON, a left-out
 * column in a Shapefile (a .dbf has no null; parcel_id, which a parcels layer must have, is a blank cell) and {@code ~}
 * in a scenario file. A field left out of a scenario file is not missing: it takes the kit's default where it has one
 * (single_use true, tenure NEW, application_date 2024-01-01, lease_grant_date the application date when
 * lease_term_years is given; docs/scenario-files.md). That is a documented difference, not a parity case:
 * {@link #scenarioDefaults} checks that a left-out field reads as its default written out. A Shapefile's .dbf holds
 * every value as text in a character field. A scenario file stops at its first error, so it names one field: the first
 * the facts form names, as both use the same mapping.
 */
@DisplayName("Input parity: the same record gives the same report from a GeoPackage, Shapefile, GeoJSON, facts JSON and"
    + " scenario file")
class InputParityTest {

  @TempDir static Path dir;

  private static final List<Variant> MATRIX = ParityVariants.matrix();

  /** (a) facts JSON used to take a record with pr_after alone as before = after, and say COMPLIANT. */
  private static final Variant ONLY_PR_AFTER = ParityVariants.record("drift/only-pr-after",
      "only pr_after given of the intensification fields", nulls("pr_before", "ug_before_m2", "ug_after_m2",
          "intensification_approved"));
  /** (b) the English name of a land use was refused by some readers. */
  private static final Variant ENGLISH_LAND_USE = ParityVariants.record("drift/english-land-use",
      "land_use given by its English name", Map.of("land_use", "industrial land for an industrial project"));
  /** (c) a YYYY/M/D date was refused by some readers. */
  private static final Variant SLASHED_GRANT_DATE = ParityVariants.record("drift/slashed-grant-date",
      "lease_grant_date written 2023/5/1", Map.of("lease_grant_date", "2023/5/1"));
  private static final Variant BASE = ParityVariants.record("base", "the base record", Map.of());
  /**
   * The kit's defaults of scenario files (docs/scenario-files.md), each as a record that writes it out: single_use
   * true, tenure NEW, application_date 2024-01-01, and lease_grant_date the application date (the base's
   * 2024-05-20) as the base gives lease_term_years.
   */
  private static final Map<ParcelField, Variant> DEFAULTS_WRITTEN = defaultsWritten(Map.of(
      ParcelField.SINGLE_USE, true, ParcelField.TENURE, "NEW", ParcelField.APPLICATION_DATE, "2024-01-01",
      ParcelField.LEASE_GRANT_DATE, "2024-05-20"));

  private static final Map<ParityForms, Map<String, ReportSignature>> RESULTS = new EnumMap<>(ParityForms.class);

  @BeforeAll
  static void readEveryRecordInEveryForm() throws IOException {
    List<Variant> all = new ArrayList<>(MATRIX);
    all.addAll(List.of(BASE, ONLY_PR_AFTER, ENGLISH_LAND_USE, SLASHED_GRANT_DATE));
    all.addAll(DEFAULTS_WRITTEN.values());
    for (ParityForms form : ParityForms.values()) {
      List<Variant> written = all.stream().filter(v -> reasonToSkip(v, form).isEmpty()).toList();
      RESULTS.put(form, form.read(written, dir.resolve(form.name().toLowerCase(Locale.ROOT))));
    }
  }

  /**
   * Why {@code form} cannot express {@code v}, if it cannot: these are the inherent differences of the forms, not
   * parity failures.
   */
  static Optional<String> reasonToSkip(Variant v, ParityForms form) {
    if (!form.gis || v.field().isEmpty()) {
      return Optional.empty();
    }
    ParcelField f = v.field().get();
    if (f.inputs() == ParcelField.Inputs.FACTS) {
      return Optional.of(f.fieldName() + " is not a column of a GIS file: its floor areas are measured from buildings"
          + " and storeys");
    }
    if (f == ParcelField.SITE_AREA_M2 && (v.kind() == Kind.MISSING || v.kind() == Kind.EMPTY)) {
      return Optional.of("a GIS record's site area is its polygon's; site_area_m2 is only a declared figure");
    }
    return Optional.empty();
  }

  private static ReportSignature reference(Variant v) {
    return RESULTS.get(ParityForms.FACTS).get(v.key());
  }

  /** Asserts that every form that can express {@code v} gives the facts form's signature. */
  private static void assertSameInEveryForm(Variant v) {
    ReportSignature expected = reference(v);
    SoftAssertions soft = new SoftAssertions();
    for (ParityForms form : ParityForms.values()) {
      if (form == ParityForms.FACTS || reasonToSkip(v, form).isPresent()) {
        continue;
      }
      ReportSignature actual = RESULTS.get(form).get(v.key());
      if (form == ParityForms.SCENARIO) {
        soft.assertThat(actual).as("%s: %s (facts JSON: %s)", form.words, v.title(), expected)
            .isEqualTo(expected.stoppingAtFirstError());
      } else {
        soft.assertThat(actual.sameAs(expected)).as("%s: %s gives %s, facts JSON %s", form.words, v.title(), actual,
            expected).isTrue();
      }
    }
    soft.assertAll();
  }

  @TestFactory
  @DisplayName("every field, with valid, missing, empty and malformed values, gives the same report in every form")
  Stream<DynamicContainer> everyFieldInEveryForm() {
    Map<ParcelField, List<DynamicTest>> byField = new LinkedHashMap<>();
    for (Variant v : MATRIX) {
      ParcelField f = v.field().orElseThrow();
      byField.computeIfAbsent(f, k -> new ArrayList<>()).add(DynamicTest.dynamicTest(v.title() + ": " + compared(v),
          () -> {
            assertSameInEveryForm(v);
            assertKindHolds(v, f);
          }));
    }
    return byField.entrySet().stream()
        .map(e -> DynamicContainer.dynamicContainer(e.getKey().fieldName() + " (" + e.getKey().alias() + ")",
            e.getValue().stream()));
  }

  /** Which forms a variant's test compares with the facts JSON form, and why any other is left out. */
  private static String compared(Variant v) {
    List<String> forms = new ArrayList<>();
    Optional<String> skipped = Optional.empty();
    for (ParityForms form : ParityForms.values()) {
      if (form != ParityForms.FACTS) {
        Optional<String> reason = reasonToSkip(v, form);
        if (reason.isEmpty()) {
          forms.add(form.words);
        } else {
          skipped = reason;
        }
      }
    }
    String list = forms.size() == 1 ? forms.get(0)
        : String.join(", ", forms.subList(0, forms.size() - 1)) + " and " + forms.get(forms.size() - 1);
    return list + (forms.size() == 1 ? " gives" : " give") + " the report of facts JSON"
        + skipped.map(r -> " (not the GIS forms: " + r + ")").orElse("");
  }

  /**
   * A valid value is no error of its own field; a malformed one is an error naming it (for floor_areas_m2, maybe the
   * entry of one use, {@code floor_areas_m2[生产]}).
   */
  private static void assertKindHolds(Variant v, ParcelField f) {
    ReportSignature r = reference(v);
    List<String> own = r.errorFields().stream()
        .filter(e -> e.equals(f.fieldName()) || e.startsWith(f.fieldName() + "[")).toList();
    if (v.kind() == Kind.VALID) {
      assertThat(own).as("%s: a valid value is no error of %s (%s)", v.title(), f.fieldName(), r).isEmpty();
    } else if (v.kind() == Kind.MALFORMED) {
      assertThat(own).as("%s: a malformed value is an error naming %s (%s)", v.title(), f.fieldName(), r)
          .isNotEmpty();
    }
  }

  @Test
  @DisplayName("the matrix covers every parcel field with valid, missing and empty values, and malformed values where"
      + " the field has any")
  void matrixCoversEveryField() {
    for (ParcelField f : ParcelField.values()) {
      List<Kind> kinds = MATRIX.stream().filter(v -> v.field().orElseThrow() == f).map(Variant::kind).toList();
      assertThat(kinds).as(f.fieldName()).contains(Kind.VALID, Kind.MISSING, Kind.EMPTY);
      boolean freeText = f == ParcelField.PARCEL_ID || f == ParcelField.DISTRICT_ID || f == ParcelField.PARK_ID;
      if (!freeText) {
        assertThat(kinds).as(f.fieldName()).contains(Kind.MALFORMED);
      }
    }
    assertThat(ParityVariants.base("x").keySet()).as("the base record gives every field")
        .containsExactlyElementsOf(ParcelRecords.fieldNames());
  }

  @Test
  @DisplayName("the base record, every field valid, is compliant and gives the same report in every form")
  void baseRecord() {
    assertThat(reference(BASE).verdict()).as("%s", reference(BASE)).isEqualTo(Verdict.COMPLIANT);
    assertSameInEveryForm(BASE);
  }

  @Test
  @DisplayName("a record giving only pr_after (no pr_before) is an error naming pr_before in every form")
  void onlyPrAfterIsAnErrorNamingPrBefore() {
    for (ParityForms form : ParityForms.values()) {
      ReportSignature r = RESULTS.get(form).get(ONLY_PR_AFTER.key());
      assertThat(r.verdict()).as("%s: %s", form.words, r).isEqualTo(Verdict.ERROR);
      assertThat(form == ParityForms.SCENARIO ? r.firstErrorField().stream().toList() : r.errorFields())
          .as("%s", form.words).contains("pr_before");
    }
    assertSameInEveryForm(ONLY_PR_AFTER);
  }

  @Test
  @DisplayName("land_use given by its English name, industrial land for an industrial project, is accepted in every"
      + " form, as the code is")
  void englishLandUseAccepted() {
    for (ParityForms form : ParityForms.values()) {
      assertThat(RESULTS.get(form).get(ENGLISH_LAND_USE.key())).as(form.words)
          .isEqualTo(RESULTS.get(form).get(BASE.key()));
    }
    assertSameInEveryForm(ENGLISH_LAND_USE);
  }

  @Test
  @DisplayName("lease_grant_date written 2023/5/1 is accepted in every form, as 2023-05-01 is")
  void slashedGrantDateAccepted() {
    for (ParityForms form : ParityForms.values()) {
      assertThat(RESULTS.get(form).get(SLASHED_GRANT_DATE.key())).as(form.words)
          .isEqualTo(RESULTS.get(form).get(BASE.key()));
    }
    assertSameInEveryForm(SLASHED_GRANT_DATE);
  }

  @TestFactory
  @DisplayName("a field left out of a scenario file takes the kit's default: the report is that of the facts record"
      + " giving the default, where ~ gives that of the record missing the field")
  Stream<DynamicTest> scenarioDefaults() {
    return DEFAULTS_WRITTEN.entrySet().stream().map(e -> DynamicTest.dynamicTest(
        e.getKey().fieldName() + " left out reads as " + ParityVariants.shown(e.getValue().record()
            .get(e.getKey().fieldName())), () -> {
              Map<String, Object> leftOut = new LinkedHashMap<>(e.getValue().record());
              leftOut.remove(e.getKey().fieldName());
              assertThat(ParityForms.scenario("left-out/" + e.getKey().fieldName(), leftOut, false))
                  .isEqualTo(reference(e.getValue()));
            }));
  }

  private static Map<ParcelField, Variant> defaultsWritten(Map<ParcelField, Object> defaults) {
    Map<ParcelField, Variant> out = new EnumMap<>(ParcelField.class);
    defaults.forEach((f, v) -> out.put(f, ParityVariants.record("default/" + f.fieldName(),
        f.fieldName() + " written as the kit's default", Map.of(f.fieldName(), v))));
    return out;
  }

  private static Map<String, Object> nulls(String... fields) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String f : fields) {
      m.put(f, null);
    }
    return m;
  }

}
