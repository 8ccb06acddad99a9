package org.hscheck.report.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import org.hscheck.report.Report;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;

/**
 * What the annotators place and where: text normalisation for matching quotes against the original file, the
 * heading words where each criterion's missing evidence belongs, and the note text of a finding.
 */
final class Anchors {
  private Anchors() {}

  private static final int PREFIX = 60;

  /** Heading words (EN/FR/ES stems, lower case, accents removed) of the section where a criterion's evidence belongs. */
  private static final Map<Criterion, List<String>> HEADING_WORDS = new EnumMap<>(Map.ofEntries(
      Map.entry(Criterion.MULTI_AGENCY, List.of("partner", "implementing", "agenc", "organi", "partenaire", "socio")),
      Map.entry(Criterion.ROLES_DEFINED, List.of("role", "responsib", "partner", "implementing", "partenaire")),
      Map.entry(Criterion.CROSS_SECTORAL, List.of("partner", "stakeholder", "civil society", "partenaire", "socio")),
      Map.entry(Criterion.COORDINATION, List.of("coordinat", "management", "governance", "gestion", "arrangement")),
      Map.entry(Criterion.JOINT_NEEDS, List.of("need", "context", "situation", "analys", "besoin", "necesidad",
          "contexte", "contexto", "background")),
      Map.entry(Criterion.PARTNERS_IN_DESIGN, List.of("design", "partner", "preparation", "consultation",
          "partenaire")),
      Map.entry(Criterion.PROTECTION, List.of("protection", "strateg", "approach", "proteccion", "activit")),
      Map.entry(Criterion.EMPOWERMENT, List.of("empower", "autonomis", "empoder", "strateg", "approach", "activit")),
      Map.entry(Criterion.PROTECTION_EMPOWERMENT_LINKED, List.of("protection", "empower", "strateg", "approach")),
      Map.entry(Criterion.THREE_ONES_FRAMEWORK, List.of("hiv", "aids", "national", "alignment", "sida", "vih")),
      Map.entry(Criterion.THREE_ONES_AUTHORITY, List.of("hiv", "aids", "national", "coordinat", "sida", "vih")),
      Map.entry(Criterion.THREE_ONES_MONITORING, List.of("monitor", "evaluation", "suivi", "seguimiento")),
      Map.entry(Criterion.LEAD_AGENCY, List.of("management", "lead", "coordinat", "gestion", "partner")),
      Map.entry(Criterion.HUMAN_SECURITY_PRINCIPLES, List.of("human security", "approach", "securite humaine",
          "seguridad humana", "strateg")),
      Map.entry(Criterion.GENDER, List.of("gender", "genre", "genero", "women", "target", "beneficiar")),
      Map.entry(Criterion.COMMUNICATION, List.of("communicat", "visibility", "outreach", "visibilite", "budget")),
      Map.entry(Criterion.BUDGET_CONSISTENT, List.of("budget", "presupuesto", "financ", "cost")),
      Map.entry(Criterion.MONITORING_EVALUATION, List.of("monitor", "evaluation", "m&e", "suivi", "seguimiento",
          "indicator", "result")),
      Map.entry(Criterion.SUSTAINABILITY, List.of("sustainab", "exit", "durabilit", "sostenib", "ownership",
          "handover", "hand-over"))));

  /** Heading words for a finding's criterion id; empty for ids beyond the criteria. */
  static List<String> headingWords(String criterion) {
    for (Criterion c : Criterion.values()) {
      if (c.name().equals(criterion)) return HEADING_WORDS.get(c);
    }
    return List.of();
  }

