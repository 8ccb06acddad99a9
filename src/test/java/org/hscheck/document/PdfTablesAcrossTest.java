package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * A one-column page holding a risk table and a budget table across its width, whose column gaps line up into what
 * looks like a gutter: wide cells on both sides of it (risks on the left, mitigations on the right) and few lines
 * crossing it. The tables must be read row by row, not cut into a left and a right column.
 */
class PdfTablesAcrossTest {
  private static final float SIZE = 9;
  private static final float[] RISK_COLUMNS = {60, 265, 320, 380};
  private static final float[] BUDGET_COLUMNS = {60, 265, 320, 380, 470};

  @Test
  void tablesAcrossAOneColumnPageAreReadRowByRow() throws Exception {
    ProposalDocument doc = DocumentReaders.read(page(), "tables.pdf", ReadLimits.defaults());
    List<List<String>> rows = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
        .flatMap(t -> t.rows().stream()).map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
    assertThat(rows).contains(
        List.of("Component 1: police and justice", "480,000", "40,000", "0", "520,000"),
        List.of("Total", "577,800", "802,500", "331,700", "1,712,000"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Police officers transferred after training", "High"));
  }

  @Test
  void tablesSideBySideInTwoColumnsOfTextStayApart() throws Exception {
    ProposalDocument doc = DocumentReaders.read(twoColumns(), "columns.pdf", ReadLimits.defaults());
    List<List<String>> rows = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
        .flatMap(t -> t.rows().stream()).map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
    assertThat(rows).contains(List.of("Personnel", "310 000"), List.of("Total", "1 800 000"));
    assertThat(rows).allSatisfy(r -> assertThat(r.size()).isLessThanOrEqualTo(4));
  }

  /**
   * Two columns, a four-column table at the top of the left one and a two-column table beside it in the right one, their
   * rows on the same baselines, each column going on with running text under its table.
   */
  private static byte[] twoColumns() throws IOException {
    String line = "Les communes et les services techniques suivront";
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
        float y = TestPdfs.TOP;
        float[] left = {60, 140, 200, 250};
        float[] right = {330, 470};
        String[][] indicators = {{"Indicateur", "Réf.", "Cible", "Resp."}, {"Conventions", "0", "12", "FAO"},
            {"Pistes balisées", "0", "240", "FAO"}, {"Ménages", "0", "3 000", "PAM"}, {"Alertes", "0", "80", "PNUD"},
            {"Jeunes", "0", "60", "PAM"}};
        String[][] budget = {{"Catégorie", "Montant"}, {"Personnel", "310 000"}, {"Déplacements", "85 000"},
            {"Équipement", "90 000"}, {"Services", "380 000"}, {"Total", "1 800 000"}};
        for (int r = 0; r < indicators.length; r++) {
          row(cs, y, right, budget[r]);
          y = row(cs, y, left, indicators[r]);
        }
        y -= 8;
        for (int k = 0; k < 3; k++, y -= 12) {
          TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, 60, y, line);
          TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, 330, y, line);
        }
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] page() throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
        float y = TestPdfs.TOP;
        TestPdfs.text(cs, TestPdfs.BOLD, 12, 60, y, "Risks");
        y -= 20;
        y = row(cs, y, RISK_COLUMNS, "Risk", "Likelihood", "Impact", "Mitigation");
        y = row(cs, y, RISK_COLUMNS, "Renewed tribal fighting blocks access to districts", "High", "High",
            "Activities shifted to districts in Jiwaka; remote case work");
        y = row(cs, y, RISK_COLUMNS, "Retaliation against survivors or safe-house staff", "Medium", "High",
            "Confidential locations, security protocols and relocation");
        y = row(cs, y, RISK_COLUMNS, "Police officers transferred after training", "High", "Medium",
            "Train whole units and supervisors; curriculum at the college");
        y = row(cs, y, RISK_COLUMNS, "Provincial grants to safe houses delayed", "Medium", "Medium",
            "Programme grants taper rather than stop in the third year");
        y -= 12;
        TestPdfs.text(cs, TestPdfs.BOLD, 12, 60, y, "Budget");
        y -= 20;
        TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, 60, y,
            "The table gives the budget by component and by participating organization, in United States dollars.");
        y -= 20;
        y = row(cs, y, BUDGET_COLUMNS, "Budget line", "UNDP", "UN Women", "UNICEF", "Total");
        y = row(cs, y, BUDGET_COLUMNS, "Component 1: police and justice", "480,000", "40,000", "0", "520,000");
        y = row(cs, y, BUDGET_COLUMNS, "Component 2: safety of survivors", "0", "560,000", "50,000", "610,000");
        y = row(cs, y, BUDGET_COLUMNS, "Component 3: children of survivors", "0", "30,000", "260,000", "290,000");
        y = row(cs, y, BUDGET_COLUMNS, "Management and coordination", "60,000", "120,000", "0", "180,000");
        y = row(cs, y, BUDGET_COLUMNS, "Subtotal", "540,000", "750,000", "310,000", "1,600,000");
        y = row(cs, y, BUDGET_COLUMNS, "Indirect support costs (7%)", "37,800", "52,500", "21,700", "112,000");
        row(cs, y, BUDGET_COLUMNS, "Total", "577,800", "802,500", "331,700", "1,712,000");
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** One table row, its cells at {@code columns}; returns the baseline of the next row. */
  private static float row(PDPageContentStream cs, float y, float[] columns, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) TestPdfs.text(cs, TestPdfs.REGULAR, SIZE, columns[i], y, cells[i]);
    return y - 16;
  }
}
