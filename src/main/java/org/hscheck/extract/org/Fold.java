package org.hscheck.extract.org;

import java.text.Normalizer;

/** Folds text for matching without moving characters: lower case, no accents, one kind of apostrophe, dashes as spaces. */
final class Fold {
  private Fold() {}

  /**
   * {@link #foldChar} of each character, filled in as characters are met (0 while unknown: only {@code '\0'} folds
   * to 0). Racy but safe: every writer stores the same value, and a char is written whole.
   */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  /** The folded text; it has the same length as the input, so offsets carry over. */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) out[i] = foldChar(s.charAt(i));
    return new String(out);
  }

  /** Like {@link #fold} but keeps case (for acronyms). */
  static String foldKeepCase(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) out[i] = keepCaseChar(s.charAt(i));
    return new String(out);
  }

  /** One character of {@link #foldKeepCase}. */
  static char keepCaseChar(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
      case '\u00A0', '\u2007', '\u2009', '\u202F', '\t' -> ' ';
      default -> c;
    };
  }

  /** One character of {@link #fold}. */
  static char foldChar(char c) {
    char f = FOLDED[c];
    if (f == 0 && c != 0) {
      f = compute(c);
      FOLDED[c] = f;
    }
    return f;
  }

  private static char compute(char c) {
    switch (c) {
      case '\u2019', '\u2018', '\u02BC', '`', '\u00B4':
        return '\'';
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00A0', '\u2007', '\u2009', '\u202F', '\t',
          '\n', '\r':
        return ' ';
      default:
        break;
    }
    if (c < 128) return Character.toLowerCase(c);
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(d.charAt(0));
  }

  /** Folded, trimmed, inner whitespace collapsed: a stable key for a surface form. */
  static String canonical(String s) {
    return collapseSpaces(fold(s).trim());
  }

  /** Each run of whitespace (what regex {@code \\s} matches) as one space. */
  static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        inRun = false;
      } else if (!inRun) {
        out.append(' ');
        inRun = true;
      }
    }
    return out.toString();
  }

  /** The characters regex {@code \s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
