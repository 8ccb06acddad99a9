package org.hscheck.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a regular expression and finds what every match must contain: for each top-level alternative, sets of
 * literals that a match must all touch ({@code "\\b(?:women|youth)(?:\\W+\\w+){0,8}?\\W+(?:report|refer)\\w*"} needs
 * one of women, youth and one of report, refer). Conservative: whatever it does not understand (flags that change
 * case matching, unknown constructs) requires nothing, which means "cannot be ruled out". Used by
 * {@link PatternSet} to skip patterns that cannot match a text.
 */
final class RequiredLiterals {
  /** Largest set of exact strings followed through a concatenation before giving up on it. */
  private static final int MAX_EXACT = 64;
  /** Largest character class expanded into single characters. */
  private static final int MAX_CLASS = 6;
  /** Most alternatives a requirement keeps apart; beyond, alternatives are merged into one set. */
  private static final int MAX_BRANCHES = 32;
  /** Most sets one alternative of a requirement must touch: the most selective are kept. */
  private static final int MAX_SETS = 4;

  /**
   * Every character {@code \\s} matches, with or without Unicode classes, and a few more: the Unicode white space
   * (separators, tab to carriage return, U+0085) and the information separators U+001C..U+001F.
   */
  private static final Set<String> SPACES = spaces();

  private final String regex;
  private int pos;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /**
   * What every match of {@code p} contains, as alternatives: a match satisfies one of them, that is, contains a
   * literal of each of its sets. Null when nothing can be named (every text may match).
   */
  static List<List<Set<String>>> requirement(Pattern p) {
    return analyse(p).requirement();
  }

  /**
   * Non-empty strings one of which every match of {@code p} starts with ({@code "\\b(?:has|had) \\w+ed"} starts with
   * "has" or "had"), or null when they cannot be named, as for a pattern that may match the empty string.
   */
  static Set<String> starts(Pattern p) {
    return analyse(p).starts();
  }

  /** Both readings of one pattern, from one pass over it. */
  record Analysis(List<List<Set<String>>> requirement, Set<String> starts) {}

  /** What {@link #requirement} and {@link #starts} give for {@code p}, reading it once. */
  static Analysis analyse(Pattern p) {
    Info info = read(p);
    return info == null ? new Analysis(null, null) : new Analysis(info.req(), info.starts());
  }

