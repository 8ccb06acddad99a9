package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final BenchCommand command = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpAndNoopSucceed() {
    assertThat(command.run(new String[] {"--help"})).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: hscheck bench").contains("--small-heap");
    assertThat(command.run(new String[] {"--noop"})).isZero();
  }

  @Test
  void badOptionsAreUsageErrorsNamingTheValue() {
    assertThat(command.run(new String[] {"--runs", "0"})).isEqualTo(3);
    assertThat(err()).contains("--runs must be at least 1, got 0");
    assertThat(command.run(new String[] {"--pages", "50,lots"})).isEqualTo(3);
    assertThat(err()).contains("--pages takes a whole number, got 'lots'");
    assertThat(command.run(new String[] {"--small-heap", "big"})).isEqualTo(3);
    assertThat(err()).contains("--small-heap takes a size like 256m, got 'big'");
    assertThat(command.run(new String[] {"--warmup"})).isEqualTo(3);
    assertThat(err()).contains("--warmup needs a value");
    assertThat(command.run(new String[] {"/no/such/folder"})).isEqualTo(3);
    assertThat(err()).contains("'/no/such/folder' is not a directory");
  }

  @Test
  void childrenRunTheJarWhenGivenElseThisClassPath() {
    assertThat(BenchCommand.launcher(Path.of("target/hscheck.jar"))).endsWith("-jar", "target/hscheck.jar");
    assertThat(BenchCommand.launcher(null)).contains("-cp").endsWith(Main.class.getName());
  }
}
