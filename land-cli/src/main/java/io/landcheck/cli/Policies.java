package io.landcheck.cli;

import io.landcheck.PolicyPack;
import io.landcheck.PolicyPacks;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code --policy} option's value: a bundled pack id, or a pack file. */
final class Policies {

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
      return PolicyPacks.load(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new CommandLine.ParameterException(cl, "--policy: " + e.getMessage());
    }
  }
}
