package io.landcheck.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where {@code check} writes its report: standard output, or the {@code --out} file. The file is written under a
 * temporary name in its own directory ({@code .landcheck-….part}) and moved into place by {@link #commit} only when
 * the run has finished; closing a report file that was not committed deletes the temporary file. A run that fails
 * part-way (an input that cannot be read further, a disk that fills up) so leaves neither a half-written report nor a
 * damaged one in place of the file that was at {@code --out} before. A device or a pipe at {@code --out}
 * ({@code /dev/null}) is written to directly.
 */
final class ReportFile implements AutoCloseable {

  private final OutputStream stream;
  /** The file the report is moved to, and the temporary file it is written to; empty for standard output. */
  private final Optional<Path> target;
  private final Optional<Path> temporary;
  private volatile boolean committed;

  private ReportFile(OutputStream stream, Optional<Path> target, Optional<Path> temporary) {
    this.stream = stream;
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * No report stream: for the GIS layer formats, whose writer writes and moves its files itself. Committing it does
   * nothing.
   */
  static ReportFile none() {
    return new ReportFile(OutputStream.nullOutputStream(), Optional.empty(), Optional.empty());
  }

  /** The report on standard output, which closing only flushes. */
  static ReportFile standardOutput() {
    return new ReportFile(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)) {
      @Override
      public void close() throws IOException {
        flush(); // never close standard output
      }
    }, Optional.empty(), Optional.empty());
  }

  /**
   * The report to be written to {@code out}: opens a temporary file beside it.
   *
   * @throws IOException if the directory does not exist, a file at {@code out} cannot be written, or the temporary file
   *     cannot be created
   */
  static ReportFile open(Path out) throws IOException {
    Path target = Files.isSymbolicLink(out) && Files.exists(out) ? out.toRealPath() : out;
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IOException("--out " + out + ": directory " + dir + " does not exist");
    }
    if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
      // a device or a pipe (/dev/null, a FIFO): nothing there to protect, and nothing to move a file over
      return new ReportFile(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), Optional.empty(),
          Optional.empty());
    }
    if (Files.exists(target) && (!Files.isRegularFile(target) || !Files.isWritable(target))) {
      throw new AccessDeniedException(out.toString(), null, "--out is not a file the report can be written over");
    }
    while (true) {
      Path temporary = (dir == null ? Path.of("") : dir).resolve(
          ".landcheck-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
      try {
        OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new ReportFile(new BufferedOutputStream(stream, 1 << 16), Optional.of(target), Optional.of(temporary));
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }

  /** Where the report's bytes go until {@link #commit}. */
  OutputStream stream() {
    return stream;
  }

  /**
   * The run finished: the report is complete. Closes the stream and moves the temporary file to {@code --out},
   * replacing what was there (with its permissions kept, where the file system has them).
   */
  void commit() throws IOException {
    stream.close();
    if (temporary.isPresent()) {
      Path from = temporary.get();
      Path to = target.orElseThrow();
      if (Files.exists(to)) {
        try {
          Files.setPosixFilePermissions(from, Files.getPosixFilePermissions(to));
        } catch (UnsupportedOperationException notPosix) {
          // the new file keeps the directory's defaults
        }
      }
      try {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /**
   * Deletes the temporary file now, without touching the stream (which another thread may still be writing): for a
   * shutdown hook, as the process stops. Does nothing for standard output or a device.
   */
  void discard() {
    if (temporary.isPresent() && !committed) {
      try {
        Files.deleteIfExists(temporary.get());
      } catch (IOException e) {
        temporary.get().toFile().deleteOnExit();
      }
    }
  }

  /** Deletes the temporary file unless the report was committed. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      stream.close();
    } catch (IOException ignored) {
      // the run has failed already; its error is the one to report
    } finally {
      if (temporary.isPresent()) {
        Files.deleteIfExists(temporary.get());
      }
    }
  }
}
