package org.hscheck.report.render;

import java.util.List;
import java.util.Locale;
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

  /** The applicant's own .docx or .pdf with the findings as comments or annotations at the evidence. */
  public static byte[] annotate(byte[] original, Report report) {
    throw new UnsupportedOperationException("annotators not yet written (issue 6)");
  }

  /** A proposals x criteria grid, "xlsx" or "csv". */
  public static byte[] grid(List<Report> reports, String format) {
    throw new UnsupportedOperationException("grid not yet written (issue 6)");
  }
}
