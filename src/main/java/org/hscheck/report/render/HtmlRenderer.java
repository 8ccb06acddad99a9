package org.hscheck.report.render;

import java.nio.charset.StandardCharsets;
import org.hscheck.report.Report;

/** The report as one self-contained HTML page: inline CSS, no external assets. */
final class HtmlRenderer implements Renderer {
  @Override
  public byte[] render(Report report) {
    return ReportPage.screen(report).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  @Override
  public String extension() {
    return "html";
  }
}
