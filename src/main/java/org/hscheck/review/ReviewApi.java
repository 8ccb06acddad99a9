package org.hscheck.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of reviews (reviewers and admins): the engine's verdicts beside the reviewers' and the audit trail. */
@RestController
@RequestMapping("/api/reviews")
@Tag(name = "Reviews", description = "Confirm or override a criterion's verdict with a reason; the audit trail")
class ReviewApi {
  private final ReviewService reviews;

  ReviewApi(ReviewService reviews) {
    this.reviews = reviews;
  }

  /**
   * A decision to record. {@code verdict} is needed only for OVERRIDE; {@code ruleSetDigest}, that of the review read
   * (optional), makes the decision fail with 409 REPORT_CHANGED if the version has been checked again since.
   */
  record DecisionRequest(Criterion criterion, Decision.Kind decision, Verdict verdict, String reason,
                         String ruleSetDigest) {}

  /** One criterion: the engine's verdict and, beside it, the reviewer's current decision (or null). */
  record CriterionReview(Criterion criterion, Verdict engineVerdict, String engineSummary, Decision review) {}

  /** A version's review. */
  record ReviewView(UUID versionId, String ruleSetDigest, List<CriterionReview> criteria, List<Decision> history) {}

  @Operation(summary = "The engine's verdicts of a version with the reviewers' current decisions and the audit trail")
  @GetMapping("/{versionId}")
  ReviewView get(@PathVariable UUID versionId) {
    ReviewService.Case c = reviews.open(versionId);
    return new ReviewView(versionId, c.report().ruleSet() == null ? null : c.report().ruleSet().digest(),
        c.report().criteria().stream()
        .map(r -> new CriterionReview(r.id(), r.verdict(), r.summary(), c.current().get(r.id()))).toList(), c.history());
  }

  @Operation(summary = "Confirm or override a criterion's verdict, with a reason; appended to the audit trail")
  @PostMapping("/{versionId}/decisions")
  ResponseEntity<Decision> decide(@PathVariable UUID versionId, @RequestBody DecisionRequest request,
                                  Authentication auth) {
    Decision d = reviews.decide(versionId, request.criterion(), request.decision(), request.verdict(), request.reason(),
        auth.getName(), request.ruleSetDigest());
    return ResponseEntity.created(URI.create("/api/reviews/" + versionId)).body(d);
  }
}
