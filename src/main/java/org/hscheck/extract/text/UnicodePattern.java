package org.hscheck.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose classes ({@code \w}, {@code \b}, {@code \s}, {@code \d}) follow Unicode, so that they
 * hold in every script, and which runs as the cheaper ASCII-class expression over a text of ASCII characters only,
 * where the two cannot differ. Most folded text is ASCII; Unicode classes cost a property lookup per character.
 * Immutable and thread-safe.
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

  /** A matcher over {@code text}: the ASCII twin's when every character of the text is ASCII. */
  public Matcher matcher(CharSequence text) {
    return (ascii != pattern && isAscii(text) ? ascii : pattern).matcher(text);
  }

  /** True when every character of {@code text} is below U+0080. */
  static boolean isAscii(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) if (text.charAt(i) >= 0x80) return false;
    return true;
  }
}
