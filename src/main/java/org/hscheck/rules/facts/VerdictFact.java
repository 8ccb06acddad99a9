package org.hscheck.rules.facts;

import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;

/** A criterion's verdict, inserted by the verdict rules of {@code rules/verdicts.drl}. */
public record VerdictFact(Criterion criterion, Verdict verdict) {
  public Criterion getCriterion() { return criterion; }
  public Verdict getVerdict() { return verdict; }
}
