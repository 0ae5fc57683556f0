package io.landcheck.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values (a GeoJSON feature's properties, a facts-file or scenario-file record) as the raw values {@link Values}
 * reads: numbers exactly as written ({@code BigInteger}, {@code BigDecimal}: an id of 2^64 + 1 stays that id, a term
 * of 2^64 + 20 years is refused, never wrapped to 20), text, booleans, nested objects as maps and arrays as lists.
 * Every reader of JSON input (GeoJSON, facts files, scenario files) turns values into raw values here, so they are
 * read alike.
 *
 * @since 0.1
 */
public final class JsonValues {

  private JsonValues() {}

  /** The raw value of {@code v}: null for JSON null. */
  public static Object of(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    } else if (v.isBoolean()) {
      return v.booleanValue();
    } else if (v.isIntegralNumber()) {
      return v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
    } else if (v.isNumber()) {
      return v.decimalValue();
    } else if (v.isTextual()) {
      return v.textValue();
    } else if (v.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      v.fields().forEachRemaining(e -> out.put(e.getKey(), of(e.getValue())));
      return out;
    } else if (v.isArray()) {
      List<Object> out = new ArrayList<>();
      v.forEach(x -> out.add(of(x)));
      return out;
    }
    return v.toString();
  }
}
