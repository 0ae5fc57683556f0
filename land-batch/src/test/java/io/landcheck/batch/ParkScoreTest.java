package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.landcheck.pack.shanghai.Rules;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParkScoreTest {

  @Test
  @DisplayName("a park score without its worst rules is refused, naming the record and the field")
  void parkScoreNeedsWorstRules() {
    assertThatThrownBy(() -> new ParkScore(Optional.of("张江"), Optional.empty(), 1, 1, 1, 0, 0,
        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ParkScore.worstRules");
  }

  @Test
  @DisplayName("a park score without a park id is refused, naming the record and the field")
  void parkScoreNeedsParkId() {
    assertThatThrownBy(() -> new ParkScore(null, Optional.empty(), 1, 1, 1, 0, 0, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), ImmutableList.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ParkScore.parkId");
  }

  @Test
  @DisplayName("a rule count without a rule is refused, naming the record and the field")
  void ruleCountNeedsRule() {
    assertThatThrownBy(() -> new ParkScore.RuleCount(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("RuleCount.ruleId must not be null");
  }

  @Test
  @DisplayName("a rule count of no failing parcel is refused, naming the record and the field")
  void ruleCountNeedsAFailure() {
    assertThatThrownBy(() -> new ParkScore.RuleCount(Rules.MIXED_USE_AMENITY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RuleCount.nonCompliant must be >= 1, was 0");
  }
}
