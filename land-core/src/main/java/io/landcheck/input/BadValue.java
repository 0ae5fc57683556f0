package io.landcheck.input;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.model.RecordError;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw value a reader found but could not read as any value: a .dbf date that is not {@code YYYYMMDD}, text that is
 * not valid in its file's charset, a key a JSON object gives twice, a text longer than the reader's limit. Whatever
 * type its field is read as, {@link Values} files it as the field's error (once, {@code MALFORMED_VALUE}), and the field
 * counts as given, so a bad value is reported, never read as missing.
 *
 * <p>What is wrong is kept as facts, as {@link RecordError} keeps them: the template {@code MALFORMED_VALUE.name}
 * (RecordError's templates, in English and Chinese), whose place {@code {0}} takes the record's locator, and the
 * arguments for its places {@code {1}}, {@code {2}}, ...
 *
 * @param name the template's name after {@code MALFORMED_VALUE.}, such as {@code dbfDate}
 * @param arguments the facts for the template's places from {@code {1}} on: the value read, the charset, the limit
 * @since 0.1
 */
public record BadValue(String name, List<String> arguments) {

  /**
   * Checks the components: none null, and a template {@code MALFORMED_VALUE.name} with a place for each argument
   * (after its place {@code {0}} for the locator).
   *
   * @param name the template's name after {@code MALFORMED_VALUE.}
   * @param arguments the facts for its places {@code {1}}, {@code {2}}, ...
   */
  public BadValue {
    checkNotNull(name, "BadValue.name");
    checkArgument(!name.isBlank(), "BadValue.name must not be blank");
    arguments = List.copyOf(checkNotNull(arguments, "BadValue.arguments"));
    List<String> all = new ArrayList<>(arguments.size() + 1);
    all.add("");
    all.addAll(arguments);
    RecordError.of(RecordError.Code.MALFORMED_VALUE, "BadValue", "value", name, all); // a template that fits
  }

  /**
   * A value that cannot be read, told by the template {@code MALFORMED_VALUE.name}.
   *
   * @param name the template's name after {@code MALFORMED_VALUE.}, such as {@code dbfDate}
   * @param arguments the facts for its places {@code {1}}, {@code {2}}, ...
   * @return the bad value
   */
  public static BadValue of(String name, List<String> arguments) {
    return new BadValue(name, arguments);
  }
}
