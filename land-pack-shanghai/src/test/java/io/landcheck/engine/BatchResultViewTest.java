package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.landcheck.engine.BatchResult.Cell;
import io.landcheck.engine.BatchResult.Column;
import io.landcheck.engine.BatchResult.Format;
import io.landcheck.engine.BatchResult.ParcelLine;
import io.landcheck.engine.BatchResult.Table;
import io.landcheck.model.LocalizedText;
import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A batch result as the report writers see it (BatchResult), and the green-space balance in that shape")
class BatchResultViewTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2023, 6, 1));

  /** Park P of district Q cuts 100 m² and adds 30 m²; the district has no other park, so P1 is 70 m² short. */
  private static final BatchResult SHORT = GreenSpaceRule.balance(CHECKER, List.of(
      Parcel.builder("P1").districtId("Q").parkId("P").greenSpace(100, 30).build()));

  @Test
  @DisplayName("the balance gives its parks, districts and shortfalls as tables, in that order")
  void tablesInOrder() {
    assertThat(SHORT.tables()).extracting(Table::key).containsExactly("parks", "districts", "shortfalls");
    assertThat(SHORT.tables().get(0).inHtml()).isTrue();
    assertThat(SHORT.tables().get(1).inHtml()).isFalse();
  }

  @Test
  @DisplayName("a park's row gives its id, district, cut, added, from district, short and status under their names")
  void parkRow() {
    Table parks = SHORT.tables().get(0);
    assertThat(parks.columns()).extracting(Column::key)
        .containsExactly("parkId", "districtId", "cutM2", "addedM2", "fromDistrictM2", "shortM2", "status");
    assertThat(parks.rows()).singleElement().satisfies(row -> {
      assertThat(row.get(0).text()).hasValue("P");
      assertThat(row.get(1).text()).hasValue("Q");
      assertThat(row.get(2).figure().getAsDouble()).isCloseTo(100, within(1e-9));
      assertThat(row.get(3).figure().getAsDouble()).isCloseTo(30, within(1e-9));
      assertThat(row.get(4).figure().getAsDouble()).isCloseTo(0, within(1e-9));
      assertThat(row.get(5).figure().getAsDouble()).isCloseTo(70, within(1e-9));
      assertThat(row.get(6).text()).hasValue("SHORT");
    });
    assertThat(parks.columns().get(5).format()).isEqualTo(Format.M2_BESIDE_VERDICT);
  }

  @Test
  @DisplayName("a parcel left short is a parcel line with its park's district and the m² it lacks")
  void parcelLine() {
    assertThat(SHORT.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(SHORT.parcelLines()).singleElement().satisfies(line -> {
      assertThat(line.parcelId()).isEqualTo("P1");
      assertThat(line.parkId()).hasValue("P");
      assertThat(line.districtId()).hasValue("Q");
      assertThat(line.figureM2()).isCloseTo(70, within(1e-9));
    });
    assertThat(SHORT.outcome().en()).isEqualTo("green space left short");
    assertThat(SHORT.reportKey()).isEqualTo("greenSpace");
  }

  @Test
  @DisplayName("a table row with fewer cells than columns is refused, naming the table")
  void rowOfWrongWidth() {
    List<Column> columns = List.of(new Column("a", LocalizedText.of("甲", "A"), Format.TEXT),
        new Column("b", LocalizedText.of("乙", "B"), Format.M2));
    assertThatThrownBy(() -> new Table("t", true, columns, List.of(List.of(Cell.text("x")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Table t");
  }

  @Test
  @DisplayName("a cell is a text or a figure, never both, and a figure is finite")
  void cellIsOneThing() {
    assertThatThrownBy(() -> new Cell(Optional.of("x"), java.util.OptionalDouble.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cell.figure(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParcelLine("p", Optional.empty(), Optional.empty(), Double.POSITIVE_INFINITY,
        LocalizedText.of("缺", "short"))).isInstanceOf(IllegalArgumentException.class);
  }
}
