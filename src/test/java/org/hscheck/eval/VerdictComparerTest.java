package org.hscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hscheck.eval.EvalFixtures.expect;
import static org.hscheck.eval.EvalFixtures.notAssessed;
import static org.hscheck.eval.EvalFixtures.report;

import java.util.List;
import java.util.Map;
import org.hscheck.report.Criterion;
import org.hscheck.report.Outcome;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;

class VerdictComparerTest {

  @Test
  void identicalVerdictsAgree() {
    var d = VerdictComparer.compare(expect("a.docx", Map.of(Criterion.GENDER, Verdict.NOT_MET)),
        report("a.docx", Map.of(Criterion.GENDER, Verdict.NOT_MET)));
    assertThat(d.agrees()).isTrue();
    assertThat(d.checkedCriteria()).isEqualTo(Criterion.values().length);
  }

  @Test
  void disagreementsCarryBothVerdictsTheReasonAndTheFindingsEvidence() {
    var d = VerdictComparer.compare(
        expect("a.docx", Map.of(Criterion.JOINT_NEEDS, Verdict.NOT_MET, Criterion.THREE_ONES_AUTHORITY,
            Verdict.NOT_APPLICABLE)),
        report("a.docx", Map.of(Criterion.LEAD_AGENCY, Verdict.NOT_MET)));
    assertThat(d.agrees()).isFalse();
    assertThat(d.disagreements()).extracting(DocumentComparison.Disagreement::criterion)
        .containsExactly(Criterion.JOINT_NEEDS, Criterion.THREE_ONES_AUTHORITY, Criterion.LEAD_AGENCY);
    var joint = d.disagreements().get(0);
    assertThat(joint.expected()).isEqualTo(Verdict.NOT_MET);
    assertThat(joint.actual()).isEqualTo(Verdict.MET);
    assertThat(joint.falseMet()).isTrue();
    assertThat(joint.reason()).isEqualTo("reviewer reason for JOINT_NEEDS");
    assertThat(joint.findings()).singleElement()
        .satisfies(f -> assertThat(f.evidence().get(0).quote()).isEqualTo("quoted evidence for JOINT_NEEDS"));
    assertThat(d.disagreements().get(2).falseNotMet()).isTrue();
  }

  @Test
  void aDocumentThatShouldHaveBeenAssessedButHadNoTextMissesEveryCriterion() {
    var d = VerdictComparer.compare(expect("a.pdf", Map.of()), notAssessed("a.pdf", Outcome.NO_TEXT, "NO_TEXT"));
    assertThat(d.actualOutcome()).isEqualTo(Outcome.NO_TEXT);
    assertThat(d.error()).contains("NO_TEXT");
    assertThat(d.disagreements()).hasSize(Criterion.values().length)
        .allSatisfy(x -> assertThat(x.actual()).isNull());
  }

  @Test
  void anExpectedNoTextScanAgreesOnlyWhenTheCheckerSaysNoText() {
    var scan = new Expectation("s.pdf", Outcome.NO_TEXT, Map.of());
    assertThat(VerdictComparer.compare(scan, notAssessed("s.pdf", Outcome.NO_TEXT, "NO_TEXT")).agrees()).isTrue();
    var assessed = VerdictComparer.compare(scan, report("s.pdf", Map.of()));
    assertThat(assessed.agrees()).isFalse();
    assertThat(assessed.checkedCriteria()).isZero();
  }

  @Test
  void aCheckThatThrowsIsRecordedAsAFailureOfEveryCriterion() {
    var d = VerdictComparer.failed(expect("a.docx", Map.of()), new IllegalStateException("boom"));
    assertThat(d.actualOutcome()).isNull();
    assertThat(d.error()).contains("boom");
    assertThat(d.disagreements()).hasSize(Criterion.values().length);
  }

  @Test
  void statisticsCountFalseMetFalseNotMetAndOtherPerCriterion() {
    var a = VerdictComparer.compare(expect("a.docx", Map.of(Criterion.GENDER, Verdict.NOT_MET)),
        report("a.docx", Map.of()));
    var b = VerdictComparer.compare(expect("b.docx", Map.of()),
        report("b.docx", Map.of(Criterion.GENDER, Verdict.NOT_MET)));
    var c = VerdictComparer.compare(expect("c.docx", Map.of(Criterion.GENDER, Verdict.NOT_APPLICABLE)),
        report("c.docx", Map.of()));
    var r = new EvalResult(List.of(a, b, c), List.of());
    var gender = r.perCriterion().get(Criterion.GENDER);
    assertThat(gender.compared()).isEqualTo(3);
    assertThat(gender.agreed()).isZero();
    assertThat(gender.falseMet()).isEqualTo(2);
    assertThat(gender.falseNotMet()).isEqualTo(1);
    assertThat(gender.other()).isZero();
    assertThat(r.perCriterion().get(Criterion.MULTI_AGENCY).agreed()).isEqualTo(3);
    assertThat(r.compared()).isEqualTo(3 * Criterion.values().length);
    assertThat(r.agreed()).isEqualTo(r.compared() - 3);
    assertThat(r.fullAgreement()).isFalse();
  }

  @Test
  void anUnlabelledDocumentPreventsFullAgreement() {
    var a = VerdictComparer.compare(expect("a.docx", Map.of()), report("a.docx", Map.of()));
    assertThat(new EvalResult(List.of(a), List.of()).fullAgreement()).isTrue();
    assertThat(new EvalResult(List.of(a), List.of("new.pdf")).fullAgreement()).isFalse();
  }
}
