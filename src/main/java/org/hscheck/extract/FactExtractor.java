package org.hscheck.extract;

import org.hscheck.document.ProposalDocument;

/** Extracts the facts the rules reason over from a document. Stateless and thread-safe. */
public final class FactExtractor {

  /** Extracts every fact, each with its evidence. */
  public ProposalFacts extract(ProposalDocument document) {
    throw new UnsupportedOperationException("extraction not yet written (issue 4)");
  }
}
