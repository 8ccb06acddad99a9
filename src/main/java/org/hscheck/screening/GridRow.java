package org.hscheck.screening;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;

/**
 * One proposal of a call in the proposals x criteria grid.
 *
 * @param status    QUEUED, RUNNING, DONE or FAILED (the screening job)
 * @param outcome   ASSESSED, REJECTED or NO_TEXT once screened, else null
 * @param errorCode why the job failed or the document was not assessed, else null
 * @param verdicts  the verdict per criterion; empty unless assessed
 */
public record GridRow(UUID submissionId, UUID versionId, String title, String fileName, String status, String outcome,
                      String errorCode, Map<Criterion, Verdict> verdicts, int met, int notMet) {
  public GridRow {
    EnumMap<Criterion, Verdict> ordered = new EnumMap<>(Criterion.class);
    ordered.putAll(verdicts);
    verdicts = Collections.unmodifiableMap(ordered);
  }
}
