package org.hscheck.rules;

/** A rule set that cannot be loaded: a missing or unlisted file, or a rule that does not compile (file and line named). */
public final class RuleSetException extends RuntimeException {
  public RuleSetException(String message) {
    super(message);
  }

  public RuleSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
