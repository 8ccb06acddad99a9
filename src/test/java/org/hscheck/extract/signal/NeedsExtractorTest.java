package org.hscheck.extract.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hscheck.extract.Docs;
import org.hscheck.extract.NeedsAssessment;
import org.hscheck.extract.Status;
import org.hscheck.extract.text.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedsExtractorTest {

  static List<NeedsAssessment> needs(String lang, String text) {
    return new NeedsExtractor().extract(Sentences.of(Docs.in(lang).section("2 Needs", text).build()), lang);
  }

  /** "timing community authorities" of the first statement, or NONE. */
  static String read(String lang, String text) {
    List<NeedsAssessment> found = needs(lang, text);
    if (found.isEmpty()) return "NONE";
    NeedsAssessment n = found.get(0);
    return n.timing() + " " + (n.withCommunity() ? "community" : "-") + " " + (n.withAuthorities() ? "authorities" : "-");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | A participatory needs assessment was conducted with the communities and the district authorities in March 2023.   | AFFIRMED community authorities
      en | Before the design, focus groups were held with women and youth in six villages.                                    | AFFIRMED community -
      en | A needs assessment will be conducted in the first quarter.                                                         | PLANNED - -
      en | No consultation with the district has yet taken place.                                                             | NEGATED - authorities
      en | Between June and October 2024, field teams with the provincial planning officers spent five days in each of the 16 communities. | AFFIRMED community authorities
      en | In each place the teams walked the shoreline with chiefs, elders and landowners.                                  | AFFIRMED community -
      en | The evenings were given to storian sessions with chiefs, church leaders, young people and households.              | AFFIRMED community -
      en | The agency will distribute seeds to the communities.                                                              | NONE
      en | Between August and October 2024, WFP and the two Rural District Councils ran community-based participatory planning in the 12 wards. | AFFIRMED community authorities
      es | Entre abril y junio de 2024, los equipos recorrieron las 16 comunidades junto con funcionarios de las municipalidades. | AFFIRMED community authorities
      es | En cada comunidad se realizaron asambleas abiertas con las familias.                                              | AFFIRMED community -
      fr | En 2023, les équipes ont parcouru les 12 villages avec les agents des communes.                                   | AFFIRMED community authorities
      en | In 2024 the ward offices of 32 wards convened the consultations with migrant households.                     | AFFIRMED community authorities
      es | En 2024 se realizaron 38 diálogos comunitarios con mujeres y con las direcciones municipales de la mujer.      | AFFIRMED community authorities
      fr | En 2024, les agences ont mené des consultations avec les habitants et la commission municipale.               | AFFIRMED community authorities
      fr | Le cadre de concertation transfrontalier se réunit chaque trimestre avec les communes.                        | NONE
      en | The municipality was consulted on the priorities of the project.                                                   | AFFIRMED - authorities
      en | The project will hold consultations with the communities upon start.                                               | PLANNED community -
      en | Consultations were useful.                                                                                          | NONE
      en | Medical consultations increased by 20%.                                                                             | NONE
      en | In 2023 consultations were held with camp committees in 12 villages. The township administrations took part in each meeting. | AFFIRMED community authorities
      en | In 2023 consultations were held with camp committees in 12 villages. Township administrations did not take part in them.    | AFFIRMED community -
      en | In 2023 consultations were held with camp committees in 12 villages. The township authorities will be consulted during inception. | AFFIRMED community -
      fr | Un diagnostic participatif a été réalisé avec les communautés et la mairie en 2023.                                | AFFIRMED community authorities
      fr | Une évaluation des besoins sera réalisée au cours du premier trimestre.                                            | PLANNED - -
      fr | Aucune consultation n'a encore eu lieu avec les autorités locales.                                                 | NEGATED - authorities
      fr | Les femmes et les jeunes ont été consultés lors de groupes de discussion dans chaque commune.                      | AFFIRMED community authorities
      es | Se realizó un diagnóstico participativo con las comunidades y la alcaldía.                                        | AFFIRMED community authorities
      es | El diagnóstico de necesidades se llevará a cabo al inicio del proyecto.                                          | PLANNED - -
      es | Todavía no se ha consultado a las comunidades ni a la municipalidad.                                              | NEGATED community authorities
      es | Los grupos focales con mujeres se llevaron a cabo antes del diseño.                                               | AFFIRMED community -
      es | En 2023 se realizó un grupo focal con mujeres y una reunión con el gobierno local.                               | AFFIRMED community authorities
      """)
  void readsMethodWhoAndWhen(String lang, String text, String expected) {
    assertThat(read(lang, text.strip())).isEqualTo(expected);
  }

  @Test
  void aParagraphGoesOnWithTheListThatFollowsIt() {
    var doc = Docs.in("en").section("3 How needs were identified",
        "Between April and September 2024, the three agencies held participatory assessments in the camps and towns.",
        "- The municipalities co-hosted the sessions and their social affairs departments invited the families.",
        "- 1,020 children and young people took part.").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(doc), "en")).first()
        .satisfies(n -> assertThat(n.withAuthorities()).isTrue());
  }

  @Test
  void aWeakMethodInATableIsADataSourceNotAnExercise() {
    var doc = Docs.in("en").table("7 Monitoring", "Indicator | Baseline | Source",
        "Households with a member abroad | 47% | Household survey with the communities").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(doc), "en")).isEmpty();
  }

  @Test
  void namesTheMethodAndMirrorsSignals() {
    List<NeedsAssessment> found = needs("en", "Focus groups were held with women before the design.");
    assertThat(found).singleElement().satisfies(n -> {
      assertThat(n.method()).isEqualTo("focus groups");
      assertThat(n.evidence().quote()).isEqualTo("Focus groups were held with women before the design.");
    });
    assertThat(NeedsExtractor.signals(found)).singleElement()
        .satisfies(s -> assertThat(s.detail()).isEqualTo("focus groups; with the community"));
    assertThat(NeedsExtractor.signals(found).get(0).status()).isEqualTo(Status.AFFIRMED);
  }

  @Test
  void aRoutineExerciseIdentifiesNoNeedsForThisDesign() {
    assertThat(needs("en", "In each district, the coordinator holds a quarterly technical meeting with the chairs of the "
        + "fishermen committees to review field progress.")).isEmpty();
    assertThat(needs("fr", "L'évaluation participative que le HCR conduit chaque année dans le camp a réuni des réfugiés "
        + "et les autorités du camp.")).isEmpty();
    assertThat(needs("en", "In March 2024 a meeting with the fishermen committees and the district council set the priorities."))
        .singleElement().satisfies(n -> assertThat(n.timing()).isEqualTo(Status.AFFIRMED));
  }

  @Test
  void studiesNamedAsSourcesOfADeskReviewAreNoExerciseHeld() {
    assertThat(needs("en", "The analysis relies on existing sources: the 2023 Multi-Sector Needs Assessment carried out by "
        + "REACH and a survey of 1,150 households published by a local association.")).isEmpty();
    assertThat(needs("es", "El análisis se basa en datos secundarios: la evaluación de necesidades de 2023 de las "
        + "comunidades.")).isEmpty();
    assertThat(needs("en", "The analysis above draws on three sources: the displacement tracking rounds, the 2024 "
        + "Multi-Sector Needs Assessment of displaced households and protection monitoring.")).isEmpty();
    assertThat(read("en", "The needs assessment was carried out for the humanitarian community by the district authorities."))
        .isEqualTo("AFFIRMED - authorities");
  }

  @Test
  void aNoteThatOnlyNamesAStudyIsAReference() {
    var doc = Docs.in("en").section("2 Context", "Floods destroyed the harvest in the villages.",
        "^ REACH, Multi-Sector Needs Assessment of the communities of Sindh, 2023.").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(doc), "en")).isEmpty();
    var held = Docs.in("en").section("2 Context", "Floods destroyed the harvest in the villages.",
        "^ The needs assessment was carried out with the communities and the district council in May 2024.").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(held), "en")).singleElement()
        .satisfies(n -> assertThat(n.timing()).isEqualTo(Status.AFFIRMED));
  }

  @Test
  void theExerciseSpokenOfAgainAfterItWasPlannedIsStillPlanned() {
    var doc = Docs.in("es").section("3 Formulación",
        "El programa comenzará con un diagnóstico participativo con las comunidades en los meses 1 a 4.",
        "El comité decide sobre los ajustes que recomiende el diagnóstico participativo con los ayuntamientos.").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(doc), "es")).extracting(NeedsAssessment::timing)
        .containsOnly(Status.PLANNED);
    var done = Docs.in("es").section("3 Formulación",
        "El diagnóstico participativo con las comunidades y la alcaldía aprobó las prioridades.").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(done), "es")).extracting(NeedsAssessment::timing)
        .containsOnly(Status.AFFIRMED);
  }

  @Test
  void aPartnersWorkDescribedInThePresentIsNoNeedsExercise() {
    var roles = Docs.in("es").section("6 Socios y funciones",
        "La Fundación Mujer y Frontera acompaña a los grupos de mujeres y organiza los talleres con hombres.").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(roles), "es")).isEmpty();
    var past = Docs.in("es").section("6 Socios y funciones",
        "La Fundación Mujer y Frontera organizó en 2024 los talleres con las mujeres del mercado.").build();
    assertThat(new NeedsExtractor().extract(Sentences.of(past), "es")).extracting(NeedsAssessment::timing)
        .containsOnly(Status.AFFIRMED);
  }

  @Test
  void aDenialAboutEarlierExercisesIsALessonNotAStatementAboutThisDesign() {
    assertThat(needs("en", "In the earlier relocations in Fiji women were not consulted on the choice of sites.")).isEmpty();
    assertThat(needs("fr", "Lors des réinstallations précédentes, les femmes n'ont pas été consultées.")).isEmpty();
    assertThat(needs("es", "En los proyectos anteriores las comunidades no fueron consultadas.")).isEmpty();
    assertThat(needs("en", "The communities have not been consulted yet.")).singleElement()
        .satisfies(n -> assertThat(n.timing()).isEqualTo(Status.NEGATED));
    assertThat(needs("en", "No needs assessment was carried out with the communities prior to project design.")).singleElement()
        .satisfies(n -> assertThat(n.timing()).isEqualTo(Status.NEGATED));
    assertThat(needs("en", "Unlike previous projects, this programme has not consulted the communities.")).singleElement()
        .satisfies(n -> assertThat(n.timing()).isEqualTo(Status.NEGATED));
    assertThat(needs("en", "Lessons from earlier projects were discussed when the communities were consulted in 2023."))
        .singleElement().satisfies(n -> assertThat(n.timing()).isEqualTo(Status.AFFIRMED));
  }
}
