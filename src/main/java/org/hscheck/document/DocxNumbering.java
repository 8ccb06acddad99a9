package org.hscheck.document;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes list and heading labels as Word prints them ("3.2", "a)", "•") by counting numbered paragraphs
 * in document order. Counters are shared by every list on the same abstract definition unless a list
 * restarts numbering with a start override. Built from the numbering part's {@code w:num} and
 * {@code w:abstractNum} elements, looked up as POI's XWPFNumbering does (the first with the id).
 */
final class DocxNumbering {
  /** A level definition ({@code w:lvl}) with its raw attribute values; a null field is an absent element. */
  private record Level(String ilvl, WordElement start, WordElement numFmt, WordElement lvlText, boolean legal) {
    static Level of(WordElement lvl) {
      return new Level(lvl.attribute("ilvl"), lvl.first("start"), lvl.first("numFmt"), lvl.first("lvlText"),
          lvl.first("isLgl") != null);
    }
  }

  /** A level override of a list: its level, a replacement definition, and whether it restarts numbering. */
  private record LevelOverride(String ilvl, Level lvl, boolean startOverride) {}

  /** A list ({@code w:num}): its id, the abstract definition it uses ({@code null}: no such element), overrides. */
  private record Num(String numId, WordElement abstractNumId, List<LevelOverride> overrides) {}

  private record AbstractNum(String id, List<Level> levels) {}

  /** No numbering part: every label is empty. */
  static final DocxNumbering NONE = new DocxNumbering(null, null);

  private final List<Num> nums;
  private final List<AbstractNum> abstractNums;
  private final Map<String, int[]> counters = new HashMap<>();

  private DocxNumbering(List<Num> nums, List<AbstractNum> abstractNums) {
    this.nums = nums;
    this.abstractNums = abstractNums;
  }

  /** Collects the definitions from the numbering part's top-level elements. */
  static final class Builder {
    private final List<Num> nums = new ArrayList<>();
    private final List<AbstractNum> abstractNums = new ArrayList<>();

    void add(WordElement e) {
      if (e.is("num")) {
        List<LevelOverride> overrides = new ArrayList<>();
        for (WordElement o : e.all("lvlOverride")) {
          WordElement lvl = o.first("lvl");
          overrides.add(new LevelOverride(o.attribute("ilvl"), lvl == null ? null : Level.of(lvl),
              o.first("startOverride") != null));
        }
        nums.add(new Num(e.attribute("numId"), e.first("abstractNumId"), overrides));
      } else if (e.is("abstractNum")) {
        abstractNums.add(new AbstractNum(e.attribute("abstractNumId"), e.all("lvl").stream().map(Level::of).toList()));
      }
    }

    DocxNumbering build() {
      return new DocxNumbering(nums, abstractNums);
    }
  }

  /** The label of the next paragraph numbered {@code numId} at level {@code ilvl}; empty when unknown. */
  String label(BigInteger numId, int ilvl) {
    if (nums == null) return "";
    Num num = null;
    for (Num n : nums) {
      if (WordElement.integer(n.numId()).equals(numId)) {
        num = n;
        break;
      }
    }
    if (num == null) return "";
    BigInteger absId = num.abstractNumId() == null ? null : WordElement.integer(num.abstractNumId().attribute("val"));
    AbstractNum abs = null;
    for (AbstractNum a : absId == null ? List.<AbstractNum>of() : abstractNums) {
      if (WordElement.integer(a.id()).equals(absId)) {
        abs = a;
        break;
      }
    }
    if (abs == null) return "";
    Level[] levels = new Level[9];
    for (Level l : abs.levels()) {
      int i = index(l.ilvl());
      if (i >= 0 && i < 9) levels[i] = l;
    }
    boolean restarts = false;
    for (LevelOverride o : num.overrides()) {
      int i = index(o.ilvl());
      if (o.lvl() != null && i >= 0 && i < 9) levels[i] = o.lvl();
      if (o.startOverride()) restarts = true;
    }
    Level lvl = levels[ilvl];
    if (lvl == null) return "";
    String key = restarts ? "num:" + numId : "abs:" + absId;
    int[] c = counters.computeIfAbsent(key, k -> new int[9]);
    c[ilvl] = c[ilvl] == 0 ? start(levels[ilvl]) : c[ilvl] + 1;
    for (int d = ilvl + 1; d < 9; d++) c[d] = 0;
    String fmt = format(lvl);
    String text = lvl.lvlText() != null && lvl.lvlText().attribute("val") != null
        ? lvl.lvlText().attribute("val") : "";
    if ("bullet".equals(fmt)) return bullet(text);
    if ("none".equals(fmt)) return "";
    boolean legal = lvl.legal();
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

  private static int index(String ilvl) {
    BigInteger i = WordElement.integer(ilvl);
    return i == null ? 0 : i.intValue();
  }

  private static int start(Level l) {
    return l != null && l.start() != null ? WordElement.integer(l.start().attribute("val")).intValue() : 1;
  }

  private static String format(Level l) {
    return l != null && l.numFmt() != null ? l.numFmt().attribute("val").strip() : "decimal";
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
