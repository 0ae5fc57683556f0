package io.landcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checker shared between threads")
class CheckerConcurrencyTest {

  /** Parcels that vary every fact the rules read, so every rule takes many of its paths. */
  private static List<Parcel> parcels(int n) {
    ProjectCategory[] categories = ProjectCategory.values();
    RecognitionLevel[] levels = RecognitionLevel.values();
    return IntStream.range(0, n).mapToObj(i -> {
      Parcel.Builder b = Parcel.builder("C-" + i)
          .landUse(i % 5 == 0 ? LandUse.GENERAL_RD : LandUse.INDUSTRIAL)
          .singleUse(i % 7 != 0)
          .siteAreaM2(2_000 + 7 * (i % 500))
          .floorAreaM2("生产", 6_000 + 53 * (i % 97))
          .floorAreaM2(i % 2 == 0 ? "研发" : "办公", 500 + 11 * (i % 89))
          .floorAreaM2(i % 3 == 0 ? "宿舍" : "餐饮", 100 + 29 * (i % 61))
          .undergroundFloorAreaM2(i % 4 * 1_000)
          .tenure(i % 2 == 0 ? LandTenure.NEW : LandTenure.EXISTING)
          .lease(LocalDate.of(2022, 1, 1).plusDays(i), i % 3 == 0 ? 20 : 10 + i % 45)
          .applicationDate(LocalDate.of(2021, 8, 1).plusDays(i % 900));
      ProjectCategory category = categories[i % categories.length];
      if (category == ProjectCategory.NONE) {
        b.projectCategory(category);
      } else {
        b.project(category, levels[i % levels.length]);
      }
      if (i % 11 == 0) {
        b.intensification(1.0, 2.0, 0, i % 3 * 500, i % 2 == 0);
      }
      if (i % 13 == 0) {
        b.floorAreaM2("unknown-use", 1);
      }
      if (i % 17 == 0) {
        b.clearFloorAreas();
      }
      return b.build();
    }).toList();
  }

  @Test
  @DisplayName("checking many parcels on many threads gives the same reports as checking them one by one")
  void concurrentEqualsSequential() throws Exception {
    Checker checker = Checker.of(PolicyPacks.shanghai2021());
    List<Parcel> parcels = parcels(2_000);
    List<Report> sequential = parcels.stream().map(checker::check).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (Parcel p : parcels) {
        futures.add(pool.submit(() -> checker.check(p)));
      }
      List<Report> concurrent = new ArrayList<>();
      for (Future<Report> f : futures) {
        concurrent.add(f.get());
      }
      assertThat(concurrent).isEqualTo(sequential);
      assertThat(concurrent.stream().map(Report::toJson).toList())
          .isEqualTo(sequential.stream().map(Report::toJson).toList());
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).extracting(Report::verdict).contains(Verdict.values());
  }

  @Test
  @DisplayName("a parallel stream over one checker gives the same reports as a sequential one")
  void parallelStream() {
    Checker checker = Checker.of(PolicyPacks.shanghai2021());
    List<Parcel> parcels = parcels(1_000);
    assertThat(parcels.parallelStream().map(checker::check).toList())
        .isEqualTo(parcels.stream().map(checker::check).toList());
  }
}
