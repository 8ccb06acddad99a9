package org.hscheck.eval;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints an {@link EvalResult} for people (a table and each disagreement with its evidence) or as JSON. */
public final class EvalPrinter {
  private static final int MAX_QUOTE = 160;
  private static final int MAX_EVIDENCE = 3;

  private EvalPrinter() {}

  /** The human-readable form: per-criterion table, totals, then every disagreement with the findings' evidence. */
  public static void text(EvalResult r, PrintStream out) {
    out.printf("%-32s %9s %9s %9s %11s %6s%n", "criterion", "agreement", "agreed", "false MET", "false NOT_MET",
        "other");
    for (EvalResult.CriterionStats s : r.perCriterion().values()) {
      out.printf("%-32s %8s%% %9s %9d %11d %6d%n", s.criterion(), percent(s.agreed(), s.compared()),
          s.agreed() + "/" + s.compared(), s.falseMet(), s.falseNotMet(), s.other());
    }
    int falseMet = r.perCriterion().values().stream().mapToInt(EvalResult.CriterionStats::falseMet).sum();
    int falseNotMet = r.perCriterion().values().stream().mapToInt(EvalResult.CriterionStats::falseNotMet).sum();
    out.printf("%-32s %8s%% %9s %9d %11d%n", "all", percent(r.agreed(), r.compared()), r.agreed() + "/" + r.compared(),
        falseMet, falseNotMet);
    out.println();
    out.printf("%d documents, %d with the expected outcome, %d fully in agreement%n", r.documents().size(),
        r.documents().size() - r.outcomeMismatches(),
        r.documents().stream().filter(DocumentComparison::agrees).count());
    for (String u : r.unlabelled()) out.println("no expected verdicts for " + u + " (add its .expected.json)");
    for (DocumentComparison d : r.documents()) {
      if (d.agrees()) continue;
      out.println();
      out.println("== " + d.document());
      if (d.expectedOutcome() != d.actualOutcome()) {
        out.println("  outcome: expected " + d.expectedOutcome() + ", got " + (d.actualOutcome() == null ? "no report"
            : d.actualOutcome()) + (d.error() == null ? "" : " (" + d.error() + ")"));
      }
      for (DocumentComparison.Disagreement x : d.disagreements()) {
        out.println("  " + x.criterion() + ": expected " + x.expected() + ", got "
            + (x.actual() == null ? "no verdict" : x.actual()));
        out.println("    reviewer: " + x.reason());
        if (x.summary() != null) out.println("    checker:  " + x.summary());
        for (Finding f : x.findings()) {
          out.println("    - " + f.ruleId() + " [" + f.severity() + "] " + f.message());
          List<EvidenceRef> ev = f.evidence();
          for (int i = 0; i < Math.min(MAX_EVIDENCE, ev.size()); i++) {
            out.println("        \"" + clip(ev.get(i).quote()) + "\" " + where(ev.get(i)));
          }
          if (ev.size() > MAX_EVIDENCE) out.println("        (" + (ev.size() - MAX_EVIDENCE) + " more quotes)");
        }
      }
    }
  }

  /** The machine-readable form: totals, per-criterion statistics and every disagreement. */
  public static String json(EvalResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("documents", r.documents().size());
    root.put("compared", r.compared());
    root.put("agreed", r.agreed());
    root.put("fullAgreement", r.fullAgreement());
    root.put("unlabelled", r.unlabelled());
    root.put("criteria", r.perCriterion().values());
    root.put("disagreements", r.documents().stream().filter(d -> !d.agrees()).toList());
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root) + "\n";
  }

  private static String percent(int agreed, int compared) {
    return compared == 0 ? "-" : String.format("%.1f", 100.0 * agreed / compared);
  }

  private static String clip(String quote) {
    String q = quote == null ? "" : quote.replaceAll("\\s+", " ").strip();
    return q.length() <= MAX_QUOTE ? q : q.substring(0, MAX_QUOTE - 1) + "…";
  }

  private static String where(EvidenceRef e) {
    StringBuilder sb = new StringBuilder("(");
    if (e.page() != null) sb.append("p. ").append(e.page()).append(", ");
    if (e.section() != null && !e.section().isEmpty()) sb.append(e.section()).append(", ");
    return sb.append("block ").append(e.paragraph()).append(')').toString();
  }
}
