package org.hscheck.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  /** Goto function of the automaton: one map from character to state per state. */
  private final List<Map<Character, Integer>> next = new ArrayList<>();
  private final int[] fail;
  /** Patterns whose literal ends at each state (including through failure links). */
  private final BitSet[] output;

  /** A set over these patterns, in this order (indices of {@link #candidates} are positions in the list). */
  public PatternSet(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    List<BitSet> out = new ArrayList<>();
    next.add(new HashMap<>());
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
            next.add(new HashMap<>());
            out.add(new BitSet());
          }
          state = to;
        }
        out.get(state).set(i);
      }
    }
    fail = new int[next.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (var e : next.get(s).entrySet()) {
        int t = e.getValue();
        int f = fail[s];
        while (f != 0 && !next.get(f).containsKey(e.getKey())) f = fail[f];
        Integer g = s == 0 ? null : next.get(f).get(e.getKey());
        fail[t] = g == null || g == t ? 0 : g;
        out.get(t).or(out.get(fail[t]));
        queue.add(t);
      }
    }
    output = out.toArray(BitSet[]::new);
  }

  /** The patterns, in order. */
  public List<Pattern> patterns() {
    return patterns;
  }

  /** The positions of the patterns that may match {@code text}; every pattern that does match is among them. */
  public BitSet candidates(String text) {
    BitSet found = (BitSet) always.clone();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Integer to;
      while ((to = next.get(state).get(c)) == null && state != 0) state = fail[state];
      state = to == null ? 0 : to;
      if (!output[state].isEmpty()) found.or(output[state]);
    }
    return found;
  }
}
