package io.landcheck.pack;

import io.landcheck.model.LocalizedText;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkField;

/**
 * Where a rule comes from: the document (文号), the clause, and the sentence it implements, in the original Chinese
 * with an English rendering.
 *
 * @param document the document number, such as 沪府规〔2021〕9号
 * @param clause the clause, such as 五(二)
 * @param text the sentence the rule implements: {@code zh} in the document's own words, exactly as published,
 *     {@code en} a translation by the pack's authors
 * @since 0.1
 */
public record Citation(String document, String clause, LocalizedText text) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param document the document number, such as 沪府规〔2021〕9号; not blank
   * @param clause the clause, such as 五(二); not blank
   * @param text the sentence the rule implements: {@code zh} in the document's own words, exactly as published, {@code
   *     en} a translation by the pack's authors; not null
   */
  public Citation {
    checkField(document != null && !document.isBlank(), "Citation", "document", "must not be blank");
    checkField(clause != null && !clause.isBlank(), "Citation", "clause", "must not be blank");
    checkNotNull(text, "Citation.text");
  }

  /**
   * A citation of {@code clause} of {@code document}.
   *
   * @param document the document number, such as 沪府规〔2021〕9号; not blank
   * @param clause the clause within it, such as 五(二); not blank
   * @param text the sentence cited, Chinese exactly as published with the pack authors' English translation
   * @return the citation
   */
  public static Citation of(String document, String clause, LocalizedText text) {
    return new Citation(document, clause, text);
  }

  @Override
  public String toString() {
    return document + " " + clause;
  }
}
