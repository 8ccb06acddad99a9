package org.hscheck.extract.signal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.extract.NeedsAssessment;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.Status;
import org.hscheck.extract.text.Languages;
import org.hscheck.extract.text.Modality;
import org.hscheck.extract.text.PatternSet;
import org.hscheck.extract.text.Search;
import org.hscheck.extract.text.Sentence;
import org.hscheck.extract.text.Text;
import org.hscheck.extract.text.UnicodePattern;

/**
 * Finds statements about identifying needs (needs assessments, participatory diagnoses, consultations, focus
 * groups, surveys, baselines) with who took part (the community, the authorities) and when: done before the
 * design (AFFIRMED), deferred to after the start (PLANNED) or denied (NEGATED). Weak methods (consultation,
 * meeting, workshop, survey, interviews, mission) count only when the affected people or the authorities are
 * named with them. Stateless and thread-safe.
 */
public final class NeedsExtractor {
  /** Most statements kept per timing, in document order. */
  static final int MAX_PER_TIMING = 10;

  private record Method(String name, boolean strong, UnicodePattern en, UnicodePattern fr, UnicodePattern es) {
    UnicodePattern in(String language) {
      return switch (language) {
        case "fr" -> fr;
        case "es" -> es;
        default -> en;
      };
    }
  }

