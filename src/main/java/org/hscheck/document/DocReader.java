package org.hscheck.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads a Word 97-2003 .doc with POI HWPF into the same model as .docx, as far as the format allows:
 * headings from (localised) style names and outline levels, list labels computed from the list tables,
 * tables (nested tables are flattened into their cell's text), footnotes, endnotes and headers/footers.
 * The format records no page numbers, so locations carry none.
 */
final class DocReader {
  private final HWPFDocument doc;
  private final ModelBuilder out;
  private final Map<String, int[]> counters = new HashMap<>();
  private int footnotes;
  private int endnotes;

  private DocReader(HWPFDocument doc, ModelBuilder out) {
    this.doc = doc;
    this.out = out;
  }

  static void read(byte[] bytes, ModelBuilder out) throws IOException {
    HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
    DocReader r = new DocReader(doc, out);
    r.body();
    r.furniture();
  }

  private void body() {
    Range range = doc.getRange();
    int n = range.numParagraphs();
    for (int i = 0; i < n; i++) {
      out.budget().checkTime();
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table t = range.getTable(p);
        out.table(table(t), null);
        int end = t.getEndOffset();
        while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < end) i++;
        notes(t.getStartOffset(), t.getEndOffset());
        continue;
      }
      paragraph(p);
      notes(p.getStartOffset(), p.getEndOffset());
    }
  }

  private void paragraph(Paragraph p) {
    String text = text(p.text());
    if (text.isBlank()) return;
    String style = styleName(p);
    if (style != null && Structure.isTableOfContents(style)) return;
    int level = Structure.headingLevelOfStyle(style);
    if (level == 0 && p.getLvl() >= 0 && p.getLvl() <= 8 && !Structure.isTitleStyle(style)) level = p.getLvl() + 1;
    String label = p.isInList() ? label(p) : null;
    if (level == 0 && label == null) level = Structure.numberedHeadingLevel(text, () -> allBold(p));
    if (level > 0) {
      Structure.Split s = Structure.splitNumber(text);
      boolean numbered = label != null && !label.isBlank();
      out.heading(level, numbered ? Structure.trimNumber(label) : s.number(), numbered ? text : s.text(), null);
    } else if (label != null) {
      out.listItem(label, Math.max(0, p.getIlvl()), text, null);
    } else {
      Structure.Split typed = Structure.typedListLabel(text);
      if (typed != null) out.listItem(typed.number(), 0, typed.text(), null);
      else out.paragraph(text, null);
    }
  }

  private ModelBuilder.TableDraft table(Table t) {
    out.budget().checkDepth(t.getTableLevel());
    List<List<ModelBuilder.CellDraft>> rows = new ArrayList<>();
    boolean header = false;
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      if (r == 0) header = row.isTableHeader();
      List<ModelBuilder.CellDraft> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        out.budget().addCells(1);
        TableCell cell = row.getCell(c);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cell.numParagraphs(); k++) {
          String pt = text(cell.getParagraph(k).text());
          if (!pt.isBlank()) sb.append(sb.isEmpty() ? "" : "\n").append(pt);
        }
        cells.add(new ModelBuilder.CellDraft(sb.toString(), List.of()));
      }
      rows.add(cells);
    }
    return new ModelBuilder.TableDraft(rows, header || Structure.looksLikeHeader(rows) ? 1 : 0);
  }

  /** Emits the footnotes and endnotes anchored in [start, end) after the block that references them. */
  private void notes(int start, int end) {
    emitNotes(doc.getFootnotes(), doc.getFootnoteRange(), Note.Kind.FOOTNOTE, start, end);
    emitNotes(doc.getEndnotes(), doc.getEndnoteRange(), Note.Kind.ENDNOTE, start, end);
  }

  private void emitNotes(Notes notes, Range story, Note.Kind kind, int start, int end) {
    if (notes == null || story == null || notes.getNotesCount() == 0) return;
    String all = story.text();
    for (int i = 0; i < notes.getNotesCount(); i++) {
      int anchor = notes.getNoteAnchorPosition(i);
      if (anchor < start || anchor >= end) continue;
      int s = Math.max(0, Math.min(all.length(), notes.getNoteTextStartOffset(i)));
      int e = Math.max(s, Math.min(all.length(), notes.getNoteTextEndOffset(i)));
      String label = kind == Note.Kind.FOOTNOTE ? String.valueOf(++footnotes)
          : Structure.roman(++endnotes).toLowerCase(java.util.Locale.ROOT);
      out.note(kind, label, text(all.substring(s, e)), null);
    }
  }

  private void furniture() {
    try {
      HeaderStories hs = new HeaderStories(doc);
      for (String h : new String[] {hs.getFirstHeader(), hs.getOddHeader(), hs.getEvenHeader()}) {
        if (h != null) out.header(text(h));
      }
      for (String f : new String[] {hs.getFirstFooter(), hs.getOddFooter(), hs.getEvenFooter()}) {
        if (f != null) out.footer(text(f));
      }
    } catch (RuntimeException e) {
      // a damaged header story loses the furniture, not the body
    }
  }

  private String styleName(Paragraph p) {
    StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
    return sd == null ? null : sd.getName();
  }

  /** The printed label of a list paragraph, counted per list and level in document order. */
  private String label(Paragraph p) {
    HWPFList list;
    try {
      list = p.getList();
    } catch (RuntimeException e) {
      return "";
    }
    if (list == null) return "";
    int lvl = Math.max(0, Math.min(8, p.getIlvl()));
    int[] c = counters.computeIfAbsent("list:" + list.getLsid(), k -> new int[9]);
    c[lvl] = c[lvl] == 0 ? list.getStartAt((char) lvl) : c[lvl] + 1;
    for (int d = lvl + 1; d < 9; d++) c[d] = 0;
    String template = list.getNumberText((char) lvl);
    if (template == null) return "";
    if (list.getNumberFormat((char) lvl) == 23) return bullet(template);
    StringBuilder sb = new StringBuilder();
    for (char ch : template.toCharArray()) {
      if (ch < 9) {
        int v = c[ch] == 0 ? list.getStartAt(ch) : c[ch];
        sb.append(format(v, list.getNumberFormat(ch)));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString().strip();
  }

  private static String format(int v, int nfc) {
    return switch (nfc) {
      case 1 -> Structure.roman(v);
      case 2 -> Structure.roman(v).toLowerCase(java.util.Locale.ROOT);
      case 3 -> Structure.letters(v).toUpperCase(java.util.Locale.ROOT);
      case 4 -> Structure.letters(v);
      case 255 -> "";
      default -> String.valueOf(v);
    };
  }

  private static String bullet(String t) {
    String s = t.strip();
    if (s.isEmpty()) return "•";
    char c = s.charAt(0);
    if (c >= '\uE000' && c <= '\uF8FF' || c == '\u00B7') return "•";
    return s;
  }

  private static boolean allBold(Paragraph p) {
    boolean any = false;
    for (int i = 0; i < p.numCharacterRuns(); i++) {
      var run = p.getCharacterRun(i);
      if (run.text().isBlank()) continue;
      if (!run.isBold()) return false;
      any = true;
    }
    return any;
  }

  /** Drops field codes (keeping their results), cell and paragraph marks. */
  private static String text(String raw) {
    return Range.stripFields(raw).replace('\u0007', ' ').replace('\u000B', '\n');
  }
}
