package io.landcheck.geo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GeoParcelTest {

  @Test
  @DisplayName("facts that carry a site area are refused, since the site area is measured from the boundary")
  void siteAreaInFactsRefused() {
    assertThatThrownBy(() -> GeoParcel.of(Shapes.facts("G-1").toBuilder().siteAreaM2(5_000).build(),
        Shapes.rect(0, 0, 100, 100), List.of(), "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("G-1").hasMessageContaining("siteAreaM2")
        .hasMessageContaining("withDeclaredSiteAreaM2");
  }

  @Test
  @DisplayName("facts that carry floor areas are refused, since floor areas are measured from the storeys")
  void floorAreasInFactsRefused() {
    assertThatThrownBy(() -> GeoParcel.of(Shapes.facts("G-2").toBuilder().floorAreaM2("宿舍", 9_999).build(),
        Shapes.rect(0, 0, 100, 100), List.of(), "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("G-2").hasMessageContaining("floor areas");
  }
}