  private static final List<Method> METHODS = List.of(
      strong("needs assessment",
          "\\b(?:(?:needs?|vulnerabilit\\w*|capacit\\w*|participatory|joint|rapid|conflict)\\b(?:[\\s,-]+\\w+){0,3}?[\\s-]+(?:assessments?|analys[ie]s|appraisals?|profiling|diagnos[ie]s)|village profiling|community profiling|needs? (?:assessments?|analys[ie]s|identification|mapping)|(?:assessments?|analys[ie]s|identification|mapping) of (?:the )?(?:\\w+ ){0,2}needs|(?:rapid|joint|participatory|community|vulnerability|situation|household|multi-sectoral) (?:needs )?assessments?|needs were (?:\\w+ ){0,2}(?:identified|assessed|prioriti[sz]ed|defined|mapped))\\b",
          "\\b(?:(?:evaluations?|analyses?|diagnostics?) (?:\\w+ ){0,2}(?:des besoins|de (?:la )?vulnerabilite|des vulnerabilites|des capacites)|profilage des villages|diagnostics? des besoins|analyses? des besoins|identification des besoins|cartographie des besoins|evaluations? (?:rapides?|conjointes?|participatives?|de (?:la )?vulnerabilite)|besoins (?:ont ete|a ete) (?:\\w+ ){0,2}(?:identifies|evalues|priorises|definis|recenses))\\b",
          "\\b(?:caracterizaci\\w+ (?:participativa|comunitaria|social|de (?:las )?comunidades)|(?:evaluaci\\w+|analisis|diagnostico\\w*) (?:\\w+ ){0,2}de (?:las )?(?:necesidades|vulnerabilidad\\w*|capacidades)|diagnosticos? de (?:las )?necesidades|analisis de (?:las )?necesidades|identificaci\\w+ de (?:las )?necesidades|mapeo de (?:las )?necesidades|evaluaci\\w+ (?:rapidas?|conjuntas?|participativas?|de vulnerabilidad)|necesidades (?:fueron|han sido) (?:\\w+ ){0,2}(?:identificadas|evaluadas|priorizadas|definidas))\\b"),
      strong("participatory diagnosis",
          "\\b(?:participatory (?:rural )?(?:appraisals?|diagnos[ie]s|mapping|research)|pra|community (?:diagnos[ie]s|profiling|mapping)|problem tree analysis"
              // "WFP and the councils ran community-based participatory planning (CBPP) in the 12 wards"
              + "|community[- ]based participatory planning)\\b",
          "\\b(?:diagnostics? (?:participatifs?|communautaires?|rapides?|conjoints?|de base)|marp|cartographie participative|profil communautaire)\\b",
          "\\b(?:diagnosticos? (?:participativos?|comunitarios?|rapidos?|conjuntos?|de base|situacional(?:es)?)|mapeo participativo|autodiagnosticos?|arbol de problemas)\\b"),
      strong("focus groups",
          "\\b(?:focus[- ]group (?:discussions?|interviews?)|focus groups?|fgds?)\\b",
          "\\b(?:groupes? de discussion|focus groups?|entretiens? de groupe)\\b",
          "\\b(?:grupos? focal(?:es)?|grupos? de discusion)\\b"),
      strong("baseline study",
          "\\b(?:baseline (?:surveys?|studies|study|assessments?|data collection))\\b",
          "\\b(?:etudes? de (?:base|reference)|enquetes? de (?:base|reference)|situation de reference)\\b",
          "\\b(?:estudios? de (?:linea de )?base|lineas? de base|encuestas? de (?:linea de )?base)\\b"),
      weak("consultation",
          "\\b(?:consultations?|consulted|consulting|consultative (?:process|meetings?|workshops?))\\b",
          "\\b(?:consultations?|consulte(?:e|es|s)?|(?<!cadre de )(?<!cadres de )concertations?)\\b",
          "\\b(?:consultas?|consultad[oa]s?|consultivos?)\\b"),
      weak("meetings and workshops",
          "\\b(?:(?:community|village|town[- ]hall|stakeholder|validation|planning|participatory|open|general|public) (?:meetings?|workshops?|assemblies|dialogues?|forums?)|workshops? with|meetings? with|met with"
              // conversations that went by a local name: "storian sessions (what other Pacific countries call talanoa)"
              + "|listening sessions?|storian|talanoa|(?:open )?conversations with)\\b",
          "\\b(?:(?:ateliers?|reunions?|assemblees?|fora|forums?) (?:communautaires?|villageoises?|de validation|de planification|participatifs?|participatives?|generales|ouvertes|publiques|avec)|rencontres? avec|seances? d'ecoute|dialogues? communautaires?)\\b",
          "\\b(?:(?:taller(?:es)?|reunion(?:es)?|asambleas?|foros?|encuentros?) (?:comunitari[oa]s?|comunal(?:es)?|de validacion|de planificacion|participativ[oa]s?|abiertas?|generales|publicas?|con)|mesas de escucha|dialogos? comunitarios?)\\b"),
      weak("survey and interviews",
          "\\b(?:(?:household|community|field|rapid|perception|kap) surveys?|key[- ]informant interviews?|(?:individual |semi-structured )?interviews with|field (?:visits?|missions?)|scoping missions?|surveyed|interviewed"
              // the teams went to the people: "spent three to five days in each of the 16 communities", "walked the shoreline with chiefs"
              + "|visited (?:the |all |each of the )?(?:\\w+ ){0,2}(?:communities|villages|settlements|sites|households)|spent (?:\\w+ ){0,4}(?:days|weeks) in (?:each of )?(?:the )?(?:\\w+ ){0,2}(?:communities|villages|settlements|sites)"
              + "|transect walks?|walked (?:\\w+ ){0,4}with|(?:we|they|teams) mapped|mapped (?:\\w+ ){0,6}?with)\\b",
          "\\b(?:enquetes? (?:menages|communautaires?|de terrain|rapides?|cap|de perception|aupres)|entretiens? (?:individuels |semi-structures )?avec|informateurs? cles|missions? (?:de terrain|d'identification|exploratoires?)|visites? de terrain"
              + "|ont (?:parcouru|visite|sillonne) (?:les |la |chacune? des )?(?:\\w+ ){0,2}(?:communautes|villages|sites|quartiers|menages|communes)|ont cartographie|cartographie (?:\\w+ ){0,4}avec)\\b",
          "\\b(?:encuestas? (?:de hogares|comunitarias?|de campo|rapidas?|cap|de percepcion)|entrevistas? (?:individuales |semiestructuradas )?(?:con|a)|informantes? clave|misi\\w+ (?:de campo|de identificacion|exploratorias?)|visitas? de campo"
              + "|(?:recorrieron|visitaron) (?:las |los |cada una de las )?(?:\\w+ ){0,2}(?:comunidades|aldeas|caserios|barrios|comunas|hogares|sitios)|mapearon|recorridos? de campo)\\b"));

  /** The methods' patterns by language, in the order of {@link #METHODS}. */
  private static final Map<String, PatternSet> METHOD_SETS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The methods' set of a language ("en", "fr", "es"; English for any other), built when first needed. */
  private static PatternSet methods(String language) {
    return METHOD_SETS.computeIfAbsent(Languages.orEnglish(language),
        k -> new PatternSet(METHODS.stream().map(m -> m.in(k).pattern()).toList()));
  }

