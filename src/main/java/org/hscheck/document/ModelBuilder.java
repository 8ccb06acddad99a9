package org.hscheck.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assembles a {@link ProposalDocument} from reader events in document order: opens sections on headings,
 * numbers blocks, and computes each block's character range in {@link ProposalDocument#plainText()}.
 * Blocks with no visible text are dropped so that the ranges stay exact.
 */
final class ModelBuilder {
  /** A table cell before locations are known. */
  record CellDraft(String text, List<TableDraft> nested) {}

  /** A table before locations are known: rows of cells, and how many leading rows are headers. */
  record TableDraft(List<List<CellDraft>> rows, int headerRows) {}

  private static final class Node {
    final String heading;
    final int level;
    final String number;
    final Location location;
    final List<Block> blocks = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    final List<String> path;

    Node(String heading, int level, String number, Location location, List<String> path) {
      this.heading = heading;
      this.level = level;
      this.number = number;
      this.location = location;
      this.path = path;
    }

    Section build() {
      return new Section(heading, level, number, blocks, children.stream().map(Node::build).toList(), location);
    }
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int SAMPLE_CHARS = 20_000;

  private final ReadBudget budget;
  private final Node root;
  private final Deque<Node> open = new ArrayDeque<>();
  private final Set<String> headers = new LinkedHashSet<>();
  private final Set<String> footers = new LinkedHashSet<>();
  private final StringBuilder sample = new StringBuilder();
  private int nextBlock;
  private int offset;
  private Integer pages;

  ModelBuilder(ReadBudget budget) {
    this.budget = budget;
    this.root = new Node("", 0, "", new Location(null, List.of(), 0, 0, 0), List.of());
    open.push(root);
  }

  ReadBudget budget() {
    return budget;
  }

  void pages(Integer n) {
    pages = n;
  }

  /** Opens a section; {@code number} is the numbering as printed ("3.2"), possibly empty. */
  void heading(int level, String number, String text, Integer page) {
    String heading = WHITESPACE.matcher(clean(text)).replaceAll(" ");
    String num = WHITESPACE.matcher(clean(number)).replaceAll(" ");
    if (heading.isEmpty() && num.isEmpty()) return;
    budget.checkTime();
    budget.addChars(heading.length() + num.length());
    sample(heading);
    int lvl = Math.max(1, level);
    while (open.peek().level >= lvl) open.pop();
    Node parent = open.peek();
    String title = num.isEmpty() ? heading : num + " " + heading;
    List<String> path = new ArrayList<>(parent.path);
    path.add(title);
    int start = nextBlock == 0 ? 0 : offset + 2;
    Node node = new Node(heading, lvl, num, new Location(page, path, nextBlock, start, start), List.copyOf(path));
    parent.children.add(node);
    open.push(node);
  }

  void paragraph(String text, Integer page) {
    String t = clean(text);
    if (t.isEmpty()) return;
    add(new Paragraph(t, location(t, page)), t);
  }

  void listItem(String label, int level, String text, Integer page) {
    String t = clean(text);
    if (t.isEmpty()) return;
    add(new ListItem(clean(label), Math.max(0, level), t, location(t, page)), t);
  }

  void note(Note.Kind kind, String label, String text, Integer page) {
    String t = clean(text);
    if (t.isEmpty()) return;
    add(new Note(kind, clean(label), t, location(t, page)), t);
  }

  void table(TableDraft draft, Integer page) {
    if (draft.rows().isEmpty()) return;
    List<List<String>> cells = cleanCells(draft);
    String text = tableText(cells);
    if (text.isBlank()) return;
    Location loc = location(text, page);
    add(toTable(draft, cells, loc), text);
  }

  void header(String text) {
    String t = clean(text);
    if (!t.isEmpty()) headers.add(t);
  }

  void footer(String text) {
    String t = clean(text);
    if (!t.isEmpty()) footers.add(t);
  }

