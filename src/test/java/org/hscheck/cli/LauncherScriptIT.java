package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.ReportJson;
import org.junit.jupiter.api.Test;

/** bin/hscheck, the fast-start launcher of the command line, run on the packaged jar as a user would. */
class LauncherScriptIT {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("hscheck-out", ".txt");
    Path err = Files.createTempFile("hscheck-err", ".txt");
    List<String> cmd = new java.util.ArrayList<>(List.of("bash", "bin/hscheck"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("bin/hscheck finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void checksADocumentWithAPreparedFastStartAndAsCleanAnOutputAsTheJar() throws Exception {
    Run first = run("check", "sample-proposals/ke-turkana-resilience.pdf");
    Run second = run("check", "sample-proposals/ke-turkana-resilience.pdf");
    assertThat(Path.of("target/hscheck-cli/hscheck.jar")).exists();
    assertThat(Path.of("target/hscheck-cli/hscheck.jsa")).as("class-data archive written by the first run").exists();
    for (Run r : List.of(first, second)) {
      assertThat(r.exit()).isIn(0, 1);
      Report report = ReportJson.read(r.out());
      assertThat(report.outcome()).isEqualTo(Outcome.ASSESSED);
      assertThat(report.document().name()).isEqualTo("ke-turkana-resilience.pdf");
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("[warning][cds]");
    }
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void passesOptionsAndExitStatusThrough() throws Exception {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: java -jar hscheck.jar COMMAND");
    Run bad = run("check", "--format", "nope", "x.pdf");
    assertThat(bad.exit()).isEqualTo(3);
    assertThat(bad.err()).contains("unknown format 'nope'");
  }
}
