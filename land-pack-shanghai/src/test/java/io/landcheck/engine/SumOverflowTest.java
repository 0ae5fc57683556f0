package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sums that would overflow a double")
class SumOverflowTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2023, 6, 1));

  private static Parcel cut(String id, String district, String park, double cutM2) {
    return Parcel.builder(id).greenSpace(cutM2, 0).districtId(district).parkId(park).build();
  }

  private static GreenSpaceRule.Entry entry(String id, String district, String park, double cutM2) {
    return GreenSpaceRule.Entry.of(cut(id, district, park, cutM2)).orElseThrow();
  }

  @Test
  @DisplayName("two cuts of one park that add up past the limit are refused, naming the second parcel and its field")
  void greenCutsOfOnePark() {
    List<Parcel> parcels = List.of(cut("G-1", "D", "P", 2e307), cut("G-2", "D", "P", 2e307));

    assertThatThrownBy(() -> GreenSpaceRule.balance(CHECKER, parcels)).isInstanceOfSatisfying(InvalidParcelException.class,
        e -> {
          assertThat(e.parcelId()).isEqualTo("G-2");
          assertThat(e.inputField()).isEqualTo("green_cut_m2");
          assertThat(e.problem()).contains("park P");
        });
  }

  @Test
  @DisplayName("a cut of 1e308 is refused on its own, naming the parcel")
  void greenCutAlone() {
    List<Parcel> parcels = List.of(cut("G-1", "D", "P", 1e308));

    assertThatThrownBy(() -> GreenSpaceRule.balance(CHECKER, parcels)).isInstanceOfSatisfying(InvalidParcelException.class,
        e -> assertThat(e.parcelId()).isEqualTo("G-1"));
  }

  @Test
  @DisplayName("a refused entry leaves the totals as they were, so a smaller one of the same park is still added")
  void refusedChangesNothing() {
    GreenSpaceRule.Totals totals = new GreenSpaceRule.Totals();

    assertThat(totals.add(entry("a", "D", "P", 1e307))).isEmpty();
    assertThat(totals.add(entry("b", "D", "P", 2e307))).isPresent();
    assertThat(totals.add(entry("c", "D", "P", 1e307))).isEmpty();
  }

  @Test
  @DisplayName("cuts of two parks of one district that overflow together are refused, naming the district")
  void districtTotal() {
    GreenSpaceRule.Totals totals = new GreenSpaceRule.Totals();

    assertThat(totals.add(entry("a", "D", "P1", 1.5e307))).isEmpty();
    assertThat(totals.add(entry("b", "D", "P2", 1.5e307))).hasValueSatisfying(
        why -> assertThat(why).contains("district D"));
  }

  @Test
  @DisplayName("a park whose district is given only by its second entry counts its first entry in the district")
  void districtGivenLate() {
    GreenSpaceRule.Totals totals = new GreenSpaceRule.Totals();
    GreenSpaceRule.Entry noDistrict = new GreenSpaceRule.Entry("a", Optional.of("P1"), Optional.empty(), 1e307, 0);

    assertThat(totals.add(noDistrict)).isEmpty();
    assertThat(totals.add(entry("b", "D", "P2", 1.3e307))).isEmpty();
    assertThat(totals.add(entry("c", "D", "P1", 1))).hasValueSatisfying(why -> assertThat(why).contains("district D"));
  }

  @Test
  @DisplayName("green space within the limits is balanced as before")
  void withinLimits() {
    GreenSpaceReport report = GreenSpaceRule.balance(CHECKER, List.of(cut("G-1", "D", "P", 1e300), cut("G-2", "D", "P", 1)));

    assertThat(report.parks()).singleElement().satisfies(p -> assertThat(p.cutM2()).isEqualTo(1e300));
  }

  @Test
  @DisplayName("floor areas by use that add up past a double are an error naming the parcel and the field")
  void floorAreasByUse() {
    Parcel.Builder b = Parcel.builder("A-1").floorAreaM2("生产", 1e308).floorAreaM2("办公", 1e308);

    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidParcelException.class, e -> {
      assertThat(e.parcelId()).isEqualTo("A-1");
      assertThat(e.inputField()).isEqualTo("floor_areas_m2");
    });
  }

  @Test
  @DisplayName("one use code given twice whose areas add up past a double is an error naming the use")
  void oneUseTwice() {
    Parcel.Builder b = Parcel.builder("A-2").floorAreaM2("生产", 1e308).floorAreaM2("生产", 1e308);

    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidParcelException.class,
        e -> assertThat(e.inputField()).isEqualTo("floor_areas_m2[生产]"));
  }
}
