package org.hscheck.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Finding;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;

/** Compares one report with one expectation, criterion by criterion. Stateless. */
public final class VerdictComparer {
  private VerdictComparer() {}

  /** The comparison of {@code report} with {@code expected}; the report's criteria may be in any order. */
  public static DocumentComparison compare(Expectation expected, Report report) {
    String error = report.error() == null ? null : report.error().code() + ": " + report.error().message();
    if (expected.outcome() != Outcome.ASSESSED) {
      return new DocumentComparison(expected.document(), expected.outcome(), report.outcome(), error, List.of(), 0);
    }
    Map<Criterion, CriterionResult> actual = report.criteria().stream()
        .collect(Collectors.toMap(CriterionResult::id, Function.identity(), (a, b) -> a));
    Map<String, Finding> findings = report.findings().stream()
        .collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
    List<DocumentComparison.Disagreement> out = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      Expectation.Expected e = expected.criteria().get(c);
      CriterionResult r = actual.get(c);
      if (r != null && r.verdict() == e.verdict()) continue;
      out.add(new DocumentComparison.Disagreement(c, e.verdict(), r == null ? null : r.verdict(), e.reason(),
          r == null ? null : r.summary(), r == null ? List.of() : behind(c, r, findings, report)));
    }
    return new DocumentComparison(expected.document(), expected.outcome(), report.outcome(), error, out,
        Criterion.values().length);
  }

  /** The comparison for a document whose check threw: no outcome, and every expected verdict missed. */
  public static DocumentComparison failed(Expectation expected, RuntimeException e) {
    List<DocumentComparison.Disagreement> out = new ArrayList<>();
    for (var entry : expected.criteria().entrySet()) {
      out.add(new DocumentComparison.Disagreement(entry.getKey(), entry.getValue().verdict(), null,
          entry.getValue().reason(), null, List.of()));
    }
    return new DocumentComparison(expected.document(), expected.outcome(), null,
        "check failed: " + e + origin(e), out, expected.criteria().size());
  }

  /** " at Class.method(File.java:n)" for the first project frame of the stack, so a crash points at its code. */
  private static String origin(Throwable e) {
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.hscheck.")) return " at " + f;
    }
    return "";
  }

  /** The findings the verdict names, else every finding that feeds the criterion. */
  private static List<Finding> behind(Criterion c, CriterionResult r, Map<String, Finding> byId, Report report) {
    List<Finding> named = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : r.findings()) {
      Finding f = byId.get(id);
      if (f != null && seen.add(id)) named.add(f);
    }
    if (!named.isEmpty()) return named;
    return report.findings().stream().filter(f -> c.name().equals(f.criterion())).toList();
  }
}
