package org.hscheck.samples;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a sample out as a PDF with a text layer: one or two columns ({@code %columns: 2}), a running header, "Page n of
 * N" footers, footnotes at the foot of the page that cites them, bulleted and numbered items and ruled tables whose
 * header row repeats after a break. DejaVu fonts carry the accents of French and Spanish samples.
 */
final class PdfRenderer {
  static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
  private static final float W = PDRectangle.A4.getWidth();
  private static final float H = PDRectangle.A4.getHeight();
  private static final float MARGIN = 56;
  private static final float GUTTER = 18;
  private static final float TOP = H - MARGIN - 10;
  private static final float BOTTOM = MARGIN + 10;

  private final PDDocument doc = new PDDocument();
  private final PDFont regular;
  private final PDFont bold;
  private final SampleSource src;
  private final int columns;
  private final float colWidth;
  private final List<List<String>> pageNotes = new ArrayList<>();
  private PDPageContentStream cs;
  private int column;
  private float y;
  private float columnTop;
  private float reserve;
  private int noteCounter;

  private PdfRenderer(SampleSource src) throws IOException {
    this.src = src;
    this.regular = PDType0Font.load(doc, new File(FONT_DIR + "DejaVuSerif.ttf"));
    this.bold = PDType0Font.load(doc, new File(FONT_DIR + "DejaVuSans-Bold.ttf"));
    this.columns = Integer.parseInt(src.directive("columns", "1"));
    this.colWidth = (W - 2 * MARGIN - (columns - 1) * GUTTER) / columns;
  }

  static byte[] render(SampleSource src) throws IOException {
    PdfRenderer r = new PdfRenderer(src);
    try (r.doc) {
      r.layout();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      r.doc.save(out);
      return out.toByteArray();
    }
  }

  private record Word(String text, boolean bold, boolean superscript) {}

