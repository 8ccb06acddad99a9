package org.hscheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose classes ({@code \w}, {@code \b}, {@code \s}, {@code \d}) follow Unicode, so that they
 * hold in every script, and which runs as the cheaper ASCII-class expression over a text where the two cannot differ:
 * ASCII, with at most punctuation and symbols beyond it (« », €, “ ”, •), which no class of either reads as a letter,
 * digit or space. That is most folded text; Unicode classes cost a property lookup per character. Immutable and
 * thread-safe.
 *
 * @param pattern the expression with {@link Pattern#UNICODE_CHARACTER_CLASS}
 * @param ascii   the same expression without it, or {@code pattern} itself when the two could differ on ASCII text
 * @param written the expression as written, before {@link #shareWordBoundaries}
 * @param starts  where a match can begin, for {@link #search}; null when any position may start one
 */
public record UnicodePattern(Pattern pattern, Pattern ascii, String written, MatchStarts starts) {
  /** POSIX class names, whose meaning changes with Unicode classes even on ASCII text (\p{Punct} leaves out "$+<=>^`|~"). */
  /** An inline flag such as {@code (?i)}. */
  private static final Pattern INLINE_FLAG = Pattern.compile("\\(\\?[a-zA-Z-]");
  private static final Pattern POSIX_CLASS = Pattern.compile(
      "\\\\[pP]\\{(?:Is)?(?:Lower|Upper|ASCII|Alpha|Digit|Alnum|Punct|Graph|Print|Blank|Cntrl|XDigit|Space)\\}");

  /**
   * Compiles {@code regex} with Unicode classes, and its ASCII twin where that is safe. Consecutive top-level
   * alternatives that open with a word boundary share one test of it ({@link #shareWordBoundaries}).
   */
  public static UnicodePattern compile(String regex) {
    Pattern unicode = Pattern.compile(shareWordBoundaries(regex), Pattern.UNICODE_CHARACTER_CLASS);
    return new UnicodePattern(unicode, asciiTwin(unicode), regex, MatchStarts.of(unicode));
  }

  /**
   * The expression of {@code p} without {@link Pattern#UNICODE_CHARACTER_CLASS}, or {@code p} itself when it has no
   * such flag or when the two might match an ASCII text differently: a non-ASCII character or escape in the
   * expression (under Unicode case folding "ſ" matches "s"), a POSIX class, or an inline flag.
   */
  static Pattern asciiTwin(Pattern p) {
    if ((p.flags() & Pattern.UNICODE_CHARACTER_CLASS) == 0) return p;
    String regex = p.pattern();
    for (int i = 0; i < regex.length(); i++) if (regex.charAt(i) >= 0x80) return p;
    if (regex.contains("\\u") || regex.contains("\\x") || regex.contains("\\N") || regex.contains("(?")
        && regex.matches("(?s).*\\(\\?[a-zA-Z-]+[:)].*") || POSIX_CLASS.matcher(regex).find()) {
      return p;
    }
    return Pattern.compile(regex, p.flags() & ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE));
  }

  /**
   * {@code regex} with each run of two or more consecutive top-level alternatives that open with {@code \\b} written as
   * one {@code \\b(?:...)}: {@code \\bnot\\b|\\bnever\\b|n't} becomes {@code \\b(?:not\\b|never\\b)|n't}. The two
   * match the same text, trying the alternatives in the same order; the second tests the boundary once per position
   * instead of once per alternative, which is most of the time a search spends on a long list of words.
   */
  static String shareWordBoundaries(String regex) {
    // an inline flag applies to the rest of its group: a new group around it would end it sooner
    if (INLINE_FLAG.matcher(regex).find()) return regex;
    List<String> alternatives = topLevelAlternatives(regex);
    if (alternatives.size() < 2) return regex;
    StringBuilder out = new StringBuilder(regex.length() + 8);
    for (int i = 0; i < alternatives.size(); ) {
      int j = i;
      while (j < alternatives.size() && opensWithWordBoundary(alternatives.get(j))) j++;
      if (out.length() > 0) out.append('|');
      if (j - i >= 2) {
        out.append("\\b(?:");
        for (int k = i; k < j; k++) out.append(k > i ? "|" : "").append(alternatives.get(k), 2, alternatives.get(k).length());
        out.append(')');
        i = j;
      } else {
        out.append(alternatives.get(i++));
      }
    }
    return out.toString();
  }

  private static boolean opensWithWordBoundary(String alternative) {
    return alternative.startsWith("\\b") && !alternative.startsWith("\\b{");
  }

  /**
   * The alternatives of {@code regex} at its top level, split at each {@code |} outside groups, character classes and
   * quotes ({@code \\Q...\\E}); the regex itself, alone, when it has a construct this does not follow.
   */
  static List<String> topLevelAlternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int classDepth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') return List.of(regex);
        i++;
      } else if (classDepth > 0) {
        if (c == '[') classDepth++;
        else if (c == ']') classDepth--;
      } else if (c == '[') {
        classDepth = 1;
        // a ']' right after '[' or '[^' is a literal
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') i++;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth < 0) return List.of(regex);
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    if (depth != 0 || classDepth != 0) return List.of(regex);
    out.add(regex.substring(start));
    return out;
  }

  /** The matches in {@code text}, as {@code matcher(text)} finds them, trying only where one can start. */
  public Search search(CharSequence text) {
    return new Search(matcher(text), starts, text, 0, text.length());
  }

  /**
   * The matches in {@code [from, to)} of {@code text}, as a matcher over that region with transparent, non-anchoring
   * bounds finds them.
   */
  public Search search(CharSequence text, int from, int to) {
    return new Search(matcher(text), starts, text, from, to);
  }

  /** True when the pattern occurs in {@code text}, as {@code matcher(text).find()}. */
  public boolean in(CharSequence text) {
    return search(text).find();
  }

  /** A matcher over {@code text}: the ASCII twin's when the text is {@linkplain #twinSafe safe} for it. */
  public Matcher matcher(CharSequence text) {
    return (ascii != pattern && twinSafe(text) ? ascii : pattern).matcher(text);
  }

  /**
   * True when an ASCII twin matches {@code text} as its Unicode pattern does: every character is ASCII or
   * {@linkplain #NEUTRAL neutral}.
   */
  static boolean twinSafe(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !NEUTRAL[c]) return false;
    }
    return true;
  }

  /**
   * The characters beyond ASCII that both kinds of class read alike: punctuation and symbols that are neither
   * alphabetic (Ⓐ is a symbol and alphabetic) nor spaces nor connectors (‿ is a word character to Unicode). Word
   * boundaries agree on them too: Java's ASCII {@code \b} already asks {@link Character#isLetterOrDigit}.
   */
  private static final boolean[] NEUTRAL = neutral();

  private static boolean[] neutral() {
    boolean[] out = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      int type = Character.getType(c);
      boolean punctuationOrSymbol = switch (type) {
        case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
             Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION,
             Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
        default -> false;
      };
      out[c] = punctuationOrSymbol && !Character.isAlphabetic(c) && !Character.isLetterOrDigit(c)
          && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }
    return out;
  }
}
