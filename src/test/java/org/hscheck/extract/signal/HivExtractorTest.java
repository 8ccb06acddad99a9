package org.hscheck.extract.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hscheck.extract.Docs;
import org.hscheck.extract.HivSalience;
import org.hscheck.document.ProposalDocument;
import org.hscheck.extract.text.Sentences;
import org.junit.jupiter.api.Test;

class HivExtractorTest {

  static HivSalience.Level level(String lang, ProposalDocument doc) {
    return new HivExtractor().extract(Sentences.of(doc), lang).level();
  }

  @Test
  void substantialWhenInObjectivesOutputsOrResultsTables() {
    assertThat(level("en", Docs.in("en").section("1 Background", "HIV prevalence is 12% in the province.")
        .section("3 Objectives", "Objective 2: reduce HIV infections among migrant workers.").build()))
        .isEqualTo(HivSalience.Level.SUBSTANTIAL);
    assertThat(level("fr", Docs.in("fr").table("Cadre de résultats", "Résultat | Indicateur",
        "Produit 1.2 Dépistage du VIH | nombre de personnes testées").build()))
        .isEqualTo(HivSalience.Level.SUBSTANTIAL);
    assertThat(level("es", Docs.in("es").section("Introducción",
        "El proyecto tiene como objetivo reducir la transmisión del VIH entre jóvenes.").build()))
        .isEqualTo(HivSalience.Level.SUBSTANTIAL);
  }

  @Test
  void passingWhenOnlyInTheBackground() {
    HivSalience s = new HivExtractor().extract(Sentences.of(Docs.in("en")
        .section("1 Context", "Poverty, HIV/AIDS and conflict affect the region.")
        .section("3 Activities", "The project will train police officers.").build()), "en");
    assertThat(s.level()).isEqualTo(HivSalience.Level.PASSING);
    assertThat(s.evidence()).singleElement().satisfies(e -> assertThat(e.quote()).contains("HIV/AIDS"));
  }

  @Test
  void noneWithoutMentionsAndNotForTheSwedishAgencyOrHearingAids() {
    assertThat(level("en", Docs.in("en").section("3 Activities",
        "The project is co-funded by Sida, the Swedish agency.", "Teaching aids and hearing aids are provided.").build()))
        .isEqualTo(HivSalience.Level.NONE);
    assertThat(level("fr", Docs.in("fr").section("3 Activités", "Le projet est cofinancé par l'Asdi (Sida) suédoise.").build()))
        .isEqualTo(HivSalience.Level.NONE);
  }

  @Test
  void oneMentionAmongTheActivitiesIsPassingTwoAreSubstantial() {
    assertThat(level("es", Docs.in("es").section("3.3 Componente de protección",
        "Derivación a la red pública de salud para atención en salud mental, salud sexual y reproductiva, prueba del VIH y control prenatal.",
        "Capacitación de docentes en protocolos de protección.").build()))
        .isEqualTo(HivSalience.Level.PASSING);
    assertThat(level("en", Docs.in("en").section("3 Activities",
        "Mobile HIV testing at landing sites on market days.",
        "Peer educators distribute condoms and refer fishers who test HIV positive to treatment.").build()))
        .isEqualTo(HivSalience.Level.SUBSTANTIAL);
  }
}
