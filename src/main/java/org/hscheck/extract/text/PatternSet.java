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
 * literals each pattern requires, see {@link RequiredLiterals#requirement}) tells which patterns can match it at all,
 * so only those are run. A pattern needs, for one of its alternatives, a literal of each of that alternative's sets.
 * A pattern whose required literals cannot be named is always a candidate, so the prefilter never hides a match.
 * Immutable and thread-safe.
 */
public final class PatternSet {
  private final List<Pattern> patterns;
  /** Each pattern's ASCII twin, run on ASCII text (see {@link UnicodePattern}). */
  private final List<Pattern> ascii;
  /** Where each pattern's matches can begin, or null (see {@link MatchStarts}). */
  private final MatchStarts[] starts;
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
  /** The literal sets ending at each state (including through failure links), by set number, or null for none. */
  private final int[][] output;
  /** The pattern each literal set belongs to, by set number. */
  private final int[] owner;
  /** Each pattern's alternatives, each the numbers of the literal sets it needs (empty for patterns always run). */
  private final int[][][] needs;

  /** A set over these patterns, in this order (indices of {@link #candidates} are positions in the list). */
  public PatternSet(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.ascii = this.patterns.stream().map(UnicodePattern::asciiTwin).toList();
    this.starts = new MatchStarts[this.patterns.size()];
    List<Map<Character, Integer>> next = new ArrayList<>();
    List<BitSet> out = new ArrayList<>();
    TreeMap<Character, Integer> alphabet = new TreeMap<>();
    next.add(new TreeMap<>());
    out.add(new BitSet());
    List<Integer> owners = new ArrayList<>();
    needs = new int[this.patterns.size()][][];
    for (int i = 0; i < this.patterns.size(); i++) {
      RequiredLiterals.Analysis analysis = RequiredLiterals.analyse(this.patterns.get(i));
      starts[i] = MatchStarts.of(analysis.starts());
      List<List<Set<String>>> req = withoutWeakSets(analysis.requirement());
      if (req == null || req.isEmpty() || req.stream().anyMatch(c -> c.isEmpty() || c.stream().anyMatch(Set::isEmpty))) {
        always.set(i);
        needs[i] = new int[0][];
        continue;
      }
      needs[i] = new int[req.size()][];
      Map<Set<String>, Integer> numbers = new java.util.HashMap<>();
      for (int b = 0; b < req.size(); b++) {
        needs[i][b] = new int[req.get(b).size()];
        for (int k = 0; k < req.get(b).size(); k++) {
          Set<String> literals = req.get(b).get(k);
          Integer set = numbers.get(literals);
          if (set == null) {
            set = owners.size();
            numbers.put(literals, set);
            owners.add(i);
            addLiterals(literals, set, next, out, alphabet);
          }
          needs[i][b][k] = set;
        }
      }
    }
    owner = owners.stream().mapToInt(Integer::intValue).toArray();
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

  /**
   * {@code req} without the sets that nearly every text touches, a set holding a literal of one character apart from
   * spaces (" ", ", "): each occurrence of it would cost the scan more than the set saves. Dropping a set only lets
   * more texts through.
   */
  private static List<List<Set<String>>> withoutWeakSets(List<List<Set<String>>> req) {
    if (req == null) return null;
    List<List<Set<String>>> out = new ArrayList<>();
    for (List<Set<String>> alternative : req) {
      out.add(alternative.stream().filter(set -> set.stream().allMatch(l -> l.strip().length() >= 2)).toList());
    }
    return out;
  }

  /** Adds the literals of set number {@code set} to the trie. */
  private static void addLiterals(Set<String> literals, int set, List<Map<Character, Integer>> next, List<BitSet> out,
                                  TreeMap<Character, Integer> alphabet) {
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
      out.get(state).set(set);
    }
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

  /** The matches of pattern {@code i} in {@code text}, as {@link #matcher} finds them, trying only where one can start. */
  public Search search(int i, CharSequence text) {
    return new Search(matcher(i, text), starts[i], text, 0, text.length());
  }

  /** Where the matches of pattern {@code i} can begin, or null. */
  MatchStarts starts(int i) {
    return starts[i];
  }

  /** The patterns, in order. */
  public List<Pattern> patterns() {
    return patterns;
  }

  /** True when some pattern may match {@code text} (false means none does). */
  public boolean mayMatch(String text) {
    if (!always.isEmpty()) return true;
    BitSet hit = hits(text);
    if (hit == null) return false;
    int last = -1;
    for (int set = hit.nextSetBit(0); set >= 0; set = hit.nextSetBit(set + 1)) {
      // a pattern's sets are numbered together, so each pattern is looked at once
      if (owner[set] != last && met(last = owner[set], hit)) return true;
    }
    return false;
  }

  /** The positions of the patterns that may match {@code text}; every pattern that does match is among them. */
  public BitSet candidates(String text) {
    BitSet found = (BitSet) always.clone();
    BitSet hit = hits(text);
    if (hit == null) return found;
    int last = -1;
    for (int set = hit.nextSetBit(0); set >= 0; set = hit.nextSetBit(set + 1)) {
      if (owner[set] != last && met(last = owner[set], hit)) found.set(last);
    }
    return found;
  }

  /** The literal sets {@code text} touches, or null for none. */
  private BitSet hits(String text) {
    BitSet hit = null;
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = delta[state * classes + classOf(text.charAt(i))];
      int[] sets = output[state];
      if (sets == null) continue;
      if (hit == null) hit = new BitSet(owner.length);
      for (int set : sets) hit.set(set);
    }
    return hit;
  }

  /** True when the touched sets meet every need of one of pattern {@code p}'s alternatives. */
  private boolean met(int p, BitSet hit) {
    for (int[] alternative : needs[p]) {
      boolean all = true;
      for (int set : alternative) {
        if (!hit.get(set)) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}
