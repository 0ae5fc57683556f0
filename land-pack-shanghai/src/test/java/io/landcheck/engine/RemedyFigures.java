package io.landcheck.engine;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the areas a remedy names (such as "1,234.5 m²"), in the order it names them, from its English text. */
final class RemedyFigures {

  private static final Pattern AREA = Pattern.compile("([0-9][0-9,]*\\.[0-9]) m²");

  private RemedyFigures() {}

  static ImmutableList<Double> areasM2(RuleResult result) {
    String text = result.remedy().orElseThrow(() -> new AssertionError("no remedy in " + result)).en();
    ImmutableList.Builder<Double> out = ImmutableList.builder();
    Matcher m = AREA.matcher(text);
    while (m.find()) {
      out.add(Double.parseDouble(m.group(1).replace(",", "")));
    }
    return out.build();
  }
}
