package org.hscheck.extract.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hscheck.extract.org.TestDocs.doc;
import static org.hscheck.extract.org.TestDocs.li;
import static org.hscheck.extract.org.TestDocs.p;
import static org.hscheck.extract.org.TestDocs.row;
import static org.hscheck.extract.org.TestDocs.sec;
import static org.hscheck.extract.org.TestDocs.table;

import java.util.List;
import java.util.Optional;
import org.hscheck.document.ProposalDocument;
import org.hscheck.extract.OrgType;
import org.hscheck.extract.Participant;
import org.hscheck.extract.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParticipantExtractorTest {
  private final ParticipantExtractor extractor = new ParticipantExtractor();

  private List<Participant> run(ProposalDocument d) {
    return extractor.extract(d, d.metadata().language());
  }

  private static Optional<Participant> find(List<Participant> ps, String key) {
    return ps.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  private static Role role(List<Participant> ps, String key) {
    return find(ps, key).map(Participant::role).orElse(null);
  }

  private static long leads(List<Participant> ps) {
    return ps.stream().filter(p -> p.role() == Role.LEAD).count();
  }

  @Nested
  class English {
    @Test
    void subNationalBodiesNamedByTheirLevelInATableOfResponsibilities() {
      var ps = run(doc("en", sec("4.3 Division of responsibilities", table(row("Output", "Lead", "Partners"),
          row("1. Joint projects", "UNDP", "township administrations: confirm sites and land use for joint projects"),
          row("2. Referral pathway", "UNICEF", "township social welfare office: case management of referred children")),
          p("UNICEF's district office in Sittwe will support the teams."))));
      assertThat(ps.stream().filter(p -> p.type() == OrgType.GOVERNMENT && p.participates() && p.hasResponsibilities()))
          .as(ps.toString()).hasSize(2);
      assertThat(ps).noneMatch(p -> p.name().contains("district office"));
    }

    @Test
    void lusophoneNamesInAnEnglishProposal() {
      var ps = run(doc("en", sec("5 Partners and Their Roles",
          p("The Associação Esperança Viva de Sofala (AEVS), an association of people living with HIV, recruits the peer "
              + "supporters and runs the community-led monitoring."),
          p("The District Services of Health, Women and Social Action (SDSMAS) staff the brigades and run the health centres."),
          p("The Direcção Provincial de Saúde de Sofala chairs the technical committee."))));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).contains("Esperança Viva");
        assertThat(p.type()).isEqualTo(OrgType.CIVIL_SOCIETY);
        assertThat(p.hasResponsibilities()).isTrue();
      });
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).contains("District Services");
        assertThat(p.type()).isEqualTo(OrgType.GOVERNMENT);
      });
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).contains("Direcção Provincial");
        assertThat(p.type()).isEqualTo(OrgType.GOVERNMENT);
      });
    }

    @Test
    void futureActivitiesMakeUnBodiesParticipateWithResponsibilities() {
      var ps = run(doc("en", p("UNICEF will train 200 teachers in child protection. "
          + "The World Health Organization will equip four district clinics.")));
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "WHO")).isEqualTo(Role.PARTICIPATING);
      assertThat(find(ps, "UNICEF").orElseThrow().responsibilities()).singleElement()
          .satisfies(e -> assertThat(e.quote()).startsWith("UNICEF will train"));
    }

    @Test
    void statisticsAndReportsOnlyCite() {
      var ps = run(doc("en", p("According to UNICEF, 40% of children are out of school. WHO estimates that "
          + "one in three women has experienced violence. Data from UNFPA's 2019 survey confirm the trend. "
          + "Prevalence has doubled (UNAIDS, 2020).")));
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.CITED);
      assertThat(role(ps, "WHO")).isEqualTo(Role.CITED);
      assertThat(role(ps, "UNFPA")).isEqualTo(Role.CITED);
      assertThat(role(ps, "UNAIDS")).isEqualTo(Role.CITED);
      assertThat(ps).noneMatch(Participant::participates);
    }

    @Test
    void aPastProjectOfABodyIsACitation() {
      var ps = run(doc("en", p("For example, in the WHO project in Thailand, the IOM acts as facilitator to make "
          + "it easier for immigrant workers to access healthcare services.")));
      assertThat(role(ps, "WHO")).isEqualTo(Role.CITED);
      assertThat(role(ps, "IOM")).isEqualTo(Role.CITED);
    }

    @Test
    void aBodysOwnNamedProgrammeIsAnotherActorsWork() {
      var ps = run(doc("en", p("WFP's school meals programme, which the Government is taking over, operates in some of "
          + "the same schools; the risk education lessons will use the same school calendar.")));
      assertThat(role(ps, "WFP")).isEqualTo(Role.CITED);
      var named = run(doc("en", p("UNICEF will train 200 teachers in child protection, as UNICEF's programme did.")));
      assertThat(role(named, "UNICEF")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void pastImplementationIsNotParticipation() {
      var ps = run(doc("en", p("A similar project was implemented by UNDP in 2012.")));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.CITED);
    }

    @Test
    void passiveFutureAndPartnershipPhrases() {
      var ps = run(doc("en", p("Output 2 will be implemented by UNFPA in partnership with the Ministry of Health "
          + "and local NGOs.")));
      assertThat(role(ps, "UNFPA")).isEqualTo(Role.PARTICIPATING);
      assertThat(find(ps, "UNFPA").orElseThrow().hasResponsibilities()).isTrue();
      assertThat(role(ps, "MOH")).isEqualTo(Role.GOVERNMENT);
      assertThat(role(ps, "NGO")).isEqualTo(Role.CIVIL_SOCIETY);
    }

    @Test
    void negationKeepsABodyOut() {
      var ps = run(doc("en", sec("Partnerships", p("UNHCR is not a partner in this project."),
          p("UNHCR has a strong presence in the region."))));
      assertThat(role(ps, "UNHCR")).isEqualTo(Role.CITED);
    }

    @Test
    void declinedToParticipate() {
      var ps = run(doc("en", p("FAO declined to participate because of funding constraints.")));
      assertThat(role(ps, "FAO")).isEqualTo(Role.CITED);
    }

    @Test
    void leadAgencyDesignatedOnce() {
      var ps = run(doc("en", p("UNDP will be the lead agency for the programme. UNICEF and UNFPA will "
          + "implement outputs 2 and 3 respectively.")));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "UNFPA")).isEqualTo(Role.PARTICIPATING);
      assertThat(leads(ps)).isEqualTo(1);
    }

    @Test
    void overallCoordinationDesignatesTheLeadInEachLanguage() {
      assertThat(role(run(doc("en", p("UNFPA will be responsible for overall coordination of the programme; FAO and ILO "
          + "implement their own outputs."))), "UNFPA")).isEqualTo(Role.LEAD);
      var fr = run(doc("fr", p("La FAO assurera la coordination d'ensemble du programme et en sera l'agent administratif. "
          + "Le HCR, chef de file du cluster protection au Mali, met en œuvre le monitoring de protection.")));
      assertThat(role(fr, "FAO")).isEqualTo(Role.LEAD);
      assertThat(leads(fr)).isEqualTo(1);
      assertThat(role(run(doc("es", p("El PNUD asumirá la coordinación general del programa; UNICEF y ACNUR ejecutan "
          + "sus propios resultados."))), "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(run(doc("en", p("The programme will be managed by UN-Habitat on behalf of the participating "
          + "organizations; FAO and UNFPA implement their components."))), "UNHABITAT")).isEqualTo(Role.LEAD);
      assertThat(role(run(doc("fr", p("L'OIT assurera le rôle d'agence chef de file ; l'UNFPA et le PAM mettent en œuvre "
          + "leurs résultats."))), "ILO")).isEqualTo(Role.LEAD);
      assertThat(role(run(doc("en", p("UNDP will play the role of lead agency, with UNICEF implementing output 2."))),
          "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(run(doc("es", p("La FAO será la agencia responsable de la coordinación general del programa; el PMA "
          + "y UNICEF ejecutan sus productos."))), "FAO")).isEqualTo(Role.LEAD);
      assertThat(role(run(doc("en", p("Overall accountability for the programme rests with UNDP, which acts as managing agent "
          + "on behalf of both organizations; UNFPA implements output 2."))), "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(run(doc("en", p("UNICEF will steward the programme for the three organizations; UNDP and UNRWA "
          + "implement their outputs."))), "UNICEF")).isEqualTo(Role.LEAD);
      // a long row label names its role first
      var table = run(doc("fr", table(row("Rôle", "Organisation"),
          row("Agence chef de file du programme conjoint, interlocutrice de l'Unité de la sécurité humaine", "PNUD"),
          row("Produit 2 : continuité des soins et VIH", "OMS"))));
      assertThat(role(table, "UNDP")).isEqualTo(Role.LEAD);
      // a participation only asked for is none yet
      var asked = run(doc("fr", p("Le PAM est la seule organisation des Nations Unies qui met en œuvre ce projet. Le PAM a "
          + "sollicité la participation de l'UNICEF pour la composante nutritionnelle.")));
      assertThat(find(asked, "UNICEF").orElseThrow().participates()).isFalse();
      assertThat(find(run(doc("en", p("WFP has requested the participation of UNICEF in the nutrition component."))), "UNICEF")
          .orElseThrow().participates()).isFalse();
      // a role still to be confirmed is no role yet
      var tbc = run(doc("en", p("UNDP will implement the land mediation component. UNHCR's role is to be confirmed "
          + "following discussions with its country office.")));
      assertThat(find(tbc, "UNHCR").orElseThrow().responsibilities()).isEmpty();
      // a cluster's lead, or the overall responsibility for one component, leads no programme
      assertThat(leads(run(doc("fr", p("Le HCR est chef de file du cluster protection ; la FAO et ONU Femmes mettent en "
          + "œuvre leurs produits."))))).isZero();
      assertThat(leads(run(doc("en", p("UNFPA will have overall responsibility for the fisheries component, and FAO "
          + "implements the savings groups."))))).isZero();
    }

    @Test
    void ledByAndLeadershipCues() {
      assertThat(role(run(doc("en", p("The joint programme will be led by IOM, with UNDP and UN Women."))), "IOM"))
          .isEqualTo(Role.LEAD);
      assertThat(role(run(doc("en", p("Under the leadership of UNFPA, the partners will meet monthly."))), "UNFPA"))
          .isEqualTo(Role.LEAD);
    }

    @Test
    void twoBodiesEachDesignatedLeadForTheirPartAreTwoLeads() {
      List<Participant> ps = run(doc("en", p("UNDP is the lead agency for administrative and reporting purposes, and FAO the lead "
          + "agency for technical matters.")));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "FAO")).isEqualTo(Role.LEAD);
      List<Participant> table = run(doc("fr", table(row("Agence chef de file", "PNUD (composante Bénin) ; UNICEF (composante Togo)"),
          row("Agences participantes", "PNUD, UNICEF, FAO"))));
      assertThat(leads(table)).isEqualTo(2);
      // read in different places, the majority decides: a cover table and the management section naming the same lead
      List<Participant> once = run(doc("en", table(row("Lead organization", "FAO")), p("FAO is the lead agency of the programme."),
          p("UNDP is the lead agency for the early-warning output.")));
      assertThat(role(once, "FAO")).isEqualTo(Role.LEAD);
      assertThat(leads(once)).isEqualTo(1);
    }

    @Test
    void twoBodiesEachDesignatedLeadOfTheWholeProgrammeInDifferentPlacesAreBothLeads() {
      var ps = run(doc("en", sec("Cover", table(row("Lead agency", "United Nations Development Programme (UNDP)"),
              row("Participating UN organizations", "UNDP; FAO; UNICEF"))),
          sec("G. Management", p("FAO, as lead agency for this programme, signs the agreement with the Trust Fund and "
              + "consolidates the reports from UNDP and UNICEF."))));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "FAO")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void aDenialOutweighsWhatABodyOnlyDoesNow() {
      var es = run(doc("es", p("El PMA ejecuta en Liure su programa de alimentación escolar. Ni el PMA ni la OIM forman parte "
          + "de este programa ni reciben recursos de él.")));
      assertThat(role(es, "WFP")).isEqualTo(Role.CITED);
      var future = run(doc("en", p("WFP will distribute school meals in the target schools. WFP is not a member of the "
          + "steering committee.")));
      assertThat(role(future, "WFP")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void noLeadWhenNoneIsDesignatedOrWhenCoLed() {
      assertThat(leads(run(doc("en", p("UNDP and UNICEF will implement the project."))))).isZero();
      assertThat(leads(run(doc("en", p("UNDP and UNICEF will co-lead the programme."))))).isZero();
      assertThat(leads(run(doc("en", p("A 2019 survey led by WHO found high prevalence."))))).isZero();
      // co-leads who also share "the responsibilities of lead agency" by part are still no single lead
      assertThat(leads(run(doc("en", p("UNHCR and UNICEF will co-lead the programme and share the responsibilities of lead "
          + "agency: UNHCR for nationality and legal status, UNICEF for birth registration."))))).isZero();
      // co-leading a forum outside the programme leaves the programme's lead alone
      assertThat(role(run(doc("en", p("UNDP will lead the programme. UNDP and UNICEF co-lead the national protection working "
          + "group."))), "UNDP")).isEqualTo(Role.LEAD);
    }

    @Test
    void programmesOfTheSentenceBeforeSaidToBeOutsideThisOneAreOthersWork() {
      var ps = run(doc("en", sec("6 Implementation", p("WFP will implement all three outputs. UNICEF supports the ministry in "
          + "the management of acute malnutrition, and FAO runs a livestock project funded by another donor. Both programmes "
          + "are complementary and are not part of this proposal."))));
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.CITED);
      assertThat(role(ps, "FAO")).isEqualTo(Role.CITED);
      var inside = run(doc("en", sec("6 Implementation", p("UNICEF will support the ministry in the management of acute "
          + "malnutrition. Both agencies report to the steering committee."))));
      assertThat(role(inside, "UNICEF")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void workDoneJointlyIsNoOnesOwnRole() {
      var ps = run(doc("en", sec("5 Partners", p("UNDP and UNODC will jointly implement all three outputs; the division of "
          + "tasks will be agreed during the inception phase."))));
      assertThat(ps).filteredOn(x -> x.key().equals("UNODC")).singleElement()
          .satisfies(x -> assertThat(x.responsibilities()).isEmpty());
      var with = run(doc("en", sec("5 Partners", p("WHO will train 200 nurses together with the Ministry of Health "
          + "in the prisons."))));
      assertThat(with).filteredOn(x -> x.key().equals("WHO")).singleElement()
          .satisfies(x -> assertThat(x.responsibilities()).isNotEmpty());
    }

    @Test
    void noAgreementsWithABodyAndTheHeadOfGovernmentsOffice() {
      var ps = run(doc("en", sec("6 Implementation", p("The agencies will implement directly with the regional council. No "
          + "agreements with NGOs or community organizations are planned in this phase."))));
      assertThat(role(ps, "NGO")).isEqualTo(Role.CITED);
      assertThat(role(ps, "CBO")).isEqualTo(Role.CITED);
      var opm = run(doc("en", sec("6 Partners", p("The Disaster Risk Management Directorate in the Office of the Prime Minister "
          + "(OPM-DRM) sets the national framework for relocation."))));
      assertThat(opm).filteredOn(x -> x.name().equals("OPM-DRM")).singleElement()
          .satisfies(x -> assertThat(x.type()).isEqualTo(OrgType.GOVERNMENT));
    }

    @Test
    void aBodyOnlyConsultedDuringPreparationIsNoParticipant() {
      var ps = run(doc("en", p("FAO will train pasture user groups in 12 soums. UNDP and WFP were consulted during "
          + "preparation on their own dzud response work, to avoid overlap.")));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.CITED);
      assertThat(role(ps, "WFP")).isEqualTo(Role.CITED);
      // in the partners' section a body consulted that also gets work stays a participant
      assertThat(role(run(doc("en", sec("5 Partners and roles", p("UNDP was consulted and will train 200 teachers in the "
          + "soums.")))), "UNDP")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(run(doc("en", sec("5 Partners and roles", p("UNDP was consulted on its own dzud work.")))), "UNDP"))
          .isEqualTo(Role.CITED);
      assertThat(role(run(doc("fr", p("Le PAM a été consulté lors de la préparation de la note."))), "WFP")).isEqualTo(Role.CITED);
    }

    @Test
    void formerAndForeignNamesAreOneBody() {
      var ps = run(doc("en", p("UNIFEM will train women's groups. UN Women will also chair the gender working group.")));
      assertThat(ps.stream().filter(p -> p.key().equals("UNWOMEN")).count()).isEqualTo(1);
      assertThat(role(ps, "UNWOMEN")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void genericUnWordsNameNoBody() {
      var ps = run(doc("en", p("The UN Country Team and the United Nations system will support the Resident "
          + "Coordinator. The UN Trust Fund for Human Security will fund the project.")));
      assertThat(ps).noneMatch(p -> p.isUn() && p.participates());
      assertThat(ps).extracting(Participant::key).doesNotContain("UNGENERIC", "UNCT", "UNTFHS");
    }

    @Test
    void unaidsNeverCountsAsParticipating() {
      var ps = run(doc("en", p("UNAIDS will provide technical support to the national AIDS council.")));
      assertThat(role(ps, "UNAIDS")).isEqualTo(Role.CITED);
    }

    @Test
    void iomIsUnRelatedAndPahoIsWho() {
      var ps = run(doc("en", p("IOM will register migrants. PAHO will train nurses.")));
      assertThat(find(ps, "IOM").orElseThrow().type()).isEqualTo(OrgType.UN_RELATED);
      assertThat(find(ps, "IOM").orElseThrow().participates()).isTrue();
      assertThat(role(ps, "WHO")).isEqualTo(Role.PARTICIPATING);
      assertThat(ps).extracting(Participant::key).doesNotContain("PAHO");
    }

    @Test
    void aSingleWordNameIntroducedByTheNgoNounIsACivilSocietyPartner() {
      var ps = run(doc("en", sec("Implementation arrangements",
          p("The NGO Tostan will run the community dialogues. NGO partners will be trained."))));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).isEqualTo("Tostan");
        assertThat(p.role()).isEqualTo(Role.CIVIL_SOCIETY);
      });
      assertThat(ps).extracting(Participant::name).doesNotContain("partners", "Partners");
    }

    @Test
    void acronymDefinedInTheTextResolvesAcrossTheDocument() {
      var ps = run(doc("en", sec("Background", p("The Raks Thai Foundation (RTF) runs drop-in centres.")),
          sec("Implementation arrangements", p("RTF will manage the outreach workers in Samutsakorn."))));
      Participant rtf = ps.stream().filter(p -> p.name().contains("Raks") || p.name().equals("RTF")).findFirst()
          .orElseThrow();
      assertThat(rtf.role()).isEqualTo(Role.CIVIL_SOCIETY);
      assertThat(rtf.type()).isEqualTo(OrgType.CIVIL_SOCIETY);
      assertThat(ps.stream().filter(p -> p.type() == OrgType.CIVIL_SOCIETY).count()).isEqualTo(1);
    }

    @Test
    void ministriesAndLocalAuthoritiesByPattern() {
      var ps = run(doc("en", p("The Ministry of Women's Affairs will chair the steering committee. "
          + "Harare City Council will provide land for the shelter.")));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).contains("Ministry of Women");
        assertThat(p.role()).isEqualTo(Role.GOVERNMENT);
      });
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).contains("Harare City Council");
        assertThat(p.role()).isEqualTo(Role.GOVERNMENT);
      });
    }

    @Test
    void sectionDecidesPlainMentions() {
      var ps = run(doc("en", sec("Background", p("UNHCR has long worked in the camps.")),
          sec("Partnerships and implementing arrangements", p("UNFPA brings expertise in reproductive health."))));
      assertThat(role(ps, "UNHCR")).isEqualTo(Role.CITED);
      assertThat(role(ps, "UNFPA")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void citedAndParticipatingIsParticipating() {
      var ps = run(doc("en", p("According to UNICEF, stunting affects 30% of children."),
          p("UNICEF will distribute micronutrient supplements.")));
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void donorsByFundingCues() {
      var ps = run(doc("en", p("The shelter component will be co-financed by JICA and the European Union.")));
      assertThat(role(ps, "JICA")).isEqualTo(Role.DONOR);
      assertThat(role(ps, "EU")).isEqualTo(Role.DONOR);
    }

    @Test
    void whoAsAPronounInCapitalsIsNotWho() {
      var ps = run(doc("en", p("SUPPORT FOR PEOPLE WHO LIVE IN REMOTE AREAS")));
      assertThat(find(ps, "WHO")).isEmpty();
    }

    @Test
    void tableRowsWithMoneyOrResponsibleColumn() {
      var ps = run(doc("en", sec("Budget", table(row("Organisation", "Amount (USD)"), row("UNDP", "450,000"),
          row("UNFPA", "300,000"), row("Total", "750,000"))),
          sec("Work plan", table(row("Activity", "Responsible", "Timing"),
              row("Train community health workers", "WHO", "Q1-Q2")))));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "UNFPA")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "WHO")).isEqualTo(Role.PARTICIPATING);
      assertThat(find(ps, "WHO").orElseThrow().responsibilities()).singleElement()
          .satisfies(e -> assertThat(e.quote()).contains("Train community health workers"));
    }

    @Test
    void coverPageLabelRows() {
      var ps = run(doc("en", table(row("Lead organization", "UNDP"),
          row("Participating UN organizations", "UNICEF, UNFPA"), row("Implementing partners", "Ministry of Health"))));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "UNFPA")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "MOH")).isEqualTo(Role.GOVERNMENT);
    }

    @Test
    void aBodyWhosePartIsPutOffHasNoResponsibilityYet() {
      var ps = run(doc("en", p("UNDP will rebuild the water systems with the councils."),
          p("UN Women, as a participating organization, brings its regional experience in ending violence against women; "
              + "its contribution will be defined with the ministry once its own funding is confirmed."),
          p("UN Women's contribution will be costed in the inception addendum.")));
      assertThat(find(ps, "UNWOMEN").orElseThrow().responsibilities()).isEmpty();
      assertThat(find(ps, "UNDP").orElseThrow().responsibilities()).isNotEmpty();
      var next = run(doc("en", p("UNDP will rebuild the water systems with the councils. UN Women will train 300 women "
          + "leaders. Its specific activities and budget will be defined during the inception phase.")));
      assertThat(find(next, "UNWOMEN").orElseThrow().responsibilities()).isEmpty();
      assertThat(find(next, "UNDP").orElseThrow().responsibilities()).isNotEmpty();
      var fr = run(doc("fr", p("ONU-Femmes est une organisation participante ; sa contribution sera précisée lors de l'atelier de démarrage.")));
      assertThat(find(fr, "UNWOMEN").orElseThrow().responsibilities()).isEmpty();
    }

    @Test
    void namesWithTheArabicArticle() {
      var ps = run(doc("en", p("Dar al-Amal Counselling Association (Nablus) runs the mobile teams and supervises the peer supporters.")));
      assertThat(ps).extracting(Participant::name).contains("Dar al-Amal Counselling Association");
      assertThat(find(ps, "DAR AL AMAL COUNSELLING ASSOCIATION").orElseThrow().type()).isEqualTo(OrgType.CIVIL_SOCIETY);
    }

    @Test
    void listSubjectsShareTheVerb() {
      var ps = run(doc("en", li("UNDP, UNICEF and WFP will jointly deliver the livelihoods component.")));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "WFP")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void sidaInEnglishIsTheSwedishAgencyButNotHivAids() {
      assertThat(role(run(doc("en", p("The project will be co-funded by Sida."))), "SIDA")).isEqualTo(Role.DONOR);
      assertThat(find(run(doc("en", p("People living with HIV/SIDA will be supported."))), "SIDA")).isEmpty();
    }

    @Test
    void partnersStillToBeIdentifiedDoNotTakePart() {
      var ps = run(doc("en", sec("Partnerships", p("Local NGOs will be identified later to support community work."))));
      assertThat(role(ps, "NGO")).isEqualTo(Role.CITED);
      // named inside an apposition: the verb follows the closing comma
      ps = run(doc("en", sec("Partners", p("Implementing partners, including national NGOs, will be identified during inception."))));
      assertThat(role(ps, "NGO")).isEqualTo(Role.CITED);
      ps = run(doc("fr", sec("Partenaires", p("Les partenaires de mise en œuvre, dont des ONG locales, seront sélectionnés au démarrage."))));
      assertThat(role(ps, "NGO")).as(ps.toString()).isEqualTo(Role.CITED);
    }

    @Test
    void bodyNamedInBracketsForAnOutputHasThatWork() {
      var ps = run(doc("en", sec("Outputs", li("Output 2 (UNDP): local administrations plan and fund social services."))));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.PARTICIPATING);
      assertThat(find(ps, "UNDP").orElseThrow().hasResponsibilities()).isTrue();
    }

    @Test
    void partnerListsWithPresentTenseWorkWith() {
      var ps = run(doc("en", p("The programme works with the Ministry of Labour and Social Protection and the district "
          + "councils.")));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).startsWith("Ministry of Labour");
        assertThat(p.role()).isEqualTo(Role.GOVERNMENT);
      });
      assertThat(role(ps, "LOCALGOV")).isEqualTo(Role.GOVERNMENT);
    }

    @Test
    void presentTenseDescriptionsOfPartnersCount() {
      var ps = run(doc("en", p("Catholic Health Services runs clinical services in two institutions; the National "
          + "Department of Health and the provincial health authorities staff the health posts.")));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).isEqualTo("Catholic Health Services");
        assertThat(p.role()).isEqualTo(Role.CIVIL_SOCIETY);
      });
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).isEqualTo("National Department of Health");
        assertThat(p.role()).isEqualTo(Role.GOVERNMENT);
      });
    }

    @Test
    void presentTenseInAnExampleIsAnotherProject() {
      var ps = run(doc("en", p("For example, in Kenya the Turkana Women's Network runs savings groups.")));
      assertThat(ps).allSatisfy(p -> assertThat(p.role()).isEqualTo(Role.CITED));
    }

    @Test
    void committeeMembersTakePart() {
      var ps = run(doc("en", p("A steering committee, chaired by the Commissioner of the Correctional Service, with "
          + "UNODC, WHO and the National AIDS Council Secretariat, meets quarterly.")));
      assertThat(role(ps, "UNODC")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "WHO")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "NAC")).isEqualTo(Role.GOVERNMENT);
    }

    @Test
    void serviceTitlesAreNotBodies() {
      var ps = run(doc("en", p("HIV and TB Services in Correctional Institutions will be expanded.")));
      assertThat(ps).isEmpty();
    }

    @Test
    void countryNamesAreNotOrganisations() {
      var ps = run(doc("en", p("Remittances from the Russian Federation will fall.")));
      assertThat(ps).isEmpty();
    }

    @Test
    void evidenceCarriesQuoteAndLocation() {
      var ps = run(doc("en", sec("Implementation", p("Intro sentence. UNICEF will train teachers."))));
      var ev = find(ps, "UNICEF").orElseThrow().evidence().get(0);
      assertThat(ev.quote()).isEqualTo("UNICEF will train teachers.");
      assertThat(ev.location().sectionPath()).containsExactly("Implementation");
      assertThat(ev.location().block()).isZero();
    }
  }

  @Nested
  class French {
    @Test
    void frenchFutureAndAcronyms() {
      var ps = run(doc("fr", p("Le PNUD sera l'agence chef de file. L'OMS formera les agents de santé et "
          + "ONU Femmes appuiera les associations de femmes.")));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "WHO")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "UNWOMEN")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void acronymsThatDoNotSpellTheNameStillNameTheBodyDefinedBeforeThem() {
      // a PLHIV network's "+" and a legal form ("SCOOPS", société coopérative simplifiée) spell no initials
      var ps = run(doc("fr", sec("1 Contexte", p("Le Réseau ivoirien des organisations de personnes vivant avec le VIH "
              + "(RIP+) a des antennes actives et la Société coopérative des orpailleurs de la Bagoué (SCOOPS-ORBA) "
              + "regroupe déjà 310 membres.")),
          sec("5 Partenaires", p("Les antennes du RIP+ animent des groupes de parole. La SCOOPS-ORBA mobilise ses "
              + "membres et accueille les formations."))));
      assertThat(ps.stream().filter(p -> p.type() == OrgType.CIVIL_SOCIETY && p.role() == Role.CIVIL_SOCIETY))
          .as(ps.toString()).hasSize(2);
    }

    @Test
    void frenchNgoNamedByOneAcronym() {
      var ps = run(doc("fr", sec("5 Partenaires",
          p("L'ONG SOFEPADI assure l'accompagnement psychosocial et juridique des survivantes."))));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).isEqualTo("SOFEPADI");
        assertThat(p.type()).isEqualTo(OrgType.CIVIL_SOCIETY);
        assertThat(p.role()).isEqualTo(Role.CIVIL_SOCIETY);
      });
    }

    @Test
    void frenchCitations() {
      var ps = run(doc("fr", p("Selon l'UNICEF, 40 % des enfants ne sont pas scolarisés. D'après l'OMS, le taux a "
          + "doublé. Les données de l'ONUSIDA le confirment.")));
      assertThat(ps).noneMatch(Participant::participates);
    }

    @Test
    void pamIsWfpOnlyInFrench() {
      assertThat(role(run(doc("fr", p("Le PAM distribuera des vivres."))), "WFP")).isEqualTo(Role.PARTICIPATING);
      assertThat(find(run(doc("es", p("El PAM distribuirá alimentos."))), "WFP")).isEmpty();
      assertThat(role(run(doc("es", p("El PMA distribuirá alimentos."))), "WFP")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void sidaIsAidsInFrenchUnlessTheDonorIsMeant() {
      var ps = run(doc("fr", p("Le projet renforcera la lutte contre le SIDA et le VIH/sida.")));
      assertThat(find(ps, "SIDA")).isEmpty();
      var donor = run(doc("fr", p("Le projet sera cofinancé par l'Asdi, l'agence suédoise de coopération.")));
      assertThat(role(donor, "SIDA")).isEqualTo(Role.DONOR);
    }

    @Test
    void aCoImplementingBodyWhosePartThenNextSentencePutsOffHasNoResponsibility() {
      var ps = run(doc("fr", sec("Informations générales", table(row("Agence chef de file", "OIM"),
              row("Organisations co-exécutantes", "UNICEF ; HCR"))),
          sec("6 Partenariats", p("L'UNICEF formera 200 enseignants à la protection de l'enfance. Le HCR est associé au programme en "
              + "qualité d'organisation co-exécutante. Ses activités et son budget seront définis avec l'OIM et l'UNICEF lors "
              + "de l'élaboration de la proposition complète."))));
      assertThat(role(ps, "UNHCR")).isEqualTo(Role.PARTICIPATING);
      assertThat(find(ps, "UNHCR").orElseThrow().responsibilities()).isEmpty();
      assertThat(find(ps, "UNICEF").orElseThrow().responsibilities()).isNotEmpty();
    }

    @Test
    void civilSocietyThatOnlyMayBeAssociatedIsNoPartnerAndCivilProtectionIsTheState() {
      var ps = run(doc("fr", p("Des organisations de la société civile pourront être associées à la mise en œuvre ; elles "
          + "seront identifiées plus tard."),
          p("Le Centre des opérations de secours et de la protection civile (COSEP) pilotera le système d'alerte.")));
      assertThat(ps).noneMatch(x -> x.role() == Role.CIVIL_SOCIETY);
      assertThat(ps).filteredOn(x -> x.name().contains("protection civile") || "COSEP".equals(x.name()))
          .isNotEmpty().allMatch(x -> x.type() == org.hscheck.extract.OrgType.GOVERNMENT);
    }

    @Test
    void frenchPartnershipAndNegation() {
      var ps = run(doc("fr", p("Le projet sera mis en œuvre en partenariat avec le Ministère de la Santé et "
          + "l'OIM. Le HCR ne participera pas au projet.")));
      assertThat(role(ps, "MOH")).isEqualTo(Role.GOVERNMENT);
      assertThat(role(ps, "IOM")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "UNHCR")).isEqualTo(Role.CITED);
    }

    @Test
    void frenchNamedAssociationByPattern() {
      var ps = run(doc("fr", p("L'Association des Femmes Juristes (AFJ) assurera l'assistance juridique.")));
      assertThat(ps).anySatisfy(p -> assertThat(p.role()).isEqualTo(Role.CIVIL_SOCIETY));
    }

    @Test
    void nationalProgrammeDefinedByAcronymIsGovernment() {
      var ps = run(doc("fr", p("Le Programme national multisectoriel de lutte contre le sida (PNMLS) coordonne la "
          + "réponse."), p("Le PNMLS assurera la coordination des intervenants.")));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.type()).isEqualTo(OrgType.GOVERNMENT);
        assertThat(p.role()).isEqualTo(Role.GOVERNMENT);
      });
    }

    @Test
    void regionalDirectionsAreGovernment() {
      var ps = run(doc("fr", p("La Direction régionale de la santé du Sahel assurera l'encadrement technique.")));
      assertThat(ps).singleElement().satisfies(p -> assertThat(p.role()).isEqualTo(Role.GOVERNMENT));
    }

    @Test
    void bidInFrenchIsTheIslamicDevelopmentBank() {
      var ps = run(doc("fr", p("Le projet sera cofinancé par la BID.")));
      assertThat(role(ps, "ISDB")).isEqualTo(Role.DONOR);
      var defined = run(doc("fr", p("La Banque interaméricaine de développement (BID) financera les puits. "
          + "La BID sera aussi membre du comité.")));
      assertThat(find(defined, "ISDB")).isEmpty();
      assertThat(role(defined, "IDB")).isEqualTo(Role.DONOR);
    }
  }

  @Nested
  class Spanish {
    @Test
    void leadingTheProgrammeOnBehalfOfTheOtherAgenciesDesignatesTheLead() {
      var ps = run(doc("es", p("ONU Mujeres asumirá la conducción del programa conjunto en nombre de las dos agencias: "
          + "firmará el acuerdo con el Fondo y consolidará los informes. La OIM fortalecerá los servicios.")));
      assertThat(role(ps, "UNWOMEN")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "IOM")).isEqualTo(Role.PARTICIPATING);
      var en = run(doc("en", p("UNFPA will sign the agreement with the Fund on behalf of the three agencies and consolidate "
          + "their reports. WHO will train health workers.")));
      assertThat(role(en, "UNFPA")).isEqualTo(Role.LEAD);
      var fr = run(doc("fr", p("L'OIT assurera la conduite du programme au nom des deux agences. L'OIM formera les conseillers.")));
      assertThat(role(fr, "ILO")).isEqualTo(Role.LEAD);
    }

    @Test
    void spanishFutureLeadAndCitations() {
      var ps = run(doc("es", p("El PNUD será la agencia líder del programa. UNICEF capacitará a docentes. "
          + "Según la OMS, la prevalencia aumentó. ACNUR colaborará con las autoridades locales.")));
      assertThat(role(ps, "UNDP")).isEqualTo(Role.LEAD);
      assertThat(role(ps, "UNICEF")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "WHO")).isEqualTo(Role.CITED);
      assertThat(role(ps, "UNHCR")).isEqualTo(Role.PARTICIPATING);
      assertThat(role(ps, "LOCALGOV")).isEqualTo(Role.GOVERNMENT);
    }

    @Test
    void spanishBidIsIdbAndOpsIsWho() {
      var ps = run(doc("es", p("El proyecto será cofinanciado por el BID. La OPS brindará asistencia técnica.")));
      assertThat(role(ps, "IDB")).isEqualTo(Role.DONOR);
      assertThat(role(ps, "WHO")).isEqualTo(Role.PARTICIPATING);
    }

    @Test
    void spanishNegationAndPastProject() {
      var ps = run(doc("es", p("La FAO no participará en esta fase. El proyecto anterior de la OIT fue "
          + "ejecutado por la OIT en 2015.")));
      assertThat(role(ps, "FAO")).isEqualTo(Role.CITED);
      assertThat(role(ps, "ILO")).isEqualTo(Role.CITED);
    }

    @Test
    void spanishNamedBodiesByPattern() {
      var ps = run(doc("es", p("En colaboración con la Alcaldía de San Salvador y la Fundación Maquilishuat, "
          + "el proyecto apoyará a los grupos de mujeres.")));
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).startsWith("Alcaldía de San Salvador");
        assertThat(p.role()).isEqualTo(Role.GOVERNMENT);
      });
      assertThat(ps).anySatisfy(p -> {
        assertThat(p.name()).startsWith("Fundación Maquilishuat");
        assertThat(p.role()).isEqualTo(Role.CIVIL_SOCIETY);
      });
    }

    @Test
    void sidaIsAidsInSpanish() {
      var ps = run(doc("es", p("El programa nacional de VIH/Sida y la lucha contra el SIDA serán fortalecidos.")));
      assertThat(find(ps, "SIDA")).isEmpty();
    }
  }
}
