package org.hscheck.rules.facts;

import java.util.List;
import java.util.Objects;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;

/**
 * What one rule concluded, inserted by the rule and read by the engine through the {@code findings} query.
 * {@code supports} is the verdict the finding argues for (null for warnings).
 */
public final class RuleFinding {
  private final String ruleId;
  private final String criterion;
  private final Severity severity;
  private final Verdict supports;
  private final String message;
  private final String hint;
  private final String source;
  private final String section;
  private final List<EvidenceRef> evidence;
  private final int hash;

  public RuleFinding(String ruleId, String criterion, Severity severity, Verdict supports, String message, String hint,
                     String source, String section, List<EvidenceRef> evidence) {
    this.ruleId = ruleId;
    this.criterion = criterion;
    this.severity = severity;
    this.supports = supports;
    this.message = message;
    this.hint = hint;
    this.source = source;
    this.section = section;
    this.evidence = List.copyOf(evidence);
    this.hash = Objects.hash(ruleId, message, this.evidence);
  }

  public String getRuleId() { return ruleId; }
  public String getCriterion() { return criterion; }
  public Severity getSeverity() { return severity; }
  public Verdict getSupports() { return supports; }
  public String getMessage() { return message; }
  public String getHint() { return hint; }
  public String getSource() { return source; }
  public String getSection() { return section; }
  public List<EvidenceRef> getEvidence() { return evidence; }

  @Override public boolean equals(Object o) {
    return o instanceof RuleFinding f && f.ruleId.equals(ruleId) && f.message.equals(message) && f.evidence.equals(evidence);
  }
  @Override public int hashCode() { return hash; }
  @Override public String toString() { return ruleId + ": " + message; }
}
