package io.landcheck.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.model.RecordError;
import java.time.LocalDate;

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

  private static final RecordError PLACED = RecordError.of(RecordError.Code.ASSIGNED_BY_LOCATION, "G-3",
      "buildings[B-1]", "building B-1 has no parcel_id and was placed on this parcel by location");

  @Test
  @DisplayName("what reading found (a building placed by location) comes first among the measurement's warnings")
  void readWarningsFirstInMeasurement() {
    GeoParcel p = GeoParcel.of(Shapes.facts("G-3"), Shapes.rect(0, 0, 100, 100), List.of(), "test")
        .withReadWarnings(List.of(PLACED));

    Measured m = Measurement.of(ShanghaiPacks.shanghai2021()).measure(p, LocalDate.of(2024, 6, 1));

    assertThat(m.warnings()).first().isEqualTo(PLACED);
  }

  @Test
  @DisplayName("other facts (a date to judge on) keep the read warnings and the declared site area")
  void withFactsKeepsTheRest() {
    GeoParcel p = GeoParcel.of(Shapes.facts("G-3"), Shapes.rect(0, 0, 100, 100), List.of(), "test")
        .withDeclaredSiteAreaM2(10_000).withReadWarnings(List.of(PLACED));

    GeoParcel dated = p.withFacts(p.facts().toBuilder().applicationDate(LocalDate.of(2024, 1, 1)).build());

    assertThat(dated.readWarnings()).containsExactly(PLACED);
    assertThat(dated.declaredSiteAreaM2()).hasValue(10_000);
    assertThat(dated.facts().applicationDate()).contains(LocalDate.of(2024, 1, 1));
  }
}
