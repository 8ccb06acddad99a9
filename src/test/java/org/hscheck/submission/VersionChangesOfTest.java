package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hscheck.report.Criterion;
import org.hscheck.report.Finding;
import org.hscheck.report.ReportDiff;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;

/** Splitting a report diff into what an applicant reads: gains, losses, other changes, problems fixed and new. */
class VersionChangesOfTest {

  static Finding finding(String rule, Severity severity) {
    return new Finding(rule, rule, "GENDER", severity, rule + " message", null, null, List.of());
  }

  @Test
  void splitsVerdictChangesAndKeepsOnlyProblems() {
    var gain = new ReportDiff.VerdictChange(Criterion.GENDER, Verdict.NOT_MET, Verdict.MET);
    var loss = new ReportDiff.VerdictChange(Criterion.COMMUNICATION, Verdict.MET, Verdict.NOT_MET);
    var other = new ReportDiff.VerdictChange(Criterion.THREE_ONES_FRAMEWORK, Verdict.NOT_MET, Verdict.NOT_APPLICABLE);
    var diff = new ReportDiff(List.of(gain, loss, other),
        List.of(finding("gap", Severity.ERROR), finding("explains-met", Severity.INFO)),
        List.of(finding("new-gap", Severity.WARNING), finding("new-met", Severity.INFO)));

    VersionChanges c = VersionChanges.of(1, 2, diff);

    assertThat(c.gained()).containsExactly(gain);
    assertThat(c.lost()).containsExactly(loss);
    assertThat(c.other()).containsExactly(other);
    assertThat(c.fixed()).extracting(Finding::ruleId).containsExactly("gap");
    assertThat(c.added()).extracting(Finding::ruleId).containsExactly("new-gap");
    assertThat(c.isEmpty()).isFalse();
    assertThat(VersionChanges.of(2, 3, new ReportDiff(List.of(), List.of(finding("i", Severity.INFO)), List.of())).isEmpty())
        .isTrue();
  }
}
