package io.landcheck.model;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of {@link RecordError}'s messages in English and Chinese, read once from
 * {@code RecordMessages_en.properties} and {@code RecordMessages_zh.properties} (UTF-8) beside this class. A template
 * has places {@code {0}}, {@code {1}}, ... that take the error's arguments as they are; nothing else in it is special
 * (no {@code MessageFormat} quoting or number formatting, so a figure reads the same in both languages).
 */
final class RecordMessages {

  private static final Pattern PLACE = Pattern.compile("\\{(\\d)}");
  private static final Map<String, String> EN = load("en");
  private static final Map<String, String> ZH = load("zh");

  private RecordMessages() {}

  /** Whether {@code key} has a template in both languages. */
  static boolean has(String key) {
    return EN.containsKey(key) && ZH.containsKey(key);
  }

  /** The keys of the templates in {@code language} ({@code zh} or {@code en}). */
  static java.util.Set<String> keys(String language) {
    return (language.equals("zh") ? ZH : EN).keySet();
  }

  /** The template of {@code key} in {@code language} ({@code zh} or {@code en}), as the file has it. */
  static String template(String language, String key) {
    return (language.equals("zh") ? ZH : EN).get(key);
  }

  /** How many arguments the templates of {@code key} take: one more than the highest place of either language. */
  static int places(String key) {
    return Math.max(placesOf(EN.get(key)), placesOf(ZH.get(key)));
  }

  /** How many arguments {@code template} takes: one more than its highest place. */
  static int placesOf(String template) {
    int n = 0;
    Matcher m = PLACE.matcher(template);
    while (m.find()) {
      n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
    }
    return n;
  }

  /** The template of {@code key} in {@code language} ({@code zh} or {@code en}) with {@code arguments} put in. */
  static String render(String language, String key, List<String> arguments) {
    Matcher m = PLACE.matcher(template(language, key));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(arguments.get(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> load(String language) {
    String name = "RecordMessages_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = RecordMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("landcheck's jar lacks " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    p.stringPropertyNames().stream().sorted().forEach(k -> b.put(k, p.getProperty(k)));
    return b.build();
  }
}
