package org.hscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Finding;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;

/** The engine over whole proposals' facts, without Spring. */
class RuleSetTest {

  private static Map<Criterion, Verdict> verdicts(Evaluation e) {
    return e.criteria().stream().collect(Collectors.toMap(CriterionResult::id, CriterionResult::verdict));
  }

  @Test
  void completeProposalMeetsEveryCriterion() {
    Evaluation e = TestRules.rules().evaluate(TestRules.facts(TestRules.COMPLETE));
    assertThat(e.criteria()).extracting(CriterionResult::id).containsExactly(Criterion.values());
    assertThat(verdicts(e)).allSatisfy((c, v) -> assertThat(v).as(c.name()).isEqualTo(Verdict.MET));
    assertThat(e.findings()).extracting(Finding::severity).doesNotContain(org.hscheck.report.Severity.ERROR);
  }

  @Test
  void emptyProposalFailsWithNotApplicableWhereConditionsDoNotHold() {
    Evaluation e = TestRules.rules().evaluate(TestRules.facts("{}"));
    Map<Criterion, Verdict> v = verdicts(e);
    assertThat(v.get(Criterion.MULTI_AGENCY)).isEqualTo(Verdict.NOT_MET);
    assertThat(v.get(Criterion.ROLES_DEFINED)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(v.get(Criterion.PROTECTION_EMPOWERMENT_LINKED)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(v.get(Criterion.THREE_ONES_FRAMEWORK)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(v.get(Criterion.THREE_ONES_AUTHORITY)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(v.get(Criterion.THREE_ONES_MONITORING)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(v.get(Criterion.BUDGET_CONSISTENT)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(v).doesNotContainValue(Verdict.MET);
  }

  @Test
  void everyNotMetVerdictListsErrorFindingsThatSayWhatWasLookedFor() {
    Evaluation e = TestRules.rules().evaluate(TestRules.facts("{}"));
    Map<String, Finding> byId = e.findings().stream().collect(Collectors.toMap(Finding::id, Function.identity()));
    for (CriterionResult r : e.criteria()) {
      assertThat(r.findings()).as(r.id() + " lists its findings").isNotEmpty();
      if (r.verdict() == Verdict.NOT_MET) {
        assertThat(r.findings()).as(r.id().name())
            .anySatisfy(id -> assertThat(byId.get(id).message()).containsIgnoringCase("looked for"));
      }
    }
  }

  @Test
  void findingIdsAreFamilyPrefixedSequencesAndCarryMetadata() {
    Evaluation e = TestRules.rules().evaluate(TestRules.facts("{}"));
    assertThat(e.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.id()).matches("(MA|JN|PE|TO|FM|PL)-\\d{3}");
      assertThat(f.id().substring(0, 2)).isEqualTo(f.ruleId().substring(0, 2));
      assertThat(f.hint()).isNotBlank();
      assertThat(f.guideline().source()).isNotBlank();
      assertThat(f.guideline().section()).isNotBlank();
    });
    assertThat(e.findings()).extracting(Finding::id).doesNotHaveDuplicates().contains("MA-001", "FM-001");
  }

  @Test
  void messagesQuoteTheEvidenceShortened() {
    String longQuote = "x".repeat(400);
    Evaluation e = TestRules.rules().evaluate(TestRules.facts(
        "{'signals': ['SUSTAINABILITY NEGATED | " + longQuote + "']}"));
    Finding f = e.findings().stream().filter(x -> x.ruleId().equals("PL-SUSTAINABILITY-NEGATED")).findFirst().orElseThrow();
    assertThat(f.message()).contains("“xxx").contains("…”").hasSizeLessThan(260);
    assertThat(f.evidence()).singleElement().satisfies(ev -> {
      assertThat(ev.quote()).isEqualTo(longQuote);
      assertThat(ev.section()).isEqualTo("Fixture");
    });
  }

  @Test
  void ruleSetIdentityHasVersionAndDigest() {
    assertThat(TestRules.rules().info().version()).isNotBlank();
    assertThat(TestRules.rules().info().digest()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void findingNumbersArePaddedToThreeDigitsAsFormatPadsThem() {
    for (int n : new int[] {0, 1, 9, 10, 42, 99, 100, 999, 1000, 12345}) {
      assertThat(RuleSet.threeDigits(n)).isEqualTo(String.format("%03d", n));
    }
  }
}
