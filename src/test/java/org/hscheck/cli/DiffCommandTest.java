package org.hscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Finding;
import org.hscheck.report.Report;
import org.hscheck.report.ReportJson;
import org.hscheck.report.SampleReports;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new DiffCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  /** The sample report with the needs assessment fixed: JOINT_NEEDS met and its finding gone. */
  private static Report fixedDraft() {
    Report old = SampleReports.assessed();
    List<CriterionResult> criteria = new ArrayList<>();
    for (CriterionResult c : old.criteria()) {
      criteria.add(c.id().name().equals("JOINT_NEEDS") ? new CriterionResult(c.id(), Verdict.MET, "done", List.of()) : c);
    }
    List<Finding> findings = old.findings().stream().filter(f -> !f.id().equals("JN-001")).toList();
    return new Report(old.document(), old.outcome(), null, old.ruleSet(), criteria, findings, old.outline());
  }

  @Test
  void savedReportsDiffAsText(@TempDir Path dir) throws Exception {
    Path older = Files.writeString(dir.resolve("v1.json"), ReportJson.write(SampleReports.assessed()));
    Path newer = Files.writeString(dir.resolve("v2.json"), ReportJson.write(fixedDraft()));

    int status = run(older.toString(), newer.toString());

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Verdicts changed (1):").containsPattern("JOINT_NEEDS +NOT_MET -> MET")
        .contains("Findings fixed (1):").contains("[joint-needs/assessment-planned-not-done]")
        .contains("Findings new (0):");
    assertThat(status).isEqualTo(1);
  }

  @Test
  void jsonFormatCarriesTheSameDiff(@TempDir Path dir) throws Exception {
    Path older = Files.writeString(dir.resolve("v1.json"), ReportJson.write(SampleReports.assessed()));
    Path newer = Files.writeString(dir.resolve("v2.json"), ReportJson.write(fixedDraft()));

    run("--format", "json", older.toString(), newer.toString());

    var tree = ReportJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(tree.get("changed").get(0).get("criterion").asString()).isEqualTo("JOINT_NEEDS");
    assertThat(tree.get("changed").get(0).get("after").asString()).isEqualTo("MET");
    assertThat(tree.get("fixed").get(0).get("id").asString()).isEqualTo("JN-001");
    assertThat(tree.get("added").size()).isZero();
    assertThat(tree.get("new").get("name").asString()).isEqualTo("draft.docx");
  }

  @Test
  void sameReportTwiceHasNoChanges(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), ReportJson.write(SampleReports.assessed()));
    run(a.toString(), a.toString());
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("No changes.\n");
  }

  @Test
  void usageErrorsExitThree(@TempDir Path dir) throws Exception {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: hscheck diff");
    assertThat(run("only-one.json")).isEqualTo(3);
    Path a = Files.writeString(dir.resolve("a.json"), "{\"criteria\": []}");
    assertThat(run(a.toString(), a.toString())).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file: only-one.json")
        .contains("is JSON but not a report").doesNotContain("\tat ");
  }
}
