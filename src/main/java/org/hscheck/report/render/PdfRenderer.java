package org.hscheck.report.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hscheck.report.Report;

/**
 * The report as a printable PDF for reviewers: the HTML report's content laid out by openhtmltopdf, A4, with
 * "Page X of Y" and the rule set version in every footer. Embeds DejaVu Sans when installed (any script), else
 * the built-in fonts.
 */
final class PdfRenderer implements Renderer {
  private static final File FONTS = new File("/usr/share/fonts/truetype/dejavu");

  @Override
  public byte[] render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    font(b, "DejaVuSans.ttf", "DejaVu Sans", 400, false);
    font(b, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, false);
    font(b, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, true);
    font(b, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, true);
    font(b, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, false);
    b.withHtmlContent(ReportPage.print(report), null);
    b.withProducer("HSCheck");
    b.toStream(out);
    try {
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not lay out the PDF report of " + report.document().name(), e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder b, String file, String family, int weight, boolean italic) {
    File f = new File(FONTS, file);
    if (f.isFile()) {
      b.useFont(f, family, weight, italic ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL,
          true);
    }
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String extension() {
    return "pdf";
  }
}
