package org.hscheck.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hscheck.report.Report;
import org.hscheck.report.SampleReports;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private final Renderer json = Renderers.forFormat("json");

  private String render(Report r) {
    return new String(json.render(r), StandardCharsets.UTF_8);
  }

  @Test
  void assessedMatchesGolden() {
    Golden.assertMatches("assessed.json", render(SampleReports.assessed()));
  }

  @Test
  void rejectedMatchesGolden() {
    Golden.assertMatches("rejected.json", render(SampleReports.rejected()));
  }

  @Test
  void noTextMatchesGolden() {
    Golden.assertMatches("no-text.json", render(SampleReports.noText()));
  }

  @Test
  void namesItsMediaTypeAndExtension() {
    assertThat(json.mediaType()).isEqualTo("application/json");
    assertThat(json.extension()).isEqualTo("json");
  }
}
