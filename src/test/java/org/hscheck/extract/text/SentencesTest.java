package org.hscheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hscheck.extract.Docs;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAtSentencePunctuationButNotAfterAbbreviationsInitialsOrNumbers() {
    assertThat(Sentences.split("Partners met in 2023, e.g. the district. The project will start. Dr. Sow leads it."))
        .containsExactly("Partners met in 2023, e.g. the district.", "The project will start.", "Dr. Sow leads it.");
    assertThat(Sentences.split("Le budget est de 3.5 millions. Il inclut U.N. Habitat et J. Dupont."))
        .containsExactly("Le budget est de 3.5 millions.", "Il inclut U.N. Habitat et J. Dupont.");
    assertThat(Sentences.split("¿Quién participa? La comunidad participa.")).hasSize(2);
  }

  @Test
  void joinsWrappedLinesAndSplitsAtBlankLinesAndBullets() {
    assertThat(Sentences.split("A needs assessment was\nconducted with the district\n\nTraining of police"))
        .containsExactly("A needs assessment was conducted with the district", "Training of police");
    assertThat(Sentences.split("Activities:\n• shelters\n• legal aid"))
        .containsExactly("Activities:", "• shelters", "• legal aid");
  }

  @Test
  void cutsOverlongRunsAtSpaces() {
    String run = "word ".repeat(600);
    List<String> parts = Sentences.split(run);
    assertThat(parts).hasSizeGreaterThan(2).allMatch(s -> s.length() <= Sentences.MAX_SENTENCE);
  }

  @Test
  void keepsEvidenceAndMarksTableCellsWithTheirRowAndColumn() {
    var doc = Docs.in("en")
        .section("2 Needs", "A needs assessment was conducted. It involved the district.", "- train police officers")
        .table("4 Results", "Output | Activities", "Output 1.1 Referral system | Train health workers\nSet up shelters")
        .build();
    List<Sentence> all = Sentences.of(doc);
    assertThat(all).extracting(Sentence::text).containsExactly("2 Needs", "A needs assessment was conducted.",
        "It involved the district.", "train police officers", "4 Results", "Output", "Activities",
        "Output 1.1 Referral system", "Train health workers", "Set up shelters");
    Sentence second = all.get(2);
    assertThat(second.origin()).isEqualTo(Sentence.Origin.PARAGRAPH);
    assertThat(second.evidence().quote()).isEqualTo("It involved the district.");
    assertThat(second.evidence().location().block()).isEqualTo(0);
    assertThat(second.sectionPath()).containsExactly("2 Needs");
    assertThat(all.get(3).origin()).isEqualTo(Sentence.Origin.LIST_ITEM);
    Sentence cell = all.get(9);
    assertThat(cell.inTable()).isTrue();
    assertThat(cell.rowHead()).isEqualTo("Output 1.1 Referral system");
    assertThat(cell.columnHead()).isEqualTo("Activities");
    assertThat(cell.evidence().location().page()).isEqualTo(2);
    assertThat(all.get(0).origin()).isEqualTo(Sentence.Origin.HEADING);
  }

  @Test
  void foldKeepsLengthAndStripsAccents() {
    String s = "Évaluation n’a pas été réalisée — ningún";
    assertThat(Text.fold(s)).hasSize(s.length()).isEqualTo("evaluation n'a pas ete realisee - ningun");
  }
}
