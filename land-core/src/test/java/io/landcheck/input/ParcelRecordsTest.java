package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.LandUse;
import io.landcheck.Parcel;
import io.landcheck.PolicyPack;
import io.landcheck.PolicyPacks;
import io.landcheck.RecordError;
import io.landcheck.SplitRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The one mapping from a record to a parcel")
class ParcelRecordsTest {

  private static final PolicyPack PACK = PolicyPacks.shanghai2021();

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
}
