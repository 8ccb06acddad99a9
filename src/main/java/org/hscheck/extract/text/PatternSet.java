package org.hscheck.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many patterns run over the same texts, with a prefilter: one pass over a text (Aho-Corasick over the
 * literals each pattern requires, see {@link RequiredLiterals}) tells which patterns can match it at all, so
 * only those are run. A pattern whose required literals cannot be named is always a candidate, so the
 * prefilter never hides a match. Immutable and thread-safe.
 */
public final class PatternSet {
  private final List<Pattern> patterns;
  /** Each pattern's ASCII twin, run on ASCII text (see {@link UnicodePattern}). */
  private final List<Pattern> ascii;
  private final BitSet always = new BitSet();
  /** The class of each ASCII character: 0 for a character no literal contains. */
  private final int[] asciiClass = new int[128];
  /** The non-ASCII characters the literals contain, in ascending order; the class of {@code wide[i]} is {@code wideClass[i]}. */
  private final char[] wide;
  private final int[] wideClass;
  /** Character classes, class 0 included. */
  private final int classes;
  /**
   * The automaton with its failure links resolved: the state after reading a character of class {@code k} in state
   * {@code s} is {@code delta[s * classes + k]}, so a text is read in one table lookup per character. States are
   * chars to halve the table (the largest set, of organisation names, has about 11,000 states).
   */
  private final char[] delta;
  /** Patterns whose literal ends at each state (including through failure links), or null for none. */
  private final int[][] output;

  /** A set over these patterns, in this order (indices of {@link #candidates} are positions in the list). */
  public PatternSet(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.ascii = this.patterns.stream().map(UnicodePattern::asciiTwin).toList();
    List<Map<Character, Integer>> next = new ArrayList<>();
    List<BitSet> out = new ArrayList<>();
    TreeMap<Character, Integer> alphabet = new TreeMap<>();
    next.add(new TreeMap<>());
    out.add(new BitSet());
    for (int i = 0; i < this.patterns.size(); i++) {
      Set<String> literals = RequiredLiterals.of(this.patterns.get(i));
      if (literals == null || literals.isEmpty()) {
        always.set(i);
        continue;
      }
      for (String literal : literals) {
        int state = 0;
        for (char c : literal.toCharArray()) {
          alphabet.putIfAbsent(c, alphabet.size() + 1);
          Integer to = next.get(state).get(c);
          if (to == null) {
            to = next.size();
            next.get(state).put(c, to);
            next.add(new TreeMap<>());
            out.add(new BitSet());
          }
          state = to;
        }
        out.get(state).set(i);
      }
    }
    classes = alphabet.size() + 1;
    List<Character> nonAscii = new ArrayList<>();
    for (var e : alphabet.entrySet()) {
      if (e.getKey() < 128) asciiClass[e.getKey()] = e.getValue();
      else nonAscii.add(e.getKey());
    }
    wide = new char[nonAscii.size()];
    wideClass = new int[nonAscii.size()];
    for (int i = 0; i < wide.length; i++) {
      wide[i] = nonAscii.get(i);
      wideClass[i] = alphabet.get(wide[i]);
    }
    int n = next.size();
    if (n > Character.MAX_VALUE) {
      throw new IllegalArgumentException("the literals of " + patterns.size() + " patterns need " + n
          + " states, more than one set holds (" + (int) Character.MAX_VALUE + "): split the set");
    }
    delta = new char[n * classes];
    int[] fail = new int[n];
    // breadth first, so that a state's failure state is complete before the state itself
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (var e : next.get(0).entrySet()) {
      delta[alphabet.get(e.getKey())] = (char) e.getValue().intValue();
      queue.add(e.getValue());
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      System.arraycopy(delta, fail[s] * classes, delta, s * classes, classes);
      out.get(s).or(out.get(fail[s]));
      for (var e : next.get(s).entrySet()) {
        int k = alphabet.get(e.getKey());
        int t = e.getValue();
        fail[t] = delta[fail[s] * classes + k];
        delta[s * classes + k] = (char) t;
        queue.add(t);
      }
    }
    output = new int[n][];
    for (int s = 0; s < n; s++) output[s] = out.get(s).isEmpty() ? null : out.get(s).stream().toArray();
  }

  /** The class of {@code c}: 0 when no literal contains it. */
  private int classOf(char c) {
    if (c < 128) return asciiClass[c];
    int i = Arrays.binarySearch(wide, c);
    return i >= 0 ? wideClass[i] : 0;
  }

  /** A matcher of pattern {@code i} over {@code text}, through its ASCII twin when the text is ASCII. */
  public Matcher matcher(int i, CharSequence text) {
    Pattern p = patterns.get(i);
    Pattern a = ascii.get(i);
    return (a != p && UnicodePattern.twinSafe(text) ? a : p).matcher(text);
  }

  /** The patterns, in order. */
  public List<Pattern> patterns() {
    return patterns;
  }

  /** True when some pattern may match {@code text} (false means none does). */
  public boolean mayMatch(String text) {
    if (!always.isEmpty()) return true;
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = delta[state * classes + classOf(text.charAt(i))];
      if (output[state] != null) return true;
    }
    return false;
  }

  /** The positions of the patterns that may match {@code text}; every pattern that does match is among them. */
  public BitSet candidates(String text) {
    BitSet found = (BitSet) always.clone();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = delta[state * classes + classOf(text.charAt(i))];
      int[] hits = output[state];
      if (hits != null) for (int h : hits) found.set(h);
    }
    return found;
  }
}
