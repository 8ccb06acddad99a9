package org.hscheck.report.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;

/** The renderers by format name, the annotators of the applicant's own file and the batch grid. */
public final class Renderers {
  private Renderers() {}

  /**
   * The renderer for "json", "html" or "pdf".
   *
   * @throws IllegalArgumentException naming the format when it is none of these
   */
  public static Renderer forFormat(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> new JsonRenderer();
      case "html" -> new HtmlRenderer();
      case "pdf" -> new PdfRenderer();
      default -> throw new IllegalArgumentException("unknown report format '" + format + "': use json, html or pdf");
    };
  }

  /**
   * The applicant's own .docx or .pdf with the findings as Word comments or PDF annotations at the evidence, and
   * notes at the section where missing evidence belongs. Returns new bytes; the original is not changed.
   *
   * @throws IllegalArgumentException when the report was not assessed or the file is neither .docx nor PDF
   */
  public static byte[] annotate(byte[] original, Report report) {
    if (report.outcome() != Outcome.ASSESSED) {
      throw new IllegalArgumentException("nothing to annotate: " + report.document().name() + " was not assessed ("
          + report.outcome() + ")");
    }
    return switch (annotatable(original)) {
      case "pdf" -> PdfAnnotator.annotate(original, report);
      case "docx" -> DocxAnnotator.annotate(original, report);
      default -> throw new IllegalArgumentException("cannot annotate " + report.document().name()
          + ": only .docx and PDF files can carry comments");
    };
  }

  /** "docx" or "pdf" when {@link #annotate} can mark up these bytes, else "" (judged by content, not name). */
  public static String annotatable(byte[] original) {
    String head = new String(original, 0, Math.min(original.length, 1024), StandardCharsets.ISO_8859_1);
    if (head.contains("%PDF-")) return "pdf";
    if (original.length >= 4 && original[0] == 'P' && original[1] == 'K' && original[2] == 3 && original[3] == 4) {
      return "docx";
    }
    return "";
  }

  /**
   * A proposals x criteria grid of a batch, "xlsx" or "csv".
   *
   * @throws IllegalArgumentException naming the format when it is neither
   */
  public static byte[] grid(List<Report> reports, String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> Grid.csv(reports);
      case "xlsx" -> Grid.xlsx(reports);
      default -> throw new IllegalArgumentException("unknown grid format '" + format + "': use csv or xlsx");
    };
  }
}
