package org.hscheck.report;

import java.util.ArrayList;
import java.util.List;

/** Reports built by hand for renderer, JSON and diff tests: assessed, rejected and without text. */
public final class SampleReports {
  private SampleReports() {}

  public static final RuleSetInfo RULES = new RuleSetInfo("2026.11.1",
      "sha256:9f2c1e0b7a4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b");

  /** An assessed .docx: some criteria met, some not, one not applicable, warnings beyond the criteria. */
  public static Report assessed() {
    List<CriterionResult> criteria = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      criteria.add(switch (c) {
        case MULTI_AGENCY -> new CriterionResult(c, Verdict.MET, "UNDP (lead) and IOM participate", List.of("MA-001"));
        case JOINT_NEEDS -> new CriterionResult(c, Verdict.NOT_MET,
            "The needs assessment is planned for after the project starts", List.of("JN-001"));
        case COMMUNICATION -> new CriterionResult(c, Verdict.NOT_MET,
            "Communication takes 5.2% of the programme budget (cap 3%)", List.of("CO-001"));
        case SUSTAINABILITY -> new CriterionResult(c, Verdict.NOT_MET, "No exit strategy or handover is described",
            List.of("SU-001"));
        case THREE_ONES_FRAMEWORK, THREE_ONES_AUTHORITY, THREE_ONES_MONITORING -> new CriterionResult(c,
            Verdict.NOT_APPLICABLE, "HIV/AIDS is not a substantial subject of the project", List.of());
        default -> new CriterionResult(c, Verdict.MET, "Evidence found", List.of());
      });
    }
    List<Finding> findings = List.of(
        new Finding("MA-001", "multi-agency/participating-un-bodies", "MULTI_AGENCY", Severity.INFO,
            "Two UN organizations take part: UNDP (lead) and IOM (participating).",
            "Nothing to fix.",
            new Guideline("UNTFHS Guidelines", "IV.1 Multi-agency involvement"),
            List.of(new EvidenceRef("UNDP, as lead agency, and IOM will jointly implement the programme.", 3,
                    "4 Partnerships > 4.2 Implementing partners", 17),
                new EvidenceRef("IOM: Output 2.1 \"Safe migration referral\" (USD 420,000)", 9,
                    "7 Budget", 64))),
        new Finding("JN-001", "joint-needs/assessment-planned-not-done", "JOINT_NEEDS", Severity.ERROR,
            "The needs assessment is planned for after the project starts; the guidelines ask for needs "
                + "identified with the people affected before the design.",
            "Describe the consultations or baseline already held with the communities and local authorities "
                + "(when, with whom, what they found).",
            new Guideline("UNTFHS Guidelines", "III.2 Joint needs identification"),
            List.of(new EvidenceRef("A participatory needs assessment will be conducted in the first quarter "
                + "of implementation.", 5, "3 Needs & context", 31))),
        new Finding("CO-001", "form/communication-over-cap", "COMMUNICATION", Severity.ERROR,
            "Communication and outreach take USD 52,000 of USD 1,000,000 (5.2%); the cap is 3%.",
            "Reduce the communication lines to at most USD 30,000 or move them into programme activities.",
            new Guideline("UNTFHS Guidelines", "V.4 Budget: communication < 3%"),
            List.of(new EvidenceRef("Communication & visibility\t52,000", null, "7 Budget", 66))),
        new Finding("SU-001", "plan/no-exit-strategy", "SUSTAINABILITY", Severity.ERROR,
            "No exit strategy, handover or national ownership is described.",
            "Add a section on how the results will last after the funding ends: who takes over what, and when.",
            new Guideline("Human Security Handbook", "Step 5: Sustainability <exit & handover>"),
            List.of()),
        new Finding("W-001", "form/acronyms-undefined", "ACRONYMS", Severity.WARNING,
            "The acronym \"CBO\" is used before it is defined.",
            "Spell out \"community-based organization (CBO)\" at first use.",
            new Guideline("UNTFHS Guidelines", "Annex 2 Formatting"),
            List.of(new EvidenceRef("Zürich-based CBOs and Łódź partners – ≥ 5 groups ✓", 4,
                "3 Needs & context > 3.1 Target groups", 22))));
    List<Report.OutlineEntry> outline = List.of(
        new Report.OutlineEntry(1, "1 Summary", 1),
        new Report.OutlineEntry(1, "3 Needs & context", 4),
        new Report.OutlineEntry(2, "3.1 Target groups", 4),
        new Report.OutlineEntry(1, "4 Partnerships", 6),
        new Report.OutlineEntry(2, "4.2 Implementing partners", 6),
        new Report.OutlineEntry(1, "7 Budget", 9));
    return new Report(new DocumentInfo("draft.docx",
        "4e3c1b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c", "DOCX", 12),
        Outcome.ASSESSED, null, RULES, criteria, findings, outline);
  }

  /** A file that could not be read: an encrypted PDF. */
  public static Report rejected() {
    return new Report(new DocumentInfo("locked.pdf",
        "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", null, null),
        Outcome.REJECTED, new ReportError("ENCRYPTED",
            "The file is protected by a password. Save it without a password and upload it again."),
        RULES, List.of(), List.of(), List.of());
  }

  /** A scanned PDF without a text layer: nothing was judged. */
  public static Report noText() {
    return new Report(new DocumentInfo("scan.pdf",
        "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", "PDF", 3),
        Outcome.NO_TEXT, new ReportError("NO_TEXT",
            "The PDF has no text layer (it looks like a scan). Upload the Word file or a PDF exported from it."),
        RULES, List.of(), List.of(), List.of());
  }
}
