package io.landcheck.cli;

import java.util.Locale;

/** The language of a report: Chinese (the default) or English. */
enum Language {
  ZH,
  EN;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
