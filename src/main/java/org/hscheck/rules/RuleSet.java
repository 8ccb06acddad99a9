package org.hscheck.rules;

import java.nio.file.Path;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.report.RuleSetInfo;

/** A compiled, verified rule set, shared read-only; evaluates one document per session. */
public final class RuleSet {

  /** Loads the rule set packaged in the jar. */
  public static RuleSet loadDefault() {
    throw new UnsupportedOperationException("rules not yet written (issue 5)");
  }

  /** Loads and compiles the rules in a directory; fails naming the file and line of a rule that does not compile. */
  public static RuleSet load(Path dir) {
    throw new UnsupportedOperationException("rules not yet written (issue 5)");
  }

  /** Version and content digest of this rule set. */
  public RuleSetInfo info() {
    throw new UnsupportedOperationException("rules not yet written (issue 5)");
  }

  /** Runs the rules over one document's facts in a fresh session, always disposed. */
  public Evaluation evaluate(ProposalFacts facts) {
    throw new UnsupportedOperationException("rules not yet written (issue 5)");
  }
}
