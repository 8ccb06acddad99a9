package org.hscheck.rules.facts;

import java.util.List;
import org.hscheck.extract.HivSalience;
import org.hscheck.report.EvidenceRef;

/** How central HIV/AIDS is to the proposal (adapter of {@link HivSalience}); always present, NONE when unknown. */
public final class HivFact implements Evidenced {
  private final HivSalience.Level level;
  private final List<EvidenceRef> evidence;

  public HivFact(HivSalience h) {
    this.level = h == null || h.level() == null ? HivSalience.Level.NONE : h.level();
    this.evidence = h == null ? List.of() : Refs.of(h.evidence());
  }

  public HivSalience.Level getLevel() { return level; }
  public boolean isSubstantial() { return level == HivSalience.Level.SUBSTANTIAL; }
  @Override public List<EvidenceRef> getEvidence() { return evidence; }
}
