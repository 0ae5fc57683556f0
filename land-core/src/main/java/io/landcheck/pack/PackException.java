package io.landcheck.pack;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A policy pack (政策包) file that cannot be used: which file, where in it, what is wrong, and a stable
 * {@link Code} that a bureau's tooling can match instead of the text. A pack is configuration, so a wrong one is a
 * mistake to fix before any parcel is checked, not bad parcel data: it is thrown (an
 * {@link IllegalArgumentException}) when the pack is loaded, never while checking.
 *
 * <p>The message keeps the form {@code pack file FILE: FIELD: PROBLEM}, such as
 * {@code pack file my-pack.json: rules[3].versions[0].values.maxShare: must be at most 1, was 1.5}.
 *
 * @since 0.1
 */
public final class PackException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What kind of mistake the pack file has; stable across versions (new codes may be added). Listed in docs/policy-packs.md. */
  public enum Code {
    /** The file is not valid JSON (or gives a field twice, or has text after the pack's object). */
    NOT_JSON,
    /** The file is JSON but not an object, so not a pack. */
    NOT_A_PACK,
    /** {@code schemaVersion} is not one this version of landcheck reads. */
    SCHEMA_VERSION,
    /** A required part is missing, such as a rule without any version. */
    MISSING,
    /** A field is missing or not of the kind it must be (a list, a non-blank text, a number, a whole number, a date). */
    WRONG_TYPE,
    /** A field the format does not have, or a parameter the rule kind or the measurement does not read. */
    UNKNOWN_FIELD,
    /** A name the pack or landcheck does not know: a rule kind, a land use, a use class, a source kind. */
    UNKNOWN_NAME,
    /** Something listed twice: a rule id, a land use. */
    DUPLICATE,
    /** A number outside what it can mean, such as a tolerance of 1 or more, or a negative area. */
    OUT_OF_RANGE,
    /** A value the rule kind or the field refuses for a reason of its own, named in the problem. */
    INVALID_VALUE,
    /** Effective dates that contradict each other: two versions from one day, an end before the start. */
    DATES,
    /** A number without a source, or a source that misnames its kind or the document. */
    SOURCE
  }

  /** What kind of mistake. */
  private final Code code;
  /** The pack file as the user named it. */
  private final String source;
  /** Where in the file; empty for the whole file. */
  private final String field;
  /** What is wrong, without the file and field. */
  private final String problem;

  private PackException(Code code, String source, String field, String problem) {
    super("pack file " + source + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    this.code = code;
    this.source = source;
    this.field = field;
    this.problem = problem;
  }

  /**
   * A mistake of kind {@code code} in {@code field} (a path such as {@code rules[3].kind}; empty for the file as a
   * whole) of the pack file {@code source}.
   *
   * @param code what kind of mistake
   * @param source the pack file as the user named it (a path, or a bundled resource's name)
   * @param field where in the file, empty for the file as a whole
   * @param problem what is wrong, in plain words
   * @return the exception, for the caller to throw
   */
  public static PackException of(Code code, String source, String field, String problem) {
    checkNotNull(code, "PackException.code");
    checkNotNull(source, "PackException.source");
    checkNotNull(field, "PackException.field");
    checkNotNull(problem, "PackException.problem");
    return new PackException(code, source, field, problem);
  }

  /** @return what kind of mistake this is */
  public Code code() {
    return code;
  }

  /** @return the pack file as the user named it */
  public String source() {
    return source;
  }

  /** @return where in the file, such as {@code rules[3].versions[0].values.maxShare}; empty for the whole file */
  public String field() {
    return field;
  }

  /** @return what is wrong, in plain words, without the file and field */
  public String problem() {
    return problem;
  }
}
