package org.hscheck.report;

import java.util.List;

/**
 * What one rule concluded about one document.
 *
 * @param id        report-local id ("MA-001"), unique in a report
 * @param ruleId    the rule's id in the rule set
 * @param criterion the criterion id it feeds, or a rule-specific id for warnings beyond the criteria
 */
public record Finding(String id, String ruleId, String criterion, Severity severity, String message, String hint,
                      Guideline guideline, List<EvidenceRef> evidence) {
  public Finding {
    evidence = List.copyOf(evidence);
  }
}
