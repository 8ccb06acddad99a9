package org.hscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  @Test
  void readsBackWhatItWrites() {
    for (Report r : List.of(SampleReports.assessed(), SampleReports.rejected(), SampleReports.noText())) {
      assertThat(ReportJson.read(ReportJson.write(r))).isEqualTo(r);
    }
  }

  @Test
  void writesFieldsInContractOrderWithNullsAndTrailingNewline() {
    String json = ReportJson.write(SampleReports.assessed());
    assertThat(json).endsWith("}\n");
    assertThat(json.indexOf("\"document\"")).isLessThan(json.indexOf("\"outcome\""));
    assertThat(json.indexOf("\"outcome\"")).isLessThan(json.indexOf("\"error\": null"));
    assertThat(json.indexOf("\"error\"")).isLessThan(json.indexOf("\"ruleSet\""));
    assertThat(json.indexOf("\"ruleSet\"")).isLessThan(json.indexOf("\"criteria\""));
    assertThat(json.indexOf("\"criteria\"")).isLessThan(json.indexOf("\"findings\": ["));
    assertThat(json).contains("\"page\": null").contains("\"verdict\": \"NOT_APPLICABLE\"");
  }

  @Test
  void readsReportsWithoutAddedFieldsAndIgnoresUnknownOnes() {
    String json = """
        {"document": {"name": "a.pdf", "sha256": "00", "format": "PDF", "pages": 2},
         "outcome": "NO_TEXT", "error": {"code": "NO_TEXT", "message": "no text"},
         "ruleSet": {"version": "1", "digest": "sha256:00"}, "criteria": [], "findings": [],
         "reviewer": "someone"}
        """;
    Report r = ReportJson.read(json);
    assertThat(r.outcome()).isEqualTo(Outcome.NO_TEXT);
    assertThat(r.outline()).isEmpty();
    assertThat(r.error().code()).isEqualTo("NO_TEXT");
  }

  @Test
  void rejectsJsonThatIsNoReport() {
    assertThatThrownBy(() -> ReportJson.read("{\"outcome\": \"MAYBE\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAYBE");
    assertThatThrownBy(() -> ReportJson.read("{\"criteria\": []}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"document\"");
  }
}
