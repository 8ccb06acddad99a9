package org.hscheck.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.DocumentInfo;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import org.hscheck.report.Guideline;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.ReportError;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;

/** Hand-made expectations and reports for the comparison tests. */
final class EvalFixtures {
  private EvalFixtures() {}

  /** Every criterion expected MET except those overridden. */
  static Expectation expect(String doc, Map<Criterion, Verdict> overrides) {
    Map<Criterion, Expectation.Expected> m = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      m.put(c, new Expectation.Expected(overrides.getOrDefault(c, Verdict.MET), "reviewer reason for " + c));
    }
    return new Expectation(doc, Outcome.ASSESSED, m);
  }

  /** An assessed report with every criterion MET except those overridden; each verdict cites one finding. */
  static Report report(String doc, Map<Criterion, Verdict> overrides) {
    List<CriterionResult> results = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int n = 0;
    for (Criterion c : Criterion.values()) {
      String id = "F-" + (++n);
      Verdict v = overrides.getOrDefault(c, Verdict.MET);
      results.add(new CriterionResult(c, v, "checker summary for " + c, List.of(id)));
      findings.add(new Finding(id, "rule-" + c.name().toLowerCase(), c.name(), v == Verdict.NOT_MET ? Severity.ERROR
          : Severity.INFO, "message for " + c, "hint", new Guideline("UNTFHS Guidelines", "IV"),
          List.of(new EvidenceRef("quoted evidence for " + c, 3, "4 Partnerships > 4.2 Partners", 17))));
    }
    return new Report(new DocumentInfo(doc, "00", "DOCX", 4), Outcome.ASSESSED, null, new RuleSetInfo("t", "sha256:0"),
        results, findings, List.of());
  }

  static Report notAssessed(String doc, Outcome outcome, String code) {
    return new Report(new DocumentInfo(doc, "00", null, null), outcome, new ReportError(code, "no text layer"),
        new RuleSetInfo("t", "sha256:0"), List.of(), List.of(), List.of());
  }
}
