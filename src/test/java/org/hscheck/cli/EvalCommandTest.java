package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final EvalCommand command = new EvalCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertThat(command.run(new String[] {"--help"})).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: hscheck eval").contains("false NOT_MET");
  }

  @Test
  void aFolderThatDoesNotExistIsAUsageError(@TempDir Path dir) {
    assertThat(command.run(new String[] {dir.resolve("missing").toString()})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a directory");
  }

  @Test
  void unknownOptionsAndTwoFoldersAreUsageErrors(@TempDir Path dir) {
    assertThat(command.run(new String[] {"--fast"})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--fast'");
    assertThat(command.run(new String[] {dir.toString(), dir.toString()})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("only one FOLDER");
  }
}
