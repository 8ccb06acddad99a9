package org.hscheck.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Many patterns run over the same texts, with a prefilter: one pass over a text (Aho-Corasick over the
 * literals each pattern requires, see {@link RequiredLiterals}) tells which patterns can match it at all, so
 * only those are run. A pattern whose required literals cannot be named is always a candidate, so the
 * prefilter never hides a match. Immutable and thread-safe.
 */
public final class PatternSet {
  private final List<Pattern> patterns;
  private final BitSet always = new BitSet();
  /** Transitions of each state: its characters in ascending order and the states they lead to. */
  private final char[][] keys;
  private final int[][] targets;
  private final int[] fail;
  /** Transitions of the start state for ASCII characters (-1 for none): most characters of a text are read there. */
  private final int[] rootAscii = new int[128];
  /** Patterns whose literal ends at each state (including through failure links), or null for none. */
  private final int[][] output;

  /** A set over these patterns, in this order (indices of {@link #candidates} are positions in the list). */
  public PatternSet(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    List<Map<Character, Integer>> next = new ArrayList<>();
    List<BitSet> out = new ArrayList<>();
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
    int n = next.size();
    keys = new char[n][];
    targets = new int[n][];
    for (int s = 0; s < n; s++) {
      keys[s] = new char[next.get(s).size()];
      targets[s] = new int[next.get(s).size()];
      int k = 0;
      for (var e : next.get(s).entrySet()) {
        keys[s][k] = e.getKey();
        targets[s][k++] = e.getValue();
      }
    }
    Arrays.fill(rootAscii, -1);
    for (int k = 0; k < keys[0].length; k++) if (keys[0][k] < 128) rootAscii[keys[0][k]] = targets[0][k];
    fail = new int[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int t : targets[0]) queue.add(t);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int k = 0; k < keys[s].length; k++) {
        int t = targets[s][k];
        int f = fail[s];
        int g;
        while ((g = step(f, keys[s][k])) < 0 && f != 0) f = fail[f];
        fail[t] = s == 0 || g < 0 ? 0 : g;
        out.get(t).or(out.get(fail[t]));
        queue.add(t);
      }
    }
    output = new int[n][];
    for (int s = 0; s < n; s++) output[s] = out.get(s).isEmpty() ? null : out.get(s).stream().toArray();
  }

  /** The state after reading {@code c} in {@code state}, following failure links (the start state when none). */
  private int next(int state, char c) {
    int to;
    while ((to = step(state, c)) < 0 && state != 0) state = fail[state];
    return Math.max(to, 0);
  }

  /** The state {@code c} leads to from {@code state}, or -1. */
  private int step(int state, char c) {
    if (state == 0 && c < 128) return rootAscii[c];
    char[] k = keys[state];
    if (k.length <= 8) {
      for (int i = 0; i < k.length; i++) if (k[i] == c) return targets[state][i];
      return -1;
    }
    int i = Arrays.binarySearch(k, c);
    return i >= 0 ? targets[state][i] : -1;
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
      state = next(state, text.charAt(i));
      if (output[state] != null) return true;
    }
    return false;
  }

  /** The positions of the patterns that may match {@code text}; every pattern that does match is among them. */
  public BitSet candidates(String text) {
    BitSet found = (BitSet) always.clone();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = next(state, text.charAt(i));
      int[] hits = output[state];
      if (hits != null) for (int h : hits) found.set(h);
    }
    return found;
  }
}
