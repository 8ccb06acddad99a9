package org.hscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static FileFigures file(String name, Integer pages, double check, double bare) {
    Stats s = new Stats(check / 3, check / 3);
    return new FileFigures(name, "generated", pages, 2048, "ASSESSED", s, s, s, null, new Stats(check, check),
        new Stats(bare, bare), "PDFBox PDFTextStripper", 64L * 1048576);
  }

  private static String print(List<FileFigures> files, ColdStart cold) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new Bench.Options(1, 2, List.of(50), cold != null, 1, List.of("java"), "256m"), files, cold);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void targetsAreJudgedFromTheFigures() {
    ColdStart cold = new ColdStart("java -jar target/hscheck.jar", "a.docx", 400, 2500, 1500, 300, -1, 3600, 2100,
        "large-200.pdf", "256m", true, "check 900 ms, heap peak 120 MB of 256 MB");
    String md = print(List.of(file("large-50.pdf", 50, 120, 100), file("large-200.pdf", 200, 600, 400)), cold);
    assertThat(md).contains("| large-50.pdf | generated | 50 | 2 | ASSESSED |");
    assertThat(md).contains("| 1.20 |").contains("| 1.50 |");
    assertThat(md).contains("worst 1.50× (large-200.pdf); 1 of 2 files within | no |");
    assertThat(md).contains("large-200.pdf checked under -Xmx256m | check 900 ms, heap peak 120 MB of 256 MB | yes |");
    assertThat(md).contains("cold `check` of one document ≤ 3 s | 3600 ms (`check a.docx`) | no |");
    assertThat(md).contains("cold `check` of one document ≤ 3 s, through `bin/hscheck` | 2100 ms (`bin/hscheck check a.docx`) | yes |");
    assertThat(md).contains("| rule set load (`RuleSet.loadDefault()`, precompiled) | 1500 |");
    assertThat(md).contains("| JSON rendering | n/a |");
    // 250 pages in 0.72 s of checking
    assertThat(md).contains("| generated | 2 | 250 | 0.72 | 2.8 | 347 | 500 |");
  }

  @Test
  void withoutColdStartOnlyTheWarmTargetIsJudged() {
    String md = print(List.of(file("a.pdf", 3, 10, 10)), null);
    assertThat(md).contains("1 of 1 files within | yes |").doesNotContain("Xmx").doesNotContain("cold `check`");
  }

  @Test
  void aFileWhoseCheckThrewIsListedAndKeptOutOfTheFigures() {
    FileFigures failed = FileFigures.failed("b.docx", "samples", 4096, new IllegalStateException("boom"));
    String md = print(List.of(file("a.pdf", 3, 10, 10), failed), null);
    assertThat(md).contains("| b.docx | samples | – | 4 | FAILED: java.lang.IllegalStateException: boom |");
    assertThat(md).contains("1 of 1 files within; 1 failed to check | no |");
    assertThat(md).contains("| all | 1 | 3 |");
  }

  @Test
  void childFiguresAreParsedFromTheirLine() {
    Map<String, String> kv = Bench.keyValues("some log line\nmain_after_ms=120 rules_ms=900.5 check_ms=80.0 "
        + "render_ms=-1.0 outcome=ASSESSED heap_peak_mb=40.2 max_heap_mb=256.0\n");
    assertThat(kv).containsEntry("rules_ms", "900.5").containsEntry("outcome", "ASSESSED")
        .containsEntry("max_heap_mb", "256.0");
  }

  @Test
  void statsTakeTheMedianOfOddAndEvenCounts() {
    assertThat(Stats.ofNanos(new long[] {3_000_000, 1_000_000, 2_000_000}).medianMillis()).isEqualTo(2.0);
    assertThat(Stats.ofNanos(new long[] {4_000_000, 1_000_000}).medianMillis()).isEqualTo(2.5);
    assertThat(Stats.ofNanos(new long[] {4_000_000, 1_000_000}).meanMillis()).isEqualTo(2.5);
  }
}
