package org.hscheck.submission;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.report.Report;
import org.hscheck.report.ReportJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports of submission versions, one per (version, rule set digest), as the contract's JSON in
 * {@code report_record}. Saving again for the same pair replaces the stored report.
 */
@Component
public class ReportStore {
  private final JdbcClient jdbc;

  ReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Saves the report of a version (under the report's rule set digest) and returns the record id. */
  public UUID save(UUID versionId, Report report) {
    String json = ReportJson.write(report);
    String version = report.ruleSet() == null ? "unknown" : report.ruleSet().version();
    String digest = report.ruleSet() == null ? "unknown" : report.ruleSet().digest();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Optional<UUID> existing = jdbc.sql("SELECT id FROM report_record WHERE version_id = ? AND rule_set_digest = ?")
        .params(versionId, digest).query(UUID.class).optional();
    if (existing.isPresent()) {
      update(existing.get(), report, json, now);
      return existing.get();
    }
    UUID id = UUID.randomUUID();
    try {
      jdbc.sql("""
              INSERT INTO report_record (id, version_id, rule_set_version, rule_set_digest, outcome, report_json, created_at)
              VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(id, versionId, version, digest, report.outcome().name(), json, now).update();
      return id;
    } catch (DuplicateKeyException raced) {
      UUID other = jdbc.sql("SELECT id FROM report_record WHERE version_id = ? AND rule_set_digest = ?")
          .params(versionId, digest).query(UUID.class).single();
      update(other, report, json, now);
      return other;
    }
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

  private void update(UUID id, Report report, String json, OffsetDateTime now) {
    jdbc.sql("UPDATE report_record SET outcome = ?, report_json = ?, created_at = ? WHERE id = ?")
        .params(report.outcome().name(), json, now, id).update();
  }
}
