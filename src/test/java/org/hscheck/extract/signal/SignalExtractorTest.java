package org.hscheck.extract.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hscheck.extract.Docs;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.Status;
import org.hscheck.extract.text.Sentences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignalExtractorTest {

  static List<Signal> signals(String lang, String heading, String... paragraphs) {
    return new SignalExtractor().extract(Sentences.of(Docs.in(lang).section(heading, paragraphs).build()), lang);
  }

  /** The statuses of {@code kind} found in one paragraph, or "NONE". */
  static String statuses(String lang, String heading, String text, SignalKind kind) {
    List<String> st = signals(lang, heading, text).stream().filter(s -> s.kind() == kind)
        .map(s -> s.status().name()).distinct().sorted().toList();
    return st.isEmpty() ? "NONE" : String.join("+", st);
  }

  @ParameterizedTest(name = "{0} {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | 3 Activities | The project will train 120 police officers and health workers on referral of survivors.     | PROTECTION_ACTIVITY  | AFFIRMED
      en | 3 Activities | Paralegals will provide legal aid to migrant workers in the district.                        | PROTECTION_ACTIVITY  | AFFIRMED
      en | 3 Activities | An early warning system on floods is set up with the municipality.                           | PROTECTION_ACTIVITY  | AFFIRMED
      en | 3 Activities | Two shelters for survivors of trafficking will be opened.                                    | PROTECTION_ACTIVITY  | AFFIRMED
      en | 3 Activities | The project supports birth registration and identity documents for stateless children.       | PROTECTION_ACTIVITY  | AFFIRMED
      en | 3 Activities | The project will not train police officers; this is covered by another donor.                | PROTECTION_ACTIVITY  | NEGATED
      en | 1 Background | The police were trained by a previous project and courts are weak.                           | PROTECTION_ACTIVITY  | NONE
      en | 3 Activities | Lessons learned: the previous phase trained police officers.                                 | PROTECTION_ACTIVITY  | NONE
      en | 3 Activities | Women will form village savings and loan associations and start small businesses.            | EMPOWERMENT_ACTIVITY | AFFIRMED
      en | 3 Activities | Youth groups will run awareness-raising sessions and peer education on safe migration.      | EMPOWERMENT_ACTIVITY | AFFIRMED
      en | 3 Activities | Vocational training will be offered to 300 returnees.                                        | EMPOWERMENT_ACTIVITY | AFFIRMED
      en | 3 Activities | Women will participate in local planning and budgeting of the municipality.                  | EMPOWERMENT_ACTIVITY | AFFIRMED
      en | 3 Activities | The project will distribute food rations to households.                                      | EMPOWERMENT_ACTIVITY | NONE
      en | 3 Activities | The project will distribute food rations to households.                                      | PROTECTION_ACTIVITY  | NONE
      en | 3 Strategy   | Community committees will feed the needs they identify into district health services.        | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 3 Strategy   | Its Climate Change Division co-chairs the Steering Committee and links the programme to national adaptation planning. | PROTECTION_EMPOWERMENT_LINK | NONE
      en | 3 Activities | County land officers will be trained on women's inheritance under customary law.            | EMPOWERMENT_ACTIVITY | NONE
      en | 8 M&E        | A gender analysis will be carried out during the inception phase.                           | GENDER | PLANNED
      en | 3 Needs      | In November 2024, a four-day design meeting in Auki brought together the planning officers and the churches. | PARTNERS_IN_DESIGN | AFFIRMED
      en | 8 HIV        | HIV tests will be recorded on the national forms and enter the national HIV/STI monitoring system. | NATIONAL_ME_SYSTEM | AFFIRMED
      fr | 7 Suivi VIH  | Les indicateurs VIH du programme sont ceux du cadre national de suivi et d'évaluation.    | NATIONAL_ME_SYSTEM | AFFIRMED
      en | 8 HIV        | The National AIDS Council will receive the programme's annual HIV report for information.  | NATIONAL_AIDS_AUTHORITY | NONE
      en | 2 Context    | According to the National AIDS Council, HIV prevalence among herders is 30 per cent.       | NATIONAL_AIDS_AUTHORITY | NONE
      en | 8 HIV        | The National AIDS Council will co-chair the steering committee of the HIV programme.       | NATIONAL_AIDS_AUTHORITY | AFFIRMED
      fr | 8 VIH        | Les comptes rendus du sous-groupe VIH sont transmis, pour information, au CNLS.           | NATIONAL_AIDS_AUTHORITY | NONE
      fr | 7 Partenariat | Son équipe a rédigé avec le PAM la présente note et a choisi avec lui les districts.     | PARTNERS_IN_DESIGN | AFFIRMED
      fr | 7 Partenariat | Le PAM a rédigé la présente note.                                                       | PARTNERS_IN_DESIGN | NONE
      es | 7 Socios     | La federación redactó junto con la FAO la presente propuesta.                                | PARTNERS_IN_DESIGN | AFFIRMED
      en | 8 M&E        | The 2024 gender analysis found that widows lose their land under customary practice.        | GENDER | AFFIRMED
      en | 8 M&E        | All indicators are disaggregated by sex and age.                                            | GENDER | AFFIRMED
      fr | 8 Suivi      | Une analyse de genre sera réalisée au démarrage du projet.                                  | GENDER | PLANNED
      en | 3 Strategy   | The bottom-up and top-down strands are designed to reinforce each other.                     | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 3 Strategy   | The project applies the protection and empowerment framework.                               | PROTECTION_EMPOWERMENT_LINK | NONE
      en | 3 Strategy   | The two strands work together through the referral committees.                              | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 3.4 Making the two strands work together | The committees meet every month.                     | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 3.4 Protection and empowerment together | The committees meet every month.                      | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 3.4 Protection activities | The committees meet every month.                                    | PROTECTION_EMPOWERMENT_LINK | NONE
      fr | 3.4 Comment s'articulent les deux volets | Les comités se réunissent chaque mois.               | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      es | 3.4 Cómo se conectan ambos ejes | Los comités se reúnen cada mes.                               | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 3 Strategy   | Each strand has its own work plan and its own field teams.                                   | PROTECTION_EMPOWERMENT_LINK | NEGATED
      en | 3 Strategy   | Possible links between the two strands will be explored at the mid-term review.              | PROTECTION_EMPOWERMENT_LINK | NEGATED
      en | 3 Strategy   | The two strands will not be run separately.                                                  | PROTECTION_EMPOWERMENT_LINK | NONE
      fr | 3 Stratégie  | Chaque volet dispose de son propre plan de travail et de ses propres équipes de terrain.      | PROTECTION_EMPOWERMENT_LINK | NEGATED
      fr | 3 Stratégie  | Les passerelles possibles entre les deux volets seront étudiées lors de la revue à mi-parcours. | PROTECTION_EMPOWERMENT_LINK | NEGATED
      es | 3 Estrategia | Cada componente cuenta con su propio equipo y se ejecuta de forma independiente.              | PROTECTION_EMPOWERMENT_LINK | NEGATED
      fr | 3 Plan       | Année 2 : formation des gendarmes, création de deux coopératives de femmes.                   | PROTECTION_EMPOWERMENT_LINK | NONE
      en | 3 Strategy   | Youth councils review the quality of both services every six months with the district.       | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      fr | 3 Stratégie  | Les comités de femmes évaluent la qualité de l'accueil dans les centres de santé.              | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      es | 3 Estrategia | Los comités juveniles vigilan la calidad de la atención en los servicios municipales.          | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 5 Management | A joint steering committee with the ministry, UNDP, IOM and two NGOs meets quarterly.        | COORDINATION_MECHANISM | AFFIRMED
      en | 5 Management | A joint steering committee with the ministry, UNDP, IOM and two NGOs meets quarterly.        | COORDINATION_INCLUDES_CIVIL_SOCIETY | AFFIRMED
      en | 5 Management | A steering committee of UNDP and the ministry will meet twice a year.                        | COORDINATION_INCLUDES_CIVIL_SOCIETY | NONE
      en | 5 Activities | Community project committees choose, build and maintain small infrastructure.            | COORDINATION_MECHANISM | NONE
      en | 2 Needs      | The programme team will visit the localities once funding is confirmed.                      | COORDINATION_MECHANISM | NONE
      en | 5 Management | A programme management team of the three agencies meets every month.                        | COORDINATION_MECHANISM | AFFIRMED
      en | 5 Management | UNDP will be the lead agency and will recruit a programme coordinator.                       | LEAD_AGENCY_DESIGNATION | AFFIRMED
      en | 5 Management | UNDP will be the lead agency and will recruit a programme coordinator.                       | PROGRAMME_COORDINATOR | AFFIRMED
      en | 6 M&E        | Baseline values will be established in the first quarter.                                    | ME_BASELINES | PLANNED
      en | 6 M&E        | The baseline survey of 2023 found 35% of women report violence.                              | ME_BASELINES | AFFIRMED
      en | 6 M&E        | UNDP will submit quarterly progress reports to the steering committee.                       | ME_REPORTING | AFFIRMED
      en | 6 M&E        | The target is 80% of survivors referred within 48 hours.                                     | ME_TARGETS | AFFIRMED
      en | 6 M&E        | The target groups are migrants and their families.                                           | ME_TARGETS | NONE
      en | 7 Exit       | At the end, the shelters will be handed over to the municipality, which has budgeted for them.| SUSTAINABILITY | AFFIRMED
      en | 4 Gender     | All indicators will be disaggregated by sex and age.                                         | GENDER | AFFIRMED
      en | 4 HIV        | The programme is aligned with the Plano Estratégico Nacional de Resposta ao HIV e SIDA 2021–2025 (PEN V). | NATIONAL_AIDS_FRAMEWORK | AFFIRMED
      en | 5 Partners   | The Ministry of Social Affairs and the municipal councils helped write this proposal at two design workshops in Zahle. | PARTNERS_IN_DESIGN | AFFIRMED
      en | 10 After     | Each municipal council will write the committees into a council decision by month 18 and provide a room at its own cost. | SUSTAINABILITY | AFFIRMED
      en | 10 After     | The exit is planned from the start and support to the committees is phased down over the last six months. | SUSTAINABILITY | AFFIRMED
      en | 9 After 2027 | From month 25 the programme hands its pieces to the institutions that will carry them.     | SUSTAINABILITY | AFFIRMED
      en | 9 After 2027 | The ministry will take the trained interrupters into its national violence-interruption roster. | SUSTAINABILITY | AFFIRMED
      en | 9 After 2027 | The PDMOs have agreed to include the maintenance of sirens and evacuation centres in their annual budgets from 2027. | SUSTAINABILITY | AFFIRMED
      en | 4 Activities | Volunteers hand out hygiene kits to the communities every month.                             | SUSTAINABILITY | NONE
      en | 9 After      | An exit strategy will be developed with the ministry during the second year.                | SUSTAINABILITY | PLANNED
      en | 9 After      | A detailed exit strategy will be prepared with the Steering Committee by month 18.           | SUSTAINABILITY | PLANNED
      en | 8 M&E        | Targets will be fixed once its results are known, in the first half of 2025.                 | ME_TARGETS | PLANNED
      en | 9 After      | If the directorate obtains additional posts, it could take over the staffing of the centres. | SUSTAINABILITY | PLANNED
      en | 9 After      | We hope that the groups will continue to meet after the end of the project.                | SUSTAINABILITY | PLANNED
      fr | 10 Durabilité | Une stratégie de sortie sera élaborée avec les autorités sanitaires au cours de la deuxième année. | SUSTAINABILITY | PLANNED
      fr | 10 Durabilité | Nous espérons que les groupes de mères continueront à se réunir après la fin du projet.    | SUSTAINABILITY | PLANNED
      fr | 9 Durabilité | Si le financement du Fonds mondial est confirmé, les cliniques mobiles pourraient être intégrées au dispositif de la direction sanitaire. | SUSTAINABILITY | PLANNED
      en | 9 After      | If funding is confirmed, the mobile clinics might be integrated into the district health plans. | SUSTAINABILITY | PLANNED
      es | 9 Sostenibilidad | Si se confirma el financiamiento, las clínicas móviles podrían ser integradas en sus sistemas de salud municipales. | SUSTAINABILITY | PLANNED
      fr | 9 Durabilité | À la fin du projet, les cliniques mobiles seront intégrées au dispositif de la direction sanitaire, qui en assume le coût. | SUSTAINABILITY | AFFIRMED
      fr | 4.1 Objectif | Les familles ont accès aux soins et disposent des moyens de reprendre en main leur sécurité et leur subsistance. | SUSTAINABILITY | NONE
      fr | 9 Durabilité | La mairie reprendra la gestion des centres d'écoute à la fin du projet.                  | SUSTAINABILITY | AFFIRMED
      es | 9 Sostenibilidad | La estrategia de salida se elaborará durante el segundo año del programa.             | SUSTAINABILITY | PLANNED
      en | IX. Sustainability | It is hoped that the Ministry of Health will absorb the service corners into its regular budget once their benefits have been demonstrated. | SUSTAINABILITY | PLANNED
      en | 10 Sustainability | Many savings groups are expected to continue on their own after the programme.        | SUSTAINABILITY | PLANNED
      en | 9 Sustainability | The exit strategy will be developed in the full proposal.                               | SUSTAINABILITY | PLANNED
      fr | 9 Budget indicatif | La stratégie de sortie sera élaborée dans la proposition complète.                  | SUSTAINABILITY | PLANNED
      en | 9 Sustainability | The programme is designed with sustainability in mind.                                  | SUSTAINABILITY | NONE
      fr | 8 Suivi et durabilité | Le Ministère s'est engagé à inscrire au budget de la DGSC, à partir de 2027, les salaires des opérateurs. | SUSTAINABILITY | AFFIRMED
      fr | 5 Partenariats | La note a été élaborée lors d'un atelier tenu à Mutsamudu avec la DGSC et l'INRAPE.   | PARTNERS_IN_DESIGN | AFFIRMED
      en | 4 HIV        | The Afar Regional HIV/AIDS Prevention and Control Office certifies the peer educators and sits on the steering committee. | NATIONAL_AIDS_AUTHORITY | AFFIRMED
      en | 4 HIV        | NERCHA reviews the programme's HIV workplan each year with the agencies.                   | NATIONAL_AIDS_AUTHORITY | AFFIRMED
      en | 4 HIV        | The NFPB-SHA certifies the peer educators and sits on the programme's steering committee.   | NATIONAL_AIDS_AUTHORITY | AFFIRMED
      es | 6.2 VIH      | En Colombia no existe un consejo nacional del sida: la rectoría y la coordinación de la respuesta nacional al VIH corresponden al Ministerio de Salud, con el que trabaja el programa. | NATIONAL_AIDS_AUTHORITY | AFFIRMED
      fr | 9 Budget indicatif | La stratégie de communication sera élaborée dans la proposition complète.            | COMMUNICATION | PLANNED
      en | 9 Next steps | The communication strategy will be developed in the full proposal.                         | COMMUNICATION | PLANNED
      en | 9 Outreach   | The communication strategy will reach the municipalities through radio and a newsletter.   | COMMUNICATION | AFFIRMED
      fr | L. Après le programme | Nous comptons aussi sur les services de l'État pour reprendre la gestion des cas si les moyens le permettent. | SUSTAINABILITY | PLANNED
      en | I. Beyond the programme | The partners are confident that the knowledge gained by the clubs will stay in the communities after the programme ends. | SUSTAINABILITY | PLANNED
      en | 10. Sustainability | National ownership is ensured throughout the programme.                                 | SUSTAINABILITY | NONE
      es | E. Cómo se conectan los componentes | Los mapas comunitarios de riesgo se incorporan a los planes municipales del resultado 1.1. | SUSTAINABILITY | NONE
      es | 9 Sostenibilidad | Al final del programa, los mapas comunitarios de riesgo se incorporarán a los planes municipales. | SUSTAINABILITY | AFFIRMED
      fr | 9 Suivi du VIH | Taux de dépistage du VIH chez les femmes enceintes : 61 % (DHIS2, 2024).                | NATIONAL_ME_SYSTEM | NONE
      fr | 9 Suivi du VIH | Les données de dépistage du VIH seront saisies chaque mois dans le DHIS2 par les centres appuyés. | NATIONAL_ME_SYSTEM | AFFIRMED
      en | 8 HIV monitoring | Health centres will continue to record HIV testing in the national HMIS as they do today. | NATIONAL_ME_SYSTEM | NONE
      en | 8 HIV monitoring | The programme will report its HIV testing data into the national HMIS every quarter.     | NATIONAL_ME_SYSTEM | AFFIRMED
      fr | 9 Durabilité | La pérennité des acquis dépendra de la capacité des communes à prendre en charge les comités. | SUSTAINABILITY | PLANNED
      en | 9 After      | Sustainability will depend on the willingness of the councils to take over the committees.  | SUSTAINABILITY | PLANNED
      fr | 8 Suivi      | Une évaluation finale indépendante, qui reprendra l'enquête de ménages, aura lieu en 2026.    | SUSTAINABILITY | NONE
      es | 10 Sostenibilidad | El programa cuida la sostenibilidad ambiental de sus intervenciones: la iluminación será solar. | SUSTAINABILITY | NONE
      en | 10 Sustainability | The programme ensures the environmental sustainability of its works through solar lighting. | SUSTAINABILITY | NONE
      fr | 2 Contexte   | Le projet de la Banque mondiale prévoit un transfert progressif aux communes à partir de 2026. | SUSTAINABILITY | NONE
      en | 2 Context    | A project financed by the World Bank will hand over the water points to the district councils. | SUSTAINABILITY | NONE
      en | 9 After      | This project, financed by the UN Trust Fund for Human Security, will hand over the water points to the district councils. | SUSTAINABILITY | AFFIRMED
      es | 5 Socios     | La Secretaría de Emergencia integra las alertas de sequía en su sistema.                       | SUSTAINABILITY | NONE
      es | 9 Sostenibilidad | La Secretaría de Emergencia integra las alertas de sequía en su sistema.                   | SUSTAINABILITY | AFFIRMED
      es | 5 Socios     | Al final del programa, la Secretaría de Emergencia integrará las alertas en su sistema.         | SUSTAINABILITY | AFFIRMED
      es | 9 Sostenibilidad | La estrategia de salida se definirá durante el último semestre, en diálogo con las contrapartes. | SUSTAINABILITY | PLANNED
      es | 9 Sostenibilidad | Las conversaciones sobre el traspaso comenzarán durante el segundo año del programa.      | SUSTAINABILITY | PLANNED
      en | 9 After      | Discussions with the ministry on the handover will start in the second year of the programme. | SUSTAINABILITY | PLANNED
      fr | 10 Durabilité | Les discussions sur le transfert aux communes commenceront au cours de la deuxième année.  | SUSTAINABILITY | PLANNED
      es | 9 Sostenibilidad | El traspaso a las alcaldías comenzará en el primer mes del tercer año, con sus presupuestos ya aprobados. | SUSTAINABILITY | AFFIRMED
      en | 9 After      | The handover of the shelters to the municipalities will start in the third year.           | SUSTAINABILITY | AFFIRMED
      es | 9 Sostenibilidad | Las alcaldías asumirán el mantenimiento de las ventanillas con sus propios presupuestos desde 2027. | SUSTAINABILITY | AFFIRMED
      en | 9 After      | The NFE unit will take the night-school facilitators onto its budget from 2027/28.         | SUSTAINABILITY | AFFIRMED
      en | 9 After      | The cattle-post health days are already in the DHMTs' operational plans.                   | SUSTAINABILITY | AFFIRMED
      es | 9 Sostenibilidad | Se espera que las alcaldías asuman el mantenimiento con sus propios presupuestos.      | SUSTAINABILITY | PLANNED
      es | 9 Sostenibilidad | El programa promueve la apropiación nacional de sus resultados y confía en que estos perduren. | SUSTAINABILITY | PLANNED
      es | 7 Gestión    | ONU Mujeres asumirá la conducción del programa conjunto en nombre de las dos agencias.       | SUSTAINABILITY | NONE
      es | 9 Sostenibilidad | Al cierre, el GAD municipal asume la operación de la casa de acogida con su propio presupuesto. | SUSTAINABILITY | AFFIRMED
      fr | 3.5 Approche | Il est global, car il traite ensemble l'insécurité économique, les menaces contre la sécurité personnelle (escroquerie, traite, naufrage) et la fracture entre jeunes et institutions. | COMPREHENSIVE | AFFIRMED
      es | 4.5 Enfoque  | El programa se centra en las personas: parte de lo que pidieron las mujeres consultadas y las promotoras vigilan que los servicios respondan. | PEOPLE_CENTRED | AFFIRMED
      es | 4.5 Enfoque  | Está adaptado a una frontera concreta, con sus puentes, sus trochas, sus horarios y sus economías ilícitas. | CONTEXT_SPECIFIC | AFFIRMED
      en | 3.5 Approach | People come first in the design: the priorities were set by those interviewed in 2023, who keep a voice through the advisory boards. | PEOPLE_CENTRED | AFFIRMED
      en | 3.5 Approach | It is tailored to two rear oblasts: routes follow the collective centres where families settled and services plan around air alerts. | CONTEXT_SPECIFIC | AFFIRMED
      fr | 4.6 Approche | Le programme part des personnes : il répond à ce que les habitants et les comités d'eau ont demandé lors du diagnostic. | PEOPLE_CENTRED | AFFIRMED
      fr | 4.6 Approche | Il est adapté au Bas-Artibonite, à ses canaux, à ses crues et à l'insécurité de la route nationale, et les activités pourront être déplacées. | CONTEXT_SPECIFIC | AFFIRMED
      es | 3.5 Enfoque  | Las personas están en el centro: el programa parte de las prioridades que las comunidades expresaron en 2023 y son ellas quienes gestionan los bancos. | PEOPLE_CENTRED | AFFIRMED
      es | 3.5 Enfoque  | Se adapta al contexto: trabaja en mam, popti' y español, sigue el calendario del café y se apoya en las cooperativas que las familias conocen. | CONTEXT_SPECIFIC | AFFIRMED
      fr | 7 Gestion    | Un comité de pilotage se réunira chaque trimestre. Il rassemble l'UNICEF, l'OREPA, la direction sanitaire et deux associations de femmes. | COORDINATION_INCLUDES_CIVIL_SOCIETY | AFFIRMED
      es | 5 Gestión    | La mesa técnica del programa se reúne cada mes. La integran la FAO, el PMA, las municipalidades y las cuatro cooperativas. | COORDINATION_INCLUDES_CIVIL_SOCIETY | AFFIRMED
      en | 6 Management | A technical coordination group meets every month. The coordinator chairs it. Its members are the agencies' officers, the counsellors and two local associations. | COORDINATION_INCLUDES_CIVIL_SOCIETY | AFFIRMED
      en | 4 Design     | The programme was drafted at a three-day writeshop held in Bairiki with the ministries, the councils and four NGOs. | PARTNERS_IN_DESIGN | AFFIRMED
      es | 4 Diseño     | La propuesta se elaboró en dos talleres en Tapachula con las tres agencias, la Procuraduría y cuatro organizaciones civiles. | PARTNERS_IN_DESIGN | AFFIRMED
      fr | 4 Conception | La proposition a été élaborée lors de deux ateliers à Boké avec les communes et trois ONG.  | PARTNERS_IN_DESIGN | AFFIRMED
      en | 4 Design     | The programme was not drafted at a workshop; the three agencies wrote it alone.            | PARTNERS_IN_DESIGN | NEGATED
      fr | 4.5 Liens    | Les femmes relais orientent les survivantes vers le circuit de référencement, et le bureau leur confirme la prise en charge. | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      es | 3.4 Vínculo  | Los monitores jóvenes presentan cada trimestre sus informes al COMUDE, que ajusta los planes de respuesta. | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      en | 7 Reporting  | WHO and UNFPA send quarterly progress and financial updates to the Programme Coordinator, who merges them into one report. | ME_REPORTING | AFFIRMED
      en | 8 Handover   | The mobile clinics pass to the oblast centres for public health, and both oblasts have put psychologist posts in their draft 2026 budgets. | SUSTAINABILITY | AFFIRMED
      fr | 10 Durabilité | Les SAEP réhabilités restent sous la responsabilité de l'OREPA, et le circuit de référencement est intégré au dispositif départemental. | SUSTAINABILITY | AFFIRMED
      en | 4 HIV        | The outcomes follow the State Strategy for Countering HIV/AIDS, Tuberculosis and Viral Hepatitis up to 2030. | NATIONAL_AIDS_FRAMEWORK | AFFIRMED
      en | 4 HIV        | The Public Health Center hosts the secretariat of the National Council on TB and HIV/AIDS and co-chairs the steering committee. | NATIONAL_AIDS_AUTHORITY | AFFIRMED
      es | 4. Socios y funciones | Las cuatro municipalidades, la sede departamental del MAGA, las cuatro cooperativas y FECAO participaron en el taller de formulación celebrado en Huehuetenango el 20 y 21 de febrero de 2024, donde revisaron el diagnóstico. | PARTNERS_IN_DESIGN | AFFIRMED
      es | 3.4 Cómo se conectan ambos ejes | Cada trimestre, los monitores comunitarios presentan sus informes al COMUDE, que revisa con ellos el plan municipal de respuesta. | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      es | 6 Seguimiento | Cada agencia envía un informe trimestral a la coordinación.                                   | ME_REPORTING | AFFIRMED
      en | 4.5 Approach | The programme starts from what residents said in the 2024 dialogues, and young women keep a say through the forums. | PEOPLE_CENTRED | AFFIRMED
      en | 4.5 Approach | It is built for these settlements: their shared toilets, their taxi routes and the rebuilding after the 2022 floods. | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.5 Approach | It is built around the particular situation of each place: a border town, a river port and a flood calendar. | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.5 Approach | It is meant to head off violence before it happens by settling land disputes early.        | PREVENTION_ORIENTED | AFFIRMED
      en | 4.5 Approach | It addresses the competition over land and water that drives conflict.                      | PREVENTION_ORIENTED | AFFIRMED
      en | 4.5 Approach | The programme responds to needs as they arise in the camps.                                | PREVENTION_ORIENTED | NONE
      fr | 6 Approche   | Il est propre au Grand Sud : il tient compte du kere, du vent rouge et des pistes coupées.   | CONTEXT_SPECIFIC | AFFIRMED
      fr | 6 Approche   | Enfin, il cherche à agir avant plutôt qu'après, et utilise les signaux d'alerte.            | PREVENTION_ORIENTED | AFFIRMED
      es | 4.3 Enfoque  | Está pensado para el Chaco semiárido y sus comunidades: agua salada y grandes distancias.  | CONTEXT_SPECIFIC | AFFIRMED
      es | 4.5 Enfoque  | Responde a la realidad concreta del oriente del país: una economía de remesas.             | CONTEXT_SPECIFIC | AFFIRMED
      es | 4.5 Enfoque  | Busca adelantarse a los problemas antes de que estallen.                                   | PREVENTION_ORIENTED | AFFIRMED
      es | 4.5 Enfoque  | El programa atiende a las familias que llegan al centro de recepción.                      | PREVENTION_ORIENTED | NONE
      en | 4.5 Approach | It is built for the outer islands of Vanuatu: it works through chiefs and the nakamal.       | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.5 Approach | It is shaped by the highland setting: the cattle-post system and seasonal movement of flocks. | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.5 Approach | It is rooted in the Madhesh Terai: an open border with India and the corridors to the Gulf. | CONTEXT_SPECIFIC | AFFIRMED
      fr | 4.5 Approche | Il est taillé pour un territoire particulier : des corridors contrôlés par les groupes armés. | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.5 Approach | The programme starts from the herders themselves and they keep a say through their committees. | PEOPLE_CENTRED | AFFIRMED
      es | 4.5 Enfoque  | El programa parte de las propias mujeres: sus prioridades se definieron en los diálogos y ellas siguen decidiendo a través de los círculos. | PEOPLE_CENTRED | AFFIRMED
      es | 4.5 Enfoque  | Aborda a la vez varias inseguridades que se alimentan entre sí: la jurídica, la económica ligada a la tierra y la personal frente a la violencia. | COMPREHENSIVE | AFFIRMED
      en | 6 Risks      | Table 4 lists the main risks and mitigation measures agreed with the partners.             | PREVENTION_ORIENTED | NONE
      en | D.5 Approach | It is shaped by what is particular to Cabo Delgado, a conflict still going on and a coast exposed to cyclones. | CONTEXT_SPECIFIC | AFFIRMED
      es | 4.4 Enfoque  | Está pensado para este lugar: las riberas kichwa del Coca y del Napo y las distancias que solo se recorren en canoa. | CONTEXT_SPECIFIC | AFFIRMED
      fr | F. Approche  | Il est ajusté à la situation propre de Bangui et de Bimbo : l'héritage des déplacements et des retours. | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.1 Approach | Dialogue committees flag disputes early, before they turn violent.                          | PREVENTION_ORIENTED | AFFIRMED
      en | 4.6 Approach | It is shaped by Bougainville's context: the aftermath of the crisis, the role of chiefs and churches and rugged terrain. | CONTEXT_SPECIFIC | AFFIRMED
      fr | 4.4 Approche | Il est propre à la bande agropastorale du nord de Tillabéri : son calendrier suit la transhumance et ses modalités s'adaptent à chaque commune. | CONTEXT_SPECIFIC | AFFIRMED
      es | 4.5 Enfoque  | Está pensado para estos ríos, con sus distancias, su calendario ecológico y la presencia de las dragas en el territorio. | CONTEXT_SPECIFIC | AFFIRMED
      es | 4.5 Enfoque  | El programa nace de la consulta de 2023 y las decisiones sobre alimentación las toman las autoridades propias en sus asambleas. | PEOPLE_CENTRED | AFFIRMED
      en | 5 Partners   | The women's federation and the youth network were consulted on an early concept note in May 2024. | PARTNERS_IN_DESIGN | AFFIRMED
      es | 5 Socios     | Las autoridades y el consejo indígena redactaron los resultados en las mingas de formulación de 2024. | PARTNERS_IN_DESIGN | AFFIRMED
      en | 7 Management | Each agency will assign a focal point for its own outputs.                                     | PROGRAMME_COORDINATOR | NONE
      en | 7 Management | Each agency will assign a focal point from its existing staff.                                 | PROGRAMME_COORDINATOR | NONE
      en | 8 M&E        | The partners report monthly to the focal point of the agency responsible.                    | PROGRAMME_COORDINATOR | NONE
      en | 7 Management | A programme focal point in Arawa consolidates the reports of both agencies.                   | PROGRAMME_COORDINATOR | AFFIRMED
      en | 8 M&E        | HIV testing data are reported monthly through DHIS by the health district.                     | NATIONAL_ME_SYSTEM | AFFIRMED
      en | 4.6 Approach | It is built for the Bekaa: paid works are scheduled for the winter months, when farm work stops, and refugees are hired only in the sectors open to them. | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.6 Approach | The programme is built around people: each village decides where the taps are placed and how tariffs are set. | CONTEXT_SPECIFIC | NONE
      en | 4 Gender     | Women will be targeted because they are disproportionately affected by trafficking.          | GENDER | AFFIRMED
      en | 4 Gender     | Women and men will attend the meetings.                                                      | GENDER | NONE
      en | 8 Outreach   | A communication strategy with press releases and social media is part of the plan.           | COMMUNICATION | AFFIRMED
      en | 2 Design     | The implementing NGOs took part in the design of the project through two workshops.          | PARTNERS_IN_DESIGN | AFFIRMED
      en | 2 Design     | Implementing partners will be selected after the project is approved.                        | PARTNERS_IN_DESIGN | PLANNED
      en | 2 Design     | The NGOs did not participate in the design of the project.                                   | PARTNERS_IN_DESIGN | NEGATED
      en | 2 Approach   | The analysis starts from the needs, vulnerabilities and capacities of the affected communities.| PEOPLE_CENTRED | AFFIRMED
      en | 2 Approach   | The approach is people-centred, comprehensive, context-specific and prevention-oriented.     | PEOPLE_CENTRED | NONE
      en | 2 Approach   | The project tackles the root causes of trafficking, such as debt and lack of jobs.           | PREVENTION_ORIENTED | AFFIRMED
      en | 2 Approach   | Activities address health, income and personal security together.                            | COMPREHENSIVE | AFFIRMED
      en | 2 Approach   | The approach is comprehensive.                                                               | COMPREHENSIVE | NONE
      en | 2 Approach   | Activities are tailored to the local context of each municipality after a conflict analysis. | CONTEXT_SPECIFIC | AFFIRMED
      fr | 3 Activités  | Le projet formera 200 policiers et agents de santé à la prise en charge des victimes.       | PROTECTION_ACTIVITY | AFFIRMED
      fr | 3 Activités  | Des groupes d'épargne et des activités génératrices de revenus seront créés pour les femmes. | EMPOWERMENT_ACTIVITY | AFFIRMED
      fr | 3 Activités  | Les comités communautaires feront remonter les besoins aux autorités communales.             | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      fr | 1 Contexte   | Les tribunaux sont loin et la police manque de moyens.                                      | PROTECTION_ACTIVITY | NONE
      fr | 5 Gestion    | L'UNICEF sera l'agence chef de file et un comité de pilotage incluant les ONG sera créé.     | COORDINATION_INCLUDES_CIVIL_SOCIETY | AFFIRMED
      fr | 6 Suivi      | La situation de référence sera établie au démarrage du projet.                               | ME_BASELINES | PLANNED
      fr | 7 Durabilité | Une stratégie de sortie prévoit le transfert des centres aux communes.                       | SUSTAINABILITY | AFFIRMED
      fr | 4 Genre      | Les indicateurs seront désagrégés par sexe et par âge.                                       | GENDER | AFFIRMED
      fr | 2 Conception | Les ONG partenaires ont participé à la conception du projet.                                 | PARTNERS_IN_DESIGN | AFFIRMED
      es | 3 Actividades | Se capacitará a 150 funcionarios municipales y policías en la ruta de atención.              | PROTECTION_ACTIVITY | AFFIRMED
      es | 3 Actividades | Las mujeres organizadas en grupos de ahorro recibirán capital semilla.                      | EMPOWERMENT_ACTIVITY | AFFIRMED
      es | 3 Actividades | No se creará ningún albergue.                                                               | PROTECTION_ACTIVITY | NEGATED
      es | 5 Gestión     | Se conformará un comité directivo con la alcaldía y las organizaciones comunitarias.        | COORDINATION_INCLUDES_CIVIL_SOCIETY | AFFIRMED
      es | 6 Monitoreo   | La línea de base está prevista para el primer trimestre.                                    | ME_BASELINES | PLANNED
      es | 7 Sostenibilidad | La estrategia de salida prevé el traspaso a la municipalidad.                            | SUSTAINABILITY | AFFIRMED
      es | 2 Diseño      | Las organizaciones socias participaron en la formulación del proyecto.                      | PARTNERS_IN_DESIGN | AFFIRMED
      es | 4 Género      | El 60% de mujeres entre las participantes y el análisis de género orientan la estrategia.  | GENDER | AFFIRMED
      en | 3 Strategy   | The two strands reinforce each other through the district health office.                     | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      fr | 3 Stratégie  | Les deux volets se renforcent grâce aux comités villageois.                                    | PROTECTION_EMPOWERMENT_LINK | AFFIRMED
      es | 2 Análisis   | La inseguridad económica y comunitaria están estrechamente vinculadas.                         | PROTECTION_EMPOWERMENT_LINK | NONE
      en | 4 Partners   | All of them took part in the design workshop held in the capital in 2023.                      | PARTNERS_IN_DESIGN | AFFIRMED
      en | 4 Partners   | The NGOs were selected through a competitive tender after the design had been finalised.       | PARTNERS_IN_DESIGN | PLANNED
      fr | 4 Partenaires | Les ONG de mise en œuvre seront recrutées par appel d'offres au démarrage.                    | PARTNERS_IN_DESIGN | PLANNED
      es | 4 Alianzas   | Los consejos comunitarios participaron en los talleres de formulación de 2023.                 | PARTNERS_IN_DESIGN | AFFIRMED
      es | 7 Seguimiento | El plan de monitoreo, con sus indicadores, se elaborará durante el primer trimestre.         | ME_INDICATORS | PLANNED
      en | 6 M&E        | Progress will be measured against 12 indicators.                                               | ME_INDICATORS | AFFIRMED
      en | 6 Alignment  | Indicators are reported through the national system; the programme will not create a separate reporting system. | ME_REPORTING | NONE
      en | 3 Activities | There are no shelters in the province.                                                          | PROTECTION_ACTIVITY | NONE
      en | 2 Approach   | The programme puts young people at the centre: youth councils decide on activities.           | PEOPLE_CENTRED | AFFIRMED
      fr | 2 Approche   | Le programme est centré sur les jeunes, qui choisissent leurs filières de formation.          | PEOPLE_CENTRED | AFFIRMED
      es | 2 Enfoque    | Está adaptado al contexto étnico y fluvial del Pacífico.                                       | CONTEXT_SPECIFIC | AFFIRMED
      en | 2 Approach   | It is comprehensive, because it treats trafficking, poverty and migration together.           | COMPREHENSIVE | AFFIRMED
      en | 9 Exit       | District local governments take over the youth corners.                                        | SUSTAINABILITY | AFFIRMED
      en | 8 Communication | A communication budget of USD 18,000 covers a short film.                                   | COMMUNICATION | AFFIRMED
      fr | 9 Communication | La composante de communication prévoit la diffusion des leçons apprises.                    | COMMUNICATION | AFFIRMED
      en | 9 Sustainability | After the programme, the water user associations will collect fees and maintain the channels. | SUSTAINABILITY | AFFIRMED
      en | 8 Monitoring | After the programme starts, a baseline survey will be carried out.                          | SUSTAINABILITY | NONE
      fr | 3 Stratégie  | Les deux volets de services liés à la santé sont gratuits.                                    | PROTECTION_EMPOWERMENT_LINK | NONE
      es | 3 Estrategia | Los dos ejes de servicios vinculados a la salud son gratuitos.                               | PROTECTION_EMPOWERMENT_LINK | NONE
      en | 9 Sustainability | After the programme's end, the councils run the centres from their own budgets.          | SUSTAINABILITY | AFFIRMED
      en | 8 Monitoring | After funding is received, a baseline survey will be carried out.                           | SUSTAINABILITY | NONE
      en | 9 Communication | No separate budget is foreseen for communication and visibility.                         | COMMUNICATION | NEGATED
      en | 3 Principles | It is specific to host villages living beside the camps on a cyclone-exposed coast.          | CONTEXT_SPECIFIC | AFFIRMED
      en | 8 Sustainability | The exit strategy will be defined in the inception phase.                                 | SUSTAINABILITY | PLANNED
      fr | 9 Durabilité  | Les districts sanitaires inscriront le dépistage mobile dans leurs plans d'action.           | SUSTAINABILITY | AFFIRMED
      en | 3 Approach   | It is specific to Baidoa, where displaced families live on private land.                     | CONTEXT_SPECIFIC | AFFIRMED
      en | 5 Management | A steering committee of the three agencies and all partners listed in Table 1 meets quarterly. | COORDINATION_INCLUDES_CIVIL_SOCIETY | AFFIRMED
      en | 3 Protection | A referral pathway for survivors of violence linking the hospital and the police will be set up. | PROTECTION_EMPOWERMENT_LINK | NONE
      es | 7 Seguimiento | Los datos de VIH se reportan al Sistema de Información Gerencial de Salud del Ministerio de Salud. | NATIONAL_ME_SYSTEM | AFFIRMED
      es | 9 Sostenibilidad | A partir del tercer año, el Área de Salud asume la operación de la unidad móvil con su propio presupuesto. | SUSTAINABILITY | AFFIRMED
      en | 2 Design     | The provincial office and the herders' union worked with the three agencies on the outputs in March 2024. | PARTNERS_IN_DESIGN | AFFIRMED
      en | 2 Design     | The district councils commented on this draft before it was submitted.                      | PARTNERS_IN_DESIGN | AFFIRMED
      en | 8 Sustainability | The sustainability of the results is to be discussed with the authorities.             | SUSTAINABILITY | PLANNED
      en | 3 Activities | HIV testing outreach activities run on market days.                                         | COMMUNICATION | NONE
      en | 3 Activities | Mobile HIV testing outreach with district health offices on landing days.                   | COMMUNICATION | NONE
      en | 3 Activities | Outreach workers visit the landing sites every week.                                        | COMMUNICATION | NONE
      en | 3 Activities | The MAP Foundation leads community radio and outreach in Ranong.                            | COMMUNICATION | AFFIRMED
      es | 6 Género      | Todos los indicadores se desagregan por sexo y por edad.                                   | GENDER | AFFIRMED
      es | 6 Género      | Por estas razones, el programa abre espacios seguros solo para niñas.                      | GENDER | AFFIRMED
      en | 4 Gender     | For these reasons, the programme reserves half of the training places for young women.     | GENDER | AFFIRMED
      fr | 4 Genre      | C'est pourquoi le programme réserve la moitié des places aux jeunes femmes.                 | GENDER | AFFIRMED
      en | D.5 Approach | It does not treat shelter, land, safety and income as separate sectors, because a family with a house but no title can be evicted. | COMPREHENSIVE | AFFIRMED
      en | 4.6 Approach | It is shaped by Kono's particular conditions: alluvial pits rather than deep mines, the supporter system and the chiefdom councils. | CONTEXT_SPECIFIC | AFFIRMED
      en | 4.6 Approach | The programme starts from the daily situation of young diggers and young women and gives them a running role through committees. | PEOPLE_CENTRED | AFFIRMED
      fr | 4.5 Approche | Le programme est centré sur les personnes : réfugiés et éleveurs ne sont pas de simples bénéficiaires, ils gèrent les points d'eau. | PEOPLE_CENTRED | AFFIRMED
      es | 4.6 Enfoque  | Las personas no son solo destinatarias: el programa se centra en las personas y los comités de mercado tienen un papel en sus decisiones. | PEOPLE_CENTRED | AFFIRMED
      es | 4.6 Enfoque  | La identidad legal, la integridad física y el sustento se atienden juntos, con un mismo grupo de familias en los mismos municipios. | COMPREHENSIVE | AFFIRMED
      en | 4.6 Approach | The programme is not people-centred: the communities were never asked and play no part in its decisions or its committees. | PEOPLE_CENTRED | NEGATED
      en | D.5 Approach | The programme will not address health, food security and income separately but through one plan per village. | COMPREHENSIVE | AFFIRMED
      fr | 4.5 Approche | Le programme ne traite pas la santé, l'eau et les revenus comme des secteurs séparés, car une famille sans eau tombe malade. | COMPREHENSIVE | AFFIRMED
      es | 4.5 Enfoque  | El programa no aborda la salud, el agua y los ingresos de forma aislada, porque una familia sin agua enferma y pierde su trabajo. | COMPREHENSIVE | AFFIRMED
      en | D.5 Approach | The programme does not address health, food security or income; it only rebuilds the two bridges destroyed by the floods. | COMPREHENSIVE | NEGATED
      """)
  void findsEachKindWithItsStatus(String lang, String heading, String text, SignalKind kind, String expected) {
    assertThat(statuses(lang, heading, text.strip(), kind)).isEqualTo(expected);
  }

  @Test
  void readsResultsTablesRowByRow() {
    var doc = Docs.in("en").table("Annex 1 Results framework",
        "Result | Indicator | Baseline | Target",
        "Output 1: referral system set up | % of survivors referred | 12% | 60%",
        "Output 2: women's savings groups | number of groups | TBD | 40").build();
    List<Signal> found = new SignalExtractor().extract(Sentences.of(doc), "en");
    assertThat(found).filteredOn(s -> s.kind() == SignalKind.ME_BASELINES).extracting(Signal::status)
        .containsExactly(Status.AFFIRMED, Status.PLANNED);
    assertThat(found).filteredOn(s -> s.kind() == SignalKind.ME_TARGETS).isNotEmpty();
    assertThat(found).filteredOn(s -> s.kind() == SignalKind.PROTECTION_ACTIVITY)
        .first().satisfies(s -> assertThat(s.evidence().quote()).contains("referral system"));
    assertThat(found).filteredOn(s -> s.kind() == SignalKind.EMPOWERMENT_ACTIVITY).isNotEmpty();
  }

  @Test
  void threeOnesNeedHivInTheParagraph() {
    List<Signal> hiv = signals("en", "4 Strategy",
        "The project is aligned with the National HIV/AIDS Strategic Plan and works through the National AIDS Council.",
        "Data will be reported into the national HIV M&E system; no parallel system will be set up.");
    assertThat(hiv).extracting(Signal::kind).contains(SignalKind.NATIONAL_AIDS_FRAMEWORK,
        SignalKind.NATIONAL_AIDS_AUTHORITY, SignalKind.NATIONAL_ME_SYSTEM);
    assertThat(hiv).filteredOn(s -> s.kind() == SignalKind.PARALLEL_ME_SYSTEM).extracting(Signal::status)
        .containsOnly(Status.NEGATED);
    assertThat(signals("en", "4 Strategy", "The project follows the national strategic plan for agriculture."))
        .extracting(Signal::kind).doesNotContain(SignalKind.NATIONAL_AIDS_FRAMEWORK);
    assertThat(signals("fr", "4 Stratégie", "Le projet s'inscrit dans le Plan stratégique national de lutte contre le VIH/sida et travaille avec le CNLS."))
        .extracting(Signal::kind).contains(SignalKind.NATIONAL_AIDS_FRAMEWORK, SignalKind.NATIONAL_AIDS_AUTHORITY);
    assertThat(signals("es", "4 Estrategia", "El proyecto se alinea con el Plan Estratégico Nacional de VIH y coordina con CONASIDA."))
        .extracting(Signal::kind).contains(SignalKind.NATIONAL_AIDS_FRAMEWORK, SignalKind.NATIONAL_AIDS_AUTHORITY);
  }

  @Test
  void coordinationIncludesCivilSocietyNamedByTheParticipantList() {
    var sentences = Sentences.of(Docs.in("en").section("6 Management",
        "A steering committee with UNDP, the ministry and Sewalanka meets monthly.").build());
    assertThat(new SignalExtractor().extract(sentences, "en")).extracting(Signal::kind)
        .doesNotContain(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
    assertThat(new SignalExtractor().extract(sentences, "en", List.of("Sewalanka Foundation", "Sewalanka")))
        .extracting(Signal::kind).contains(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
  }

  @Test
  void coordinationMembersNamedInTheNextSentence() {
    var sentences = Sentences.of(Docs.in("en").section("6 Management",
        "A programme technical committee, chaired by the DPS, meets monthly in Beira. It brings together IOM, WHO, "
            + "the three district services, AEVS and ANDC.").build());
    assertThat(new SignalExtractor().extract(sentences, "en", List.of("AEVS", "ANDC"))).extracting(Signal::kind)
        .contains(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
    assertThat(new SignalExtractor().extract(sentences, "en", List.of("Sewalanka"))).extracting(Signal::kind)
        .doesNotContain(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
  }

  @Test
  void coordinationMembersInAnotherCellOfTheGovernanceTableRow() {
    var table = Sentences.of(Docs.in("en").table("Annex 2 Governance", "Body | Chair | Members | Frequency",
        "Programme Board | NDMO and UNDP | UNICEF and FAO; provincial governments; Vanuatu Red Cross Society | Every six months",
        "Agency meeting | UNDP | UNICEF and FAO focal points | Monthly").build());
    List<Signal> found = new SignalExtractor().extract(table, "en", List.of("Vanuatu Red Cross Society"));
    assertThat(found).filteredOn(x -> x.kind() == SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY)
        .singleElement().satisfies(x -> assertThat(x.evidence().quote()).contains("Programme Board"));
  }

  @Test
  void coordinationMembersListedInANoteThePararaphCites() {
    var noted = Sentences.of(Docs.in("en").section("7 Management",
        "Strategic oversight lies with a Joint Programme Steering Committee, which approves workplans and reviews progress.",
        "^ The committee is co-chaired by the Principal Secretary. Its members are FAO, ILO, UNDP, the district executive "
            + "directors and Pwani Coastal Trust.").build());
    assertThat(new SignalExtractor().extract(noted, "en", List.of("Pwani Coastal Trust"))).extracting(Signal::kind)
        .contains(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
    var unrelated = Sentences.of(Docs.in("en").section("7 Management",
        "Strategic oversight lies with a Joint Programme Steering Committee, which approves workplans and reviews progress.",
        "Pwani Coastal Trust trains the seaweed farmers.",
        "^ Its members are FAO, ILO and UNDP.").build());
    assertThat(new SignalExtractor().extract(unrelated, "en", List.of("Pwani Coastal Trust"))).extracting(Signal::kind)
        .doesNotContain(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      es | Por eso se refuerzan los dos componentes en cada municipio.
      es | Ambos componentes se refuerzan en cada municipio.
      en | The two strands are designed to reinforce each other.
      fr | Les deux volets sont conçus pour se renforcer.
      es | Los dos componentes están diseñados para reforzarse.
      es | Los dos componentes se reforzarán mutuamente.
      """)
  void aDeclaredLinkCountsWhereItsParagraphGoesOnButNotAsABareLine(String lang, String declaration) {
    var goesOn = Sentences.of(Docs.in(lang).section("3", declaration + " The committees meet every month.").build());
    assertThat(new SignalExtractor().extract(goesOn, lang)).filteredOn(x -> x.kind() == SignalKind.PROTECTION_EMPOWERMENT_LINK)
        .extracting(Signal::status).containsExactly(Status.AFFIRMED);
    var bare = Sentences.of(Docs.in(lang).section("3", declaration).build());
    assertThat(new SignalExtractor().extract(bare, lang)).extracting(Signal::kind)
        .doesNotContain(SignalKind.PROTECTION_EMPOWERMENT_LINK);
  }

  @Test
  void aBareOneLineDeclarationOfTheLinkSaysNothingOfHow() {
    var bare = Sentences.of(Docs.in("fr").section("4 Stratégie",
        "Les deux axes sont complémentaires et se renforcent mutuellement.").build());
    assertThat(new SignalExtractor().extract(bare, "fr")).extracting(Signal::kind)
        .doesNotContain(SignalKind.PROTECTION_EMPOWERMENT_LINK);
    var said = Sentences.of(Docs.in("fr").section("4 Stratégie",
        "Les deux axes sont complémentaires et se renforcent mutuellement. Les groupes d'entraide choisissent les "
            + "thèmes des permanences juridiques.").build());
    assertThat(new SignalExtractor().extract(said, "fr")).extracting(Signal::kind)
        .contains(SignalKind.PROTECTION_EMPOWERMENT_LINK);
  }

  @Test
  void membersNamedAfterAParticipialOpening() {
    var sentences = Sentences.of(Docs.in("fr").section("8 Gestion",
        "Un comité de pilotage se réunit tous les six mois à Rabat. Présidé par le département chargé de la migration, "
            + "il réunit l'Entraide nationale, les trois agences et deux représentants des associations partenaires.").build());
    assertThat(new SignalExtractor().extract(sentences, "fr")).extracting(Signal::kind)
        .contains(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
    assertThat(statuses("fr", "8 Gestion", "Des comités techniques locaux se réunissent chaque mois à Oujda.",
        SignalKind.COORDINATION_MECHANISM)).isEqualTo("AFFIRMED");
  }

  @Test
  void aPrincipleThatLabelsItsParagraphIsExplainedByTheNextSentence() {
    var labelled = Sentences.of(Docs.in("en").section("4.5 Human security approach",
        "Context-specific. Activities are timed to the Dry Zone's seasons of departure and return and reach the mines "
            + "where the townships' migrants go.").build());
    assertThat(new SignalExtractor().extract(labelled, "en")).filteredOn(x -> x.kind() == SignalKind.CONTEXT_SPECIFIC)
        .singleElement().satisfies(x -> {
          assertThat(x.status()).isEqualTo(Status.AFFIRMED);
          assertThat(x.evidence().quote()).startsWith("Activities are timed");
        });
    var alone = Sentences.of(Docs.in("en").section("4.5 Human security approach", "Context-specific.").build());
    assertThat(new SignalExtractor().extract(alone, "en")).extracting(Signal::kind).doesNotContain(SignalKind.CONTEXT_SPECIFIC);
  }

  @Test
  void aPrincipleDeniedByNameAndSectorsDeniedAreNotAddressed() {
    assertThat(signals("es", "5 Enfoque", "El programa no pretende ser integral.")).filteredOn(x -> x.kind() == SignalKind.COMPREHENSIVE)
        .singleElement().satisfies(x -> {
          assertThat(x.status()).isEqualTo(Status.NEGATED);
          assertThat(x.detail()).isEqualTo(Signal.DENIED_PRINCIPLE);
        });
    assertThat(statuses("es", "5 Enfoque", "Es un programa del sector salud: no aborda los ingresos, la vivienda ni la violencia.",
        SignalKind.COMPREHENSIVE)).isEqualTo("NEGATED");
    assertThat(signals("en", "4.6 Approach", "The programme does not treat services and community strength as separate tracks."))
        .noneMatch(x -> Signal.DENIED_PRINCIPLE.equals(x.detail()));
  }

  @Test
  void theWordForTheApproachIsReadWhereItStandsAndANeedNamedAsALackStillCounts() {
    assertThat(statuses("es", "Enfoque", "El programa es integral porque la inseguridad de estas familias combina el trabajo sin "
        + "derechos, la falta de servicios de salud y la ausencia de ingresos: por eso reúne inspección laboral, atención médica "
        + "y medios de vida.", SignalKind.COMPREHENSIVE)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "3.2 Approach", "Because ill health, debt, exploitation and violence feed one another in these "
        + "households, the programme combines HIV services, legal protection and income rather than treating them one at a time.",
        SignalKind.COMPREHENSIVE)).isEqualTo("AFFIRMED");
  }

  @Test
  void strandsNamedApartThatSupportEachOtherAndGroupsThatReferToInstitutionsAreLinks() {
    assertThat(statuses("es", "Enfoque", "Las acciones de protección (inspección, atención médica, seguridad social) y las de "
        + "empoderamiento (organización de los buzos, formación, grupos de mujeres) se apoyan mutuamente.",
        SignalKind.PROTECTION_EMPOWERMENT_LINK)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "4 Approach", "The protection measures (services, trained officials) and the empowerment work "
        + "(peer networks, women's groups) support each other.", SignalKind.PROTECTION_EMPOWERMENT_LINK)).isEqualTo("AFFIRMED");
    // (a declaration alone in its paragraph, saying not how, is not counted)
    assertThat(statuses("fr", "3 Approche", "Les deux volets sont pensés ensemble. Les représentantes des groupements siègent "
        + "aux comités de site.", SignalKind.PROTECTION_EMPOWERMENT_LINK)).isEqualTo("AFFIRMED");
    assertThat(statuses("fr", "3 Approche", "Les pairs éducateurs et les groupements féminins orientent les personnes vers les "
        + "cliniques mobiles et le circuit de prise en charge.", SignalKind.PROTECTION_EMPOWERMENT_LINK)).isEqualTo("AFFIRMED");
    assertThat(statuses("es", "Enfoque", "Los comités comunitarios reportarán a los inspectores las embarcaciones que incumplan.",
        SignalKind.PROTECTION_EMPOWERMENT_LINK)).isEqualTo("AFFIRMED");
    // each strand on its own, no link said
    assertThat(statuses("en", "4 Approach", "The protection measures are run by the ministry; the empowerment work is run by "
        + "the NGOs in other districts.", SignalKind.PROTECTION_EMPOWERMENT_LINK)).isNotEqualTo("AFFIRMED");
  }

  @Test
  void theDonorsVisibilityAloneIsNoCommunicationComponent() {
    assertThat(statuses("en", "Visibility", "All printed materials and banners will carry the logos of the Trust Fund, and its "
        + "contribution will be acknowledged in press releases.", SignalKind.COMMUNICATION)).isEqualTo("NONE");
    assertThat(statuses("en", "9 Communication", "The programme will issue press releases and run radio programmes on the "
        + "results for the communities and the districts.", SignalKind.COMMUNICATION)).isEqualTo("AFFIRMED");
  }

  @Test
  void aSustainablePracticeIsNotTheProgrammeLasting() {
    assertThat(statuses("en", "11. Sustainability", "The programme promotes sustainable pasture management: rotation plans "
        + "and stocking rates adjusted to carrying capacity.", SignalKind.SUSTAINABILITY)).isEqualTo("NONE");
    assertThat(statuses("es", "Sostenibilidad", "Por razones prácticas, los dos componentes se ejecutarán de manera independiente.",
        SignalKind.SUSTAINABILITY)).isEqualTo("NONE");
    assertThat(statuses("es", "Sostenibilidad", "Los comités seguirán funcionando de manera autónoma después del programa.",
        SignalKind.SUSTAINABILITY)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "11. Sustainability", "To make the results sustainable, the soum governments will fund the "
        + "fodder reserves from their own budgets.", SignalKind.SUSTAINABILITY)).isEqualTo("AFFIRMED");
  }

  @Test
  void aKeywordQualifyingABodyDeniesNoPrinciple() {
    assertThat(signals("en", "4 Alignment", "The Country Coordination Committee, the multisectoral body that oversees the "
        + "national HIV response, is not a partner in this programme.")).noneMatch(x -> Signal.DENIED_PRINCIPLE.equals(x.detail()));
    assertThat(signals("en", "4 Approach", "The programme is not multisectoral: it only strengthens clinics."))
        .anyMatch(x -> x.kind() == SignalKind.COMPREHENSIVE && Signal.DENIED_PRINCIPLE.equals(x.detail()));
  }

  @Test
  void principlesInPlainWords() {
    assertThat(statuses("en", "C. Approach", "The programme is built around the people most at risk, and its services were "
        + "designed from what young people who inject told the assessment team.", SignalKind.PEOPLE_CENTRED)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "3.2 Approach", "Its design follows the realities of the southern oblasts: the seasonal cycle of "
        + "departure and return and the weight of in-laws in decisions.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("AFFIRMED");
    assertThat(statuses("es", "Enfoque", "Los propios pescadores, a través de sus comités comunitarios, vigilarán las condiciones y "
        + "decidirán cómo se reparten las plazas de formación.", SignalKind.PEOPLE_CENTRED)).isEqualTo("AFFIRMED");
    // resilience as the name of a part of another plan is not the programme's
    assertThat(statuses("en", "6 Approach", "It does not set out to reduce future risks, which are matters for the resilience "
        + "pillar of the national response plan.", SignalKind.PREVENTION_ORIENTED)).isNotEqualTo("AFFIRMED");
  }

  @Test
  void principlesOpenedShortAndExplainedByTheNextSentence() {
    assertThat(statuses("en", "4.2 Approach", "Our starting point is what returnees told us. The components, the sites and the "
        + "timing of services were chosen from the survey and the focus groups.", SignalKind.PEOPLE_CENTRED)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "D.1 Lens", "It is built for Baidoa. Land here is governed by a mix of private title, customary "
        + "claims and municipal allocation, brokered by gatekeepers.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "D.1 Lens", "It is built for women. Women's groups will meet every month in each of the "
        + "settlements to plan the work.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("NONE");
    assertThat(statuses("en", "Strategy", "The design reflects the three districts. Sylhet and Sunamganj send mostly men to the "
        + "Gulf through long-established informal networks.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "C.6 Approach", "The design follows how life in Karamoja is organised: the split between manyatta "
        + "and kraal and the seasonal movement of herds.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("AFFIRMED");
    assertThat(statuses("fr", "IV. Approche", "Il tient compte de la réalité de trois communes d'accueil très différentes : "
        + "Saint-Marc, Mirebalais et Hinche.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("AFFIRMED");
    assertThat(statuses("fr", "IV. Approche", "Le programme part de l'expérience des personnes déplacées elles-mêmes : ce sont "
        + "leurs récits qui ont défini les priorités.", SignalKind.PEOPLE_CENTRED)).isEqualTo("AFFIRMED");
    assertThat(statuses("es", "3.1 Enfoque", "El diseño responde a la realidad ch'orti': las capacitaciones se darán en idioma "
        + "ch'orti' por facilitadores de la zona.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("AFFIRMED");
    assertThat(statuses("es", "III. Enfoque", "Adaptado al territorio: las actividades siguen el corredor de la Interoceánica y "
        + "los ríos, con equipos en Mazuko y Huepetuhe.", SignalKind.CONTEXT_SPECIFIC)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "Approach", "The two are connected in practice. Volunteers are the ones who identify people at "
        + "risk and bring them to the protection desks.", SignalKind.PROTECTION_EMPOWERMENT_LINK)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "Coordination", "The programme team meets every month in Hajjah with the three partner "
        + "organizations.", SignalKind.COORDINATION_MECHANISM)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "Strategy", "The two work through each other. Returnee associations collect grievances and "
        + "present them at the district help desks.", SignalKind.PROTECTION_EMPOWERMENT_LINK)).isEqualTo("AFFIRMED");
  }

  @Test
  void anotherSectorsNationalPlanAMonthlyMeetingAndAHandoverToCommittees() {
    assertThat(statuses("en", "HIV", "HIV activities follow WFP's corporate HIV policy as well as the Government's national "
        + "drought response plan.", SignalKind.NATIONAL_AIDS_FRAMEWORK)).isEqualTo("NONE");
    assertThat(statuses("en", "HIV", "HIV activities follow the national HIV and AIDS strategic plan.",
        SignalKind.NATIONAL_AIDS_FRAMEWORK)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "Coordination", "WFP holds a monthly partners' meeting in Gwanda with the councils and the NGOs.",
        SignalKind.COORDINATION_MECHANISM)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "Sustainability", "Boreholes will be handed to water point committees, which collect small fees "
        + "for repairs.", SignalKind.SUSTAINABILITY)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "Sustainability", "Refill groups will remain part of the clinics' routine after the programme.",
        SignalKind.SUSTAINABILITY)).isEqualTo("AFFIRMED");
  }

  @Test
  void anAuthorityNamedAsTheAuthorOfASurveyIsASource() {
    assertThat(statuses("en", "2 Context", "The 2018 Nigeria HIV/AIDS Indicator and Impact Survey (NAIIS), published by the "
        + "Federal Ministry of Health and the National Agency for the Control of AIDS (NACA), put prevalence at 1.4%.",
        SignalKind.NATIONAL_AIDS_AUTHORITY)).isEqualTo("NONE");
    assertThat(statuses("en", "7 Management", "The secretariat of the National Coordination Committee on HIV/AIDS, Tuberculosis "
        + "and Malaria (NCC) will sit on the steering committee.", SignalKind.NATIONAL_AIDS_AUTHORITY)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "7 Management", "The National Agency for the Control of AIDS (NACA) will sit on the steering "
        + "committee.", SignalKind.NATIONAL_AIDS_AUTHORITY)).isEqualTo("AFFIRMED");
  }

  @Test
  void aDatedOrSingleNationalHivProgrammeIsThePlanNotTheBody() {
    String plan = "The HIV components are built on the Programme of the Cabinet of Ministers on HIV for 2023–2027, the "
        + "country's single national HIV programme.";
    assertThat(statuses("en", "4 Alignment", plan, SignalKind.NATIONAL_AIDS_FRAMEWORK)).isEqualTo("AFFIRMED");
    assertThat(statuses("en", "4 Alignment", plan, SignalKind.NATIONAL_AIDS_AUTHORITY)).isEqualTo("NONE");
    assertThat(statuses("en", "4 Alignment", "Activities follow the National HIV Programme 2021-2025.",
        SignalKind.NATIONAL_AIDS_AUTHORITY)).isEqualTo("NONE");
    assertThat(statuses("en", "7 Management", "The National AIDS Control Programme chairs the technical working group.",
        SignalKind.NATIONAL_AIDS_AUTHORITY)).isEqualTo("AFFIRMED");
  }

  @Test
  void civilSocietyThatOnlyReportsToTheAgenciesIsNoMember() {
    var sentences = Sentences.of(Docs.in("en").section("7 Management",
        "NGO partners report quarterly to their contracting agency, which consolidates the data for the Programme "
            + "Management Committee.").build());
    assertThat(new SignalExtractor().extract(sentences, "en")).extracting(Signal::kind)
        .contains(SignalKind.COORDINATION_MECHANISM).doesNotContain(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
  }

  @Test
  void coordinationMembersNamedTwoSentencesLater() {
    var sentences = Sentences.of(Docs.in("fr").section("7 Gestion",
        "Un comité de pilotage se réunit tous les six mois à Maroua. Il est coprésidé par le secrétaire général et par le "
            + "chef du bureau du HCR. Il réunit la FAO, les deux préfets, les six maires, ADTEN, FUPAM et ADIMS.").build());
    assertThat(new SignalExtractor().extract(sentences, "fr", List.of("ADTEN", "ADIMS"))).extracting(Signal::kind)
        .contains(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
  }

  @Test
  void anAuthorityOnABodyThatIsOnlyKeptInformedIsNoPartner() {
    var informed = Sentences.of(Docs.in("en").section("4 HIV",
        "The provincial office of the National AIDS Council will be a member of the reference group of the HIV programme. "
            + "The group will be informed of progress twice a year.").build());
    assertThat(new SignalExtractor().extract(informed, "en")).extracting(Signal::kind)
        .doesNotContain(SignalKind.NATIONAL_AIDS_AUTHORITY);
    var steering = Sentences.of(Docs.in("en").section("4 HIV",
        "The provincial office of the National AIDS Council will be a member of the steering committee of the HIV programme. "
            + "The committee will approve the annual workplans.").build());
    assertThat(new SignalExtractor().extract(steering, "en")).extracting(Signal::kind)
        .contains(SignalKind.NATIONAL_AIDS_AUTHORITY);
  }

  @Test
  void coordinationMembersListedLateInTheNextSentence() {
    var planned = Sentences.of(Docs.in("en").section("7 Management",
        "A Programme Steering Committee will be established within three months of the start. It will be co-chaired by "
            + "the Chairperson of the RRC and the UNDP Resident Representative and will include IOM, FAO, the two state "
            + "governments and one representative of the NGO partners from each state.").build());
    assertThat(new SignalExtractor().extract(planned, "en")).extracting(Signal::kind)
        .contains(SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
    var forum = Sentences.of(Docs.in("en").section("G Management",
        "In each province, a Provincial Coordination Forum meets every two months. It brings together the provincial "
            + "planning officers, the PDMO, the three churches' representatives and the women's association of the province.")
        .build());
    assertThat(new SignalExtractor().extract(forum, "en")).extracting(Signal::kind)
        .contains(SignalKind.COORDINATION_MECHANISM, SignalKind.COORDINATION_INCLUDES_CIVIL_SOCIETY);
  }

  @Test
  void footnotesAndPdfLigaturesAreHandled() {
    assertThat(statuses("en", "3 Activities", "County oﬃcers will be trained on safe migration.", SignalKind.PROTECTION_ACTIVITY))
        .isEqualTo("AFFIRMED");
  }

  @Test
  void everySignalCarriesItsQuoteAndLocation() {
    List<Signal> found = signals("en", "3 Activities", "Intro sentence here. Paralegals will provide legal aid.");
    Signal s = found.stream().filter(x -> x.kind() == SignalKind.PROTECTION_ACTIVITY).findFirst().orElseThrow();
    assertThat(s.evidence().quote()).isEqualTo("Paralegals will provide legal aid.");
    assertThat(s.evidence().location().sectionPath()).containsExactly("3 Activities");
    assertThat(s.detail()).isEqualTo("legal aid and justice");
  }
}
