package org.hscheck.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hscheck.report.SampleReports;
import org.junit.jupiter.api.Test;

class PdfAnnotatorTest {
  private static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  /** Nine pages placing the sample report's quotes on the pages it names; a decoy of one quote on page 2. */
  static byte[] proposal() throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDFont font = PDType0Font.load(d, DEJAVU);
      String[][] pages = {
          {"1 Summary", "A joint programme for migrant communities."},
          {"2 Background", "In a past project a participatory needs assessment will be conducted in the first "
              + "quarter of implementation."},
          {"4.2 Implementing partners", "UNDP, as lead agency, and IOM will jointly implement the programme."},
          {"3.1 Target groups", "Zürich-based CBOs and Łódź partners – ≥ 5 groups ✓"},
          {"3 Needs & context", "A participatory needs assessment will be conducted in the", "first quarter of "
              + "implementation."},
          {"5"}, {"6"}, {"7"},
          {"7 Budget", "IOM: Output 2.1 \"Safe migration referral\" (USD 420,000)", "Communication & visibility   "
              + "52,000"}};
      for (String[] lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        d.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
          float y = 760;
          for (String line : lines) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(72, y);
            cs.showText(line);
            cs.endText();
            y -= 16;
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void highlightsSitOnTheQuotesOnTheirPagesWithNotesBeside() throws IOException {
    byte[] original = proposal();
    byte[] copy = original.clone();

    byte[] annotated = Renderers.annotate(original, SampleReports.assessed());

    assertThat(original).isEqualTo(copy);
    Path dir = Path.of("target/render-samples");
    Files.createDirectories(dir);
    Files.write(dir.resolve("annotated.pdf"), annotated);
    try (PDDocument d = Loader.loadPDF(annotated)) {
      assertThat(highlights(d, 2)).isEmpty();
      PDAnnotationHighlight needs = highlights(d, 5).get(0);
      assertThat(needs.getContents()).contains("JN-001").contains("How to fix:");
      assertThat(needs.getQuadPoints()).hasSize(16);
      PDRectangle r = needs.getRectangle();
      assertThat(r.getLowerLeftX()).isBetween(64f, 73f);
      assertThat(r.getLowerLeftY()).isBetween(718f, 730f);
      assertThat(r.getUpperRightY()).isBetween(748f, 762f);
      assertThat(highlights(d, 3)).singleElement().satisfies(h -> assertThat(h.getContents()).contains("MA-001"));
      assertThat(highlights(d, 4)).singleElement().satisfies(h -> assertThat(h.getContents()).contains("W-001"));
      assertThat(highlights(d, 9)).singleElement().satisfies(h -> assertThat(h.getContents()).contains("CO-001"));
      assertThat(notes(d, 1)).singleElement().satisfies(n -> assertThat(n.getContents()).contains("SU-001"));
      assertThat(notes(d, 5)).singleElement().satisfies(n -> assertThat(n.getContents()).contains("JN-001"));
      assertThat(new PDFTextStripper().getText(d)).isEqualTo(new PDFTextStripper().getText(Loader.loadPDF(original)));
      Golden.assertMatches("annotated-pdf.txt", dump(d));
    }
  }

  @Test
  void quoteNotFoundBecomesANoteAtTheTopOfItsPage() throws IOException {
    byte[] bare;
    try (PDDocument d = new PDDocument()) {
      for (int i = 0; i < 6; i++) d.addPage(new PDPage(PDRectangle.A4));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      bare = out.toByteArray();
    }
    try (PDDocument d = Loader.loadPDF(Renderers.annotate(bare, SampleReports.assessed()))) {
      assertThat(highlights(d, 5)).isEmpty();
      PDAnnotationText note = notes(d, 5).get(0);
      assertThat(note.getContents()).contains("JN-001");
      assertThat(note.getRectangle().getUpperRightY()).isGreaterThan(PDRectangle.A4.getHeight() - 40);
    }
  }

  private static List<PDAnnotationHighlight> highlights(PDDocument d, int page) throws IOException {
    return d.getPage(page - 1).getAnnotations().stream().filter(PDAnnotationHighlight.class::isInstance)
        .map(PDAnnotationHighlight.class::cast).toList();
  }

  private static List<PDAnnotationText> notes(PDDocument d, int page) throws IOException {
    return d.getPage(page - 1).getAnnotations().stream().filter(PDAnnotationText.class::isInstance)
        .map(PDAnnotationText.class::cast).toList();
  }

  private static String dump(PDDocument d) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < d.getNumberOfPages(); i++) {
      for (PDAnnotation a : d.getPage(i).getAnnotations()) {
        PDRectangle r = a.getRectangle();
        b.append("page ").append(i + 1).append(' ').append(a.getSubtype()).append(String.format(Locale.ROOT,
            " [%.0f %.0f %.0f %.0f] ", r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY()))
            .append(a.getContents().lines().reduce((x, y) -> y).orElse("")).append('\n');
      }
    }
    return b.toString();
  }
}
