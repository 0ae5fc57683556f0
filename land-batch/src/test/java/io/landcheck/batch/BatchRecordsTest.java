package io.landcheck.batch;

import static io.landcheck.batch.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.RecordError;
import io.landcheck.engine.Report;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.Report;
import io.landcheck.model.RecordError;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The validation of the batch's records: each refusal names the record and the field. */
class BatchRecordsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  private static final Report REPORT =
      Report.error("M-1", PACK.id(), DATE, List.of(RecordError.of(RecordError.Code.INVALID_GEOMETRY, "M-1", "boundary", "Self-intersection at (1 2)")));

  @Test
  @DisplayName("batch info without a date is refused, naming the record and the field")
  void batchInfoNeedsDate() {
    assertThatThrownBy(() -> new BatchInfo(PACK, List.of("park.gpkg"), null, OptionalLong.empty(), List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("BatchInfo.date");
  }

  @Test
  @DisplayName("a batch row without a locator is refused, naming the record, the field and the row")
  void batchRowNeedsLocator() {
    assertThatThrownBy(() -> new BatchRow(5, null, REPORT, Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("BatchRow.locator (row 5)");
  }

  @Test
  @DisplayName("a batch row of a negative index is refused, naming the record and the field")
  void batchRowNeedsIndexOfZeroOrMore() {
    assertThatThrownBy(() -> new BatchRow(-1, "park.gpkg:parcels#1", REPORT, Optional.empty(), Optional.empty(),
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BatchRow.index must be >= 0, was -1");
  }

  @Test
  @DisplayName("a batch summary whose verdict counts do not add up to the records read is refused, naming the field")
  void batchSummaryCountsAddUp() {
    assertThatThrownBy(() -> new BatchSummary(3, 1, 1, 0, 0, 0, 0, Map.of(), List.of(), List.of(),
        Duration.ZERO, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BatchSummary.read must equal the sum of the verdict counts (2), was 3");
  }

  @Test
  @DisplayName("a batch summary without its elapsed time is refused, naming the record and the field")
  void batchSummaryNeedsElapsed() {
    assertThatThrownBy(() -> new BatchSummary(0, 0, 0, 0, 0, 0, 0, Map.of(), List.of(), List.of(), null,
        0, 0, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("BatchSummary.elapsed");
  }

  @Test
  @DisplayName("a batch checker on no thread is refused, naming the class and the field")
  void batchCheckerNeedsAThread() {
    assertThatThrownBy(() -> BatchChecker.of(PACK).threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BatchChecker.threads must be >= 1, was 0");
  }

  @Test
  @DisplayName("a batch input of no input is refused, naming the class and the parameter")
  void batchInputNeedsAnInput() {
    assertThatThrownBy(() -> BatchInput.open(List.of(), PACK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BatchInput.open(inputs) must hold at least one input");
  }
}
