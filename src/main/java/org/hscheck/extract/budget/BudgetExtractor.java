package org.hscheck.extract.budget;

import org.hscheck.document.ProposalDocument;

/** Reads a proposal's budget tables into numbers. */
public final class BudgetExtractor {

  /** The budget tables and the summary; an empty result when the proposal gives no budget figures. */
  public BudgetExtraction extract(ProposalDocument document, String language) {
    throw new UnsupportedOperationException("budget extraction not yet written (issue 4)");
  }
}
