package org.hscheck.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds small Word documents for the reader tests. */
final class TestDocs {
  private TestDocs() {}

  /**
   * A French-styled proposal: "Titre 1"/"Título 1"/"Überschrift 2" headings, an outline-level heading,
   * a bold numbered heading without a style, a numbered list with a nested lettered level, a nested table,
   * a footnote, a running header and footer, and a rendered page break before the last section.
   */
  static byte[] proposalDocx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = doc.createStyles();
      style(styles, "Titre1", "Titre 1");
      style(styles, "Ttulo1", "Título 1");
      style(styles, "berschrift2", "Überschrift 2");
      BigInteger list = numbering(doc.createNumbering());

      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Projet HSCheck – en-tête");
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1");

      para(doc, null, "Proposition conjointe des agences pour la sécurité humaine.");
      para(doc, "Titre1", "1 Contexte");
      para(doc, null, "La région est touchée par une crise prolongée et les communautés sont exposées.");
      XWPFParagraph cited = para(doc, null, "Une évaluation conjointe des besoins a été menée en 2025.");
      XWPFFootnote fn = doc.createFootnote();
      fn.createParagraph().createRun().setText("Rapport d'évaluation, mars 2025.");
      cited.createRun().getCTR().addNewFootnoteReference().setId(fn.getId());
      para(doc, "berschrift2", "1.1 Besoins identifiés");
      XWPFParagraph outlined = para(doc, null, "Populations ciblées");
      outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
      listItem(doc, list, 0, "Protection des personnes déplacées");
      listItem(doc, list, 1, "Enregistrement des familles");
      listItem(doc, list, 1, "Accès aux services");
      listItem(doc, list, 0, "Autonomisation des femmes");

      XWPFParagraph numbered = doc.createParagraph();
      XWPFRun nr = numbered.createRun();
      nr.setBold(true);
      nr.setText("3.2 Partenaires de mise en œuvre");

      XWPFTable t = doc.createTable(3, 2);
      cell(t, 0, 0, "Partenaire", true);
      cell(t, 0, 1, "Budget (USD)", true);
      cell(t, 1, 0, "PNUD", false);
      cell(t, 1, 1, "250 000", false);
      cell(t, 2, 0, "ONU Femmes", false);
      cell(t, 2, 1, "", false);
      XWPFTableCell host = t.getRow(2).getCell(1);
      XWPFTable inner = new XWPFTable(host.getCTTc().addNewTbl(), host, 2, 2);
      host.insertTable(0, inner);
      inner.getRow(0).getCell(0).setText("Phase 1");
      inner.getRow(0).getCell(1).setText("120 000");
      inner.getRow(1).getCell(0).setText("Phase 2");
      inner.getRow(1).getCell(1).setText("130 000");

      XWPFParagraph broken = doc.createParagraph();
      broken.setStyle("Ttulo1");
      XWPFRun br = broken.createRun();
      br.getCTR().addNewLastRenderedPageBreak();
      br.setText("4 Presupuesto");
      para(doc, null, "El presupuesto total es de 500 000 dólares.");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void style(XWPFStyles styles, String id, String name) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    styles.addStyle(new XWPFStyle(s, styles));
  }

  private static BigInteger numbering(XWPFNumbering numbering) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ZERO);
    level(abs, 0, STNumberFormat.DECIMAL, "%1.");
    level(abs, 1, STNumberFormat.LOWER_LETTER, "%2)");
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }

  private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
    CTLvl l = abs.addNewLvl();
    l.setIlvl(BigInteger.valueOf(ilvl));
    l.addNewNumFmt().setVal(fmt);
    l.addNewLvlText().setVal(text);
    l.addNewStart().setVal(BigInteger.ONE);
  }

  private static XWPFParagraph para(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) p.setStyle(style);
    p.createRun().setText(text);
    return p;
  }

  private static void listItem(XWPFDocument doc, BigInteger numId, int ilvl, String text) {
    XWPFParagraph p = para(doc, null, text);
    p.setNumID(numId);
    p.setNumILvl(BigInteger.valueOf(ilvl));
  }

  private static void cell(XWPFTable t, int r, int c, String text, boolean bold) {
    XWPFParagraph p = t.getRow(r).getCell(c).getParagraphArray(0);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setText(text);
  }
}
