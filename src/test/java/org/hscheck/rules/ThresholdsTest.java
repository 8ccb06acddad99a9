package org.hscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers in thresholds.drl.xlsx really drive the verdicts: an edited copy changes them on the same facts. */
class ThresholdsTest {
  static final ProposalFacts TWO_BODIES_FOUR_PERCENT = TestRules.facts("""
      {'orgs': ['UNDP UN LEAD +', 'UNICEF UN PARTICIPATING +'],
       'signals': ['COMMUNICATION AFFIRMED'],
       'budget': {'total': '100000', 'communication': '4000', 'currency': 'USD'}}
      """);

  @Test
  void packagedTableDefinesTheDocumentedDefaults() {
    assertThat(TestRules.rules().thresholds()).containsKeys("MIN_UN_BODIES", "COMMUNICATION_CAP_PERCENT",
        "BUDGET_TOLERANCE_ABSOLUTE", "BUDGET_TOLERANCE_PERCENT", "MIN_PRINCIPLES", "MIN_ME_MEASURES",
        "COORDINATION_REQUIRES_CIVIL_SOCIETY");
    assertThat(TestRules.rules().thresholds().get("MIN_UN_BODIES")).isEqualByComparingTo("2");
    assertThat(TestRules.rules().thresholds().get("COMMUNICATION_CAP_PERCENT")).isEqualByComparingTo("3");
  }

  @Test
  void changedThresholdsFlipVerdictsOnTheSameFacts(@TempDir Path tmp) throws Exception {
    assertThat(verdict(TestRules.rules(), Criterion.MULTI_AGENCY)).isEqualTo(Verdict.MET);
    assertThat(verdict(TestRules.rules(), Criterion.COMMUNICATION)).isEqualTo(Verdict.NOT_MET);

    Path dir = RuleDirs.copyOfRules(tmp);
    setThreshold(dir.resolve("thresholds.drl.xlsx"), "MIN_UN_BODIES", "3");
    setThreshold(dir.resolve("thresholds.drl.xlsx"), "COMMUNICATION_CAP_PERCENT", "5");
    RuleSet edited = RuleSet.load(dir);

    assertThat(edited.thresholds().get("MIN_UN_BODIES")).isEqualByComparingTo("3");
    assertThat(verdict(edited, Criterion.MULTI_AGENCY)).isEqualTo(Verdict.NOT_MET);
    assertThat(verdict(edited, Criterion.COMMUNICATION)).isEqualTo(Verdict.MET);
    assertThat(edited.info().digest()).isNotEqualTo(TestRules.rules().info().digest());
  }

  private static Verdict verdict(RuleSet set, Criterion c) {
    return set.evaluate(TWO_BODIES_FOUR_PERCENT).criteria().stream().filter(r -> r.id() == c)
        .map(CriterionResult::verdict).findFirst().orElseThrow();
  }

  /** Edits the Value cell of a threshold row, as the secretariat would in a spreadsheet program. */
  static void setThreshold(Path xlsx, String name, String value) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(xlsx)) {
      wb = new XSSFWorkbook(in);
    }
    try (wb) {
      Sheet sh = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter();
      boolean found = false;
      for (Row row : sh) {
        if (row.getCell(0) != null && fmt.formatCellValue(row.getCell(0)).equals(name)) {
          row.getCell(1).setCellValue(Double.parseDouble(value));
          found = true;
        }
      }
      assertThat(found).as("row " + name + " in " + xlsx).isTrue();
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
  }
}
