package org.hscheck.submission;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.report.Report;
import org.hscheck.report.ReportJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports of submission versions, one per (version, rule set digest), as the contract's JSON in
 * {@code report_record}. Saving again for the same pair replaces the stored report; saves of one version's reports take
 * turns on the version's row, so two at once (a screening worker and a reviewer's first look) replace, never collide.
 */
@Component
public class ReportStore {
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  ReportStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Saves the report of a version (under the report's rule set digest) and returns the record id. */
  public UUID save(UUID versionId, Report report) {
    String json = ReportJson.write(report);
    String version = report.ruleSet() == null ? "unknown" : report.ruleSet().version();
    String digest = report.ruleSet() == null ? "unknown" : report.ruleSet().digest();
    return tx.execute(status -> {
      jdbc.sql("SELECT id FROM submission_version WHERE id = ? FOR UPDATE").param(versionId).query(UUID.class)
          .optional().orElseThrow(() -> new NoSuchElementException("no submission version " + versionId));
      // stamped under the lock, so that the save that waited is also the latest by time
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      Optional<UUID> existing = jdbc.sql("SELECT id FROM report_record WHERE version_id = ? AND rule_set_digest = ?")
          .params(versionId, digest).query(UUID.class).optional();
      if (existing.isPresent()) {
        jdbc.sql("UPDATE report_record SET outcome = ?, report_json = ?, created_at = ? WHERE id = ?")
            .params(report.outcome().name(), json, now, existing.get()).update();
        return existing.get();
      }
      UUID id = UUID.randomUUID();
      jdbc.sql("""
              INSERT INTO report_record (id, version_id, rule_set_version, rule_set_digest, outcome, report_json, created_at)
              VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(id, versionId, version, digest, report.outcome().name(), json, now).update();
      return id;
    });
  }

  /** The most recently saved report of a version, under any rule set. */
  public Optional<Report> latest(UUID versionId) {
    return jdbc.sql("SELECT report_json FROM report_record WHERE version_id = ? ORDER BY created_at DESC, id LIMIT 1")
        .param(versionId).query(String.class).optional().map(ReportJson::read);
  }

  /** The report of a version under the rule set with this digest ("sha256:..."). */
  public Optional<Report> forRuleSet(UUID versionId, String digest) {
    return jdbc.sql("SELECT report_json FROM report_record WHERE version_id = ? AND rule_set_digest = ?")
        .params(versionId, digest).query(String.class).optional().map(ReportJson::read);
  }
}
