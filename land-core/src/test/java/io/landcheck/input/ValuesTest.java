package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.LandTenure;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecordError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    Values v = with(BadValue.of("twiceInObject", List.of("'a'", "'a'", "'b'", "'b'")));
    assertThat(v.number("f")).isEqualTo(OptionalDouble.empty());
    assertThat(v.text("f")).isEqualTo(Optional.empty());
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("f");
      assertThat(e.message()).isEqualTo("in.json#1: is given twice in the object ('a', then 'b')");
    });
  }

  @Test
  @DisplayName("counts a value its reader could not read as given, so it is never reported as missing")
  void badValueIsPresent() {
    Values v = with(BadValue.of("dbfDate", List.of("'2024-3-1'")));
    assertThat(v.present("f")).isTrue();
    assertThat(v.requiredText("f")).isEqualTo(Optional.empty());
    assertThat(errors).extracting(RecordError::message).noneMatch(m -> m.contains("missing"));
  }

  private static Date dayInThisZone(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  @Test
  @DisplayName("files errors without a place when the record has no locator")
  void noLocator() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("f", "1F");
    Values.of(fields, "P-1", "", "", errors).number("f");
    assertThat(errors).singleElement().extracting(RecordError::message).isEqualTo("must be a number, was '1F'");
  }

  @Test
  @DisplayName("names a field by its prefix, as a storey's fields are named storeys.…")
  void prefixedField() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("level", "one");
    Values.of(fields, "P-1", "in.json#1", "storeys.", errors).wholeNumber("level");
    assertThat(errors).singleElement().extracting(RecordError::field).isEqualTo("storeys.level");
  }

  @Test
  @DisplayName("files a value its reader could not read once, even when the field is read three times")
  void badValueReportedOnceOfThree() {
    Values v = with(BadValue.of("dbfType", List.of("M")));
    v.text("f");
    v.number("f");
    v.date("f");
    assertThat(errors).extracting(RecordError::message)
        .containsExactly("in.json#1: has the .dbf field type 'M', which landcheck does not read");
  }

  @Test
  @DisplayName("files a value its reader could not read when it is read once")
  void badValueReadOnce() {
    assertThat(with(BadValue.of("keyTwiceInside", List.of("'生产'"))).yesNo("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message).containsExactly("in.json#1: holds the key '生产' twice");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"1001.0, 1001", "-7.0, -7", "2.5, 2.5", "1e15, 1000000000000000", "1e20, 100000000000000000000"})
  @DisplayName("writes a number given where text is expected out in full, never 1001.0 or 1.0E15")
  void numberAsText(double given, String text) {
    assertThat(with(given).text("f")).contains(text);
  }

  @Test
  @DisplayName("keeps an infinite number given where text is expected as the word Infinity")
  void infinityAsText() {
    assertThat(with(Double.POSITIVE_INFINITY).text("f")).contains("Infinity");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"2.50, 2.5", "1E+3, 1000", "1001, 1001"})
  @DisplayName("writes an exact decimal given where text is expected plainly, without trailing zeros")
  void decimalAsText(String given, String text) {
    assertThat(with(new BigDecimal(given)).text("f")).contains(text);
  }

  @Test
  @DisplayName("strips the blanks around a text")
  void textStripped() {
    assertThat(with("  园区甲 ").text("f")).contains("园区甲");
  }

  @Test
  @DisplayName("refuses a mapping or a list where text is expected, saying how many entries it has")
  void mappingIsNotText() {
    assertThat(with(Map.of("a", 1)).text("f")).isEmpty();
    assertThat(with(List.of(1, 2)).text("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message).containsExactly(
        "in.json#1: must be text, was a mapping of 1 entry", "in.json#1: must be text, was a list of 2 entries");
  }

  @Test
  @DisplayName("shows a mapping of several entries and a list of one in the plural and singular")
  void shownCounts() {
    assertThat(Values.shown(Map.of("a", 1, "b", 2))).isEqualTo("a mapping of 2 entries");
    assertThat(Values.shown(List.of(1))).isEqualTo("a list of 1 entry");
  }

  @Test
  @DisplayName("shows a bad value of 80 characters whole, and one of 81 cut to its first 60 and its length")
  void shownCut() {
    String eighty = "x".repeat(80);
    assertThat(Values.shown(eighty)).isEqualTo("'" + eighty + "'");
    assertThat(Values.shown("y".repeat(81))).isEqualTo("'" + "y".repeat(60) + "…' (81 characters)");
  }

  @Test
  @DisplayName("tells a mapping or a list where text is expected in Chinese words too, under zh")
  void mappingIsNotTextInChinese() {
    assertThat(with(Map.of("a", 1)).text("f")).isEmpty();
    assertThat(with(List.of(1, 2)).text("f")).isEmpty();
    assertThat(errors).extracting(e -> e.message("zh")).containsExactly(
        "in.json#1: 应为文本，实为 含 1 项的映射", "in.json#1: 应为文本，实为 含 2 项的列表");
  }

  @Test
  @DisplayName("shows a binary value, a mapping, a list and a long text in Chinese words, a short text as it is")
  void shownInChinese() {
    assertThat(Values.shownZh(new byte[3])).isEqualTo("3 字节的二进制值（BLOB）");
    assertThat(Values.shownZh(Map.of("a", 1, "b", 2))).isEqualTo("含 2 项的映射");
    assertThat(Values.shownZh(List.of(1))).isEqualTo("含 1 项的列表");
    assertThat(Values.shownZh("x".repeat(80))).isEqualTo("'" + "x".repeat(80) + "'");
    assertThat(Values.shownZh("y".repeat(81))).isEqualTo("'" + "y".repeat(60) + "…'（共 81 个字符）");
  }

  @Test
  @DisplayName("tells an unknown option in Chinese with the value as the Chinese shows it and the options allowed")
  void optionInChinese() {
    Map<String, LandTenure> chinese = new LinkedHashMap<>();
    chinese.put("新增", LandTenure.NEW);
    assertThat(with("y".repeat(81)).enumValue("f", LandTenure.class, chinese)).isEmpty();
    assertThat(errors).extracting(e -> e.message("zh")).containsExactly(
        "in.json#1: 未知取值 '" + "y".repeat(60) + "…'（共 81 个字符）；可用取值：NEW, EXISTING, 新增");
  }

  @Test
  @DisplayName("gives a required text that is there, without an error")
  void requiredTextGiven() {
    assertThat(with("P-7").requiredText("f")).contains("P-7");
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("files a missing required text as missing")
  void requiredTextMissing() {
    assertThat(with(null).requiredText("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message).containsExactly("in.json#1: is missing");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"long", "biginteger", "bigdecimal"})
  @DisplayName("reads the numbers 1 and 0 (1.0, 0.00) of any kind as yes and no")
  void yesNoNumbers(String kind) {
    Object one = switch (kind) {
      case "long" -> 1L;
      case "biginteger" -> BigInteger.ONE;
      default -> new BigDecimal("1.0");
    };
    Object zero = switch (kind) {
      case "long" -> 0L;
      case "biginteger" -> BigInteger.ZERO;
      default -> new BigDecimal("0.00");
    };
    assertThat(with(one).yesNo("f")).contains(true);
    assertThat(with(zero).yesNo("f")).contains(false);
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("reads a boolean cell as yes or no")
  void yesNoBoolean() {
    assertThat(with(Boolean.TRUE).yesNo("f")).contains(true);
    assertThat(with(Boolean.FALSE).yesNo("f")).contains(false);
  }

  @Test
  @DisplayName("refuses a mapping as yes or no, naming the field")
  void yesNoMapping() {
    assertThat(with(Map.of("是", 1)).yesNo("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message).containsExactly(
        "in.json#1: must be yes or no (true/false, yes/no, 1/0, 是/否), was a mapping of 1 entry");
  }

  @Test
  @DisplayName("reads a date cell as that day")
  void dateCell() {
    assertThat(with(LocalDate.of(2023, 5, 1)).date("f")).contains(LocalDate.of(2023, 5, 1));
    assertThat(with(java.sql.Date.valueOf("2023-05-01")).date("f")).contains(LocalDate.of(2023, 5, 1));
  }

  @Test
  @DisplayName("reads a .dbf date, made at midnight in the machine's zone, as that day")
  void dbfDate() {
    assertThat(with(dayInThisZone(2023, 5, 1)).date("f")).contains(LocalDate.of(2023, 5, 1));
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("takes GDAL's empty .dbf date 00000000, read as a date in year 2, for no date")
  void emptyDbfDate() {
    assertThat(with(dayInThisZone(2, 11, 30)).date("f")).isEmpty();
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("takes a .dbf date of year 999 for no date, and one of year 1000 for a date")
  void dbfYearBounds() {
    assertThat(with(dayInThisZone(999, 12, 31)).date("f")).isEmpty();
    assertThat(with(dayInThisZone(1000, 1, 1)).date("f")).contains(LocalDate.of(1000, 1, 1));
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("reads a .dbf date of year 9999, and refuses one of year 10000 as not a four-digit year")
  void dbfFiveDigitYear() {
    assertThat(with(dayInThisZone(9999, 12, 31)).date("f")).contains(LocalDate.of(9999, 12, 31));
    assertThat(with(dayInThisZone(10000, 1, 1)).date("f")).isEmpty();
    assertThat(errors).singleElement().extracting(RecordError::message).asString()
        .startsWith("in.json#1: must be a date with a four-digit year");
  }

  @Test
  @DisplayName("refuses a yes/no value where a date is expected")
  void booleanIsNotADate() {
    assertThat(with(Boolean.TRUE).date("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message)
        .containsExactly("in.json#1: must be a date written YYYY-MM-DD, YYYY/M/D or YYYYMMDD, was 'true'");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2024-02-29", "2000-02-29", "2023-12-31", "2023-01-01", "2023-01-31", "2023-04-30",
      "0000-01-01", "9999-12-31", " 2023-11-30 "})
  @DisplayName("reads yyyy-MM-dd of every day on the calendar, leap days of leap years included, as that day")
  void isoDays(String written) {
    assertThat(with(written).date("f")).contains(LocalDate.parse(written.strip()));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-01-01", "0000-00-00", "9999-99-99", "2019-09-19"})
  @DisplayName("takes four digits, a hyphen, two digits, a hyphen and two digits as a date to read by its digits")
  void isoShaped(String written) {
    assertThat(Values.isoShaped(written)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023/01/01", "2023-01/01", "2023/01-01", "2023-01-001", "2023-01-1", "/023-01-01",
      ":023-01-01", "2/23-01-01", "20:3-01-01", "202/-01-01", "202:-01-01", "2023-/1-01", "2023-:1-01", "2023-0/-01",
      "2023-0:-01", "2023-01-/1", "2023-01-:1", "2023-01-0/", "2023-01-0:", "2023-01-01T", "20230-1-01", "2023-01-01 "})
  @DisplayName("leaves every other text to the date formatters")
  void notIsoShaped(String written) {
    assertThat(Values.isoShaped(written)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-02-29", "1900-02-29", "2023-00-10", "2023-01-00", "2023-01-32", "2023-04-31",
      "2023-13-01", "2023-1a-01", "2023-01-3:", "2023-01-/1", "202a-01-01", "2023+01-01", "2023-01+01", "２０２３-01-01"})
  @DisplayName("refuses yyyy-MM-dd of a day not on the calendar, and ten characters that only look like one")
  void notIsoDays(String written) {
    assertThat(with(written).date("f")).isEmpty();
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.message()).contains("must be a real calendar date")
        .contains(written));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-05-01 10:00", "2023-05-01T10:00:00Z", "2023/5/1 9:30:00+08:00"})
  @DisplayName("reads a date followed by a time after a T or a space as that day")
  void dateWithTime(String written) {
    assertThat(with(written).date("f")).contains(LocalDate.of(2023, 5, 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-05-01Tnoon", "2023-05-01T", "T10:00", "2023-05-01 10:00 later", "20230501T1000"})
  @DisplayName("refuses a date followed by something that is not a time (a time has a colon)")
  void dateWithNonsense(String written) {
    assertThat(with(written).date("f")).isEmpty();
    assertThat(errors).singleElement().extracting(RecordError::field).isEqualTo("f");
  }

  @Test
  @DisplayName("reads a whole number up to 2,147,483,647 and refuses 2,147,483,648")
  void wholeNumberTop() {
    assertThat(with(2_147_483_647L).wholeNumber("f")).hasValue(2_147_483_647);
    assertThat(with(2_147_483_648L).wholeNumber("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message)
        .containsExactly("in.json#1: must be a whole number, was '2147483648'");
  }

  @Test
  @DisplayName("reads a whole number down to -2,147,483,647 and refuses -2,147,483,648, beyond ±2,147,483,647")
  void wholeNumberBottom() {
    assertThat(with(-2_147_483_647L).wholeNumber("f")).hasValue(-2_147_483_647);
    assertThat(with(-2_147_483_648L).wholeNumber("f")).isEmpty();
    assertThat(errors).hasSize(1);
  }

  @Test
  @DisplayName("reads \"20\" and 1e2 written as text as whole numbers")
  void wholeNumberFromText() {
    assertThat(with(" 20 ").wholeNumber("f")).hasValue(20);
    assertThat(with("1e2").wholeNumber("f")).hasValue(100);
  }

  @Test
  @DisplayName("says a number that is not finite must be finite, and a text that is no number must be a number")
  void numberMessages() {
    assertThat(with(Double.NaN).number("f")).isEmpty();
    assertThat(with(Float.POSITIVE_INFINITY).number("f")).isEmpty();
    assertThat(with("NaN").number("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message).containsExactly("in.json#1: must be a finite number, was 'NaN'",
        "in.json#1: must be a finite number, was 'Infinity'", "in.json#1: must be a number, was 'NaN'");
  }

  @Test
  @DisplayName("refuses a whole number of 400 digits as not finite, not as not a number")
  void hugeInteger() {
    assertThat(with(BigInteger.TEN.pow(400)).number("f")).isEmpty();
    assertThat(errors).singleElement().extracting(RecordError::message).asString()
        .startsWith("in.json#1: must be a finite number, was '1000000000");
  }

  @Test
  @DisplayName("reads 2^64 given as a whole number as the number 18,446,744,073,709,551,616")
  void bigIntegerNumber() {
    assertThat(with(BigInteger.TWO.pow(64)).number("f")).hasValue(18_446_744_073_709_551_616.0);
  }

  @Test
  @DisplayName("refuses an exponent beyond any decimal's as not a number")
  void hugeExponent() {
    assertThat(with("1e99999999999").number("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message)
        .containsExactly("in.json#1: must be a number, was '1e99999999999'");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"municipal-strategic key", "Municipal_Strategic_Key", "市级战略性重点项目"})
  @DisplayName("reads a category by its name in any case, with - or a blank for _, or by its Chinese name")
  void enumForms(String written) {
    assertThat(with(written).enumValue("f", ProjectCategory.class, ProjectCategory.byChineseName()))
        .contains(ProjectCategory.MUNICIPAL_STRATEGIC_KEY);
  }

  @Test
  @DisplayName("refuses an unknown value, listing the names and then the Chinese names it takes")
  void unknownEnum() {
    Map<String, LandTenure> chinese = new LinkedHashMap<>();
    chinese.put("新增", LandTenure.NEW);
    chinese.put("存量", LandTenure.EXISTING);
    assertThat(with("old").enumValue("f", LandTenure.class, chinese)).isEmpty();
    assertThat(errors).extracting(RecordError::message)
        .containsExactly("in.json#1: unknown value 'old'; use one of NEW, EXISTING, 新增, 存量");
  }

  @Test
  @DisplayName("refuses floor areas that are not a mapping, naming the field")
  void areasNotAMapping() {
    assertThat(with(18000).areasByUse("f")).isEmpty();
    assertThat(errors).extracting(RecordError::message).containsExactly(
        "in.json#1: must be a mapping of use code to m², such as {\"生产\": 12000}, was '18000'");
  }

  @Test
  @DisplayName("refuses a blank use code in floor areas, keeping the other areas")
  void areasBlankUse() {
    Map<String, Object> areas = new LinkedHashMap<>();
    areas.put(" ", 100);
    areas.put("生产", 18000);
    assertThat(with(areas).areasByUse("f")).contains(Map.of("生产", 18000.0));
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("f");
      assertThat(e.message()).isEqualTo("in.json#1: has a blank use code");
    });
  }

  @Test
  @DisplayName("refuses a use code without an area, naming the use code")
  void areasMissingArea() {
    Map<String, Object> areas = new LinkedHashMap<>();
    areas.put("宿舍", null);
    areas.put("生产", 1);
    assertThat(with(areas).areasByUse("f")).contains(Map.of("生产", 1.0));
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("f[宿舍]");
      assertThat(e.message()).isEqualTo("in.json#1: is missing: give the floor area in m²");
    });
  }

  @Test
  @DisplayName("a reader that makes a bad value without saying what is wrong with it is a programmer error")
  void badValueNeedsAProblem() {
    assertThatThrownBy(() -> BadValue.of(" ", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BadValue.name must not be blank");
  }

  @Test
  @DisplayName("a bad value told by a template landcheck does not have, or with too few facts, is a programmer error")
  void badValueNeedsItsTemplate() {
    assertThatThrownBy(() -> BadValue.of("noSuchTemplate", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MALFORMED_VALUE.noSuchTemplate");
    assertThatThrownBy(() -> BadValue.of("dbfDate", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arguments");
  }

  @Test
  @DisplayName("a value its reader could not read is told in Chinese under zh, in English under en, naming its field")
  void badValueInBothLanguages() {
    with(BadValue.of("dbfDate", List.of("'20240231'"))).date("f");
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("f");
      assertThat(e.message("en"))
          .isEqualTo("in.json#1: must be a .dbf date written YYYYMMDD, a real calendar day, was '20240231'");
      assertThat(e.message("zh")).isEqualTo("in.json#1: 应为 YYYYMMDD 格式的 .dbf 日期，且须为真实的日历日期，实为 '20240231'");
    });
  }
}
