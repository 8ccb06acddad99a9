package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Criterion;
import org.hscheck.report.DocumentInfo;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Verdict;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The file store and the report store on the test database. */
@WebTest
class StoresTest {
  @Autowired FileStore files;
  @Autowired ReportStore reports;
  @Autowired JdbcClient jdbc;

  @Test
  void fileStoreKeepsBytesUnderGeneratedNamesOutsideServedFolders() throws Exception {
    byte[] content = "%PDF-1.7 draft".getBytes();
    String key = files.store(content);
    assertThat(key).matches("[0-9a-f]{32}");
    assertThat(files.load(key)).isEqualTo(content);
    try (var all = Files.walk(files.root())) {
      assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).contains(key);
    }
    assertThat(files.root().toString()).doesNotContain("static").doesNotContain("public");
    assertThatThrownBy(() -> files.load("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a file store key");
    assertThatThrownBy(() -> files.load("0".repeat(32))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no file is stored");
  }

  @Test
  void reportStoreKeepsOneReportPerRuleSetAndReturnsTheLatest() {
    UUID version = newVersion();
    Report older = report(new RuleSetInfo("1", "sha256:aaa"), Verdict.NOT_MET);
    Report newer = report(new RuleSetInfo("2", "sha256:bbb"), Verdict.MET);
    UUID first = reports.save(version, older);
    reports.save(version, newer);
    assertThat(reports.forRuleSet(version, "sha256:aaa")).contains(older);
    assertThat(reports.latest(version)).contains(newer);
    Report again = report(new RuleSetInfo("1", "sha256:aaa"), Verdict.MET);
    assertThat(reports.save(version, again)).isEqualTo(first);
    assertThat(reports.forRuleSet(version, "sha256:aaa")).contains(again);
    assertThat(reports.forRuleSet(version, "sha256:none")).isEmpty();
    assertThat(reports.latest(UUID.randomUUID())).isEmpty();
  }

  private UUID newVersion() {
    UUID sub = UUID.randomUUID();
    UUID ver = UUID.randomUUID();
    jdbc.sql("INSERT INTO submission (id, owner, title, created_at) VALUES (?, ?, ?, ?)")
        .params(sub, "applicant", "Draft", OffsetDateTime.now()).update();
    jdbc.sql("""
            INSERT INTO submission_version (id, submission_id, version_no, file_name, format, sha256, storage_key,
              size_bytes, uploaded_by, uploaded_at) VALUES (?, ?, 1, 'd.pdf', 'PDF', 'abc', 'k', 3, 'applicant', ?)""")
        .params(ver, sub, OffsetDateTime.now()).update();
    return ver;
  }

  private static Report report(RuleSetInfo rules, Verdict verdict) {
    return new Report(new DocumentInfo("d.pdf", "abc", "PDF", 2), Outcome.ASSESSED, null, rules,
        List.of(new CriterionResult(Criterion.MULTI_AGENCY, verdict, "two agencies", List.of("MA-001"))),
        List.of(), List.of(new Report.OutlineEntry(1, "1 Summary", 1)));
  }
}
