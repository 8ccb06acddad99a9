package org.hscheck.document;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF with PDFBox: collects the glyphs of each page (bounded) and, as the page ends, groups them into
 * text chunks; then {@link PdfLayout} orders the chunks into lines, columns, headings, lists and tables, with
 * repeated headers, footers and page numbers set apart.
 * An owner password alone does not stop reading (it restricts editing, not reading); a user password does.
 */
final class PdfReader {
  /** Most glyphs on one page; a real page holds a few thousand. */
  static final int MAX_GLYPHS_PER_PAGE = 200_000;
  private static final int MAX_BOOKMARKS = 5_000;

  private PdfReader() {}

  /** One glyph: position (top-left origin, points), width, font size, weight, its text and whether that is blank. */
  record Glyph(float x, float y, float w, float size, boolean bold, String text, boolean blank) {}

  /** A bookmark: its title and 1-based depth. */
  record Bookmark(String title, int level) {}

  static void read(byte[] bytes, ModelBuilder out) throws IOException {
    ReadBudget budget = out.budget();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int pages = 0;
      for (PDPage ignored : doc.getPages()) {
        budget.checkPages(++pages);
        budget.checkTime();
      }
      out.pages(pages);
      Collector c = new Collector(budget);
      c.setSortByPosition(false);
      c.writeText(doc, Writer.nullWriter());
      List<Bookmark> marks = bookmarks(doc, budget);
      new PdfLayout(out, c.pages, marks).build();
    }
  }

  private static List<Bookmark> bookmarks(PDDocument doc, ReadBudget budget) {
    List<Bookmark> out = new ArrayList<>();
    PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
    if (root != null) walk(root, 1, out, new IdentityHashMap<>(), budget);
    return out;
  }

  private static void walk(PDOutlineNode node, int level, List<Bookmark> out, Map<Object, Boolean> seen,
                           ReadBudget budget) {
    if (level > budget.limits().maxDepth()) return;
    for (PDOutlineItem item : node.children()) {
      if (out.size() >= MAX_BOOKMARKS || seen.put(item.getCOSObject(), Boolean.TRUE) != null) return;
      String title = item.getTitle();
      if (title != null && !title.isBlank()) out.add(new Bookmark(title.strip(), level));
      walk(item, level + 1, out, seen, budget);
    }
  }

  /** Records glyphs instead of building PDFBox's own text, counting them against the budget; chunks each page. */
  private static final class Collector extends PDFTextStripper {
    private final ReadBudget budget;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    /** The font of the previous glyph and its weight: most glyphs share their predecessor's font. */
    private PDFont lastFont;
    private boolean lastBold;
    final List<PdfLayout.Page> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();

    Collector(ReadBudget budget) {
      this.budget = budget;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      super.processPage(JoinedPage.of(page));
    }

    @Override
    protected void startPage(PDPage page) {
      budget.checkTime();
      current = new ArrayList<>();
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      budget.addPositions(1);
      if (current.size() >= MAX_GLYPHS_PER_PAGE) {
        throw new LimitExceeded("Page " + getCurrentPageNo() + " of the PDF draws more than " + MAX_GLYPHS_PER_PAGE
            + " characters.");
      }
      String u = t.getUnicode();
      if (u == null || u.isEmpty()) return;
      PDFont font = t.getFont();
      if (font != lastFont) {
        lastFont = font;
        lastBold = font != null && boldFonts.computeIfAbsent(font, Collector::isBold);
      }
      current.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt(), lastBold, u,
          u.isBlank()));
    }

    @Override
    protected void writePage() {
      // the layout is built from the collected glyphs, not from PDFBox's text
    }

    @Override
    protected void endPage(PDPage page) {
      PDRectangle box = page.getCropBox();
      boolean rotated = page.getRotation() % 180 != 0;
      float w = box == null ? 612 : rotated ? box.getHeight() : box.getWidth();
      float h = box == null ? 792 : rotated ? box.getWidth() : box.getHeight();
      pages.add(PdfLayout.page(getCurrentPageNo(), w, h, current));
      current = new ArrayList<>();
    }

    private static boolean isBold(PDFont f) {
      PDFontDescriptor d = f.getFontDescriptor();
      if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) return true;
      String name = f.getName() == null ? "" : f.getName().toLowerCase(java.util.Locale.ROOT);
      return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold");
    }
  }

  /**
   * A page whose content is an array of streams, parsed as one buffer. PDFBox reads such a page through a sequence
   * of per-stream readers, whose every byte read and look-back passes through the sequence (about a fifth of reading
   * a two-stream page); the buffer holds the same bytes in the same order, each stream followed by a line feed and a
   * stream that cannot be decoded left out, as PDFBox's sequence does, read by {@link ByteArrayRead}. Everything
   * else is the page's own.
   */
  private static final class JoinedPage extends PDPage {
    private final PDPage page;
    private final byte[] content;

    private JoinedPage(PDPage page, byte[] content) {
      super(page.getCOSObject());
      this.page = page;
      this.content = content;
    }

    static PDPage of(PDPage page) throws IOException {
      if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray parts)) return page;
      java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      for (COSBase part : parts) {
        COSBase item = part instanceof COSObject o ? o.getObject() : part;
        if (!(item instanceof COSStream stream)) continue;
        RandomAccessRead view;
        try {
          view = stream.createView();
        } catch (IOException e) {
          continue; // PDFBox skips a malformed part too
        }
        try (view) {
          for (int n; (n = view.read(chunk, 0, chunk.length)) > 0; ) joined.write(chunk, 0, n);
        }
        joined.write('\n');
      }
      return new JoinedPage(page, joined.toByteArray());
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() {
      return new ByteArrayRead(content);
    }

    @Override
    public RandomAccessRead getContentsForRandomAccess() {
      return new ByteArrayRead(content);
    }

    @Override
    public PDResources getResources() {
      return page.getResources();
    }

    @Override
    public void removePageResourceFromCache() {
      page.removePageResourceFromCache();
    }
  }
}
