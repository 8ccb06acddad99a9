package org.hscheck.report;

import java.util.List;

/**
 * A criterion's verdict, its one-line summary and the findings behind it.
 *
 * @param findings ids of the findings ({@link Finding#id()}) that decided it
 */
public record CriterionResult(Criterion id, Verdict verdict, String summary, List<String> findings) {
  public CriterionResult {
    findings = List.copyOf(findings);
  }
}
