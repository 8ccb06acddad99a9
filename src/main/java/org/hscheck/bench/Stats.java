package org.hscheck.bench;

import java.util.Arrays;

/** Median and mean of measured durations, in milliseconds. */
public record Stats(double medianMillis, double meanMillis) {
  /** The statistics of durations given in nanoseconds; NaN for none. */
  public static Stats ofNanos(long[] nanos) {
    if (nanos.length == 0) return new Stats(Double.NaN, Double.NaN);
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    return new Stats(median / 1e6, Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6);
  }
}
