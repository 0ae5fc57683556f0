package io.landcheck.cli;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code --policy} option's value: a bundled pack id, or a pack file. */
final class Policies {

  /** The largest pack file read: the bundled pack is some 30 KB. */
  static final long MAX_PACK_BYTES = 16L << 20;

  private Policies() {}

  /**
   * The pack named by {@code policy}.
   *
   * @throws CommandLine.ParameterException if it is neither a bundled id nor a readable, valid pack file (exit 64)
   */
  static PolicyPack load(CommandLine cl, String policy) {
    var bundled = PolicyPacks.bundled(policy);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    Path file = Path.of(policy);
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(cl, "--policy: '" + policy + "' is neither a bundled pack "
          + PolicyPacks.bundledIds() + " nor a pack file");
    }
    try {
      if (Files.size(file) > MAX_PACK_BYTES) {
        throw new CommandLine.ParameterException(cl, "--policy: " + policy + " is " + (Files.size(file) >> 20)
            + " MiB; a pack file is at most " + (MAX_PACK_BYTES >> 20) + " MiB");
      }
      return PolicyPacks.load(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new CommandLine.ParameterException(cl, "--policy: " + e.getMessage());
    } catch (java.io.IOException e) {
      throw new CommandLine.ParameterException(cl, "--policy: " + policy + " cannot be read");
    }
  }
}
