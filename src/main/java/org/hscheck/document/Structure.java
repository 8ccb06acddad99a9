package org.hscheck.document;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Format-neutral patterns of document structure: heading styles in several languages, printed numbers, list labels. */
final class Structure {
  /** A printed number or label split from the text it introduces. */
  record Split(String number, String text) {}

  /** "Heading 1", "heading1", "Titre 1", "Título 1", "Überschrift 1", "Titolo 1", "Kop 1", ... */
  private static final Pattern HEADING_STYLE = Pattern.compile(
      "(?iu)(?:heading|titre|t[ií]tulo|titolo|[üu]berschrift|berschrift|kop|rubrik|nag[łl][óo]wek|заголовок"
          + "|overskrift|otsikko|c[íi]msor|nadpis|ba[şs]l[ıi]k|encabezado|cabe[çc]alho|标题|見出し)\\s*([1-9])");
  private static final Pattern TITLE_STYLE = Pattern.compile("(?iu)title|titre|t[ií]tulo|titolo|titel|subtitle|sous-titre|subt[ií]tulo");
  private static final Pattern TOC_STYLE = Pattern.compile("(?iu)(toc|table des mati[èe]res|tabla de contenido|inhaltsverzeichnis|verzeichnis)\\s*\\d*|toc heading");
  /** "3.2 Implementing partners", "3.2. Partners", "IV. Budget", "B. Annexes". */
  private static final Pattern NUMBERED = Pattern.compile(
      "^((?:\\d{1,3}\\.){0,5}\\d{1,3}\\.?|[IVXLC]{1,6}\\.|[A-Z]\\.)\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern DECIMAL_NUMBER = Pattern.compile("^((?:\\d{1,3}\\.){0,5}\\d{1,3})\\.?\\s+(\\S.*)$",
      Pattern.DOTALL);
  /** A typed list label: bullet characters, "1.", "1)", "(a)", "a)", "iv)". */
  private static final Pattern TYPED_LABEL = Pattern.compile(
      "^([•▪◦‣●○■□➢►✓\\u2013\\u2014*-]|\\(?\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-z][.)]|\\([a-z]\\)|\\(?[ivx]{1,5}[.)]|\\([ivx]{1,5}\\))\\s+(\\S.*)$",
      Pattern.DOTALL);

  /** A number label set against its text without a space, as some PDF writers place list labels: "1.Output". */
  private static final Pattern TIGHT_LABEL = Pattern.compile("^(\\d{1,2}[.)])(\\p{Lu}\\p{Ll}.*)$", Pattern.DOTALL);
  private static final Pattern DOTTED_NUMBER = Pattern.compile("(?:\\d+\\.)*\\d+\\.");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Structure() {}

  /** 1..9 when the style name is a heading style in one of the known languages, else 0. */
  static int headingLevelOfStyle(String name) {
    if (name == null) return 0;
    Matcher m = HEADING_STYLE.matcher(name.strip());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  static boolean isTitleStyle(String name) {
    return name != null && TITLE_STYLE.matcher(name.strip()).matches();
  }

  static boolean isTableOfContents(String name) {
    return TOC_STYLE.matcher(name.strip()).matches();
  }

  /** Splits a leading printed number ("3.2", "IV.", "B.") from heading text; the number loses a trailing dot. */
  static Split splitNumber(String text) {
    String t = text.strip();
    Matcher m = NUMBERED.matcher(t);
    if (!m.matches()) return new Split("", t);
    return new Split(trimNumber(m.group(1)), m.group(2).strip());
  }

  /** "3.2." becomes "3.2"; "IV." and "B." keep their dot only when nothing else marks them as numbers. */
  static String trimNumber(String n) {
    String s = n.strip();
    if (DOTTED_NUMBER.matcher(s).matches()) return s.substring(0, s.length() - 1);
    return s;
  }

  /**
   * The level of a paragraph that is a heading only by its printed number: short, bold, numbered "3.2 ...",
   * not ending like a sentence. 0 when it is not such a heading. {@code bold} is asked last, as it costs most.
   */
  static int numberedHeadingLevel(String text, BooleanSupplier bold) {
    String t = text.strip();
    if (t.length() > 120 || t.endsWith(".") || t.endsWith(";") || t.endsWith(",") || t.endsWith(":")) return 0;
    Matcher m = DECIMAL_NUMBER.matcher(t);
    if (!m.matches() || WHITESPACE.split(m.group(2)).length > 16 || !bold.getAsBoolean()) return 0;
    return Math.min(9, m.group(1).split("\\.").length);
  }

  /** A typed label at the start of a paragraph ("• ", "a) ", "2. "), or null. */
  static Split typedListLabel(String text) {
    Matcher m = TYPED_LABEL.matcher(text.strip());
    if (m.matches()) return new Split(m.group(1), m.group(2).strip());
    Matcher tight = TIGHT_LABEL.matcher(text.strip());
    return tight.matches() ? new Split(tight.group(1), tight.group(2).strip()) : null;
  }

  /** True when a first row of words sits over rows holding numbers, the usual shape of a header. */
  static boolean looksLikeHeader(List<List<ModelBuilder.CellDraft>> rows) {
    if (rows.size() < 2) return false;
    List<ModelBuilder.CellDraft> first = rows.get(0);
    if (first.stream().anyMatch(c -> hasAmount(c.text())) || first.stream().noneMatch(c -> hasWord(c.text()))) {
      return false;
    }
    return rows.subList(1, rows.size()).stream().anyMatch(r -> r.stream().anyMatch(c -> hasAmount(c.text())));
  }

  /** Two letters in a row somewhere. */
  private static boolean hasWord(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean l = Character.isLetter(cp);
      if (l && letter) return true;
      letter = l;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** An ASCII digit, and at most four characters other than digits, white space ({@code \s}) and {@code .,%$€£-}. */
  private static boolean hasAmount(String s) {
    boolean digit = false;
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') digit = true;
      else if (c != 0x0B && " \t\n\f\r.,%$€£-".indexOf(c) < 0) other++;
    }
    return digit && other <= 4;
  }

  /** Upper-case Roman numeral of 1..3999. */
  static String roman(int n) {
    String[] sym = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    int[] val = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    StringBuilder sb = new StringBuilder();
    int v = Math.max(1, Math.min(3999, n));
    for (int i = 0; i < val.length; i++) {
      while (v >= val[i]) {
        sb.append(sym[i]);
        v -= val[i];
      }
    }
    return sb.toString();
  }

  /** "a".."z", "aa".. as Word counts letters. */
  static String letters(int n) {
    int v = Math.max(1, n);
    char c = (char) ('a' + (v - 1) % 26);
    return String.valueOf(c).repeat((v - 1) / 26 + 1);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
