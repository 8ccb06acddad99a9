package org.hscheck.document;

/** Thrown inside a reader when a {@link ReadLimits} bound is reached; becomes {@link ErrorCode#TOO_LARGE}. */
final class LimitExceeded extends RuntimeException {
  LimitExceeded(String message) {
    super(message, null, false, false);
  }
}
