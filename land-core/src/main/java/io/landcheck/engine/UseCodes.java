package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.model.LandUse;
import io.landcheck.model.UseClass;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A pack's table of use codes (生产, 研发, 宿舍 …) and the {@link UseClass} each falls in, optionally different on some
 * land uses (R&amp;D is the principal use on general R&amp;D land but another industrial use on industrial land).
 */
final class UseCodes {

  /** One use code of the pack. */
  record Entry(String code, ImmutableList<String> aliases, UseClass useClass, ImmutableMap<String, UseClass> byLandUse) {
    UseClass classOn(LandUse landUse) {
      return byLandUse.getOrDefault(landUse.code(), useClass);
    }
  }

  private final ImmutableList<Entry> entries;
  private final ImmutableMap<String, Entry> byName;

  private UseCodes(ImmutableList<Entry> entries) {
    this.entries = entries;
    Map<String, Entry> names = new LinkedHashMap<>();
    for (Entry e : entries) {
      for (String name : ImmutableList.<String>builder().add(e.code()).addAll(e.aliases()).build()) {
        Entry previous = names.put(normalize(name), e);
        checkArgument(previous == null || previous == e, "use code or alias '%s' is listed twice", name);
      }
    }
    this.byName = ImmutableMap.copyOf(names);
  }

  static UseCodes of(ImmutableList<Entry> entries) {
    return new UseCodes(entries);
  }

  ImmutableList<Entry> entries() {
    return entries;
  }

  /** The entry for a code or alias, ignoring case and surrounding blanks. */
  Optional<Entry> find(String codeOrAlias) {
    // Most codes come as the pack writes them, already normalized (normalizing a key gives the key itself).
    Entry exact = byName.get(codeOrAlias);
    return Optional.ofNullable(exact != null ? exact : byName.get(normalize(codeOrAlias)));
  }

  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
