package org.hscheck.submission;

import java.util.List;
import org.hscheck.report.Finding;
import org.hscheck.report.ReportDiff;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;

/**
 * What changed from one version of a submission to a later one: verdicts gained (now MET), verdicts lost (no longer
 * MET), other verdict changes, problems fixed and problems new (findings of severity ERROR or WARNING; the INFO
 * findings that explain a MET verdict are not listed).
 */
public record VersionChanges(int fromVersion, int toVersion, List<ReportDiff.VerdictChange> gained,
                             List<ReportDiff.VerdictChange> lost, List<ReportDiff.VerdictChange> other,
                             List<Finding> fixed, List<Finding> added) {

  /** Splits a report diff into gains, losses and other changes. */
  static VersionChanges of(int from, int to, ReportDiff diff) {
    var gained = diff.changed().stream().filter(c -> c.after() == Verdict.MET && c.before() != Verdict.MET).toList();
    var lost = diff.changed().stream().filter(c -> c.before() == Verdict.MET && c.after() != Verdict.MET).toList();
    var other = diff.changed().stream().filter(c -> !gained.contains(c) && !lost.contains(c)).toList();
    return new VersionChanges(from, to, gained, lost, other, problems(diff.fixed()), problems(diff.added()));
  }

  private static List<Finding> problems(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return gained.isEmpty() && lost.isEmpty() && other.isEmpty() && fixed.isEmpty() && added.isEmpty();
  }
}
