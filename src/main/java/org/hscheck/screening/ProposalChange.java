package org.hscheck.screening;

import java.util.UUID;
import org.hscheck.report.ReportDiff;

/**
 * What a re-screening changed for one proposal of a call.
 *
 * @param state CHANGED or UNCHANGED once both reports exist; PENDING while the new screening runs; NEW when the
 *              proposal has no report under the previous rule set
 * @param diff  previous report to new report, or null unless CHANGED or UNCHANGED
 */
public record ProposalChange(UUID submissionId, UUID versionId, String title, String fileName, String state,
                             ReportDiff diff) {}
