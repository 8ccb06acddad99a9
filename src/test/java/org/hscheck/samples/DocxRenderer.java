package org.hscheck.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a sample to .docx as Word would save it: heading styles with outline levels (localised style ids where the
 * sample says {@code %styles: fr}), a title, real bullet and decimal numbering, tables, footnotes, header and footer
 * with a PAGE field.
 */
final class DocxRenderer {
  private DocxRenderer() {}

  static byte[] render(SampleSource src) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      boolean french = "fr".equals(src.directive("styles", "en"));
      String headingId = french ? "Titre" : "Heading";
      addStyles(doc, headingId);
      BigInteger bullets = addNumbering(doc, STNumberFormat.BULLET);
      BigInteger decimals = addNumbering(doc, STNumberFormat.DECIMAL);
      Map<String, XWPFFootnote> notes = new HashMap<>();

      String header = src.directive("header", null);
      if (header != null) {
        XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = h.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun r = p.createRun();
        r.setText(header);
        r.setFontSize(8);
      }
      String footer = src.directive("footer", null);
      if (footer != null) {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setText(footer + " | ");
        r.setFontSize(8);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
      }
      String title = src.directive("title", null);
      if (title != null) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Title");
        XWPFRun r = p.createRun();
        r.setText(title);
        r.setBold(true);
        r.setFontSize(18);
      }
      boolean pendingBreak = false;
      for (SampleSource.Block b : src.blocks()) {
        if (b instanceof SampleSource.PageBreak pb) {
            pendingBreak = true;
          } else if (b instanceof SampleSource.Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(headingId + Math.min(h.level(), 3));
            if (pendingBreak) p.setPageBreak(true);
            XWPFRun r = p.createRun();
            r.setText(SampleSource.plain(h.text()));
            pendingBreak = false;
          } else if (b instanceof SampleSource.Para para) {
            XWPFParagraph p = doc.createParagraph();
            if (pendingBreak) p.setPageBreak(true);
            pendingBreak = false;
            p.setSpacingAfter(120);
            runs(doc, p, para.text(), src, notes);
          } else if (b instanceof SampleSource.Item item) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("ListParagraph");
            p.setNumID(item.numbered() ? decimals : bullets);
            p.setNumILvl(BigInteger.valueOf(item.depth()));
            runs(doc, p, item.text(), src, notes);
          } else if (b instanceof SampleSource.TableBlock t) {
            if (pendingBreak) {
              doc.createParagraph().createRun().addBreak(BreakType.PAGE);
              pendingBreak = false;
            }
            int cols = t.rows().stream().mapToInt(java.util.List::size).max().orElse(1);
            XWPFTable table = doc.createTable(t.rows().size(), cols);
            table.setWidth("100%");
            for (int i = 0; i < t.rows().size(); i++) {
              XWPFTableRow row = table.getRow(i);
              if (i == 0) row.setRepeatHeader(true);
              for (int c = 0; c < cols; c++) {
                String cell = c < t.rows().get(i).size() ? t.rows().get(i).get(c) : "";
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                for (SampleSource.Span s : SampleSource.spans(cell)) {
                  XWPFRun r = p.createRun();
                  r.setText(s.text());
                  r.setFontSize(9);
                  r.setBold(s.bold() || i == 0);
                }
              }
            }
            doc.createParagraph();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void runs(XWPFDocument doc, XWPFParagraph p, String text, SampleSource src,
                           Map<String, XWPFFootnote> notes) {
    for (SampleSource.Span s : SampleSource.spans(text)) {
      if (s.footnote() != null) {
        String body = src.footnotes().get(s.footnote());
        if (body == null) throw new IllegalArgumentException("footnote [^" + s.footnote() + "] has no text");
        XWPFFootnote note = notes.computeIfAbsent(s.footnote(), k -> {
          XWPFFootnote fn = doc.createFootnote();
          XWPFParagraph fp = fn.createParagraph();
          XWPFRun fr = fp.createRun();
          fr.setText(body);
          fr.setFontSize(8);
          return fn;
        });
        p.addFootnoteReference(note);
      } else {
        XWPFRun r = p.createRun();
        r.setText(s.text());
        if (s.bold()) r.setBold(true);
      }
    }
  }

  private static void addStyles(XWPFDocument doc, String headingId) {
    XWPFStyles styles = doc.createStyles();
    styles.addStyle(style("Title", "Title", -1, 36));
    for (int level = 1; level <= 3; level++) {
      styles.addStyle(style(headingId + level, "heading " + level, level - 1, 32 - 4 * level));
    }
    styles.addStyle(style("ListParagraph", "List Paragraph", -1, 0));
  }

  private static XWPFStyle style(String id, String name, int outline, int halfPoints) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    ct.addNewQFormat();
    if (outline >= 0) {
      ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      ct.addNewNext().setVal("Normal");
    }
    if (halfPoints > 0) {
      var rpr = ct.addNewRPr();
      rpr.addNewB();
      rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }
    return new XWPFStyle(ct);
  }

  private static BigInteger addNumbering(XWPFDocument doc, STNumberFormat.Enum format) {
    XWPFNumbering numbering = doc.createNumbering();
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
    for (int level = 0; level < 2; level++) {
      CTLvl lvl = abs.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(format);
      lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? (level == 0 ? "•" : "–") : "%" + (level + 1) + ".");
      var ind = lvl.addNewPPr().addNewInd();
      ind.setLeft(BigInteger.valueOf(720L * (level + 1)));
      ind.setHanging(BigInteger.valueOf(360));
    }
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }
}
