package org.hscheck.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Computes list and heading labels as Word prints them ("3.2", "a)", "•") by counting numbered paragraphs
 * in document order. Counters are shared by every list on the same abstract definition unless a list
 * restarts numbering with a start override.
 */
final class DocxNumbering {
  private final XWPFNumbering numbering;
  private final Map<String, int[]> counters = new HashMap<>();

  DocxNumbering(XWPFNumbering numbering) {
    this.numbering = numbering;
  }

  /** The label of the next paragraph numbered {@code numId} at level {@code ilvl}; empty when unknown. */
  String label(BigInteger numId, int ilvl) {
    if (numbering == null) return "";
    XWPFNum num = numbering.getNum(numId);
    if (num == null) return "";
    BigInteger absId = num.getCTNum().getAbstractNumId() == null ? null : num.getCTNum().getAbstractNumId().getVal();
    XWPFAbstractNum abs = absId == null ? null : numbering.getAbstractNum(absId);
    if (abs == null) return "";
    CTAbstractNum ct = abs.getCTAbstractNum();
    CTLvl[] levels = new CTLvl[9];
    for (CTLvl l : ct.getLvlArray()) {
      int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
      if (i >= 0 && i < 9) levels[i] = l;
    }
    boolean restarts = false;
    for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
      int i = o.getIlvl() == null ? 0 : o.getIlvl().intValue();
      if (o.isSetLvl() && i >= 0 && i < 9) levels[i] = o.getLvl();
      if (o.isSetStartOverride()) restarts = true;
    }
    CTLvl lvl = levels[ilvl];
    if (lvl == null) return "";
    String key = restarts ? "num:" + numId : "abs:" + absId;
    int[] c = counters.computeIfAbsent(key, k -> new int[9]);
    c[ilvl] = c[ilvl] == 0 ? start(levels[ilvl]) : c[ilvl] + 1;
    for (int d = ilvl + 1; d < 9; d++) c[d] = 0;
    String fmt = format(lvl);
    String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
    if ("bullet".equals(fmt)) return bullet(text);
    if ("none".equals(fmt)) return "";
    boolean legal = lvl.isSetIsLgl();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        int ref = text.charAt(++i) - '1';
        if (ref < 0 || ref > 8) continue;
        int value = c[ref] == 0 ? start(levels[ref]) : c[ref];
        sb.append(formatNumber(value, legal && ref != ilvl ? "decimal" : format(levels[ref])));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString().strip();
  }

  private static int start(CTLvl l) {
    return l != null && l.isSetStart() ? l.getStart().getVal().intValue() : 1;
  }

  private static String format(CTLvl l) {
    return l != null && l.isSetNumFmt() ? l.getNumFmt().getVal().toString() : "decimal";
  }

  private static String formatNumber(int v, String fmt) {
    return switch (fmt) {
      case "lowerLetter" -> Structure.letters(v);
      case "upperLetter" -> Structure.letters(v).toUpperCase(java.util.Locale.ROOT);
      case "lowerRoman" -> Structure.roman(v).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> Structure.roman(v);
      case "decimalZero" -> v < 10 ? "0" + v : String.valueOf(v);
      case "none" -> "";
      default -> String.valueOf(v);
    };
  }

  /** Symbol-font bullets live in the private use area; print them as the bullets they show. */
  private static String bullet(String text) {
    if (text.isEmpty()) return "•";
    char c = text.charAt(0);
    if (c == '\uF0A7' || c == '\uF06E') return "▪";
    if (c == '\uF0D8') return "➢";
    if (c == '\uF0FC') return "✓";
    if (c >= '\uE000' && c <= '\uF8FF') return "•";
    return text.strip().isEmpty() ? "•" : text.strip();
  }
}
