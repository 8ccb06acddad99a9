package org.hscheck.document;

/**
 * The running account of one parse against its {@link ReadLimits}: elapsed time, characters, table cells
 * and PDF text positions. Readers call it as they go; it throws {@link LimitExceeded} when a bound is reached.
 * Used by one worker thread only.
 */
final class ReadBudget {
  private final ReadLimits limits;
  private final long deadline;
  private long chars;
  private long cells;
  private long positions;

  ReadBudget(ReadLimits limits) {
    this.limits = limits;
    this.deadline = System.nanoTime() + limits.timeout().toNanos();
  }

  ReadLimits limits() {
    return limits;
  }

  void checkTime() {
    if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
      throw new LimitExceeded("Reading the document took longer than the limit of "
          + limits.timeout().toSeconds() + " s.");
    }
  }

  void addChars(long n) {
    chars += n;
    if (chars > limits.maxChars()) {
      throw new LimitExceeded("The document holds more than " + limits.maxChars() + " characters of text.");
    }
  }

  void addCells(long n) {
    cells += n;
    if (cells > limits.maxTableCells()) {
      throw new LimitExceeded("The document's tables hold more than " + limits.maxTableCells() + " cells.");
    }
  }

  void checkDepth(int tableDepth) {
    if (tableDepth > limits.maxDepth()) {
      throw new LimitExceeded("The document nests tables more than " + limits.maxDepth() + " levels deep.");
    }
  }

  void addPositions(long n) {
    positions += n;
    if (positions > limits.maxTextPositions()) {
      throw new LimitExceeded("The PDF draws more than " + limits.maxTextPositions() + " characters of text.");
    }
    if ((positions & 0x3FF) == 0) checkTime();
  }

  void checkPages(int pages) {
    if (pages > limits.maxPages()) {
      throw new LimitExceeded("The document has more than " + limits.maxPages() + " pages.");
    }
  }
}
