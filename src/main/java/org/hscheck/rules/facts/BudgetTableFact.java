package org.hscheck.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.hscheck.extract.BudgetTable;
import org.hscheck.report.EvidenceRef;

/** A budget table read into numbers (adapter of {@link BudgetTable}). */
public final class BudgetTableFact implements Evidenced {
  private final BudgetTable t;
  private final List<EvidenceRef> evidence;

  public BudgetTableFact(BudgetTable t) {
    this.t = t;
    this.evidence = Refs.one(t.evidence());
  }

  public String getCaption() { return t.caption() == null || t.caption().isBlank() ? "budget table" : t.caption(); }
  public String getCurrency() { return t.currency() == null ? "" : t.currency(); }
  public int getLineCount() { return t.lines().size(); }
  /** The total the table states, or null. */
  public BigDecimal getStatedTotal() { return t.statedTotal(); }
  public BigDecimal getComputedTotal() { return t.computedTotal(); }
  /** True when the table states a total and has lines to add up. */
  public boolean isCheckable() { return t.statedTotal() != null && !t.lines().isEmpty(); }
  public boolean isByOrganisation() { return t.byOrganisation(); }

  /** |stated - computed|, or null when the table is not checkable. */
  public BigDecimal getDifference() {
    return isCheckable() ? t.statedTotal().subtract(t.computedTotal()).abs() : null;
  }

  /**
   * True when the lines miss the stated total by more than the tolerance: the larger of {@code absolute}
   * (currency units) and {@code percent} % of the stated total.
   */
  public boolean exceeds(BigDecimal absolute, BigDecimal percent) {
    return isCheckable() && beyond(getDifference(), t.statedTotal(), absolute, percent);
  }

  /**
   * The first row whose parts miss the total it states by more than the tolerance (see {@link #exceeds}), or null.
   */
  public BudgetTable.RowSum rowMismatch(BigDecimal absolute, BigDecimal percent) {
    for (BudgetTable.RowSum r : t.rowSums()) if (beyond(r.difference(), r.total(), absolute, percent)) return r;
    return null;
  }

  /** True when {@code difference} exceeds the larger of {@code absolute} and {@code percent} % of {@code total}. */
  private static boolean beyond(BigDecimal difference, BigDecimal total, BigDecimal absolute, BigDecimal percent) {
    BigDecimal relative = total.abs().multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return difference.compareTo(absolute.max(relative)) > 0;
  }

  @Override public List<EvidenceRef> getEvidence() { return evidence; }
}
