package org.hscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactExtractorTest {

  @Test
  void detectsTheLanguageAndGathersNeedsSignalsAndHiv() {
    var doc = Docs.in("und")
        .section("2 Identification des besoins",
            "Une évaluation des besoins a été menée en 2023 avec les communautés et la mairie de chaque commune.")
        .section("3 Objectifs", "L'objectif est de réduire la transmission du VIH chez les jeunes de la région.")
        .section("4 Activités", "Le projet formera 200 policiers et agents de santé à la prise en charge des survivantes.")
        .build();
    ProposalFacts facts = new FactExtractor().extract(doc);
    assertThat(facts.document().language()).isEqualTo("fr");
    assertThat(facts.needsAssessments()).singleElement().satisfies(n -> {
      assertThat(n.timing()).isEqualTo(Status.AFFIRMED);
      assertThat(n.withCommunity()).isTrue();
      assertThat(n.withAuthorities()).isTrue();
    });
    assertThat(facts.signals(SignalKind.NEEDS_ASSESSMENT)).hasSize(1);
    assertThat(facts.signals(SignalKind.PROTECTION_ACTIVITY)).isNotEmpty()
        .allSatisfy(s -> assertThat(s.evidence().location().sectionPath()).containsExactly("4 Activités"));
    assertThat(facts.hiv().level()).isEqualTo(HivSalience.Level.SUBSTANTIAL);
  }
}
