package org.hscheck.report;

import java.util.List;

/**
 * What changed between the reports of two drafts: criteria whose verdict changed, findings fixed and findings new.
 * Findings are matched by rule id.
 */
public record ReportDiff(List<VerdictChange> changed, List<Finding> fixed, List<Finding> added) {
  public ReportDiff {
    changed = List.copyOf(changed);
    fixed = List.copyOf(fixed);
    added = List.copyOf(added);
  }

  /** One criterion whose verdict changed. */
  public record VerdictChange(Criterion criterion, Verdict before, Verdict after) {}

  /** Compares an older report with a newer one. */
  public static ReportDiff between(Report older, Report newer) {
    throw new UnsupportedOperationException("diff not yet written (issue 6)");
  }
}
