package org.hscheck.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hscheck.report.SampleReports;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;

class DocxAnnotatorTest {

  /** A proposal laid out like the sample report's evidence: headings, split runs, typographic quotes, a budget table. */
  static byte[] proposal() throws IOException {
    try (XWPFDocument d = new XWPFDocument()) {
      heading(d, "1 Summary", "Heading1");
      d.createParagraph().createRun().setText("A joint programme for migrant communities.");
      heading(d, "3 Needs & context", "Heading1");
      XWPFParagraph split = d.createParagraph();
      split.createRun().setText("A participatory needs assessment will be ");
      var bold = split.createRun();
      bold.setBold(true);
      bold.setText("conducted in the first quarter");
      split.createRun().setText(" of implementation.");
      heading(d, "3.1 Target groups", "Heading2");
      d.createParagraph().createRun().setText("Zürich-based CBOs and Łódź partners – ≥ 5 groups ✓");
      heading(d, "4 Partnerships", "Heading1");
      heading(d, "4.2 Implementing partners", "Heading2");
      d.createParagraph().createRun().setText("UNDP, as lead agency, and IOM will jointly implement the programme.");
      heading(d, "7 Budget", "Heading1");
      XWPFTable t = d.createTable(2, 2);
      t.getRow(0).getCell(0).setText("IOM: Output 2.1 \u201CSafe migration referral\u201D (USD 420,000)");
      t.getRow(0).getCell(1).setText("420,000");
      t.getRow(1).getCell(0).setText("Communication & visibility");
      t.getRow(1).getCell(1).setText("52,000");
      heading(d, "8 Sustainability", "Heading1");
      d.createParagraph().createRun().setText("Results will be reviewed at the end.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      return out.toByteArray();
    }
  }

  private static void heading(XWPFDocument d, String text, String style) {
    XWPFParagraph p = d.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
  }

  /** Every paragraph (table cells included) with the comment texts anchored at it, in document order. */
  static Map<String, List<String>> commentsByParagraph(byte[] docx) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFParagraph> paras = new ArrayList<>();
      walk(d.getBodyElements(), paras);
      for (XWPFParagraph p : paras) {
        List<String> texts = new ArrayList<>();
        for (CTMarkupRange start : p.getCTP().getCommentRangeStartList()) {
          texts.add(d.getDocComments().getCommentByID(start.getId().toString()).getText());
        }
        out.merge(p.getText(), texts, (a, b) -> {
          List<String> all = new ArrayList<>(a);
          all.addAll(b);
          return all;
        });
      }
    }
    return out;
  }

  private static void walk(List<IBodyElement> elements, List<XWPFParagraph> out) {
    for (IBodyElement el : elements) {
      if (el instanceof XWPFParagraph p) out.add(p);
      if (el instanceof XWPFTable t) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) walk(c.getBodyElements(), out);
        }
      }
    }
  }

  @Test
  void commentsSitAtTheEvidenceAndAtTheSectionOfMissingEvidence() throws IOException {
    byte[] original = proposal();
    byte[] copy = original.clone();

    byte[] annotated = Renderers.annotate(original, SampleReports.assessed());

    assertThat(original).isEqualTo(copy);
    Map<String, List<String>> comments = commentsByParagraph(annotated);
    assertThat(comments.get("A participatory needs assessment will be conducted in the first quarter of implementation."))
        .singleElement().asString().contains("JN-001").contains("How to fix: Describe the consultations")
        .contains("Guideline: UNTFHS Guidelines, III.2 Joint needs identification");
    assertThat(comments.get("UNDP, as lead agency, and IOM will jointly implement the programme."))
        .singleElement().asString().contains("MA-001");
    // a met criterion marks only its first quote, so the gaps stand out
    assertThat(comments.get("IOM: Output 2.1 \u201CSafe migration referral\u201D (USD 420,000)")).isEmpty();
    assertThat(comments.get("Communication & visibility")).singleElement().asString().contains("CO-001");
    assertThat(comments.get("Zürich-based CBOs and Łódź partners – ≥ 5 groups ✓")).singleElement().asString()
        .contains("W-001");
    assertThat(comments.get("8 Sustainability")).singleElement().asString().contains("SU-001")
        .contains("Not met: Results last after the funding ends");
    assertThat(comments.get("A joint programme for migrant communities.")).isEmpty();
    Golden.assertMatches("annotated-docx.txt", dump(comments));
  }

  @Test
  void paragraphTextIsUntouched() throws IOException {
    byte[] original = proposal();
    byte[] annotated = Renderers.annotate(original, SampleReports.assessed());
    assertThat(commentsByParagraph(annotated).keySet()).containsExactlyElementsOf(
        commentsByParagraph(original).keySet());
    Path dir = Path.of("target/render-samples");
    Files.createDirectories(dir);
    Files.write(dir.resolve("annotated.docx"), annotated);
  }

  @Test
  void refusesReportsNotAssessedAndOtherFiles() {
    assertThatThrownBy(() -> Renderers.annotate(proposal(), SampleReports.rejected()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("locked.pdf was not assessed");
    byte[] doc = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    assertThatThrownBy(() -> Renderers.annotate(doc, SampleReports.assessed()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only .docx and PDF");
    assertThat(Renderers.annotatable(Arrays.copyOf("%PDF-1.7".getBytes(), 20))).isEqualTo("pdf");
  }

  private static String dump(Map<String, List<String>> comments) {
    StringBuilder b = new StringBuilder();
    comments.forEach((p, cs) -> {
      b.append("¶ ").append(p).append('\n');
      for (String c : cs) b.append("  ✎ ").append(c.replace("\n", "\n    ")).append('\n');
    });
    return b.toString();
  }
}
