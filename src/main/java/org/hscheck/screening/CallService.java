package org.hscheck.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.admin.RuleSetRegistry;
import org.hscheck.check.Checker;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Criterion;
import org.hscheck.report.Report;
import org.hscheck.report.ReportDiff;
import org.hscheck.report.ReportJson;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Verdict;
import org.hscheck.report.render.Renderers;
import org.hscheck.submission.FileStore;
import org.hscheck.submission.ReportStore;
import org.hscheck.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secretariat's calls: batch uploads queued for background screening, progress, the proposals x criteria grid
 * and its export, and re-screening with the active rule set with what changed per proposal. An unknown call id is
 * a 404 {@link ProblemException}; a refused upload an {@link UploadRejected}.
 */
@Service
public class CallService {
  private final CallStore calls;
  private final JobQueue queue;
  private final FileStore files;
  private final ReportStore reports;
  private final RuleSetRegistry ruleSets;
  private final ScreeningProperties properties;
  private final TransactionTemplate tx;

  CallService(CallStore calls, JobQueue queue, FileStore files, ReportStore reports, RuleSetRegistry ruleSets,
              ScreeningProperties properties, PlatformTransactionManager transactions) {
    this.calls = calls;
    this.queue = queue;
    this.files = files;
    this.reports = reports;
    this.ruleSets = ruleSets;
    this.properties = properties;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Creates a call from an upload (files and .zip archives) and queues its proposals with the active rule set. */
  public UploadResult create(String name, String user, List<BatchUpload.Part> parts) {
    String title = name == null ? "" : name.strip();
    if (title.isEmpty() || title.length() > 200) {
      throw new UploadRejected("INVALID_REQUEST", "A call needs a name of 1 to 200 characters.");
    }
    BatchUpload upload = read(parts);
    ruleSets.activeInfo(); // loaded (compiled if new) before the transaction, so that it is not held meanwhile
    List<Stored> stored = store(upload);
    UUID id = tx.execute(s -> {
      String digest = ruleSets.activeInfo().digest();
      UUID callId = calls.createCall(title, user, digest);
      enqueue(callId, user, digest, stored);
      return callId;
    });
    return result(id, stored, upload);
  }

  /** Adds the proposals of an upload to a call and queues them with the call's current rule set. */
  public UploadResult add(UUID callId, String user, List<BatchUpload.Part> parts) {
    call(callId);
    BatchUpload upload = read(parts);
    List<Stored> stored = store(upload);
    // the call's rule set as it is once locked, so that a re-screening at the same moment cannot switch it unseen
    tx.executeWithoutResult(s -> enqueue(callId, user, locked(callId).ruleSetDigest(), stored));
    return result(callId, stored, upload);
  }

  /** Every call with its progress, newest first. */
  public List<CallSummary> list() {
    return calls.all().stream().map(this::summary).toList();
  }

  /** One call with its progress. */
  public Optional<CallSummary> find(UUID callId) {
    return calls.find(callId).map(this::summary);
  }

  /** The grid of a call's current screening, filtered and sorted. */
  public List<GridRow> grid(UUID callId, GridQuery query) {
    return screened(call(callId)).stream()
        .map(Screened::row)
        .filter(query::accepts)
        .sorted(query.order())
        .toList();
  }

  /** The grid as "xlsx" or "csv": the screened proposals the query selects, in its order. */
  public byte[] export(UUID callId, GridQuery query, String format) {
    List<Report> selected = screened(call(callId)).stream()
        .filter(s -> s.report() != null && query.accepts(s.row()))
        .sorted(Comparator.comparing(Screened::row, query.order()))
        .map(Screened::report)
        .toList();
    return Renderers.grid(selected, format);
  }

  /**
   * Screens every proposal of a call with the active rule set. When that is a new rule set for the call, the
   * current one becomes the previous (what {@link #changes} compares with).
   */
  public RescreenResult rescreen(UUID callId) {
    call(callId);
    ruleSets.activeInfo(); // loaded (compiled if new) before the transaction, so that it is not held meanwhile
    // re-screenings and uploads of one call take turns on its row: two at once would both see the old rule set and
    // switch twice, losing the previous rule set the changes are measured against. The active rule set is read under
    // the lock: read before, a re-screening that waited could switch the call back to a rule set since replaced.
    Queued queued = tx.execute(s -> {
      CallStore.Call call = locked(callId);
      RuleSetInfo active = ruleSets.activeInfo();
      boolean fresh = !active.digest().equals(call.ruleSetDigest());
      if (fresh) calls.switchRuleSet(callId, active.digest());
      int n = 0;
      for (UUID version : calls.latestVersions(callId)) {
        if (queue.enqueue(callId, version, active.digest())) n++;
      }
      return new Queued(active.version(), fresh, n + queue.retryFailed(callId, active.digest()));
    });
    return new RescreenResult(summary(call(callId)), queued.ruleSetVersion(), queued.fresh(), queued.jobs());
  }

  /** Per proposal, what changed from the call's previous rule set to its current one; empty if never re-screened. */
  public List<ProposalChange> changes(UUID callId) {
    CallStore.Call call = call(callId);
    if (call.previousRuleSetDigest() == null) return List.of();
    List<ProposalChange> out = new ArrayList<>();
    for (CallStore.Entry e : calls.entries(callId, call.ruleSetDigest())) {
      Optional<Report> before = reports.forRuleSet(e.versionId(), call.previousRuleSetDigest());
      String state;
      ReportDiff diff = null;
      if (before.isEmpty()) {
        state = "NEW";
      } else if (e.reportJson() == null) {
        state = "PENDING";
      } else {
        diff = ReportDiff.between(before.get(), ReportJson.read(e.reportJson()));
        state = diff.isEmpty() ? "UNCHANGED" : "CHANGED";
      }
      out.add(new ProposalChange(e.submissionId(), e.versionId(), e.title(), e.fileName(), state, diff));
    }
    return out;
  }

  /** The progress of a call's current screening. */
  public Progress progress(UUID callId) {
    return queue.progress(callId, call(callId).ruleSetDigest());
  }

  /** What a re-screening did: with which rule set, whether it switched the call to it, how many jobs it queued. */
  private record Queued(String ruleSetVersion, boolean fresh, int jobs) {}

  private record Stored(BatchUpload.Proposal proposal, String key, String sha256) {}

  private BatchUpload read(List<BatchUpload.Part> parts) {
    if (parts.isEmpty()) throw new UploadRejected("INVALID_REQUEST", "Choose at least one file to upload.");
    return BatchUpload.read(parts, properties.maxFiles(), properties.maxUploadSize().toBytes(),
        ruleSets.limits().maxBytes());
  }

  private List<Stored> store(BatchUpload upload) {
    return upload.proposals().stream()
        .map(p -> new Stored(p, files.store(p.content()), Checker.sha256(p.content())))
        .toList();
  }

  private void enqueue(UUID callId, String user, String digest, List<Stored> stored) {
    for (Stored s : stored) {
      UUID version = calls.addProposal(callId, s.proposal().title(), s.proposal().name(), s.sha256(), s.key(),
          s.proposal().content().length, user);
      queue.enqueue(callId, version, digest);
    }
  }

  private UploadResult result(UUID callId, List<Stored> stored, BatchUpload upload) {
    return new UploadResult(summary(call(callId)), stored.stream().map(s -> s.proposal().name()).toList(),
        upload.skipped().stream().map(s -> s.name() + ": " + s.reason()).toList());
  }

  private CallStore.Call call(UUID callId) {
    return calls.find(callId).orElseThrow(() -> ProblemException.notFound("call " + callId));
  }

  /** The call, its row locked until the surrounding transaction ends. */
  private CallStore.Call locked(UUID callId) {
    return calls.lock(callId).orElseThrow(() -> ProblemException.notFound("call " + callId));
  }

  private CallSummary summary(CallStore.Call c) {
    return new CallSummary(c.id(), c.name(), c.createdBy(), c.createdAt(), c.ruleSetDigest(),
        c.previousRuleSetDigest(), queue.progress(c.id(), c.ruleSetDigest()));
  }

  /** A proposal of the grid with its report, null until screened. */
  private record Screened(GridRow row, Report report) {}

  private List<Screened> screened(CallStore.Call call) {
    return calls.entries(call.id(), call.ruleSetDigest()).stream().map(CallService::screened).toList();
  }

  private static Screened screened(CallStore.Entry e) {
    Map<Criterion, Verdict> verdicts = new EnumMap<>(Criterion.class);
    String outcome = null;
    String error = e.errorCode();
    Report r = e.reportJson() == null ? null : ReportJson.read(e.reportJson());
    if (r != null) {
      outcome = r.outcome().name();
      if (r.error() != null) error = r.error().code();
      for (CriterionResult c : r.criteria()) verdicts.put(c.id(), c.verdict());
    }
    int met = (int) verdicts.values().stream().filter(v -> v == Verdict.MET).count();
    int notMet = (int) verdicts.values().stream().filter(v -> v == Verdict.NOT_MET).count();
    return new Screened(new GridRow(e.submissionId(), e.versionId(), e.title(), e.fileName(), e.status().name(),
        outcome, error, verdicts, met, notMet), r);
  }
}
