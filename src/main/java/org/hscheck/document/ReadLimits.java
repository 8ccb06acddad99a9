package org.hscheck.document;

import java.time.Duration;

/**
 * The bounds every parse runs within. Reaching one ends the parse with {@link ErrorCode#TOO_LARGE}.
 *
 * @param maxBytes         largest accepted file
 * @param timeout          wall-clock time a parse may take
 * @param maxPages         most pages read from a PDF
 * @param maxChars         most characters of text kept
 * @param maxTableCells    most table cells in the whole document
 * @param maxDepth         deepest nesting of tables (and of XML) accepted
 */
public record ReadLimits(long maxBytes, Duration timeout, int maxPages, long maxChars, int maxTableCells,
                         int maxDepth) {
  /** Limits fit for proposals of a few hundred pages. */
  public static ReadLimits defaults() {
    return new ReadLimits(50L * 1024 * 1024, Duration.ofSeconds(60), 1000, 5_000_000, 50_000, 20);
  }
}
