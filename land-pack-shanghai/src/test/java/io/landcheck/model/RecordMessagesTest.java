package io.landcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.engine.PolicyPack;
import io.landcheck.input.ParcelRecords;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Every record error and warning can be told in Chinese and in English from the same facts")
class RecordMessagesTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  @ParameterizedTest(name = "{0}")
  @EnumSource(RecordError.Code.class)
  @DisplayName("each code has a template of its own name in both languages, and a Chinese one that is Chinese")
  void everyCodeInBothLanguages(RecordError.Code code) {
    assertThat(RecordMessages.template("en", code.name())).isNotBlank();
    assertThat(RecordMessages.template("zh", code.name())).isNotBlank().containsPattern("\\p{IsHan}");
    RecordError e = RecordError.of(code, "P-1", "siteAreaM2", "must be > 0, was -3");

    assertThat(e.message("en")).isEqualTo("must be > 0, was -3");
    assertThat(e.message("zh")).containsPattern("\\p{IsHan}").contains("must be > 0, was -3");
  }

  @Test
  @DisplayName("the two files have the same templates, with the same places, each starting with a code's name")
  void sameKeysAndPlaces() {
    assertThat(RecordMessages.keys("zh")).isEqualTo(RecordMessages.keys("en"));
    List<String> codes = java.util.Arrays.stream(RecordError.Code.values()).map(Enum::name).toList();
    for (String key : RecordMessages.keys("en")) {
      assertThat(codes).as(key).contains(key.contains(".") ? key.substring(0, key.indexOf('.')) : key);
      assertThat(RecordMessages.template("zh", key)).as(key).containsPattern("\\p{IsHan}");
      // a Chinese template may leave out the English words ({0} of a geometry) but uses the same facts otherwise
      assertThat(RecordMessages.places(key)).as(key).isGreaterThanOrEqualTo(
          RecordMessages.placesOf(RecordMessages.template("zh", key)));
    }
  }

  @Test
  @DisplayName("a site area written as 'N/A' is told with the value read, in both languages")
  void malformedNumberInBothLanguages() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("parcel_id", "C-1");
    r.put("land_use", "industrial");
    r.put("site_area_m2", "N/A");

    RecordError e = ParcelRecords.mapNamed(r, "", PACK, false).errors().get(0);

    assertThat(e.messageKey()).isEqualTo("MALFORMED_VALUE.number");
    assertThat(e.message("en")).isEqualTo("must be a number, was 'N/A'");
    assertThat(e.message("zh")).isEqualTo("应为数字，实为 'N/A'");
    assertThat(e.text()).isEqualTo(LocalizedText.of("应为数字，实为 'N/A'", "must be a number, was 'N/A'"));
  }

  @Test
  @DisplayName("a lease term without its grant date names the other field in both languages")
  void requiresNamesTheOtherField() {
    RecordError e = RecordError.of(RecordError.Code.MISSING_VALUE, "C-1", "lease_grant_date", "requires",
        List.of("", "lease_term_years"));

    assertThat(e.message()).isEqualTo("is missing, but lease_term_years is given");
    assertThat(e.message("zh-CN")).isEqualTo("缺少值，但给出了 lease_term_years");
  }

  @Test
  @DisplayName("a template of another code, an unknown template or a wrong count of facts is a programmer's error")
  void wrongTemplatesRefused() {
    assertThatThrownBy(() -> RecordError.of(RecordError.Code.INVALID_VALUE, "C-1", "f", "missing", List.of("")))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("messageKey");
    assertThatThrownBy(() -> RecordError.of(RecordError.Code.MISSING_VALUE, "C-1", "f", "nonesuch", List.of()))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("no template");
    assertThatThrownBy(() -> RecordError.of(RecordError.Code.MISSING_VALUE, "C-1", "f", "missing", List.of()))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("arguments");
  }
}
