package org.hscheck.extract.org;

import java.util.List;
import org.hscheck.document.ProposalDocument;
import org.hscheck.extract.Participant;

/** Finds the organisations a proposal names and decides each one's role in the project. */
public final class ParticipantExtractor {

  /** Every organisation named, with its role, responsibilities and evidence; {@code language} is "en", "fr" or "es". */
  public List<Participant> extract(ProposalDocument document, String language) {
    throw new UnsupportedOperationException("participant extraction not yet written (issue 4)");
  }
}
