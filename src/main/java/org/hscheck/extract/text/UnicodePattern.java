package org.hscheck.extract.text;

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
 */
public record UnicodePattern(Pattern pattern, Pattern ascii) {
  /** POSIX class names, whose meaning changes with Unicode classes even on ASCII text (\p{Punct} leaves out "$+<=>^`|~"). */
  private static final Pattern POSIX_CLASS = Pattern.compile(
      "\\\\[pP]\\{(?:Is)?(?:Lower|Upper|ASCII|Alpha|Digit|Alnum|Punct|Graph|Print|Blank|Cntrl|XDigit|Space)\\}");

  /** Compiles {@code regex} with Unicode classes, and its ASCII twin where that is safe. */
  public static UnicodePattern compile(String regex) {
    Pattern unicode = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    return new UnicodePattern(unicode, asciiTwin(unicode));
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
