package org.hscheck.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.check.Checker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions and their versions in the database, the files in the {@link FileStore}. Versions are numbered 1, 2, ...
 * per submission: an upload locks its submission's row while it numbers and inserts the version, so concurrent uploads
 * to one submission take turns. Access checks are the caller's.
 */
@Service
public class SubmissionService {
  private static final String VERSION_COLUMNS =
      "id, submission_id, version_no, file_name, format, sha256, storage_key, size_bytes, uploaded_by, uploaded_at";
  private final JdbcClient jdbc;
  private final FileStore files;
  private final TransactionTemplate tx;

  SubmissionService(JdbcClient jdbc, FileStore files, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.files = files;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Creates an empty submission (no version yet). {@code callId} is null for an applicant's own proposal. */
  @Transactional
  public Submission create(String owner, String title, UUID callId) {
    Submission s = new Submission(UUID.randomUUID(), owner, clip(title, 300), callId, now());
    jdbc.sql("INSERT INTO submission (id, owner, title, call_id, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(s.id(), s.owner(), s.title(), s.callId(), s.createdAt()).update();
    return s;
  }

  /**
   * Stores a file as the next version of a submission.
   *
   * @param format the format the reader recognised (DOCX, DOC, PDF) or null
   */
  public Version addVersion(UUID submissionId, String uploadedBy, String fileName, String format, byte[] content) {
    String key = files.store(content);
    String sha = Checker.sha256(content);
    return tx.execute(status -> {
      jdbc.sql("SELECT id FROM submission WHERE id = ? FOR UPDATE").param(submissionId).query(UUID.class).optional()
          .orElseThrow(() -> new NoSuchElementException("no submission " + submissionId));
      int next = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM submission_version WHERE submission_id = ?")
          .param(submissionId).query(Integer.class).single();
      Version v = new Version(UUID.randomUUID(), submissionId, next, clip(fileName, 300), format, sha, key,
          content.length, uploadedBy, now());
      jdbc.sql("INSERT INTO submission_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(v.id(), v.submissionId(), v.versionNo(), v.fileName(), v.format(), v.sha256(), v.storageKey(),
              v.sizeBytes(), v.uploadedBy(), v.uploadedAt())
          .update();
      return v;
    });
  }

  /** A submission by id. */
  public Optional<Submission> find(UUID id) {
    return jdbc.sql("SELECT id, owner, title, call_id, created_at FROM submission WHERE id = ?").param(id)
        .query(SubmissionService::submission).optional();
  }

  /** An applicant's own submissions (not those of screening calls), newest first. */
  public List<Submission> ownedBy(String owner) {
    return jdbc.sql("SELECT id, owner, title, call_id, created_at FROM submission WHERE owner = ? AND call_id IS NULL "
            + "ORDER BY created_at DESC, id").param(owner).query(SubmissionService::submission).list();
  }

  /** All applicants' own submissions (not those of screening calls), newest first. */
  public List<Submission> allApplicantSubmissions() {
    return jdbc.sql("SELECT id, owner, title, call_id, created_at FROM submission WHERE call_id IS NULL "
        + "ORDER BY created_at DESC, id").query(SubmissionService::submission).list();
  }

  /** Every submission, applicants' and screening calls', newest first. */
  public List<Submission> all() {
    return jdbc.sql("SELECT id, owner, title, call_id, created_at FROM submission ORDER BY created_at DESC, id")
        .query(SubmissionService::submission).list();
  }

  /** The newest version of a submission. */
  public Optional<Version> latestVersion(UUID submissionId) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM submission_version WHERE submission_id = ? "
        + "ORDER BY version_no DESC LIMIT 1").param(submissionId).query(SubmissionService::version).optional();
  }

  /** The versions of a submission, oldest first. */
  public List<Version> versions(UUID submissionId) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM submission_version WHERE submission_id = ? ORDER BY version_no")
        .param(submissionId).query(SubmissionService::version).list();
  }

  /** A version by id. */
  public Optional<Version> version(UUID versionId) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM submission_version WHERE id = ?").param(versionId)
        .query(SubmissionService::version).optional();
  }

  /** A version by its submission and number. */
  public Optional<Version> version(UUID submissionId, int versionNo) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM submission_version WHERE submission_id = ? AND version_no = ?")
        .params(submissionId, versionNo).query(SubmissionService::version).optional();
  }

  /** The file of a version as uploaded. */
  public byte[] content(Version v) {
    return files.load(v.storageKey());
  }

  private static Submission submission(ResultSet rs, int row) throws SQLException {
    return new Submission(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("title"),
        rs.getObject("call_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class));
  }

  private static Version version(ResultSet rs, int row) throws SQLException {
    return new Version(rs.getObject("id", UUID.class), rs.getObject("submission_id", UUID.class),
        rs.getInt("version_no"), rs.getString("file_name"), rs.getString("format"), rs.getString("sha256"),
        rs.getString("storage_key"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String clip(String s, int max) {
    String t = s == null || s.isBlank() ? "Untitled" : s.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }
}