  private void layout() throws IOException {
    newPage();
    String title = src.directive("title", null);
    if (title != null) {
      for (String line : wrap(List.of(new Word(title, true, false)), W - 2 * MARGIN, 16)) {
        text(line, bold, 16, MARGIN, y - 16);
        y -= 21;
      }
      y -= 10;
      columnTop = y;
    }
    int number = 0;
    for (SampleSource.Block b : src.blocks()) {
      if (!(b instanceof SampleSource.Item)) number = 0;
      if (b instanceof SampleSource.PageBreak pb) {
          newPage();
        } else if (b instanceof SampleSource.Heading h) {
          float size = h.level() == 1 ? 13 : h.level() == 2 ? 11.5f : 10.5f;
          List<String> lines = wrap(words(h.text(), true), colWidth, size);
          ensure(lines.size() * (size + 4) + 8 + 3 * 14);
          y -= 8;
          for (String line : lines) {
            text(line, bold, size, x0(), y - size);
            y -= size + 4;
          }
          y -= 2;
        } else if (b instanceof SampleSource.Para p) {
          paragraph(words(p.text(), false), 0, null);
        } else if (b instanceof SampleSource.Item item) {
          number = item.numbered() ? number + 1 : number;
          String label = item.numbered() ? number + "." : item.depth() == 0 ? "•" : "–";
          paragraph(words(item.text(), false), 14 + 14 * item.depth(), label);
        } else if (b instanceof SampleSource.TableBlock t) {
          table(t.rows());
      }
    }
    finishPage();
    int total = doc.getNumberOfPages();
    String header = src.directive("header", null);
    String footer = src.directive("footer", "");
    for (int i = 0; i < total; i++) {
      try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        if (header != null) draw(c, header, regular, 8, W - MARGIN - width(header, regular, 8), H - 34);
        String f = (footer.isEmpty() ? "" : footer + "   ") + "Page " + (i + 1) + " of " + total;
        draw(c, f, regular, 8, (W - width(f, regular, 8)) / 2, 30);
      }
    }
  }

  private List<Word> words(String text, boolean forceBold) {
    List<Word> out = new ArrayList<>();
    for (SampleSource.Span s : SampleSource.spans(text)) {
      if (s.footnote() != null) {
        String body = src.footnotes().get(s.footnote());
        if (body == null) throw new IllegalArgumentException("footnote [^" + s.footnote() + "] has no text");
        int n = ++noteCounter;
        String note = n + " " + body;
        pageNotesPending.add(note);
        if (!out.isEmpty()) {
          Word last = out.remove(out.size() - 1);
          out.add(new Word(last.text() + "\u0000" + n, last.bold(), false));
        } else {
          out.add(new Word("\u0000" + n, false, true));
        }
        continue;
      }
      for (String w : s.text().split("\\s+")) if (!w.isEmpty()) out.add(new Word(w, forceBold || s.bold(), false));
    }
    return out;
  }

  private final List<String> pageNotesPending = new ArrayList<>();

  private void paragraph(List<Word> words, float indent, String label) throws IOException {
    float size = 10;
    float lead = 13.2f;
    List<String> notes = new ArrayList<>(pageNotesPending);
    pageNotesPending.clear();
    float noteHeight = 0;
    for (String n : notes) noteHeight += wrap(List.of(new Word(n, false, false)), colWidth, 7.5f).size() * 9.5f;
    reserve += noteHeight;
    List<List<Word>> lines = wrapWords(words, colWidth - indent, size);
    ensure(Math.min(lines.size(), 2) * lead);
    currentNotes().addAll(notes);
    boolean first = true;
    for (List<Word> line : lines) {
      if (y - lead < BOTTOM + reserve) nextColumn();
      float x = x0() + indent;
      if (first && label != null) text(label, regular, size, x - 11, y - size);
      for (Word w : line) {
        String[] parts = w.text().split("\u0000");
        PDFont f = w.bold() ? bold : regular;
        text(parts[0], f, size, x, y - size);
        x += width(parts[0], f, size);
        if (parts.length > 1) {
          text(parts[1], regular, 6.5f, x + 0.5f, y - size + 4);
          x += width(parts[1], regular, 6.5f) + 1;
        }
        x += width(" ", regular, size);
      }
      y -= lead;
      first = false;
    }
    y -= label == null ? 5 : 2;
  }

  private List<String> currentNotes() {
    return pageNotes.get(pageNotes.size() - 1);
  }

  private void table(List<List<String>> rows) throws IOException {
    int cols = rows.stream().mapToInt(List::size).max().orElse(1);
    float size = 8;
    float[] weight = new float[cols];
    for (List<String> row : rows)
      for (int c = 0; c < row.size(); c++) weight[c] = Math.max(weight[c], Math.min(40, row.get(c).length()) + 4);
    float sum = 0;
    for (float w : weight) sum += w;
    float[] widths = new float[cols];
    for (int c = 0; c < cols; c++) widths[c] = colWidth * weight[c] / sum;
    // as a word processor would: a column at least as wide as its longest word, smaller type when they cannot all fit
    float[] least = leastWidths(rows, cols, size);
    while (sumOf(least) > colWidth && size > 6) least = leastWidths(rows, cols, size -= 0.5f);
    fitWords(widths, least, weight);
    y -= 4;
    List<List<String>> header = cellLines(rows.get(0), widths, size, true);
    for (int i = 0; i < rows.size(); i++) {
      List<List<String>> cells = i == 0 ? header : cellLines(rows.get(i), widths, size, false);
      float h = cells.stream().mapToInt(List::size).max().orElse(1) * (size + 2.5f) + 4;
      if (y - h < BOTTOM + reserve) {
        nextColumn();
        if (i > 0) drawRow(header, widths, size, true);
      }
      drawRow(cells, widths, size, i == 0);
    }
    y -= 8;
  }

  /** Each column's longest word, padding included. */
  private float[] leastWidths(List<List<String>> rows, int cols, float size) {
    float[] least = new float[cols];
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        for (String w : SampleSource.plain(row.get(c)).split("\\s+")) {
          least[c] = Math.max(least[c], width(w, r == 0 ? bold : regular, size) + 7);
        }
      }
    }
    return least;
  }

  private static float sumOf(float[] a) {
    float s = 0;
    for (float x : a) s += x;
    return s;
  }

  /**
   * Widens each column narrower than its longest word to that width, sharing what is left of the text column among the
   * others by weight; the widths are left as they are when every word fits.
   */
  private void fitWords(float[] widths, float[] least, float[] weight) {
    boolean[] fixed = new boolean[widths.length];
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int c = 0; c < widths.length; c++) {
        if (!fixed[c] && widths[c] < least[c]) {
          fixed[c] = true;
          changed = true;
        }
      }
      if (!changed) break;
      float left = colWidth;
      float weights = 0;
      for (int c = 0; c < widths.length; c++) {
        if (fixed[c]) left -= least[c]; else weights += weight[c];
      }
      for (int c = 0; c < widths.length; c++) widths[c] = fixed[c] ? least[c] : Math.max(0, left) * weight[c] / weights;
    }
  }

  private List<List<String>> cellLines(List<String> row, float[] widths, float size, boolean head) {
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      String cell = c < row.size() ? SampleSource.plain(row.get(c)) : "";
      out.add(wrap(List.of(new Word(cell, head, false)), widths[c] - 6, size));
    }
    return out;
  }

  private void drawRow(List<List<String>> cells, float[] widths, float size, boolean head) throws IOException {
    float h = cells.stream().mapToInt(List::size).max().orElse(1) * (size + 2.5f) + 4;
    float x = x0();
    for (int c = 0; c < widths.length; c++) {
      cs.addRect(x, y - h, widths[c], h);
      float ty = y - size - 1.5f;
      for (String line : cells.get(c)) {
        text(line, head ? bold : regular, size, x + 3, ty);
        ty -= size + 2.5f;
      }
      x += widths[c];
    }
    cs.setLineWidth(0.4f);
    cs.stroke();
    y -= h;
  }

  private List<String> wrap(List<Word> words, float width, float size) {
    List<Word> split = new ArrayList<>();
    for (Word w : words) for (String s : w.text().split("\\s+")) if (!s.isEmpty()) split.add(new Word(s, w.bold(), false));
    List<String> out = new ArrayList<>();
    for (List<Word> line : wrapWords(split, width, size)) {
      StringBuilder sb = new StringBuilder();
      for (Word w : line) sb.append(sb.length() == 0 ? "" : " ").append(w.text());
      out.add(sb.toString());
    }
    if (out.isEmpty()) out.add("");
    return out;
  }

  private List<List<Word>> wrapWords(List<Word> words, float width, float size) {
    List<List<Word>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    float used = 0;
    float space = width(" ", regular, size);
    for (Word w : words) {
      float ww = width(w.text().replace("\u0000", ""), w.bold() ? bold : regular, size);
      if (!line.isEmpty() && used + space + ww > width) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
      }
      used += (line.isEmpty() ? 0 : space) + ww;
      line.add(w);
    }
    if (!line.isEmpty()) lines.add(line);
    return lines;
  }

  private float x0() {
    return MARGIN + column * (colWidth + GUTTER);
  }

  private void ensure(float height) throws IOException {
    if (y - height < BOTTOM + reserve) nextColumn();
  }

  private void nextColumn() throws IOException {
    if (column + 1 < columns) {
      column++;
      y = columnTop;
    } else {
      newPage();
    }
  }

  private void newPage() throws IOException {
    finishPage();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    pageNotes.add(new ArrayList<>());
    column = 0;
    y = TOP;
    columnTop = TOP;
    reserve = 0;
  }

  private void finishPage() throws IOException {
    if (cs == null) return;
    List<String> notes = currentNotes();
    if (!notes.isEmpty()) {
      float ny = BOTTOM - 4;
      List<String> all = new ArrayList<>();
      for (String n : notes) all.addAll(wrap(List.of(new Word(n, false, false)), W - 2 * MARGIN, 7.5f));
      ny += all.size() * 9.5f;
      cs.moveTo(MARGIN, ny + 4);
      cs.lineTo(MARGIN + 120, ny + 4);
      cs.setLineWidth(0.4f);
      cs.stroke();
      for (String line : all) {
        text(line, regular, 7.5f, MARGIN, ny - 7.5f);
        ny -= 9.5f;
      }
    }
    cs.close();
    cs = null;
  }

  private void text(String s, PDFont font, float size, float x, float ty) throws IOException {
    draw(cs, s, font, size, x, ty);
  }

  private static void draw(PDPageContentStream c, String s, PDFont font, float size, float x, float ty) throws IOException {
    if (s.isEmpty()) return;
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, ty);
    c.showText(s);
    c.endText();
  }

  private static float width(String s, PDFont font, float size) {
    try {
      return font.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new IllegalStateException("cannot measure '" + s + "'", e);
    }
  }
}
