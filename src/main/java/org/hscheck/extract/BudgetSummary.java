package org.hscheck.extract;

import java.math.BigDecimal;

/**
 * The budget as a whole.
 *
 * @param programmeTotal      the total programme budget the proposal states (or the largest consistent table total), or null
 * @param communicationAmount the amount budgeted for communication and outreach, or null when the budget does not show it
 * @param currency            currency of those amounts
 */
public record BudgetSummary(BigDecimal programmeTotal, BigDecimal communicationAmount, String currency,
                            Evidence evidence) {
  /** Communication as a percentage of the programme total, or null when either is unknown. */
  public BigDecimal communicationPercent() {
    if (programmeTotal == null || communicationAmount == null || programmeTotal.signum() == 0) return null;
    return communicationAmount.multiply(BigDecimal.valueOf(100))
        .divide(programmeTotal, 2, java.math.RoundingMode.HALF_UP);
  }
}
