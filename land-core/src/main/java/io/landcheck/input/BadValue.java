package io.landcheck.input;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A raw value a reader found but could not read as any value: a .dbf date that is not {@code YYYYMMDD}, text that is
 * not valid in its file's charset, a key a JSON object gives twice, a text longer than the reader's limit. Whatever
 * type its field is read as, {@link Values} files {@code problem} as the field's error (once), and the field counts as
 * given, so a bad value is reported, never read as missing.
 *
 * @param problem what is wrong, as a message that follows the field's name: {@code is given twice in the object},
 *     {@code must be a .dbf date written YYYYMMDD, was '2024-3-1'}
 * @since 0.1
 */
public record BadValue(String problem) {

  /**
   * Checks the problem.
   *
   * @param problem what is wrong with the value, in plain words, as the field's error will say it (such as {@code not a
   *     readable date}); not blank
   */
  public BadValue {
    checkNotNull(problem, "BadValue.problem");
    checkArgument(!problem.isBlank(), "BadValue.problem must not be blank");
  }
}
