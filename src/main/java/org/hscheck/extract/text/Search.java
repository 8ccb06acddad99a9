package org.hscheck.extract.text;

import java.util.regex.Matcher;

/**
 * The successive matches of a pattern in a text or a part of it, the very ones {@link Matcher#find} gives over that
 * region with transparent, non-anchoring bounds (lookarounds and word boundaries see the text around it), found by
 * trying the pattern only where its {@link MatchStarts} say a match can begin. Not for use by several threads.
 */
public final class Search {
  private final Matcher matcher;
  private final MatchStarts starts;
  private final CharSequence text;
  private final int to;
  private int from;

  /** A search of {@code matcher}'s pattern over {@code [from, to)} of {@code text}; {@code starts} may be null. */
  Search(Matcher matcher, MatchStarts starts, CharSequence text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("region [" + from + ", " + to + ") of a text of length " + text.length());
    }
    this.matcher = matcher;
    this.starts = starts;
    this.text = text;
    this.from = from;
    this.to = to;
    matcher.useTransparentBounds(true).useAnchoringBounds(false);
    if (starts == null) matcher.region(from, to);
  }

  /** Finds the next match; false when there is none. */
  public boolean find() {
    if (starts == null) return matcher.find();
    while (from <= to) {
      int at = starts.next(text, from, to);
      if (at < 0) break;
      matcher.region(at, to);
      if (matcher.lookingAt()) {
        // a pattern with starts never matches the empty string, so the next search begins after this match
        from = matcher.end();
        return true;
      }
      from = at + 1;
    }
    from = to + 1;
    return false;
  }

  /** The matcher holding the last match found (its region is an implementation detail). */
  public Matcher matcher() {
    return matcher;
  }

  /** The start of the last match found. */
  public int start() {
    return matcher.start();
  }

  /** The end of the last match found. */
  public int end() {
    return matcher.end();
  }

  /** The text of the last match found. */
  public String group() {
    return matcher.group();
  }
}
