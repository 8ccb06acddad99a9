package org.hscheck.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.hscheck.extract.BudgetSummary;
import org.hscheck.report.EvidenceRef;

/** The budget as a whole (adapter of {@link BudgetSummary}); inserted only when the proposal gives budget figures. */
public final class BudgetFact implements Evidenced {
  private final BudgetSummary b;
  private final List<EvidenceRef> evidence;

  public BudgetFact(BudgetSummary b) {
    this.b = b;
    this.evidence = Refs.one(b.evidence());
  }

  public BigDecimal getProgrammeTotal() { return b.programmeTotal(); }
  public BigDecimal getCommunicationAmount() { return b.communicationAmount(); }
  /** Communication as a percentage of the programme total, or null when the budget does not show it. */
  public BigDecimal getCommunicationPercent() { return b.communicationPercent(); }
  /** True when the budget shows a communication amount above zero. */
  public boolean isShowsCommunication() { return b.communicationAmount() != null && b.communicationAmount().signum() > 0; }
  public String getCurrency() { return b.currency() == null ? "" : b.currency(); }
  @Override public List<EvidenceRef> getEvidence() { return evidence; }
}
