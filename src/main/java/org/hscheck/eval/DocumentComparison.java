package org.hscheck.eval;

import java.util.List;
import org.hscheck.report.Criterion;
import org.hscheck.report.Finding;
import org.hscheck.report.Outcome;
import org.hscheck.report.Verdict;

/**
 * How the checker's report on one document compares with its expectation.
 *
 * @param actualOutcome   the outcome the checker reported, or null when the check itself failed
 * @param disagreements   criteria where the verdicts differ (for a document that should have been assessed but was
 *                        not, every criterion, with a null actual verdict)
 * @param checkedCriteria how many criteria were compared (0 when neither side assessed the document)
 */
public record DocumentComparison(String document, Outcome expectedOutcome, Outcome actualOutcome,
                                 String error, List<Disagreement> disagreements, int checkedCriteria) {
  public DocumentComparison {
    disagreements = List.copyOf(disagreements);
  }

  /** True when the outcome and every verdict agree. */
  public boolean agrees() {
    return expectedOutcome == actualOutcome && disagreements.isEmpty();
  }

  /**
   * One criterion the checker judged differently from the reviewer.
   *
   * @param actual   the checker's verdict, or null when the document was not assessed
   * @param reason   the reviewer's one-line reason for the expected verdict
   * @param summary  the checker's one-line summary, or null
   * @param findings the findings behind the checker's verdict (with their evidence)
   */
  public record Disagreement(Criterion criterion, Verdict expected, Verdict actual, String reason, String summary,
                             List<Finding> findings) {
    public Disagreement {
      findings = List.copyOf(findings);
    }

    /** The checker said MET where the reviewer did not. */
    public boolean falseMet() {
      return actual == Verdict.MET;
    }

    /** The checker said NOT_MET where the reviewer did not. */
    public boolean falseNotMet() {
      return actual == Verdict.NOT_MET;
    }
  }
}
