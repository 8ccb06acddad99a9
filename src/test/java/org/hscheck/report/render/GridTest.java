package org.hscheck.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hscheck.report.DocumentInfo;
import org.hscheck.report.Report;
import org.hscheck.report.SampleReports;
import org.junit.jupiter.api.Test;

class GridTest {
  private static List<Report> batch() {
    Report odd = SampleReports.noText();
    Report tricky = new Report(new DocumentInfo("=SUM(A1), \"final\".pdf", "00", "PDF", 1), odd.outcome(),
        odd.error(), odd.ruleSet(), odd.criteria(), odd.findings(), odd.outline());
    return List.of(SampleReports.assessed(), SampleReports.rejected(), tricky);
  }

  @Test
  void csvMatchesGolden() {
    String csv = new String(Renderers.grid(batch(), "csv"), StandardCharsets.UTF_8);
    Golden.assertMatches("grid.csv", csv);
    assertThat(csv.split("\r\n")).hasSize(4);
    assertThat(csv).contains("\r\n\"'=SUM(A1), \"\"final\"\".pdf\",NO_TEXT,NO_TEXT,,");
  }

  @Test
  void xlsxHasFrozenHeaderFiltersAndOneFillPerVerdict() throws IOException {
    byte[] xlsx = Renderers.grid(batch(), "xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:W4");
      assertThat(fill(s.getRow(1).getCell(3))).isEqualTo("C6EFCE");
      assertThat(fill(s.getRow(1).getCell(7))).isEqualTo("FFC7CE");
      assertThat(fill(s.getRow(1).getCell(12))).isEqualTo("E0E0E0");
      assertThat(s.getColumnWidth(0)).isGreaterThan(s.getColumnWidth(1));
      Golden.assertMatches("grid.xlsx.txt", dump(s));
    }
  }

  @Test
  void unknownFormatIsNamed() {
    assertThatThrownBy(() -> Renderers.grid(batch(), "ods")).hasMessageContaining("'ods'");
  }

  private static String fill(Cell c) {
    var colour = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundXSSFColor();
    return colour == null ? "" : HexFormat.of().withUpperCase().formatHex(colour.getRGB());
  }

  private static String dump(XSSFSheet s) {
    StringBuilder b = new StringBuilder();
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getColumnIndex() > 0) b.append(" | ");
        b.append(c.getStringCellValue());
        String f = fill(c);
        if (!f.isEmpty()) b.append(" #").append(f);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
