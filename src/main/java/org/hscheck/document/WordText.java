package org.hscheck.document;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.LocaleUtil;

/**
 * The text of WordprocessingML paragraphs, runs, tables and content controls exactly as POI's XWPF usermodel renders
 * it ({@code XWPFParagraph.getText()}, {@code XWPFRun.toString()}, {@code XWPFSDTContent.getText()}...), odd cases
 * included, so that the streaming reader yields the text HSCheck has always read: runs in hyperlinks, simple fields,
 * smart tags and insertions count, deleted runs and field codes do not, tabs and breaks become {@code \t} and
 * {@code \n}, capitalised runs are upper-cased, and a paragraph ends with the texts of the notes it cites.
 */
final class WordText {
  /** The paragraph texts of the footnote or endnote with this id, or null when there is none. */
  interface Notes {
    List<String> paragraphs(boolean footnote, int id);
  }

  /**
   * A footnote or endnote reference in a run, with the rendered page breaks in the paragraph up to its run; a run's
   * footnote references come before its endnote references.
   */
  record Reference(boolean footnote, String id, boolean customMark, int breaks) {}

  /**
   * What the body reader needs of a paragraph: its text (note marks included; the notes' own texts left out, the reader
   * gives them as notes after the paragraph), paragraph properties, whether
   * every run with text is bold, rendered page breaks (in all, and up to the first run with text, or -1 when no run
   * has text) and note references.
   */
  record Paragraph(String text, Properties properties, boolean allBold, int breaks, int breaksToText,
                   List<Reference> references) {}

  /**
   * Paragraph properties the reader resolves against styles, as raw attribute values: the style id, the outline
   * level, and the numbering id and level, each with whether its element is present.
   */
  record Properties(String styleId, boolean outlineSet, String outline, boolean numPrSet, boolean numIdSet,
                    String numId, boolean ilvlSet, String ilvl) {
    static final Properties NONE = new Properties(null, false, null, false, false, null, false, null);

    /** From a {@code w:pPr} element; {@link #NONE} for null. */
    static Properties of(WordElement pPr) {
      if (pPr == null) return NONE;
      WordElement style = pPr.first("pStyle");
      WordElement outline = pPr.first("outlineLvl");
      WordElement numPr = pPr.first("numPr");
      WordElement numId = numPr == null ? null : numPr.first("numId");
      WordElement ilvl = numPr == null ? null : numPr.first("ilvl");
      return new Properties(style == null ? null : style.attribute("val"), outline != null,
          outline == null ? null : outline.attribute("val"), numPr != null, numId != null,
          numId == null ? null : numId.attribute("val"), ilvl != null, ilvl == null ? null : ilvl.attribute("val"));
    }
  }

  private final Notes notes;

  WordText(Notes notes) {
    this.notes = notes;
  }

  // ---------------------------------------------------------------- paragraphs

  /** The paragraph as the body reader needs it. */
  Paragraph paragraph(WordElement p) {
    List<WordElement> runs = new ArrayList<>();
    List<WordElement> inline = new ArrayList<>();
    collectRuns(p, runs, inline, false);
    String text = paragraphText(runs, inline, false);
    boolean anyText = false;
    boolean allBold = true;
    int breaks = 0;
    int breaksToText = -1;
    List<Reference> refs = null;
    for (WordElement r : runs) {
      List<Object> kids = r.children();
      for (Object k : kids) {
        if (k instanceof WordElement e && e.is("lastRenderedPageBreak")) breaks++;
      }
      boolean blank = runText(r).isBlank();
      if (!blank) {
        if (breaksToText < 0) breaksToText = breaks;
        anyText = true;
        if (!bold(r)) allBold = false;
      }
      for (int pass = 0; pass < 2; pass++) {
        String kind = pass == 0 ? "footnoteReference" : "endnoteReference";
        for (Object k : kids) {
          if (k instanceof WordElement e && e.is(kind)) {
            if (refs == null) refs = new ArrayList<>(2);
            refs.add(new Reference(pass == 0, e.attribute("id"), e.attribute("customMarkFollows") != null, breaks));
          }
        }
      }
    }
    return new Paragraph(text, Properties.of(p.first("pPr")), anyText && allBold, breaks, breaksToText,
        refs == null ? List.of() : refs);
  }

  /** {@code XWPFParagraph.getText()}: the inline content, deleted runs left out, then the cited notes' texts. */
  String paragraphText(WordElement p) {
    List<WordElement> runs = new ArrayList<>();
    List<WordElement> inline = new ArrayList<>();
    collectRuns(p, runs, inline, false);
    return paragraphText(runs, inline, true);
  }

