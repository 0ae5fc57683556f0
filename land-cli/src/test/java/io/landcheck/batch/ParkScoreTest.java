package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParkScoreTest {

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
