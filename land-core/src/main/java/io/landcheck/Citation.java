package io.landcheck;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.Checks.checkField;

/**
 * Where a rule comes from: the document (文号), the clause, and the sentence it implements, in the original Chinese
 * with an English rendering.
 *
 * @param document the document number, such as 沪府规〔2021〕9号
 * @param clause the clause, such as 五(二)
 * @param text the sentence the rule implements: {@code zh} in the document's own words, exactly as published,
 *     {@code en} a translation by the pack's authors
 */
public record Citation(String document, String clause, LocalizedText text) {

  public Citation {
    checkField(document != null && !document.isBlank(), "Citation", "document", "must not be blank");
    checkField(clause != null && !clause.isBlank(), "Citation", "clause", "must not be blank");
    checkNotNull(text, "Citation.text");
  }

  /** A citation of {@code clause} of {@code document}. */
  public static Citation of(String document, String clause, LocalizedText text) {
    return new Citation(document, clause, text);
  }

  @Override
  public String toString() {
    return document + " " + clause;
  }
}
