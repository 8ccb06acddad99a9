package org.hscheck.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Generates large proposals for the benchmark: the body of a joint programme proposal followed by annexes (district
 * profiles, workplans, baseline tables) up to the requested number of pages, as .docx (page breaks after each page's
 * worth of content) or .pdf (exactly that many A4 pages with a text layer). Deterministic for a given page count.
 */
public final class LargeProposals {
  private static final int LINES_PER_PAGE = 50;
  private static final int CHARS_PER_LINE = 95;

  private LargeProposals() {}

  /** The proposal's pages, each a list of lines; a line starting with "# " is a heading, "|" a table row. */
  static List<List<String>> pages(int count) {
    if (count < 1) throw new IllegalArgumentException("page count must be at least 1, got " + count);
    Random rnd = new Random(count);
    List<String> lines = new ArrayList<>();
    for (String p : BODY) {
      if (p.startsWith("# ")) lines.add(p);
      else lines.addAll(wrap(p));
      lines.add("");
    }
    int annex = 0;
    List<List<String>> pages = new ArrayList<>();
    int district = 0;
    while (pages.size() < count) {
      while (lines.size() >= LINES_PER_PAGE && pages.size() < count) {
        pages.add(new ArrayList<>(lines.subList(0, LINES_PER_PAGE)));
        lines.subList(0, LINES_PER_PAGE).clear();
      }
      if (pages.size() == count) break;
      annex++;
      lines.add("# Annex " + annex + ": Profile of " + DISTRICTS[district % DISTRICTS.length] + " district");
      for (int i = 0; i < 3; i++) lines.addAll(wrap(sentence(rnd, DISTRICTS[district % DISTRICTS.length])));
      lines.add("");
      lines.add("| Village | Households | Female-headed | Displaced | Safe water (%) | Incidents | Budget line (USD) |");
      for (int v = 0; v < 30; v++) {
        lines.add("| " + DISTRICTS[district % DISTRICTS.length] + " " + (v + 1) + " | " + (40 + rnd.nextInt(400)) + " | "
            + rnd.nextInt(60) + " | " + rnd.nextInt(90) + " | " + (15 + rnd.nextInt(80)) + " | " + rnd.nextInt(7)
            + " | " + (1000 + rnd.nextInt(9000)) + ",00 |");
      }
      lines.add("");
      district++;
    }
    return pages;
  }

  /** A .docx of {@code count} pages' worth of content, one page break per page. */
  public static byte[] docx(int count) {
    try (XWPFDocument doc = new XWPFDocument()) {
      List<List<String>> pages = pages(count);
      for (int p = 0; p < pages.size(); p++) {
        XWPFTable table = null;
        for (String line : pages.get(p)) {
          if (line.startsWith("|")) {
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            if (table == null) {
              table = doc.createTable(1, cells.length);
              fill(table.getRow(0).getTableCells(), cells);
            } else {
              var row = table.createRow();
              fill(row.getTableCells(), cells);
            }
            continue;
          }
          table = null;
          if (line.isEmpty()) continue;
          XWPFParagraph para = doc.createParagraph();
          if (line.startsWith("# ")) {
            para.setStyle("Heading1");
            var r = para.createRun();
            r.setBold(true);
            r.setText(line.substring(2));
          } else {
            para.createRun().setText(line);
          }
        }
        if (p + 1 < pages.size()) doc.createParagraph().createRun().addBreak(BreakType.PAGE);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generated .docx", e);
    }
  }

  private static void fill(List<org.apache.poi.xwpf.usermodel.XWPFTableCell> cells, String[] text) {
    for (int i = 0; i < Math.min(cells.size(), text.length); i++) cells.get(i).setText(text[i].strip());
  }

  /** A .pdf of exactly {@code count} A4 pages with a text layer. */
  public static byte[] pdf(int count) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      int n = 0;
      for (List<String> page : pages(count)) {
        n++;
        PDPage pdPage = new PDPage(PDRectangle.A4);
        doc.addPage(pdPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
          float y = 800;
          for (String line : page) {
            y -= 14.5f;
            if (line.isEmpty()) continue;
            if (line.startsWith("|")) {
              String[] cells = line.substring(1, line.length() - 1).split("\\|");
              float x = 50;
              for (String c : cells) {
                show(cs, regular, 8, x, y, c.strip());
                x += 70;
              }
            } else if (line.startsWith("# ")) {
              show(cs, bold, 12, 50, y, line.substring(2));
            } else {
              show(cs, regular, 9.5f, 50, y, line);
            }
          }
          show(cs, regular, 8, 280, 30, "Page " + n + " of " + count);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generated .pdf", e);
    }
  }

  private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  private static List<String> wrap(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : text.split(" ")) {
      if (line.length() + w.length() + 1 > CHARS_PER_LINE) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(w);
    }
    if (line.length() > 0) out.add(line.toString());
    return out;
  }

  private static String sentence(Random rnd, String district) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      sb.append(PHRASES[rnd.nextInt(PHRASES.length)].replace("{d}", district)).append(' ');
    }
    return sb.toString().strip();
  }

  private static final String[] DISTRICTS = {"Mutoko", "Chiredzi", "Lira", "Gulu", "Cahul", "Soroca", "Dori",
      "Djibo", "Mannar", "Ermera", "Ainaro", "Turkana", "Kolda", "Bakel", "Masisi", "Tumaco"};

  private static final String[] PHRASES = {
      "Households in {d} depend on rain-fed farming and seasonal migration.",
      "The district council of {d} took part in the participatory assessment of 2023.",
      "Women head a growing share of households in {d}, most of them without land titles.",
      "Community groups in {d} meet monthly and report unmet needs to the district working group.",
      "Health posts in {d} are staffed two days a week and run out of supplies in the rainy season.",
      "Young people in {d} leave school early to look for work in town or across the border.",
      "The early warning committee of {d} issues bulletins that reach a third of the villages in time.",
      "Local NGOs in {d} run savings groups and train volunteers in first aid and referral."};

  private static final String[] BODY = {
      "# 1 Summary",
      "UNDP, as lead agency, with UNFPA, IOM and UNICEF, proposes a three-year joint programme to protect and empower "
          + "vulnerable communities in sixteen districts. A Programme Coordinator in the UNDP country office is the "
          + "focal point. The programme works with district councils, the Ministry of Local Government and local NGOs.",
      "# 2 Context and human security analysis",
      "Drought, displacement, gender-based violence and the loss of livelihoods threaten the survival, livelihood and "
          + "dignity of people in the programme districts. In 2023 the agencies, the district councils and "
          + "communities carried out a participatory needs assessment in every district before the programme was "
          + "designed. The root causes are the lack of services, land conflicts and gender inequality.",
      "# 3 Strategy",
      "Protection: district services, referral systems, early warning and training of officials. Empowerment: "
          + "community groups, savings groups and skills for women and young people. Community groups feed their "
          + "needs into the district plans, so that the two strands reinforce each other. The programme is "
          + "people-centred, comprehensive, context-specific and prevention-oriented.",
      "# 4 Management, monitoring and sustainability",
      "A steering committee of the agencies, the district councils and the NGOs meets quarterly. UNDP consolidates "
          + "the reports of the agencies against indicators with baselines and targets, disaggregated by sex and age. "
          + "At the end of the programme the district councils take over the services and the community groups. The "
          + "communication budget is USD 45,000, 2.5% of the programme budget of USD 1,800,000."};
}
