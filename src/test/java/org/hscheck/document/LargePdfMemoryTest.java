package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 200-page PDF parses in a child JVM limited to a 256 MB heap, through the parse command. */
class LargePdfMemoryTest {
  @TempDir
  Path dir;

  @Test
  void twoHundredPagesUnder256MbHeap() throws Exception {
    Path pdf = dir.resolve("long.pdf");
    Files.write(pdf, TestPdfs.longDocument(200));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path stdout = dir.resolve("out.json");
    Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-Xss4m", "-cp", System.getProperty("java.class.path"),
        "org.hscheck.cli.Main", "parse", "--compact", pdf.toString()))
        .redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.to(new File(dir.toFile(), "err.txt")))
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("child parse finished").isTrue();
    String json = Files.readString(stdout, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit status; stderr: %s", Files.readString(dir.resolve("err.txt"))).isZero();
    assertThat(json).contains("\"pages\":200").contains("Line 39 of page 200").doesNotContain("\"error\"");
  }
}
