package io.landcheck.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SampleDefectTest {

  @Test
  @DisplayName("a defect without a parcel id is refused, naming the record and the field")
  void needsParcelId() {
    assertThatThrownBy(() -> new SampleDefect(null, SampleDefect.Kind.LEVEL_ZERO, "storeys", "level", "level 0"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("SampleDefect.parcelId");
  }

  @Test
  @DisplayName("a defect on a layer the sample park does not have is refused, naming the record and the field")
  void needsAKnownLayer() {
    assertThatThrownBy(() -> new SampleDefect("P-1", SampleDefect.Kind.LEVEL_ZERO, "floors", "level", "level 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SampleDefect.layer must be parcels, buildings or storeys, was floors");
  }
}
