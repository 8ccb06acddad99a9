package org.hscheck.rules;

import java.util.List;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Finding;

/** What the rules concluded about one document: a verdict per criterion, in order, and the findings. */
public record Evaluation(List<CriterionResult> criteria, List<Finding> findings) {
  public Evaluation {
    criteria = List.copyOf(criteria);
    findings = List.copyOf(findings);
  }
}