  private static final Map<String, UnicodePattern> COMMUNITY = Map.of(
      "en", Cue.compile("\\b(?:(?<!humanitarian )(?<!international )(?<!donor )(?<!development )(?<!scientific )communit(?:y|ies)|villagers?|villages|residents|beneficiar(?:y|ies)|affected (?:people|populations?|persons|households)|women|girls|youth|young people|adolescents|survivors"
          + "|refugees|idps|displaced|migrants|returnees|households|(?:community|traditional|religious|village) leaders|local (?:people|population)|target (?:groups?|population)"
          + "|people living with hiv|plhiv|farmers|parents|families|children|elders|citizens|right-holders|rights-holders"
          + "|(?:camp|village|site|community|neighbou?rhood|water|women'?s|youth) committees)\\b"),
      "fr", Cue.compile("\\b(?:communaut\\w*(?! (?:humanitaire|internationale|des bailleurs|scientifique))|villageois\\w*|villages|habitants|beneficiaires|populations?|femmes|filles|jeunes|adolescent\\w*|survivant\\w*|refugies|deplaces|migrants|rapatries|menages|familles"
          + "|leaders (?:communautaires|religieux|traditionnels)|chefs (?:traditionnels|de village|coutumiers)|groupes cibles|pvvih|agriculteurs|parents|citoyens"
          + "|comites (?:de camp|villageois|de village|de quartier|d'eau|de site|de femmes|de jeunes))\\b"),
      "es", Cue.compile("\\b(?:comunidad\\w*(?! (?:humanitaria|internacional|de donantes|cientifica))|comunitari\\w*|aldeas|caserios|pobladores|habitantes|beneficiari\\w*|poblacion\\w*|mujeres|ninas|jovenes|adolescentes|sobrevivientes|refugiad\\w*|desplazad\\w*|migrantes"
          + "|retornad\\w*|hogares|familias|lideres (?:comunitarios|religiosos|tradicionales|indigenas)|lideresas|autoridades (?:indigenas|tradicionales|comunitarias)|grupos? meta|pvv|productor\\w*|padres|ciudadan\\w*"
          + "|comites (?:comunitarios|de agua|de barrio|de vecinos|de mujeres|de jovenes)|cocodes?)\\b"));
  private static final Map<String, UnicodePattern> AUTHORITIES = Map.of(
      "en", Cue.compile("\\b(?:local (?:authorit(?:y|ies)|government|councils?|administration)|district (?:authorit(?:y|ies)|officials?|government|councils?|administration|health (?:offices?|teams?|management)|secretar\\w+)|(?:rural|urban|village|ward|county|city|town|provincial|regional|municipal|jamoat|divisional) (?:district )?(?:councils?|secretar\\w+|officers?|administrations?)|councillors|county officials|municipal\\w*|mayors?"
          + "|governors?|provincial (?:authorit(?:y|ies)|governments?|officials?)|regional (?:authorit(?:y|ies)|governments?|council)|county (?:governments?|officials?)|ministr(?:y|ies)|governments?|planning officers?"
          + "|authorit(?:y|ies)|line departments|public officials|health district|district health|national aids (?:council|commission)|the district|village chiefs?"
          // sub-national public bodies by their own names: oblasts, townships, health departments
          + "|(?:oblast|township|prefectur\\w*|departmental) (?:\\w+ ){0,2}?(?:administrations?|authorit(?:y|ies)|departments?|officials?|councils?|offices?)"
          + "|health departments?|(?:oblast|provincial|regional|departmental|district) centres? for public health"
          + "|(?:county|district|provincial|regional|municipal|sub-?county) health (?:teams?|management teams?|departments?|offices?)"
          // local government units by their country's name: union parishads, panchayats, woredas, kebeles, barangays...
          + "|(?:union )?parishads?|panchayats?|upazilas?|woredas?|kebeles?|barangays?|ayil okmotus?|jamoats?|hukumats?|chiefdoms?|palikas?"
          + "|ward (?:offices?|chair(?:person)?s?|secretar\\w+|committees?))\\b"),
      "fr", Cue.compile("\\b(?:autorites|collectivites (?:locales|territoriales)|communes?|mairies?|maires?|prefectures?|prefets?|gouverneurs?|conseils? (?:municipaux|municipal|regionaux|regional|communaux|communal)"
          + "|services (?:techniques|deconcentres|de l'etat)|conseils? (?:departementa\\w+|locaux|ruraux)|zones? de sante|districts? sanitaires?|ministere\\w*|gouvernement|elus locaux|administration (?:locale|territoriale)|cnls|chefs? de (?:canton|village)"
          + "|commissions? (?:municipale|communale)s?|(?:directions?|delegations?) (?:sanitaires?|departementales?|regionales?|provinciales?|communales?))\\b"),
      "es", Cue.compile("\\b(?:autoridades|alcaldias?|alcaldes?|municipalidad\\w*|municipios?|gobiernos? (?:local(?:es)?|municipal(?:es)?|regional(?:es)?|departamental(?:es)?|provincial(?:es)?)|gobernaci\\w+|ayuntamientos?"
          + "|concejos? municipal(?:es)?|ministerios?|gobierno|secretarias? de (?:salud|estado)|instituciones (?:publicas|del estado)|conasida"
          + "|(?:direcciones|oficinas|direccion|oficina) municipal(?:es)?|dmm)\\b"));

