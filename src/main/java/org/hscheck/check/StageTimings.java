package org.hscheck.check;

/** Nanoseconds spent in each stage of one check. */
public record StageTimings(long readNanos, long extractNanos, long rulesNanos) {
  public long totalNanos() {
    return readNanos + extractNanos + rulesNanos;
  }
}