  /**
   * The index of the heading that best fits the words: the first heading containing the earliest word of the list;
   * empty when none does.
   */
  static Optional<Integer> bestHeading(List<String> headings, List<String> words) {
    for (String w : words) {
      for (int i = 0; i < headings.size(); i++) {
        if (normalise(headings.get(i)).contains(w)) return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Lower case, accents removed, typographic quotes and dashes unified, soft hyphens dropped, spaces collapsed. */
  static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> { continue; }
        case '\u2018', '\u2019', '\u201A', '\u2032' -> c = '\'';
        case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> c = '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> c = '-';
        default -> { }
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && !b.isEmpty()) b.append(' ');
      space = false;
      b.append(Character.toLowerCase(c));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The pieces of a quote worth looking for, longest first: a table row quote splits at its cells; a trailing
   * ellipsis of a shortened quote is dropped; a long quote also yields its opening words (a quote running over a
   * line or paragraph break in the original). Pieces shorter than 4 characters are left out.
   */
  static List<String> needles(String quote) {
    List<String> pieces = new ArrayList<>();
    String q = quote.strip();
    if (q.endsWith("…")) q = q.substring(0, q.length() - 1);
    if (q.endsWith("...")) q = q.substring(0, q.length() - 3);
    String whole = normalise(q);
    if (!whole.isEmpty()) pieces.add(whole);
    if (whole.length() > PREFIX) {
      int cut = whole.lastIndexOf(' ', PREFIX);
      pieces.add(whole.substring(0, cut > PREFIX / 2 ? cut : PREFIX));
    }
    for (String part : q.split("[\\t\\n\\r|]+")) {
      String p = normalise(part);
      if (p.length() >= 4 && !pieces.contains(p)) pieces.add(p);
    }
    List<String> sorted = new ArrayList<>(pieces.subList(Math.min(1, pieces.size()), pieces.size()));
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> out = new ArrayList<>();
    if (!pieces.isEmpty()) out.add(pieces.get(0));
    out.addAll(sorted);
    return out;
  }

  /** The verdict of the finding's criterion in the report, or null for a finding beyond the criteria. */
  static Verdict verdictOf(Report report, String criterion) {
    return report.criteria().stream().filter(c -> c.id().name().equals(criterion)).map(CriterionResult::verdict)
        .findFirst().orElse(null);
  }

  /**
   * The evidence a finding marks in the applicant's file: all of it when something is to be fixed (its criterion is
   * NOT_MET or it is a warning or error), else only the first quote, so met criteria do not bury the gaps.
   */
  static List<EvidenceRef> evidenceToMark(Report report, Finding f) {
    boolean toFix = verdictOf(report, f.criterion()) == Verdict.NOT_MET || f.severity() != Severity.INFO;
    return toFix || f.evidence().size() <= 1 ? f.evidence() : f.evidence().subList(0, 1);
  }

  /** Criteria NOT_MET that no finding explains: their notes carry the criterion's summary. */
  static List<CriterionResult> notMetWithoutFindings(Report report) {
    return report.criteria().stream()
        .filter(c -> c.verdict() == Verdict.NOT_MET)
        .filter(c -> report.findings().stream()
            .noneMatch(f -> f.criterion().equals(c.id().name()) || c.findings().contains(f.id())))
        .toList();
  }

  /** The note a finding leaves in the applicant's file: verdict, criterion, message, fix hint and guideline. */
  static String note(Report report, Finding f) {
    StringBuilder b = new StringBuilder("HSCheck ");
    Verdict v = verdictOf(report, f.criterion());
    Criterion c = v == null ? null : Criterion.valueOf(f.criterion());
    if (c != null) {
      b.append(Labels.verdict(v)).append(": ").append(Labels.name(c)).append(" (").append(c.name()).append(")");
    } else {
      b.append(f.severity().name().charAt(0)).append(f.severity().name().substring(1).toLowerCase(Locale.ROOT))
          .append(": ").append(f.criterion());
    }
    b.append("\n").append(f.message());
    if (f.hint() != null && !f.hint().isBlank()) b.append("\nHow to fix: ").append(f.hint());
    if (f.guideline() != null) {
      b.append("\nGuideline: ").append(f.guideline().source());
      if (f.guideline().section() != null && !f.guideline().section().isBlank()) {
        b.append(", ").append(f.guideline().section());
      }
    }
    b.append("\n[").append(f.id()).append(", rule set ").append(report.ruleSet().version()).append("]");
    return b.toString();
  }

  /** The note of a NOT_MET criterion that no finding explains. */
  static String note(Report report, CriterionResult c) {
    return "HSCheck " + Labels.verdict(c.verdict()) + ": " + Labels.name(c.id()) + " (" + c.id().name() + ")\n"
        + c.summary() + "\n[rule set " + report.ruleSet().version() + "]";
  }
}