  /** The finished model; {@link ErrorCode#NO_TEXT} when nothing readable was found. */
  ProposalDocument build(String name, String sha256, Format format) throws DocumentException {
    if (nextBlock == 0 && root.children.isEmpty()) {
      throw new DocumentException(ErrorCode.NO_TEXT, switch (format) {
        case PDF -> "The PDF has no readable text: it may be a scanned image without a text layer. "
            + "Submit a PDF saved from the word processor, or the Word file itself.";
        case DOCX, DOC -> "The Word document has no readable text in its body.";
      });
    }
    String lang = LanguageDetector.detect(sample);
    DocumentMetadata md = new DocumentMetadata(name, sha256, format, pages, lang);
    return new ProposalDocument(md, root.build(), new PageFurniture(List.copyOf(headers), List.copyOf(footers)));
  }

  /** Adds a block whose {@link Block#text()} is {@code text}. */
  private void add(Block b, String text) {
    open.peek().blocks.add(b);
    sample(text);
  }

  private void sample(String t) {
    if (sample.length() < SAMPLE_CHARS) {
      sample.append(t, 0, Math.min(t.length(), SAMPLE_CHARS - sample.length())).append(' ');
    }
  }

  private Location location(String text, Integer page) {
    budget.checkTime();
    budget.addChars(text.length());
    int start = nextBlock == 0 ? 0 : offset + 2;
    int end = start + text.length();
    Location loc = new Location(page, open.peek().path, nextBlock, start, end);
    nextBlock++;
    offset = end;
    return loc;
  }

  /** The table built from its draft and the draft's cell texts already {@linkplain #clean cleaned}. */
  private static Table toTable(TableDraft d, List<List<String>> texts, Location loc) {
    List<Table.Row> rows = new ArrayList<>(d.rows().size());
    for (int i = 0; i < d.rows().size(); i++) {
      List<CellDraft> r = d.rows().get(i);
      List<Table.Cell> cells = new ArrayList<>(r.size());
      for (int j = 0; j < r.size(); j++) {
        List<TableDraft> nested = r.get(j).nested();
        cells.add(new Table.Cell(texts.get(i).get(j), nested.isEmpty() ? List.of()
            : nested.stream().map(n -> toTable(n, cleanCells(n), loc)).toList()));
      }
      rows.add(new Table.Row(cells));
    }
    return new Table(rows, Math.min(d.headerRows(), rows.size()), loc);
  }

  private static List<List<String>> cleanCells(TableDraft d) {
    List<List<String>> rows = new ArrayList<>(d.rows().size());
    for (List<CellDraft> r : d.rows()) {
      List<String> cells = new ArrayList<>(r.size());
      for (CellDraft c : r) cells.add(clean(c.text()));
      rows.add(cells);
    }
    return rows;
  }

  /** Must equal {@link Table#text()} of the built table. */
  private static String tableText(List<List<String>> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append('\n');
      List<String> r = cells.get(i);
      for (int j = 0; j < r.size(); j++) {
        if (j > 0) sb.append('\t');
        sb.append(r.get(j));
      }
    }
    return sb.toString();
  }

  /** Trims, drops control characters other than tab and newline, folds non-breaking spaces and splits ligatures ("ﬁ" to "fi"). */
  static String clean(String s) {
    if (s == null) return "";
    int n = s.length();
    int i = 0;
    while (i < n && unchanged(s.charAt(i))) i++;
    if (i == n) return s.strip();
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00A0' || c == '\u2007' || c == '\u202F') sb.append(' ');
      else if (c >= '\uFB00' && c <= '\uFB06') sb.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
      else if (c == '\r') sb.append('\n');
      else if (unchanged(c)) sb.append(c);
    }
    return sb.toString().strip();
  }

  /** A character {@link #clean} keeps as it is. */
  private static boolean unchanged(char c) {
    if (c == '\t' || c == '\n') return true;
    if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c >= '\uFB00' && c <= '\uFB06') return false;
    return !Character.isISOControl(c) && c != '\uFEFF' && c != '\u200B';
  }
}
