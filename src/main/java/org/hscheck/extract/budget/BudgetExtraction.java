package org.hscheck.extract.budget;

import java.util.List;
import org.hscheck.extract.BudgetSummary;
import org.hscheck.extract.BudgetTable;

/** The budget tables of a proposal and its summary (null when there are no budget figures). */
public record BudgetExtraction(List<BudgetTable> tables, BudgetSummary summary) {
  public BudgetExtraction {
    tables = List.copyOf(tables);
  }
}