  /**
   * Earlier exercises, of this applicant or others ("in the earlier relocations", "previous projects", "in the past"):
   * a denial about them ("they were not consulted") is a lesson drawn, not a statement about this proposal's design.
   */
  private static final Map<String, UnicodePattern> EARLIER = Map.of(
      "en", Cue.compile("\\b(?:previous|prior(?! to\\b)|past|earlier|former) (?:\\w+ )?(?:phases?|projects?|programmes?|programs?|interventions?"
          + "|initiatives?|relocations?|resettlements?|responses?|operations?|efforts?|exercises?|assessments?|surveys?"
          + "|consultations?|studies|study|campaigns?|plans?|evacuations?|distributions?)\\b|\\bin the past\\b"),
      "fr", Cue.compile("\\b(?:phases?|projets?|programmes?|interventions?|initiatives?|relocalisations?|reinstallations?|deplacements?"
          + "|reponses?|operations?|evaluations?|enquetes?|consultations?|etudes?|campagnes?|plans?) (?:\\w+ )?(?:precedent\\w*|anterieur\\w*"
          + "|passe(?:e|s|es)?)\\b|\\bpar le passe\\b"),
      "es", Cue.compile("\\b(?:fases?|proyectos?|programas?|intervencion(?:es)?|iniciativas?|reubicacion(?:es)?|reasentamientos?|respuestas?"
          + "|operacion(?:es)?|evaluacion(?:es)?|encuestas?|consultas?|estudios?|campanas?|planes?) (?:\\w+ )?(?:anterior(?:es)?|previ[oa]s?"
          + "|pasad[oa]s?)\\b|\\ben el pasado\\b"));

  /** Characters on either side of a method searched for a word of recurrence. */
  private static final int RECURRING_REACH = 60;
  /** An exercise held again and again: "quarterly meetings", "l'évaluation annuelle", "cada mes". */
  private static final Map<String, UnicodePattern> RECURRING = Map.of(
      "en", Cue.compile("\\b(?:annual(?:ly)?|yearly|quarterly|monthly|weekly|semi-annual(?:ly)?|bi-?annual(?:ly)?|every (?:year|month|quarter|week|six months|two (?:weeks|months))|each (?:year|month|quarter|week))\\b"),
      "fr", Cue.compile("\\b(?:annuel\\w*|trimestriel\\w*|mensuel\\w*|hebdomadaire\\w*|semestriel\\w*|chaque (?:annee|mois|trimestre|semaine)|tous les (?:ans|mois|trimestres))\\b"),
      "es", Cue.compile("\\b(?:anual\\w*|trimestral\\w*|mensual\\w*|semanal\\w*|semestral\\w*|cada (?:ano|mes|trimestre|semana)|todos los (?:anos|meses))\\b"));
  /** Secondary sources: "existing sources", "secondary data", "desk review", "données secondaires", "datos secundarios". */
  private static final Map<String, UnicodePattern> SECONDARY = Map.of(
      "en", Cue.compile("\\b(?:existing (?:sources|data|studies|literature|reports|assessments)|secondary (?:data|sources|information|literature)|desk (?:review|research|study)|desk-based|literature review"
          + "|(?:draws?|drew|drawn|relies|relied|rests?|rested|based) (?:\\w+ ){0,2}?on (?:\\w+ ){0,2}?sources)\\b"),
      "fr", Cue.compile("\\b(?:sources existantes|donnees (?:existantes|secondaires)|etudes existantes|informations secondaires|revue (?:documentaire|de la litterature|des sources)"
          + "|(?:s'appuie|s'appuient|repose|reposent|fonde\\w*|base\\w*) sur (?:\\w+ ){0,2}?sources)\\b"),
      "es", Cue.compile("\\b(?:fuentes existentes|datos (?:existentes|secundarios)|estudios existentes|informacion secundaria|revision (?:documental|bibliografica|de fuentes)"
          + "|(?:se basa|se basan|se apoya|se apoyan|descansa|parte) en (?:\\w+ ){0,2}?fuentes)\\b"));
  /** A section about partners, roles, management or coordination, by its innermost heading that says so. */
  private static final Pattern OPERATIONAL_HEADING = Pattern.compile(
      "\\b(?:partners?|partnerships?|roles?|responsibilit\\w+|management|coordination|governance|implementation arrangements"
          + "|partenaires?|partenariats?|responsabilites|gestion|gouvernance|socios?|funciones|responsabilidades|coordinacion|gobernanza)\\b");

