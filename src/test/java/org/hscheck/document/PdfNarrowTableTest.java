package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * A budget table in one narrow column of a two-column page, as word processors set it: cells close together, cells
 * wrapping onto a second line, and the table going on at the top of the next page under a repeat of its header.
 */
class PdfNarrowTableTest {
  private static final float SIZE = 8;
  private static final float AGENCY = 310;
  /** Close to the agency column: "Agency" and "Components" are 1.0 font size apart, less than between words of a cell. */
  private static final float COMPONENTS = 345;

  @Test
  void aNarrowTableBrokenAcrossPagesReadsAsOneTable() throws Exception {
    Table t = onlyTable(DocumentReaders.read(twoPages(), "narrow.pdf", ReadLimits.defaults()));
    assertThat(t.header()).containsExactly("Agency", "Components", "Amount (USD)");
    assertThat(t.rows()).extracting(r -> r.cells().stream().map(Table.Cell::text).toList()).containsExactly(
        List.of("Agency", "Components", "Amount (USD)"),
        List.of("UNDP", "Early warning and village courts", "1,180,000"),
        List.of("UN Women", "Referral pathway, women's leadership", "640,000"),
        List.of("WFP", "Savings groups", "780,000"),
        List.of("Grand total", "", "2,600,000"));
    assertThat(t.location().page()).isEqualTo(1);
  }

  @Test
  void aFirstRowWhoseCellsMeetStillFollowsItsHeader() throws Exception {
    Table t = onlyTable(DocumentReaders.read(categoryTable(), "category.pdf", ReadLimits.defaults()));
    assertThat(t.rows()).extracting(r -> r.cells().stream().map(Table.Cell::text).toList()).containsExactly(
        List.of("Category", "Amount"),
        List.of("Staff (coordinator, focal points, field staff)", "318,000"),
        List.of("Medical care", "296,000"),
        List.of("Total", "614,000"));
  }

  /**
   * A two-column table under running text whose first row's label fills its cell: 1.2 font sizes from the amount,
   * closer than a wide gap, so that the row is one chunk; rows set 2 font sizes apart, as with cell padding.
   */
  private static byte[] categoryTable() throws IOException {
    float amount = 59 + TestPdfs.REGULAR.getStringWidth("Staff (coordinator, focal points,") / 1000 * SIZE + 9.6f;
    return labelAmountTable(true, 300, amount, 16, new String[][] {{"Category", "Amount"},
        {"Staff (coordinator, focal points,", "318,000"}, {"field staff)", ""}, {"Medical care", "296,000"},
        {"Total", "614,000"}});
  }

  @Test
  void aWrappedCellLineOnAPageThatHoldsOnlyTheTableStaysInItsRow() throws Exception {
    Table t = onlyTable(DocumentReaders.read(tableAlone(), "alone.pdf", ReadLimits.defaults()));
    assertThat(t.rows()).extracting(r -> r.cells().stream().map(Table.Cell::text).toList()).containsExactly(
        List.of("Category", "Amount"),
        List.of("Supplies (seeds, veterinary inputs, roofing sheets, greenhouses)", "1,080,000"),
        List.of("Equipment", "262,500"),
        List.of("Total", "1,342,500"));
  }

  /** A page holding only a table, its cells 3 points in from the rule, so that the page's left edge is theirs. */
  private static byte[] tableAlone() throws IOException {
    return labelAmountTable(false, TestPdfs.TOP, 432, 14.5f, new String[][] {{"Category", "Amount"},
        {"Supplies (seeds, veterinary inputs, roofing sheets,", "1,080,000"}, {"greenhouses)", ""}, {"Equipment", "262,500"},
        {"Total", "1,342,500"}});
  }

  /**
   * One page with a table of labels (3 points in from the column edge) and amounts from {@code top} down, under
   * running text in two columns when {@code prose}: a row whose amount is empty is the wrapped line of the row above,
   * set at line spacing under it; rows are {@code rowGap} apart.
   */
  private static byte[] labelAmountTable(boolean prose, float top, float amount, float rowGap, String[][] rows)
      throws IOException {
    try (var d = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      d.addPage(page);
      try (var cs = new PDPageContentStream(d, page)) {
        if (prose) prose(cs, 1, TestPdfs.TOP);
        float y = top;
        for (int i = 0; i < rows.length; i++) {
          TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, 59, y, rows[i][0]);
          if (!rows[i][1].isEmpty()) TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, amount, y, rows[i][1]);
          y -= i + 1 < rows.length && rows[i + 1][1].isEmpty() ? 10.5f : rowGap;
        }
      }
      d.save(out);
      return out.toByteArray();
    }
  }

  private static Table onlyTable(ProposalDocument doc) {
    List<Table> tables = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertThat(tables).as(tables.stream().map(Table::text).toList().toString()).hasSize(1);
    return tables.get(0);
  }

  private static byte[] twoPages() throws IOException {
    try (var d = new PDDocument(); var out = new ByteArrayOutputStream()) {
      // the amount column starts 6 points (0.75 font size) after the longest components text
      float amount = COMPONENTS + TestPdfs.REGULAR.getStringWidth("Referral pathway, women's") / 1000 * SIZE + 6;
      var one = new PDPage();
      d.addPage(one);
      try (var cs = new PDPageContentStream(d, one)) {
        prose(cs, 1, TestPdfs.TOP);
        float y = 200;
        row(cs, y, amount, "Agency", "Components", "Amount");
        row(cs, y - 10.5f, amount, "", "", "(USD)");
        row(cs, y - 25, amount, "UNDP", "Early warning and", "1,180,000");
        row(cs, y - 35.5f, amount, "", "village courts", "");
        row(cs, y - 50, amount, "UN", "Referral pathway, women's", "640,000");
        row(cs, y - 60.5f, amount, "Women", "leadership", "");
      }
      var two = new PDPage();
      d.addPage(two);
      try (var cs = new PDPageContentStream(d, two)) {
        float y = TestPdfs.TOP;
        float shift = 56 - AGENCY;
        row(cs, y, amount + shift, shift, "Agency", "Components", "Amount");
        row(cs, y - 10.5f, amount + shift, shift, "", "", "(USD)");
        row(cs, y - 25, amount + shift, shift, "WFP", "Savings groups", "780,000");
        row(cs, y - 39.5f, amount + shift, shift, "Grand total", "", "2,600,000");
        prose(cs, 2, y - 120);
      }
      d.save(out);
      return out.toByteArray();
    }
  }

  private static void row(PDPageContentStream cs, float y, float amount, String a, String b, String c) throws IOException {
    row(cs, y, amount, 0, a, b, c);
  }

  private static void row(PDPageContentStream cs, float y, float amount, float shift, String a, String b, String c)
      throws IOException {
    if (!a.isEmpty()) TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, AGENCY + shift, y, a);
    if (!b.isEmpty()) TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, COMPONENTS + shift, y, b);
    if (!c.isEmpty()) TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, amount, y, c);
  }

  /** Twelve lines of running text in each column, so that the page reads as two columns. */
  private static void prose(PDPageContentStream cs, int page, float top) throws IOException {
    for (int i = 0; i < 12; i++) {
      TestPdfs.text(cs, TestPdfs.REGULAR, 10, 56, top - 14 * i, "Page " + page + " left column line " + (i + 1)
          + " of the running text.");
      TestPdfs.text(cs, TestPdfs.REGULAR, 10, AGENCY, top - 14 * i, "Page " + page + " right column line " + (i + 1)
          + " of the running text.");
    }
  }
}
