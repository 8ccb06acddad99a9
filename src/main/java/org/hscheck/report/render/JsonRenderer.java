package org.hscheck.report.render;

import org.hscheck.report.Report;
import org.hscheck.report.ReportJson;

/** The report as the JSON of report-contract.md. */
final class JsonRenderer implements Renderer {
  @Override
  public byte[] render(Report report) {
    return ReportJson.writeBytes(report);
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String extension() {
    return "json";
  }
}
