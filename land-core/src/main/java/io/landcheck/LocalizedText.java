package io.landcheck;

import static io.landcheck.Checks.checkField;

/** A text in Chinese and English: a verdict's message, a remedy, a clause's wording. */
public record LocalizedText(String zh, String en) {

  public LocalizedText {
    checkField(zh != null && !zh.isBlank(), "LocalizedText", "zh", "must not be blank");
    checkField(en != null && !en.isBlank(), "LocalizedText", "en", "must not be blank");
  }

  /** A text given in both languages. */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /**
   * The text in {@code language}: Chinese for {@code "zh"} or a Chinese language tag ({@code "zh-CN"},
   * {@code "zh_Hans"}, any case), English for anything else.
   */
  public String in(String language) {
    return language.regionMatches(true, 0, "zh", 0, 2)
        && (language.length() == 2 || language.charAt(2) == '-' || language.charAt(2) == '_') ? zh : en;
  }
}
