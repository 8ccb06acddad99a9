package org.hscheck.web;

import org.hscheck.report.Criterion;
import org.hscheck.report.Outcome;
import org.hscheck.report.Verdict;
import org.springframework.stereotype.Component;

/**
 * Words a page shows for ids (criterion names as criteria.md calls them, verdicts, outcomes); templates use it as
 * {@code ${@labels.criterion(c)}}. The words are the report renderers' own ({@link org.hscheck.report.render.Labels}).
 */
@Component("labels")
public class Labels {

  /** The criterion's name in words. */
  public String criterion(Criterion c) {
    return org.hscheck.report.render.Labels.name(c);
  }

  /** The name of a criterion id given as text (a finding's criterion), or the id itself for ids beyond criteria.md. */
  public String criterion(String id) {
    for (Criterion c : Criterion.values()) {
      if (c.name().equals(id)) {
        return criterion(c);
      }
    }
    return id;
  }

  /** The verdict in words ("Not met"). */
  public String verdict(Verdict v) {
    return org.hscheck.report.render.Labels.verdict(v);
  }

  /** The outcome in words. */
  public String outcome(Outcome o) {
    return org.hscheck.report.render.Labels.outcome(o);
  }
}
