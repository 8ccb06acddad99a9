package org.hscheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hscheck.document.Block;
import org.hscheck.document.ListItem;
import org.hscheck.document.Location;
import org.hscheck.document.Note;
import org.hscheck.document.Paragraph;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.Section;
import org.hscheck.document.Table;
import org.hscheck.extract.Evidence;

/**
 * Splits a proposal into sentences, each with its evidence: headings, paragraphs, list items, notes and
 * the text of every table cell (nested tables included), in document order.
 */
public final class Sentences {
  /** Longest sentence kept in one piece; longer runs without punctuation are cut at a space. */
  static final int MAX_SENTENCE = 1000;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "no", "nos", "vs", "approx", "fig", "p", "pp", "art",
      "cf", "sr", "sra", "dra", "mme", "mlle", "st", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "incl", "min", "max", "ej", "núm", "num", "av",
      "para", "ref", "vol", "ed", "eds", "op", "cit", "al", "u.s", "u.n", "n.b", "ca", "env", "aprox", "pág",
      "vd", "ud", "uds", "cie", "dept", "gov", "govt", "prof", "resp", "nr");

  private Sentences() {}

  /** Every sentence of the document in order: each section's heading, then its blocks, then its subsections. */
  public static List<Sentence> of(ProposalDocument document) {
    List<Sentence> out = new ArrayList<>();
    walk(document.root(), out);
    return out;
  }

  private static void walk(Section section, List<Sentence> out) {
    if (!section.heading().isBlank()) {
      String heading = Text.squeeze(section.title());
      out.add(new Sentence(heading, new Evidence(heading, section.location()), Sentence.Origin.HEADING, "", ""));
    }
    for (Block b : section.blocks()) add(b, out);
    for (Section child : section.children()) walk(child, out);
  }

  private static void add(Block block, List<Sentence> out) {
    if (block instanceof Paragraph p) addText(p.text(), p.location(), Sentence.Origin.PARAGRAPH, out);
    else if (block instanceof ListItem li) addText(li.text(), li.location(), Sentence.Origin.LIST_ITEM, out);
    else if (block instanceof Note n) addText(n.text(), n.location(), Sentence.Origin.NOTE, out);
    else if (block instanceof Table t) addTable(t, t.location(), out);
  }

  private static void addText(String text, Location at, Sentence.Origin origin, List<Sentence> out) {
    for (String s : split(text)) out.add(new Sentence(s, new Evidence(s, at), origin, "", ""));
  }

  private static void addTable(Table table, Location at, List<Sentence> out) {
    List<String> header = table.header().stream().map(Text::squeeze).toList();
    for (Table.Row row : table.rows()) {
      if (row.cells().isEmpty()) continue;
      String rowHead = Text.squeeze(row.cells().get(0).text());
      for (int i = 0; i < row.cells().size(); i++) {
        Table.Cell cell = row.cells().get(i);
        String columnHead = i < header.size() ? header.get(i) : "";
        for (String s : splitCell(cell.text())) {
          out.add(new Sentence(s, new Evidence(s, at), Sentence.Origin.TABLE_CELL, rowHead, columnHead));
        }
        for (Table nested : cell.nested()) addTable(nested, at, out);
      }
    }
  }

  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");
  private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n\\s*\\n");
  private static final java.util.regex.Pattern LIST_LABEL =
      java.util.regex.Pattern.compile("(?:\\d{1,2}[.)]|[a-zA-Z][.)]|\\([a-zA-Z0-9]{1,3}\\))\\s");
  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:[a-z]\\.)+[a-z]");
  private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*");

  /** Splits a cell's text: every line is a sentence of its own (cells hold lists), then sentence punctuation. */
  static List<String> splitCell(String text) {
    if (!hasLineBreak(text)) return split(text);
    List<String> out = new ArrayList<>();
    for (String line : LINE_BREAK.split(text)) out.addAll(split(line));
    return out;
  }

  /**
   * Splits running text into sentences. A blank line always ends a sentence; a single line break ends one
   * after sentence punctuation, a colon or a semicolon, or before a bullet. A full stop does not end a
   * sentence after a known abbreviation, an initial or a leading list number, nor before a lower-case word.
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    if (!hasLineBreak(text)) {
      splitRun(text.strip(), out);
      return out;
    }
    for (String chunk : BLANK_LINE.split(text)) {
      StringBuilder para = new StringBuilder();
      for (String line : LINE_BREAK.split(chunk)) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) continue;
        if (!para.isEmpty()) {
          char last = para.charAt(para.length() - 1);
          if (".!?:;…".indexOf(last) >= 0 || startsWithBullet(trimmed)) {
            splitRun(para.toString(), out);
            para.setLength(0);
          } else {
            para.append(' ');
          }
        }
        para.append(trimmed);
      }
      if (!para.isEmpty()) splitRun(para.toString(), out);
    }
    return out;
  }

  private static boolean hasLineBreak(String text) {
    for (int i = 0, n = text.length(); i < n; i++) if (isLineBreak(text.charAt(i))) return true;
    return false;
  }

  /** The characters {@code \\R} matches alone. */
  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean startsWithBullet(String line) {
    char c = line.charAt(0);
    return "•▪◦‣·-–—*●■□➢►".indexOf(c) >= 0 || LIST_LABEL.matcher(line).lookingAt();
  }

  private static void splitRun(String run, List<String> out) {
    String s = Text.squeeze(Text.unligature(run));
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') continue;
      int j = i + 1;
      while (j < s.length() && ".!?…\"'”’»)]".indexOf(s.charAt(j)) >= 0) j++;
      if (j >= s.length() || s.charAt(j) != ' ') continue;
      int next = j + 1;
      if (next >= s.length()) continue;
      char n = s.charAt(next);
      boolean opens = Character.isUpperCase(n) || Character.isDigit(n) || "\"'“‘«(¿¡•-–".indexOf(n) >= 0;
      if (!opens) continue;
      if (c == '.' && j == i + 1 && noBreakBefore(s, start, i)) continue;
      emit(s.substring(start, j), out);
      start = next;
      i = j;
    }
    emit(s.substring(start), out);
  }

  /** True when the full stop at {@code dot} closes an abbreviation, an initial or a leading list number. */
  private static boolean noBreakBefore(String s, int start, int dot) {
    int w = dot;
    while (w > start && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != '(') w--;
    String word = s.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.isEmpty()) return false;
    if (ABBREVIATIONS.contains(word)) return true;
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
    if (INITIALS.matcher(word).matches()) return true;
    return w == start && LIST_NUMBER.matcher(word).matches();
  }

  private static void emit(String sentence, List<String> out) {
    String s = sentence.strip();
    while (s.length() > MAX_SENTENCE) {
      int cut = s.lastIndexOf(' ', MAX_SENTENCE);
      if (cut <= 0) cut = MAX_SENTENCE;
      out.add(s.substring(0, cut).strip());
      s = s.substring(cut).strip();
    }
    if (!s.isEmpty()) out.add(s);
  }
}
