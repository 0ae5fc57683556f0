package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.engine.Verdict;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.Verdict;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

  private static BatchSummary summary(long read, Duration elapsed) {
    return new BatchSummary(read, 1, 2, 3, 4, 5, 0, Map.of(), List.of(), List.of(), elapsed, 0, 0, 0);
  }

  @Test
  @DisplayName("read must be the sum of the five verdict counts: 1 + 2 + 3 + 4 + 5 = 15")
  void readIsTheSumOfTheCounts() {
    assertThat(summary(15, Duration.ofSeconds(1)).read()).isEqualTo(15);
    assertThatThrownBy(() -> summary(14, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BatchSummary.read must equal the sum of the verdict counts (15), was 14");
  }

  @Test
  @DisplayName("15 records in 3 seconds are 5 records per second")
  void recordsPerSecond() {
    assertThat(summary(15, Duration.ofSeconds(3)).recordsPerSecond()).isEqualTo(5.0);
  }

  @Test
  @DisplayName("a batch timed at 0 is taken as 1 ns long, not divided by zero")
  void recordsPerSecondOfNoTime() {
    assertThat(summary(15, Duration.ZERO).recordsPerSecond()).isEqualTo(15e9);
  }

  @Test
  @DisplayName("a batch rule fails only when its verdict is NON_COMPLIANT: a balance with nothing cut does not")
  void failedBatchResults() throws IOException {
    BatchChecker checker = BatchChecker.of(Fixtures.PACK).onDate(LocalDate.of(2024, 6, 1));
    // compliant-facts.json cuts no green space: the balance is NOT_APPLICABLE
    BatchSummary nothingCut = Fixtures.check(checker, "compliant-facts.json").summary;
    assertThat(Fixtures.greenSpace(nothingCut)).map(GreenSpaceReport::verdict).contains(Verdict.NOT_APPLICABLE);
    assertThat(nothingCut.failedBatchResults()).isEmpty();
    assertThat(summary(15, Duration.ofSeconds(1)).failedBatchResults()).isEmpty();
  }

  private static BatchSummary placed(long byLocation, long unplaced) {
    return new BatchSummary(15, 1, 2, 3, 4, 5, 0, Map.of(), List.of(), List.of(),
        Duration.ofSeconds(1), 0, byLocation, unplaced);
  }

  @Test
  @DisplayName("buildings placed by location are 0 or more, and those placed on no parcel at most the 5 errors")
  void byLocationCountsChecked() {
    assertThat(placed(0, 5).buildingsUnplaced()).isEqualTo(5);
    assertThat(placed(0, 0).buildingsByLocation()).isZero();
    assertThatThrownBy(() -> placed(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BatchSummary.buildingsByLocation must be >= 0, was -1");
    assertThatThrownBy(() -> placed(0, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BatchSummary.buildingsUnplaced must be from 0 to errors (5), was 6");
    assertThatThrownBy(() -> placed(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
