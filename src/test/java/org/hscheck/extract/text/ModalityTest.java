package org.hscheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.hscheck.extract.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityTest {

  /** The status of the first occurrence of {@code trigger} in {@code sentence}. */
  static Status status(String lang, String sentence, String trigger) {
    int at = Text.fold(sentence).indexOf(Text.fold(trigger));
    assertThat(at).as("trigger '%s' in '%s'", trigger, sentence).isNotNegative();
    return Modality.of(sentence, at, at + trigger.length(), lang).status();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | A needs assessment was conducted with the district in 2023.                      | needs assessment | AFFIRMED
      es | El programa comenzará con un diagnóstico en los municipios (meses 1 a 4), con grupos focales para mujeres. | grupos focales | PLANNED
      en | The ministry will absorb the service corners once their benefits have been demonstrated. | absorb | PLANNED
      es | No existe un consejo nacional separado: la coordinación de la respuesta corresponde al Ministerio. | coordinacion | AFFIRMED
      en | No consultation was held: the design relied on the 2023 survey.                                 | consultation | NEGATED
      en | The committees were consulted once the elections had taken place.                        | consulted | AFFIRMED
      en | In 2023 the district council met with the women's groups once a month.                   | met with | AFFIRMED
      en | The teams will hold meetings in each village (one per quarter), with focus groups for women.          | focus groups | PLANNED
      en | In 2023 we consulted women's groups in each village.                              | consulted        | AFFIRMED
      en | The 2024 participatory assessments were not designed as a baseline.             | participatory assessments | AFFIRMED
      en | The participatory assessments were not carried out in 2024.                     | participatory assessments | NEGATED
      es | Los diagnósticos de 2024 no fueron diseñados como línea de base.                 | diagnósticos | AFFIRMED
      en | Because the national strategic plan is about to expire, output 2 is not built on it. | national strategic plan | NEGATED
      en | The national strategic plan guides output 2, which does not duplicate it.           | national strategic plan | AFFIRMED
      fr | Le plan stratégique national expire en 2025 et le projet ne s'en inspire pas.      | plan strategique national | NEGATED
      es | El plan estratégico nacional vence en 2025 y el proyecto no se basa en él.          | plan estrategico nacional | NEGATED
      en | Focus groups were held with the community before the project was designed.      | Focus groups     | AFFIRMED
      en | The proposal builds on a participatory assessment with the municipality.          | assessment       | AFFIRMED
      en | A needs assessment will be conducted in the first quarter.                        | needs assessment | PLANNED
      en | A baseline survey is planned upon start of the project.                           | baseline survey  | PLANNED
      en | Baselines are to be established during the inception phase.                       | Baselines        | PLANNED
      en | No consultation with the district has yet taken place.                            | consultation     | NEGATED
      en | Representatives of the townships will join once inception consultations have taken place. | consultations | PLANNED
      es | Los municipios se sumarán una vez que las consultas se hayan realizado.              | consultas        | PLANNED
      en | The household survey will be held to refine baselines, not to decide the design.  | household survey | PLANNED
      fr | L'enquête sera menée pour affiner les valeurs de référence, pas pour décider des activités. | enquête | PLANNED
      en | The community has not been consulted.                                             | consulted        | NEGATED
      en | The project was designed without consulting local authorities.                    | consulting       | NEGATED
      en | A needs assessment has yet to be carried out.                                     | needs assessment | NEGATED
      en | No needs assessment was conducted; one will be conducted in the first quarter.    | one will         | PLANNED
      en | There are no shelters in the district, but the project will open two shelters.    | open two         | PLANNED
      en | The assessment, which was not funded, will be done in the first quarter.          | assessment       | PLANNED
      en | The project will not only train police but also set up shelters.                  | train police     | PLANNED
      en | Because survivors do not have legal aid, the project will fund legal clinics.     | legal clinics    | PLANNED
      en | A needs assessment, which UNDP conducted last year, will be updated.              | updated          | PLANNED
      en | In months 1–4, teams will hold meetings in each village, and a household survey of about 700 households. | household survey | PLANNED
      en | In 2023 the team held focus groups in each village, and a household survey of 500 households. | household survey | AFFIRMED
      fr | Les équipes tiendront des réunions dans chaque village, et une enquête auprès de 700 ménages.   | enquête          | PLANNED
      en | A household survey was conducted in 2023, and a baseline survey will follow.        | household survey | AFFIRMED
      fr | Une évaluation des besoins a été menée avec la commune en 2023.                  | évaluation       | AFFIRMED
      fr | Les femmes ont participé aux groupes de discussion.                              | groupes          | AFFIRMED
      fr | Une évaluation des besoins sera réalisée au cours du premier trimestre.          | évaluation       | PLANNED
      fr | L'étude de base est prévue au démarrage du projet.                               | étude de base    | PLANNED
      fr | Aucune consultation n'a pas encore eu lieu avec la mairie.                       | consultation     | NEGATED
      fr | La consultation des autorités n'a pas été réalisée.                              | consultation     | NEGATED
      fr | Le projet a été conçu sans consulter les communautés.                            | consulter        | NEGATED
      fr | Les communautés n'ont pas encore été consultées.                                 | consultées       | NEGATED
      es | Se realizó un diagnóstico participativo con la alcaldía en 2023.                 | diagnóstico      | AFFIRMED
      es | Las consultas se llevaron a cabo con las comunidades.                            | consultas        | AFFIRMED
      es | El diagnóstico se llevará a cabo en el primer trimestre.                         | diagnóstico      | PLANNED
      es | Está prevista una línea de base al inicio del proyecto.                          | línea de base    | PLANNED
      es | Todavía no se ha consultado a la alcaldía.                                       | consultado       | NEGATED
      es | No se ha realizado ningún diagnóstico.                                           | diagnóstico      | NEGATED
      es | Ninguna consulta tuvo lugar con el municipio.                                    | consulta         | NEGATED
      es | Las organizaciones no gubernamentales realizaron talleres.                       | talleres         | AFFIRMED
      en | Building longer-term resilience falls outside what can be achieved in 18 months. | resilience       | NEGATED
      fr | La résilience des ménages est hors du champ de cette proposition.                | résilience       | NEGATED
      es | La resiliencia de los hogares queda fuera del alcance de este proyecto.          | resiliencia      | NEGATED
      en | Resilience committees meet outside the camps every month.                        | Resilience       | AFFIRMED
      """)
  void readsTheTriggersClause(String lang, String sentence, String trigger, Status expected) {
    assertThat(status(lang, sentence, trigger)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      es | El marco de resultados, con sus indicadores, líneas de base y metas, se elaborará una vez concluido el diagnóstico participativo. | indicadores | PLANNED
      fr | Le cadre de résultats, avec ses indicateurs et ses cibles, sera élaboré une fois le diagnostic terminé.                  | indicateurs | PLANNED
      es | Los indicadores del marco de resultados se revisarán una vez al año con la alcaldía.                                      | indicadores | AFFIRMED
      fr | Les indicateurs sont suivis une fois par trimestre par le comité de pilotage.                                             | indicateurs | AFFIRMED
      fr | Un cadre de résultats, avec les indicateurs et les cibles, sera élaboré lors de l'atelier de démarrage.                  | indicateurs | PLANNED
      es | Los indicadores y las metas se definirán en el taller de inicio con los socios.                                           | indicadores | PLANNED
      fr | La question de la reprise des activités après le financement sera étudiée lors de la revue à mi-parcours.                | reprise     | PLANNED
      en | The handover of the services to the districts will be examined at the mid-term review.                                  | handover    | PLANNED
      """)
  void aConditionPutsOffWhatTheDesignShouldFix(String lang, String sentence, String trigger, Status expected) {
    int at = Text.fold(sentence).indexOf(Text.fold(trigger));
    assertThat(Modality.of(sentence, at, at + trigger.length(), lang).deferrableStatus()).isEqualTo(expected);
  }

  @Test
  void aContrastAfterTheTriggerDeniesOnlyWhatItSetsAside() {
    assertThat(status("en", "We began from what migrants told us, not from any one agency's mandate.", "began from what"))
        .isEqualTo(Status.AFFIRMED);
    assertThat(status("es", "El programa se organiza a partir de los pescadores, y no de los mandatos de cada institución.", "se organiza"))
        .isEqualTo(Status.AFFIRMED);
    assertThat(status("en", "The district was consulted, not in the design but afterwards.", "consulted")).isEqualTo(Status.AFFIRMED);
    assertThat(status("en", "The district was informed of the design, not consulted.", "informed")).isEqualTo(Status.NEGATED);
  }

  @Test
  void denyingASeparateThingAfterTheTriggerDoesNotDenyTheTrigger() {
    assertThat(status("en", "The programme uses the indicators of the national HIV monitoring and evaluation framework and "
        + "will not create a separate HIV database.", "national HIV monitoring")).isNotEqualTo(Status.NEGATED);
    assertThat(status("en", "The programme uses the national HIV monitoring framework and will not report on it.",
        "national HIV monitoring")).isEqualTo(Status.NEGATED);
  }

  @Test
  void aLackNamedInANounPhraseIsNoDenialByAVerb() {
    String lack = "La inseguridad combina el trabajo sin derechos y la falta de servicios de salud.";
    int at = Text.fold(lack).indexOf("salud");
    assertThat(Modality.of(lack, at, at + 5, "es").negated()).isTrue();
    assertThat(Modality.deniedByVerb(lack, at, at + 5, "es")).isFalse();
    String denied = "Es un programa de salud: no aborda los ingresos ni la vivienda.";
    at = Text.fold(denied).indexOf("ingresos");
    assertThat(Modality.deniedByVerb(denied, at, at + 8, "es")).isTrue();
  }

  @Test
  void projectActivitiesInTheFutureArePartOfTheDesign() {
    String s = "The project will train 200 police officers in the first quarter.";
    int at = s.indexOf("train");
    Modality m = Modality.of(s, at, at + 5, "en");
    assertThat(m.planned()).isTrue();
    assertThat(m.status()).isEqualTo(Status.PLANNED);
    assertThat(m.designStatus()).isEqualTo(Status.AFFIRMED);
    String denied = "The project will not train police officers.";
    int d = denied.indexOf("train");
    assertThat(Modality.of(denied, d, d + 5, "en").designStatus()).isEqualTo(Status.NEGATED);
  }

  @Test
  void negationInARelativeClauseDoesNotDenyTheMainVerb() {
    assertThat(status("en", "Women who have no access to services will join savings groups.", "savings groups"))
        .isEqualTo(Status.PLANNED);
    assertThat(status("es", "Las mujeres que no tienen acceso a servicios recibirán capacitación.", "capacitación"))
        .isEqualTo(Status.PLANNED);
    assertThat(status("en", "Women who have no access to legal aid will be helped.", "access"))
        .isEqualTo(Status.NEGATED);
  }

  @Test
  void rejectsATriggerOutsideTheSentence() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Modality.of("short", 2, 9, "en"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 9)");
  }

  @Test
  void ratherThanAndInsteadOfDenyWhatFollowsNotWhatPrecedes() {
    assertThat(status("en", "Rather than entering data into the national HIV monitoring and evaluation system, the programme "
        + "sets up its own database.", "national HIV monitoring")).isEqualTo(Status.NEGATED);
    assertThat(status("en", "Instead of reporting into the national M&E system, the project keeps its own records.",
        "national M&E system")).isEqualTo(Status.NEGATED);
    assertThat(status("en", "The project reports into the national M&E system rather than a parallel database.",
        "national M&E system")).isEqualTo(Status.AFFIRMED);
    assertThat(status("fr", "Au lieu de transmettre les données au système national de suivi, le projet crée sa propre base.",
        "système national de suivi")).isEqualTo(Status.NEGATED);
    assertThat(status("fr", "Le projet utilise le système national de suivi plutôt qu'une base parallèle.",
        "système national de suivi")).isEqualTo(Status.AFFIRMED);
    assertThat(status("es", "En lugar de reportar al sistema nacional de monitoreo, el proyecto usa su propia base de datos.",
        "sistema nacional de monitoreo")).isEqualTo(Status.NEGATED);
    assertThat(status("es", "El proyecto reporta al sistema nacional de monitoreo en vez de crear una base paralela.",
        "sistema nacional de monitoreo")).isEqualTo(Status.AFFIRMED);
  }
}
