package io.landcheck.geo;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bundled pack with some of its measurement numbers changed, written to a file and loaded as a bureau would. */
final class Packs {

  private Packs() {}

  /**
   * The bundled pack with measurement parameter {@code name} set to {@code value}, written in {@code dir}; further
   * pairs may follow ({@code name, value, name, value ...}).
   */
  static PolicyPack shanghaiWith(Path dir, String name, String value, String... more) {
    String json;
    try (InputStream in = Objects.requireNonNull(
        PolicyPack.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json"))) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json = replace(json, name, value);
    for (int i = 0; i + 1 < more.length; i += 2) {
      json = replace(json, more[i], more[i + 1]);
    }
    try {
      Path file = dir.resolve("pack-" + name + "-" + value + ".json");
      Files.writeString(file, json);
      return PolicyPacks.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String replace(String json, String name, String value) {
    Matcher m = Pattern.compile("\"" + name + "\": [-0-9.eE]+").matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("the bundled pack has no number " + name);
    }
    return m.replaceFirst("\"" + name + "\": " + value);
  }
}
