package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.input.ParcelRecords;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Record errors carry a stable code a bureau's system can match instead of the message")
class RecordErrorCodesTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  private static Map<String, Object> record() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("parcel_id", "C-1");
    r.put("land_use", "industrial");
    r.put("site_area_m2", 10000);
    return r;
  }

  private static RecordError onlyError(Map<String, Object> record) {
    ParcelRecords.Mapped mapped = ParcelRecords.mapNamed(record, "test#1", PACK, false);
    assertThat(mapped.errors()).hasSize(1);
    return mapped.errors().get(0);
  }

  @Test
  @DisplayName("a site area written as 'N/A' is MALFORMED_VALUE")
  void malformed() {
    Map<String, Object> r = record();
    r.put("site_area_m2", "N/A");

    assertThat(onlyError(r).code()).isEqualTo(RecordError.Code.MALFORMED_VALUE);
  }

  @Test
  @DisplayName("a lease date without its term is MISSING_VALUE on the term")
  void missing() {
    Map<String, Object> r = record();
    r.put("lease_grant_date", "2022-03-01");

    RecordError e = onlyError(r);
    assertThat(e.code()).isEqualTo(RecordError.Code.MISSING_VALUE);
    assertThat(e.field()).isEqualTo("lease_term_years");
  }

  @Test
  @DisplayName("a land use the pack does not know is UNKNOWN_CODE")
  void unknownLandUse() {
    Map<String, Object> r = record();
    r.put("land_use", "residential-ish");

    assertThat(onlyError(r).code()).isEqualTo(RecordError.Code.UNKNOWN_CODE);
  }

  @Test
  @DisplayName("a field the format does not have is UNKNOWN_FIELD")
  void unknownField() {
    Map<String, Object> r = record();
    r.put("site_aera_m2", 5);

    assertThat(onlyError(r).code()).isEqualTo(RecordError.Code.UNKNOWN_FIELD);
  }

  @Test
  @DisplayName("a parcel without an application date, checked with no date to fall back on, is NO_DATE")
  void noDate() {
    Parcel parcel = Parcel.builder("C-2").landUse(LandUse.of("industrial")).siteAreaM2(1000).build();

    Report report = Checker.of(PACK).check(parcel);

    assertThat(report.errors()).extracting(RecordError::code).containsExactly(RecordError.Code.NO_DATE);
  }

  @Test
  @DisplayName("a lease term of 80 years, which the model refuses, is INVALID_VALUE")
  void invalid() {
    Map<String, Object> r = record();
    r.put("lease_grant_date", "2022-03-01");
    r.put("lease_term_years", 80);

    assertThat(onlyError(r).code()).isEqualTo(RecordError.Code.INVALID_VALUE);
  }

  @Test
  @DisplayName("every code is in docs/input-format.md's table of error codes")
  void everyCodeDocumented() throws Exception {
    String doc = Files.readString(RepoFiles.root().resolve("docs/input-format.md"));

    for (RecordError.Code code : RecordError.Code.values()) {
      assertThat(doc).as("docs/input-format.md").contains("| `" + code + "` |");
    }
  }
}
