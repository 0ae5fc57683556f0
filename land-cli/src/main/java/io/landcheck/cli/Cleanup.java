package io.landcheck.cli;

import io.landcheck.geo.io.TemporaryFiles;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * What {@code check} must not leave behind however it ends: the report's temporary file ({@code .landcheck-….part}),
 * the HTML report's spool files and the readers' temporary files (a GeoPackage's indexed copies, staging files). While a
 * check runs, one JVM shutdown hook is registered, so that Ctrl-C (SIGINT) and SIGTERM remove them too: it discards the
 * report's temporary file, deletes the readers' files ({@link TemporaryFiles#deleteAll()}) and closes what the check
 * opened, in reverse order, giving up after {@link #HOOK_MILLIS} so that a reader stuck in a query never keeps the
 * process from ending. On every other exit path, {@link #close()} closes the same things and removes the hook.
 */
final class Cleanup implements AutoCloseable {

  /** How long the shutdown hook waits for what it closes. */
  static final long HOOK_MILLIS = 3_000;

  private final Deque<AutoCloseable> open = new ConcurrentLinkedDeque<>();
  private final Thread hook = new Thread(this::onSignal, "landcheck-cleanup");
  private volatile ReportFile report;

  private Cleanup() {}

  /** Registers the shutdown hook. */
  static Cleanup install() {
    Cleanup cleanup = new Cleanup();
    Runtime.getRuntime().addShutdownHook(cleanup.hook);
    return cleanup;
  }

  /** Closes {@code c} on every exit path, before what was added earlier. */
  <T extends AutoCloseable> T add(T c) {
    open.push(c);
    return c;
  }

  /** The report file: its temporary file is discarded on a signal before anything else. */
  ReportFile report(ReportFile file) {
    report = file;
    return add(file);
  }

  private void onSignal() {
    ReportFile r = report;
    if (r != null) {
      r.discard();
    }
    TemporaryFiles.deleteAll();
    Thread closer = new Thread(this::closeAll, "landcheck-cleanup-close");
    closer.setDaemon(true);
    closer.start();
    try {
      closer.join(HOOK_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeAll() {
    AutoCloseable c;
    while ((c = open.poll()) != null) {
      try {
        c.close();
      } catch (Throwable ignored) {
        // the run has ended or is ending; closing the rest matters more
      }
    }
  }

  /** Closes what was added, latest first, and removes the shutdown hook. */
  @Override
  public void close() {
    closeAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }
}
