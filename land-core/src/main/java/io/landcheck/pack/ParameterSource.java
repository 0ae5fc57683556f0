package io.landcheck.pack;

import io.landcheck.model.LocalizedText;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkField;

import java.util.Optional;

/**
 * Where one number of a policy pack comes from, so that a number the policy does not fix is never taken for the
 * policy's: the clause of a policy document (such as 沪府规〔2021〕9号 五(二) for the 50-year term), a standard or
 * technical norm (such as GB/T 50353-2013 3.0.1 for the 2.20 m storey height), or the bureau itself (a tolerance,
 * or a default landcheck ships that the bureau keeps or replaces).
 *
 * <p>A {@link Kind#POLICY} source names its document and clause and quotes the document's words; a
 * {@link Kind#STANDARD} source names its document, and quotes it or says in a note what it fixes; a
 * {@link Kind#BUREAU} source names no document and says in a note why the number is what it is.
 *
 * @param kind what kind of source it is
 * @param document the document number or the standard's number and title, such as 沪府规〔2021〕9号 or
 *     GB/T 50353-2013 建筑工程建筑面积计算规范; empty for {@link Kind#BUREAU}
 * @param clause the clause, such as 五(二) or 3.0.1; required for {@link Kind#POLICY}, empty for {@link Kind#BUREAU}
 * @param quote the document's own words: {@code zh} exactly as published, {@code en} a translation by the pack's
 *     authors; required for {@link Kind#POLICY}, empty for {@link Kind#BUREAU}
 * @param note what the source fixes, or how the pack reads it, in the pack authors' own words; required for
 *     {@link Kind#BUREAU}, and for {@link Kind#STANDARD} without a quote
 * @since 0.1
 */
