package org.hscheck.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls, the proposals uploaded into them and what the grid reads, in {@code screening_call} and the V1 tables. */
@Repository
class CallStore {
  private final JdbcClient jdbc;

  CallStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A call as stored. */
  record Call(UUID id, String name, String createdBy, OffsetDateTime createdAt, String ruleSetDigest,
              String previousRuleSetDigest) {}

  /** Where a version's file is kept and what it was called. */
  record VersionFile(String storageKey, String fileName) {}

  /** One proposal of a call with its job and report under one rule set; report JSON null until screened. */
  record Entry(UUID submissionId, UUID versionId, String title, String fileName, JobStatus status, String errorCode,
               String reportJson) {}

  UUID createCall(String name, String user, String ruleSetDigest) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO screening_call (id, name, created_by, created_at, rule_set_digest) VALUES (?, ?, ?, ?, ?)")
        .params(id, name, user, now(), ruleSetDigest)
        .update();
    return id;
  }

  Optional<Call> find(UUID id) {
    return jdbc.sql("SELECT * FROM screening_call WHERE id = ?").param(id).query(CallStore::call).optional();
  }

  /** A call, its row locked until the transaction ends (re-screenings and uploads of one call take turns). */
  Optional<Call> lock(UUID id) {
    return jdbc.sql("SELECT * FROM screening_call WHERE id = ? FOR UPDATE").param(id).query(CallStore::call).optional();
  }

  /** Every call, newest first. */
  List<Call> all() {
    return jdbc.sql("SELECT * FROM screening_call ORDER BY created_at DESC, id").query(CallStore::call).list();
  }

  /** Makes {@code digest} the call's rule set and its current one the previous. */
  void switchRuleSet(UUID callId, String digest) {
    jdbc.sql("UPDATE screening_call SET previous_rule_set_digest = rule_set_digest, rule_set_digest = ? WHERE id = ?")
        .params(digest, callId)
        .update();
  }

  /** Adds a proposal to a call: a submission owned by the uploader with its first version; returns the version id. */
  UUID addProposal(UUID callId, String title, String fileName, String sha256, String storageKey, long size, String user) {
    UUID submission = UUID.randomUUID();
    UUID version = UUID.randomUUID();
    OffsetDateTime now = now();
    jdbc.sql("INSERT INTO submission (id, owner, title, call_id, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(submission, user, title, callId, now)
        .update();
    jdbc.sql("""
            INSERT INTO submission_version (id, submission_id, version_no, file_name, sha256, storage_key, size_bytes,
              uploaded_by, uploaded_at)
            VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)""")
        .params(version, submission, fileName, sha256, storageKey, size, user, now)
        .update();
    return version;
  }

  /** The latest version of every proposal of a call, in upload order. */
  List<UUID> latestVersions(UUID callId) {
    return jdbc.sql("""
            SELECT v.id FROM submission s JOIN submission_version v ON v.submission_id = s.id
            WHERE s.call_id = ?
              AND v.version_no = (SELECT MAX(w.version_no) FROM submission_version w WHERE w.submission_id = s.id)
            ORDER BY s.created_at, s.id""")
        .param(callId)
        .query(UUID.class)
        .list();
  }

  VersionFile file(UUID versionId) {
    return jdbc.sql("SELECT storage_key, file_name FROM submission_version WHERE id = ?")
        .param(versionId)
        .query((rs, n) -> new VersionFile(rs.getString("storage_key"), rs.getString("file_name")))
        .single();
  }

  /** The proposals of a call screened (or being screened) with one rule set, with their reports where done. */
  List<Entry> entries(UUID callId, String digest) {
    return jdbc.sql("""
            SELECT s.id AS submission_id, v.id AS version_id, s.title, v.file_name, j.status, j.error_code, r.report_json
            FROM screening_job j
              JOIN submission_version v ON v.id = j.version_id
              JOIN submission s ON s.id = v.submission_id
              LEFT JOIN report_record r ON r.version_id = j.version_id AND r.rule_set_digest = j.rule_set_digest
            WHERE j.call_id = ? AND j.rule_set_digest = ?
            ORDER BY s.created_at, s.id""")
        .params(callId, digest)
        .query((rs, n) -> new Entry(rs.getObject("submission_id", UUID.class), rs.getObject("version_id", UUID.class),
            rs.getString("title"), rs.getString("file_name"), JobStatus.valueOf(rs.getString("status")),
            rs.getString("error_code"), rs.getString("report_json")))
        .list();
  }

  private static Call call(ResultSet rs, int row) throws SQLException {
    return new Call(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getString("rule_set_digest"),
        rs.getString("previous_rule_set_digest"));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