  /** The inline content, deleted runs left out, then the cited notes' texts when {@code withNotes}. */
  private String paragraphText(List<WordElement> runs, List<WordElement> inline, boolean withNotes) {
    StringBuilder out = new StringBuilder(64);
    for (WordElement e : inline) {
      if (e.is("sdt")) out.append(inlineControlText(e));
      else if (e.first("delText") == null) out.append(runString(e));
    }
    if (!withNotes) return out.toString();
    for (WordElement r : runs) {
      for (Object k : r.children()) {
        if (k instanceof WordElement e && (e.is("footnoteReference") || e.is("endnoteReference"))) {
          BigInteger id = WordElement.integer(e.attribute("id"));
          out.append(" [").append(id).append(": ");
          List<String> paragraphs = notes.paragraphs(e.name.equals("footnoteReference"),
              id == null ? 0 : id.intValue());
          if (paragraphs == null) {
            out.append("!!! End note with ID \"").append(id).append("\" not found in document.");
          } else {
            out.append(String.join("\n", paragraphs));
          }
          out.append("] ");
        }
      }
    }
    return out.toString();
  }

  /**
   * The runs of a paragraph in XWPF's order ({@code runs}), and its inline elements: those runs and the inline
   * content controls ({@code inline}). A tracked change contributes its own runs first, then its nested insertions;
   * inside one ({@code change}) hyperlinks and simple fields are not content the schema allows, and XWPF skips them.
   */
  private static void collectRuns(WordElement container, List<WordElement> runs, List<WordElement> inline,
                                  boolean change) {
    for (Object k : container.children()) {
      if (!(k instanceof WordElement c) || !c.w) continue;
      switch (c.name) {
        case "r" -> {
          runs.add(c);
          inline.add(c);
        }
        case "hyperlink", "fldSimple" -> {
          if (!change) addRuns(c, runs, inline);
        }
        case "sdt" -> inline.add(c);
        case "ins", "del", "moveFrom", "moveTo" -> {
          addRuns(c, runs, inline);
          for (WordElement ins : c.all("ins")) collectRuns(ins, runs, inline, true);
        }
        case "smartTag" -> collectRuns(c, runs, inline, false);
        default -> { }
      }
    }
  }

  private static void addRuns(WordElement c, List<WordElement> runs, List<WordElement> inline) {
    for (Object k : c.children()) {
      if (k instanceof WordElement r && r.is("r")) {
        runs.add(r);
        inline.add(r);
      }
    }
  }

  // ---------------------------------------------------------------- runs

  /** {@code XWPFRun.isBold()}: the run's own {@code w:b}, not its style's. */
  static boolean bold(WordElement r) {
    WordElement rPr = r.first("rPr");
    return rPr != null && WordElement.isOn(rPr.first("b"));
  }

  private static boolean capitalised(WordElement r) {
    WordElement rPr = r.first("rPr");
    return rPr != null && (WordElement.isOn(rPr.first("caps")) || WordElement.isOn(rPr.first("smallCaps")));
  }

  /** {@code XWPFRun.text()}. */
  static String runText(WordElement r) {
    List<Object> kids = r.children();
    boolean caps = capitalised(r);
    int n = kids.size();
    if (!caps && n > 0 && n <= 2 && kids.get(n - 1) instanceof WordElement t && t.is("t")
        && (n == 1 || kids.get(0) instanceof WordElement pr && pr.is("rPr"))) {
      return t.text();
    }
    StringBuilder sb = new StringBuilder(64);
    for (Object k : kids) {
      if (!(k instanceof WordElement e)) continue;
      if (e.is("ruby")) ruby(e, sb, false, caps);
      else runContent(e, sb, caps);
    }
    return sb.toString();
  }

  /** {@code XWPFRun.toString()}: the text, then any ruby guide and text of pictures in parentheses. */
  static String runString(WordElement r) {
    String text = runText(r);
    StringBuilder phonetic = null;
    StringBuilder pictures = null;
    for (Object k : r.children()) {
      if (!(k instanceof WordElement e) || !e.w) continue;
      if (e.name.equals("ruby")) {
        if (phonetic == null) phonetic = new StringBuilder();
        ruby(e, phonetic, true, capitalised(r));
      } else if (e.name.equals("pict") || e.name.equals("drawing")) {
        if (pictures == null) pictures = new StringBuilder();
        pictureText(e, pictures);
      }
    }
    if (pictures != null && !pictures.isEmpty()) {
      if (phonetic == null) phonetic = new StringBuilder();
      phonetic.append('\n').append(pictures).append('\n');
    }
    return phonetic == null || phonetic.isEmpty() ? text : text + " (" + phonetic + ")";
  }

