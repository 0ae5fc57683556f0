package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a sequence of inputs on a pool of worker threads and hands the results to a consumer in input
 * order, with at most {@code window} inputs in flight: memory stays bounded whatever the length of the sequence.
 *
 * <p>The calling thread reads the inputs and consumes the results (so neither needs to be thread-safe); workers only
 * run the function. A function that throws a {@link RuntimeException} (or overflows the stack) for one input gives that
 * input's result through {@code onFailure}, so one bad record never stops the sequence.
 */
final class OrderedParallel<I, O> {

  private final Function<? super I, ? extends O> work;
  private final BiFunction<? super I, RuntimeException, ? extends O> onFailure;
  private final int threads;
  private final int window;

  OrderedParallel(Function<? super I, ? extends O> work, BiFunction<? super I, RuntimeException, ? extends O> onFailure,
      int threads, int window) {
    checkArgument(threads >= 1, "threads must be >= 1, was %s", threads);
    checkArgument(window >= threads, "window must be >= threads (%s), was %s", threads, window);
    this.work = work;
    this.onFailure = onFailure;
    this.threads = threads;
    this.window = window;
  }

  /**
   * Runs every input through the function and passes the results, in input order, to {@code out}. If the inputs
   * themselves fail (their iterator throws), the results of the inputs taken before are passed on first, in order,
   * and then the failure is thrown.
   */
  void run(Iterator<? extends I> inputs, Consumer<? super O> out) {
    if (threads == 1) {
      while (inputs.hasNext()) {
        out.accept(apply(inputs.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
    ArrayDeque<Future<O>> inFlight = new ArrayDeque<>(window);
    Throwable inputFailure = null;
    try {
      while (true) {
        I input;
        try {
          if (!inputs.hasNext()) {
            break;
          }
          input = inputs.next();
        } catch (RuntimeException | Error e) {
          inputFailure = e; // the results of the inputs taken before go out first
          break;
        }
        inFlight.add(pool.submit(() -> apply(input)));
        while (!inFlight.isEmpty() && (inFlight.size() >= window || inFlight.peek().isDone())) {
          out.accept(take(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        out.accept(take(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
    if (inputFailure instanceof Error error) {
      throw error;
    }
    if (inputFailure != null) {
      throw (RuntimeException) inputFailure;
    }
  }

  private O apply(I input) {
    try {
      return work.apply(input);
    } catch (RuntimeException e) {
      return onFailure.apply(input, e);
    } catch (StackOverflowError e) {
      // one input nested too deeply for the stack: a failure of that input, not of the sequence
      return onFailure.apply(input, new IllegalStateException("too deeply nested to be checked (" + e + ")", e));
    }
  }

  private static <O> O take(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted", e);
    } catch (ExecutionException e) {
      // apply() turns every RuntimeException into a result: what is left is an Error (such as OutOfMemoryError).
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Daemon worker threads, named for thread dumps. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "landcheck-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
