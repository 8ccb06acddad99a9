package org.hscheck.extract.text;

import java.text.Normalizer;

/** Character-level normalisation that keeps offsets: each output character stands for the input character at the same index. */
public final class Text {
  private Text() {}

  /**
   * Lower-cases, strips accents (é to e, ñ to n), maps typographic apostrophes to {@code '}, dashes to
   * {@code -} and non-breaking spaces to spaces. The result has exactly the length of the input.
   */
  public static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) out[i] = foldChar(s.charAt(i));
    return new String(out);
  }

  /** Lower-cases only (accents kept), one character per character. */
  public static String lower(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) out[i] = Character.toLowerCase(s.charAt(i));
    return new String(out);
  }

  /** Replaces typographic ligatures (ﬀ, ﬁ, ﬂ, ﬃ, ﬄ, ﬅ, ﬆ) that PDFs often keep by their letters. */
  public static String unligature(String s) {
    boolean any = false;
    for (int i = 0; i < s.length() && !any; i++) any = s.charAt(i) >= 0xFB00 && s.charAt(i) <= 0xFB06;
    if (!any) return s;
    return s.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB03", "ffi")
        .replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
  }

  /** Collapses runs of whitespace (including non-breaking spaces) into one space and trims. */
  public static String squeeze(String s) {
    if (squeezed(s)) return s;
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = !sb.isEmpty();
      } else {
        if (space) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** True when {@code s} has no whitespace to collapse or trim: its only spaces are single ' ' between words. */
  private static boolean squeezed(String s) {
    int n = s.length();
    if (n == 0) return true;
    char prev = ' ';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (prev == ' ') return false;
      } else if (c < 0x80 ? c <= 0x20 : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
      prev = c;
    }
    return prev != ' ';
  }

  /** {@link #foldChar} of the characters below {@value #FOLDED_TABLE} (ASCII, Latin-1 and the Latin extensions). */
  private static final int FOLDED_TABLE = 0x250;
  private static final char[] FOLDED = new char[FOLDED_TABLE];

  static {
    for (char c = 0; c < FOLDED_TABLE; c++) FOLDED[c] = computeFold(c);
  }

  private static char foldChar(char c) {
    return c < FOLDED_TABLE ? FOLDED[c] : computeFold(c);
  }

  private static char computeFold(char c) {
    switch (c) {
      case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> { return '\''; }
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> { return '-'; }
      case '\u00a0', '\u202f', '\u2007' -> { return ' '; }
      case '\u00df' -> { return 's'; }
      default -> { }
    }
    char lower = Character.toLowerCase(c);
    if (lower < 0x80 || Character.isSurrogate(lower)) return lower;
    String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    if (d.length() > 1 && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0))) return d.charAt(0);
    return lower;
  }
}
