package org.hscheck.rules;

import java.nio.file.Path;
import java.util.List;

/** Runs every rule's passing and failing fixtures against a rule directory, so an edited rule set can be tested before use. */
public final class FixtureRunner {
  private FixtureRunner() {}

  /** One fixture's outcome. */
  public record Result(String ruleId, String fixture, boolean passed, String message) {}

  /** Compiles the rules in {@code rulesDir} and runs all their fixtures. */
  public static List<Result> run(Path rulesDir) {
    throw new UnsupportedOperationException("rule fixtures not yet written (issue 5)");
  }
}