  /** The text a child element of a run contributes ({@code XWPFRun._getText}). */
  private static void runContent(WordElement e, StringBuilder sb, boolean caps) {
    if (!e.w) return;
    switch (e.name) {
      case "t", "delText" -> {
        String v = e.text();
        sb.append(caps ? v.toUpperCase(LocaleUtil.getUserLocale()) : v);
      }
      case "fldChar" -> {
        WordElement data = "begin".equals(e.attribute("fldCharType")) ? e.first("ffData") : null;
        if (data != null) {
          for (WordElement box : data.all("checkBox")) {
            WordElement d = box.first("default");
            sb.append(d != null && WordElement.onOff(d.attribute("val")) ? "|X|" : "|_|");
          }
        }
      }
      case "tab", "ptab" -> sb.append('\t');
      case "br", "cr" -> sb.append('\n');
      case "noBreakHyphen" -> sb.append('‑');
      case "footnoteReference", "endnoteReference" -> {
        BigInteger id = WordElement.integer(e.attribute("id"));
        sb.append(e.name.equals("footnoteReference") ? "[footnoteRef:" : "[endnoteRef:")
            .append(id == null ? -1 : id.intValue()).append(']');
      }
      default -> { }
    }
  }

  /**
   * Ruby text: the base text, or the guide text ({@code phonetic}), from every element after the {@code w:rubyBase}
   * (or {@code w:rt}) start, as {@code XWPFRun.handleRuby} walks the ruby's descendants.
   */
  private static void ruby(WordElement ruby, StringBuilder sb, boolean phonetic, boolean caps) {
    rubyWalk(ruby, sb, phonetic, caps, new boolean[2]);
  }

  private static void rubyWalk(WordElement parent, StringBuilder sb, boolean phonetic, boolean caps, boolean[] in) {
    for (Object k : parent.children()) {
      if (!(k instanceof WordElement e)) continue;
      if (e.is("rt")) {
        in[0] = true;
      } else if (e.is("rubyBase")) {
        in[0] = false;
        in[1] = true;
      } else if (parent.is("r") && (phonetic ? in[0] : in[1])) {
        runContent(e, sb, caps);
      }
      rubyWalk(e, sb, phonetic, caps, in);
    }
  }

