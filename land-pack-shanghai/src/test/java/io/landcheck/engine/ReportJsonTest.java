package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.CHECKER;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report JSON")
class ReportJsonTest {

  /** Over the amenity share, with an approved intensification on existing land and a cap. */
  private static final Parcel PARCEL = industrial("J-1").tenure(LandTenure.EXISTING).siteAreaM2(10_000)
      .clearFloorAreas().floorAreaM2("生产", 17_000).floorAreaM2("宿舍", 4_000).undergroundFloorAreaM2(3_000)
      .approvedPlotRatioCap(2.5).intensification(1.5, 2.1, 0, 3_000, true).build();

  private static JsonNode json(Report report) throws Exception {
    return PackFiles.MAPPER.readTree(report.toJson());
  }

  private static JsonNode result(JsonNode report, RuleId id) {
    for (JsonNode r : report.get("results")) {
      if (r.get("rule").asText().equals(id.value())) {
        return r;
      }
    }
    throw new AssertionError("no result for " + id);
  }

  @Test
  @DisplayName("the top level carries schema version, parcel, pack, date, whether the pack was in force, and the verdict")
  void topLevel() throws Exception {
    JsonNode json = json(CHECKER.check(PARCEL));
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(json.get("parcelId").asText()).isEqualTo("J-1");
    assertThat(json.get("pack").asText()).isEqualTo("shanghai-2021");
    assertThat(json.get("checkDate").asText()).isEqualTo(TestParcels.APPLIED.toString());
    assertThat(json.get("packInForce").asBoolean()).isTrue();
    assertThat(json.get("verdict").asText()).isEqualTo("NON_COMPLIANT");
    assertThat(json.get("errors").isArray()).isTrue();
    assertThat(json.get("errors")).isEmpty();
  }

