package org.hscheck.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The screening queue in the database table {@code screening_job}, shared by every instance of the application.
 *
 * <p>A worker claims jobs with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so concurrent claimers never wait for
 * each other nor take the same row, and takes a lease ({@code locked_by}, {@code locked_until}) that it renews
 * with {@link #heartbeat} while it works. A lease that runs out (its instance died) makes the job claimable
 * again; after {@code maxAttempts} leases run out the job fails with {@link #LEASE_EXPIRED}. Only the current
 * lease holder can {@link #complete}, {@link #fail} or {@link #release} a job, which is what makes completion
 * happen exactly once. Times come from the application's clock: instances must keep their clocks in sync to
 * well within the lease.
 */
final class JobQueue {
  /** Error code of a job whose leases ran out {@code maxAttempts} times. */
  static final String LEASE_EXPIRED = "LEASE_EXPIRED";

  private static final String COLUMNS =
      "id, call_id, version_id, rule_set_digest, status, attempts, locked_by, locked_until, error_code";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration lease;
  private final int maxAttempts;

  JobQueue(JdbcClient jdbc, TransactionTemplate tx, Clock clock, Duration lease, int maxAttempts) {
    if (lease.isNegative() || lease.isZero()) throw new IllegalArgumentException("lease must be positive, was " + lease);
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.lease = lease;
    this.maxAttempts = maxAttempts;
  }

  Duration lease() {
    return lease;
  }

  /** Queues a version for screening with a rule set; false when that pair is already queued or screened. */
  boolean enqueue(UUID callId, UUID versionId, String ruleSetDigest) {
    try {
      return jdbc.sql("""
              INSERT INTO screening_job (id, call_id, version_id, rule_set_digest, status, attempts, created_at)
              SELECT ?, ?, ?, ?, ?, 0, ?
              WHERE NOT EXISTS (SELECT 1 FROM screening_job WHERE version_id = ? AND rule_set_digest = ?)""")
          .params(UUID.randomUUID(), callId, versionId, ruleSetDigest, JobStatus.QUEUED.name(), now(), versionId,
              ruleSetDigest)
          .update() == 1;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  /**
   * Leases up to {@code max} jobs to {@code worker}, oldest first: queued ones and those whose lease ran out.
   * Rows another transaction is claiming at the same moment are skipped, not waited for.
   */
  List<Job> claim(String worker, int max) {
    List<Job> claimed = tx.execute(status -> {
      OffsetDateTime now = now();
      jdbc.sql("""
              UPDATE screening_job SET status = 'FAILED', error_code = ?, locked_until = NULL, finished_at = ?
              WHERE status = 'RUNNING' AND locked_until < ? AND attempts >= ?""")
          .params(LEASE_EXPIRED, now, now, maxAttempts)
          .update();
      List<UUID> ids = jdbc.sql("""
              SELECT id FROM screening_job
              WHERE status = 'QUEUED' OR (status = 'RUNNING' AND locked_until < ? AND attempts < ?)
              ORDER BY created_at, id
              LIMIT ?
              FOR UPDATE SKIP LOCKED""")
          .params(now, maxAttempts, max)
          .query(UUID.class)
          .list();
      for (UUID id : ids) {
        jdbc.sql("""
                UPDATE screening_job
                SET status = 'RUNNING', locked_by = ?, locked_until = ?, attempts = attempts + 1, started_at = ?,
                    error_code = NULL
                WHERE id = ?""")
            .params(worker, now.plus(lease), now, id)
            .update();
      }
      return find(ids);
    });
    return claimed == null ? List.of() : claimed;
  }

  /** Renews the leases {@code worker} still holds among {@code jobIds}; returns the ids whose lease it holds. */
  List<UUID> heartbeat(String worker, Collection<UUID> jobIds) {
    List<UUID> held = new ArrayList<>();
    OffsetDateTime until = now().plus(lease);
    for (UUID id : jobIds) {
      int n = jdbc.sql("UPDATE screening_job SET locked_until = ? WHERE id = ? AND locked_by = ? AND status = 'RUNNING'")
          .params(until, id, worker)
          .update();
      if (n == 1) held.add(id);
    }
    return held;
  }

  /**
   * Marks a job done; false (and nothing changed) when {@code worker} no longer holds its lease. Run it in the
   * transaction that stores the job's result, so that the result is kept only by the lease holder.
   */
  boolean complete(UUID jobId, String worker) {
    return finish(jobId, worker, JobStatus.DONE, null);
  }

  /** Marks a job failed with an error code; false when {@code worker} no longer holds its lease. */
  boolean fail(UUID jobId, String worker, String errorCode) {
    return finish(jobId, worker, JobStatus.FAILED, errorCode);
  }

  private boolean finish(UUID jobId, String worker, JobStatus status, String errorCode) {
    return jdbc.sql("""
            UPDATE screening_job SET status = ?, error_code = ?, locked_until = NULL, finished_at = ?
            WHERE id = ? AND locked_by = ? AND status = 'RUNNING'""")
        .params(status.name(), errorCode, now(), jobId, worker)
        .update() == 1;
  }

  /**
   * Returns a job {@code worker} holds to the queue without counting the attempt (graceful shutdown);
   * false when it no longer holds the lease.
   */
  boolean release(UUID jobId, String worker) {
    return jdbc.sql("""
            UPDATE screening_job
            SET status = 'QUEUED', locked_by = NULL, locked_until = NULL, started_at = NULL, attempts = attempts - 1
            WHERE id = ? AND locked_by = ? AND status = 'RUNNING'""")
        .params(jobId, worker)
        .update() == 1;
  }

  /** Puts the failed jobs of one screening back in the queue; returns how many. */
  int retryFailed(UUID callId, String ruleSetDigest) {
    return jdbc.sql("""
            UPDATE screening_job
            SET status = 'QUEUED', locked_by = NULL, locked_until = NULL, started_at = NULL, finished_at = NULL,
                error_code = NULL, attempts = 0
            WHERE call_id = ? AND rule_set_digest = ? AND status = 'FAILED'""")
        .params(callId, ruleSetDigest)
        .update();
  }

  /** The jobs with these ids, in the order given (ids not found are left out). */
  List<Job> find(List<UUID> ids) {
    if (ids.isEmpty()) return List.of();
    Map<UUID, Job> byId = jdbc.sql("SELECT " + COLUMNS + " FROM screening_job WHERE id IN (:ids)")
        .param("ids", ids)
        .query(JobQueue::job)
        .list().stream()
        .collect(Collectors.toMap(Job::id, j -> j));
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  /** The jobs of one screening of a call, oldest first. */
  List<Job> jobs(UUID callId, String ruleSetDigest) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM screening_job WHERE call_id = ? AND rule_set_digest = ? ORDER BY created_at, id")
        .params(callId, ruleSetDigest)
        .query(JobQueue::job)
        .list();
  }

  /** Counts of the jobs of one screening of a call by state. */
  Progress progress(UUID callId, String ruleSetDigest) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("SELECT status, COUNT(*) AS n FROM screening_job WHERE call_id = ? AND rule_set_digest = ? GROUP BY status")
        .params(callId, ruleSetDigest)
        .query((RowCallbackHandler) rs -> counts.put(rs.getString("status"), rs.getInt("n")));
    return new Progress(counts.getOrDefault("QUEUED", 0), counts.getOrDefault("RUNNING", 0),
        counts.getOrDefault("DONE", 0), counts.getOrDefault("FAILED", 0));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static Job job(ResultSet rs, int row) throws SQLException {
    return new Job(rs.getObject("id", UUID.class), rs.getObject("call_id", UUID.class),
        rs.getObject("version_id", UUID.class), rs.getString("rule_set_digest"),
        JobStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("locked_by"),
        rs.getObject("locked_until", OffsetDateTime.class), rs.getString("error_code"));
  }
}
