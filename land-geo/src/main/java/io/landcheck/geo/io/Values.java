package io.landcheck.geo.io;

import io.landcheck.RecordError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a {@link RawFeature}, adding an error that names the record, the field and the bad value
 * when one cannot be read.
 */
final class Values {
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");
  /** The time after a date: hours and minutes, maybe seconds and their fraction, maybe Z or an offset from UTC. */
  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?))?");
  /**
   * A number written plainly in decimal: an optional sign, digits with an optional decimal point, an optional exponent
   * ({@code 2.5}, {@code -1}, {@code .5}, {@code 1e3}). Not what else Java's {@link Double#parseDouble} takes: a type
   * suffix ({@code 1F}, {@code 1d}), hexadecimal ({@code 0x1p3}), {@code NaN} or {@code Infinity}.
   */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final RawFeature feature;
  private final String recordId;
  private final String prefix;
  private final List<RecordError> errors;

  /**
   * @param recordId the id errors are filed under (the parcel id)
   * @param prefix put before field names in errors, e.g. {@code "storeys."}
   */
  Values(RawFeature feature, String recordId, String prefix, List<RecordError> errors) {
    this.feature = feature;
    this.recordId = recordId;
    this.prefix = prefix;
    this.errors = errors;
  }

  String locator() {
    return feature.locator();
  }

  void error(String field, String message) {
    errors.add(RecordError.of(recordId, prefix + field, feature.locator() + ": " + message));
  }

  private Object raw(String field) {
    Object v = feature.values().get(field);
    if (v instanceof String s && s.isBlank()) {
      return null;
    }
    return v;
  }

  /** Whether the field has a value, bad or not (a blank text is none). */
  boolean present(String field) {
    return raw(field) != null;
  }

  /** The field as text; a binary value (BLOB) is an error, not text. */
  Optional<String> text(String field) {
    Object v = raw(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof byte[]) {
      error(field, "must be text, was " + shown(v));
      return Optional.empty();
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Optional.of(Long.toString(d.longValue()));
    }
    if (v instanceof BigDecimal b) {
      return Optional.of(b.stripTrailingZeros().toPlainString());
    }
    return Optional.of(v.toString().strip());
  }

  Optional<String> requiredText(String field) {
    Optional<String> t = text(field);
    if (!present(field)) {
      error(field, "is missing");
    }
    return t;
  }

  /**
   * A bad value as an error message shows it: quoted, cut short if long (a report row need not carry a whole essay),
   * and a binary value (BLOB) by its size, since its bytes mean nothing to a reader.
   */
  static String shown(Object v) {
    if (v instanceof byte[] b) {
      return "a binary value (BLOB) of " + b.length + " bytes";
    }
    String s = v.toString();
    return s.length() <= 80 ? "'" + s + "'" : "'" + s.substring(0, 60) + "…' (" + s.length() + " characters)";
  }

  Optional<Boolean> bool(String field) {
    Object v = raw(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Boolean b) {
      return Optional.of(b);
    }
    if (v instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
      return Optional.of(n.doubleValue() == 1);
    }
    switch (v.toString().strip().toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes", "y", "1", "是", "真":
        return Optional.of(true);
      case "false", "f", "no", "n", "0", "否", "假":
        return Optional.of(false);
      default:
        error(field, "must be true/false, 1/0 or 是/否, was " + shown(v));
        return Optional.empty();
    }
  }

  Optional<LocalDate> date(String field) {
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
      LocalDate date = d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      // GDAL writes an empty .dbf date as 00000000, which JavaDBF reads as a date in year 2: no date.
      return date.getYear() < 1000 ? Optional.empty() : Optional.of(date);
    }
    String s = v.toString().strip();
    // a date, or a date and a time after a T or a space (GDAL writes date-times into text fields as 2024/05/20 10:00:00)
    int sep = s.length() > 8 ? indexOfAny(s, 'T', ' ') : -1;
    String day = sep > 0 ? s.substring(0, sep) : s;
    boolean time = sep < 0 || TIME.matcher(s.substring(sep + 1).strip()).matches();
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, COMPACT)) {
      try {
        LocalDate date = LocalDate.parse(day, f);
        if (time) {
          return Optional.of(date);
        }
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    error(field, "must be a date written YYYY-MM-DD, YYYY/M/D or YYYYMMDD, alone or followed by a time after a T or "
        + "a space (2024-05-20T10:00:00, 2024-05-20 10:00:00), was " + shown(v instanceof byte[] ? v : s));
    return Optional.empty();
  }

  /** Where the first of the two characters is in {@code s}, or -1. */
  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  OptionalInt integer(String field) {
    Object v = raw(field);
    if (v == null) {
      return OptionalInt.empty();
    }
    OptionalDouble d = parsed(v);
    if (d.isEmpty() || d.getAsDouble() != Math.rint(d.getAsDouble()) || Math.abs(d.getAsDouble()) > Integer.MAX_VALUE) {
      error(field, "must be a whole number, was " + shown(v));
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) d.getAsDouble());
  }

  OptionalDouble real(String field) {
    Object v = raw(field);
    if (v == null) {
      return OptionalDouble.empty();
    }
    OptionalDouble d = parsed(v);
    if (d.isEmpty()) {
      error(field, "must be a number, was " + shown(v));
      return OptionalDouble.empty();
    }
    if (!Double.isFinite(d.getAsDouble())) {
      error(field, "must be a finite number, was " + shown(v));
      return OptionalDouble.empty();
    }
    return d;
  }

  /**
   * {@code v} as a number: itself if it is one, else its text parsed if it is a plain decimal number ({@link #DECIMAL});
   * empty if it is not.
   */
  private static OptionalDouble parsed(Object v) {
    if (v instanceof Number n) {
      return OptionalDouble.of(n.doubleValue());
    }
    String s = v.toString().strip();
    return DECIMAL.matcher(s).matches() ? OptionalDouble.of(Double.parseDouble(s)) : OptionalDouble.empty();
  }

  /** An enum constant by name, or by one of the Chinese names given. */
  <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type, Map<String, E> chinese) {
    Optional<String> t = text(field);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String s = t.get();
    if (chinese.containsKey(s)) {
      return Optional.of(chinese.get(s));
    }
    try {
      return Optional.of(Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E c : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
      }
      chinese.keySet().forEach(k -> allowed.append(", ").append(k));
      error(field, "unknown value " + shown(s) + "; use one of " + allowed);
      return Optional.empty();
    }
  }
}
