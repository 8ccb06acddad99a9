package org.hscheck.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Builds PDFs for the reader tests: text placed line by line with PDFBox's standard fonts. */
final class TestPdfs {
  static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  static final float TOP = 792 - 90;

  private TestPdfs() {}

  /** Writes one line of text with its baseline {@code y} points from the bottom. */
  static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** Running header and "Page n of N" footer, as a word processor repeats them. */
  static void furniture(PDPageContentStream cs, int page, int pages) throws IOException {
    text(cs, REGULAR, 9, 72, 792 - 40, "UN Trust Fund for Human Security - Joint proposal");
    text(cs, REGULAR, 9, 280, 40, "Page " + page + " of " + pages);
  }

  /**
   * A four-page proposal: headings by size, weight and number; paragraphs; a bulleted and a lettered list; an
   * aligned table; a footnote; a two-column page 2; a marker sentence on page 3; bookmarks for the top headings.
   */
  static byte[] proposal() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int pages = 4;
      PDPage[] p = new PDPage[pages];
      for (int i = 0; i < pages; i++) {
        p[i] = new PDPage(PDRectangle.LETTER);
        doc.addPage(p[i]);
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, p[0])) {
        furniture(cs, 1, pages);
        float y = TOP;
        text(cs, BOLD, 18, 72, y, "1 Introduction");
        y -= 30;
        y = paragraph(cs, y, List.of("This joint programme brings together three United Nations agencies",
            "and local partners to protect and empower displaced communities in the",
            "northern provinces."));
        y -= 10;
        text(cs, BOLD, 14, 72, y, "1.1 Background");
        y -= 24;
        y = paragraph(cs, y, List.of("A joint needs assessment was carried out with the communities in 2025."));
        text(cs, REGULAR, 7, 72 + REGULAR.getStringWidth("A joint needs assessment was carried out with the "
            + "communities in 2025.") / 1000 * 11, y + 14 + 4, "1");
        y -= 10;
        text(cs, REGULAR, 11, 72, y, "\u2022 Protection of internally displaced persons");
        y -= 14;
        text(cs, REGULAR, 11, 72, y, "\u2022 Livelihoods for women-headed households");
        y -= 24;
        text(cs, BOLD, 11, 72, y, "Partner");
        text(cs, BOLD, 11, 250, y, "Role");
        text(cs, BOLD, 11, 420, y, "Budget (USD)");
        y -= 14;
        text(cs, REGULAR, 11, 72, y, "UNDP");
        text(cs, REGULAR, 11, 250, y, "Lead agency");
        text(cs, REGULAR, 11, 420, y, "250,000");
        y -= 14;
        text(cs, REGULAR, 11, 72, y, "UN Women");
        text(cs, REGULAR, 11, 250, y, "Participating");
        text(cs, REGULAR, 11, 420, y, "180,000");
        text(cs, REGULAR, 8, 72, 80, "1 Assessment report of the joint mission, March 2025.");
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, p[1])) {
        furniture(cs, 2, pages);
        text(cs, BOLD, 18, 72, TOP, "2 Programme strategy");
        float y = TOP - 30;
        for (int i = 1; i <= 12; i++) {
          // interleaved on purpose: the right column's line is drawn right after the left one
          text(cs, REGULAR, 11, 72, y, "Left column sentence number " + i + " continues");
          text(cs, REGULAR, 11, 320, y, "Right column sentence number " + i + " goes on");
          y -= 14;
        }
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, p[2])) {
        furniture(cs, 3, pages);
        text(cs, BOLD, 14, 72, TOP, "2.1 Implementation");
        paragraph(cs, TOP - 24, List.of("The marker sentence on page three names the coordination committee",
            "that meets every month."));
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, p[3])) {
        furniture(cs, 4, pages);
        text(cs, BOLD, 18, 72, TOP, "3 Monitoring and evaluation");
        float y = paragraph(cs, TOP - 30, List.of("Results are monitored quarterly against the logical framework."));
        y -= 10;
        text(cs, REGULAR, 11, 72, y, "a) baseline survey in the first quarter");
        text(cs, REGULAR, 11, 72, y - 14, "b) final evaluation by an independent team");
      }
      PDDocumentOutline outline = new PDDocumentOutline();
      doc.getDocumentCatalog().setDocumentOutline(outline);
      for (String title : List.of("1 Introduction", "2 Programme strategy", "3 Monitoring and evaluation")) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        outline.addLast(item);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static float paragraph(PDPageContentStream cs, float y, List<String> lines) throws IOException {
    for (String l : lines) {
      text(cs, REGULAR, 11, 72, y, l);
      y -= 14;
    }
    return y;
  }

  /** {@code pages} pages of running text with furniture, for memory and page-cap tests. */
  static byte[] longDocument(int pages) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int n = 1; n <= pages; n++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          furniture(cs, n, pages);
          text(cs, BOLD, 14, 72, TOP, n + " Chapter " + n);
          float y = TOP - 24;
          for (int l = 0; l < 40; l++) {
            text(cs, REGULAR, 11, 72, y, "Line " + l + " of page " + n + " describes activities, partners and "
                + "the expected results of the programme.");
            y -= 14;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
