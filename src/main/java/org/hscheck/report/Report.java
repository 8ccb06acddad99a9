package org.hscheck.report;

import java.util.List;

/**
 * The one report model every renderer starts from (report-contract.md).
 * {@code criteria} lists every {@link Criterion} exactly once, in order, when the outcome is ASSESSED, else is empty.
 *
 * @param outline the document's headings as printed, in order (for the HTML and PDF renderers)
 */
public record Report(DocumentInfo document, Outcome outcome, ReportError error, RuleSetInfo ruleSet,
                     List<CriterionResult> criteria, List<Finding> findings, List<OutlineEntry> outline) {
  public Report {
    criteria = List.copyOf(criteria);
    findings = List.copyOf(findings);
    outline = List.copyOf(outline);
  }

  /** One heading of the document outline. */
  public record OutlineEntry(int level, String title, Integer page) {}
}
