package org.hscheck.review;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;

/**
 * A reviewer's judgement of one criterion of one version, as kept in the append-only audit trail.
 *
 * @param verdict       the reviewer's verdict (for CONFIRM, the engine's)
 * @param engineVerdict what the engine said when the reviewer decided
 */
public record Decision(UUID id, UUID versionId, Criterion criterion, Kind decision, Verdict verdict, String reason,
                       String reviewer, OffsetDateTime decidedAt, Verdict engineVerdict, String ruleSetDigest) {

  /** Confirm the engine's verdict, or override it with another. */
  public enum Kind { CONFIRM, OVERRIDE }
}
