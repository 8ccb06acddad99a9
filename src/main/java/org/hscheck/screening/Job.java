package org.hscheck.screening;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One proposal version to screen with one rule set, as the queue holds it.
 *
 * @param lockedBy    the worker holding the lease, or the one that last held it once the job is finished
 * @param lockedUntil when the lease runs out; null unless RUNNING
 * @param attempts    how many leases were taken on it (a lease returned at shutdown does not count)
 */
record Job(UUID id, UUID callId, UUID versionId, String ruleSetDigest, JobStatus status, int attempts,
           String lockedBy, OffsetDateTime lockedUntil, String errorCode) {}
