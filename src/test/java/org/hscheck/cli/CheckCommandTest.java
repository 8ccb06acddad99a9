package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.ReportJson;
import org.hscheck.report.SampleReports;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final Path SAMPLES = Path.of("sample-proposals");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsOptionsAndExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("Usage: hscheck check").contains("--format").contains("--out").contains("--rules")
        .contains("3 usage or internal error");
  }

  @Test
  void usageErrorsExitThreeNamingTheProblem() {
    assertThat(run()).isEqualTo(3);
    assertThat(err()).contains("no FILE or DIR given");
    err.reset();
    assertThat(run("--format", "odt", "x.docx")).isEqualTo(3);
    assertThat(err()).contains("unknown format 'odt'");
    err.reset();
    assertThat(run("does-not-exist.docx")).isEqualTo(3);
    assertThat(err()).contains("no such file or folder: does-not-exist.docx");
    err.reset();
    assertThat(run("--rules", "no-such-rules", SAMPLES.resolve("ht-scan-signed.pdf").toString())).isEqualTo(3);
    assertThat(err()).contains("rules folder not found: no-such-rules");
    err.reset();
    assertThat(run(SAMPLES.resolve("ht-scan-signed.pdf").toString(), SAMPLES.resolve("md-trafficking.pdf").toString()))
        .isEqualTo(3);
    assertThat(err()).contains("give --out DIR");
    assertThat(out()).isEmpty();
    assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void oneFileWithoutOutPrintsItsReportAndNoProgress() {
    int status = run(SAMPLES.resolve("ht-scan-signed.pdf").toString());
    Report report = ReportJson.read(out());
    assertThat(report.outcome()).isEqualTo(Outcome.NO_TEXT);
    assertThat(report.error().code()).isEqualTo("NO_TEXT");
    assertThat(status).isEqualTo(2);
    assertThat(err()).doesNotContain("[1/1]");
  }

  @Test
  void batchWritesAReportPerInputAndSummaryGrids(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reports");
    int status = run("--out", out.toString(), SAMPLES.resolve("md-trafficking.pdf").toString(),
        SAMPLES.resolve("ht-scan-signed.pdf").toString());

    assertThat(err()).contains("[1/2] ").contains("[2/2] ").doesNotContain("\tat ");
    Report assessed = ReportJson.read(Files.readAllBytes(out.resolve("md-trafficking.pdf.json")));
    Report scan = ReportJson.read(Files.readAllBytes(out.resolve("ht-scan-signed.pdf.json")));
    assertThat(assessed.outcome()).isEqualTo(Outcome.ASSESSED);
    assertThat(assessed.criteria()).hasSize(19);
    assertThat(scan.outcome()).isEqualTo(Outcome.NO_TEXT);
    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(out.resolve("summary.csv")).split("\r\n")).hasSize(3);
    assertThat(out.resolve("summary.xlsx")).isNotEmptyFile();
    assertThat(this.out()).isEmpty();

    boolean notMet = assessed.criteria().stream().anyMatch(c -> c.verdict() == Verdict.NOT_MET);
    assertThat(CheckCommand.status(List.of(assessed))).isEqualTo(notMet ? 1 : 0);
  }

  @Test
  void statusRanksNotAssessedOverNotMetOverMet() {
    Report assessed = SampleReports.assessed();
    assertThat(CheckCommand.status(List.of(assessed))).isEqualTo(1);
    assertThat(CheckCommand.status(List.of(assessed, SampleReports.rejected()))).isEqualTo(2);
    Report allMet = new Report(assessed.document(), assessed.outcome(), null, assessed.ruleSet(),
        assessed.criteria().stream().map(c -> c.verdict() == Verdict.NOT_MET
            ? new org.hscheck.report.CriterionResult(c.id(), Verdict.MET, "ok", List.of()) : c).toList(),
        List.of(), List.of());
    assertThat(CheckCommand.status(List.of(allMet))).isZero();
  }
}
