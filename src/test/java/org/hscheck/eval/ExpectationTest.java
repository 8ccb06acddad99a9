package org.hscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hscheck.report.Criterion;
import org.hscheck.report.Outcome;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationTest {
  @TempDir
  Path dir;

  private Path write(String json) throws Exception {
    return Files.writeString(dir.resolve("x.expected.json"), json);
  }

  private static String allCriteria(String verdict) {
    StringBuilder sb = new StringBuilder();
    for (Criterion c : Criterion.values()) {
      if (sb.length() > 0) sb.append(',');
      sb.append('"').append(c).append("\":{\"verdict\":\"").append(verdict).append("\",\"reason\":\"r ").append(c)
          .append("\"}");
    }
    return sb.toString();
  }

  @Test
  void readsAnAssessedDocumentWithEveryCriterion() throws Exception {
    var e = Expectation.read(write("{\"document\":\"x.docx\",\"outcome\":\"ASSESSED\",\"criteria\":{"
        + allCriteria("NOT_MET") + "}}"));
    assertThat(e.document()).isEqualTo("x.docx");
    assertThat(e.outcome()).isEqualTo(Outcome.ASSESSED);
    assertThat(e.criteria()).hasSize(Criterion.values().length);
    assertThat(e.criteria().get(Criterion.GENDER).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(e.criteria().get(Criterion.GENDER).reason()).isEqualTo("r GENDER");
  }

  @Test
  void readsANoTextScanWithoutCriteria() throws Exception {
    var e = Expectation.read(write("{\"document\":\"s.pdf\",\"outcome\":\"NO_TEXT\",\"criteria\":{}}"));
    assertThat(e.outcome()).isEqualTo(Outcome.NO_TEXT);
    assertThat(e.criteria()).isEmpty();
  }

  @Test
  void namesAMissingCriterion() throws Exception {
    Path f = write("{\"document\":\"x.docx\",\"outcome\":\"ASSESSED\",\"criteria\":{\"GENDER\":{\"verdict\":\"MET\"}}}");
    assertThatThrownBy(() -> Expectation.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.expected.json").hasMessageContaining("no expected verdict for MULTI_AGENCY");
  }

  @Test
  void namesAnUnknownCriterionOrVerdict() throws Exception {
    Path f = write("{\"document\":\"x.docx\",\"outcome\":\"ASSESSED\",\"criteria\":{" + allCriteria("MET")
        + ",\"BUDGET_OK\":{\"verdict\":\"MET\"}}}");
    assertThatThrownBy(() -> Expectation.read(f)).hasMessageContaining("unknown criterion 'BUDGET_OK'");
    Path g = write("{\"document\":\"x.docx\",\"outcome\":\"ASSESSED\",\"criteria\":{" + allCriteria("PASSED") + "}}");
    assertThatThrownBy(() -> Expectation.read(g)).hasMessageContaining("verdict 'PASSED'");
  }

  @Test
  void rejectsCriteriaForADocumentThatIsNotAssessed() throws Exception {
    Path f = write("{\"document\":\"s.pdf\",\"outcome\":\"NO_TEXT\",\"criteria\":{" + allCriteria("MET") + "}}");
    assertThatThrownBy(() -> Expectation.read(f)).hasMessageContaining("outcome NO_TEXT takes no criteria");
  }
}
