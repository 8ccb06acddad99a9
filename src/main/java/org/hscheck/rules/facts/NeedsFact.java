package org.hscheck.rules.facts;

import java.util.List;
import org.hscheck.extract.NeedsAssessment;
import org.hscheck.extract.Status;
import org.hscheck.report.EvidenceRef;

/** A statement about identifying needs (adapter of {@link NeedsAssessment}). */
public final class NeedsFact implements Evidenced {
  private final NeedsAssessment n;
  private final List<EvidenceRef> evidence;

  public NeedsFact(NeedsAssessment n) {
    this.n = n;
    this.evidence = Refs.one(n.evidence());
  }

  public String getMethod() { return n.method() == null || n.method().isBlank() ? "needs assessment" : n.method(); }
  public boolean isWithCommunity() { return n.withCommunity(); }
  public boolean isWithAuthorities() { return n.withAuthorities(); }
  /** With the affected community and the authorities. */
  public boolean isJoint() { return n.withCommunity() && n.withAuthorities(); }
  public Status getTiming() { return n.timing(); }
  @Override public List<EvidenceRef> getEvidence() { return evidence; }

  @Override public String toString() { return "NeedsFact[" + n.timing() + " joint=" + isJoint() + "]"; }
}
