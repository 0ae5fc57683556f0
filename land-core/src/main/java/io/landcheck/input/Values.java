package io.landcheck.input;

import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.model.RecordError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one value parser: reads the typed value of a field out of one record's raw values, whatever input they came
 * from (a GeoPackage or .dbf cell, a GeoJSON property, a facts-file or scenario-file value), and files a
 * {@link RecordError} that names the record, the field and the bad value when it cannot, so one bad value never stops
 * a batch. The written forms each {@link FieldType} accepts are the same for every input.
 *
 * <p>Raw values are what readers find: {@code String}, any {@code Number} ({@code BigInteger} and {@code BigDecimal}
 * read exactly, never wrapped or rounded into range), {@code Boolean}, {@code LocalDate}, {@code java.util.Date} (a
 * .dbf date), {@code byte[]} (a BLOB, always an error), a {@code Map} (a nested mapping), a {@link BadValue} (a value
 * its reader could not read: its problem is the field's error, whatever the field's type) or null. A blank text is no
 * value. Not thread-safe: one per record.
 *
 * @since 0.1
 */
public final class Values {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SLASHED =
      DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  /** The time after a date: hours and minutes, maybe seconds and their fraction, maybe Z or an offset from UTC. */
  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?))?");
  /**
   * A number written plainly in decimal: an optional sign, digits with an optional decimal point, an optional exponent
   * ({@code 2.5}, {@code -1}, {@code .5}, {@code 1e3}). Not what else Java's {@link Double#parseDouble} takes: a type
   * suffix ({@code 1F}, {@code 1d}), hexadecimal ({@code 0x1p3}), {@code NaN} or {@code Infinity}.
   */
  /** A T or a space: what comes between a date and its time. */
  private static final Pattern DATE_TIME_SEPARATOR = Pattern.compile("[T ]");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final Map<String, ?> fields;
  private final String recordId;
  private final String locator;
  private final String prefix;
  private final List<RecordError> errors;
  /** The fields whose {@link BadValue} has been reported, so that reading one twice reports it once. */
  private final Set<String> reported = new HashSet<>();

  private Values(Map<String, ?> fields, String recordId, String locator, String prefix, List<RecordError> errors) {
    this.fields = checkNotNull(fields, "Values.fields");
    this.recordId = checkNotNull(recordId, "Values.recordId");
    this.locator = checkNotNull(locator, "Values.locator");
    this.prefix = checkNotNull(prefix, "Values.prefix");
    this.errors = checkNotNull(errors, "Values.errors");
  }

  /**
   * The values of one record.
   *
   * @param fields raw values by field name (see the class comment)
   * @param recordId the id errors are filed under: the parcel's id, or its locator when it has none
   * @param locator where the record is, such as {@code parcels.geojson#3}; put before every message (none if empty)
   * @param prefix put before field names in errors, such as {@code storeys.}; empty for a parcel's own fields
   * @param errors where errors go
   * @return the values, reading from {@code fields} and filing errors in {@code errors}
   */
  public static Values of(Map<String, ?> fields, String recordId, String locator, String prefix,
      List<RecordError> errors) {
    return new Values(fields, recordId, locator, prefix, errors);
  }

  /**
   * Files an error on {@code field}.
   *
   * @param code what kind of problem
   * @param field the field, as the input names it
   * @param message what is wrong, following the field's name ({@code is missing})
   */
  public void error(RecordError.Code code, String field, String message) {
    errors.add(RecordError.of(code, recordId, prefix + field, locator.isEmpty() ? message : locator + ": " + message));
  }

  /**
   * Files an error on {@code field} told by the template {@code code.name} (RecordError's templates), whose place
   * {@code {0}} takes the record's locator and ": " (nothing where there is no locator) and the others
   * {@code arguments}.
   *
   * @param code what kind of problem
   * @param field the field, as the input names it
   * @param name the template's name after the code's, such as {@code missing}
   * @param arguments the facts for the places {@code {1}}, {@code {2}}, ...
   */
  public void error(RecordError.Code code, String field, String name, List<String> arguments) {
    List<String> all = new ArrayList<>(arguments.size() + 1);
    all.add(locator.isEmpty() ? "" : locator + ": ");
    all.addAll(arguments);
    errors.add(RecordError.of(code, recordId, prefix + field, name, all));
  }

  /**
   * Files on {@code field} an error made without this record's locator, such as a parcel's own check
   * ({@code InvalidParcelException.toRecordError()}): its message with the locator put first. A template of the
   * error's own (not the code's name) leaves its place {@code {0}} for the locator, as the templates this class fills.
   *
   * @param error the error, with the same code and facts
   * @param field the field, as the input names it
   */
  public void error(RecordError error, String field) {
    String code = error.code().name();
    if (error.messageKey().equals(code)) {
      error(error.code(), field, error.arguments().get(0));
    } else {
      List<String> facts = error.arguments();
      error(error.code(), field, error.messageKey().substring(code.length() + 1), facts.subList(1, facts.size()));
    }
  }

  /** The field's raw value; null for none, and for a {@link BadValue}, whose problem is filed (once) instead. */
  private Object raw(String field) {
    Object v = fields.get(field);
    if (v instanceof String s && s.isBlank()) {
      return null;
    }
    if (v instanceof BadValue bad) {
      if (reported.add(field)) {
        error(RecordError.Code.MALFORMED_VALUE, field, bad.name(), bad.arguments());
      }
      return null;
    }
    return v;
  }

  /**
   * Whether the field has a value, good or bad (a blank text is none; a {@link BadValue} is a bad one).
   *
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @return true when the record gives the field a value
   */
  public boolean present(String field) {
    return fields.get(field) instanceof BadValue || raw(field) != null;
  }

  /**
   * The field as text; a binary value (BLOB) or a nested mapping is an error, not text.
   *
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @return the text, trimmed; empty when the field has no value or a bad one (its error filed)
   */
  public Optional<String> text(String field) {
    Object v = raw(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof byte[] || v instanceof Map || v instanceof List) {
      error(RecordError.Code.MALFORMED_VALUE, field, "text", shownBoth(v));
      return Optional.empty();
    }
    if (v instanceof Double d && Double.isFinite(d) && d == Math.rint(d)) {
      return Optional.of(new BigDecimal(d).toPlainString()); // written out in full: 1001, never 1001.0 or 1.0E15
    }
    if (v instanceof BigDecimal b) {
      return Optional.of(b.stripTrailingZeros().toPlainString());
    }
    return Optional.of(v.toString().strip());
  }

  /**
   * The field as text, with an error if it has none.
   *
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @return the text; empty when the field has none (an error filed)
   */
  public Optional<String> requiredText(String field) {
    Optional<String> t = text(field);
    if (t.isEmpty() && !present(field)) { // a text read is a value present
      error(RecordError.Code.MISSING_VALUE, field, "missing", List.of());
    }
    return t;
  }

  /**
   * The field as yes or no ({@link FieldType#YES_NO}).
   *
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @return the value; empty when the field has none, or a bad one (its error filed)
   */
  public Optional<Boolean> yesNo(String field) {
    Object v = raw(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Boolean b) {
      return Optional.of(b);
    }
    if (v instanceof Number n && isExactly(n, 0)) {
      return Optional.of(false);
    }
    if (v instanceof Number n && isExactly(n, 1)) {
      return Optional.of(true);
    }
    if (!(v instanceof Number) && !(v instanceof byte[]) && !(v instanceof Map) && !(v instanceof List)) {
      switch (v.toString().strip().toLowerCase(Locale.ROOT)) {
        case "true", "t", "yes", "y", "1", "是", "真":
          return Optional.of(true);
        case "false", "f", "no", "n", "0", "否", "假":
          return Optional.of(false);
        default:
          break;
      }
    }
    error(RecordError.Code.MALFORMED_VALUE, field, "yesNo", shownBoth(v));
    return Optional.empty();
  }

  private static boolean isExactly(Number n, int value) {
    return n instanceof BigDecimal b ? b.compareTo(BigDecimal.valueOf(value)) == 0
        : n instanceof BigInteger i ? i.equals(BigInteger.valueOf(value)) : n.doubleValue() == value;
  }

  /**
   * The field as a date ({@link FieldType#DATE}).
   *
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @return the date; empty when the field has none, or a bad one (its error filed)
   */
  public Optional<LocalDate> date(String field) {
    Object v = raw(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof LocalDate d) {
      return Optional.of(d);
    }
    if (v instanceof java.sql.Date d) {
      return Optional.of(d.toLocalDate());
    }
    if (v instanceof java.util.Date d) {
      // a date made at midnight in the JVM's zone (as .dbf readers such as JavaDBF make them) is the day in that zone
      LocalDate date = d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      // GDAL writes an empty .dbf date as 00000000, which such readers make a date in year 2: no date.
      if (date.getYear() < 1000) {
        return Optional.empty();
      }
      if (date.getYear() > 9999) {
        error(RecordError.Code.INVALID_VALUE, field, "year", List.of(String.valueOf(date)));
        return Optional.empty();
      }
      return Optional.of(date);
    }
    if (v instanceof Number n) {
      // A date written YYYYMMDD may arrive as a number: unquoted in JSON or YAML, or from a GeoPackage DATE column,
      // whose numeric affinity stores the text 20230501 as an integer. Read it as the digits written.
      Optional<BigDecimal> d = exact(n);
      v = d.isPresent() && d.get().stripTrailingZeros().scale() <= 0 ? d.get().toBigInteger().toString() : v;
    }
    if (!(v instanceof CharSequence)) {
      error(RecordError.Code.MALFORMED_VALUE, field, "date", shownBoth(v));
      return Optional.empty();
    }
    String s = v.toString().strip();
    if (isoShaped(s)) {
      // the usual form, 2024-03-01, read without the formatters (a record has two dates): the day ISO reads, or none
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      if (month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))) {
        return Optional.of(LocalDate.of(year, month, day));
      }
      error(RecordError.Code.MALFORMED_VALUE, field, "calendarDate", shownBoth(s));
      return Optional.empty();
    }
    // a date, or a date and a time after a T or a space (GDAL writes date-times into text fields as 2024/05/20 10:00:00)
    String[] dayAndTime = DATE_TIME_SEPARATOR.split(s, 2);
    String day = dayAndTime[0];
    boolean time = dayAndTime.length == 1 || TIME.matcher(dayAndTime[1].strip()).matches();
    for (DateTimeFormatter f : List.of(ISO, SLASHED, COMPACT)) {
      try {
        LocalDate date = LocalDate.parse(day, f);
        if (time) {
          return Optional.of(date);
        }
      } catch (DateTimeParseException e) {
        // not this form: try the next
      }
    }
    error(RecordError.Code.MALFORMED_VALUE, field, "calendarDate", shownBoth(s));
    return Optional.empty();
  }

  /**
   * Whether {@code s} is ten characters, four ASCII digits, a hyphen, two digits, a hyphen and two digits: a date
   * {@link #date} reads by its digits.
   */
  static boolean isoShaped(String s) {
    if (s.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The number the ASCII digits of {@code s} from {@code start} to {@code end} write. */
  private static int digits(String s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      n = 10 * n + (s.charAt(i) - '0');
    }
    return n;
  }

  /**
   * The field as a whole number of at most ±2,147,483,647 ({@link FieldType#WHOLE_NUMBER}).
   *
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @return the number; empty when the field has none, or a bad one (its error filed)
   */
  public OptionalInt wholeNumber(String field) {
    Object v = raw(field);
    if (v == null) {
      return OptionalInt.empty();
    }
    if (NumberKind.of(v) == NumberKind.INT) {
      return OptionalInt.of(((Number) v).intValue());
    }
    Optional<BigDecimal> d = exact(v);
    if (d.isEmpty() || d.get().stripTrailingZeros().scale() > 0 || d.get().abs().compareTo(INT_MAX) > 0) {
      error(RecordError.Code.MALFORMED_VALUE, field, "wholeNumber", shownBoth(v));
      return OptionalInt.empty();
    }
    return OptionalInt.of(d.get().intValueExact());
  }

  /**
   * The field as a finite number ({@link FieldType#NUMBER}).
   *
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @return the number, in the field's unit (m², years …); empty when the field has none, or a bad one (its error
   *     filed)
   */
  public OptionalDouble number(String field) {
    Object v = raw(field);
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (NumberKind.of(v).isPrimitive()) {
      // the double an exact decimal of these would give, without making one: new BigDecimal(3.6) has 52 digits
      double x = ((Number) v).doubleValue();
      if (Double.isFinite(x)) {
        return OptionalDouble.of(x == 0 ? 0.0 : x); // as the decimal gives it: -0.0 is 0
      }
    }
    Optional<BigDecimal> d = exact(v);
    if (d.isEmpty()) {
      error(RecordError.Code.MALFORMED_VALUE, field, isNonFinite(v) ? "finiteNumber" : "number", shownBoth(v));
      return OptionalDouble.empty();
    }
    double x = d.get().doubleValue();
    if (!Double.isFinite(x)) {
      error(RecordError.Code.MALFORMED_VALUE, field, "finiteNumber", shownBoth(v));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(x);
  }

  private static boolean isNonFinite(Object v) {
    return (v instanceof Double d && !Double.isFinite(d)) || (v instanceof Float f && !Float.isFinite(f));
  }

  /**
   * {@code v} as an exact decimal: itself if it is a finite number, else its text if it is a plain decimal number
   * ({@link #DECIMAL}); empty if it is neither.
   */
  private static Optional<BigDecimal> exact(Object v) {
    NumberKind kind = NumberKind.of(v);
    if (kind != NumberKind.NOT_A_NUMBER) {
      return switch (kind) {
        case BIG_DECIMAL -> Optional.of((BigDecimal) v);
        case BIG_INTEGER -> Optional.of(new BigDecimal((BigInteger) v));
        case INT, LONG -> Optional.of(BigDecimal.valueOf(((Number) v).longValue()));
        default -> {
          double d = ((Number) v).doubleValue();
          yield Double.isFinite(d) ? Optional.of(new BigDecimal(d)) : Optional.empty();
        }
      };
    }
    if (!(v instanceof CharSequence)) {
      return Optional.empty();
    }
    String s = v.toString().strip();
    if (!DECIMAL.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(s));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty(); // an exponent beyond what BigDecimal holds: not a number anyone means
    }
  }

  /**
   * The Java number types a raw value can be, as the readers give them (JSON: {@code Long}, {@code BigInteger},
   * {@code BigDecimal}; JDBC and .dbf: any of them), in the classes {@link #number(String)}, {@link
   * #wholeNumber(String)} and {@link #exact(Object)} read alike.
   */
  private enum NumberKind {
    /** {@code Integer}, {@code Short}, {@code Byte}: a whole number within an int. */
    INT,
    /** {@code Long}. */
    LONG,
    /** {@code Double}, {@code Float}: a binary fraction, possibly not finite. */
    FLOATING,
    /** {@code BigInteger}. */
    BIG_INTEGER,
    /** {@code BigDecimal}: a decimal exactly as written. */
    BIG_DECIMAL,
    /** Any other {@code Number} ({@code AtomicLong}, a driver's own type): read through its double value. */
    OTHER_NUMBER,
    /** Not a number: text, a date, a boolean … */
    NOT_A_NUMBER;

    static NumberKind of(Object v) {
      if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
        return INT;
      } else if (v instanceof Long) {
        return LONG;
      } else if (v instanceof Double || v instanceof Float) {
        return FLOATING;
      } else if (v instanceof BigInteger) {
        return BIG_INTEGER;
      } else if (v instanceof BigDecimal) {
        return BIG_DECIMAL;
      } else if (v instanceof Number) {
        return OTHER_NUMBER;
      }
      return NOT_A_NUMBER;
    }

    /** A boxed primitive, whose double value is the one its exact decimal gives, without making the decimal. */
    boolean isPrimitive() {
      return this == INT || this == LONG || this == FLOATING;
    }
  }

  /**
   * The field as one of {@code type}'s constants: by its name (any case, {@code -} or a blank for {@code _}), or by
   * one of {@code names} (Chinese names); an unknown value is an error listing both.
   *
   * @param <E> the enum type
   * @param field the field's name as {@link ParcelField#fieldName()} gives it, such as {@code lease_term_years}
   * @param type the enum's class
   * @param names its constants by Chinese name, such as {@link io.landcheck.model.LandTenure#byChineseName()}
   * @return the constant; empty when the field has none, or an unknown one (its error filed)
   */
  public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type, Map<String, E> names) {
    Optional<String> t = text(field);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String s = t.get();
    if (names.containsKey(s)) {
      return Optional.of(names.get(s));
    }
    String constant = s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(constant)) {
        return Optional.of(c);
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E c : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
    }
    names.keySet().forEach(k -> allowed.append(", ").append(k));
    error(RecordError.Code.INVALID_VALUE, field, "option", List.of(shown(s), allowed.toString(), shownZh(s)));
    return Optional.empty();
  }

  /**
   * The field as floor areas by use code ({@link FieldType#AREAS_BY_USE}), in the order given; each area is read as
   * a {@link #number} of the field {@code field[use]}, and a bad one is left out with its error.
   *
   * @param field the field's name, such as {@code floor_areas_m2}
   * @return the areas by use code, m²; empty when the field has none, or when it is not a mapping (its error filed)
   */
  public Optional<Map<String, Double>> areasByUse(String field) {
    Object v = raw(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof Map<?, ?> m)) {
      error(RecordError.Code.MALFORMED_VALUE, field, "useMapping", shownBoth(v));
      return Optional.empty();
    }
    Map<String, Object> byUse = new LinkedHashMap<>();
    m.forEach((k, x) -> byUse.put(String.valueOf(k), x));
    Values inner = new Values(byUse, recordId, locator, prefix + field, errors);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String use : byUse.keySet()) {
      if (use.isBlank()) {
        error(RecordError.Code.MALFORMED_VALUE, field, "blankUse", List.of());
        continue;
      }
      if (!inner.present(use)) {
        inner.error(RecordError.Code.MISSING_VALUE, "[" + use + "]", "useArea", List.of());
        continue;
      }
      OptionalDouble area = new Values(byUse, recordId, locator, prefix + field + "[" + use + "]", errors)
          .numberAt(use);
      area.ifPresent(a -> out.put(use, a));
    }
    return Optional.of(out);
  }

  /** {@link #number} of {@code key}, with errors filed under the prefix alone (the prefix names the whole field). */
  private OptionalDouble numberAt(String key) {
    Values self = new Values(Map.of("", fields.get(key)), recordId, locator, prefix, errors);
    return self.number("");
  }

  /**
   * A bad value as an error message shows it: quoted, cut short if long (a report row need not carry a whole essay),
   * and a binary value (BLOB) by its size, since its bytes mean nothing to a reader.
   *
   * @param v a raw value
   * @return the value as a message shows it
   */
  public static String shown(Object v) {
    return shown(v, false);
  }

  /**
   * {@link #shown} in Chinese: the same quoted text, and Chinese words for a binary value, a mapping, a list and the
   * length of a text cut short.
   *
   * @param v a raw value
   * @return the value as a Chinese message shows it
   */
  public static String shownZh(Object v) {
    return shown(v, true);
  }

  /** {@link #shown} in English or, with {@code zh}, in Chinese: one rule for what is shown, two languages' words. */
  private static String shown(Object v, boolean zh) {
    if (v instanceof byte[] b) {
      return zh ? b.length + " 字节的二进制值（BLOB）" : "a binary value (BLOB) of " + b.length + " bytes";
    }
    if (v instanceof Map<?, ?> m) {
      return zh ? "含 " + m.size() + " 项的映射" : "a mapping of " + m.size() + (m.size() == 1 ? " entry" : " entries");
    }
    if (v instanceof List<?> l) {
      return zh ? "含 " + l.size() + " 项的列表" : "a list of " + l.size() + (l.size() == 1 ? " entry" : " entries");
    }
    String s = String.valueOf(v);
    if (s.length() <= 80) {
      return "'" + s + "'";
    }
    String cut = "'" + s.substring(0, 60) + "…'";
    return zh ? cut + "（共 " + s.length() + " 个字符）" : cut + " (" + s.length() + " characters)";
  }

  /** A bad value {@code v} as a template's facts: as the English shows it, then as the Chinese does. */
  private static List<String> shownBoth(Object v) {
    return List.of(shown(v), shownZh(v));
  }
}