  /** Text of every {@code w:t} inside a picture or drawing, text node by text node, one per line. */
  private static void pictureText(WordElement e, StringBuilder sb) {
    for (Object k : e.children()) {
      if (!(k instanceof WordElement c)) continue;
      if (c.is("t")) {
        for (Object t : c.children()) {
          if (t instanceof String s) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(s);
          }
        }
      }
      pictureText(c, sb);
    }
  }

  // ---------------------------------------------------------------- content controls

  /** {@code XWPFSDTContent.getText()} of an inline content control: its runs, and nested controls on their lines. */
  String inlineControlText(WordElement sdt) {
    WordElement content = sdt.first("sdtContent");
    if (content == null) return "";
    List<WordElement> items = new ArrayList<>();
    for (Object k : content.children()) {
      if (k instanceof WordElement e && (e.is("r") || e.is("sdt"))) items.add(e);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      WordElement e = items.get(i);
      boolean control = e.name.equals("sdt");
      text.append(control ? inlineControlText(e) : runString(e));
      if (control && i < items.size() - 1) text.append('\n');
    }
    return text.toString();
  }

  /**
   * {@code XWPFSDTContent.getText()} of a block content control: paragraphs (their runs only), tables and nested
   * controls, one after the other on new lines. (XWPF also takes bare runs, but the schema types none here.)
   */
  String blockControlText(WordElement sdt) {
    WordElement content = sdt.first("sdtContent");
    if (content == null) return "";
    StringBuilder text = new StringBuilder();
    boolean first = true;
    for (Object k : content.children()) {
      if (!(k instanceof WordElement e) || !(e.is("p") || e.is("tbl") || e.is("sdt"))) continue;
      if (!first) text.append('\n');
      first = false;
      switch (e.name) {
        case "p" -> {
          List<WordElement> runs = new ArrayList<>();
          collectRuns(e, runs, new ArrayList<>(), false);
          for (WordElement r : runs) text.append(runString(r));
        }
        case "tbl" -> controlTable(e, text);
        default -> text.append(blockControlText(e));
      }
    }
    return text.toString();
  }

  private void controlTable(WordElement tbl, StringBuilder text) {
    for (WordElement row : tbl.all("tr")) {
      List<WordElement> cells = new ArrayList<>();
      for (Object k : row.children()) {
        if (k instanceof WordElement e && (e.is("tc") || e.is("sdt"))) cells.add(e);
      }
      for (int i = 0; i < cells.size(); i++) {
        WordElement c = cells.get(i);
        if (c.name.equals("tc")) cellTextRecursively(c, text);
        else controlCellText(c, text);
        if (i < cells.size() - 1) text.append('\t');
      }
      text.append('\n');
    }
  }

  /** {@code XWPFTableCell.getTextRecursively()}. */
  private void cellTextRecursively(WordElement tc, StringBuilder text) {
    List<WordElement> items = cellBody(tc);
    for (int i = 0; i < items.size(); i++) cellElementText(items.get(i), i == items.size() - 1, text);
  }

  private static List<WordElement> cellBody(WordElement tc) {
    List<WordElement> items = new ArrayList<>();
    for (Object k : tc.children()) {
      if (k instanceof WordElement e && (e.is("p") || e.is("tbl") || e.is("sdt"))) items.add(e);
    }
    return items;
  }

  private void cellElementText(WordElement e, boolean last, StringBuilder text) {
    switch (e.name) {
      case "p" -> {
        text.append(paragraphText(e));
        if (!last) text.append('\t');
      }
      case "tbl" -> {
        for (WordElement row : e.all("tr")) {
          for (WordElement cell : row.all("tc")) {
            List<WordElement> items = cellBody(cell);
            for (int i = 0; i < items.size(); i++) cellElementText(items.get(i), i == items.size() - 1, text);
          }
        }
        if (!last) text.append('\n');
      }
      default -> {
        text.append(blockControlText(e));
        if (!last) text.append('\t');
      }
    }
  }

  /**
   * {@code XWPFSDTContentCell.getText()}: every text node under a cell-level content control, a tab before each
   * cell but a row's first and a line break before each block but a cell's first, whatever the namespace.
   */
  private static void controlCellText(WordElement sdt, StringBuilder text) {
    WordElement content = sdt.first("sdtContent");
    if (content != null) cellTokens(content, text, new int[2]);
  }

  private static void cellTokens(WordElement parent, StringBuilder text, int[] count) {
    for (Object k : parent.children()) {
      if (k instanceof String s) {
        text.append(s);
        continue;
      }
      WordElement e = (WordElement) k;
      switch (e.name) {
        case "tr" -> {
          count[0] = 0;
          count[1] = 0;
        }
        case "tc" -> {
          if (count[0]++ > 0) text.append('\t');
          count[1] = 0;
        }
        case "p", "tbl", "sdt" -> {
          if (count[1] > 0) text.append('\n');
          count[1]++;
        }
        default -> { }
      }
      cellTokens(e, text, count);
    }
  }

  // ---------------------------------------------------------------- tables, headers and footers

  /** {@code XWPFTable.getText()}: each row's paragraphs joined by tabs, a line per row with text. */
  String tableText(WordElement tbl) {
    StringBuilder text = new StringBuilder();
    for (WordElement row : tbl.all("tr")) {
      StringBuilder rowText = new StringBuilder();
      for (WordElement cell : row.all("tc")) {
        for (WordElement p : cell.all("p")) {
          if (!rowText.isEmpty()) rowText.append('\t');
          rowText.append(paragraphText(p));
        }
      }
      if (!rowText.isEmpty()) text.append(rowText).append('\n');
    }
    return text.toString();
  }

  /** {@code XWPFHeaderFooter.getText()} of a part read {@code reads} times (once per relationship to it). */
  String headerFooterText(List<WordElement> body, int reads) {
    StringBuilder t = new StringBuilder(64);
    for (int i = 0; i < reads; i++) {
      for (WordElement e : body) {
        if (!e.is("p")) continue;
        String text = paragraphText(e);
        if (!text.isEmpty()) t.append(text).append('\n');
      }
    }
    for (int i = 0; i < reads; i++) {
      for (WordElement e : body) {
        if (!e.is("tbl")) continue;
        String text = tableText(e);
        if (!text.isEmpty()) t.append(text).append('\n');
      }
    }
    for (int i = 0; i < reads; i++) {
      for (WordElement e : body) {
        if (e.is("sdt")) t.append(blockControlText(e)).append('\n');
      }
    }
    return t.toString();
  }

}
