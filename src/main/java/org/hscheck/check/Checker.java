package org.hscheck.check;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hscheck.document.DocumentException;
import org.hscheck.document.DocumentReaders;
import org.hscheck.document.ErrorCode;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.ReadLimits;
import org.hscheck.document.Section;
import org.hscheck.extract.FactExtractor;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.report.DocumentInfo;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.ReportError;
import org.hscheck.rules.Evaluation;
import org.hscheck.rules.RuleSet;

/**
 * The whole check of one file: read, extract, decide. Thread-safe; share one instance.
 * Never throws for a bad document: the report says why it was not assessed.
 */
public final class Checker {
  private final CompletableFuture<RuleSet> rules;
  private final ReadLimits limits;
  private final FactExtractor extractor = new FactExtractor();

  public Checker(RuleSet rules, ReadLimits limits) {
    this(CompletableFuture.completedFuture(rules), limits);
  }

  /**
   * A checker whose rules may still be loading (see {@link RuleSet#loadDefaultAsync()}): a check reads and
   * extracts meanwhile and waits for the rules only to decide, so a cold start overlaps the two.
   */
  public Checker(CompletableFuture<RuleSet> rules, ReadLimits limits) {
    this.rules = rules;
    this.limits = limits;
  }

  /** The rule set, waiting for it if it is still loading; a rule set that failed to load throws its error. */
  public RuleSet rules() {
    return RuleSet.await(rules);
  }

  /** Checks one file's bytes; {@code name} is the file name as uploaded. */
  public CheckResult check(byte[] bytes, String name) {
    long t0 = System.nanoTime();
    ProposalDocument doc;
    try {
      doc = DocumentReaders.read(bytes, name, limits);
    } catch (DocumentException e) {
      long readNanos = System.nanoTime() - t0;
      Outcome outcome = e.code() == ErrorCode.NO_TEXT ? Outcome.NO_TEXT : Outcome.REJECTED;
      DocumentInfo info = new DocumentInfo(name, e.sha256() != null ? e.sha256() : sha256(bytes), null, null);
      Report report = new Report(info, outcome, new ReportError(e.code().name(), e.getMessage()), rules().info(),
          List.of(), List.of(), List.of());
      return new CheckResult(report, null, null, new StageTimings(readNanos, 0, 0));
    }
    long t1 = System.nanoTime();
    ProposalFacts facts = extractor.extract(doc);
    long t2 = System.nanoTime();
    RuleSet ruleSet = rules();
    Evaluation eval = ruleSet.evaluate(facts);
    long t3 = System.nanoTime();
    var md = doc.metadata();
    Report report = new Report(new DocumentInfo(md.name(), md.sha256(), md.format().name(), md.pages()),
        Outcome.ASSESSED, null, ruleSet.info(), eval.criteria(), eval.findings(), outline(doc));
    return new CheckResult(report, doc, facts, new StageTimings(t1 - t0, t2 - t1, t3 - t2));
  }

  private static List<Report.OutlineEntry> outline(ProposalDocument doc) {
    return doc.sections().stream()
        .filter(s -> s.level() > 0)
        .map((Section s) -> new Report.OutlineEntry(s.level(), s.title(), s.location().page()))
        .toList();
  }

  /** Hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
