package org.hscheck.rules.facts;

import java.util.List;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.Status;
import org.hscheck.report.EvidenceRef;

/** One piece of evidence of a kind with its status (adapter of {@link Signal}). */
public final class SignalFact implements Evidenced {
  private final Signal s;
  private final List<EvidenceRef> evidence;

  public SignalFact(Signal s) {
    this.s = s;
    this.evidence = Refs.one(s.evidence());
  }

  public SignalKind getKind() { return s.kind(); }
  public Status getStatus() { return s.status(); }
  public String getDetail() { return s.detail() == null ? "" : s.detail(); }
  /** Stated as done or as part of the project's design: the only status that satisfies a criterion. */
  public boolean isAffirmed() { return s.status() == Status.AFFIRMED; }
  /** Deferred to after the project starts: not yet in the proposal. */
  public boolean isPlanned() { return s.status() == Status.PLANNED; }
  /** Only declares what it should describe (a link between the strands said to exist, not how). */
  public boolean isDeclaredOnly() { return s.declaredOnly(); }
  /** True for a principle the proposal denies by name (see {@link Signal#DENIED_PRINCIPLE}). */
  public boolean isDeniedByName() { return s.status() == Status.NEGATED && Signal.DENIED_PRINCIPLE.equals(s.detail()); }
  /** Denied or stated as absent. */
  public boolean isNegated() { return s.status() == Status.NEGATED; }
  @Override public List<EvidenceRef> getEvidence() { return evidence; }

  @Override public String toString() { return "SignalFact[" + s.kind() + " " + s.status() + "]"; }
}
