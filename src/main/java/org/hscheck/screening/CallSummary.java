package org.hscheck.screening;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A call for proposals and the progress of its current screening.
 *
 * @param ruleSetDigest         the rule set of the current screening
 * @param previousRuleSetDigest the rule set it was screened with before, or null
 */
public record CallSummary(UUID id, String name, String createdBy, OffsetDateTime createdAt, String ruleSetDigest,
                          String previousRuleSetDigest, Progress progress) {}
