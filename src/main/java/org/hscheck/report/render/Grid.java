package org.hscheck.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Report;
import org.hscheck.report.Verdict;

/**
 * A batch as a proposals x criteria grid: one row per document with its outcome, error code, one verdict per
 * criterion (empty when not assessed) and the rule set version. XLSX with a frozen header, filters and one fill
 * colour per verdict; CSV per RFC 4180.
 */
final class Grid {
  private Grid() {}

  static List<String> header() {
    List<String> h = new ArrayList<>(List.of("document", "outcome", "error"));
    for (Criterion c : Criterion.values()) h.add(c.name());
    h.add("ruleSet");
    return h;
  }

  static List<String> row(Report r) {
    Map<Criterion, Verdict> verdicts = new EnumMap<>(Criterion.class);
    for (CriterionResult c : r.criteria()) verdicts.put(c.id(), c.verdict());
    List<String> row = new ArrayList<>();
    row.add(r.document().name());
    row.add(r.outcome().name());
    row.add(r.error() == null ? "" : r.error().code());
    for (Criterion c : Criterion.values()) {
      Verdict v = verdicts.get(c);
      row.add(v == null ? "" : v.name());
    }
    row.add(r.ruleSet() == null ? "" : r.ruleSet().version());
    return row;
  }

  /**
   * RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled. A field a spreadsheet
   * would run as a formula (starting with = + - @ or a tab) is prefixed with an apostrophe.
   */
  static byte[] csv(List<Report> reports) {
    StringBuilder b = new StringBuilder();
    line(b, header());
    for (Report r : reports) line(b, row(r));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) b.append(',');
      String f = fields.get(i);
      if (!f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0) f = "'" + f;
      if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    b.append("\r\n");
  }

  static byte[] xlsx(List<Report> reports) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Proposals x criteria");
      XSSFCellStyle head = wb.createCellStyle();
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      head.setWrapText(true);
      head.setVerticalAlignment(VerticalAlignment.TOP);
      head.setBorderBottom(BorderStyle.MEDIUM);
      head.setFillForegroundColor(rgb(0xE8, 0xEB, 0xEF));
      head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Map<Verdict, XSSFCellStyle> fills = new EnumMap<>(Verdict.class);
      fills.put(Verdict.MET, fill(wb, rgb(0xC6, 0xEF, 0xCE)));
      fills.put(Verdict.NOT_MET, fill(wb, rgb(0xFF, 0xC7, 0xCE)));
      fills.put(Verdict.NOT_APPLICABLE, fill(wb, rgb(0xE0, 0xE0, 0xE0)));
      XSSFCellStyle notAssessed = fill(wb, rgb(0xFF, 0xEB, 0x9C));

      List<String> header = header();
      XSSFRow hr = sheet.createRow(0);
      hr.setHeightInPoints(32);
      for (int i = 0; i < header.size(); i++) {
        var cell = hr.createCell(i);
        cell.setCellValue(header.get(i));
        cell.setCellStyle(head);
      }
      int n = 1;
      for (Report r : reports) {
        List<String> row = row(r);
        XSSFRow xr = sheet.createRow(n++);
        for (int i = 0; i < row.size(); i++) {
          var cell = xr.createCell(i);
          cell.setCellValue(row.get(i));
          if (i == 1 && !row.get(i).equals("ASSESSED")) cell.setCellStyle(notAssessed);
          if (i >= 3 && i < 3 + Criterion.values().length && !row.get(i).isEmpty()) {
            cell.setCellStyle(fills.get(Verdict.valueOf(row.get(i))));
          }
        }
      }
      sheet.createFreezePane(1, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, header.size() - 1));
      sheet.setColumnWidth(0, 40 * 256);
      sheet.setColumnWidth(1, 12 * 256);
      sheet.setColumnWidth(2, 18 * 256);
      for (int i = 3; i < header.size(); i++) {
        sheet.setColumnWidth(i, Math.max(16, Math.min(header.get(i).length() + 3, 32)) * 256);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the XLSX grid", e);
    }
  }

  private static XSSFCellStyle fill(XSSFWorkbook wb, XSSFColor colour) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFillForegroundColor(colour);
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return s;
  }

  private static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
  }
}
