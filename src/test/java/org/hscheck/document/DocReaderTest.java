package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads {@code documents/readers-sample.doc}: the document {@link TestDocs#proposalDocx()} builds, saved as
 * Word 97-2003 by LibreOffice ({@code soffice --headless --convert-to doc}).
 */
class DocReaderTest {
  private static ProposalDocument doc;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = DocReaderTest.class.getResourceAsStream("/documents/readers-sample.doc")) {
      doc = DocumentReaders.read(in.readAllBytes(), "readers-sample.docx", ReadLimits.defaults());
    }
  }

  @Test
  void formatAndLanguage() {
    assertThat(doc.metadata().format()).isEqualTo(Format.DOC);
    assertThat(doc.metadata().pages()).isNull();
    assertThat(doc.metadata().language()).isEqualTo("fr");
  }

  @Test
  void headingsFromLocalisedStylesAndOutlineLevels() {
    assertThat(doc.sections()).extracting(Section::level, Section::number, Section::heading).containsExactly(
        tuple(0, "", ""), tuple(1, "1", "Contexte"), tuple(2, "1.1", "Besoins identifiés"),
        tuple(2, "", "Populations ciblées"), tuple(2, "3.2", "Partenaires de mise en œuvre"),
        tuple(1, "4", "Presupuesto"));
  }

  @Test
  void listLabelsComputedFromListTables() {
    List<ListItem> items = doc.blocks().stream().filter(ListItem.class::isInstance).map(ListItem.class::cast).toList();
    assertThat(items).extracting(ListItem::label, ListItem::level)
        .containsExactly(tuple("1.", 0), tuple("a)", 1), tuple("b)", 1), tuple("2.", 0));
  }

  @Test
  void tableFootnoteAndFurniture() {
    Table t = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    assertThat(t.header()).containsExactly("Partenaire", "Budget (USD)");
    assertThat(t.rows().get(1).cells()).extracting(Table.Cell::text).containsExactly("PNUD", "250 000");
    Note n = doc.blocks().stream().filter(Note.class::isInstance).map(Note.class::cast).findFirst().orElseThrow();
    assertThat(n.label()).isEqualTo("1");
    assertThat(n.text()).isEqualTo("Rapport d'évaluation, mars 2025.");
    assertThat(doc.furniture().headers()).containsExactly("Projet HSCheck – en-tête");
    assertThat(doc.plainText()).doesNotContain("en-tête");
  }

  @Test
  void locationsIndexThePlainText() {
    ModelAssertions.assertLocationsConsistent(doc);
  }
}
