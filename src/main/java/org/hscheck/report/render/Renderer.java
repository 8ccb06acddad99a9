package org.hscheck.report.render;

import org.hscheck.report.Report;

/** Renders one report to one output format. */
public interface Renderer {
  /** The report in this renderer's format. */
  byte[] render(Report report);

  /** Media type of the output ("application/json"). */
  String mediaType();

  /** File extension of the output without the dot ("json"). */
  String extension();
}
