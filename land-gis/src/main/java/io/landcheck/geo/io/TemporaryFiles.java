package io.landcheck.geo.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary files the readers of this package have made and not yet deleted: the indexed copies of a GeoPackage's
 * child tables and the staging files of Shapefile and GeoJSON sources, each in {@code java.io.tmpdir}. Closing a
 * source deletes its files. A program that must leave none behind when it is stopped part-way (a signal, while a
 * source is still being opened) calls {@link #deleteAll()} from its own shutdown hook: landcheck's library code
 * installs no hook itself. Thread-safe.
 *
 * @since 0.1
 */
public final class TemporaryFiles {

  private static final Set<Path> LIVE = new LinkedHashSet<>();
  private static boolean closed;

  private TemporaryFiles() {}

  /**
   * A new empty temporary file, recorded until {@link #delete}.
   *
   * @throws IOException if it cannot be made, or {@link #deleteAll()} was called (the program is stopping)
   */
  static synchronized Path create(String prefix, String suffix) throws IOException {
    if (closed) {
      throw new IOException("landcheck is stopping: no temporary file is made");
    }
    Path file = Files.createTempFile(prefix, suffix);
    LIVE.add(file);
    return file;
  }

  /** Deletes a file made by {@link #create}, if it is still there. */
  static void delete(Path file) throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      synchronized (TemporaryFiles.class) {
        LIVE.remove(file);
      }
    }
  }

  /**
   * The temporary files made and not yet deleted.
   *
   * @return the files, in the order they were made; a copy, not a view
   */
  public static synchronized List<Path> live() {
    return List.copyOf(LIVE);
  }

  /**
   * Deletes every temporary file still there, open or not (a file still open is unlinked: its space is freed when the
   * process ends), and refuses to make new ones from now on: for a shutdown hook, as the process stops. Never blocks
   * on a reader that is still running.
   */
  public static void deleteAll() {
    List<Path> files;
    synchronized (TemporaryFiles.class) {
      closed = true;
      files = List.copyOf(LIVE);
      LIVE.clear();
    }
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
