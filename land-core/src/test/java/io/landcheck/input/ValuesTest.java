package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.RecordError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The one value parser")
class ValuesTest {

  private final List<RecordError> errors = new ArrayList<>();

  private Values with(Object value) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("f", value);
    return Values.of(fields, "P-1", "in.json#1", "", errors);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-05-01", "2023/5/1", "20230501", "2023-05-01T10:00:00", "2023/05/01 10:00:00"})
  @DisplayName("reads every documented date form as the same day")
  void dateForms(String written) {
    assertThat(with(written).date("f")).contains(LocalDate.of(2023, 5, 1));
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("reads the number 20230501 as the date written YYYYMMDD, as an unquoted JSON or YAML value gives it")
  void dateAsNumber() {
    assertThat(with(20230501L).date("f")).contains(LocalDate.of(2023, 5, 1));
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("refuses a number that is not eight digits of a calendar date")
  void numberNotADate() {
    assertThat(with(new BigDecimal("2023.5")).date("f")).isEmpty();
    assertThat(errors).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2024-02-30", "20240230", "2024/2/30", "2023-13-01", "yesterday", "2023-5-1"})
  @DisplayName("refuses a day that is not on the calendar, or not written in a documented form, naming the field")
  void impossibleDates(String written) {
    assertThat(with(written).date("f")).isEmpty();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("P-1");
      assertThat(e.field()).isEqualTo("f");
      assertThat(e.message()).startsWith("in.json#1: must be a real calendar date").contains(written);
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1F", "20d", "0x1p13", "NaN", "Infinity", "3.6m", "1,000", "--1"})
  @DisplayName("refuses a number with a suffix, in hexadecimal or not finite, never reading the digits it starts with")
  void notPlainNumbers(String written) {
    assertThat(with(written).number("f")).isEmpty();
    assertThat(errors).singleElement().extracting(RecordError::field).isEqualTo("f");
  }

  @Test
  @DisplayName("reads plain decimal text exactly as the number it writes")
  void plainDecimal() {
    assertThat(with(" -1.5e3 ").number("f")).hasValue(-1500.0);
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("refuses a number beyond a double's range instead of reading it as infinity")
  void hugeNumber() {
    assertThat(with(new BigDecimal("1e400")).number("f")).isEmpty();
    assertThat(errors).singleElement().extracting(RecordError::message).asString().contains("finite");
  }

  @Test
  @DisplayName("refuses a whole number of 2^64 + 20 instead of wrapping it to 20")
  void noWrapAround() {
    BigInteger big = BigInteger.TWO.pow(64).add(BigInteger.valueOf(20));
    assertThat(with(big).wholeNumber("f")).isEqualTo(OptionalInt.empty());
    assertThat(errors).singleElement().extracting(RecordError::message).asString()
        .contains("must be a whole number", big.toString());
  }

  @Test
  @DisplayName("keeps an id of 2^64 + 1 as written")
  void bigIdAsText() {
    BigInteger big = BigInteger.TWO.pow(64).add(BigInteger.ONE);
    assertThat(with(big).text("f")).contains("18446744073709551617");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"20.5", "1e10", "abc"})
  @DisplayName("refuses a whole number with a fraction, beyond an int, or not a number")
  void badWholeNumbers(String written) {
    assertThat(with(written).wholeNumber("f")).isEmpty();
    assertThat(errors).hasSize(1);
  }

  @Test
  @DisplayName("reads 20.0 given as a number as the whole number 20")
  void wholeNumberFromDecimal() {
    assertThat(with(new BigDecimal("20.0")).wholeNumber("f")).hasValue(20);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"true", "YES", "y", "t", "1", "是", "真"})
  @DisplayName("reads every documented form of yes")
  void yes(String written) {
    assertThat(with(written).yesNo("f")).contains(true);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"false", "No", "n", "f", "0", "否", "假"})
  @DisplayName("reads every documented form of no")
  void no(String written) {
    assertThat(with(written).yesNo("f")).contains(false);
  }

  @Test
  @DisplayName("refuses a yes/no number other than 0 or 1")
  void yesNoTwo() {
    assertThat(with(2).yesNo("f")).isEmpty();
    assertThat(errors).hasSize(1);
  }

  @Test
  @DisplayName("takes a blank text for no value at all")
  void blankIsMissing() {
    Values v = with("  ");
    assertThat(v.present("f")).isFalse();
    assertThat(v.number("f")).isEqualTo(OptionalDouble.empty());
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("shows a binary value by its size, not its bytes")
  void blobShownBySize() {
    assertThat(with(new byte[] {1, 2, 3}).text("f")).isEqualTo(Optional.empty());
    assertThat(errors).singleElement().extracting(RecordError::message).asString()
        .contains("a binary value (BLOB) of 3 bytes");
  }

  @Test
  @DisplayName("reads floor areas by use, naming a bad area by its use code")
  void areasByUse() {
    Map<String, Object> areas = new java.util.LinkedHashMap<>();
    areas.put("生产", 18000);
    areas.put("宿舍", "lots");
    assertThat(with(areas).areasByUse("f")).contains(Map.of("生产", 18000.0));
    assertThat(errors).singleElement().extracting(RecordError::field).isEqualTo("f[宿舍]");
  }

  @Test
  @DisplayName("files a value its reader could not read as that field's error, once, however often it is read")
  void badValueReportedOnce() {
    Values v = with(new BadValue("is given twice in the object"));
    assertThat(v.number("f")).isEqualTo(OptionalDouble.empty());
    assertThat(v.text("f")).isEqualTo(Optional.empty());
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("f");
      assertThat(e.message()).isEqualTo("in.json#1: is given twice in the object");
    });
  }

  @Test
  @DisplayName("counts a value its reader could not read as given, so it is never reported as missing")
  void badValueIsPresent() {
    Values v = with(new BadValue("must be a .dbf date written YYYYMMDD, was '2024-3-1'"));
    assertThat(v.present("f")).isTrue();
    assertThat(v.requiredText("f")).isEqualTo(Optional.empty());
    assertThat(errors).extracting(RecordError::message).noneMatch(m -> m.contains("missing"));
  }
}