  @Test
  @DisplayName("the fields written into a larger document are those of the JSON text, in the same order")
  void fieldsAreTheText() throws Exception {
    Report judged = CHECKER.check(PARCEL);
    Report error = Report.error("J-2", "shanghai-2021", LocalDate.of(2024, 5, 20),
        java.util.List.of(RecordError.of(RecordError.Code.INVALID_VALUE, "J-2", "siteAreaM2", "must be > 0")));
    for (Report r : java.util.List.of(judged, error)) {
      java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
      text.writeBytes("{\"index\":7,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      r.writeJsonFields(text);
      text.write('}');
      com.fasterxml.jackson.databind.node.ObjectNode embedded =
          (com.fasterxml.jackson.databind.node.ObjectNode) PackFiles.MAPPER.readTree(text.toByteArray());
      assertThat(embedded.remove("index").asInt()).isEqualTo(7);
      assertThat(PackFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(embedded))
          .isEqualTo(r.toJson());
    }
  }

  @Test
  @DisplayName("a non-compliant parcel has its remedy plan, and each option whether it complies alone")
  void remedyPlan() throws Exception {
    // the counter-example: 16,900 m² 生产 and 3,800 m² 宿舍 on 10,000 m²
    Parcel parcel = TestParcels.industrial("CE").clearFloorAreas().floorAreaM2("生产", 16_900)
        .floorAreaM2("宿舍", 3_800).build();
    JsonNode json = json(CHECKER.check(parcel));
    JsonNode plan = json.get("remedyPlan");
    assertThat(plan.get("version").asInt()).isEqualTo(1);
    assertThat(plan.get("status").asText()).isEqualTo("FOUND");
    assertThat(plan.get("changes")).extracting(c -> c.get("useClass").asText() + " " + c.get("changeM2").asDouble())
        .containsExactly("PRINCIPAL_INDUSTRIAL 100.0", "LIVING_AMENITY -800.0");
    assertThat(plan.get("totalChangeM2").asDouble()).isEqualTo(900.0);
    assertThat(plan.has("leaseTermYears")).isFalse();
    assertThat(plan.get("rules")).isEmpty();
    assertThat(plan.get("textEn").asText()).startsWith("Cut 800.0 m² of living amenities");
    JsonNode options = result(json, Rules.MIXED_USE_AMENITY).get("remedyOptions");
    assertThat(options).extracting(o -> o.get("compliesAlone").asBoolean()).containsExactly(false, true);
    // a compliant parcel has none
    assertThat(json(CHECKER.check(TestParcels.industrial("OK").build())).has("remedyPlan")).isFalse();
  }

  @Test
  @DisplayName("floor areas and ratios are given, underground apart and counted in nothing")
  void floorAreas() throws Exception {
    JsonNode areas = json(CHECKER.check(PARCEL)).get("floorAreas");
    assertThat(areas.get("siteAreaM2").asDouble()).isEqualTo(10_000);
    assertThat(areas.get("aboveGroundM2").asDouble()).isEqualTo(21_000);
    assertThat(areas.get("principalIndustrialM2").asDouble()).isEqualTo(17_000);
    assertThat(areas.get("otherIndustrialM2").asDouble()).isZero();
    assertThat(areas.get("livingAmenityM2").asDouble()).isEqualTo(4_000);
    assertThat(areas.get("undergroundM2").asDouble()).isEqualTo(3_000);
    assertThat(areas.get("plotRatio").asDouble()).isEqualTo(21_000.0 / 10_000);
    assertThat(areas.get("ancillaryShare").asDouble()).isEqualTo(4_000.0 / 21_000);
    assertThat(areas.get("amenityShare").asDouble()).isEqualTo(4_000.0 / 21_000);
  }

  @Test
  @DisplayName("there is one result per rule of the pack, in pack order")
  void oneResultPerRule() throws Exception {
    JsonNode results = json(CHECKER.check(PARCEL)).get("results");
    assertThat(results).extracting(r -> r.get("rule").asText())
        .containsExactlyElementsOf(ShanghaiPacks.shanghai2021().rules().stream().map(r -> r.id().value()).toList());
  }

  @Test
  @DisplayName("a failed rule carries its citation, figures, messages and remedy")
  void failedRule() throws Exception {
    JsonNode r = result(json(CHECKER.check(PARCEL)), Rules.MIXED_USE_AMENITY);
    assertThat(r.get("verdict").asText()).isEqualTo("NON_COMPLIANT");
    assertThat(r.get("citation").get("document").asText()).isEqualTo("沪府规〔2021〕9号");
    assertThat(r.get("citation").get("clause").asText()).isEqualTo("五(二)");
    assertThat(r.get("citation").get("textZh").asText()).contains("15%");
    assertThat(r.get("citation").get("textEn").asText()).contains("15%");
    assertThat(r.get("measured").asDouble()).isEqualTo(4_000.0 / 21_000);
    assertThat(r.get("limit").asDouble()).isEqualTo(0.15);
    assertThat(r.get("unit").asText()).isEqualTo("share");
    // 宿舍 4,000 of 21,000 m² is 19.05 %. Cut x: (4,000 - x) / (21,000 - x) = 0.15, x = 850 / 0.85 = 1,000; or add y
    // principal: 4,000 / (21,000 + y) = 0.15, y = 5,666.67, up to 5,666.7.
    assertThat(r.get("messageZh").asText()).isEqualTo("生活配套设施占地上建筑面积 19.05%，超过 15.00%。");
    assertThat(r.get("messageEn").asText())
        .isEqualTo("Living amenities take 19.05% of above-ground floor area, more than 15.00%.");
    assertThat(r.get("remedyZh").asText()).isEqualTo("减少生活配套设施建筑面积 1,000.0 m²，或增加主导产业建筑面积 5,666.7 m²。");
    assertThat(r.get("remedyEn").asText()).contains("m²");
    assertThat(r.get("parametersFrom").asText()).isEqualTo("2021-09-01");
  }

  @Test
  @DisplayName("the land-price result carries its determination")
  void determination() throws Exception {
    assertThat(result(json(CHECKER.check(PARCEL)), Rules.LAND_PRICE).get("determination").asText())
        .isEqualTo("NOT_DUE");
  }

  @Test
  @DisplayName("optional fields are left out rather than written as null")
  void noNulls() throws Exception {
    JsonNode r = result(json(CHECKER.check(PARCEL)), Rules.SPLIT_TRANSFER);
    assertThat(r.has("measured")).isFalse();
    assertThat(r.has("remedyEn")).isFalse();
    assertThat(r.has("determination")).isFalse();
    assertThat(r.has("unit")).isFalse();
    assertThat(PARCEL_JSON_TEXT()).doesNotContain("null");
  }

  private static String PARCEL_JSON_TEXT() {
    return CHECKER.check(PARCEL).toJson();
  }

  @Test
  @DisplayName("a parcel with no site area has no plot ratio in its JSON")
  void noSiteArea() throws Exception {
    Parcel parcel = Parcel.builder("J-2").landUse(LandUse.INDUSTRIAL).floorAreaM2("生产", 100)
        .applicationDate(LocalDate.of(2023, 1, 1)).build();
    JsonNode areas = json(CHECKER.check(parcel)).get("floorAreas");
    assertThat(areas.has("siteAreaM2")).isFalse();
    assertThat(areas.has("plotRatio")).isFalse();
    assertThat(areas.get("aboveGroundM2").asDouble()).isEqualTo(100);
  }

  @Test
  @DisplayName("Chinese text survives the round trip")
  void chinese() throws Exception {
    JsonNode r = result(json(CHECKER.check(PARCEL)), Rules.LEASE_TERM);
    assertThat(r.get("messageZh").asText()).contains("出让年限");
  }

  @Test
  @DisplayName("the overall verdict is the worst of the rules")
  void worstVerdict() {
    Report report = CHECKER.check(PARCEL);
    Verdict worst = report.results().stream().map(RuleResult::verdict).reduce(Verdict.NOT_APPLICABLE, Verdict::worst);
    assertThat(report.verdict()).isEqualTo(worst).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  @DisplayName("a parcel that breaks no rule is compliant overall")
  void compliantOverall() {
    assertThat(CHECKER.check(industrial("ok").build()).verdict()).isEqualTo(Verdict.COMPLIANT);
  }
}
