package org.hscheck.rules.facts;

import java.util.List;
import org.hscheck.report.EvidenceRef;

/** A fact that carries quotes from the document. */
public interface Evidenced {
  /** The quotes and their places, possibly empty. */
  List<EvidenceRef> getEvidence();

  /** The first quote, or an empty string. */
  default String getQuote() {
    return getEvidence().isEmpty() ? "" : getEvidence().get(0).quote();
  }
}
