package org.hscheck.report.render;

import java.util.List;
import org.hscheck.report.Report;

/** The renderers by format name, the annotators of the applicant's own file and the batch grid. */
public final class Renderers {
  private Renderers() {}

  /** The renderer for "json", "html" or "pdf". */
  public static Renderer forFormat(String format) {
    throw new UnsupportedOperationException("renderers not yet written (issue 6)");
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
