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

  /** The text in {@code language}: {@code "zh"} for Chinese, anything else for English. */
  public String in(String language) {
    return "zh".equals(language) ? zh : en;
  }
}
