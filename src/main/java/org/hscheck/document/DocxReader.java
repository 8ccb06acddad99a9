package org.hscheck.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Reads a .docx (WordprocessingML) with POI XWPF after a streaming pre-scan of the main part that enforces
 * the size, cell and nesting limits before POI builds its DOM.
 */
final class DocxReader {
  private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+\\]");
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String EXTENDED_PROPERTIES_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
  /** Largest main part accepted, uncompressed, and the highest compression ratio (as POI's zip-bomb check). */
  private static final long MAX_PART_BYTES = 512L * 1024 * 1024;
  private static final int MAX_INFLATE_RATIO = 100;

  private final XWPFDocument doc;
  private final ModelBuilder out;
  private final ReadBudget budget;
  private final DocxNumbering numbering;
  private final boolean renderedBreaks;
  /** Note references in the main part not met yet; none left means no run needs looking at for notes. */
  private int noteReferencesLeft;
  private Map<String, XWPFStyle> stylesById;
  private int page = 1;
  private int footnoteCount;
  private int endnoteCount;

  private DocxReader(XWPFDocument doc, ModelBuilder out, Prescan scan) {
    this.doc = doc;
    this.out = out;
    this.budget = out.budget();
    this.numbering = new DocxNumbering(doc.getNumbering());
    this.renderedBreaks = scan.renderedBreaks() > 0;
    this.noteReferencesLeft = scan.noteReferences();
  }

  static void read(byte[] bytes, String mainPart, ModelBuilder out) throws IOException {
    Prescan scan = prescan(bytes, mainPart, out.budget());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      DocxReader r = new DocxReader(doc, out, scan);
      r.body();
      r.furniture();
      int declared = declaredPages(doc);
      out.pages(declared > 0 ? Integer.valueOf(declared) : scan.renderedBreaks > 0 ? scan.renderedBreaks + 1 : null);
    }
  }

  /**
   * The page count Word saved in the extended properties (docProps/app.xml), found as POI finds that part; 0 when
   * absent or unreadable. Read with StAX: POI's properties model would parse two or three parts with XMLBeans.
   */
  private static int declaredPages(XWPFDocument doc) {
    try {
      OPCPackage pkg = doc.getPackage();
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.EXTENDED_PROPERTIES);
      PackagePart part = rels.size() == 1 ? pkg.getPart(rels.getRelationship(0)) : null;
      if (part == null) return 0;
      try (InputStream in = part.getInputStream()) {
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

  // ---------------------------------------------------------------- pre-scan

  /** What the pre-scan learnt: how many rendered page breaks Word recorded, and how many note references. */
  record Prescan(int renderedBreaks, int noteReferences) {}

  /**
   * Streams the main part once: rejects DTDs, counts table cells, table nesting, XML depth and text length,
   * and refuses a part that inflates beyond {@value #MAX_INFLATE_RATIO} times its compressed size.
   */
  static Prescan prescan(byte[] bytes, String mainPart, ReadBudget budget) throws IOException {
    ReadLimits limits = budget.limits();
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      ZipArchiveEntry e = zip.getEntry(mainPart);
      if (e == null) throw new IOException("main part " + mainPart + " is missing");
      long compressed = Math.max(e.getCompressedSize(), 1024);
      long cap = Math.min(MAX_PART_BYTES, compressed * MAX_INFLATE_RATIO);
      try (InputStream in = new CappedStream(zip.getInputStream(e), cap)) {
        XMLStreamReader r = Sniffer.xml(in);
        int depth = 0;
        int tables = 0;
        long cells = 0;
        long chars = 0;
        int breaks = 0;
        int notes = 0;
        long events = 0;
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
              if (W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                  case "tbl" -> budget.checkDepth(++tables);
                  case "tc" -> {
                    if (++cells > limits.maxTableCells()) budget.addCells(cells);
                  }
                  case "lastRenderedPageBreak" -> breaks++;
                  case "footnoteReference", "endnoteReference" -> notes++;
                  default -> { }
                }
              }
            }
            case XMLStreamConstants.END_ELEMENT -> {
              depth--;
              if ("tbl".equals(r.getLocalName()) && W.equals(r.getNamespaceURI())) tables--;
            }
            case XMLStreamConstants.CHARACTERS -> {
              chars += r.getTextLength();
              if (chars > limits.maxChars() * 4 + 1_000_000) {
                throw new LimitExceeded("The document holds more than " + limits.maxChars()
                    + " characters of text.");
              }
            }
            default -> { }
          }
          if ((++events & 0xFF) == 0) budget.checkTime();
        }
        return new Prescan(breaks, notes);
      } catch (XMLStreamException ex) {
        throw new IOException("the document part is not well-formed XML: " + ex.getMessage(), ex);
      }
    }
  }

  /** Stops reading once more than {@code cap} bytes came out of a (decompressing) stream. */
  private static final class CappedStream extends FilterInputStream {
    private final long cap;
    private long read;

    CappedStream(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count(1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count(n);
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > cap) {
        throw new LimitExceeded("The document's main part inflates to more than " + cap / (1024 * 1024)
            + " MB (" + MAX_INFLATE_RATIO + " times its compressed size at most): it looks like a zip bomb.");
      }
    }
  }

  // ---------------------------------------------------------------- body

  private void body() {
    for (IBodyElement e : doc.getBodyElements()) {
      budget.checkTime();
      if (e instanceof XWPFParagraph p) {
        paragraph(p);
      } else if (e instanceof XWPFTable t) {
        List<PendingNote> notes = new ArrayList<>();
        int start = page;
        ModelBuilder.TableDraft draft = table(t, 1, notes);
        out.table(draft, pageOrNull(start));
        emit(notes);
      } else if (e instanceof XWPFSDT sdt) {
        for (String line : sdt.getContent().getText().split("\n")) out.paragraph(line, pageOrNull(page));
      }
    }
  }

  private record PendingNote(Note.Kind kind, String label, String text, int page) {}

  private void paragraph(XWPFParagraph p) {
    List<PendingNote> notes = new ArrayList<>();
    int start = advancePages(p, notes, true);
    String text = paragraphText(p);
    String style = styleName(p);
    if (style != null && Structure.isTableOfContents(style)) return;
    int level = headingLevel(p);
    BigInteger numId = numId(p);
    String label = numId == null ? null : numbering.label(numId, ilvl(p));
    if (level == 0 && !text.isBlank() && numId == null) {
      level = Structure.numberedHeadingLevel(text, () -> allBold(p));
    }
    if (level > 0) {
      Structure.Split s = Structure.splitNumber(text);
      String number = label != null && !label.isBlank() ? Structure.trimNumber(label) : s.number();
      String heading = label != null && !label.isBlank() ? text : s.text();
      out.heading(level, number, heading, pageOrNull(start));
    } else if (label != null) {
      out.listItem(label, ilvl(p), text, pageOrNull(start));
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
   * Counts rendered page breaks and collects note references; returns the page where the text starts when
   * {@code start} asks for it, else the current page. Runs are looked at only while the pre-scan says there are
   * page breaks (without them every page is unknown) or note references still to meet.
   */
  private int advancePages(XWPFParagraph p, List<PendingNote> notes, boolean start) {
    if (!renderedBreaks && noteReferencesLeft == 0) return page;
    int first = -1;
    for (XWPFRun r : p.getRuns()) {
      CTR ctr = r.getCTR();
      if (renderedBreaks) {
        int breaks = ctr.sizeOfLastRenderedPageBreakArray();
        if (breaks > 0) page += breaks;
        if (start && first < 0 && !r.text().isBlank()) first = page;
      }
      if (noteReferencesLeft > 0 && ctr.sizeOfFootnoteReferenceArray() > 0) {
        for (CTFtnEdnRef ref : ctr.getFootnoteReferenceList()) {
          noteReferencesLeft--;
          note(Note.Kind.FOOTNOTE, ref, doc.getFootnoteByID(ref.getId().intValue()), notes);
        }
      }
      if (noteReferencesLeft > 0 && ctr.sizeOfEndnoteReferenceArray() > 0) {
        for (CTFtnEdnRef ref : ctr.getEndnoteReferenceList()) {
          noteReferencesLeft--;
          note(Note.Kind.ENDNOTE, ref, doc.getEndnoteByID(ref.getId().intValue()), notes);
        }
      }
    }
    return first < 0 ? page : first;
  }

  private void note(Note.Kind kind, CTFtnEdnRef ref, XWPFAbstractFootnoteEndnote note, List<PendingNote> notes) {
    if (note == null) return;
    String label = kind == Note.Kind.FOOTNOTE ? String.valueOf(++footnoteCount)
        : Structure.roman(++endnoteCount).toLowerCase(java.util.Locale.ROOT);
    if (ref.isSetCustomMarkFollows() && ref.getCustomMarkFollows() != null) label = "*";
    StringBuilder sb = new StringBuilder();
    for (XWPFParagraph np : note.getParagraphs()) {
      String t = paragraphText(np);
      if (!t.isBlank()) sb.append(sb.isEmpty() ? "" : "\n").append(t);
    }
    notes.add(new PendingNote(kind, label, sb.toString(), page));
  }

  private ModelBuilder.TableDraft table(XWPFTable t, int depth, List<PendingNote> notes) {
    budget.checkDepth(depth);
    List<List<ModelBuilder.CellDraft>> rows = new ArrayList<>();
    boolean headerFlag = false;
    boolean firstRowBold = true;
    for (int i = 0; i < t.getRows().size(); i++) {
      XWPFTableRow row = t.getRows().get(i);
      if (i == 0) headerFlag = row.isRepeatHeader();
      List<ModelBuilder.CellDraft> cells = new ArrayList<>();
      for (XWPFTableCell c : row.getTableCells()) {
        budget.addCells(1);
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
          advancePages(p, notes, false);
          String pt = paragraphText(p);
          if (i == 0 && firstRowBold && !pt.isBlank() && !allBold(p)) firstRowBold = false;
          if (!pt.isBlank()) sb.append(sb.isEmpty() ? "" : "\n").append(pt);
        }
        List<ModelBuilder.TableDraft> nested = new ArrayList<>();
        for (XWPFTable n : c.getTables()) nested.add(table(n, depth + 1, notes));
        cells.add(new ModelBuilder.CellDraft(sb.toString(), nested));
      }
      rows.add(cells);
    }
    int header = headerFlag || rows.size() > 1 && firstRowBold || Structure.looksLikeHeader(rows) ? 1 : 0;
    return new ModelBuilder.TableDraft(rows, header);
  }

  private void furniture() {
    for (XWPFHeader h : doc.getHeaderList()) out.header(NOTE_MARK.matcher(h.getText()).replaceAll(""));
    for (XWPFFooter f : doc.getFooterList()) out.footer(NOTE_MARK.matcher(f.getText()).replaceAll(""));
  }

  private Integer pageOrNull(int p) {
    return renderedBreaks ? p : null;
  }

  // ---------------------------------------------------------------- styles and numbering

  private static String paragraphText(XWPFParagraph p) {
    return NOTE_MARK.matcher(p.getText()).replaceAll("");
  }

  private String styleName(XWPFParagraph p) {
    XWPFStyles styles = doc.getStyles();
    if (styles == null || p.getStyleID() == null) return null;
    XWPFStyle s = style(styles, p.getStyleID());
    return s == null ? p.getStyleID() : s.getName();
  }

  /**
   * The style with this id, as {@link XWPFStyles#getStyle} finds it (the first with the id), from a map built on
   * first use instead of a scan of every style at each call.
   */
  private XWPFStyle style(XWPFStyles styles, String id) {
    if (stylesById == null) {
      stylesById = new HashMap<>();
      for (XWPFStyle s : styles.getStyles()) {
        if (s.getStyleId() != null) stylesById.putIfAbsent(s.getStyleId(), s);
      }
    }
    return stylesById.get(id);
  }

  /** 1-based heading level from the paragraph's outline level, else its style chain; 0 for body text. */
  private int headingLevel(XWPFParagraph p) {
    Integer own = outline(p.getCTP().getPPr());
    if (own != null) return own;
    XWPFStyles styles = doc.getStyles();
    String id = p.getStyleID();
    for (int hop = 0; id != null && styles != null && hop < 10; hop++) {
      XWPFStyle s = style(styles, id);
      if (s == null) return Structure.headingLevelOfStyle(id);
      int byName = Structure.headingLevelOfStyle(s.getName());
      if (byName != 0) return byName;
      Integer byOutline = s.getCTStyle().isSetPPr() ? outline(s.getCTStyle().getPPr()) : null;
      if (byOutline != null) return byOutline;
      if (Structure.isTitleStyle(s.getName())) return 0;
      id = s.getBasisStyleID();
    }
    return 0;
  }

  /** 1..9 for outline levels 0..8, 0 for "body text" (9), null when not set. */
  private static Integer outline(CTPPrBase ppr) {
    if (ppr == null || !ppr.isSetOutlineLvl()) return null;
    int lvl = ppr.getOutlineLvl().getVal().intValue();
    return lvl >= 0 && lvl <= 8 ? lvl + 1 : 0;
  }

  /** The paragraph's numbering id, from its own properties or its style chain. */
  private BigInteger numId(XWPFParagraph p) {
    CTPPrBase ppr = p.getCTP().getPPr();
    if (ppr != null && ppr.isSetNumPr() && ppr.getNumPr().isSetNumId()) {
      BigInteger id = ppr.getNumPr().getNumId().getVal();
      return id == null || id.signum() == 0 ? null : id;
    }
    XWPFStyles styles = doc.getStyles();
    String sid = p.getStyleID();
    for (int hop = 0; sid != null && styles != null && hop < 10; hop++) {
      XWPFStyle s = style(styles, sid);
      if (s == null) return null;
      if (s.getCTStyle().isSetPPr() && s.getCTStyle().getPPr().isSetNumPr()) {
        CTNumPr np = s.getCTStyle().getPPr().getNumPr();
        return np.isSetNumId() && np.getNumId().getVal().signum() != 0 ? np.getNumId().getVal() : null;
      }
      sid = s.getBasisStyleID();
    }
    return null;
  }

  private int ilvl(XWPFParagraph p) {
    BigInteger l = p.getNumIlvl();
    if (l != null) return Math.min(8, Math.max(0, l.intValue()));
    XWPFStyles styles = doc.getStyles();
    String sid = p.getStyleID();
    for (int hop = 0; sid != null && styles != null && hop < 10; hop++) {
      XWPFStyle s = style(styles, sid);
      if (s == null) break;
      if (s.getCTStyle().isSetPPr() && s.getCTStyle().getPPr().isSetNumPr()
          && s.getCTStyle().getPPr().getNumPr().isSetIlvl()) {
        return Math.min(8, Math.max(0, s.getCTStyle().getPPr().getNumPr().getIlvl().getVal().intValue()));
      }
      sid = s.getBasisStyleID();
    }
    return 0;
  }

  private static boolean allBold(XWPFParagraph p) {
    boolean any = false;
    for (XWPFRun r : p.getRuns()) {
      if (r.text().isBlank()) continue;
      if (!r.isBold()) return false;
      any = true;
    }
    return any;
  }
}
