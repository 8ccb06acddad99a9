package org.hscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class LargeProposalsTest {

  @Test
  void aGeneratedPdfHasExactlyTheRequestedPagesWithText() throws Exception {
    byte[] pdf = LargeProposals.pdf(12);
    try (var doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(12);
    }
    String text = BareExtraction.text(pdf, "large-12.pdf");
    assertThat(text).contains("UNDP, as lead agency").contains("Annex 1: Profile of").contains("Page 12 of 12");
  }

  @Test
  void aGeneratedDocxHasOnePageBreakBetweenPagesAndTheAnnexTables() throws Exception {
    byte[] docx = LargeProposals.docx(7);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      long breaks = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .filter(r -> r.getCTR().getBrList().stream().anyMatch(b -> b.getType() != null)).count();
      assertThat(breaks).isEqualTo(6);
      assertThat(doc.getTables()).isNotEmpty();
    }
  }

  @Test
  void generationIsDeterministicAndRejectsNonsense() {
    assertThat(LargeProposals.pages(30)).isEqualTo(LargeProposals.pages(30)).hasSize(30);
    assertThatThrownBy(() -> LargeProposals.pages(0)).hasMessageContaining("at least 1, got 0");
  }
}
