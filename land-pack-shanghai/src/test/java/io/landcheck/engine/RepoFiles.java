package io.landcheck.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's documentation files, for tests that keep them in step with the code. A block of a document is the
 * text between {@code <!-- name:begin -->} and {@code <!-- name:end -->}. Run the tests with
 * {@code -Dlandcheck.updateDocs=true} to rewrite the blocks from the code instead of checking them.
 */
final class RepoFiles {

  static final boolean UPDATE = Boolean.getBoolean("landcheck.updateDocs");

  private RepoFiles() {}

  /** The repository root: the nearest directory up from the working directory that holds land-core. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("land-core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pattern block(String name) {
    return Pattern.compile("<!-- " + Pattern.quote(name) + ":begin -->\\n(.*?)<!-- " + Pattern.quote(name) + ":end -->",
        Pattern.DOTALL);
  }

  /** The block's text, if the file exists and has the block. */
  static Optional<String> block(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Matcher m = block(name).matcher(read(file));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Replaces the block's text in the file. */
  static void writeBlock(Path file, String name, String text) {
    Matcher m = block(name).matcher(read(file));
    if (!m.find()) {
      throw new IllegalStateException(file + " has no block " + name);
    }
    String updated = read(file).substring(0, m.start(1)) + text + read(file).substring(m.end(1));
    try {
      Files.writeString(file, updated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the first fenced code block ({@code ```lang}) inside a block. */
  static String fenced(String blockText) {
    Matcher m = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(blockText);
    if (!m.find()) {
      throw new AssertionError("no fenced code in block:\n" + blockText);
    }
    return m.group(1);
  }
}
