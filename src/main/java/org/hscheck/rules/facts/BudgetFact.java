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
    this.evidence = Refs.of(java.util.Arrays.asList(b.evidence(), b.requestedEvidence()));
  }

  public BigDecimal getProgrammeTotal() { return b.programmeTotal(); }
  public BigDecimal getCommunicationAmount() { return b.communicationAmount(); }
  /** Communication as a percentage of the programme total, or null when the budget does not show it. */
  public BigDecimal getCommunicationPercent() { return b.communicationPercent(); }
  /** True when the budget shows a communication amount above zero. */
  public boolean isShowsCommunication() { return b.communicationAmount() != null && b.communicationAmount().signum() > 0; }
  public String getCurrency() { return b.currency() == null ? "" : b.currency(); }
  /** The amount requested from the Trust Fund stated apart from the budget tables, or null. */
  public BigDecimal getRequested() { return b.requested(); }

  /**
   * True when the amount requested differs from the programme total by more than the larger of {@code absolute}
   * (currency units) and {@code percent} % of the programme total; false when either is unknown.
   */
  public boolean requestDiffers(BigDecimal absolute, BigDecimal percent) {
    if (b.requested() == null || b.programmeTotal() == null) return false;
    BigDecimal relative = b.programmeTotal().abs().multiply(percent).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    return b.requested().subtract(b.programmeTotal()).abs().compareTo(absolute.max(relative)) > 0;
  }
  @Override public List<EvidenceRef> getEvidence() { return evidence; }
}
