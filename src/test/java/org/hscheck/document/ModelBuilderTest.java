package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelBuilderTest {
  private final ModelBuilder b = new ModelBuilder(new ReadBudget(ReadLimits.defaults()));

  @Test
  void sectionsNestByLevelAndBlocksKnowTheirPath() throws Exception {
    b.paragraph("Cover text", 1);
    b.heading(1, "1", "Con\ntext", 1);
    b.heading(2, "1.1", "Threats", 1);
    b.paragraph("Threats are linked.", 2);
    b.heading(1, "2", "Strategy", 2);
    b.listItem("a)", 0, "Protect", 2);
    ProposalDocument doc = b.build("p.pdf", "00", Format.PDF);
    assertThat(doc.root().blocks()).extracting(Block::text).containsExactly("Cover text");
    assertThat(doc.root().children()).extracting(Section::title).containsExactly("1 Con text", "2 Strategy");
    assertThat(doc.blocks().get(1).location().sectionPath()).containsExactly("1 Con text", "1.1 Threats");
    assertThat(doc.blocks().get(2).location().sectionPath()).containsExactly("2 Strategy");
    ModelAssertions.assertLocationsConsistent(doc);
  }

  @Test
  void blankBlocksDroppedLigaturesSplitControlCharactersRemoved() throws Exception {
    b.paragraph("  \t ", 1);
    b.paragraph("The sta\uFB00 of the o\uFB03ce\u0007", 1);
    b.table(new ModelBuilder.TableDraft(List.of(List.of(new ModelBuilder.CellDraft(" ", List.of()))), 0), 1);
    ProposalDocument doc = b.build("p.pdf", "00", Format.PDF);
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("The staff of the office");
    assertThat(doc.blocks().get(0).location().charStart()).isZero();
  }

  @Test
  void nothingReadableIsNoText() {
    b.paragraph(" ", 1);
    assertThatThrownBy(() -> b.build("scan.pdf", "00", Format.PDF))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.NO_TEXT);
          assertThat(e.getMessage()).contains("scanned image");
        });
  }

  @Test
  void characterCapStopsTheParse() {
    ModelBuilder small = new ModelBuilder(new ReadBudget(ReadLimits.defaults().withMaxChars(10)));
    assertThatThrownBy(() -> small.paragraph("more than ten characters", 1))
        .isInstanceOf(LimitExceeded.class).hasMessageContaining("more than 10 characters");
  }
}