  private static Info read(Pattern p) {
    if ((p.flags() & (Pattern.CASE_INSENSITIVE | Pattern.LITERAL | Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) return null;
    try {
      RequiredLiterals parser = new RequiredLiterals(p.pattern());
      Info info = parser.alternation();
      return parser.pos == parser.regex.length() ? info : null;
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * What is known of a part of a pattern.
   *
   * @param exact   every string the part can match, when few and known (may hold ""), else null
   * @param req     alternatives of sets of strings, each match containing one string of every set of one
   *                alternative; null when nothing is required
   * @param starts  non-empty strings one of which every match of the part starts with; null when not known or when
   *                the part may match the empty string
   */
  private record Info(Set<String> exact, List<List<Set<String>>> req, Set<String> starts) {
    static final Info UNKNOWN = new Info(null, null, null);
    static final Info EMPTY = new Info(Set.of(""), null, null);

    static Info exact(Set<String> strings) {
      if (strings.size() > MAX_EXACT) return UNKNOWN;
      boolean empty = strings.contains("");
      return new Info(strings, empty ? null : List.of(List.of(strings)), empty ? null : strings);
    }

    /** Nothing required, but every match starts with one of {@code starts}. */
    static Info startingWith(Set<String> starts) {
      return new Info(null, null, starts);
    }
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static Set<String> spaces() {
    Set<String> out = new LinkedHashSet<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') out.add(String.valueOf(c));
    }
    return Set.copyOf(out);
  }

  private Info alternation() {
    Set<String> exact = new LinkedHashSet<>();
    List<List<Set<String>>> req = new ArrayList<>();
    Set<String> starts = new LinkedHashSet<>();
    boolean exactKnown = true;
    boolean reqKnown = true;
    boolean startsKnown = true;
    while (true) {
      Info branch = concatenation();
      if (branch.exact() == null) exactKnown = false; else exact.addAll(branch.exact());
      if (branch.req() == null) reqKnown = false; else req.addAll(branch.req());
      if (branch.starts() == null) startsKnown = false; else starts.addAll(branch.starts());
      if (pos < regex.length() && regex.charAt(pos) == '|') {
        pos++;
        continue;
      }
      break;
    }
    if (exactKnown && exact.size() <= MAX_EXACT) return Info.exact(exact);
    return new Info(null, !reqKnown ? null : req.size() <= MAX_BRANCHES ? req : merged(req), startsKnown ? starts : null);
  }

  /** One set standing for all the alternatives: each one's most selective set, together; null when one has none. */
  private static List<List<Set<String>>> merged(List<List<Set<String>>> req) {
    Set<String> union = new LinkedHashSet<>();
    for (List<Set<String>> conjunction : req) {
      Set<String> best = null;
      for (Set<String> set : conjunction) best = better(best, set);
      if (best == null) return null;
      union.addAll(best);
    }
    return List.of(List.of(union));
  }

  /** Both requirements: every pair of alternatives, joined (a null requirement requires nothing). */
  private static List<List<Set<String>>> and(List<List<Set<String>>> a, List<List<Set<String>>> b) {
    if (a == null) return b;
    if (b == null) return a;
    if ((long) a.size() * b.size() > MAX_BRANCHES) {
      if (a.size() >= b.size()) a = merged(a); else b = merged(b);
      if (a == null) return b;
      if (b == null) return a;
      if ((long) a.size() * b.size() > MAX_BRANCHES) return a.size() <= b.size() ? a : b;
    }
    List<List<Set<String>>> out = new ArrayList<>();
    for (List<Set<String>> x : a) {
      for (List<Set<String>> y : b) {
        List<Set<String>> both = new ArrayList<>(x);
        both.addAll(y);
        if (both.size() > MAX_SETS) {
          both.sort(Comparator.comparingInt((Set<String> s) -> -shortest(s)).thenComparingInt(Set::size));
          both = new ArrayList<>(both.subList(0, MAX_SETS));
        }
        out.add(List.copyOf(both));
      }
    }
    return out;
  }

  private Info concatenation() {
    Set<String> run = Set.of("");
    List<List<Set<String>>> req = null;
    Set<String> starts = null;
    boolean allExact = true;
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      Info item = quantified(atom());
      Set<String> joined = item.exact() == null ? null : product(run, item.exact());
      if (joined != null) {
        run = joined;
        continue;
      }
      if (allExact) starts = startsOf(run, item);
      allExact = false;
      req = and(and(req, single(nonEmpty(run))), item.exact() != null ? single(nonEmpty(item.exact())) : item.req());
      run = Set.of("");
    }
    if (allExact) return Info.exact(run);
    return new Info(null, and(req, single(nonEmpty(run))), starts);
  }

  /**
   * What a match of the strings {@code run} followed by {@code item} starts with: the strings, when none is empty; with
   * an empty one, the others or what {@code item} starts with.
   */
  private static Set<String> startsOf(Set<String> run, Info item) {
    if (!run.contains("")) return run;
    if (item.starts() == null) return null;
    Set<String> out = new LinkedHashSet<>(item.starts());
    for (String s : run) if (!s.isEmpty()) out.add(s);
    return out;
  }

  /** The requirement of one set, or none. */
  private static List<List<Set<String>>> single(Set<String> set) {
    return set == null ? null : List.of(List.of(set));
  }

  private static Set<String> nonEmpty(Set<String> run) {
    return run.contains("") ? null : run;
  }

  /** The more selective of two factor sets: the longer shortest literal, then the fewer literals. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null) return b;
    if (b == null) return a;
    int la = shortest(a);
    int lb = shortest(b);
    if (la != lb) return la > lb ? a : b;
    return a.size() <= b.size() ? a : b;
  }

  private static int shortest(Set<String> s) {
    return s.stream().mapToInt(String::length).min().orElse(0);
  }

  private static Set<String> product(Set<String> a, Set<String> b) {
    if ((long) a.size() * b.size() > MAX_EXACT) return null;
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) for (String y : b) out.add(x + y);
    return out;
  }

  private Info quantified(Info atom) {
    if (pos >= regex.length()) return atom;
    char c = regex.charAt(pos);
    int min;
    boolean bounded;
    int max = -1;
    if (c == '?') {
      min = 0;
      max = 1;
      bounded = true;
      pos++;
    } else if (c == '*' || c == '+') {
      min = c == '*' ? 0 : 1;
      bounded = false;
      pos++;
    } else if (c == '{') {
      int close = regex.indexOf('}', pos);
      if (close < 0) throw new Unsupported();
      String[] parts = regex.substring(pos + 1, close).split(",", -1);
      try {
        min = Integer.parseInt(parts[0].strip());
        bounded = parts.length == 1 || !parts[1].isBlank();
        if (bounded) max = Integer.parseInt(parts[parts.length - 1].strip());
      } catch (NumberFormatException e) {
        throw new Unsupported();
      }
      pos = close + 1;
    } else {
      return atom;
    }
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) pos++;
    if (min == 0 && max == 1 && atom.exact() != null) {
      Set<String> s = new LinkedHashSet<>(atom.exact());
      s.add("");
      return Info.exact(s);
    }
    if (min == 0) return Info.UNKNOWN;
    if (bounded && min == 1 && max == 1) return atom;
    return new Info(null, atom.exact() != null ? single(nonEmpty(atom.exact())) : atom.req(), atom.starts());
  }

  private Info atom() {
    char c = regex.charAt(pos);
    switch (c) {
      case '(' -> {
        return group();
      }
      case '[' -> {
        return characterClass();
      }
      case '\\' -> {
        return escape();
      }
      case '^', '$' -> {
        pos++;
        return Info.EMPTY;
      }
      case '.' -> {
        pos++;
        return Info.UNKNOWN;
      }
      case '*', '+', '?', '{' -> throw new Unsupported();
      default -> {
        pos++;
        return Info.exact(Set.of(String.valueOf(c)));
      }
    }
  }

  private Info group() {
    pos++;
    boolean zeroWidth = false;
    if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
      pos += 2;
    } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
      pos += 2;
      zeroWidth = true;
    } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
      pos += 3;
      zeroWidth = true;
    } else if (regex.startsWith("?<", pos)) {
      int close = regex.indexOf('>', pos);
      if (close < 0) throw new Unsupported();
      pos = close + 1;
    } else if (pos < regex.length() && regex.charAt(pos) == '?') {
      throw new Unsupported(); // inline flags may change case matching
    }
    Info inner = alternation();
    if (pos >= regex.length() || regex.charAt(pos) != ')') throw new Unsupported();
    pos++;
    return zeroWidth ? Info.EMPTY : inner;
  }

  private Info escape() {
    if (pos + 1 >= regex.length()) throw new Unsupported();
    char e = regex.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
        return Info.EMPTY;
      }
      case 'Q' -> {
        int end = regex.indexOf("\\E", pos);
        String literal = end < 0 ? regex.substring(pos) : regex.substring(pos, end);
        pos = end < 0 ? regex.length() : end + 2;
        return Info.exact(Set.of(literal));
      }
      case 'p', 'P' -> {
        if (pos < regex.length() && regex.charAt(pos) == '{') {
          int close = regex.indexOf('}', pos);
          if (close < 0) throw new Unsupported();
          pos = close + 1;
        } else {
          pos++;
        }
        return Info.UNKNOWN;
      }
      case 'k', 'x', 'u', 'c', '0', 'N' -> throw new Unsupported();
      case 's' -> {
        return Info.startingWith(SPACES);
      }
      default -> {
        if (Character.isLetterOrDigit(e)) return Info.UNKNOWN; // \w \W \S \d \D \h \R \1 ...
        return Info.exact(Set.of(String.valueOf(e)));
      }
    }
  }

  private Info characterClass() {
    int start = pos;
    pos++;
    boolean negated = pos < regex.length() && regex.charAt(pos) == '^';
    Set<String> chars = new LinkedHashSet<>();
    boolean simple = !negated;
    int depth = 1;
    boolean first = true;
    while (pos < regex.length() && depth > 0) {
      char c = regex.charAt(pos);
      if (c == '\\') {
        if (pos + 1 >= regex.length()) throw new Unsupported();
        char e = regex.charAt(pos + 1);
        if (Character.isLetterOrDigit(e)) simple = false; else chars.add(String.valueOf(e));
        pos += 2;
      } else if (c == '[' && !(first && pos == start + 1)) {
        depth++;
        simple = false;
        pos++;
      } else if (c == ']' && !first) {
        depth--;
        pos++;
      } else {
        if (c == '-' || c == '&' || c == '^') simple = false; else chars.add(String.valueOf(c));
        pos++;
      }
      first = false;
    }
    if (depth != 0) throw new Unsupported();
    if (!simple || chars.isEmpty()) return Info.UNKNOWN;
    if (chars.size() > MAX_CLASS) return Info.startingWith(chars);
    return Info.exact(chars);
  }
}
