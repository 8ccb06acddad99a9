package org.hscheck.extract.org;

import java.text.Normalizer;

/** Folds text for matching without moving characters: lower case, no accents, one kind of apostrophe, dashes as spaces. */
final class Fold {
  private Fold() {}

  /** The folded text; it has the same length as the input, so offsets carry over. */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) out[i] = foldChar(s.charAt(i));
    return new String(out);
  }

  /** Like {@link #fold} but keeps case (for acronyms). */
  static String foldKeepCase(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out[i] = switch (c) {
        case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
        case '\u00A0', '\u2007', '\u2009', '\u202F', '\t' -> ' ';
        default -> c;
      };
    }
    return new String(out);
  }

  static char foldChar(char c) {
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

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Folded, trimmed, inner whitespace collapsed: a stable key for a surface form. */
  static String canonical(String s) {
    return SPACES.matcher(fold(s).trim()).replaceAll(" ");
  }
}