public record ParameterSource(
    Kind kind, Optional<String> document, Optional<String> clause, Optional<LocalizedText> quote,
    Optional<LocalizedText> note) {

  /**
   * The kinds of source a number can have.
   *
   * @since 0.1
   */
  public enum Kind {
    /** Fixed by a policy document (文件), such as the document the pack implements: cited by clause and quoted. */
    POLICY,
    /**
     * Fixed by a standard or technical norm outside the policy, such as GB/T 50353-2013 建筑工程建筑面积计算规范 or
     * 工业项目建设用地控制指标 (国土资发〔2008〕24号).
     */
    STANDARD,
    /**
     * Set by the bureau that uses the pack, with no document behind it: its own practice, a tolerance, or the default
     * landcheck ships, which the bureau keeps or changes.
     */
    BUREAU
  }

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param kind what kind of source it is; not null
   * @param document the document number or the standard's number and title, such as 沪府规〔2021〕9号 or GB/T 50353-2013
   *     建筑工程建筑面积计算规范; empty for {@link Kind#BUREAU}; not null
   * @param clause the clause, such as 五(二) or 3.0.1; required for {@link Kind#POLICY}, empty for {@link Kind#BUREAU};
   *     not null
   * @param quote the document's own words: {@code zh} exactly as published, {@code en} a translation by the pack's
   *     authors; required for {@link Kind#POLICY}, empty for {@link Kind#BUREAU}; not null
   * @param note what the source fixes, or how the pack reads it, in the pack authors' own words; required for {@link
   *     Kind#BUREAU}, and for {@link Kind#STANDARD} without a quote; not null
   */
  public ParameterSource {
    checkNotNull(kind, "ParameterSource.kind");
    checkNotNull(document, "ParameterSource.document");
    checkNotNull(clause, "ParameterSource.clause");
    checkNotNull(quote, "ParameterSource.quote");
    checkNotNull(note, "ParameterSource.note");
    checkField(document.map(d -> !d.isBlank()).orElse(true), "ParameterSource", "document", "must not be blank");
    checkField(clause.map(c -> !c.isBlank()).orElse(true), "ParameterSource", "clause", "must not be blank");
    switch (kind) {
      case POLICY -> {
        checkField(document.isPresent(), "ParameterSource", "document", "is required for a POLICY source");
        checkField(clause.isPresent(), "ParameterSource", "clause", "is required for a POLICY source");
        checkField(quote.isPresent(), "ParameterSource", "quote",
            "is required for a POLICY source: the clause's words, as published");
      }
      case STANDARD -> {
        checkField(document.isPresent(), "ParameterSource", "document", "is required for a STANDARD source");
        checkField(quote.isPresent() || note.isPresent(), "ParameterSource", "note",
            "is required for a STANDARD source without a quote: say what the standard fixes");
      }
      case BUREAU -> {
        checkField(document.isEmpty(), "ParameterSource", "document",
            "must be empty for a BUREAU source; a number a document fixes is a POLICY or STANDARD source");
        checkField(clause.isEmpty(), "ParameterSource", "clause", "must be empty for a BUREAU source");
        checkField(quote.isEmpty(), "ParameterSource", "quote", "must be empty for a BUREAU source");
        checkField(note.isPresent(), "ParameterSource", "note",
            "is required for a BUREAU source: say why the number is what it is");
      }
    }
  }

  /**
   * A source of any kind, checked as the kinds require.
   *
   * @param kind the kind of source
   * @param document the document number; empty for {@link Kind#BUREAU}
   * @param clause the clause; required for {@link Kind#POLICY}, empty for {@link Kind#BUREAU}
   * @param quote the document's own words; required for {@link Kind#POLICY}, empty for {@link Kind#BUREAU}
   * @param note what the source fixes, in the pack authors' words; required for {@link Kind#BUREAU} and for a {@link
   *     Kind#STANDARD} without a quote
   * @return the source
   */
  public static ParameterSource of(Kind kind, Optional<String> document, Optional<String> clause,
      Optional<LocalizedText> quote, Optional<LocalizedText> note) {
    return new ParameterSource(kind, document, clause, quote, note);
  }

  /**
   * A number fixed by {@code clause} of the policy {@code document}, in the words {@code quote}.
   *
   * @param document the policy document, such as 沪府规〔2021〕9号
   * @param clause the clause, such as 五(二)
   * @param quote the clause's words: Chinese exactly as published, English the pack authors' translation
   * @return a {@link Kind#POLICY} source
   */
  public static ParameterSource policy(String document, String clause, LocalizedText quote) {
    return new ParameterSource(Kind.POLICY, Optional.of(document), Optional.of(clause), Optional.of(quote),
        Optional.empty());
  }

  /**
   * A number fixed by a standard or technical norm, with what it fixes in {@code note}.
   *
   * @param document the standard's number and title, such as GB/T 50353-2013 建筑工程建筑面积计算规范
   * @param clause the clause of the standard, such as 3.0.1; empty when the whole standard is meant
   * @param note what the standard fixes, in the pack authors' words
   * @return a {@link Kind#STANDARD} source
   */
  public static ParameterSource standard(String document, Optional<String> clause, LocalizedText note) {
    return new ParameterSource(Kind.STANDARD, Optional.of(document), clause, Optional.empty(), Optional.of(note));
  }

  /**
   * A number the bureau sets itself, with why in {@code note}.
   *
   * @param note why the bureau set the number as it is
   * @return a {@link Kind#BUREAU} source, naming no document
   */
  public static ParameterSource bureau(LocalizedText note) {
    return new ParameterSource(Kind.BUREAU, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(note));
  }

  /**
   * The source in a few words, as a listing names it: the document and clause ({@code 沪府规〔2021〕9号 五(二)}), or
   * 主管部门自定 / set by the bureau.
   *
   * @return the label in Chinese and English
   */
  public LocalizedText label() {
    if (kind == Kind.BUREAU) {
      return LocalizedText.of("主管部门自定", "set by the bureau");
    }
    String where = document.orElseThrow() + clause.map(c -> " " + c).orElse("");
    return LocalizedText.of(where, where);
  }

  /**
   * Whether this is a {@link Kind#POLICY} source naming {@code document}, whatever its clause.
   *
   * @param document the document number, such as 沪府规〔2021〕9号
   * @return true when the number is fixed by that policy document
   */
  public boolean isPolicy(String document) {
    return kind == Kind.POLICY && this.document.orElseThrow().equals(document);
  }

  @Override
  public String toString() {
    return kind + " " + label().en();
  }
}