  /** True when the innermost heading of {@code path} is about partners, roles, management or coordination. */
  private static boolean operational(List<String> path) {
    return !path.isEmpty() && OPERATIONAL_HEADING.matcher(Text.fold(path.get(path.size() - 1))).find();
  }

  /** Characters before a method searched for a definite article or demonstrative. */
  private static final int DEFINITE_REACH = 8;
  /** A definite article or demonstrative right before a method: it speaks again of one already introduced. */
  private static final UnicodePattern DEFINITE = Cue.compile(
      "(?:^|\\W)(?:the|this|that|le|la|l'|les|ce|cet|cette|du|el|los|las|del|al|este|esta|dicho|dicha)\\s*$");

  /** "Unlike previous projects, this one has not...": the denial is about this proposal after all. */
  private static final UnicodePattern CONTRAST = Cue.compile(
      "\\b(?:unlike|in contrast to|contrary to|as opposed to|contrairement a|a la difference de|a diferencia de|al contrario de)\\b");

  /** The needs statements found in {@code sentences} of a proposal in {@code language}, each with its evidence. */
  public List<NeedsAssessment> extract(List<Sentence> sentences, String language) {
    UnicodePattern community = COMMUNITY.getOrDefault(language, COMMUNITY.get("en"));
    UnicodePattern authorities = AUTHORITIES.getOrDefault(language, AUTHORITIES.get("en"));
    UnicodePattern earlier = EARLIER.getOrDefault(language, EARLIER.get("en"));
    UnicodePattern recurring = RECURRING.getOrDefault(language, RECURRING.get("en"));
    UnicodePattern secondary = SECONDARY.getOrDefault(language, SECONDARY.get("en"));
    Set<String> planned = new HashSet<>();
    PatternSet methods = methods(language);
    List<NeedsAssessment> out = new ArrayList<>();
    int[] perTiming = new int[Status.values().length];
    Paragraphs paragraphs = new Paragraphs(sentences, language);
    for (Sentence s : sentences) {
      if (s.origin() == Sentence.Origin.HEADING || s.inTable() && s.text().equals(s.columnHead())) continue;
      String folded = s.folded();
      NeedsAssessment best = null;
      BitSet candidates = methods.candidates(folded);
      // studies named as the sources of a desk review ("relies on existing sources: the PDNA, the MSNA..."): none held
      if (!candidates.isEmpty() && secondary.matcher(folded).find()) continue;
      for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
        Method method = METHODS.get(c);
        // a weak method in a table is a data source or a workplan line ("Source: household survey"), not an exercise held
        if (!method.strong() && s.inTable()) continue;
        Search m = methods.search(c, folded);
        for (int n = 0; n < 3 && m.find(); n++) {
          // a routine exercise ("a quarterly technical meeting", "l'évaluation que le HCR conduit chaque année") serves
          // running a programme, not identifying the needs this one answers
          if (recurring.matcher(folded).region(Math.max(0, m.start() - RECURRING_REACH),
              Math.min(folded.length(), m.end() + RECURRING_REACH)).find()) continue;
          String paragraph = s.inTable() ? "" : paragraphs.of(s.evidence().location().block());
          boolean withCommunity = community.matcher(folded).find() || community.matcher(paragraph).find();
          boolean withAuthorities = authorities.matcher(folded).find() || authorities.matcher(paragraph).find();
          if (!method.strong() && !withCommunity && !withAuthorities) continue;
          Modality modality = Modality.of(s.text(), m.start(), m.end(), language);
          // a partner's or a committee's work described in the present ("organises the workshops with the men") is
          // what it does in the programme, not how the needs were found
          if (!method.strong() && !modality.done() && !modality.negated() && !modality.planned()
              && operational(s.sectionPath())) continue;
          // a note names a study ("REACH, Multi-Sector Needs Assessment, 2023") unless it says the exercise was held
          if (s.origin() == Sentence.Origin.NOTE && !modality.done()) continue;
          Status timing = modality.status();
          if (timing == Status.NEGATED && earlier.matcher(folded).find() && !CONTRAST.matcher(folded).find()) continue;
          // "the participatory diagnosis" after "a participatory diagnosis will be carried out" is that planned one
          if (timing == Status.AFFIRMED && !modality.done() && planned.contains(method.name())
              && DEFINITE.matcher(folded).region(Math.max(0, m.start() - DEFINITE_REACH), m.start()).find()) {
            timing = Status.PLANNED;
          }
          if (timing == Status.PLANNED) planned.add(method.name());
          NeedsAssessment na = new NeedsAssessment(method.name(), withCommunity, withAuthorities, timing, s.evidence());
          if (best == null || better(na, best)) best = na;
          if (timing == Status.AFFIRMED) break;
        }
      }
      if (best != null && perTiming[best.timing().ordinal()]++ < MAX_PER_TIMING) out.add(best);
    }
    return out;
  }

  /**
   * The folded text of each paragraph or list item by block (its sentences describe the same exercise), tables and
   * headings left out, read only for the blocks asked for: most blocks hold no needs method.
   */
  private static final class Paragraphs {
    /** List items after a paragraph read as part of it. */
    private static final int MAX_LIST_ITEMS = 8;
    private final java.util.Map<Integer, List<Sentence>> byBlock = new java.util.HashMap<>();
    private final java.util.Map<Integer, String> text = new java.util.HashMap<>();
    private final String language;

    Paragraphs(List<Sentence> all, String language) {
      this.language = language;
      for (Sentence o : all) {
        if (o.inTable() || o.origin() == Sentence.Origin.HEADING) continue;
        byBlock.computeIfAbsent(o.evidence().location().block(), b -> new ArrayList<>()).add(o);
      }
    }

    /**
     * The folded text of block {@code block}, or "" for a block with no paragraph sentence; a paragraph's text goes on
     * with the list that follows it ("... held participatory assessments. 1. The municipalities co-hosted the sessions.").
     */
    String of(int block) {
      return text.computeIfAbsent(block, b -> {
        StringBuilder sb = new StringBuilder();
        List<Sentence> own = byBlock.getOrDefault(b, List.of());
        append(sb, own);
        if (own.isEmpty() || own.get(0).origin() != Sentence.Origin.PARAGRAPH) return sb.toString();
        for (int next = b + 1; next <= b + MAX_LIST_ITEMS; next++) {
          List<Sentence> item = byBlock.get(next);
          if (item != null && item.get(0).origin() == Sentence.Origin.NOTE) continue; // a footnote read in between
          if (item == null || item.get(0).origin() != Sentence.Origin.LIST_ITEM
              || !item.get(0).sectionPath().equals(own.get(0).sectionPath())) break;
          append(sb, item);
        }
        return sb.toString();
      });
    }

    private void append(StringBuilder sb, List<Sentence> sentences) {
      for (Sentence o : sentences) {
        // who "did not take part" or "will be consulted during inception" took no part in identifying the needs
        Modality said = Modality.of(o.text(), 0, 0, language);
        if (said.negated() || said.planned()) continue;
        sb.append(o.folded()).append(' ');
      }
    }
  }

  /** The {@link SignalKind#NEEDS_ASSESSMENT} signals mirroring needs statements (detail: method and who took part). */
  public static List<Signal> signals(List<NeedsAssessment> needs) {
    return needs.stream().map(n -> new Signal(SignalKind.NEEDS_ASSESSMENT, n.timing(),
        n.method() + (n.withCommunity() ? "; with the community" : "") + (n.withAuthorities() ? "; with authorities" : ""),
        n.evidence())).toList();
  }

  private static boolean better(NeedsAssessment a, NeedsAssessment b) {
    if (a.timing() != b.timing()) return a.timing().compareTo(b.timing()) < 0;
    return false;
  }

  private static Method strong(String name, String en, String fr, String es) {
    return new Method(name, true, Cue.compile(en), Cue.compile(fr), Cue.compile(es));
  }

  private static Method weak(String name, String en, String fr, String es) {
    return new Method(name, false, Cue.compile(en), Cue.compile(fr), Cue.compile(es));
  }
}
