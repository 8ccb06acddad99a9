package org.hscheck.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the first version of {@code rules/thresholds.drl.xlsx}, the decision table of numbers the secretariat may
 * change. Run once; afterwards the secretariat edits the spreadsheet itself (docs/rules.md describes the columns).
 * Run with {@code mvn -o -q -B test -Dtest=ThresholdTableWriterTest -Dhscheck.writeThresholds=rules/thresholds.drl.xlsx}.
 */
final class ThresholdTableWriter {
  private ThresholdTableWriter() {}

  /** One row of the table: name, value, and what it means with its source. */
  record Row3(String name, String value, String meaning) {}

  static final List<Row3> ROWS = List.of(
      new Row3("MIN_UN_BODIES", "2",
          "Minimum number of distinct UN bodies taking part as lead or participating organisation (MULTI_AGENCY). "
              + "UNTFHS FAQ, lead-agency page: all programmes are multi-agency [V]; the figure 2 is not stated there [U]."),
      new Row3("COMMUNICATION_CAP_PERCENT", "3",
          "Largest share of the programme budget, in %, for communication and outreach (COMMUNICATION). "
              + "UNTFHS Outreach Guidelines (May 2019) sections I-II [V]."),
      new Row3("BUDGET_TOLERANCE_ABSOLUTE", "1.00",
          "Rounding tolerance in currency units between a budget table's stated total and the sum of its lines "
              + "(BUDGET_CONSISTENT). The larger of this and BUDGET_TOLERANCE_PERCENT applies."),
      new Row3("BUDGET_TOLERANCE_PERCENT", "0.01",
          "Rounding tolerance as a % of the stated total (BUDGET_CONSISTENT). Budget Template, General Instructions: "
              + "amounts with two decimals, totals equal [V]."),
      new Row3("MIN_PRINCIPLES", "4",
          "How many of the four principles besides protection and empowerment (people-centred, comprehensive, "
              + "context-specific, prevention-oriented) must be addressed (HUMAN_SECURITY_PRINCIPLES). A/RES/66/290 para 3(b) [V]."),
      new Row3("MIN_ME_MEASURES", "2",
          "How many of indicators, baselines and targets an M&E plan must show (MONITORING_EVALUATION): criteria.md asks "
              + "for indicators and baselines or targets, so indicators alone do not make a plan. "
              + "Workplan and Results Monitoring Template; its exact columns were not read [U]."),
      new Row3("COORDINATION_REQUIRES_CIVIL_SOCIETY", "1",
          "1: the coordination mechanism must include the NGOs when the project has civil-society partners; "
              + "0: not required (COORDINATION). criteria.md COORDINATION; 2003 study, Joint programming."));

  static void write(Path out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sh = wb.createSheet("Thresholds");
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      set(sh, 0, "RuleSet", "hscheck.engine");
      set(sh, 1, "Import", "org.hscheck.rules.facts.Threshold");
      set(sh, 2, "Notes", "Numbers the secretariat may change. Edit only the Value column (a plain number); add a row "
          + "only together with a rule that reads it. Test edits with: java -jar hscheck.jar rules test DIR");
      set(sh, 4, "RuleTable Thresholds");
      set(sh, 5, "NAME", "ACTION", "DESCRIPTION");
      set(sh, 6, "", "", "");
      set(sh, 7, "", "insert(new Threshold(drools.getRule().getName(), new java.math.BigDecimal(\"$param\")));", "");
      set(sh, 8, "Threshold", "Value", "Meaning and source");
      for (int i = 0; i < 3; i++) sh.getRow(8).getCell(i).setCellStyle(bold);
      int r = 9;
      for (Row3 row : ROWS) set(sh, r++, row.name(), row.value(), row.meaning());
      sh.setColumnWidth(0, 40 * 256);
      sh.setColumnWidth(1, 14 * 256);
      sh.setColumnWidth(2, 120 * 256);
      try (OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
  }

  private static void set(Sheet sh, int r, String... values) {
    Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
    for (int i = 0; i < values.length; i++) row.createCell(i).setCellValue(values[i]);
  }
}
