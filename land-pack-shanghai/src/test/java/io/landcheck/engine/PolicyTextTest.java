package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.hash.Hashing;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled pack against the published text of 沪府规〔2021〕9号 (a test resource beside its SOURCE.md): what the
 * pack quotes as the document must be the document's own words.
 */
@DisplayName("The bundled pack's quotes of 沪府规〔2021〕9号")
class PolicyTextTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  private static final String POLICY = resource("/io/landcheck/pack/shanghai/policy/shanghai-hfg-2021-9.txt");

  /** Punctuation a clause of the published text starts after or ends before, ASCII and full-width alike. */
  private static final String CLAUSE_BOUNDARY = ",，。;；:：";

  private static String resource(String name) {
    try (InputStream in = PolicyTextTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A citation of the pack's document somewhere in the pack: where it is, and its Chinese words. */
  private record Quote(String where, String zh) {}

  /** Every rule citation that names the pack's document, the green-space balance's included. */
  private static List<Quote> ruleQuotes() {
    List<Quote> out = new ArrayList<>();
    for (Rule rule : PACK.rules()) {
      if (rule.citation().document().equals(PACK.document())) {
        out.add(new Quote("rule " + rule.id(), rule.citation().text().zh()));
      }
    }
    PACK.batchRules().stream().filter(g -> g.citation().document().equals(PACK.document()))
        .forEach(g -> out.add(new Quote("rule " + g.id(), g.citation().text().zh())));
    return out;
  }

  /** Every version of every rule's parameters and of the measurement parameters. */
  private static List<Parameters> allVersions() {
    List<Parameters> out = new ArrayList<>();
    PACK.rules().forEach(r -> out.addAll(PACK.versions(r.id())));
    PACK.batchRules().forEach(g -> out.addAll(g.versions()));
    out.addAll(PACK.measurementVersions());
    return out;
  }

  /** Every parameter source that names the pack's document. */
  private static List<Quote> sourceQuotes() {
    List<Quote> out = new ArrayList<>();
    for (Parameters version : allVersions()) {
      version.sources().forEach((name, source) -> {
        if (source.document().filter(PACK.document()::equals).isPresent()) {
          out.add(new Quote(version.owner() + " from " + version.effectiveFrom() + " " + name,
              source.quote().map(LocalizedText::zh).orElse("")));
        }
      });
    }
    return out;
  }

  /** The numbers of a parameter value, at any depth. */
  private static List<Double> numbers(Object value) {
    List<Double> out = new ArrayList<>();
    if (value instanceof Double d) {
      out.add(d);
    } else if (value instanceof List<?> list) {
      list.forEach(v -> out.addAll(numbers(v)));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> out.addAll(numbers(v)));
    }
    return out;
  }

  /** The numbers written in a text (50, 2.0, 30%), a percentage also as the share it is (0.30). */
  private static List<Double> numbersIn(String text) {
    List<Double> out = new ArrayList<>();
    Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(%?)").matcher(text);
    while (m.find()) {
      double n = Double.parseDouble(m.group(1));
      out.add(m.group(2).isEmpty() ? n : n / 100);
    }
    return out;
  }

  @Test
  @DisplayName("the bundled policy text is the file its SOURCE note describes, unchanged")
  void policyTextUnchanged() {
    Matcher hash = Pattern.compile("\\b[0-9a-f]{64}\\b").matcher(resource("/io/landcheck/pack/shanghai/policy/SOURCE.md"));
    assertThat(hash.find()).as("SOURCE.md gives the text's SHA-256").isTrue();
    assertThat(Hashing.sha256().hashString(POLICY, StandardCharsets.UTF_8).toString()).isEqualTo(hash.group());
  }

  @Test
  @DisplayName("the pack implements the document the policy text is")
  void sameDocument() {
    assertThat(POLICY).contains(PACK.document());
  }

  @Test
  @DisplayName("every rule citing 沪府规〔2021〕9号 quotes it word for word, punctuation included")
  void ruleCitationsVerbatim() {
    assertThat(ruleQuotes()).isNotEmpty().allSatisfy(q -> assertThat(POLICY).as(q.where()).contains(q.zh()));
  }

  @Test
  @DisplayName("every quote is a whole sentence or clause: it starts and ends at the text's punctuation")
  void wholeClauses() {
    assertThat(ruleQuotes()).allSatisfy(q -> {
      int at = POLICY.indexOf(q.zh());
      assertThat(at).as(q.where()).isPositive();
      char before = POLICY.charAt(at - 1);
      int end = at + q.zh().length();
      assertThat(CLAUSE_BOUNDARY.indexOf(before)).as("%s: the character before the quote, '%s'", q.where(), before)
          .isNotNegative();
      assertThat(q.zh().endsWith("。") || CLAUSE_BOUNDARY.indexOf(POLICY.charAt(end)) >= 0)
          .as("%s: the quote ends at a full stop or before punctuation", q.where()).isTrue();
    });
  }

  @Test
  @DisplayName("every number source citing 沪府规〔2021〕9号 quotes it word for word")
  void sourceQuotesVerbatim() {
    assertThat(sourceQuotes()).isNotEmpty()
        .allSatisfy(q -> {
          assertThat(q.zh()).as(q.where()).isNotBlank();
          assertThat(POLICY).as(q.where()).contains(q.zh());
        });
  }

  @Test
  @DisplayName("a number cited as 沪府规〔2021〕9号 is written in the words quoted for it")
  void policyNumbersInTheirQuotes() {
    int checked = 0;
    for (Parameters version : allVersions()) {
      for (String name : version.names()) {
        var source = version.source(name).filter(s -> s.isPolicy(PACK.document()));
        if (source.isEmpty()) {
          continue;
        }
        String quote = source.get().quote().orElseThrow().zh();
        for (double n : numbers(version.values().get(name))) {
          assertThat(numbersIn(quote)).as("%s %s = %s, cited as %s", version.owner(), name, n, PACK.document())
              .anySatisfy(written -> assertThat(written).isCloseTo(n, within(1e-9)));
          checked++;
        }
      }
    }
    assertThat(checked).as("numbers cited as the policy").isPositive();
  }

  @Test
  @DisplayName("the numbers the policy does not fix (20-year cap, 2.20 m and 8 m storeys, minimums, tolerances) are not"
      + " cited as it")
  void otherNumbersNotCitedAsPolicy() {
    List<String> notInPolicy = List.of("generalTermCapYears", "fullHeightStoreyM", "lowStoreyFactor", "tallStoreyM",
        "tallStoreyFactor", "siteAreaTolerance", "geometryToleranceM2", "splitWidthResolutionM", "toleranceM2",
        "minimumSplitAreaM2", "minimumSplitWidthM");
    int checked = 0;
    for (Parameters version : allVersions()) {
      for (String name : version.names()) {
        if (notInPolicy.contains(name)) {
          assertThat(version.source(name)).as("%s %s", version.owner(), name)
              .hasValueSatisfying(s -> assertThat(s.isPolicy(PACK.document())).isFalse());
          checked++;
        }
      }
    }
    assertThat(checked).as("such numbers in the pack").isPositive();
  }
}
