package org.hscheck.extract;

/**
 * One piece of evidence of a kind the rules look for, with its status (done, planned, negated).
 *
 * @param detail a short extractor-specific note (e.g. the matched activity class), may be empty
 */
public record Signal(SignalKind kind, Status status, String detail, Evidence evidence) {
  /**
   * The detail of a link between protection and empowerment that is only declared ("the two strands reinforce each
   * other", "les volets sont complémentaires"), as opposed to one described by an activity or a channel.
   */
  public static final String DECLARED_LINK = "strands declared linked, how not said";

  /**
   * The detail of a human security principle the proposal denies by name ("el programa no pretende ser integral", "this is
   * not a comprehensive programme"): that principle is not addressed, whatever else says.
   */
  public static final String DENIED_PRINCIPLE = "principle denied by name";

  /** True for a declared link (see {@link #DECLARED_LINK}). */
  public boolean declaredOnly() {
    return DECLARED_LINK.equals(detail);
  }
}
