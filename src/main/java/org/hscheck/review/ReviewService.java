package org.hscheck.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.Verdict;
import org.hscheck.submission.ReportStore;
import org.hscheck.submission.SubmissionService;
import org.hscheck.submission.Version;
import org.hscheck.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reviewer judgements: confirm or override a criterion's verdict with a reason. Decisions are only ever appended (the
 * audit trail keeps who, when, what and what the engine said); the engine's report is never changed. The current
 * judgement of a criterion is its latest decision.
 */
@Service
public class ReviewService {
  static final int MAX_REASON = 4000;
  private static final String COLUMNS =
      "id, version_id, criterion, decision, verdict, reason, reviewer, decided_at, engine_verdict, rule_set_digest";
  private final JdbcClient jdbc;
  private final SubmissionService submissions;
  private final ReportStore reports;

  ReviewService(JdbcClient jdbc, SubmissionService submissions, ReportStore reports) {
    this.jdbc = jdbc;
    this.submissions = submissions;
    this.reports = reports;
  }

  /** A version under review: the version, the engine's latest report and the reviewers' decisions. */
  public record Case(Version version, Report report, Map<Criterion, Decision> current, List<Decision> history) {
    /** The engine's result for a criterion. */
    public CriterionResult engine(Criterion c) {
      return report.criteria().stream().filter(r -> r.id() == c).findFirst().orElse(null);
    }
  }

  /** The case of a version; its report must exist and be assessed. */
  public Case open(UUID versionId) {
    Version v = submissions.version(versionId).orElseThrow(() -> ProblemException.notFound("version " + versionId));
    Report report = reports.latest(versionId).orElseThrow(() -> new ProblemException(
        org.springframework.http.HttpStatus.CONFLICT, "NOT_CHECKED", "Version " + versionId + " has not been checked yet."));
    List<Decision> history = history(versionId);
    Map<Criterion, Decision> current = new EnumMap<>(Criterion.class);
    history.forEach(d -> current.put(d.criterion(), d));
    return new Case(v, report, current, history);
  }

  /**
   * Records a decision.
   *
   * @param verdict the reviewer's verdict for OVERRIDE (must differ from the engine's); ignored for CONFIRM
   * @param seen    the rule set digest of the report the reviewer decided on, or null to decide on the latest report
   * @throws ProblemException INVALID_REQUEST naming what is missing or wrong; REPORT_CHANGED (409) when the version was
   *                          checked again with another rule set after the reviewer read the report named by {@code seen}
   */
  public Decision decide(UUID versionId, Criterion criterion, Decision.Kind kind, Verdict verdict, String reason,
                         String reviewer, String seen) {
    if (criterion == null || kind == null) {
      throw ProblemException.invalid("A decision needs a criterion and CONFIRM or OVERRIDE.");
    }
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalid("Give a reason for your decision on " + criterion + ".");
    }
    if (reason.length() > MAX_REASON) {
      throw ProblemException.invalid("The reason is " + reason.length() + " characters; at most " + MAX_REASON + " are kept.");
    }
    Case c = open(versionId);
    String digest = c.report().ruleSet() == null ? null : c.report().ruleSet().digest();
    if (seen != null && !seen.equals(digest)) {
      // a confirmation must not be recorded against verdicts the reviewer never saw
      throw new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "REPORT_CHANGED", "Version " + versionId
          + " was checked again with another rule set since you opened it; read its new report and decide again.");
    }
    if (c.report().outcome() != Outcome.ASSESSED) {
      throw ProblemException.invalid("Version " + versionId + " was not assessed, so it has no verdicts to review.");
    }
    Verdict engine = c.engine(criterion) == null ? null : c.engine(criterion).verdict();
    if (engine == null) {
      throw ProblemException.invalid("The report of version " + versionId + " has no verdict for " + criterion + ".");
    }
    Verdict chosen;
    if (kind == Decision.Kind.CONFIRM) {
      chosen = engine;
    } else if (verdict == null) {
      throw ProblemException.invalid("An override of " + criterion + " needs the verdict you give instead of " + engine + ".");
    } else if (verdict == engine) {
      throw ProblemException.invalid("The engine already says " + engine + " for " + criterion + ": confirm it instead.");
    } else {
      chosen = verdict;
    }
    Decision d = new Decision(UUID.randomUUID(), versionId, criterion, kind, chosen, reason.strip(), reviewer,
        OffsetDateTime.now(ZoneOffset.UTC), engine, digest);
    jdbc.sql("INSERT INTO review_decision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(d.id(), d.versionId(), d.criterion().name(), d.decision().name(), d.verdict().name(), d.reason(),
            d.reviewer(), d.decidedAt(), d.engineVerdict().name(), d.ruleSetDigest())
        .update();
    return d;
  }

  /** Every decision on a version, oldest first. */
  public List<Decision> history(UUID versionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM review_decision WHERE version_id = ? ORDER BY decided_at, id")
        .param(versionId).query(ReviewService::decision).list();
  }

  private static Decision decision(ResultSet rs, int row) throws SQLException {
    String engine = rs.getString("engine_verdict");
    return new Decision(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
        Criterion.valueOf(rs.getString("criterion")), Decision.Kind.valueOf(rs.getString("decision")),
        Verdict.valueOf(rs.getString("verdict")), rs.getString("reason"), rs.getString("reviewer"),
        rs.getObject("decided_at", OffsetDateTime.class), engine == null ? null : Verdict.valueOf(engine),
        rs.getString("rule_set_digest"));
  }
}
