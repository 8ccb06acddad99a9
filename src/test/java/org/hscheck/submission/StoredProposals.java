package org.hscheck.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.DocumentInfo;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import org.hscheck.report.Guideline;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;

/** Test data: submissions stored with given reports, without running the pipeline. */
public final class StoredProposals {
  private final SubmissionService submissions;
  private final ReportStore reports;

  public StoredProposals(SubmissionService submissions, ReportStore reports) {
    this.submissions = submissions;
    this.reports = reports;
  }

  /** A report where the given criteria have the given verdicts and every other criterion is MET. */
  public static Report report(String name, Map<Criterion, Verdict> verdicts) {
    List<CriterionResult> criteria = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int n = 0;
    for (Criterion c : Criterion.values()) {
      Verdict v = verdicts.getOrDefault(c, Verdict.MET);
      String fid = "F-" + (++n);
      criteria.add(new CriterionResult(c, v, c.name().toLowerCase() + " is " + v, List.of(fid)));
      findings.add(new Finding(fid, "rule-" + c.name().toLowerCase() + (v == Verdict.MET ? "-ok" : "-gap"), c.name(),
          v == Verdict.NOT_MET ? Severity.ERROR : Severity.INFO, "Finding on " + c.name() + " (" + v + ")",
          v == Verdict.NOT_MET ? "Describe " + c.name().toLowerCase() : null, new Guideline("UNTFHS Guidelines", "3"),
          List.of(new EvidenceRef("Quoted evidence for " + c.name(), 2, "4 Partnerships", 7))));
    }
    return new Report(new DocumentInfo(name, "00", "PDF", 3), Outcome.ASSESSED, null,
        new RuleSetInfo("test-1", "sha256:test"), criteria, findings, List.of(new Report.OutlineEntry(1, "1 Summary", 1)));
  }

  /** Stores a submission of {@code owner} with one version per report; returns the submission. */
  public Submission store(String owner, String title, Report... versions) {
    Submission s = submissions.create(owner, title, null);
    for (Report r : versions) {
      Version v = submissions.addVersion(s.id(), owner, r.document().name(), "PDF", ("%PDF-1.4 " + title).getBytes());
      reports.save(v.id(), r);
    }
    return s;
  }

  /** The id of a stored version. */
  public UUID versionId(Submission s, int no) {
    return submissions.version(s.id(), no).orElseThrow().id();
  }
}
