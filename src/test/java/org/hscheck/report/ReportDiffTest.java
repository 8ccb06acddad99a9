package org.hscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

  @Test
  void sameReportHasNoChanges() {
    assertThat(ReportDiff.between(SampleReports.assessed(), SampleReports.assessed()).isEmpty()).isTrue();
  }

  @Test
  void fixedFindingAndChangedVerdictAndNewFinding() {
    Report older = SampleReports.assessed();
    List<CriterionResult> criteria = new ArrayList<>();
    for (CriterionResult c : older.criteria()) {
      criteria.add(switch (c.id()) {
        case JOINT_NEEDS -> new CriterionResult(c.id(), Verdict.MET, "Needs assessed with communities", List.of());
        case GENDER -> new CriterionResult(c.id(), Verdict.NOT_MET, "No sex-disaggregated targets", List.of("GE-001"));
        default -> c;
      });
    }
    List<Finding> findings = new ArrayList<>(older.findings());
    findings.removeIf(f -> f.id().equals("JN-001"));
    Finding gender = new Finding("GE-001", "form/no-gender-dimension", "GENDER", Severity.ERROR, "No gender dimension.",
        "Disaggregate targets by sex and age.", new Guideline("UNTFHS Guidelines", "IV.5"), List.of());
    findings.add(gender);
    Report newer = new Report(older.document(), older.outcome(), null, older.ruleSet(), criteria, findings,
        older.outline());

    ReportDiff diff = ReportDiff.between(older, newer);

    assertThat(diff.changed()).containsExactly(
        new ReportDiff.VerdictChange(Criterion.JOINT_NEEDS, Verdict.NOT_MET, Verdict.MET),
        new ReportDiff.VerdictChange(Criterion.GENDER, Verdict.MET, Verdict.NOT_MET));
    assertThat(diff.fixed()).extracting(Finding::ruleId).containsExactly("joint-needs/assessment-planned-not-done");
    assertThat(diff.added()).containsExactly(gender);
  }

  @Test
  void ruleFiringTwiceThenOncePairsByMessage() {
    Finding a = finding("F-1", "org/undefined-acronym", "CBO is not defined.");
    Finding b = finding("F-2", "org/undefined-acronym", "NSP is not defined.");
    Finding b2 = finding("F-7", "org/undefined-acronym", "NSP is not defined.");
    Report older = report(List.of(a, b));
    Report newer = report(List.of(b2));

    ReportDiff diff = ReportDiff.between(older, newer);

    assertThat(diff.fixed()).containsExactly(a);
    assertThat(diff.added()).isEmpty();
  }

  @Test
  void verdictsOfAReportNotAssessedAreNull() {
    ReportDiff diff = ReportDiff.between(SampleReports.rejected(), SampleReports.assessed());
    assertThat(diff.changed()).hasSize(Criterion.values().length)
        .allSatisfy(c -> assertThat(c.before()).isNull());
    assertThat(diff.added()).extracting(Finding::id).containsExactly("JN-001", "CO-001", "SU-001", "W-001");
  }

  @Test
  void informationFindingsAreNeitherFixedNorNew() {
    Report older = SampleReports.assessed();
    Report newer = report(older.findings().stream().filter(f -> !f.id().equals("MA-001")).toList());
    assertThat(ReportDiff.between(older, newer).fixed()).isEmpty();
    assertThat(ReportDiff.between(newer, older).added()).isEmpty();
  }

  private static Finding finding(String id, String rule, String message) {
    return new Finding(id, rule, "ACRONYMS", Severity.WARNING, message, "Define it.", new Guideline("G", "1"),
        List.of());
  }

  private static Report report(List<Finding> findings) {
    Report base = SampleReports.assessed();
    return new Report(base.document(), base.outcome(), null, base.ruleSet(), base.criteria(), findings, List.of());
  }
}
