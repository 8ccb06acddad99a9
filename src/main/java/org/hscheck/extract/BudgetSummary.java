package org.hscheck.extract;

import java.math.BigDecimal;

/**
 * The budget as a whole.
 *
 * @param programmeTotal      the total programme budget the proposal states (or the largest consistent table total), or null
 * @param communicationAmount the amount budgeted for communication and outreach, or null when the budget does not show it
 * @param currency            currency of those amounts
 * @param evidence            where the programme total is stated
 * @param requested           the amount the proposal says it requests from the Trust Fund outside its budget tables (a
 *                            cover-table row, a sentence), or null when it says none
 * @param requestedEvidence   where that amount is stated, or null
 */
public record BudgetSummary(BigDecimal programmeTotal, BigDecimal communicationAmount, String currency,
                            Evidence evidence, BigDecimal requested, Evidence requestedEvidence) {
  /** A summary that states no requested amount apart from its total. */
  public BudgetSummary(BigDecimal programmeTotal, BigDecimal communicationAmount, String currency, Evidence evidence) {
    this(programmeTotal, communicationAmount, currency, evidence, null, null);
  }

  /** This summary with the requested amount stated at {@code where}. */
  public BudgetSummary withRequested(BigDecimal amount, Evidence where) {
    return new BudgetSummary(programmeTotal, communicationAmount, currency, evidence, amount, where);
  }

  /** Communication as a percentage of the programme total, or null when either is unknown. */
  public BigDecimal communicationPercent() {
    if (programmeTotal == null || communicationAmount == null || programmeTotal.signum() == 0) return null;
    return communicationAmount.multiply(BigDecimal.valueOf(100))
        .divide(programmeTotal, 2, java.math.RoundingMode.HALF_UP);
  }
}
