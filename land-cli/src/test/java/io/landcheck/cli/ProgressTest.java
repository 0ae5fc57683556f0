package io.landcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.model.RecordError;
import io.landcheck.engine.Report;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.batch.BatchInfo;
import io.landcheck.batch.BatchRow;
import io.landcheck.batch.BatchSummary;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import io.landcheck.engine.Report;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  /** What the progress line shows at the end of a batch of {@code rows} error rows, when the input expected some. */
  private static String finalLine(long expected, int rows) {
    StringWriter out = new StringWriter();
    Progress progress = new Progress(new PrintWriter(out));
    progress.begin(new BatchInfo(ShanghaiPacks.shanghai2021(), List.of("park.gpkg"), Optional.of(DATE),
        OptionalLong.of(expected), List.of()));
    for (int i = 0; i < rows; i++) {
      Report report = Report.error("R-" + i, "shanghai-2021", DATE, List.of(RecordError.of(RecordError.Code.INVALID_VALUE, "R-" + i, "f", "bad")));
      progress.row(new BatchRow(i, "park.gpkg:parcels#" + i, report, Optional.empty(), Optional.empty(),
          Optional.empty()));
    }
    progress.end(new BatchSummary(rows, 0, 0, 0, 0, rows, 0, Map.of(), List.of(), List.of(),
        Duration.ofSeconds(1), 0, 0, 0));
    String[] lines = out.toString().split("\r");
    return lines[lines.length - 1];
  }

  @Test
  @DisplayName("the finished line shows every record done against the count the input gave")
  void finishedAtTheCount() {
    assertThat(finalLine(3, 3)).contains("[##############################]", "3/3 parcels").doesNotContain("ETA");
  }

  @Test
  @DisplayName("records beyond the input's parcel count (orphan rows) raise the total instead of overrunning it")
  void orphanRowsRaiseTheTotal() {
    assertThat(finalLine(2, 3)).contains("3/3 parcels").doesNotContain("3/2");
  }
}
