package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checker shared between threads")
class CheckerConcurrencyTest {

  @Test
  @DisplayName("checking many parcels on many threads gives the same reports as checking them one by one")
  void concurrentEqualsSequential() throws Exception {
    Checker checker = Checker.of(ShanghaiPacks.shanghai2021());
    List<Parcel> parcels = TestParcels.varied(2_000);
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
    Checker checker = Checker.of(ShanghaiPacks.shanghai2021());
    List<Parcel> parcels = TestParcels.varied(1_000);
    assertThat(parcels.parallelStream().map(checker::check).toList())
        .isEqualTo(parcels.stream().map(checker::check).toList());
  }
}
