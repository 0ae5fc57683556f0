package io.landcheck.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the fields of one mapping of a scenario file, each by its English name or a Chinese alias, turning every
 * problem into a {@link ScenarioFileException} that names the file, the case and the field, and rejecting fields it
 * does not know (so a misspelt field is an error, not a silently ignored fact).
 */
final class Fields {

  private final String file;
  private final String where;
  private final String prefix;
  private final JsonNode node;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(String file, String where, String prefix, JsonNode node) {
    this.file = file;
    this.where = where;
    this.prefix = prefix;
    this.node = node;
  }

  /** The fields of {@code node}, which must be a mapping; {@code prefix} is its path, such as {@code expect.}. */
  static Fields of(String file, String where, String prefix, String what, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new ScenarioFileException(file, where, prefix.isEmpty() ? "" : strip(prefix),
          "must be a mapping of " + what + ", was " + describe(node));
    }
    return new Fields(file, where, prefix, node);
  }

  String file() {
    return file;
  }

  String where() {
    return where;
  }

  /** An error about field {@code name} of this mapping. */
  ScenarioFileException error(String name, String problem) {
    return new ScenarioFileException(file, where, name.isEmpty() ? strip(prefix) : prefix + name, problem);
  }

  /** This mapping's fields, with {@code where} naming the case more precisely (once its parcel id is known). */
  Fields at(String newWhere) {
    Fields f = new Fields(file, newWhere, prefix, node);
    f.known.addAll(known);
    return f;
  }

  /** Whether the field is present, by name or alias (even as null). */
  boolean has(String name, String... aliases) {
    return key(name, aliases).isPresent();
  }

  /** Whether the field is present and explicitly null (~), meaning "not known". */
  boolean isNull(String name, String... aliases) {
    return key(name, aliases).map(k -> node.get(k).isNull()).orElse(false);
  }

  /** The raw value of a field that is present and not null. */
  Optional<JsonNode> raw(String name, String... aliases) {
    return key(name, aliases).map(node::get).filter(n -> !n.isNull());
  }

  Optional<String> text(String name, String... aliases) {
    Optional<JsonNode> v = raw(name, aliases);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!v.get().isValueNode() || v.get().asText().isBlank()) {
      throw error(keyOf(name, aliases), "must be a non-blank text, was " + describe(v.get()));
    }
    return Optional.of(v.get().asText().strip());
  }

  String requiredText(String name, String... aliases) {
    return text(name, aliases).orElseThrow(() -> error(name, "is required"));
  }

  /** A number, at least {@code min} (or above it, if {@code strict}). */
  OptionalDouble number(String name, double min, boolean strict, String... aliases) {
    Optional<JsonNode> v = raw(name, aliases);
    if (v.isEmpty()) {
      return OptionalDouble.empty();
    }
    String field = keyOf(name, aliases);
    double d;
    if (v.get().isNumber()) {
      d = v.get().asDouble();
    } else if (v.get().isTextual()) {
      try {
        d = Double.parseDouble(v.get().asText().strip().replace(",", "").replace("_", ""));
      } catch (NumberFormatException e) {
        throw error(field, "must be a number, was " + describe(v.get()));
      }
    } else {
      throw error(field, "must be a number, was " + describe(v.get()));
    }
    boolean ok = Double.isFinite(d) && (strict ? d > min : d >= min);
    if (!ok) {
      throw error(field, "must be a number " + (strict ? "> " : ">= ") + fmt(min) + ", was " + describe(v.get()));
    }
    return OptionalDouble.of(d);
  }

  Optional<Integer> integer(String name, int min, String... aliases) {
    OptionalDouble d = number(name, min, false, aliases);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    if (d.getAsDouble() != Math.rint(d.getAsDouble()) || d.getAsDouble() > Integer.MAX_VALUE) {
      throw error(keyOf(name, aliases), "must be a whole number, was " + describe(raw(name, aliases).get()));
    }
    return Optional.of((int) d.getAsDouble());
  }

  /** A yes/no value: true/false, yes/no, 1/0, 是/否. */
  Optional<Boolean> bool(String name, String... aliases) {
    Optional<JsonNode> v = raw(name, aliases);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get().isBoolean()) {
      return Optional.of(v.get().asBoolean());
    }
    String t = v.get().asText().strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "true", "yes", "y", "1", "是" -> Optional.of(true);
      case "false", "no", "n", "0", "否" -> Optional.of(false);
      default -> throw error(keyOf(name, aliases), "must be true or false (是/否), was " + describe(v.get()));
    };
  }

  Optional<LocalDate> date(String name, String... aliases) {
    Optional<String> t = text(name, aliases);
    try {
      return t.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw error(keyOf(name, aliases), "must be a date YYYY-MM-DD, was \"" + t.get() + "\"");
    }
  }

  /** An enum constant by name (any case), or by one of the Chinese names given. */
  <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, Map<String, E> chineseNames,
      String... aliases) {
    Optional<String> t = text(name, aliases);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (chineseNames.containsKey(t.get())) {
      return Optional.of(chineseNames.get(t.get()));
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(t.get().replace('-', '_').replace(' ', '_'))) {
        return Optional.of(e);
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name());
    }
    throw error(keyOf(name, aliases), "must be one of " + allowed + ", was \"" + t.get() + "\"");
  }

  /** A list field (a single value counts as a list of one). */
  ImmutableList<JsonNode> list(String name, String... aliases) {
    Optional<JsonNode> v = raw(name, aliases);
    if (v.isEmpty()) {
      return ImmutableList.of();
    }
    if (!v.get().isArray()) {
      return ImmutableList.of(v.get());
    }
    return ImmutableList.copyOf(v.get());
  }

  /** A nested mapping's fields. */
  Optional<Fields> mapping(String name, String what, String... aliases) {
    Optional<JsonNode> v = raw(name, aliases);
    return v.map(n -> Fields.of(file, where, prefix + keyOf(name, aliases) + ".", what, n));
  }

  /** Every key of the mapping, in file order, and marks them all known. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    known.addAll(keys);
    return keys;
  }

  JsonNode node() {
    return node;
  }

  /** Fails on any field that no reader asked for, listing the fields this mapping may have. */
  void rejectUnknown(List<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!known.contains(n)) {
        throw error(n, "is not a known field; this mapping may have " + allowed);
      }
    }
  }

  private Optional<String> key(String name, String... aliases) {
    String found = null;
    for (String k : names(name, aliases)) {
      if (node.has(k)) {
        if (found != null) {
          throw error(k, "is given twice, as " + found + " and " + k);
        }
        found = k;
      }
    }
    known.add(name);
    known.addAll(List.of(aliases));
    return Optional.ofNullable(found);
  }

  private String keyOf(String name, String... aliases) {
    return key(name, aliases).orElse(name);
  }

  private static List<String> names(String name, String... aliases) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(List.of(aliases));
    return all;
  }

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "missing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "\"" + n.asText() + "\"";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    return n.asText();
  }

  private static String strip(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
