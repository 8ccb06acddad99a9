package org.hscheck.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hscheck.report.DocumentInfo;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import org.hscheck.report.Guideline;
import org.hscheck.report.Report;
import org.hscheck.report.SampleReports;
import org.hscheck.report.Severity;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private final Renderer html = Renderers.forFormat("html");

  private String render(Report r) {
    return new String(html.render(r), StandardCharsets.UTF_8);
  }

  @Test
  void assessedMatchesGolden() {
    Golden.assertMatches("assessed.html", render(SampleReports.assessed()));
  }

  @Test
  void rejectedMatchesGolden() {
    Golden.assertMatches("rejected.html", render(SampleReports.rejected()));
  }

  @Test
  void noTextMatchesGolden() {
    Golden.assertMatches("no-text.html", render(SampleReports.noText()));
  }

  @Test
  void criteriaComeBeforeFindingsAndOutline() {
    String page = render(SampleReports.assessed());
    int table = page.indexOf("<table class=\"criteria\">");
    assertThat(table).isPositive();
    assertThat(page.indexOf("<blockquote>")).isGreaterThan(table);
    assertThat(page.indexOf("Document outline")).isGreaterThan(page.lastIndexOf("<blockquote>"));
    assertThat(page).contains("page not recorded").contains("page 3 · 4 Partnerships &gt; 4.2 Implementing partners");
  }

  @Test
  void isSelfContainedWellFormedAndEscapesText() throws Exception {
    Report base = SampleReports.assessed();
    Finding hostile = new Finding("X-1", "x/<script>", "ACRONYMS", Severity.WARNING,
        "<script>alert('x')</script> & \"quotes\"", "hint\u0001", new Guideline("G & H", "<1>"),
        List.of(new EvidenceRef("<img src=x onerror=alert(1)>", 1, "A > B", 0)));
    Report r = new Report(new DocumentInfo("<b>evil</b>.docx", "00", "DOCX", 1), base.outcome(), null,
        base.ruleSet(), base.criteria(), List.of(hostile), List.of());
    String page = render(r);
    assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>evil")
        .doesNotContain("\u0001").doesNotContain("src=\"http").doesNotContain("<link").contains("&lt;script&gt;");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
  }
}
