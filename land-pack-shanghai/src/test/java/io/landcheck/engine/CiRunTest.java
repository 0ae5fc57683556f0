package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CI runs the README's test command")
class CiRunTest {

  @Test
  @DisplayName("the command .ci/run ends with is the one the README's quick start gives for every test")
  void sameCommand() {
    String readme = RepoFiles.fenced(RepoFiles.block(RepoFiles.root().resolve("README.md"), "test-command")
        .orElseThrow(() -> new AssertionError("README.md has no test-command block"))).strip();
    List<String> run = RepoFiles.read(RepoFiles.root().resolve(".ci/run")).strip().lines().toList();

    assertThat(run.get(run.size() - 1)).isEqualTo("exec " + readme);
  }
}
