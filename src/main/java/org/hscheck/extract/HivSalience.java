package org.hscheck.extract;

import java.util.List;

/**
 * How central HIV/AIDS is to the proposal.
 *
 * @param level    NONE, PASSING (a mention in context or background) or SUBSTANTIAL (objectives, outputs, activities)
 * @param evidence the mentions that decided the level
 */
public record HivSalience(Level level, List<Evidence> evidence) {
  public HivSalience {
    evidence = List.copyOf(evidence);
  }

  /** How central HIV/AIDS is. */
  public enum Level { NONE, PASSING, SUBSTANTIAL }
}
