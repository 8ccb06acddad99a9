package org.hscheck.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.Verdict;

/**
 * The report as one self-contained XHTML page (well-formed, so openhtmltopdf can lay it out): criteria first with
 * verdicts, then each criterion's findings with quoted evidence, page and section, guideline and fix hint, then
 * findings beyond the criteria, then the document outline. The print variant adds @page rules with page numbers
 * and the rule set version in the footer.
 */
final class ReportPage {
  private final Report report;
  private final boolean print;
  private final StringBuilder out = new StringBuilder(16_384);

  private ReportPage(Report report, boolean print) {
    this.report = report;
    this.print = print;
  }

  /** The page for screens. */
  static String screen(Report report) {
    return new ReportPage(report, false).build();
  }

  /** The page for print (the PDF renderer's input). */
  static String print(Report report) {
    return new ReportPage(report, true).build();
  }

  private String build() {
    String title = "HSCheck report: " + report.document().name();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n");
    if (!print) out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.append("<title>").append(esc(title)).append("</title>\n<style>\n").append(css()).append("</style>\n")
        .append("</head>\n<body>\n");
    header();
    if (report.outcome() == Outcome.ASSESSED) {
      criteriaTable();
      criteriaDetail();
      otherFindings();
      outline();
    } else {
      notAssessed();
    }
    out.append("<p class=\"foot\">Rule set ").append(esc(report.ruleSet().version())).append(" (")
        .append(esc(report.ruleSet().digest())).append("). Document SHA-256 ")
        .append(esc(report.document().sha256())).append(".</p>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    var d = report.document();
    out.append("<header>\n<h1>").append(esc(d.name())).append("</h1>\n<p class=\"meta\">")
        .append(d.format() == null ? "Unknown format" : esc(d.format()));
    if (d.pages() != null) out.append(" · ").append(d.pages()).append(d.pages() == 1 ? " page" : " pages");
    out.append(" · ").append(esc(Labels.outcome(report.outcome())))
        .append(" · rule set ").append(esc(report.ruleSet().version())).append("</p>\n");
    if (report.outcome() == Outcome.ASSESSED) {
      Map<Verdict, Long> counts = report.criteria().stream()
          .collect(Collectors.groupingBy(CriterionResult::verdict, Collectors.counting()));
      out.append("<p class=\"tally\">");
      for (Verdict v : Verdict.values()) {
        out.append("<span class=\"count\">").append(counts.getOrDefault(v, 0L)).append("</span> ").append(badge(v))
            .append(" ");
      }
      out.append("</p>\n");
    }
    out.append("</header>\n");
  }

  private void notAssessed() {
    var e = report.error();
    out.append("<section class=\"error\">\n<h2>This document was not assessed</h2>\n");
    if (e != null) {
      out.append("<p>").append(esc(e.message())).append("</p>\n<p class=\"meta\">Reason code: <code>")
          .append(esc(e.code())).append("</code></p>\n");
    }
    out.append("<p>No criterion was judged. A document that could not be read is not a proposal that fails the "
        + "criteria.</p>\n</section>\n");
  }

  private void criteriaTable() {
    out.append("<h2>Criteria</h2>\n<table class=\"criteria\">\n<thead><tr><th>Criterion</th><th>Verdict</th>"
        + "<th>Summary</th></tr></thead>\n<tbody>\n");
    for (CriterionResult c : report.criteria()) {
      out.append("<tr class=\"").append(cls(c.verdict())).append("\"><td><a href=\"#").append(c.id().name())
          .append("\">").append(esc(Labels.name(c.id()))).append("</a><br/><code>").append(c.id().name())
          .append("</code></td><td>").append(badge(c.verdict())).append("</td><td>").append(esc(c.summary()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void criteriaDetail() {
    Map<String, Finding> byId = report.findings().stream()
        .collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
    out.append("<h2>Findings by criterion</h2>\n<p class=\"meta\">Criteria met or not applicable without a "
        + "finding appear only in the table above.</p>\n");
    for (CriterionResult c : report.criteria()) {
      List<Finding> findings = findingsOf(c, byId);
      if (findings.isEmpty() && c.verdict() != Verdict.NOT_MET) continue;
      out.append("<section class=\"criterion ").append(cls(c.verdict())).append("\" id=\"").append(c.id().name())
          .append("\">\n<h3>").append(badge(c.verdict())).append(" ").append(esc(Labels.name(c.id())))
          .append(" <code>").append(c.id().name()).append("</code></h3>\n<p class=\"summary\">")
          .append(esc(c.summary())).append("</p>\n");
      for (Finding f : findings) finding(f);
      out.append("</section>\n");
    }
  }

  private List<Finding> findingsOf(CriterionResult c, Map<String, Finding> byId) {
    List<Finding> list = new ArrayList<>();
    for (String id : c.findings()) {
      Finding f = byId.get(id);
      if (f != null) list.add(f);
    }
    for (Finding f : report.findings()) {
      if (f.criterion().equals(c.id().name()) && !list.contains(f)) list.add(f);
    }
    return list;
  }

  private void otherFindings() {
    List<String> ids = java.util.Arrays.stream(Criterion.values()).map(Enum::name).toList();
    List<Finding> others = report.findings().stream()
        .filter(f -> !ids.contains(f.criterion()))
        .filter(f -> report.criteria().stream().noneMatch(c -> c.findings().contains(f.id())))
        .toList();
    if (others.isEmpty()) return;
    out.append("<h2>Other findings</h2>\n<section class=\"criterion\">\n");
    for (Finding f : others) finding(f);
    out.append("</section>\n");
  }

  private void finding(Finding f) {
    out.append("<div class=\"finding\" id=\"").append(esc(f.id())).append("\">\n<p class=\"msg\"><span class=\"sev ")
        .append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\">").append(f.severity().name())
        .append("</span> ").append(esc(f.message())).append("</p>\n");
    if (f.evidence().isEmpty()) {
      out.append("<p class=\"noev\">No evidence in the document.</p>\n");
    }
    for (EvidenceRef e : f.evidence()) {
      out.append("<blockquote>").append(esc(e.quote())).append("</blockquote>\n<p class=\"where\">")
          .append(e.page() == null ? "page not recorded" : "page " + e.page());
      if (e.section() != null && !e.section().isEmpty()) out.append(" · ").append(esc(e.section()));
      out.append(" · paragraph ").append(e.paragraph()).append("</p>\n");
    }
    if (f.guideline() != null) {
      out.append("<p class=\"ref\">Guideline: ").append(esc(f.guideline().source()));
      if (f.guideline().section() != null && !f.guideline().section().isEmpty()) {
        out.append(", ").append(esc(f.guideline().section()));
      }
      out.append("</p>\n");
    }
    if (f.hint() != null && !f.hint().isEmpty()) {
      out.append("<p class=\"hint\"><strong>How to fix:</strong> ").append(esc(f.hint())).append("</p>\n");
    }
    out.append("<p class=\"ids\"><code>").append(esc(f.id())).append("</code> · rule <code>").append(esc(f.ruleId()))
        .append("</code></p>\n</div>\n");
  }

  private void outline() {
    out.append("<h2>Document outline</h2>\n");
    if (report.outline().isEmpty()) {
      out.append("<p class=\"noev\">The document has no headings.</p>\n");
      return;
    }
    out.append("<ul class=\"outline\">\n");
    for (Report.OutlineEntry o : report.outline()) {
      out.append("<li class=\"l").append(Math.min(Math.max(o.level(), 1), 6)).append("\">").append(esc(o.title()));
      if (o.page() != null) out.append(" <span class=\"pg\">p. ").append(o.page()).append("</span>");
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static String badge(Verdict v) {
    String mark = switch (v) {
      case MET -> "✓";
      case NOT_MET -> "✗";
      case NOT_APPLICABLE -> "–";
    };
    return "<span class=\"badge " + cls(v) + "\">" + mark + " " + Labels.verdict(v) + "</span>";
  }

  private static String cls(Verdict v) {
    return switch (v) {
      case MET -> "met";
      case NOT_MET -> "notmet";
      case NOT_APPLICABLE -> "na";
    };
  }

  private String css() {
    String font = print ? "'DejaVu Sans', sans-serif" : "system-ui, 'DejaVu Sans', 'Segoe UI', Arial, sans-serif";
    StringBuilder css = new StringBuilder();
    if (print) {
      css.append("@page { size: A4; margin: 18mm 16mm 20mm 16mm;\n")
          .append("  @bottom-left { content: \"HSCheck · rule set ").append(cssString(report.ruleSet().version()))
          .append("\"; font-family: ").append(font).append("; font-size: 8pt; color: #555; }\n")
          .append("  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-family: ")
          .append(font).append("; font-size: 8pt; color: #555; } }\n");
    }
    css.append("body { font-family: ").append(font).append("; color: #1f1f1f; line-height: 1.4; ")
        .append(print ? "font-size: 9.5pt; margin: 0; }\n" : "font-size: 15px; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }\n")
        .append("h1 { font-size: 1.6em; margin: 0 0 .2em; word-wrap: break-word; }\n")
        .append("h2 { font-size: 1.25em; border-bottom: 2px solid #d0d7de; padding-bottom: .2em; margin-top: 1.4em; }\n")
        .append("h3 { font-size: 1.05em; margin: .2em 0 .3em; }\n")
        .append("code { font-family: 'DejaVu Sans Mono', monospace; font-size: .85em; color: #555; }\n")
        .append(".meta { color: #555; margin: .2em 0; }\n")
        .append(".tally .badge { margin-right: .9em; }\n.count { font-weight: bold; font-size: 1.1em; }\n")
        .append(".badge { display: inline-block; padding: .05em .5em; border-radius: .8em; font-size: .85em; ")
        .append("font-weight: bold; white-space: nowrap; border: 1px solid; }\n")
        .append(".badge.met { background: #e3f4e8; color: #14622d; border-color: #14622d; }\n")
        .append(".badge.notmet { background: #fde7e6; color: #a1201a; border-color: #a1201a; }\n")
        .append(".badge.na { background: #eceff1; color: #4a4f55; border-color: #8a9199; }\n")
        .append("table.criteria { border-collapse: collapse; width: 100%; }\n")
        .append("table.criteria th, table.criteria td { text-align: left; vertical-align: top; padding: .35em .5em; ")
        .append("border-bottom: 1px solid #d0d7de; }\n")
        .append("table.criteria thead th { background: #f3f5f7; }\n")
        .append("table.criteria tr { page-break-inside: avoid; }\n")
        .append("table.criteria a { color: #1f1f1f; text-decoration: none; }\n")
        .append("tr.notmet td:first-child { border-left: 4px solid #a1201a; }\n")
        .append("tr.met td:first-child { border-left: 4px solid #14622d; }\n")
        .append("tr.na td:first-child { border-left: 4px solid #8a9199; }\n")
        .append("section.criterion { border-left: 4px solid #8a9199; padding: .2em 0 .2em .8em; margin: .9em 0; }\n")
        .append("section.criterion.met { border-left-color: #14622d; }\n")
        .append("section.criterion.notmet { border-left-color: #a1201a; }\n")
        .append(".summary { margin: .1em 0 .4em; }\n")
        .append(".finding { background: #fafbfc; border: 1px solid #e1e4e8; border-radius: 4px; padding: .4em .7em; ")
        .append("margin: .5em 0; page-break-inside: avoid; }\n")
        .append(".msg { margin: .2em 0; }\n")
        .append(".sev { font-size: .75em; font-weight: bold; padding: .05em .4em; border-radius: 3px; color: #fff; }\n")
        .append(".sev.error { background: #a1201a; }\n.sev.warning { background: #8a5a00; }\n.sev.info { background: #2b5797; }\n")
        .append("blockquote { margin: .4em 0 0; padding: .2em .7em; border-left: 3px solid #2b5797; background: #fff; ")
        .append("font-style: italic; white-space: pre-wrap; }\n")
        .append(".where, .ref, .ids { color: #555; font-size: .88em; margin: .15em 0; }\n")
        .append(".hint { margin: .3em 0; }\n.noev { color: #555; font-style: italic; margin: .2em 0; }\n")
        .append("section.error { border: 2px solid #a1201a; background: #fde7e6; padding: .2em 1em; border-radius: 4px; }\n")
        .append("ul.outline { list-style: none; padding-left: 0; }\n")
        .append("ul.outline li { margin: .1em 0; }\n")
        .append(".l2 { padding-left: 1.2em; } .l3 { padding-left: 2.4em; } .l4, .l5, .l6 { padding-left: 3.6em; }\n")
        .append(".pg { color: #555; font-size: .88em; }\n")
        .append(".foot { color: #555; font-size: .8em; margin-top: 2em; word-wrap: break-word; }\n");
    return css.toString();
  }

  /** Escapes text for XHTML content and attribute values; drops characters XML 1.0 forbids. */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF
              && !(cp >= 0xD800 && cp <= 0xDFFF))) {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.toString();
  }

  /** A CSS string's content inside an XML-parsed style element. */
  private static String cssString(String s) {
    String css = s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    return css.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
