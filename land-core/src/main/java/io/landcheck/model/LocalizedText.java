package io.landcheck.model;

import static io.landcheck.model.Checks.checkField;

/**
 * A text in Chinese and English: a verdict's message, a remedy, a clause's wording.
 *
 * @since 0.1
 */
public record LocalizedText(String zh, String en) {

  /**
   * Checks the components: one out of range an {@code InvalidFieldException} naming the record and the component.
   *
   * @param zh the Chinese text, as the policy or landcheck's messages write it; not blank
   * @param en the English text (a translation; the Chinese governs); not blank
   */
  public LocalizedText {
    checkField(zh != null && !zh.isBlank(), "LocalizedText", "zh", "must not be blank");
    checkField(en != null && !en.isBlank(), "LocalizedText", "en", "must not be blank");
  }

  /**
   * A text given in both languages.
   *
   * @param zh the Chinese text; not blank
   * @param en the English text; not blank
   * @return the text
   */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /**
   * The text in {@code language}: Chinese for {@code "zh"} or a Chinese language tag ({@code "zh-CN"},
   * {@code "zh_Hans"}, any case), English for anything else.
   *
   * @param language a language tag such as {@code zh}, {@code zh-CN} or {@code en}
   * @return the Chinese or English text
   */
  public String in(String language) {
    return language.regionMatches(true, 0, "zh", 0, 2)
        && (language.length() == 2 || language.charAt(2) == '-' || language.charAt(2) == '_') ? zh : en;
  }
}
