package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.pack.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Rule parameters")
class ParametersTest {

  private static final LocalDate FROM = LocalDate.of(2021, 9, 1);

  private static Parameters of(Map<String, Object> values) {
    return Parameters.of("test/rule", FROM, values, Map.of());
  }

  @Test
  @DisplayName("a list given as a value is copied: changing it afterwards does not change the parameter")
  void listCopied() {
    List<Object> recipients = new ArrayList<>(List.of("PARK_PLATFORM"));
    Parameters p = of(Map.of("allowedRecipients", recipients));
    recipients.add("OTHER");
    assertThat(p.texts("allowedRecipients")).containsExactly("PARK_PLATFORM");
  }

  @Test
  @DisplayName("a map given as a value is copied: changing it afterwards does not change the parameter")
  void mapCopied() {
    Map<String, Object> minimum = new HashMap<>(Map.of("industrial", 2.5));
    Parameters p = of(Map.of("minimumByLandUse", minimum));
    minimum.put("industrial", 0.5);
    assertThat(p.numberFor("minimumByLandUse", "industrial")).hasValue(2.5);
  }

  @Test
  @DisplayName("the values hold Guava immutable collections at every depth")
  void immutableAtEveryDepth() {
    Map<String, Object> nested = new HashMap<>(Map.of("codes", new ArrayList<>(List.of("a", "b"))));
    Parameters p = of(Map.of("nested", nested));
    assertThat(p.values().get("nested")).isInstanceOf(ImmutableMap.class);
    assertThat(((Map<?, ?>) p.values().get("nested")).get("codes")).isInstanceOf(ImmutableList.class);
  }

  @Test
  @DisplayName("a value of a type a pack cannot hold is refused, naming the owner and the parameter")
  void unknownType() {
    assertThatThrownBy(() -> of(Map.of("count", 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test/rule: parameter count");
  }

  @Test
  @DisplayName("a number given as text is refused with the text in quotes, so it does not look like a number")
  void numberAsTextQuoted() {
    Parameters p = of(Map.of("maxShare", "2.5"));
    assertThatThrownBy(() -> p.number("maxShare")).hasMessageContaining("was \"2.5\" (a text)");
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("a parameter of the wrong type is refused when a rule asks for it, naming the owner, the parameter and the value")
  @CsvSource(delimiter = '|', value = {
      "flag     | test/rule: parameter p must be true or false, was 2.5",
      "integer  | test/rule: parameter p must be a whole number, was 2.5",
      "text     | test/rule: parameter p must be a text, was 2.5",
      "texts    | test/rule: parameter p must be a list, was 2.5",
      "numberFor | test/rule: parameter p must be a map, was 2.5"})
  void wrongType(String asked, String message) {
    Parameters p = of(Map.of("p", 2.5));
    assertThatThrownBy(() -> ask(p, asked)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  private static Object ask(Parameters p, String asked) {
    return switch (asked) {
      case "flag" -> p.flag("p");
      case "integer" -> p.integer("p");
      case "text" -> p.text("p");
      case "texts" -> p.texts("p");
      case "numberFor" -> p.numberFor("p", "industrial");
      default -> throw new IllegalArgumentException(asked);
    };
  }

  @Test
  @DisplayName("each kind of parameter gives the value the pack holds")
  void values() {
    Parameters p = of(Map.of("open", false, "years", 20.0, "code", "PARK_PLATFORM",
        "codes", List.of("a", "b"), "floors", Map.of("industrial", 2.0)));
    assertThat(p.flag("open")).isFalse();
    assertThat(p.integer("years")).isEqualTo(20);
    assertThat(p.text("code")).isEqualTo("PARK_PLATFORM");
    assertThat(p.texts("codes")).containsExactly("a", "b");
    assertThat(p.numberFor("floors", "industrial")).hasValue(2.0);
    assertThat(p.numberFor("floors", "general-rd")).isEmpty();
    assertThat(p.owner()).isEqualTo("test/rule");
  }

  @Test
  @DisplayName("a list holding something other than texts is refused, naming the item")
  void listOfTexts() {
    Parameters p = of(Map.of("codes", List.of("a", 1.0)));
    assertThatThrownBy(() -> p.texts("codes")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test/rule: parameter codes must list texts, had 1.0");
  }

  @Test
  @DisplayName("a map holding a text where a number is asked for is refused, naming the key")
  void mapOfNumbers() {
    Parameters p = of(Map.of("floors", Map.of("industrial", "2")));
    assertThatThrownBy(() -> p.numberFor("floors", "industrial")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test/rule: parameter floors.industrial must be a number, was \"2\" (a text)");
  }

  @Test
  @DisplayName("a map whose key is not a text is refused when the parameters are made")
  void mapKeyNotText() {
    assertThatThrownBy(() -> of(Map.of("floors", Map.of(1.0, 2.0)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test/rule: parameter floors has a key that is not a text: 1.0");
  }

  @Test
  @DisplayName("only a recording copy can tell which parameters were never asked for")
  void unaskedNeedsRecording() {
    Parameters p = of(Map.of("open", true, "years", 20.0));
    assertThatThrownBy(p::unasked).isInstanceOf(IllegalStateException.class)
        .hasMessage("Parameters.unasked: only a recording() copy records what is asked");
    Parameters recording = p.recording();
    recording.flag("open");
    assertThat(recording.unasked()).containsExactly("years");
  }
}
