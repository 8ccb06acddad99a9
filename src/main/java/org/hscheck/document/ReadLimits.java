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
 * @param maxTextPositions most glyphs (PDF text positions) processed in the whole document
 */
public record ReadLimits(long maxBytes, Duration timeout, int maxPages, long maxChars, int maxTableCells,
                         int maxDepth, long maxTextPositions) {
  /** Default for {@link #maxTextPositions()}. */
  public static final long DEFAULT_MAX_TEXT_POSITIONS = 10_000_000;

  public ReadLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxTableCells <= 0 || maxDepth <= 0
        || maxTextPositions <= 0) {
      throw new IllegalArgumentException("every read limit must be positive: " + limitsText(maxBytes, maxPages,
          maxChars, maxTableCells, maxDepth, maxTextPositions));
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("read timeout must be positive, was " + timeout);
    }
  }

  /** Limits with the default cap on PDF text positions. */
  public ReadLimits(long maxBytes, Duration timeout, int maxPages, long maxChars, int maxTableCells, int maxDepth) {
    this(maxBytes, timeout, maxPages, maxChars, maxTableCells, maxDepth, DEFAULT_MAX_TEXT_POSITIONS);
  }

  /** Limits fit for proposals of a few hundred pages. */
  public static ReadLimits defaults() {
    return new ReadLimits(50L * 1024 * 1024, Duration.ofSeconds(60), 1000, 5_000_000, 50_000, 20);
  }

  public ReadLimits withTimeout(Duration t) {
    return new ReadLimits(maxBytes, t, maxPages, maxChars, maxTableCells, maxDepth, maxTextPositions);
  }

  public ReadLimits withMaxPages(int n) {
    return new ReadLimits(maxBytes, timeout, n, maxChars, maxTableCells, maxDepth, maxTextPositions);
  }

  public ReadLimits withMaxChars(long n) {
    return new ReadLimits(maxBytes, timeout, maxPages, n, maxTableCells, maxDepth, maxTextPositions);
  }

  public ReadLimits withMaxTableCells(int n) {
    return new ReadLimits(maxBytes, timeout, maxPages, maxChars, n, maxDepth, maxTextPositions);
  }

  public ReadLimits withMaxBytes(long n) {
    return new ReadLimits(n, timeout, maxPages, maxChars, maxTableCells, maxDepth, maxTextPositions);
  }

  private static String limitsText(long bytes, int pages, long chars, int cells, int depth, long positions) {
    return "maxBytes=" + bytes + ", maxPages=" + pages + ", maxChars=" + chars + ", maxTableCells=" + cells
        + ", maxDepth=" + depth + ", maxTextPositions=" + positions;
  }
}
