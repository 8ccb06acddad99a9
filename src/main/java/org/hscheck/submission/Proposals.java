package org.hscheck.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.ReportDiff;
import org.hscheck.report.Verdict;
import org.hscheck.security.Role;
import org.hscheck.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's proposals: who may see and change which submission, submitting a checked draft, new versions and
 * what changed between versions. An applicant sees only their own submissions; the secretariat, reviewers and admins
 * see all. A submission another applicant owns is reported as not found, so its existence does not leak.
 */
@Service
class Proposals {
  private final SubmissionService submissions;
  private final ReportStore reports;
  private final CheckService checks;
  /** Stores a submission, its version and the version's report together or not at all; checks run outside it. */
  private final TransactionTemplate tx;

  Proposals(SubmissionService submissions, ReportStore reports, CheckService checks,
            PlatformTransactionManager transactions) {
    this.submissions = submissions;
    this.reports = reports;
    this.checks = checks;
    this.tx = new TransactionTemplate(transactions);
  }

  /** One version with its report. */
  record VersionView(Version version, Report report) {
    long count(Verdict v) {
      return report == null ? 0 : report.criteria().stream().filter(c -> c.verdict() == v).count();
    }

    public long met() {
      return count(Verdict.MET);
    }

    public long notMet() {
      return count(Verdict.NOT_MET);
    }

    public String outcome() {
      return report == null ? "PENDING" : report.outcome().name();
    }
  }

  /** A submission with its versions (oldest first), and the changes from the previous version to the latest. */
  record Detail(Submission submission, List<VersionView> versions, VersionChanges changes) {
    public VersionView latest() {
      return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }
  }

  static boolean staff(Authentication auth) {
    return has(auth, Role.SECRETARIAT) || has(auth, Role.REVIEWER) || has(auth, Role.ADMIN);
  }

  static boolean has(Authentication auth, Role role) {
    return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
  }

  /** The submission if the user may read it. */
  Submission readable(UUID id, Authentication auth) {
    Submission s = submissions.find(id).orElseThrow(() -> hidden(id));
    if (!s.owner().equals(auth.getName()) && !staff(auth)) {
      throw hidden(id);
    }
    return s;
  }

  /** The submission if the user owns it and may add versions. */
  Submission writable(UUID id, Authentication auth) {
    requireApplicant(auth);
    Submission s = submissions.find(id).orElseThrow(() -> hidden(id));
    if (!s.owner().equals(auth.getName()) || s.callId() != null) {
      throw hidden(id);
    }
    return s;
  }

  /** The version if the user may read its submission. */
  Version readableVersion(UUID versionId, Authentication auth) {
    Version v = submissions.version(versionId)
        .orElseThrow(() -> ProblemException.notFound("version " + versionId));
    readable(v.submissionId(), auth);
    return v;
  }

  /** The numbered version of a submission the user may read. */
  Version readableVersion(UUID submissionId, int versionNo, Authentication auth) {
    readable(submissionId, auth);
    return submissions.version(submissionId, versionNo)
        .orElseThrow(() -> ProblemException.notFound("version " + versionNo + " of submission " + submissionId));
  }

  static void requireApplicant(Authentication auth) {
    if (!has(auth, Role.APPLICANT)) {
      throw ProblemException.forbidden("Only an applicant may submit proposals; the secretariat uploads into a call.");
    }
  }

  /** Submits an assessed draft as a new submission; its report is kept with version 1. */
  Detail submit(Authentication auth, String title, String fileName, byte[] content, Report report) {
    requireApplicant(auth);
    CheckService.requireAssessed(report);
    Submission s = tx.execute(status -> {
      Submission created = submissions.create(auth.getName(),
          title == null || title.isBlank() ? stem(fileName) : title, null);
      store(created, auth, fileName, content, report);
      return created;
    });
    return detail(s);
  }

  /** Adds an assessed draft as the next version of the user's own submission. */
  Detail addVersion(Authentication auth, UUID submissionId, String fileName, byte[] content, Report report) {
    Submission s = writable(submissionId, auth);
    CheckService.requireAssessed(report);
    tx.executeWithoutResult(status -> store(s, auth, fileName, content, report));
    return detail(s);
  }

  private void store(Submission s, Authentication auth, String fileName, byte[] content, Report report) {
    Version v = submissions.addVersion(s.id(), auth.getName(), fileName, report.document().format(), content);
    reports.save(v.id(), report);
  }

  /** Checks a file and adds it as the next version of the user's own submission. */
  Detail checkAndAddVersion(Authentication auth, UUID submissionId, String fileName, byte[] content) {
    writable(submissionId, auth);
    CheckService.requireUpload(fileName, content);
    return addVersion(auth, submissionId, fileName, content, checks.check(content, fileName).report());
  }

  /** Checks a file and submits it as a new submission. */
  Detail checkAndSubmit(Authentication auth, String title, String fileName, byte[] content) {
    requireApplicant(auth);
    CheckService.requireUpload(fileName, content);
    return submit(auth, title, fileName, content, checks.check(content, fileName).report());
  }

  /** The report of a version: the latest stored, else a fresh check that is then stored. */
  Report report(Version v) {
    return reports.latest(v.id()).orElseGet(() -> {
      Report r = checks.check(submissions.content(v), v.fileName()).report();
      reports.save(v.id(), r);
      return r;
    });
  }

  /** The file of a version as uploaded. */
  byte[] content(Version v) {
    return submissions.content(v);
  }

  /** The user's own submissions. */
  List<Submission> ownedBy(Authentication auth) {
    return submissions.ownedBy(auth.getName());
  }

  /** The submissions the user may see: their own, or all applicants' for the secretariat, reviewers and admins. */
  List<Submission> visibleTo(Authentication auth) {
    return staff(auth) ? submissions.allApplicantSubmissions() : submissions.ownedBy(auth.getName());
  }

  Detail detail(Submission s) {
    List<VersionView> views = new ArrayList<>();
    for (Version v : submissions.versions(s.id())) {
      views.add(new VersionView(v, reports.latest(v.id()).orElse(null)));
    }
    VersionChanges changes = null;
    if (views.size() >= 2) {
      changes = changes(views.get(views.size() - 2), views.get(views.size() - 1)).orElse(null);
    }
    return new Detail(s, List.copyOf(views), changes);
  }

  /** The changes between two versions of a readable submission. */
  VersionChanges changes(Authentication auth, UUID submissionId, int from, int to) {
    Version a = readableVersion(submissionId, from, auth);
    Version b = readableVersion(submissionId, to, auth);
    return changes(new VersionView(a, report(a)), new VersionView(b, report(b)))
        .orElseThrow(() -> ProblemException.invalid("Version " + from + " or " + to + " was not assessed, so nothing can be compared."));
  }

  private static Optional<VersionChanges> changes(VersionView older, VersionView newer) {
    if (older.report() == null || newer.report() == null || older.report().outcome() != Outcome.ASSESSED
        || newer.report().outcome() != Outcome.ASSESSED) {
      return Optional.empty();
    }
    return Optional.of(VersionChanges.of(older.version().versionNo(), newer.version().versionNo(),
        ReportDiff.between(older.report(), newer.report())));
  }

  private static ProblemException hidden(UUID id) {
    return new ProblemException(org.springframework.http.HttpStatus.NOT_FOUND, "NOT_FOUND",
        "Submission " + id + " does not exist or is not yours.");
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
