package io.landcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
