package org.hscheck.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Report;
import org.hscheck.report.Verdict;
import org.hscheck.submission.ReportStore;
import org.hscheck.submission.Submission;
import org.hscheck.submission.SubmissionService;
import org.hscheck.submission.Version;
import org.hscheck.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer's pages: the proposals to review, and one version's report with the decisions beside the engine's. */
@Controller
class ReviewPages {
  private final SubmissionService submissions;
  private final ReportStore reports;
  private final ReviewService reviews;

  ReviewPages(SubmissionService submissions, ReportStore reports, ReviewService reviews) {
    this.submissions = submissions;
    this.reports = reports;
    this.reviews = reviews;
  }

  /** A proposal's newest version in the review list. */
  record Row(Submission submission, Version version, Report report, int decisions) {}

  @GetMapping("/review")
  String list(Model model) {
    List<Row> rows = new ArrayList<>();
    for (Submission s : submissions.all()) {
      submissions.latestVersion(s.id()).ifPresent(v -> rows.add(new Row(s, v, reports.latest(v.id()).orElse(null),
          reviews.history(v.id()).size())));
    }
    model.addAttribute("rows", rows);
    return "review-list";
  }

  @GetMapping("/review/{versionId}")
  String review(@PathVariable UUID versionId, Model model) {
    ReviewService.Case c = reviews.open(versionId);
    model.addAttribute("rc", c);
    model.addAttribute("report", c.report());
    model.addAttribute("submission", submissions.find(c.version().submissionId()).orElseThrow());
    model.addAttribute("verdicts", Verdict.values());
    return "review";
  }

  @PostMapping("/review/{versionId}/decisions")
  String decide(@PathVariable UUID versionId, @RequestParam Criterion criterion, @RequestParam Decision.Kind decision,
                @RequestParam(required = false) Verdict verdict, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String ruleSetDigest, Authentication auth,
                RedirectAttributes redirect) {
    try {
      Decision d = reviews.decide(versionId, criterion, decision, verdict, reason, auth.getName(), ruleSetDigest);
      redirect.addFlashAttribute("saved", d.criterion().name());
    } catch (ProblemException e) {
      if (!"INVALID_REQUEST".equals(e.code()) && !"REPORT_CHANGED".equals(e.code())) {
        throw e;
      }
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/review/" + versionId + "#criterion-" + criterion.name();
  }
}
