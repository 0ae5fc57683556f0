package io.landcheck.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** The language of a report: Chinese (the default) or English. */
enum Language {
  ZH,
  EN;

  /** The code users type and the reports use: {@code zh}, {@code en}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language a {@code --lang} value names, in any case ({@code zh}, {@code EN}).
   *
   * @throws CommandLine.TypeConversionException listing the codes as users type them, if it names none
   */
  static Language parse(String value) {
    for (Language language : values()) {
      if (language.code().equalsIgnoreCase(value.strip())) {
        return language;
      }
    }
    throw new CommandLine.TypeConversionException("expected one of "
        + Arrays.stream(values()).map(Language::code).toList() + " but was '" + value + "'");
  }
}
