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
 * @param rowSums    rows whose parts (years, cost types) stand beside a row total, to check across (may be empty)
 */
public record BudgetTable(String caption, String currency, List<BudgetLine> lines, BigDecimal statedTotal,
                          boolean byOrganisation, Evidence evidence, List<RowSum> rowSums) {
  public BudgetTable {
    lines = List.copyOf(lines);
    rowSums = List.copyOf(rowSums);
  }

  /** A table with no parts beside its row totals. */
  public BudgetTable(String caption, String currency, List<BudgetLine> lines, BigDecimal statedTotal,
                     boolean byOrganisation, Evidence evidence) {
    this(caption, currency, lines, statedTotal, byOrganisation, evidence, List.of());
  }

  /** One row's parts added up beside the total the row states ("PNUD | 600.000 | 565.000 | 1.170.000"). */
  public record RowSum(String label, BigDecimal parts, BigDecimal total, Evidence evidence) {
    /** |total - parts|. */
    public BigDecimal difference() {
      return total.subtract(parts).abs();
    }
  }

  /** The sum of the lines. */
  public BigDecimal computedTotal() {
    return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One amount line of a budget table. */
  public record BudgetLine(String label, BigDecimal amount, boolean communication, Evidence evidence) {}
}
