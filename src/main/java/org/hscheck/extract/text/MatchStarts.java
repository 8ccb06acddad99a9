package org.hscheck.extract.text;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where a match of a pattern can begin: at a position where one of the strings every match starts with occurs (see
 * {@link RequiredLiterals#starts}). A search tries the pattern only there, instead of at every position, which is
 * what {@link java.util.regex.Matcher#find} does for an alternation of words. Immutable and thread-safe.
 */
public final class MatchStarts {
  /** Most strings kept; a pattern with more is searched at every position. */
  private static final int MAX_STRINGS = 512;

  /** The class of each character: 0 for a character no string contains. */
  private final char[] classOf;
  private final int classes;
  /** The trie of the strings: the state after class {@code k} in state {@code s}, or 0 for none (the root is never re-entered). */
  private final char[] next;
  /** True for a state that ends a string. */
  private final boolean[] accepts;

  private MatchStarts(Set<String> strings) {
    TreeSet<Character> alphabet = new TreeSet<>();
    int total = 1;
    for (String s : strings) {
      for (char c : s.toCharArray()) alphabet.add(c);
      total += s.length();
    }
    classOf = new char[alphabet.isEmpty() ? 1 : alphabet.last() + 1];
    int k = 0;
    for (char c : alphabet) classOf[c] = (char) ++k;
    classes = k + 1;
    char[] table = new char[total * classes];
    boolean[] ends = new boolean[total];
    int states = 1;
    for (String s : strings) {
      int state = 0;
      for (char c : s.toCharArray()) {
        int at = state * classes + classOf[c];
        if (table[at] == 0) table[at] = (char) states++;
        state = table[at];
      }
      ends[state] = true;
    }
    next = Arrays.copyOf(table, states * classes);
    accepts = Arrays.copyOf(ends, states);
  }

  /** The starts of {@code p}'s matches, or null when they cannot be named or are too many to be worth it. */
  static MatchStarts of(Pattern p) {
    return of(RequiredLiterals.starts(p));
  }

  /** A search over {@code strings} (see {@link RequiredLiterals#starts}), or null when there are none or too many. */
  static MatchStarts of(Set<String> strings) {
    if (strings == null || strings.isEmpty() || strings.size() > MAX_STRINGS) return null;
    int states = 1;
    for (String s : strings) states += s.length();
    return states > Character.MAX_VALUE ? null : new MatchStarts(strings);
  }

  /** The first position in {@code [from, to)} where one of the strings starts in {@code text}, or -1. */
  int next(CharSequence text, int from, int to) {
    int length = text.length();
    for (int i = from; i < to; i++) {
      int state = 0;
      for (int j = i; j < length; j++) {
        char c = text.charAt(j);
        if (c >= classOf.length) break;
        int k = classOf[c];
        if (k == 0) break;
        state = next[state * classes + k];
        if (state == 0) break;
        if (accepts[state]) return i;
      }
    }
    return -1;
  }
}
