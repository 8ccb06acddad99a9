package org.hscheck.submission;

import org.hscheck.report.Report;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The stored JSON of a report. */
final class ReportCodec {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ReportCodec() {}

  static String write(Report report) {
    return MAPPER.writeValueAsString(report);
  }

  static Report read(String json) {
    return MAPPER.readValue(json, Report.class);
  }
}
