package io.landcheck;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a rule comes from: the document (文号), the clause, and the sentence it implements, in the original Chinese
 * with an English rendering.
 *
 * @param document the document number, such as 沪府规〔2021〕9号
 * @param clause the clause, such as 五(二)
 * @param text the sentence the rule implements
 */
public record Citation(String document, String clause, LocalizedText text) {

  public Citation {
    checkArgument(document != null && !document.isBlank(), "citation document must not be blank");
    checkArgument(clause != null && !clause.isBlank(), "citation clause must not be blank");
    checkNotNull(text, "citation text");
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
