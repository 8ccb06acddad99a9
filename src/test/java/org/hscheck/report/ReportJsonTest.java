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

  private static String byMapper(Report r) {
    return ReportJson.mapper().writeValueAsString(r) + "\n";
  }

  @Test
  void writesWhatTheMapperWrites() {
    for (Report r : List.of(SampleReports.assessed(), SampleReports.rejected(), SampleReports.noText())) {
      assertThat(ReportJson.write(r)).isEqualTo(byMapper(r));
    }
  }

  @Test
  void escapesEveryCharacterAsTheMapperDoes() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) all.append((char) c);
    Report r = new Report(new DocumentInfo(all.toString(), null, null, null), Outcome.REJECTED,
        new ReportError("X", "\ud83d\ude00 \u2028 \u007f \"q\" \\ /"), null, List.of(), List.of(), List.of());
    assertThat(ReportJson.write(r)).isEqualTo(byMapper(r));
  }

  @Test
  void writesRandomReportsAsTheMapperDoes() {
    java.util.Random random = new java.util.Random(5);
    String alphabet = "aZ09 \"\\/\n\r\t\b\f\u0000\u001f\u007féñ€“”\u2028\ud83d\ude00";
    java.util.function.Supplier<String> text = () -> {
      if (random.nextInt(8) == 0) return null;
      char[] t = new char[random.nextInt(12)];
      for (int i = 0; i < t.length; i++) t[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      return new String(t);
    };
    java.util.function.Supplier<Integer> page = () -> random.nextInt(4) == 0 ? null : random.nextInt(500) - 1;
    for (int n = 0; n < 300; n++) {
      List<CriterionResult> criteria = new java.util.ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        List<String> ids = new java.util.ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) ids.add(text.get() == null ? "" : "ID-" + k);
        criteria.add(new CriterionResult(Criterion.values()[random.nextInt(Criterion.values().length)],
            Verdict.values()[random.nextInt(Verdict.values().length)], text.get(), ids));
      }
      List<Finding> findings = new java.util.ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        List<EvidenceRef> evidence = new java.util.ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) evidence.add(new EvidenceRef(text.get(), page.get(), text.get(), random.nextInt(99)));
        findings.add(new Finding(text.get(), text.get(), text.get(), random.nextBoolean() ? null : Severity.WARNING,
            text.get(), text.get(), random.nextBoolean() ? null : new Guideline(text.get(), text.get()), evidence));
      }
      List<Report.OutlineEntry> outline = new java.util.ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) outline.add(new Report.OutlineEntry(random.nextInt(4), text.get(), page.get()));
      Report r = new Report(random.nextBoolean() ? null : new DocumentInfo(text.get(), text.get(), text.get(), page.get()),
          random.nextBoolean() ? null : Outcome.ASSESSED, random.nextBoolean() ? null : new ReportError(text.get(), text.get()),
          random.nextBoolean() ? null : new RuleSetInfo(text.get(), text.get()), criteria, findings, outline);
      assertThat(ReportJson.write(r)).isEqualTo(byMapper(r));
    }
  }
}
