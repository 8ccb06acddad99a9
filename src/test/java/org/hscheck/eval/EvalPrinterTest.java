package org.hscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hscheck.eval.EvalFixtures.expect;
import static org.hscheck.eval.EvalFixtures.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;

class EvalPrinterTest {
  private final EvalResult result = new EvalResult(List.of(
      VerdictComparer.compare(expect("good.docx", Map.of()), report("good.docx", Map.of())),
      VerdictComparer.compare(expect("bad.pdf", Map.of(Criterion.JOINT_NEEDS, Verdict.NOT_MET)),
          report("bad.pdf", Map.of()))), List.of("unlabelled.doc"));

  @Test
  void textShowsTheTableTheCountsAndEachDisagreementWithItsEvidence() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvalPrinter.text(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).containsPattern("JOINT_NEEDS\\s+50\\.0%\\s+1/2\\s+1\\s+0");
    assertThat(text).containsPattern("MULTI_AGENCY\\s+100\\.0%\\s+2/2");
    assertThat(text).contains("no expected verdicts for unlabelled.doc");
    assertThat(text).contains("== bad.pdf").doesNotContain("== good.docx");
    assertThat(text).contains("JOINT_NEEDS: expected NOT_MET, got MET");
    assertThat(text).contains("reviewer: reviewer reason for JOINT_NEEDS");
    assertThat(text).contains("\"quoted evidence for JOINT_NEEDS\" (p. 3, 4 Partnerships > 4.2 Partners, block 17)");
  }

  @Test
  void jsonCarriesTotalsAndDisagreements() {
    String json = EvalPrinter.json(result);
    assertThat(json).contains("\"fullAgreement\" : false").contains("\"agreed\" : 37")
        .contains("\"document\" : \"bad.pdf\"").doesNotContain("\"document\" : \"good.docx\"")
        .contains("\"falseMet\" : 1");
  }
}
