package org.hscheck.document;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.POIException;

/**
 * Reads a .docx (WordprocessingML) by streaming its parts with StAX: one pass over the main part enforces the
 * size, cell and nesting limits as it goes and keeps each body element only while turning it into text; styles,
 * numbering, notes, headers and footers are read the same way. The text is the one POI's XWPF usermodel gives
 * (see {@link WordText}), so the model is the one the XWPF-based reader built.
 */
final class DocxReader {
  private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+\\]");
  private static final String W = WordElement.W;
  private static final String EXTENDED_PROPERTIES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
  private static final String EXTENDED_PROPERTIES_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
  /** The deepest XML tree XWPF accepts in the main part, text nodes counted. */
  private static final int MAX_NODE_DEPTH = 1000;

  /** A body element as the model needs it, kept until the main part has been read. */
  private sealed interface Item permits Para, TableItem, Control {}

  private record Para(WordText.Paragraph paragraph) implements Item {}

  private record TableItem(Table table) implements Item {}

  /** A block content control: its text, a paragraph per line. */
  private record Control(String text) implements Item {}

  /** A table: rows of cells; whether its first row repeats as a header. */
  private record Table(List<List<Cell>> rows, boolean repeatHeader) {}

  /** A cell's paragraphs, and the tables nested in it (read after its paragraphs, as XWPF lists them). */
  private record Cell(List<WordText.Paragraph> paragraphs, List<Table> tables) {}

  /** A paragraph style: its name, the style it is based on, its paragraph properties. */
  private record Style(String name, String basedOn, WordText.Properties properties) {}

  private record PendingNote(Note.Kind kind, String label, String text, int page) {}

  private final ModelBuilder out;
  private final ReadBudget budget;
  private final DocxPackage pkg;
  private final String mainPart;
  private final List<Item> items = new ArrayList<>();
  private final WordText text;
  private Map<Integer, List<String>> footnotes;
  private Map<Integer, List<String>> endnotes;
  private Map<String, Style> styles;
  private DocxNumbering numbering = DocxNumbering.NONE;
  private final List<String> headers = new ArrayList<>();
  private final List<String> footers = new ArrayList<>();
  private boolean renderedBreaks;
  private int page = 1;
  private int footnoteCount;
  private int endnoteCount;

  private DocxReader(DocxPackage pkg, String mainPart, ModelBuilder out) {
    this.pkg = pkg;
    this.mainPart = mainPart;
    this.out = out;
    this.budget = out.budget();
    this.text = new WordText(this::notes);
  }

  static void read(DocxPackage docx, String mainPart, ModelBuilder out) throws IOException {
    try (DocxPackage pkg = docx) {
      ZipArchiveEntry main = pkg.entry(mainPart);
      if (main == null) throw new IOException("main part " + mainPart + " is missing");
      new DocxReader(pkg, mainPart, out).read(main);
    }
  }

  /**
   * Reads in the order XWPF did, so that a document broken in several ways fails with the same error: the limits
   * on the main part first, then the package's relationships, the main part's shape, the notes, the body's values,
   * and the styles, numbering, headers and footers in relationship order.
   */
  private void read(ZipArchiveEntry main) throws IOException {
    List<DocxPackage.Relationship> packageRels = null;
    List<DocxPackage.Relationship> rels = null;
    Exception relsFailure = null;
    Exception notesFailure = null;
    try {
      packageRels = pkg.relationships(null);
      rels = pkg.relationships(mainPart);
    } catch (IOException | RuntimeException e) {
      relsFailure = e;
    }
    if (rels != null) {
      try {
        notes(rels);
      } catch (IOException | RuntimeException e) {
        notesFailure = e;
      }
    }
    MainPass pass = new MainPass();
    pass.run(main);
    rethrow(relsFailure);
    if (pass.rootFailure != null) throw pass.rootFailure;
    if (pass.nodeDepth > MAX_NODE_DEPTH) {
      throw new IOException(new POIException("Node depth exceeds maximum supported depth of " + MAX_NODE_DEPTH));
    }
    rethrow(notesFailure);
    rethrow(pass.failure);
    renderedBreaks = pass.breaks > 0;
    parts(rels);
    body();
    for (String h : headers) out.header(NOTE_MARK.matcher(h).replaceAll(""));
    for (String f : footers) out.footer(NOTE_MARK.matcher(f).replaceAll(""));
    int declared = declaredPages(packageRels);
    out.pages(declared > 0 ? Integer.valueOf(declared) : pass.breaks > 0 ? pass.breaks + 1 : null);
  }

  private static void rethrow(Exception e) throws IOException {
    if (e instanceof IOException io) throw io;
    if (e instanceof RuntimeException re) throw re;
  }

  // ---------------------------------------------------------------- main part

  /**
   * The single pass over the main part: rejects DTDs, counts table cells, table nesting, XML depth and text length
   * against the limits (and refuses a part that inflates like a zip bomb) before anything large is kept, counts
   * rendered page breaks, and turns each body element into an {@link Item} as soon as it ends. A failure in that
   * conversion is kept until the whole part has been checked against the limits.
   */
  private final class MainPass {
    private final WordElement.Builder builder = new WordElement.Builder();
    int breaks;
    int nodeDepth;
    IOException rootFailure;
    RuntimeException failure;

    void run(ZipArchiveEntry main) throws IOException {
      ReadLimits limits = budget.limits();
      try (InputStream in = pkg.open(main, "main part")) {
        XMLStreamReader r = Sniffer.xml(in);
        int depth = 0;
        int tables = 0;
        long cells = 0;
        long chars = 0;
        long events = 0;
        boolean body = false;
        int xmlDepthCap = limits.maxDepth() * 8 + 64;
        while (r.hasNext()) {
          int ev = r.next();
          switch (ev) {
            case XMLStreamConstants.DTD -> throw new IOException("the document part declares a DTD, which Word "
                + "files must not do");
            case XMLStreamConstants.START_ELEMENT -> {
              if (++depth > xmlDepthCap) {
                throw new LimitExceeded("The document's structure is nested more than " + xmlDepthCap
                    + " levels deep.");
              }
              nodeDepth = Math.max(nodeDepth, depth);
              boolean w = W.equals(r.getNamespaceURI());
              if (w) {
                switch (r.getLocalName()) {
                  case "tbl" -> budget.checkDepth(++tables);
                  case "tc" -> {
                    if (++cells > limits.maxTableCells()) budget.addCells(cells);
                  }
                  case "lastRenderedPageBreak" -> breaks++;
                  default -> { }
                }
              }
              if (depth == 1) {
                root(r, w);
              } else if (depth == 2) {
                body = rootFailure == null && w && "body".equals(r.getLocalName());
              } else if (body) {
                builder.start(r);
              }
            }
            case XMLStreamConstants.END_ELEMENT -> {
              if (depth >= 3 && body) {
                WordElement e = builder.end();
                if (e != null) item(e);
              }
              depth--;
              if ("tbl".equals(r.getLocalName()) && W.equals(r.getNamespaceURI())) tables--;
            }
            case XMLStreamConstants.CHARACTERS -> {
              chars += r.getTextLength();
              if (chars > limits.maxChars() * 4 + 1_000_000) {
                throw new LimitExceeded("The document holds more than " + limits.maxChars()
                    + " characters of text.");
              }
              if (depth > 0) nodeDepth = Math.max(nodeDepth, depth + 1);
              if (builder.building()) builder.text(r);
            }
            case XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
              if (builder.building()) builder.text(r);
            }
            default -> { }
          }
          if ((++events & 0xFF) == 0) budget.checkTime();
        }
      } catch (XMLStreamException ex) {
        throw new IOException("the document part is not well-formed XML: " + ex.getMessage(), ex);
      }
    }

    /** XWPF refuses a main part whose root is not {@code w:document}. */
    private void root(XMLStreamReader r, boolean w) {
      if (w && "document".equals(r.getLocalName())) return;
      rootFailure = new IOException("The document is not a document@" + W + ": document element "
          + (w ? "local name mismatch expected document got " + r.getLocalName()
          : "namespace mismatch expected \"" + W + "\" got \"" + r.getNamespaceURI() + "\""));
    }

    private void item(WordElement e) {
      if (failure != null || !e.w) return;
      try {
        switch (e.name) {
          case "p" -> items.add(new Para(text.paragraph(e)));
          case "tbl" -> items.add(new TableItem(table(e)));
          case "sdt" -> items.add(new Control(text.blockControlText(e)));
          default -> { }
        }
      } catch (RuntimeException ex) {
        failure = ex;
      }
    }
  }

  private Table table(WordElement tbl) {
    List<List<Cell>> rows = new ArrayList<>();
    boolean repeat = false;
    for (WordElement tr : tbl.all("tr")) {
      if (rows.isEmpty()) {
        WordElement trPr = tr.first("trPr");
        repeat = trPr != null && WordElement.isOn(trPr.first("tblHeader"));
      }
      List<Cell> cells = new ArrayList<>();
      for (WordElement tc : tr.all("tc")) {
        List<WordText.Paragraph> paragraphs = new ArrayList<>();
        List<Table> nested = new ArrayList<>();
        for (Object k : tc.children()) {
          if (k instanceof WordElement e && e.is("p")) paragraphs.add(text.paragraph(e));
          else if (k instanceof WordElement e && e.is("tbl")) nested.add(table(e));
        }
        cells.add(new Cell(paragraphs, nested));
      }
      rows.add(cells);
    }
    return new Table(rows, repeat);
  }

  // ---------------------------------------------------------------- other parts

  /**
   * Reads a part's top-level elements one at a time; fails as XWPF did when the part is not XML or its root
   * element is not {@code w:root}.
   */
  private void readPart(ZipArchiveEntry e, String root, Consumer<WordElement> child) throws IOException {
    String name = e.getName();
    try (InputStream in = pkg.open(e, "part " + name)) {
      XMLStreamReader r = Sniffer.xml(in);
      WordElement.Builder builder = new WordElement.Builder();
      int depth = 0;
      long events = 0;
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.DTD -> throw new IOException("the part " + name + " declares a DTD");
          case XMLStreamConstants.START_ELEMENT -> {
            if (++depth == 1) {
              if (!W.equals(r.getNamespaceURI()) || !root.equals(r.getLocalName())) {
                throw new IOException("the part " + name + " is not a " + root + "@" + W);
              }
            } else {
              builder.start(r);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (depth-- >= 2) {
              WordElement done = builder.end();
              if (done != null) child.accept(done);
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (builder.building()) builder.text(r);
          }
          default -> { }
        }
        if ((++events & 0xFF) == 0) budget.checkTime();
      }
    } catch (XMLStreamException ex) {
      throw new IOException("the part " + name + " is not well-formed XML: " + ex.getMessage(), ex);
    }
  }

  private ZipArchiveEntry target(DocxPackage.Relationship rel) {
    return rel.target() == null ? null : pkg.entry(rel.target());
  }

  /** Footnotes and endnotes, in relationship order; the last part of each kind is the one the body cites. */
  private void notes(List<DocxPackage.Relationship> rels) throws IOException {
    for (DocxPackage.Relationship rel : rels) {
      boolean foot = rel.type().equals(DocxPackage.REL + "footnotes");
      if (!foot && !rel.type().equals(DocxPackage.REL + "endnotes")) continue;
      ZipArchiveEntry e = target(rel);
      if (e == null) continue;
      Map<Integer, List<String>> notes = new HashMap<>();
      if (foot) footnotes = notes;
      else endnotes = notes;
      readPart(e, foot ? "footnotes" : "endnotes", n -> {
        if (!n.is(foot ? "footnote" : "endnote")) return;
        BigInteger id = WordElement.integer(n.attribute("id"));
        List<String> paragraphs = new ArrayList<>();
        for (WordElement p : n.all("p")) paragraphs.add(text.paragraphText(p));
        if (id != null) notes.putIfAbsent(id.intValue(), paragraphs);
      });
    }
  }

  /** The paragraph texts of a note as the body cites it; a note's own references see only the notes before it. */
  private List<String> notes(boolean footnote, int id) {
    Map<Integer, List<String>> notes = footnote ? footnotes : endnotes;
    return notes == null ? null : notes.get(id);
  }

  /** Styles, numbering, headers and footers, in relationship order; the last styles and numbering parts count. */
  private void parts(List<DocxPackage.Relationship> rels) throws IOException {
    Map<String, Integer> reads = new HashMap<>();
    Map<String, List<WordElement>> parsed = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (DocxPackage.Relationship rel : rels) {
      ZipArchiveEntry e = target(rel);
      if (e == null) continue;
      String type = rel.type().startsWith(DocxPackage.REL) ? rel.type().substring(DocxPackage.REL.length()) : "";
      switch (type) {
        case "styles" -> {
          Map<String, Style> byId = new HashMap<>();
          readPart(e, "styles", s -> {
            if (!s.is("style") || s.attribute("styleId") == null) return;
            WordElement name = s.first("name");
            WordElement basedOn = s.first("basedOn");
            byId.putIfAbsent(s.attribute("styleId"), new Style(name == null ? null : name.attribute("val"),
                basedOn == null ? null : basedOn.attribute("val"), WordText.Properties.of(s.first("pPr"))));
          });
          styles = byId;
        }
        case "numbering" -> {
          DocxNumbering.Builder b = new DocxNumbering.Builder();
          readPart(e, "numbering", b::add);
          numbering = b.build();
        }
        case "header", "footer" -> {
          boolean header = type.equals("header");
          String key = (header ? "h:" : "f:") + e.getName();
          if (reads.merge(key, 1, Integer::sum) == 1) {
            List<WordElement> body = new ArrayList<>();
            readPart(e, header ? "hdr" : "ftr", body::add);
            parsed.put(key, body);
          }
          order.add(key);
        }
        default -> { }
      }
    }
    for (String key : order) {
      String t = text.headerFooterText(parsed.get(key), reads.get(key));
      if (key.startsWith("h:")) headers.add(t);
      else footers.add(t);
    }
  }

  /**
   * The page count Word saved in the extended properties (docProps/app.xml), found as POI finds that part (the one
   * package relationship of its type); 0 when absent or unreadable.
   */
  private int declaredPages(List<DocxPackage.Relationship> packageRels) {
    try {
      List<DocxPackage.Relationship> found = packageRels.stream()
          .filter(r -> r.type().equals(EXTENDED_PROPERTIES)).toList();
      ZipArchiveEntry e = found.size() == 1 ? target(found.get(0)) : null;
      if (e == null) return 0;
      try (InputStream in = pkg.open(e, "part " + e.getName())) {
        return pagesProperty(Sniffer.xml(in));
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return 0;
    }
  }

  /** The xs:int value of the {@code Pages} child of the extended-properties root; 0 when absent or not a number. */
  private static int pagesProperty(XMLStreamReader r) throws XMLStreamException {
    int depth = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.DTD) return 0;
      if (ev == XMLStreamConstants.END_ELEMENT) depth--;
      if (ev != XMLStreamConstants.START_ELEMENT) continue;
      depth++;
      boolean ours = EXTENDED_PROPERTIES_NS.equals(r.getNamespaceURI());
      if (depth == 1 && !(ours && "Properties".equals(r.getLocalName()))) return 0;
      if (depth == 2 && ours && "Pages".equals(r.getLocalName())) {
        String v = r.getElementText().trim();
        try {
          return Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- body

  private void body() {
    for (Item item : items) {
      budget.checkTime();
      if (item instanceof Para p) {
        paragraph(p.paragraph());
      } else if (item instanceof TableItem t) {
        List<PendingNote> notes = new ArrayList<>();
        int start = page;
        ModelBuilder.TableDraft draft = table(t.table(), notes);
        out.table(draft, pageOrNull(start));
        emit(notes);
      } else if (item instanceof Control c) {
        for (String line : c.text().split("\n")) out.paragraph(line, pageOrNull(page));
      }
    }
  }

  private void paragraph(WordText.Paragraph p) {
    List<PendingNote> notes = new ArrayList<>();
    int start = advancePages(p, notes, true);
    String text = paragraphText(p.text());
    String style = styleName(p.properties());
    if (style != null && Structure.isTableOfContents(style)) return;
    int level = headingLevel(p.properties());
    BigInteger numId = numId(p.properties());
    String label = numId == null ? null : numbering.label(numId, ilvl(p.properties()));
    if (level == 0 && !text.isBlank() && numId == null) {
      level = Structure.numberedHeadingLevel(text, p::allBold);
    }
    if (level > 0) {
      Structure.Split s = Structure.splitNumber(text);
      String number = label != null && !label.isBlank() ? Structure.trimNumber(label) : s.number();
      String heading = label != null && !label.isBlank() ? text : s.text();
      out.heading(level, number, heading, pageOrNull(start));
    } else if (label != null) {
      out.listItem(label, ilvl(p.properties()), text, pageOrNull(start));
    } else {
      Structure.Split typed = Structure.typedListLabel(text);
      if (typed != null) out.listItem(typed.number(), 0, typed.text(), pageOrNull(start));
      else out.paragraph(text, pageOrNull(start));
    }
    emit(notes);
  }

  private void emit(List<PendingNote> notes) {
    for (PendingNote n : notes) out.note(n.kind(), n.label(), n.text(), pageOrNull(n.page()));
  }

  /**
   * Counts the paragraph's rendered page breaks and collects the notes it cites; returns the page where its text
   * starts when {@code start} asks for it, else the current page.
   */
  private int advancePages(WordText.Paragraph p, List<PendingNote> notes, boolean start) {
    int first = page + p.breaksToText();
    int entry = page;
    page += p.breaks();
    for (WordText.Reference ref : p.references()) {
      BigInteger id = WordElement.integer(ref.id());
      if (id == null) throw new IllegalArgumentException("a note reference has no id");
      note(ref, notes(ref.footnote(), id.intValue()), entry + ref.breaks(), notes);
    }
    return start && p.breaksToText() >= 0 ? first : page;
  }

  private void note(WordText.Reference ref, List<String> paragraphs, int at, List<PendingNote> notes) {
    if (paragraphs == null) return;
    Note.Kind kind = ref.footnote() ? Note.Kind.FOOTNOTE : Note.Kind.ENDNOTE;
    String label = ref.footnote() ? String.valueOf(++footnoteCount)
        : Structure.roman(++endnoteCount).toLowerCase(java.util.Locale.ROOT);
    if (ref.customMark()) label = "*";
    StringBuilder sb = new StringBuilder();
    for (String np : paragraphs) {
      String t = paragraphText(np);
      if (!t.isBlank()) sb.append(sb.isEmpty() ? "" : "\n").append(t);
    }
    notes.add(new PendingNote(kind, label, sb.toString(), at));
  }

  private ModelBuilder.TableDraft table(Table t, List<PendingNote> notes) {
    List<List<ModelBuilder.CellDraft>> rows = new ArrayList<>();
    boolean firstRowBold = true;
    for (int i = 0; i < t.rows().size(); i++) {
      List<ModelBuilder.CellDraft> cells = new ArrayList<>();
      for (Cell c : t.rows().get(i)) {
        StringBuilder sb = new StringBuilder();
        for (WordText.Paragraph p : c.paragraphs()) {
          advancePages(p, notes, false);
          String pt = paragraphText(p.text());
          if (i == 0 && firstRowBold && !pt.isBlank() && !p.allBold()) firstRowBold = false;
          if (!pt.isBlank()) sb.append(sb.isEmpty() ? "" : "\n").append(pt);
        }
        List<ModelBuilder.TableDraft> nested = new ArrayList<>();
        for (Table n : c.tables()) nested.add(table(n, notes));
        cells.add(new ModelBuilder.CellDraft(sb.toString(), nested));
      }
      rows.add(cells);
    }
    int header = t.repeatHeader() || rows.size() > 1 && firstRowBold || Structure.looksLikeHeader(rows) ? 1 : 0;
    return new ModelBuilder.TableDraft(rows, header);
  }

  private Integer pageOrNull(int p) {
    return renderedBreaks ? p : null;
  }

  // ---------------------------------------------------------------- styles and numbering

  private static String paragraphText(String text) {
    return text.indexOf("Ref:") < 0 ? text : NOTE_MARK.matcher(text).replaceAll("");
  }

  private String styleName(WordText.Properties p) {
    if (styles == null || p.styleId() == null) return null;
    Style s = styles.get(p.styleId());
    return s == null ? p.styleId() : s.name();
  }

  /** 1-based heading level from the paragraph's outline level, else its style chain; 0 for body text. */
  private int headingLevel(WordText.Properties p) {
    Integer own = outline(p);
    if (own != null) return own;
    String id = p.styleId();
    for (int hop = 0; id != null && styles != null && hop < 10; hop++) {
      Style s = styles.get(id);
      if (s == null) return Structure.headingLevelOfStyle(id);
      int byName = Structure.headingLevelOfStyle(s.name());
      if (byName != 0) return byName;
      Integer byOutline = outline(s.properties());
      if (byOutline != null) return byOutline;
      if (Structure.isTitleStyle(s.name())) return 0;
      id = s.basedOn();
    }
    return 0;
  }

  /** 1..9 for outline levels 0..8, 0 for "body text" (9), null when not set. */
  private static Integer outline(WordText.Properties p) {
    if (!p.outlineSet()) return null;
    int lvl = value(p.outline()).intValue();
    return lvl >= 0 && lvl <= 8 ? lvl + 1 : 0;
  }

  /** The paragraph's numbering id, from its own properties or its style chain. */
  private BigInteger numId(WordText.Properties p) {
    if (p.numPrSet() && p.numIdSet()) {
      BigInteger id = WordElement.integer(p.numId());
      return id == null || id.signum() == 0 ? null : id;
    }
    String sid = p.styleId();
    for (int hop = 0; sid != null && styles != null && hop < 10; hop++) {
      Style s = styles.get(sid);
      if (s == null) return null;
      WordText.Properties sp = s.properties();
      if (sp.numPrSet()) {
        return sp.numIdSet() && value(sp.numId()).signum() != 0 ? value(sp.numId()) : null;
      }
      sid = s.basedOn();
    }
    return null;
  }

  private int ilvl(WordText.Properties p) {
    BigInteger l = p.numPrSet() && p.ilvlSet() ? WordElement.integer(p.ilvl()) : null;
    if (l != null) return Math.min(8, Math.max(0, l.intValue()));
    String sid = p.styleId();
    for (int hop = 0; sid != null && styles != null && hop < 10; hop++) {
      Style s = styles.get(sid);
      if (s == null) break;
      WordText.Properties sp = s.properties();
      if (sp.numPrSet() && sp.ilvlSet()) return Math.min(8, Math.max(0, value(sp.ilvl()).intValue()));
      sid = s.basedOn();
    }
    return 0;
  }

  /** A value XWPF reads as required: absent is an error. */
  private static BigInteger value(String raw) {
    BigInteger v = WordElement.integer(raw);
    if (v == null) throw new IllegalArgumentException("a numbering or outline property has no value");
    return v;
  }
}
