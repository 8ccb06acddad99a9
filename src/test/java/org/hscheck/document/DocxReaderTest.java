package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
  private static ProposalDocument doc;

  @BeforeAll
  static void read() throws Exception {
    doc = DocumentReaders.read(TestDocs.proposalDocx(), "proposition.pdf", ReadLimits.defaults());
  }

  @Test
  void formatComesFromContentNotName() {
    assertThat(doc.metadata().format()).isEqualTo(Format.DOCX);
    assertThat(doc.metadata().name()).isEqualTo("proposition.pdf");
    assertThat(doc.metadata().sha256()).hasSize(64);
    assertThat(doc.metadata().language()).isEqualTo("fr");
  }

  @Test
  void headingsFromLocalisedStylesOutlineLevelsAndNumbering() {
    List<Section> s = doc.sections();
    assertThat(s).extracting(Section::level, Section::number, Section::heading).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, "", ""),
        org.assertj.core.groups.Tuple.tuple(1, "1", "Contexte"),
        org.assertj.core.groups.Tuple.tuple(2, "1.1", "Besoins identifiés"),
        org.assertj.core.groups.Tuple.tuple(2, "", "Populations ciblées"),
        org.assertj.core.groups.Tuple.tuple(2, "3.2", "Partenaires de mise en œuvre"),
        org.assertj.core.groups.Tuple.tuple(1, "4", "Presupuesto"));
    assertThat(s.get(1).children()).hasSize(3);
    assertThat(doc.blocks()).noneMatch(b -> b.text().contains("Contexte"));
  }

  @Test
  void listLabelsAsPrinted() {
    List<ListItem> items = doc.blocks().stream().filter(ListItem.class::isInstance).map(ListItem.class::cast).toList();
    assertThat(items).extracting(ListItem::label, ListItem::level).containsExactly(
        org.assertj.core.groups.Tuple.tuple("1.", 0), org.assertj.core.groups.Tuple.tuple("a)", 1),
        org.assertj.core.groups.Tuple.tuple("b)", 1), org.assertj.core.groups.Tuple.tuple("2.", 0));
    assertThat(items.get(0).location().sectionPath()).containsExactly("1 Contexte", "Populations ciblées");
  }

  @Test
  void tablesWithHeaderAndNestedTable() {
    Table t = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    assertThat(t.header()).containsExactly("Partenaire", "Budget (USD)");
    assertThat(t.rows().get(1).cells()).extracting(Table.Cell::text).containsExactly("PNUD", "250 000");
    Table nested = t.rows().get(2).cells().get(1).nested().get(0);
    assertThat(nested.rows()).hasSize(2);
    assertThat(nested.rows().get(1).cells()).extracting(Table.Cell::text).containsExactly("Phase 2", "130 000");
    assertThat(t.location().sectionPath()).containsExactly("1 Contexte", "3.2 Partenaires de mise en œuvre");
  }

  @Test
  void footnoteFollowsTheParagraphThatCitesIt() {
    List<Block> blocks = doc.blocks();
    int i = 0;
    while (!blocks.get(i).text().startsWith("Une évaluation conjointe")) i++;
    assertThat(blocks.get(i).text()).doesNotContain("footnoteRef").doesNotContain("Rapport d'évaluation");
    Note n = (Note) blocks.get(i + 1);
    assertThat(n.kind()).isEqualTo(Note.Kind.FOOTNOTE);
    assertThat(n.label()).isEqualTo("1");
    assertThat(n.text()).isEqualTo("Rapport d'évaluation, mars 2025.");
  }

  @Test
  void headersAndFootersKeptApart() {
    assertThat(doc.furniture().headers()).containsExactly("Projet HSCheck – en-tête");
    assertThat(doc.furniture().footers()).containsExactly("Page 1");
    assertThat(doc.plainText()).doesNotContain("en-tête").doesNotContain("Page 1");
  }

  @Test
  void pagesFromRenderedPageBreaks() {
    Section budget = doc.sections().get(5);
    assertThat(budget.location().page()).isEqualTo(2);
    assertThat(doc.blocks().get(0).location().page()).isEqualTo(1);
    assertThat(doc.blocks().get(doc.blocks().size() - 1).location().page()).isEqualTo(2);
  }

  @Test
  void locationsIndexThePlainText() {
    ModelAssertions.assertLocationsConsistent(doc);
  }
}
