package org.hscheck.report.render;

import java.util.Map;
import org.hscheck.report.Criterion;
import org.hscheck.report.Outcome;
import org.hscheck.report.Verdict;

/** Words a reader sees for ids: criterion names as criteria.md calls them, verdicts, outcomes. */
public final class Labels {
  private Labels() {}

  private static final Map<Criterion, String> NAMES = Map.ofEntries(
      Map.entry(Criterion.MULTI_AGENCY, "At least two UN organizations take part"),
      Map.entry(Criterion.ROLES_DEFINED, "Every participating UN organization has a role"),
      Map.entry(Criterion.CROSS_SECTORAL, "Government and civil society have a part"),
      Map.entry(Criterion.COORDINATION, "A coordination mechanism among the partners"),
      Map.entry(Criterion.JOINT_NEEDS, "Needs identified jointly before the design"),
      Map.entry(Criterion.PARTNERS_IN_DESIGN, "Implementing partners took part in the design"),
      Map.entry(Criterion.PROTECTION, "A top-down protection component"),
      Map.entry(Criterion.EMPOWERMENT, "A bottom-up empowerment component"),
      Map.entry(Criterion.PROTECTION_EMPOWERMENT_LINKED, "Protection and empowerment linked"),
      Map.entry(Criterion.THREE_ONES_FRAMEWORK, "Three Ones: one national HIV/AIDS framework"),
      Map.entry(Criterion.THREE_ONES_AUTHORITY, "Three Ones: one national AIDS authority"),
      Map.entry(Criterion.THREE_ONES_MONITORING, "Three Ones: one national M&E system"),
      Map.entry(Criterion.LEAD_AGENCY, "One lead agency with a programme coordinator"),
      Map.entry(Criterion.HUMAN_SECURITY_PRINCIPLES, "The other four human security principles"),
      Map.entry(Criterion.GENDER, "An age- and gender-sensitive dimension"),
      Map.entry(Criterion.COMMUNICATION, "Communication within 3% of the budget"),
      Map.entry(Criterion.BUDGET_CONSISTENT, "Budget tables add up"),
      Map.entry(Criterion.MONITORING_EVALUATION, "A monitoring and evaluation plan"),
      Map.entry(Criterion.SUSTAINABILITY, "Results last after the funding ends"));

  /** The criterion's name in words. */
  public static String name(Criterion c) {
    return NAMES.get(c);
  }

  /** The verdict in words ("Not met"). */
  public static String verdict(Verdict v) {
    return switch (v) {
      case MET -> "Met";
      case NOT_MET -> "Not met";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  /** The outcome in words. */
  public static String outcome(Outcome o) {
    return switch (o) {
      case ASSESSED -> "Assessed";
      case NO_TEXT -> "Not assessed: no readable text";
      case REJECTED -> "Not assessed: the file could not be read";
    };
  }
}
