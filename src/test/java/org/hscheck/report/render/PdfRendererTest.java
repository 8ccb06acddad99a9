package org.hscheck.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hscheck.report.Report;
import org.hscheck.report.SampleReports;
import org.junit.jupiter.api.Test;

/** The PDF's bytes carry dates and ids, so its golden file is the text PDFBox reads back, page by page. */
class PdfRendererTest {
  private final Renderer pdf = Renderers.forFormat("pdf");

  private String text(Report r) throws IOException {
    byte[] bytes = pdf.render(r);
    Path dir = Path.of("target/render-samples");
    Files.createDirectories(dir);
    Files.write(dir.resolve(r.document().name() + ".pdf"), bytes);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setPageEnd("\n--- page end ---\n");
      return s.getText(doc);
    }
  }

  @Test
  void assessedMatchesGolden() throws IOException {
    String text = text(SampleReports.assessed());
    Golden.assertMatches("assessed.pdf.txt", text);
    assertThat(text).contains("Page 1 of ").contains("HSCheck · rule set 2026.11.1").contains("Łódź");
  }

  @Test
  void rejectedMatchesGolden() throws IOException {
    String text = text(SampleReports.rejected());
    Golden.assertMatches("rejected.pdf.txt", text);
    assertThat(text).contains("Page 1 of 1").contains("ENCRYPTED");
  }

  @Test
  void noTextMatchesGolden() throws IOException {
    Golden.assertMatches("no-text.pdf.txt", text(SampleReports.noText()));
  }
}
