package org.hscheck.submission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A proposal kept with all its versions.
 *
 * @param owner  the applicant (or, for a screening call's submission, the secretariat user who uploaded it)
 * @param callId the screening call it belongs to, or null for an applicant's own submission
 */
public record Submission(UUID id, String owner, String title, UUID callId, OffsetDateTime createdAt) {}
