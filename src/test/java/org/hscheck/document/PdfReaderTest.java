package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private static ProposalDocument doc;

  @BeforeAll
  static void read() throws Exception {
    doc = DocumentReaders.read(TestPdfs.proposal(), "proposal.docx", ReadLimits.defaults());
  }

  private static Block blockContaining(String s) {
    return doc.blocks().stream().filter(b -> b.text().contains(s)).findFirst().orElseThrow();
  }

  @Test
  void metadata() {
    assertThat(doc.metadata().format()).isEqualTo(Format.PDF);
    assertThat(doc.metadata().pages()).isEqualTo(4);
    assertThat(doc.metadata().language()).isEqualTo("en");
  }

  @Test
  void headingsWithLevelsAndNumbers() {
    assertThat(doc.sections()).extracting(Section::level, Section::number, Section::heading).containsExactly(
        tuple(0, "", ""), tuple(1, "1", "Introduction"), tuple(2, "1.1", "Background"),
        tuple(1, "2", "Programme strategy"), tuple(2, "2.1", "Implementation"),
        tuple(1, "3", "Monitoring and evaluation"));
  }

  @Test
  void textOnPageThreeIsLocatedOnPageThree() {
    Block b = blockContaining("marker sentence on page three");
    assertThat(b.location().page()).isEqualTo(3);
    assertThat(b.location().sectionPath()).containsExactly("2 Programme strategy", "2.1 Implementation");
    assertThat(b.text()).isEqualTo("The marker sentence on page three names the coordination committee "
        + "that meets every month.");
  }

  @Test
  void anAmountBesideAHeadingOfTheOtherColumnIsNotTakenForANoteMark() throws Exception {
    byte[] pdf;
    try (var d = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      d.addPage(page);
      try (var cs = new PDPageContentStream(d, page)) {
        float y = TestPdfs.TOP - 200;
        TestPdfs.text(cs, TestPdfs.BOLD, 16, 72, y, "Budget");
        TestPdfs.text(cs, TestPdfs.REGULAR, 10, 330, y + 3, "IOM");
        TestPdfs.text(cs, TestPdfs.REGULAR, 10, 450, y + 3, "620,000");
        TestPdfs.text(cs, TestPdfs.REGULAR, 10, 72, y - 40, "The budget is shared as the table shows.");
        TestPdfs.text(cs, TestPdfs.REGULAR, 10, 72, y - 60, "See the note on costs.");
        TestPdfs.text(cs, TestPdfs.REGULAR, 6, 170, y - 57, "7");
      }
      d.save(out);
      pdf = out.toByteArray();
    }
    String text = DocumentReaders.read(pdf, "budget.pdf", ReadLimits.defaults()).plainText();
    assertThat(text).contains("620,000").contains("See the note on costs.").doesNotContain("costs.7");
  }

  @Test
  void aBodyLineIsNotJoinedToALargerHeadingSetCloseBesideItInTheOtherColumn() throws Exception {
    byte[] pdf;
    String tight = "offers testing in the health facilities used";
    try (var d = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      d.addPage(page);
      try (var cs = new PDPageContentStream(d, page)) {
        float y = TestPdfs.TOP;
        for (int k = 1; k <= 8; k++) {
          TestPdfs.text(cs, TestPdfs.REGULAR, 10, 72, y - 14 * k, k == 4 ? tight : "Left column line " + k + " of running text here.");
          TestPdfs.text(cs, TestPdfs.REGULAR, 10, 330, y - 14 * k - 60, "Right column line " + k + " of running text too.");
        }
        // the heading starts 1.3 of its own size after the left line ends: wider than a space, narrower than 1.5 sizes
        float end = 72 + TestPdfs.REGULAR.getStringWidth(tight) / 1000 * 10;
        TestPdfs.text(cs, TestPdfs.BOLD, 14, end + 1.3f * 14, y - 14 * 4, "VIII. Partners");
      }
      d.save(out);
      pdf = out.toByteArray();
    }
    ProposalDocument read = DocumentReaders.read(pdf, "columns.pdf", ReadLimits.defaults());
    assertThat(read.plainText()).contains(tight).doesNotContain("used VIII");
  }

  @Test
  void twoColumnPageReadsLeftColumnThenRight() {
    String text = doc.plainText();
    int lastLeft = text.indexOf("Left column sentence number 12");
    int firstRight = text.indexOf("Right column sentence number 1 ");
    assertThat(lastLeft).isPositive();
    assertThat(firstRight).isGreaterThan(lastLeft);
    assertThat(blockContaining("Left column sentence number 1 ").text()).doesNotContain("Right");
  }

  @Test
  void runningHeadersFootersAndPageNumbersRemoved() {
    assertThat(doc.plainText()).doesNotContain("Joint proposal").doesNotContain("Page 2 of 4");
    assertThat(doc.furniture().headers()).containsExactly("UN Trust Fund for Human Security - Joint proposal");
    assertThat(doc.furniture().footers()).hasSize(1).allMatch(f -> f.matches("Page \\d of 4"));
  }

  @Test
  void listItemsWithLabels() {
    List<ListItem> items = doc.blocks().stream().filter(ListItem.class::isInstance).map(ListItem.class::cast).toList();
    assertThat(items).extracting(ListItem::label, ListItem::text).containsExactly(
        tuple("\u2022", "Protection of internally displaced persons"),
        tuple("\u2022", "Livelihoods for women-headed households"),
        tuple("a)", "baseline survey in the first quarter"),
        tuple("b)", "final evaluation by an independent team"));
  }

  @Test
  void alignedTableKeptAsTable() {
    Table t = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    assertThat(t.header()).containsExactly("Partner", "Role", "Budget (USD)");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(2).cells()).extracting(Table.Cell::text).containsExactly("UN Women", "Participating",
        "180,000");
    assertThat(t.location().page()).isEqualTo(1);
  }

  @Test
  void footnoteAtThePageFoot() {
    Note n = (Note) blockContaining("Assessment report of the joint mission");
    assertThat(n.kind()).isEqualTo(Note.Kind.FOOTNOTE);
    assertThat(n.label()).isEqualTo("1");
    assertThat(blockContaining("joint needs assessment").text()).endsWith("communities in 2025.");
  }

  @Test
  void locationsIndexThePlainText() {
    ModelAssertions.assertLocationsConsistent(doc);
  }

  @Test
  void aPageDrawnInSeveralContentStreamsReadsAsOneStreamLeavingOutAPartThatCannotBeDecoded() throws Exception {
    byte[] pdf;
    try (var d = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      d.addPage(page);
      try (var cs = new PDPageContentStream(d, page)) {
        TestPdfs.text(cs, TestPdfs.REGULAR, 11, 72, TestPdfs.TOP, "The first part sets the font and writes a line.");
      }
      // the second part opens a text object in the font the first part named, a broken part follows, the fourth
      // part writes and ends the text object
      String font = page.getResources().getFontNames().iterator().next().getName();
      var parts = new COSArray();
      parts.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
      parts.add(part(d, "BT /" + font + " 11 Tf 72 " + (TestPdfs.TOP - 20) + " Td", null));
      parts.add(part(d, "not deflated at all", COSName.FLATE_DECODE));
      parts.add(part(d, "(The third part writes in the text object the second part opened.) Tj ET", null));
      page.getCOSObject().setItem(COSName.CONTENTS, parts);
      d.save(out);
      pdf = out.toByteArray();
    }
    String text = DocumentReaders.read(pdf, "parts.pdf", ReadLimits.defaults()).plainText();
    assertThat(text).contains("The first part sets the font and writes a line.")
        .contains("The third part writes in the text object the second part opened.");
    try (var d = Loader.loadPDF(pdf)) {
      String bare = new PDFTextStripper().getText(d);
      assertThat(bare).contains("The third part writes in the text object the second part opened.");
    }
  }

  /** A content stream holding {@code content} as it is, declared with {@code filter} (none when null). */
  private static COSStream part(PDDocument d, String content, COSName filter) throws Exception {
    COSStream stream = d.getDocument().createCOSStream();
    try (var raw = stream.createRawOutputStream()) {
      raw.write(content.getBytes(StandardCharsets.US_ASCII));
    }
    if (filter != null) stream.setItem(COSName.FILTER, filter);
    return stream;
  }
}
