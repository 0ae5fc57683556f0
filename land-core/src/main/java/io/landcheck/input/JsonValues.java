package io.landcheck.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * The raw value of {@code v}, as {@link #readObject(JsonParser)} gives a member's value: null for JSON null. Not
   * public: Jackson's types stay out of the API (a reader of a tree reads it with {@code readObject(node.traverse())}).
   *
   * @param v a JSON value as Jackson's tree holds it
   * @return a {@code String}, a {@code Boolean}, a whole number as a {@code Long} (a {@code BigInteger} past a long's
   *     range), any other number as a {@code BigDecimal} (exactly as written), a {@code Map}, a {@code List}, or null
   *     for JSON null: the raw values {@link Values} reads
   */
  static Object of(JsonNode v) {
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

  /**
   * Reads the object the parser is at (its {@code START_OBJECT}), to its {@code END_OBJECT}, as raw values (text,
   * booleans, a whole number as a {@code Long} or past a long's range a {@code BigInteger}, any other number as a
   * {@code BigDecimal} exactly as written, objects as maps, arrays as lists, null for JSON null), read token by token (a deep value does not deepen the stack). A key the object gives twice
   * is a {@link BadValue} naming both values, and so is a value that holds a key twice in a mapping inside it: which
   * one was meant cannot be known, and keeping either would drop the other silently.
   *
   * @param p the parser, at the object's {@code START_OBJECT}; left at its {@code END_OBJECT}
   * @return the members in file order, each as a raw value
   * @throws IOException if the parser cannot read on (not JSON, or past an input limit)
   */
  static Map<String, Object> readObject(JsonParser p) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    readObject(p, out);
    return out;
  }

  /**
   * {@link #readObject(JsonParser)} into {@code out}, a member at a time: if the parser fails inside the object (a text
   * past its limit), {@code out} holds the members before the one it failed in.
   *
   * @param p the parser, at the object's {@code START_OBJECT}; left at its {@code END_OBJECT}
   * @param out where the members go, in file order
   * @throws IOException if the parser cannot read on; {@code out} then holds the members read before
   */
  static void readObject(JsonParser p, Map<String, Object> out) throws IOException {
    Set<String> twice = new LinkedHashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      Set<String> inside = new LinkedHashSet<>();
      Object v = readValue(p, inside);
      if (out.containsKey(key)) {
        if (twice.add(key)) {
          out.put(key, BadValue.of("twiceInObject", List.of(shown(out.get(key)), shownZh(out.get(key)), shown(v),
              shownZh(v))));
        }
      } else if (!inside.isEmpty()) {
        out.put(key, BadValue.of("keyTwiceInside", List.of(Values.shown(inside.iterator().next()))));
      } else {
        out.put(key, v);
      }
    }
  }

  /**
   * Reads a JSON object written out as text (such as a mapping of a scenario file, written as JSON) as raw values, as
   * {@link JsonStream#readObject()} reads one from a file: text, booleans, a whole number as a {@code Long} (past a
   * long's range a {@code BigInteger}), any other number as a {@code BigDecimal} exactly as written, objects as maps,
   * arrays as lists, null for JSON null; a key given twice is a {@link BadValue}.
   *
   * @param json the text of one JSON object
   * @return the members in text order, each as a raw value
   * @throws IOException if the text is not a JSON object
   * @since 0.1
   */
  public static Map<String, Object> readObject(String json) throws IOException {
    try (JsonParser p = TEXT.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object: " + Values.shown(json));
      }
      return readObject(p);
    }
  }

  /** The parsers of {@link #readObject(String)}: Jackson's default limits. */
  private static final JsonFactory TEXT = new JsonFactory();

  private static String shown(Object v) {
    return v instanceof BadValue ? "a value given twice inside" : Values.shown(v);
  }

  /** {@link #shown} in Chinese: a value as it is, or words for a value itself given twice inside. */
  private static String shownZh(Object v) {
    return v instanceof BadValue ? "一个内部有键重复的值" : Values.shownZh(v);
  }

  /** The value the parser is at, its nested keys given twice added to {@code twice}. */
  private static Object readValue(JsonParser p, Set<String> twice) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return scalar(p, t);
    }
    Object root = t == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<Object>();
    Deque<Object> open = new ArrayDeque<>();
    open.push(root);
    while (!open.isEmpty()) {
      JsonToken n = p.nextToken();
      if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
        open.pop();
        continue;
      }
      Object top = open.peek();
      String key = null;
      if (top instanceof Map) {
        key = p.currentName();
        n = p.nextToken();
      }
      Object v = n == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>()
          : n == JsonToken.START_ARRAY ? new ArrayList<Object>() : scalar(p, n);
      if (top instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        if (map.containsKey(key)) {
          twice.add(key);
        } else {
          map.put(key, v);
        }
      } else {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) top;
        list.add(v);
      }
      if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
        open.push(v);
      }
    }
    return root;
  }

  private static Object scalar(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
          : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> p.getText();
    };
  }
}
