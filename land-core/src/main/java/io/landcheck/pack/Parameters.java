package io.landcheck.pack;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameters of one rule (or of the pack's measurement rules) as in force from one date: the numbers, codes and
 * lists the policy fixes, read from the pack file. A rule asks for each by name; a missing or mistyped parameter is a
 * mistake in the pack and fails loudly, naming the pack, the owner and the parameter.
 *
 * @since 0.1
 */
public final class Parameters {

  private final String owner;
  private final LocalDate effectiveFrom;
  private final ImmutableMap<String, Object> values;
  private final ImmutableMap<String, ParameterSource> sources;
  /** {@link #texts} of each list parameter asked for, kept: rules ask for the same lists for every parcel. */
  private final Map<String, ImmutableList<String>> textLists = new ConcurrentHashMap<>();
  /** The names asked for, in a copy made by {@link #recording()}; null in every other instance. */
  private final Set<String> asked;

  private Parameters(
      String owner, LocalDate effectiveFrom, Map<String, ?> values, Map<String, ParameterSource> sources) {
    this.owner = checkNotNull(owner, "owner");
    this.effectiveFrom = checkNotNull(effectiveFrom, "effectiveFrom");
    ImmutableMap.Builder<String, Object> copy = ImmutableMap.builderWithExpectedSize(values.size());
    values.forEach((name, value) -> copy.put(name, immutable(owner, name, value)));
    this.values = copy.buildOrThrow();
    this.sources = ImmutableMap.copyOf(checkNotNull(sources, "sources"));
    this.asked = null;
  }

  private Parameters(Parameters original, Set<String> asked) {
    this.owner = original.owner;
    this.effectiveFrom = original.effectiveFrom;
    this.values = original.values;
    this.sources = original.sources;
    this.asked = asked;
  }

  /**
   * A copy that records which parameters are asked for, so that {@link PolicyPacks} can find, after a built-in rule's
   * {@link Rule#validate}, the parameters of a pack file that the rule never reads (a misspelt name).
   *
   * @return a copy with the same values and sources that remembers every name asked for; see {@link #unasked()}
   */
  public Parameters recording() {
    return new Parameters(this, ConcurrentHashMap.newKeySet());
  }

  /**
   * The names of a {@link #recording()} copy that were never asked for, in pack order.
   *
   * @return the parameter names no one asked for
   * @throws IllegalStateException if this copy does not record (it was not made by {@link #recording()})
   */
  public List<String> unasked() {
    checkState(asked != null, "Parameters.unasked: only a recording() copy records what is asked");
    return values.keySet().stream().filter(n -> !asked.contains(n)).collect(ImmutableList.toImmutableList());
  }

  /** {@code value} with every list and map in it, at any depth, copied into a Guava immutable collection. */
  private static Object immutable(String owner, String name, Object value) {
    checkNotNull(value, "%s: parameter %s is null", owner, name);
    if (value instanceof List<?> list) {
      ImmutableList.Builder<Object> copy = ImmutableList.builderWithExpectedSize(list.size());
      for (Object item : list) {
        copy.add(immutable(owner, name, item));
      }
      return copy.build();
    }
    if (value instanceof Map<?, ?> map) {
      ImmutableMap.Builder<String, Object> copy = ImmutableMap.builderWithExpectedSize(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        checkArgument(e.getKey() instanceof String, "%s: parameter %s has a key that is not a text: %s", owner, name,
            e.getKey());
        copy.put((String) e.getKey(), immutable(owner, name + "." + e.getKey(), e.getValue()));
      }
      return copy.buildOrThrow();
    }
    checkArgument(value instanceof Double || value instanceof String || value instanceof Boolean,
        "%s: parameter %s must be a number, text, true/false, list or map, was %s", owner, name, value);
    return value;
  }

  /**
   * Parameters of {@code owner} (such as {@code "shanghai-2021/lease-term"}) in force from {@code effectiveFrom}, as
   * {@link PolicyPacks} reads them from a pack file. Values are {@link Double}, {@link String}, {@link Boolean}, lists
   * of these, or maps of names to these; {@code sources} says where values come from, by parameter name.
   *
   * @param owner the pack and rule the parameters belong to, such as {@code "shanghai-2021/lease-term"}, as errors
   *     name them
   * @param effectiveFrom the day this version takes effect
   * @param values the values by parameter name
   * @param sources where each value comes from, by parameter name
   * @return the parameters, values copied into immutable collections
   */
  public static Parameters of(
      String owner, LocalDate effectiveFrom, Map<String, ?> values, Map<String, ParameterSource> sources) {
    return new Parameters(owner, effectiveFrom, values, sources);
  }

  /**
   * Of {@code versions}, the one in force on {@code date}: the latest that took effect on or before it (of two from
   * the same day, the first); empty if none had taken effect yet. A loop, not a stream: rules ask this for every
   * parcel, and measurement too.
   *
   * @param versions every version of a rule's (or the measurement's) parameters, oldest first
   * @param date the date a parcel is judged for
   * @return the version in force on that date; empty if none had taken effect yet
   */
  public static Optional<Parameters> inForce(List<Parameters> versions, LocalDate date) {
    Parameters inForce = null;
    for (Parameters v : versions) {
      if (!v.effectiveFrom().isAfter(date) && (inForce == null || v.effectiveFrom().isAfter(inForce.effectiveFrom()))) {
        inForce = v;
      }
    }
    return Optional.ofNullable(inForce);
  }

  /**
   * Who these parameters belong to, such as {@code shanghai-2021/lease-term}.
   *
   * @return the owner, the pack's id and the rule's id joined by {@code /}
   */
  public String owner() {
    return owner;
  }

  /**
   * The first day these values are in force.
   *
   * @return the effective date; the version is in force from it until the next version's
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The parameter names, in pack order.
   *
   * @return the names; an immutable set
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * The values as read from the pack, for reports.
   *
   * @return the raw values by name (numbers, texts, lists, maps), as the pack file gives them
   */
  public Map<String, Object> values() {
    return values;
  }

  /**
   * Where a parameter's value comes from: the policy clause, a standard, or the bureau. A pack gives one for every
   * parameter that holds a number, and may give one for others; empty for a parameter it gives none for.
   *
   * @param name the parameter's name, such as {@code maxShare} or {@code tallStoreyM}
   * @return its source; empty when the pack gives none
   */
  public Optional<ParameterSource> source(String name) {
    return Optional.ofNullable(sources.get(name));
  }

  /**
   * The source of each parameter the pack gives one for, in pack order; an unmodifiable map.
   *
   * @return the sources by parameter name
   */
  public Map<String, ParameterSource> sources() {
    return sources;
  }

  /**
   * Whether the parameter is set.
   *
   * @param name the parameter's name, such as {@code maxTermYears}
   * @return true when this version of the pack gives the parameter
   */
  public boolean has(String name) {
    if (asked != null) {
      asked.add(name);
    }
    return values.containsKey(name);
  }

  /**
   * A number parameter.
   *
   * @param name the parameter's name, such as {@code siteAreaTolerance}
   * @return its value, in the unit the parameter's name and source give
   * @throws IllegalArgumentException naming the pack's rule and the parameter, if this version lacks it or it is
   *     not a number (a pack mistake, refused when the pack is loaded for the built-in rules)
   */
  public double number(String name) {
    Object v = required(name);
    checkArgument(v instanceof Double, "%s: parameter %s must be a number, was %s", owner, name, shown(v));
    return (Double) v;
  }

  /**
   * A number parameter that may be absent.
   *
   * @param name the parameter's name
   * @return its value; empty when the pack does not set it
   */
  public OptionalDouble optionalNumber(String name) {
    return has(name) ? OptionalDouble.of(number(name)) : OptionalDouble.empty();
  }

  /**
   * A whole-number parameter.
   *
   * @param name the parameter's name, such as {@code maxTermYears}
   * @return its value, a whole number (a term in years, say)
   * @throws IllegalArgumentException naming the pack's rule and the parameter, if this version lacks it or it is
   *     not a whole number (a pack mistake, refused when the pack is loaded for the built-in rules)
   */
  public int integer(String name) {
    double v = number(name);
    checkArgument(v == Math.rint(v), "%s: parameter %s must be a whole number, was %s", owner, name, v);
    return (int) v;
  }

  /**
   * A text parameter.
   *
   * @param name the parameter's name, such as {@code minimumRecognitionLevel}
   * @return its value, as the pack writes it
   * @throws IllegalArgumentException naming the pack's rule and the parameter, if this version lacks it or it is
   *     not a text (a pack mistake, refused when the pack is loaded for the built-in rules)
   */
  public String text(String name) {
    Object v = required(name);
    checkArgument(v instanceof String, "%s: parameter %s must be a text, was %s", owner, name, v);
    return (String) v;
  }

  /**
   * A yes/no parameter.
   *
   * @param name the parameter's name, such as {@code requiresIndustryProjectListing}
   * @return its value
   * @throws IllegalArgumentException naming the pack's rule and the parameter, if this version lacks it or it is
   *     not true or false (a pack mistake, refused when the pack is loaded for the built-in rules)
   */
  public boolean flag(String name) {
    Object v = required(name);
    checkArgument(v instanceof Boolean, "%s: parameter %s must be true or false, was %s", owner, name, shown(v));
    return (Boolean) v;
  }

  /**
   * A list-of-texts parameter.
   *
   * @param name the parameter's name, such as {@code landUses} or {@code useClasses}
   * @return its values in pack order; an immutable list
   */
  public List<String> texts(String name) {
    ImmutableList<String> known = textLists.get(name);
    if (known != null) {
      return known;
    }
    ImmutableList<String> texts = readTexts(name);
    textLists.put(name, texts);
    return texts;
  }

  private ImmutableList<String> readTexts(String name) {
    Object v = required(name);
    checkArgument(v instanceof List, "%s: parameter %s must be a list, was %s", owner, name, v);
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Object item : (List<?>) v) {
      checkArgument(item instanceof String, "%s: parameter %s must list texts, had %s", owner, name, item);
      out.add((String) item);
    }
    return out.build();
  }

  /**
   * The number for {@code key} in a map parameter (such as the plot-ratio floor by land use), if the map has it.
   *
   * @param name the map parameter's name
   * @param key the key, such as a land use's code
   * @return the number for that key; empty when the map has no such key
   */
  public OptionalDouble numberFor(String name, String key) {
    Object v = required(name);
    checkArgument(v instanceof Map, "%s: parameter %s must be a map, was %s", owner, name, v);
    Object item = ((Map<?, ?>) v).get(key);
    if (item == null) {
      return OptionalDouble.empty();
    }
    checkArgument(item instanceof Double, "%s: parameter %s.%s must be a number, was %s", owner, name, key,
        shown(item));
    return OptionalDouble.of((Double) item);
  }

  /** A value as a message shows it: a text in quotes, so that {@code "2.5"} given as text is told from 2.5. */
  private static String shown(Object value) {
    return value instanceof String t ? "\"" + t + "\" (a text)" : String.valueOf(value);
  }

  private Object required(String name) {
    if (asked != null) {
      asked.add(name);
    }
    Object v = values.get(name);
    checkArgument(v != null, "%s: parameter %s is missing from the pack", owner, name);
    return v;
  }

  @Override
  public String toString() {
    return owner + " from " + effectiveFrom + " " + values;
  }
}
