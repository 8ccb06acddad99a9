package org.hscheck.bench;

/**
 * The warm figures for one file.
 *
 * @param group     "samples" or "generated"
 * @param pages     pages in the file, or null where the format records none
 * @param render    JSON rendering of the report, or null when no JSON renderer is available
 * @param check     read + extract + rules (+ render when available): the full check
 * @param bare      the bare library's text extraction of the same file
 * @param peakHeap  the highest heap use seen while checking this file (sum of the heap pools' peaks), in bytes
 */
public record FileFigures(String name, String group, Integer pages, long bytes, String outcome, Stats read,
                          Stats extract, Stats rules, Stats render, Stats check, Stats bare, String bareLibrary,
                          long peakHeap) {
  /** A file whose check threw: no figures, the outcome names the exception. */
  static FileFigures failed(String name, String group, long bytes, RuntimeException e) {
    Stats none = new Stats(Double.NaN, Double.NaN);
    return new FileFigures(name, group, null, bytes, "FAILED: " + e, none, none, none, null, none, none,
        BareExtraction.library(name), 0);
  }

  /** Whether the file was checked and measured. */
  public boolean measured() {
    return !outcome.startsWith("FAILED");
  }

  /** Full check time over bare extraction time (medians). */
  public double ratio() {
    return check.medianMillis() / bare.medianMillis();
  }
}
