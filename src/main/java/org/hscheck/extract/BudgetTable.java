package org.hscheck.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * A budget table read into numbers.
 *
 * @param caption     the table's caption or nearest heading
 * @param currency    ISO code or symbol as printed ("USD", "US$", "EUR"), or empty
 * @param lines       the amount lines (not the total rows)
 * @param statedTotal the total the table states, or {@code null} when it states none
 * @param byOrganisation true when the lines are per organisation (Table 2 of the template)
 */
public record BudgetTable(String caption, String currency, List<BudgetLine> lines, BigDecimal statedTotal,
                          boolean byOrganisation, Evidence evidence) {
  public BudgetTable {
    lines = List.copyOf(lines);
  }

  /** The sum of the lines. */
  public BigDecimal computedTotal() {
    return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One amount line of a budget table. */
  public record BudgetLine(String label, BigDecimal amount, boolean communication, Evidence evidence) {}
}
