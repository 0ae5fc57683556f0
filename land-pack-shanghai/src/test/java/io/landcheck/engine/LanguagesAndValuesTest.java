package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.landcheck.model.InvalidFieldException;
import io.landcheck.model.Lease;
import io.landcheck.model.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesAndValuesTest {

  private static final LocalizedText TEXT = LocalizedText.of("合规", "compliant");

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"zh", "ZH", "zh-CN", "zh_Hans", "zh-TW"})
  @DisplayName("a Chinese language tag gives the Chinese text")
  void chineseTags(String tag) {
    assertThat(TEXT.in(tag)).isEqualTo("合规");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"en", "en-GB", "", "zhuang", "fr"})
  @DisplayName("any other language gives the English text")
  void otherTags(String tag) {
    assertThat(TEXT.in(tag)).isEqualTo("compliant");
  }

  @Test
  @DisplayName("a value type's refusal can be caught by its public exception type, naming the field")
  void refusalCatchable() {
    InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
        () -> Lease.of(LocalDate.of(2023, 5, 1), 0));
    assertThat(e.field()).isEqualTo("termYears");
    assertThat(e.problem()).contains("0");
  }
}
