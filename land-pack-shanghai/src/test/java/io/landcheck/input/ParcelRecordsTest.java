package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.model.GreenSpaceChange;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The one mapping from a record to a parcel")
class ParcelRecordsTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  private static Map<String, Object> record(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("parcel_id", "P-1");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  private static ParcelRecords.Mapped map(Object... keysAndValues) {
    return ParcelRecords.map(record(keysAndValues), "in.json#1", PACK);
  }

  @Test
  @DisplayName("a plot ratio after without the one before is an error naming pr_before, not a guess")
  void prAfterAlone() {
    ParcelRecords.Mapped m = map("pr_after", 2.5, "intensification_approved", true);
    assertThat(m.parcel()).isEmpty();
    assertThat(m.errors()).extracting(RecordError::field).containsExactly("pr_before");
  }

  @Test
  @DisplayName("intensification without its approval flag is an error naming intensification_approved")
  void approvalNeeded() {
    assertThat(map("pr_before", 1.5, "pr_after", 2.5).errors()).extracting(RecordError::field)
        .containsExactly("intensification_approved");
  }

  @Test
  @DisplayName("underground space after defaults to the space before: no change")
  void undergroundAfterDefaultsToBefore() {
    Parcel p = map("pr_before", 1.5, "pr_after", 2.5, "ug_before_m2", 3000, "intensification_approved", "是")
        .parcel().orElseThrow();
    assertThat(p.intensification().orElseThrow().undergroundAfterM2()).isEqualTo(3000.0);
  }

  @Test
  @DisplayName("a land use may be given by its English name")
  void englishLandUse() {
    assertThat(map("land_use", "industrial land for an industrial project").parcel().orElseThrow().landUse())
        .contains(LandUse.INDUSTRIAL);
  }

  @Test
  @DisplayName("a land use may be given by its Chinese name")
  void chineseLandUse() {
    assertThat(map("land_use", "通用类研发用地").parcel().orElseThrow().landUse()).contains(LandUse.GENERAL_RD);
  }

  @Test
  @DisplayName("an unknown land use is an error naming land_use and listing the pack's")
  void unknownLandUse() {
    assertThat(map("land_use", "residential").errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("land_use");
      assertThat(e.message()).contains("'residential'", "industrial (产业项目类工业用地)");
    });
  }

  @Test
  @DisplayName("a grant date written 2023/5/1 is read")
  void slashedGrantDate() {
    assertThat(map("lease_grant_date", "2023/5/1", "lease_term_years", 20).parcel().orElseThrow().lease()
        .orElseThrow().grantDate()).isEqualTo(LocalDate.of(2023, 5, 1));
  }

  @Test
  @DisplayName("a lease term without its grant date is an error naming lease_grant_date")
  void termWithoutDate() {
    assertThat(map("lease_term_years", 20).errors()).extracting(RecordError::field)
        .containsExactly("lease_grant_date");
  }

  @Test
  @DisplayName("a value the parcel refuses is named by the record's field, not the model's")
  void refusalByInputField() {
    assertThat(map("lease_grant_date", "2023-05-01", "lease_term_years", 80).errors())
        .extracting(RecordError::field).containsExactly("lease_term_years");
  }

  @Test
  @DisplayName("a recognition level without a project category is an error naming recognition_level")
  void levelWithoutCategory() {
    assertThat(map("recognition_level", "市级").errors()).extracting(RecordError::field)
        .containsExactly("recognition_level");
  }

  @Test
  @DisplayName("split fields make a split request, recipient by its Chinese name, area and width together")
  void splitRequest() {
    SplitRequest split = map("split_conditions_met", "是", "split_listed", true, "split_recipient", "园区平台",
        "split_area_m2", 2000, "split_width_m", 25).parcel().orElseThrow().split().orElseThrow();
    assertThat(split).isEqualTo(SplitRequest.of(true, true, SplitRequest.Recipient.PARK_PLATFORM)
        .withSurplus(2000, 25));
  }

  @Test
  @DisplayName("a split area without its width is an error naming split_width_m")
  void splitAreaWithoutWidth() {
    assertThat(map("split_conditions_met", true, "split_listed", true, "split_recipient", "OTHER",
        "split_area_m2", 2000).errors()).extracting(RecordError::field).containsExactly("split_width_m");
  }

  @Test
  @DisplayName("floor areas by alias are read into the pack's use code")
  void floorAreasByAlias() {
    assertThat(map("floor_areas_m2", Map.of("dormitory", 1200)).parcel().orElseThrow().aboveGroundFloorAreaM2())
        .containsExactly(Map.entry("宿舍", 1200.0));
  }

  @Test
  @DisplayName("a field named by its Chinese alias and its English name at once is an error")
  void givenTwice() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("parcel_id", "P-1");
    given.put("site_area_m2", 100);
    given.put("用地面积", 200);
    assertThat(ParcelRecords.mapNamed(given, "in.json#1", PACK, false).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("given twice"));
  }

  @Test
  @DisplayName("a misspelt field is an error naming it, unless unknown fields are ignored")
  void unknownField() {
    Map<String, Object> given = record("site_area", 100);
    assertThat(ParcelRecords.mapNamed(given, "in.json#1", PACK, false).errors()).extracting(RecordError::field)
        .containsExactly("site_area");
    assertThat(ParcelRecords.mapNamed(given, "in.json#1", PACK, true).parcel()).isPresent();
  }

  @Test
  @DisplayName("a record without parcel_id is named by its locator and its error names parcel_id")
  void noId() {
    ParcelRecords.Mapped m = ParcelRecords.map(Map.of("land_use", "industrial"), "in.json#7", PACK);
    assertThat(m.id()).isEqualTo("in.json#7");
    assertThat(m.errors()).extracting(RecordError::field).containsExactly("parcel_id");
  }

  @Test
  @DisplayName("the facts-file example of docs/input-format.md gives the parcel it describes")
  void documentedExample() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("parcel_id", "P-001");
    given.put("land_use", "industrial");
    given.put("single_use", true);
    given.put("site_area_m2", 10000);
    given.put("floor_areas_m2", Map.of("生产", 18000, "宿舍", 1200));
    given.put("underground_m2", 3000);
    given.put("lease_grant_date", "2023-05-01");
    given.put("lease_term_years", 20);
    given.put("park_id", "P1");
    given.put("district_id", "浦东新区");
    ParcelRecords.Mapped m = ParcelRecords.map(given, "facts.json#1", PACK);
    assertThat(m.parcel()).contains(Parcel.builder("P-001").landUse(LandUse.INDUSTRIAL).singleUse(true)
        .siteAreaM2(10000).floorAreaM2("生产", 18000).floorAreaM2("宿舍", 1200).undergroundFloorAreaM2(3000)
        .lease(LocalDate.of(2023, 5, 1), 20).parkId("P1").districtId("浦东新区").build());
    assertThat(m.parkId()).contains("P1");
    assertThat(m.districtId()).contains("浦东新区");
  }

  @Test
  @DisplayName("tenure, plot-ratio cap, rooftop green, application date, counted area and category reach the parcel")
  void otherFields() {
    Parcel p = map("tenure", "存量", "plot_ratio_cap", 2.5, "rooftop_green_m2", 400, "application_date", "2024-05-20",
        "floor_areas_m2", Map.of("生产", 18000), "plot_ratio_floor_area_m2", 20000, "project_category", "企业技术中心")
        .parcel().orElseThrow();
    assertThat(p).isEqualTo(Parcel.builder("P-1").tenure(LandTenure.EXISTING).approvedPlotRatioCap(2.5)
        .rooftopGreenAreaM2(400).applicationDate(LocalDate.of(2024, 5, 20)).floorAreaM2("生产", 18000)
        .plotRatioFloorAreaM2(20000).projectCategory(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE).build());
  }

  @Test
  @DisplayName("a green space cut alone adds 0 m² in the park")
  void greenCutAlone() {
    assertThat(map("green_cut_m2", 300).parcel().orElseThrow().greenSpace())
        .contains(new GreenSpaceChange(300, 0));
  }

  @Test
  @DisplayName("green space added alone cuts 0 m² of attached green space")
  void greenAddedAlone() {
    assertThat(map("green_added_m2", 200).parcel().orElseThrow().greenSpace())
        .contains(new GreenSpaceChange(0, 200));
  }

  @Test
  @DisplayName("a record without green space fields has no green space change")
  void noGreenSpace() {
    assertThat(map().parcel().orElseThrow().greenSpace()).isEmpty();
  }

  @Test
  @DisplayName("a recognition level with the category NONE is an error saying there is no category to recognise")
  void levelWithNone() {
    assertThat(map("project_category", "无", "recognition_level", "MUNICIPAL").errors()).singleElement()
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("recognition_level");
          assertThat(e.message()).isEqualTo(
              "in.json#1: is given, but project_category is NONE (no category to recognise)");
        });
  }

  @Test
  @DisplayName("a grant date without its term is an error naming lease_term_years")
  void dateWithoutTerm() {
    assertThat(map("lease_grant_date", "2023-05-01").errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("lease_term_years");
      assertThat(e.message()).isEqualTo("in.json#1: is missing, but lease_grant_date is given");
    });
  }

  @Test
  @DisplayName("a grant date with a term that is no whole number is one error, on the term, not 'missing'")
  void dateWithBadTerm() {
    assertThat(map("lease_grant_date", "2023-05-01", "lease_term_years", "20 years").errors()).singleElement()
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("lease_term_years");
          assertThat(e.message()).isEqualTo("in.json#1: must be a whole number, was '20 years'");
        });
  }

  @Test
  @DisplayName("a term with a grant date that is no date is one error, on the date, not 'missing'")
  void termWithBadDate() {
    assertThat(map("lease_grant_date", "2023-02-30", "lease_term_years", 20).errors())
        .extracting(RecordError::field).containsExactly("lease_grant_date");
  }

  @Test
  @DisplayName("split fields without split_listed are an error naming split_listed")
  void splitListedMissing() {
    assertThat(map("split_conditions_met", true, "split_recipient", "OTHER").errors()).singleElement()
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("split_listed");
          assertThat(e.message()).isEqualTo("in.json#1: is missing, but other split fields are given");
        });
  }

  @Test
  @DisplayName("a floor area of a use code the pack does not know is an error naming that use code")
  void unknownUseCode() {
    assertThat(map("floor_areas_m2", Map.of("厨房", 100)).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("floor_areas_m2[厨房]");
      assertThat(e.message()).contains("knows no use code '厨房'");
    });
  }

  @Test
  @DisplayName("an unknown field of a record whose id is given by its Chinese alias, not first, is filed under that id")
  void unknownFieldUnderAliasId() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("用地面积", 100);
    given.put("宗地编号", "P-9");
    given.put("remark", "x");
    assertThat(ParcelRecords.mapNamed(given, "in.json#1", PACK, false).errors()).singleElement()
        .extracting(RecordError::recordId).isEqualTo("P-9");
  }

  @Test
  @DisplayName("an unknown field of a record with a blank id is filed under the record's locator")
  void unknownFieldBlankId() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("parcel_id", " ");
    given.put("remark", "x");
    assertThat(ParcelRecords.mapNamed(given, "in.json#4", PACK, false).errors()).filteredOn(e -> e.field()
        .equals("remark")).singleElement().extracting(RecordError::recordId).isEqualTo("in.json#4");
  }

  @Test
  @DisplayName("an unknown field is an error listing the schema's fields in the order of docs/input-format.md")
  void unknownFieldListsSchema() {
    assertThat(ParcelRecords.mapNamed(record("remark", "x"), "in.json#1", PACK, false).errors()).singleElement()
        .extracting(RecordError::message).asString()
        .startsWith("in.json#1: is not a known field; the fields are [parcel_id, land_use, single_use,")
        .endsWith(", floor_areas_m2, plot_ratio_floor_area_m2, underground_m2]");
  }
}
