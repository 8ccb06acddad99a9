package org.hscheck.extract;

import java.util.List;
import org.hscheck.document.DocumentMetadata;

/**
 * Everything the extractors found in one proposal; what the rules reason over.
 *
 * @param budget the budget summary, or null when the proposal gives no budget figures
 */
public record ProposalFacts(DocumentMetadata document, List<Participant> participants,
                            List<NeedsAssessment> needsAssessments, List<Signal> signals, HivSalience hiv,
                            List<BudgetTable> budgetTables, BudgetSummary budget) {
  public ProposalFacts {
    participants = List.copyOf(participants);
    needsAssessments = List.copyOf(needsAssessments);
    signals = List.copyOf(signals);
    budgetTables = List.copyOf(budgetTables);
  }

  /** The signals of one kind. */
  public List<Signal> signals(SignalKind kind) {
    return signals.stream().filter(s -> s.kind() == kind).toList();
  }
}
