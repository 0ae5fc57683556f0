package io.landcheck.geo;

import static io.landcheck.geo.Shapes.building;
import static io.landcheck.geo.Shapes.line;
import static io.landcheck.geo.Shapes.rect;
import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Verdict;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Measurement picks its parameters by an explicit date, never the clock. */
@DisplayName("Measurement dates")
class MeasurementDateTest {

  /** A 100 × 100 industrial parcel without an application date, a 50 × 50 building of two 4 m storeys. */
  private static GeoParcel undated() {
    Parcel facts = Parcel.builder("U").landUse(LandUse.INDUSTRIAL).singleUse(true).build();
    return GeoParcel.of(facts, rect(0, 0, 100, 100),
        List.of(building("B", rect(10, 10, 60, 60), Storey.above(1, 4, "生产"), Storey.above(2, 4, "生产"))), "test#1");
  }

  @Test
  @DisplayName("a measurement without a date does not measure an undated parcel, and says it needs applicationDate")
  void undatedNotMeasured() {
    Measured m = Measurement.of(ShanghaiPacks.shanghai2021()).measure(undated());
    assertThat(m.ok()).isFalse();
    assertThat(m.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("applicationDate"));
    assertThat(m.trace().explanation()).contains("no application date");
  }

  @Test
  @DisplayName("a measurement given a date measures an undated parcel with the parameters in force then")
  void measuredOnItsDate() {
    Measured m = Measurement.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2024, 6, 1)).measure(undated());
    assertThat(m.ok()).isTrue();
    // 2,500 m² × 2 storeys = 5,000 m² on 10,000 m²
    assertThat(m.facts().orElseThrow().totalPlotRatioFloorAreaM2()).hasValue(5_000);
    assertThat(m.trace().parametersFrom()).isEqualTo("2021-09-01");
  }

  @Test
  @DisplayName("a split of an undated parcel without a date is an error naming applicationDate")
  void undatedSplit() {
    SplitResult r = Measurement.of(ShanghaiPacks.shanghai2021())
        .split(undated(), line(80, -10, 80, 110), SplitRequest.of(true, true, SplitRequest.Recipient.PARK_PLATFORM));
    assertThat(r.report().verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("applicationDate"));
  }

  @Test
  @DisplayName("a split of an undated parcel on a given date is checked on that date")
  void splitOnDate() {
    LocalDate date = LocalDate.of(2024, 6, 1);
    SplitResult r = Measurement.of(ShanghaiPacks.shanghai2021()).onDate(date)
        .split(undated(), line(80, -10, 80, 110), SplitRequest.of(true, true, SplitRequest.Recipient.PARK_PLATFORM));
    assertThat(r.errors()).isEmpty();
    assertThat(r.report().checkDate()).hasValue(date);
  }
}
