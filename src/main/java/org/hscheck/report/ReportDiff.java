package org.hscheck.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between the reports of two drafts: criteria whose verdict changed, findings fixed and findings new.
 * Only problems count as fixed or new: findings of severity ERROR or WARNING (INFO findings record evidence found,
 * which a verdict change already shows). Findings are matched by rule id; when one rule fired several times,
 * findings with the same message pair first, the rest in order.
 */
public record ReportDiff(List<VerdictChange> changed, List<Finding> fixed, List<Finding> added) {
  public ReportDiff {
    changed = List.copyOf(changed);
    fixed = List.copyOf(fixed);
    added = List.copyOf(added);
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return changed.isEmpty() && fixed.isEmpty() && added.isEmpty();
  }

  /** One criterion whose verdict changed; a verdict is null in a report that was not assessed. */
  public record VerdictChange(Criterion criterion, Verdict before, Verdict after) {}

  /** Compares an older report with a newer one. */
  public static ReportDiff between(Report older, Report newer) {
    Map<Criterion, Verdict> before = verdicts(older);
    Map<Criterion, Verdict> after = verdicts(newer);
    List<VerdictChange> changed = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      Verdict b = before.get(c);
      Verdict a = after.get(c);
      if (!Objects.equals(a, b)) changed.add(new VerdictChange(c, b, a));
    }
    Map<String, List<Finding>> unmatchedNew = byRule(newer.findings());
    List<Finding> fixed = new ArrayList<>();
    Map<String, List<Finding>> unmatchedOld = byRule(older.findings());
    for (var e : unmatchedOld.entrySet()) {
      List<Finding> olds = e.getValue();
      List<Finding> news = unmatchedNew.getOrDefault(e.getKey(), new ArrayList<>());
      olds.removeIf(o -> news.stream().filter(n -> n.message().equals(o.message())).findFirst()
          .map(news::remove).orElse(false));
      while (!olds.isEmpty() && !news.isEmpty()) {
        olds.remove(0);
        news.remove(0);
      }
      fixed.addAll(olds);
    }
    List<Finding> added = new ArrayList<>();
    unmatchedNew.values().forEach(added::addAll);
    added.sort((x, y) -> Integer.compare(newer.findings().indexOf(x), newer.findings().indexOf(y)));
    return new ReportDiff(changed, fixed, added);
  }

  private static Map<Criterion, Verdict> verdicts(Report r) {
    Map<Criterion, Verdict> m = new EnumMap<>(Criterion.class);
    r.criteria().forEach(c -> m.put(c.id(), c.verdict()));
    return m;
  }

  private static Map<String, List<Finding>> byRule(List<Finding> findings) {
    Map<String, List<Finding>> m = new LinkedHashMap<>();
    findings.stream().filter(f -> f.severity() != Severity.INFO)
        .forEach(f -> m.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    return m;
  }
}
