package io.landcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  /** Work whose cost varies a lot from input to input, so that workers finish out of order. */
  private static String slowSquare(int i) {
    long spin = (i * 7919L) % 50_000;
    double x = 0;
    for (long k = 0; k < spin; k++) {
      x += Math.sqrt(k);
    }
    if (i == 13) {
      throw new IllegalStateException("bad input 13");
    }
    return i + ":" + (long) i * i + (x < 0 ? "!" : "");
  }

  private static List<String> run(int threads, int window, int n) {
    List<String> out = new ArrayList<>();
    new OrderedParallel<Integer, String>(OrderedParallelTest::slowSquare, (i, e) -> i + ":failed " + e.getMessage(),
        threads, window).run(IntStream.range(0, n).boxed().iterator(), out::add);
    return out;
  }

  @Test
  @DisplayName("results come out in input order on several threads")
  void inputOrder() {
    List<String> out = run(4, 8, 500);
    assertThat(out).hasSize(500);
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i)).startsWith(i + ":");
    }
  }

  @Test
  @DisplayName("an input whose work throws gets its failure result in its place and the rest go on")
  void failureInPlace() {
    List<String> out = run(3, 6, 40);
    assertThat(out.get(13)).isEqualTo("13:failed bad input 13");
    assertThat(out.get(14)).isEqualTo("14:196");
    assertThat(out).hasSize(40);
  }

  @Test
  @DisplayName("parallel results equal sequential results")
  void parallelEqualsSequential() {
    assertThat(run(4, 16, 300)).isEqualTo(run(1, 1, 300));
  }

  @Test
  @DisplayName("an empty input gives no results")
  void empty() {
    assertThat(run(2, 4, 0)).isEmpty();
  }

  @Test
  @DisplayName("when the inputs themselves fail, the results before the failure come out in order, then the failure")
  void inputFailureAfterResults() {
    java.util.Iterator<Integer> breaking = new java.util.Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (next == 40) {
          throw new java.io.UncheckedIOException(new java.io.IOException("cursor broke"));
        }
        return next++;
      }
    };
    List<String> out = new ArrayList<>();
    OrderedParallel<Integer, String> parallel = new OrderedParallel<>(OrderedParallelTest::slowSquare,
        (i, e) -> i + ":failed", 4, 64);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> parallel.run(breaking, out::add))
        .hasMessageContaining("cursor broke");
    assertThat(out).hasSize(40);
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i)).startsWith(i + ":");
    }
  }
}
