package org.hscheck.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hscheck.report.Criterion;

/**
 * The comparison of a folder of samples with their expectations: per document and per criterion.
 *
 * @param unlabelled documents in the folder without an expected-verdicts file
 */
public record EvalResult(List<DocumentComparison> documents, List<String> unlabelled) {
  public EvalResult {
    documents = List.copyOf(documents);
    unlabelled = List.copyOf(unlabelled);
  }

  /**
   * Agreement on one criterion over every document that should have been assessed.
   *
   * @param falseMet    the checker said MET, the reviewer did not
   * @param falseNotMet the checker said NOT_MET, the reviewer did not
   * @param other       other disagreements (NOT_APPLICABLE on either side, or no verdict at all)
   */
  public record CriterionStats(Criterion criterion, int compared, int agreed, int falseMet, int falseNotMet,
                               int other) {}

  /** Statistics per criterion, in the contract's order. */
  public Map<Criterion, CriterionStats> perCriterion() {
    Map<Criterion, CriterionStats> out = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      int compared = 0;
      int falseMet = 0;
      int falseNotMet = 0;
      int other = 0;
      for (DocumentComparison d : documents) {
        if (d.checkedCriteria() == 0) continue;
        compared++;
        for (DocumentComparison.Disagreement x : d.disagreements()) {
          if (x.criterion() != c) continue;
          if (x.falseMet()) falseMet++;
          else if (x.falseNotMet()) falseNotMet++;
          else other++;
        }
      }
      out.put(c, new CriterionStats(c, compared, compared - falseMet - falseNotMet - other, falseMet, falseNotMet,
          other));
    }
    return out;
  }

  /** Verdicts compared over all documents and criteria. */
  public int compared() {
    return documents.stream().mapToInt(DocumentComparison::checkedCriteria).sum();
  }

  /** Verdicts on which the checker and the reviewer agree. */
  public int agreed() {
    return compared() - documents.stream().mapToInt(d -> d.disagreements().size()).sum();
  }

  /** Documents whose outcome differs from the expected one. */
  public long outcomeMismatches() {
    return documents.stream().filter(d -> d.expectedOutcome() != d.actualOutcome()).count();
  }

  /** Every document labelled, every outcome and every verdict as expected. */
  public boolean fullAgreement() {
    return unlabelled.isEmpty() && documents.stream().allMatch(DocumentComparison::agrees);
  }
}
