package org.hscheck.extract.org;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.extract.text.Guarded;
import org.hscheck.extract.text.PatternSet;
import org.hscheck.extract.OrgType;
import org.hscheck.extract.org.OrgFinder.Mention;

/**
 * Reads what a sentence says each organisation in it does: leads the project, takes part, funds it, is only cited
 * (a statistic, a report, a past project), or is said not to take part. English, French and Spanish cues; the
 * text is folded (lower case, no accents, dashes as spaces) before matching, except where accents carry tense.
 */
final class RoleCues {
  /** What a sentence says about one organisation. */
  enum Cue { LEAD, CO_LEAD, PART, DONOR, CITE, NEG, NONE }

  /**
   * The reading of one mention.
   *
   * @param responsibility the sentence gives the body work of its own (activities, outputs, components, a lead role)
   */
  record Reading(Cue cue, boolean responsibility, boolean shared, boolean presentTense) {
    static final Reading NONE = new Reading(Cue.NONE, false, true, false);

    Reading(Cue cue, boolean responsibility) {
      this(cue, responsibility, true, false);
    }

    Reading(Cue cue, boolean responsibility, boolean shared) {
      this(cue, responsibility, shared, false);
    }
  }

  /** Where a cue pattern runs on a sentence's folded text: the words before a mention, after it, or elsewhere. */
  private enum Place { BEFORE, AFTER, SENTENCE }

  /**
   * A cue pattern, numbered among the patterns of its place (see {@link Window}).
   *
   * @param anchored every alternative starts with {@code ^}: the pattern can only match at the start of a text
   */
  private record CuePattern(Guarded guarded, Place place, int index, boolean anchored) {}

  /** The patterns of each place, in order; filled as the class initialises. */
  private static final Map<Place, List<Pattern>> PLACED = new EnumMap<>(Place.class);

  private static CuePattern cue(Place place, String regex) {
    if (PREFILTERS != null) throw new IllegalStateException("a cue pattern declared after the prefilters");
    Guarded g = Guarded.compile(regex);
    List<Pattern> placed = PLACED.computeIfAbsent(place, p -> new ArrayList<>());
    placed.add(g.pattern());
    return new CuePattern(g, place, placed.size() - 1, anchored(g.pattern()));
  }

  /**
   * True when every top-level alternative of the pattern starts with {@code ^} (and no flag lets {@code ^} match
   * elsewhere): {@link Matcher#lookingAt} then finds what {@link Matcher#find} finds, without trying every start.
   * Conservative: false for what it does not follow (nested or odd character classes, inline flags).
   */
  static boolean anchored(Pattern p) {
    if ((p.flags() & (Pattern.MULTILINE | Pattern.LITERAL | Pattern.COMMENTS)) != 0) return false;
    String r = p.pattern();
    int depth = 0;
    boolean inClass = false;
    boolean alternativeStart = true;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (alternativeStart) {
        if (c != '^') return false;
        alternativeStart = false;
      } else if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == '[') return false;
        if (c == ']') inClass = false;
      } else if (c == '[') {
        if (r.startsWith("]", i + 1) || r.startsWith("^]", i + 1)) return false;
        inClass = true;
      } else if (c == '(') {
        if (r.startsWith("?", i + 1) && !r.startsWith("?:", i + 1) && !r.startsWith("?=", i + 1)
            && !r.startsWith("?!", i + 1) && !r.startsWith("?<", i + 1) && !r.startsWith("?>", i + 1)) {
          return false;
        }
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        alternativeStart = true;
      }
    }
    return !alternativeStart && !inClass && depth == 0;
  }

  private static final String ART = "(?:the |la |le |les |l'|el |los |las |des |du |de la |de l'|del |its |their |sus? |ses |leurs? )?";

  // ---- citation ----
  private static final CuePattern CITE_BEFORE = cue(Place.BEFORE,
      "(?:according to|as reported by|as estimated by|as defined by|as documented by|as noted by|data (?:from|of|by)"
          + "|figures (?:from|of)|statistics (?:from|of)|estimates? (?:from|of|by)|reports? (?:by|of|from)|study (?:by|of)"
          + "|survey (?:by|of)|published by|sources?\\s*:|cited (?:by|in)|as per|in line with|consistent with|based on"
          + "|following|drawing on|in accordance with|endorsed by|recommended by|developed by|conducted by"
          + "|evaluation (?:by|of)|assessment (?:by|of)|guidelines? (?:of|from|by)|standards? (?:of|from|by)"
          + "|definition (?:of|by)|defined by|previously (?:implemented|funded|supported) by|selon|d'apres|de l'avis"
          + "|donnees (?:de|du|des)|chiffres (?:de|du|des)|statistiques (?:de|du|des)|estimations? (?:de|du|des)"
          + "|rapports? (?:de|du|des)|etudes? (?:de|du|des)|enquetes? (?:de|du|des)|publiee? par|source\\s*:"
          + "|conformement (?:a|aux)|definie? par|normes (?:de|du|des)|directives (?:de|du|des)|segun|de acuerdo con"
          + "|datos (?:de|del)|cifras (?:de|del)|estadisticas (?:de|del)|estimaciones (?:de|del)|informes? (?:de|del)"
          + "|estudios? (?:de|del)|encuestas? (?:de|del)|publicad[oa] por|fuente\\s*:|conforme a|definid[oa] por"
          + "|normas (?:de|del)|directrices (?:de|del)|lineamientos (?:de|del))\\s*" + ART + "$");
  private static final CuePattern CITE_AFTER = cue(Place.AFTER,
      "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:'s?\\s*)?(?:\\(?(?:19|20)\\d\\d\\)?\\s*)?(?:estimates|estimated|reports|reported"
          + "|found|finds|shows|showed|indicates|indicated|notes|noted|states|stated|defines|defined|recommends"
          + "|recommended|documented|data\\b|survey|report|study|studies|figures|statistics|guidelines|guidance"
          + "|standards|definition|estimate|database|publication|ranking|index\\b|classification|criteria"
          + "|estime|estimait|indique|indiquait|rapporte|signale|souligne|definit|recommande|estima|indica|informa"
          + "|senala|reporta|define|recomienda|registra)");
  /**
   * A body that was only consulted or briefed while the proposal was prepared ("UNDP and WFP were consulted during
   * preparation on their own dzud response work", "le PAM a été consulté"): a source of advice, not a participant.
   */
  private static final CuePattern CONSULTED_AFTER = cue(Place.AFTER,
      "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:was|were|has been|have been|had been|a ete|ont ete|fue|fueron|ha sido|han sido)"
          + " (?:only |also |merely |simply |seulement |aussi |solo |tambien )?(?:consulted|briefed|kept informed|informed"
          + "|consulte|consultes|consultee|consultees|informe|informes|informee|informees|consultad[oa]s?|informad[oa]s?)\\b"
          // unless the same sentence gives it work: "UNDP was consulted and will train teachers"
          + "(?![^.;]*\\b(?:and|et|y) (?:will|shall|is to|are to|also|sera|seront|va|vont|participera|seran|va a|van a)\\b)");
  private static final CuePattern PAREN_CITE_AFTER = cue(Place.AFTER, "^\\s*(?:,\\s*|\\s)(?:(?:19|20)\\d\\d|n\\.?d\\.?|et al)");
  private static final CuePattern YEAR_AFTER = cue(Place.AFTER, "^\\s*\\(\\s*(?:19|20)\\d\\d[a-z]?\\s*[),;]");
  private static final CuePattern PROJECT_AFTER = cue(Place.AFTER,
      // "WFP's school meals programme, which the Government is taking over, operates in the same schools"
      "^\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:'s\\s*(?:(?!(?:joint|proposed|present|this)\\b)[a-z-]+\\s+){0,3}?)?(?:\\s*(?:funded|supported|financed|led|implemented|run|sponsored)\\s*)?"
          + "(?:(?:pilot|previous|past|former|earlier|completed)\\s+)?(?:project|programme|program|initiative|intervention)s?\\b");
  private static final CuePattern THIS_PROJECT_BEFORE = cue(Place.BEFORE,
      "(?:this|the proposed|the present|our|the joint|the current|the new)\\s+$");
  private static final CuePattern PROJECT_OF_BEFORE = cue(Place.BEFORE,
      "(?:(?:ancien|precedent|dernier|anterior|pasado)\\s+)?(?:projet|programme|proyecto|programa|initiative|iniciativa)s?"
          + "\\s+(?:\\w+\\s+)?(?:de|du|des|del|de la|de l')\\s*" + ART + "$");
  private static final CuePattern THIS_PROJECT_FR_ES = cue(Place.SENTENCE,
      "(?:ce|le present|le nouveau|notre|cet|este|el presente|nuestro|el nuevo)\\s+(?:projet|programme|proyecto|programa)");
  private static final CuePattern EXAMPLE_OR_PAST = cue(Place.SENTENCE,
      "\\b(?:for example|for instance|e\\.g\\.|previous(?:ly)?|in the past|past project|former|earlier|between (?:19|20)\\d\\d"
          + "|in (?:19|20)\\d\\d|since (?:19|20)\\d\\d|from (?:19|20)\\d\\d to|lessons? learn|par exemple|precedemment"
          + "|anterieurement|en (?:19|20)\\d\\d|depuis (?:19|20)\\d\\d|de (?:19|20)\\d\\d a|por ejemplo|anteriormente"
          + "|previamente|desde (?:19|20)\\d\\d|de (?:19|20)\\d\\d a)\\b");
  private static final CuePattern FUTURE_ANYWHERE = cue(Place.SENTENCE,
      "\\b(?:will|shall|is to|are to|sera|seront|va |vont |sera|seran|va a|van a)\\b");

  // ---- negation ----
  private static final CuePattern NEG_AFTER = cue(Place.SENTENCE,
      "^\\s*(?:\\([^)]{1,60}\\)\\s*)?(?:,[^,;]{0,60},\\s*)?(?:will not|won't|shall not|is not|are not|isn't|aren't|does not"
          + "|do not|did not|has not|have not|was not|were not|no longer|never|declined|has declined|have declined"
          + "|refused|has refused|withdrew|has withdrawn|have withdrawn|cannot|could not|is no longer|n'est pas|n'est plus"
          + "|ne sera pas|ne seront pas|ne participe|ne participera|n'a pas|n'ont pas|ne fait pas|ne fera pas|ne sont pas"
          + "|ne prendra|ne fournira|ne contribuera|a decline|a refuse|s'est retire|se sont retires|no sera|no es\\b"
          + "|no son\\b|no participa|no forma|no estara|no ha\\b|no han\\b|no tendra|no aportara|nunca|declino|rechazo"
          + "|se retiro|se ha retirado|no)\\b");
  /** Partners not yet chosen: "local NGOs will be identified later", "ONG à identifier", "por definir". */
  private static final CuePattern UNDECIDED_AFTER = cue(Place.SENTENCE,
      // "partners, including national NGOs, will be identified", "dont des ONG locales, seront sélectionnés": the end of an
      // apposition (a closing comma, after at most three words) may come first
      "^\\s*(?:\\([^)]{1,60}\\)\\s*)?(?:,[^,;]{0,60},\\s*|(?:\\s+[a-z'-]+){0,3}\\s*,\\s*)?"
          // "UNHCR's role is to be confirmed"
          + "(?:'s? (?:exact |specific |precise )?(?:role|part|participation|contribution|involvement|responsibilities) )?"
          + "(?:will be|shall be|are to be|is to be|to be|have yet to be|has yet to be"
          + "|yet to be|remain to be|still to be|are still to be|will only be|seront|sera|restent a|reste a|a|doivent encore etre"
          + "|seran|sera|estan por|por|quedan por|aun por)\\s+(?:identified|selected|chosen|recruited|determined|confirmed|defined"
          + "|identifie(?:e|s|es)?|selectionne(?:e|s|es)?|choisie?s?|determine(?:e|s|es)?|confirme(?:e|s|es)?|definie?s?"
          + "|identifier|selectionner|definir"
          + "|choisir|identificad[oa]s?|seleccionad[oa]s?|elegid[oa]s?|definid[oa]s?|identificar|seleccionar|definir)"
          + "|^\\s*(?:\\(?\\s*(?:tbd|tbc|to be determined|to be confirmed|a determiner|a definir|por definir|por determinar)\\b)"
          // only a possibility: "civil society organisations may be involved", "pourront être associées", "podrán sumarse"
          + "|^\\s*(?:,[^,;]{0,60},\\s*)?(?:may|could|might) (?:also |later )?be (?:involved|associated|engaged|included|invited)"
          + "|^\\s*(?:,[^,;]{0,60},\\s*)?pourr(?:a|ont|ait|aient) (?:aussi |egalement |ensuite )?etre (?:associee?s?|impliquee?s?|mobilisee?s?|sollicitee?s?|invitee?s?)"
          + "|^\\s*(?:,[^,;]{0,60},\\s*)?podr(?:a|an|ia|ian) (?:tambien |luego )?(?:ser (?:involucrad|asociad|incluid|convocad|invitad)[oa]s?|sumarse|incorporarse)");
  private static final CuePattern NOT_ONLY = cue(Place.SENTENCE, "not only|non seulement|pas seulement|no solo|no solamente|no solo");
  private static final CuePattern NEG_BEFORE = cue(Place.BEFORE,
      "(?:without|sans|sin|not with|not in partnership with|neither|nor|ni|excluding|except|sauf|excepto|no longer with"
          // "no agreements with NGOs or community organizations are planned"
          + "|no (?:formal )?(?:agreements?|partnerships?|contracts?|grants?|sub-?grants?|memorand\\w* of understanding) (?:\\w+ )?with"
          + "|aucun(?:e)? (?:accord|partenariat|contrat|convention|subvention)s? (?:\\w+ )?avec"
          + "|ningun(?:a|o)? (?:acuerdo|convenio|contrato|alianza|subvencion)(?:es|s)? (?:\\w+ )?con"
          + "|(?:is|are|will|shall) not (?:be )?(?:implemented|executed|led|managed|funded|supported) by"
          + "|ne sera pas (?:mis en oeuvre|execute|dirige) par|no sera (?:implementado|ejecutado|liderado) por"
          // a participation only asked for: "WFP has requested the participation of UNICEF", "a sollicité la participation de"
          + "|(?:requested|sought|solicited|invited|requests|seeks|sollicite|demande|solicitado|solicita|pedido|invitado)"
          + " (?:the participation of|the involvement of|la participation de|la participacion de|la participacion del))\\s*"
          + "(?:the participation of |the involvement of |la participation de |la participacion de )?" + ART + "$");

  // ---- lead ----
  private static final String LEAD_NOUN =
      "(?:overall |designated |main |principal )?(?:lead|leading|convening|coordinating|managing|administrative)"
          + " (?:un |united nations |participating )?(?:agency|organi[sz]ation|entity|partner|agent)"
          + "(?! (?:of|for) the (?:\\w+ ){0,3}(?:cluster|sector))";
  /** Right after an organisation's name: an optional parenthesis ("(UNDP)") and comma before what is said of it. */
  private static final String AFTER_NAME = "^\\s*(?:\\([^)]{1,60}\\)\\s*)?,?\\s*";
  private static final CuePattern LEAD_AFTER = cue(Place.AFTER,
      AFTER_NAME + "(?:will |shall |is to |would )?(?:also )?(?:be |act as |serve as |is |as |acts as |serves as"
          + "|has been (?:designated|selected|appointed|chosen) as |will be (?:designated|selected) as |was (?:designated|selected|appointed) as"
          + "|is designated as |is the designated )?(?:the |a )?" + LEAD_NOUN
          + "|" + AFTER_NAME + "(?:will lead|shall lead|leads|is leading|will take the lead|takes the lead|will be leading"
          // "UNHCR and UNICEF will co-lead the programme": a lead, shared (see coLead)
          + "|(?:will |shall )?co[ -]?leads?|will jointly lead|jointly lead)"
          + "\\s+(?:the |this )?(?:overall |joint |proposed )?(?:programme|program|project|initiative|implementation|consortium|partnership|effort)"
          + "|" + AFTER_NAME + "(?:sera|est|agira en tant qu'|en tant qu'|en qualite d'|comme)\\s*(?:l'|le |la )?"
          + "(?:agence |organisme |organisation )?(?:chef de file(?! du (?:cluster|secteur|groupe sectoriel))|agence principale|agence lead"
          + "|agence coordonnatrice|lead|agent administratif)"
          + "|" + AFTER_NAME + "(?:dirigera|pilotera|conduira)\\s+(?:le |ce )?(?:programme|projet)"
          // the role of lead agency taken on ("will play the role of lead agency", "assurera le rôle d'agence chef de file")
          + "|" + AFTER_NAME + "(?:will |shall )?(?:assume|assumes|play|plays|take on|takes on|fulfil|fulfill) the role of (?:the |a )?" + LEAD_NOUN
          + "|" + AFTER_NAME + "(?:assurera|assure|jouera|joue|remplira) (?:le role|la fonction) d'(?:agence |organisation )?(?:chef de file"
          + "(?! du (?:cluster|secteur|groupe sectoriel))|agence principale|lead)"
          + "|" + AFTER_NAME + "(?:asumira|asume|desempenara|desempena|cumplira) (?:el rol|el papel|la funcion) de (?:agencia|organismo) (?:lider|principal|coordinador(?:a)?)"
          // the overall coordination or the conduct of the programme, however worded ("assurera la coordination d'ensemble
          // du programme", "assurera la conduite du programme", "asumirá la conducción del programa conjunto")
          + "|" + AFTER_NAME + "(?:will |shall )?(?:be responsible for|ensure|ensures|assume|assumes|take on|takes on"
          + "|have|has) (?:the )?overall (?:coordination|management|responsibility) (?:of|for) (?:the |this )?(?:joint )?(?:programme|program|project)"
          + "|" + AFTER_NAME + "(?:assurera|assure|aura) (?:la )?(?:(?:coordination|responsabilite) (?:d'ensemble|generale"
          + "|globale)|(?:conduite|direction)(?: d'ensemble| generale| globale)?) (?:du|de ce) (?:programme|projet)"
          + "|" + AFTER_NAME + "(?:asumira|asume|tendra|tiene|ejercera|ejerce|estara a cargo de) (?:la )?(?:(?:coordinacion"
          + "|responsabilidad) (?:general|global)|(?:conduccion|direccion)(?: general| global)?) del (?:programa|proyecto)|"
          + AFTER_NAME + "(?:sera|es|actuara como) (?:el )?agente administrativ[oa]"
          + "|" + AFTER_NAME + "(?:sera|es|como|actuara como|fungira como|ha sido designad[oa] como)\\s*(?:la |el )?"
          + "(?:agencia|organismo|organizacion|entidad) (?:lider|principal|coordinador(?:a)?|convocante|responsable del programa"
          + "|responsable de la coordinacion (?:general |global )?del (?:programa|proyecto))"
          // "will be the agency responsible for the overall coordination of the programme" and its French
          + "|" + AFTER_NAME + "(?:will be|shall be|is|as) the (?:un )?(?:agency|organi[sz]ation) responsible for (?:the )?overall"
          + " coordination of the (?:joint )?(?:programme|program|project)"
          + "|" + AFTER_NAME + "(?:sera|est) l'(?:agence|organisation) responsable de la coordination (?:d'ensemble|generale)"
          + " du (?:programme|projet)"
          + "|" + AFTER_NAME + "(?:liderara|dirigira|encabezara)\\s+(?:el |este )?(?:programa|proyecto)"
          // running the programme for the others ("UNICEF will steward the programme for the three organizations")
          + "|" + AFTER_NAME + "(?:will |shall )?(?:steward|stewards|manage|manages|administer|administers|run|runs)"
          + " (?:the |this )?(?:joint )?(?:programme|program|project) for (?:the |all )?(?:two|three|four|five|both|participating|other)"
          + " (?:[\\w-]+ )?(?:agencies|organi[sz]ations|entities|partners)"
          // acting for the other agencies ("will sign on behalf of the three agencies", "en nombre de las dos agencias")
          + "|" + AFTER_NAME + "(?:[\\w'-]+ ){0,10}?(?:on behalf of|au nom des|en nombre de) (?:the |all |toutes les |todas las |las |los )?"
          + "(?:(?:two|three|four|five|both|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|ambas|ambos|other|autres|demas|otras|participating"
          + "|participantes) )+(?:un |united nations )?(?:agencies|agences|agencias|organi[sz]ations|organismos|partners)");
  private static final CuePattern LEAD_PAREN = cue(Place.AFTER,
      "^\\s*[(,]\\s*(?:the |as |as the )?" + LEAD_NOUN + "\\s*[),]|^\\s*[(,]\\s*(?:l'|comme )?(?:agence )?chef de file\\s*[),]"
          + "|^\\s*[(,]\\s*(?:la |como )?(?:agencia|organismo) (?:lider|principal)\\s*[),]|^\\s*\\(\\s*lead\\s*\\)");
  private static final CuePattern LEAD_BEFORE = cue(Place.BEFORE,
      "(?:" + LEAD_NOUN + "s?(?: (?:for|of) (?:the|this) (?:programme|program|project))?\\s*(?:is|will be|shall be|:|,|\\.|-)?"
          + "|under the (?:overall )?(?:leadership|coordination|lead) of|(?:programme|program|project|initiative|consortium|it)"
          + "(?: will be| is| shall be|,)?\\s+led by|agence chef de file\\s*(?:est|sera|:|,)?|chef de file\\s*(?:est|sera|:|,)?"
          + "|sous (?:la direction|le leadership|la coordination|l'egide|la conduite) (?:de|du|des)"
          + "|(?:programme|program|project|initiative)(?: will be| is| shall be|,)?\\s+(?:managed|coordinated) by"
          // "overall accountability for the programme rests with UNDP"
          + "|overall (?:responsibility|accountability) (?:for|of) (?:the |this )?(?:joint )?(?:programme|program|project) (?:rests|lies|will rest|will lie) with"
          + "|(?:programme|projet|initiative)(?: sera| est|,)?\\s+(?:dirige|pilote|coordonne|gere) par"
          + "|(?:agencia|organismo) (?:lider|principal|coordinador(?:a)?|convocante)\\s*(?:es|sera|:|,)?|bajo (?:el liderazgo|la direccion|la coordinacion) (?:de|del)"
          + "|(?:programa|proyecto|iniciativa)(?: sera| es|,)?\\s+(?:liderad[oa]|dirigid[oa]|coordinad[oa]|gestionad[oa]) por)\\s*" + ART + "$");
  private static final CuePattern CO_LEAD = cue(Place.SENTENCE,
      "\\bco ?(?:lead|leads|led|leading|chef de file|dirig|pilot|lider)|\\bjointly led|\\bconjointement dirig|\\bcodirig");

  // ---- funding ----
  private static final CuePattern DONOR_BEFORE = cue(Place.BEFORE,
      "(?:(?:co ?)?(?:funded|financed|sponsored)(?: jointly)? by|with (?:co ?)?(?:funding|financing|financial support|a contribution"
          + "|contributions?|grants?|resources) (?:from|of)|(?:co ?)?financee?s? par|avec (?:le|un) (?:co)?financement (?:de|du|des)"
          + "|grace (?:au|a un) financement (?:de|du|des)|(?:co)?financiad[oa]s? por|con (?:fondos|financiamiento|financiacion"
          + "|recursos|el financiamiento|aportes) (?:de|del))\\s*" + ART + "$");
  private static final CuePattern DONOR_AFTER = cue(Place.AFTER,
      "^\\s*(?:\\([^)]{1,60}\\)\\s*)?,?\\s*(?:will |shall |has agreed to |has committed to )?(?:co ?)?(?:fund|finance|contribute"
          + " (?:us\\$|usd|\\$|eur|€)|provide (?:co ?)?(?:funding|financing|a grant))|^\\s*(?:\\([^)]{1,60}\\)\\s*)?,?\\s*"
          + "(?:(?:co)?financera|apportera un financement|(?:co)?financiara|aportara (?:us\\$|usd|fondos))");

  // ---- taking part ----
  private static final CuePattern AGENT_BEFORE = cue(Place.BEFORE,
      "(?:implemented|executed|carried out|delivered|managed|coordinated|conducted|supported|facilitated|provided"
          + "|undertaken|overseen|administered|hosted|chaired|run|organi[sz]ed|led|mis en oeuvre|mise en oeuvre|executee?s?"
          + "|realisee?s?|conduite?s?|coordonnee?s?|appuyee?s?|assuree?s?|pilotee?s?|dirigee?s?|menee?s?|geree?s?"
          + "|ejecutad[oa]s?|implementad[oa]s?|realizad[oa]s?|coordinad[oa]s?|apoyad[oa]s?|liderad[oa]s?|dirigid[oa]s?"
          + "|gestionad[oa]s?|llevad[oa]s? a cabo)\\s+(?:jointly |conjointement |conjuntamente |directly |directement )?"
          + "(?:by|par|por)\\s*" + ART + "$");
  private static final CuePattern PAST_BEFORE = cue(Place.BEFORE,
      "\\b(?:was|were|had been|has been|have been|a ete|ont ete|avait ete|avaient ete|fue|fueron|ha sido|han sido|habia sido)"
          + "\\s+(?:\\S+\\s+){0,3}\\S+\\s+(?:by|par|por)\\s*" + ART + "$");
  private static final CuePattern WITH_BEFORE = cue(Place.BEFORE,
      "(?:in (?:close |full |strategic )?(?:partnership|collaboration|cooperation|coordination|consultation|association"
          + "|conjunction|liaison) with|together with|jointly with|alongside|(?:will )?work(?:s|ing)? (?:closely |together |directly )?with"
          + "|partner(?:ing|ship)? with|(?:collaborate|cooperate|coordinate|liaise|engage|consult|partner)s? (?:closely )?with"
          + "|\\p{L}+(?:ra|ront|ran) (?:etroitement |estrechamente )?(?:avec|con)|with the (?:technical |financial |active )?(?:support|assistance|help|participation"
          + "|involvement|engagement|backstopping) of|with (?:technical |financial )?support from|through|via"
          + "|implementing partners?(?: will)?(?: include| are| is|:)?|participating (?:un )?(?:agencies|organi[sz]ations|entities)"
          + "(?: are| include|:)?|partners?(?: include| are| will be)\\s*:?|en (?:etroite |pleine )?(?:partenariat|collaboration|cooperation"
          + "|coordination|concertation|association|lien|synergie) avec|conjointement avec|avec l'appui (?:technique |financier )?"
          + "(?:de|du|des)|avec le (?:soutien|concours|partenariat|appui) (?:technique |financier )?(?:de|du|des)"
          + "|avec la (?:participation|collaboration|contribution) (?:de|du|des)|partenaires(?: de mise en oeuvre)?"
          + "(?: sont| seront| comprennent)?\\s*:?|agences participantes(?: sont)?\\s*:?|par l'intermediaire (?:de|du|des)"
          + "|en (?:estrecha )?(?:colaboracion|coordinacion|cooperacion|asociacion|alianza|articulacion) con|junto con"
          + "|conjuntamente con|con el (?:apoyo|acompanamiento) (?:tecnico |financiero )?(?:de|del)|con la (?:participacion"
          + "|colaboracion) (?:de|del)|socios(?: implementadores| de implementacion| ejecutores)?(?: son| seran| incluyen)?\\s*:?"
          + "|agencias participantes(?: son)?\\s*:?|a traves de)\\s*" + ART + "$");
  /** A member of the project's committee or board: "a steering committee, chaired by ..., with X". */
  private static final CuePattern MEMBER_OF_BEFORE = cue(Place.SENTENCE,
      "\\b(?:committee|board|working group|task force|platform|comite|groupe de travail|plateforme|junta|mesa|consejo)\\b"
          + "[^;.]{0,130}\\b(?:with|comprising|including|composed of|made up of|bringing together|avec|comprenant|regroupant"
          + "|reunissant|compose de|compose des|con|integrad[oa] por|compuest[oa] por|conformad[oa] por)\\s+" + ART + "$");
  private static final String SUBJECT_GAP =
      "^\\s*(?:\\([^)]{1,60}\\)\\s*)?(?:(?:and|et|y) (?:the |la |le |les |el |los |las )?[\\p{Ll}' ]{2,40}? (?=will|shall|\\p{L}+ra|\\p{L}+ront|\\p{L}+ran))?(?:'s?\\s+(?:country |regional |field |local |national |sub )?(?:office|offices|team|teams|staff|unit)"
          + "(?:\\s+in\\s+\\p{L}+)?\\s*)?(?:,[^,;]{0,90},\\s*)?";
  private static final Pattern SUBJECT_EN = anchoredPattern(SUBJECT_GAP
      + "(?:(?:together|jointly|also|in turn|for its part|then)\\s+)?(?:will|shall|is to|are to|is going to|are going to"
      + "|is expected to|are expected to|plans to|intends to|has agreed to|have agreed to|agreed to|has committed to"
      + "|have committed to|commits to|is committed to)\\s+(?:also\\s+|jointly\\s+|each\\s+|then\\s+|further\\s+|directly\\s+"
      + "|primarily\\s+|mainly\\s+|specifically\\s+)?(\\p{L}+(?: \\p{L}+)?)");
  private static final Pattern SUBJECT_EN_PRESENT = anchoredPattern(SUBJECT_GAP
      + "(?:(?:also|jointly|in turn)\\s+)?(is responsible|are responsible|is in charge|are in charge|takes charge|is tasked"
      + "|are tasked|is mandated|are mandated|brings|bring|contributes|contribute|leads|coordinates|implements|provides"
      + "|supports|acts as|serves as|is an implementing|are implementing|is a partner|are partners|is the implementing"
      + "|is the executing|has been selected|have been selected|has been designated|have been designated|'s role|'s responsibilit"
      + "|'s contribution|'s tasks)\\b");
  /** Present-tense verbs that describe a body's part ("Catholic Health Services runs clinics"); base forms. */
  private static final String EN_PRESENT_VERBS =
      "adopt|staff|run|provide|support|train|host|chair|lead|manage|implement|coordinate|deliver|facilitate|mobili[sz]e"
          + "|organi[sz]e|advise|conduct|monitor|refer|offer|allocate|assign|register|take|include|integrate|review"
          + "|contribute|participate|mediate|document|accompany|certify|welcome|supply|fund|finance|co ?finance|equip"
          + "|operate|oversee|supervise|maintain|release|deploy|mentor|sensiti[sz]e|engage|co ?chair|convene|house"
          + "|administer|distribute|build|rehabilitate|establish|set|prepare|develop|design|produce|assess|identify"
          + "|select|recruit|protect|assist|care|counsel|shelter|serve|act|work|help|give|make|bring|ensure|guide";
  private static final Pattern SUBJECT_EN_PRESENT_ANY = anchoredPattern(SUBJECT_GAP
      + "(?:(?:also|jointly|together|directly|each|then)\\s+)?(?:" + EN_PRESENT_VERBS + ")(?:s|es)?\\b"
      + "|" + SUBJECT_GAP + "(?:(?:also|jointly|together)\\s+)?(?:" + EN_PRESENT_VERBS.replace("y|", "ies|") + ")\\b");
  private static final Pattern SUBJECT_FR = anchoredPattern(SUBJECT_GAP
      + "(?:(?:aussi|egalement|pour sa part|quant a lui|quant a elle|en outre|de son cote|par ailleurs)\\s*,?\\s+)?"
      + "(?:se |s'|y )?(\\p{L}+(?:ra|ront)|est responsable|sont responsables|est charge|sont charges|a pour role|a pour mission"
      + "|assure|assurent|met en oeuvre|mettent en oeuvre|appuie|appuient|fournit|fournissent|coordonne|dirige|pilote|apporte"
      + "|apportent|contribue|contribuent|intervient|interviennent|accompagne|accompagnent|mene|menent|va|vont"
      + "|prend en charge|prennent en charge|anime|animent|met|mettent|accueille|accueillent|certifie|certifient|forme"
      + "|forment|gere|gerent|conduit|conduisent|organise|organisent|mobilise|mobilisent|participe|participent|siege"
      + "|siegent|preside|president|documente|documentent|suit|suivent|heberge|hebergent|offre|offrent|integre|integrent"
      + "|encadre|encadrent|finance|financent|fournissent|forme|dispense|dispensent|assurent|executent|execute)\\b");
  private static final Pattern SUBJECT_ES = anchoredPattern(SUBJECT_GAP
      + "(?:(?:tambien|ademas|asimismo|por su parte|a su vez)\\s*,?\\s+)?(?:se\\s+)?(\\p{L}+|es responsable|son responsables"
      + "|esta a cargo|estan a cargo|tiene a su cargo|tienen a su cargo|apoya|apoyan|coordina|implementa|ejecuta|lidera"
      + "|brinda|brindan|aporta|aportan|va a|van a|contribuye|contribuyen|acompana|acompanan|coordinan|implementan"
      + "|ejecutan|lideran|facilita|facilitan|capacita|capacitan|gestiona|gestionan|integra|integran|registra|registran"
      + "|documenta|documentan|conduce|conducen|promueve|promueven|organiza|organizan|moviliza|movilizan|asesora|asesoran"
      + "|preside|presiden|participa|participan|ofrece|ofrecen|atiende|atienden|provee|proveen|financia|financian"
      + "|incluye|incluyen|administra|administran|opera|operan|dirige|dirigen|forma|forman|certifica|certifican)\\b");
  private static final CuePattern PROJECT_WILL_BEFORE = cue(Place.BEFORE,
      "(?:\\b(?:the|this|our) (?:proposed |joint )?(?:project|programme|program|initiative|intervention)s?(?: [\\p{L},]+){0,3}"
          + " (?:will|shall)|\\bwe (?:will|shall)|\\b(?:le|ce|notre) (?:projet|programme)(?: [\\p{L},]+){0,3} \\p{L}+(?:ra|ront)"
          + "|\\b(?:el|este|nuestro) (?:proyecto|programa)(?: [\\p{L},]+){0,3} \\p{L}+ran?)(?: [\\p{L}',]+){0,7} $");
  private static final CuePattern NOT_WORK_WITH = cue(Place.BEFORE,
      "\\b(?:complement|build on|align|draw on|learn from|avoid|duplicat|replace|bypass|inform|report to|comple|s'appuie"
          + "|s'aligne|remplacer|alinear|sustituir|evitar)\\w*(?: [\\p{L}',]+){0,4} $");
  private static final Pattern ES_FUTURE = Pattern.compile("^\\p{L}+(?:rá|rán)$");
  private static final Pattern ES_PRESENT_ROLE = Pattern.compile(
      "^(?:es responsable|son responsables|esta a cargo|estan a cargo|tiene a su cargo|tienen a su cargo|apoya|apoyan"
          + "|coordina|implementa|ejecuta|lidera|brinda|brindan|aporta|aportan|va a|van a|contribuye|contribuyen|acompana"
          + "|acompanan|coordinan|implementan|ejecutan|lideran|facilita|facilitan|capacita|capacitan|gestiona|gestionan"
          + "|integra|integran|registra|registran|documenta|documentan|conduce|conducen|promueve|promueven|organiza"
          + "|organizan|moviliza|movilizan|asesora|asesoran|preside|presiden|participa|participan|ofrece|ofrecen|atiende"
          + "|atienden|provee|proveen|financia|financian|incluye|incluyen|administra|administran|opera|operan|dirige"
          + "|dirigen|forma|forman|certifica|certifican)$");
  private static final Pattern FR_NOT_FUTURE = Pattern.compile("^(?:contra|extra|opera|camera|cobra|sutra|ultra|tantra|mantra|aura)$");
  private static final CuePattern MODAL = cue(Place.SENTENCE,
      "\\b(?:may|might|could|potential(?:ly)?|possibly|possible|would like|hope to|pourrait|pourraient|eventuel(?:le)?s?"
          + "|potentiel(?:le)?s?|podria|podrian|posible|posiblemente|potencial(?:es)?|eventualmente)\\b");
  private static final CuePattern WEAK_VERB = cue(Place.SENTENCE,
      "^(?:participate|take part|be involved|be part|join|be a|be partners|collaborate|cooperate|be consulted|be invited"
          + "|be informed|be kept|benefit|attend|be engaged|be associated|also|work|participera|participeront|collaborera"
          + "|collaboreront|sera|seront|beneficiera|beneficieront|participara|participaran|colaborara|colaboraran|sera|seran"
          + "|beneficiara|beneficiaran)\\b");
  private static final CuePattern JOINTLY = cue(Place.SENTENCE,
      // not "will work together with the ministry to train nurses": work of its own, with a partner
      "^\\W*(?:(?:will|shall|are to|would|also|vont|van a)\\s+)?(?:\\w+ )?(?:jointly|together|conjointement|ensemble|conjuntamente|juntas|juntos"
          + "|de (?:manera|forma) conjunta)\\b(?!\\s+(?:with|avec|con)\\b)");
  private static final CuePattern WORK_NOUN = cue(Place.SENTENCE,
      "\\b(?:outputs?|outcomes?|components?|activit|training|train|workshops?|campaigns?|services?|centres?|centers?"
          + "|shelters?|clinics?|assessments?|surveys?|referral|capacity|curricul|respectively|produits?|composantes?"
          + "|formations?|former|ateliers?|campagnes?|productos?|componentes?|actividad|capacitacion|capacitar|taller(?:es)?"
          + "|campanas?|servicios?|centros?|respectivement|respectivamente|resultado|resultats?|axe)");
  private static final Pattern LIST_SEPARATOR = Pattern.compile(
      "^\\s*(?:\\([^)]{1,40}\\))?\\s*(?:,|;|/|and|et|y|e|&|as well as|ainsi que|asi como|or|ou|o)?\\s*(?:,\\s*)?"
          + "(?:(?:and|et|y|as well as|ainsi que|asi como) (?:\\p{Ll}+ ){0,2})?" + ART + "\\s*$");
  private static final CuePattern PAREN_CLOSE = cue(Place.AFTER, "^\\s*(?:(?:,|/|and|et|y|lead|chef de file|lider)\\s*[^)]{0,30})?\\)");
  private static final Pattern ROW_LABEL = Pattern.compile("^\\s*[•\\-–—*·\\d.)(a-z]{0,4}\\s*$");
  private static final Guarded COLON_AFTER = Guarded.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?[:–—-]\\s*\\S");

  /** The prefilter of each place's patterns: one pass over a text tells which of them can match it. */
  private static final Map<Place, PatternSet> PREFILTERS = new EnumMap<>(Place.class);

  static {
    PLACED.forEach((place, patterns) -> PREFILTERS.put(place, new PatternSet(patterns)));
  }

  private final String lang;
  /** One matcher per pattern, reset for each text: a document runs the same patterns on many texts. */
  private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

  /** Cues for the sentences of one document in {@code lang}; not for use by several threads. */
  RoleCues(String lang) {
    this.lang = lang;
  }

  private Matcher matcher(Pattern p, String text) {
    Matcher m = matchers.get(p);
    if (m == null) {
      m = p.matcher(text);
      matchers.put(p, m);
      return m;
    }
    return m.reset(text);
  }

  /** As {@code cue.guarded().pattern().matcher(text).find()}, without trying every start when anchored. */
  private boolean matches(CuePattern cue, String text) {
    Matcher m = matcher(cue.guarded().pattern(), text);
    return cue.anchored() ? m.lookingAt() : cue.guarded().search(m, text).find();
  }

  /**
   * A text the patterns of one place run on, answering as each pattern's {@link Guarded#find} would. A prefilter of
   * all the place's patterns reads the text once and gives, for each, the answer of the pattern's own prefilter; a
   * pattern that cannot match the text cannot match a part of it either.
   */
  private final class Window {
    private final String text;
    private final Place place;
    private BitSet possible;
    /** Answers of {@link #find} so far, by pattern: 0 not asked, 1 false, 2 true. */
    private byte[] found;

    Window(String text, Place place) {
      this.text = text;
      this.place = place;
    }

    String text() {
      return text;
    }

    /** As {@code cue.guarded().find(text())}. */
    boolean find(CuePattern cue) {
      if (!possible(cue)) return false;
      if (found == null) found = new byte[PLACED.get(place).size()];
      if (found[cue.index()] == 0) found[cue.index()] = (byte) (matches(cue, text) ? 2 : 1);
      return found[cue.index()] == 2;
    }

    /** As {@code cue.guarded().find(part)}, {@code part} being a part of this text. */
    boolean findIn(CuePattern cue, String part) {
      return possible(cue) && cue.guarded().guard().mayMatch(part) && matches(cue, part);
    }

    private boolean possible(CuePattern cue) {
      if (cue.place() != place) throw new IllegalArgumentException(cue.place() + " pattern in a " + place + " window");
      if (possible == null) possible = PREFILTERS.get(place).candidates(text);
      return possible.get(cue.index());
    }
  }

  /** Reads every mention of one sentence; {@code mentions} are positions in {@code sentence}, left to right. */
  List<Reading> read(String sentence, List<Mention> mentions) {
    Window c = new Window(Fold.fold(sentence), Place.SENTENCE);
    String f = c.text();
    String lower = sentence.toLowerCase(Locale.ROOT);
    List<Reading> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int nextStart = i + 1 < mentions.size() ? mentions.get(i + 1).start() : f.length();
      int prevEnd = i > 0 ? mentions.get(i - 1).end() : 0;
      out.add(readOne(sentence, c, lower, m, prevEnd, nextStart));
    }
    propagateAcrossLists(f, mentions, out);
    // a sentence naming several agents with no work of anyone's own gives none of them responsibilities
    return out;
  }

  private Reading readOne(String s, Window c, String lower, Mention m, int prevEnd, int nextStart) {
    String f = c.text();
    Window before = new Window(f.substring(Math.max(0, m.start() - 90), m.start()), Place.BEFORE);
    Window after = new Window(f.substring(m.end(), Math.min(f.length(), m.end() + 160)), Place.AFTER);
    String afterToNext = f.substring(m.end(), Math.max(m.end(), nextStart));
    // citations
    if (before.text().endsWith("(") && after.find(PAREN_CITE_AFTER)) return new Reading(RoleCues.Cue.CITE, false);
    if (after.find(YEAR_AFTER)) return new Reading(Cue.CITE, false);
    if (before.find(CITE_BEFORE)) return new Reading(Cue.CITE, false);
    if (after.find(CITE_AFTER)) return new Reading(Cue.CITE, false);
    if (after.find(CONSULTED_AFTER)) return new Reading(Cue.CITE, false);
    if (after.find(PROJECT_AFTER) && !before.find(THIS_PROJECT_BEFORE)) {
      return new Reading(Cue.CITE, false);
    }
    if (before.find(PROJECT_OF_BEFORE)) {
      String tail = before.text().substring(Math.max(0, before.text().length() - 60));
      if (!c.findIn(THIS_PROJECT_FR_ES, tail)) return new Reading(Cue.CITE, false);
    }
    if (c.findIn(UNDECIDED_AFTER, afterToNext)) return new Reading(Cue.NEG, false);
    // negation
    if (before.find(NEG_BEFORE)) return new Reading(Cue.NEG, false);
    String afterStart = after.text().substring(0, Math.min(after.text().length(), 30));
    if (c.findIn(NEG_AFTER, afterToNext) && !c.findIn(NOT_ONLY, afterStart)) {
      return new Reading(Cue.NEG, false);
    }
    // lead
    if (after.find(LEAD_PAREN)) {
      return new Reading(coLead(c, m) ? Cue.CO_LEAD : Cue.LEAD, true, false);
    }
    if (after.find(LEAD_AFTER) || before.find(LEAD_BEFORE)) {
      if (before.find(PAST_BEFORE)) return new Reading(Cue.CITE, false);
      return new Reading(coLead(c, m) ? Cue.CO_LEAD : Cue.LEAD, true);
    }
    // funding
    if (before.find(DONOR_BEFORE) || after.find(DONOR_AFTER)) {
      if (before.find(PAST_BEFORE)) return new Reading(Cue.CITE, false);
      return new Reading(Cue.DONOR, false);
    }
    // agent of a passive: "implemented by X"
    if (before.find(AGENT_BEFORE)) {
      if (before.find(PAST_BEFORE)) return new Reading(Cue.CITE, false);
      return new Reading(Cue.PART, c.findIn(WORK_NOUN, f.substring(0, m.start())));
    }
    if (before.find(WITH_BEFORE)) {
      return new Reading(Cue.PART, false);
    }
    if (c.findIn(MEMBER_OF_BEFORE, f.substring(Math.max(0, m.start() - 160), m.start()))) {
      return new Reading(Cue.PART, false);
    }
    // "Output 2 (FAO): ...", "Vocational training (ILO)": the body named for a piece of work
    if (before.text().stripTrailing().endsWith("(") && after.find(PAREN_CLOSE)) {
      String label = f.substring(0, Math.max(0, m.start() - 1)).strip();
      if (label.length() >= 3 && (c.findIn(WORK_NOUN, label) || SPACES.split(label).length <= 8)) {
        return new Reading(Cue.PART, true, false);
      }
    }
    // "UNICEF: training of teachers" at the head of a sentence or list item
    if (matcher(ROW_LABEL, s.substring(0, m.start())).matches() && COLON_AFTER.find(s.substring(m.end()))) {
      return new Reading(Cue.PART, true);
    }
    // subject of a future, modal or responsibility verb
    Reading subject = subject(c, afterToNext, lower.substring(m.end(), Math.max(m.end(), nextStart)));
    if (subject != null) {
      if (c.findIn(MODAL, f.substring(Math.max(prevEnd, m.start() - 40), Math.min(f.length(), m.end() + 40)))) {
        return Reading.NONE;
      }
      if (subject.presentTense() && c.find(EXAMPLE_OR_PAST)) return new Reading(Cue.CITE, false);
      return subject;
    }
    if ((m.type() == OrgType.GOVERNMENT || m.type() == OrgType.CIVIL_SOCIETY)
        && before.find(PROJECT_WILL_BEFORE) && !before.find(NOT_WORK_WITH)) {
      return new Reading(Cue.PART, false);
    }
    if (c.find(EXAMPLE_OR_PAST) && !c.find(FUTURE_ANYWHERE)) return new Reading(Cue.CITE, false);
    return Reading.NONE;
  }

  private Reading subject(Window c, String after, String afterLower) {
    Reading r = subjectOnly(c, after, afterLower);
    // "UNDP and UNODC will jointly implement all three outputs": work shared, no one's own
    if (r != null && r.responsibility() && c.findIn(JOINTLY, after.substring(0, Math.min(after.length(), 40)))) {
      return new Reading(r.cue(), false, r.shared(), r.presentTense());
    }
    return r;
  }

  private Reading subjectOnly(Window c, String after, String afterLower) {
    Matcher en = subjectMatcher(SUBJECT_EN, after);
    if (en != null) return part(c, en.group(1), after.substring(en.end()));
    Matcher present = subjectMatcher(SUBJECT_EN_PRESENT, after);
    if (present != null) return present(part(c, present.group(1), after.substring(present.end())));
    if (!"fr".equals(lang) && !"es".equals(lang)) {
      Matcher any = subjectMatcher(SUBJECT_EN_PRESENT_ANY, after);
      if (any != null) return present(part(c, any.group().strip(), after.substring(any.end())));
    }
    if (!"en".equals(lang)) {
      Matcher fr = "es".equals(lang) ? null : subjectMatcher(SUBJECT_FR, after);
      if (fr != null) {
        String verb = fr.group(1);
        if (verb.length() >= 5 && !matcher(FR_NOT_FUTURE, verb).matches() || verb.contains(" ")
            || FR_SHORT_ROLE_VERBS.contains(verb)) {
          Reading r = part(c, verb, after.substring(fr.end()));
          return verb.endsWith("ra") || verb.endsWith("ront") || verb.contains(" ") ? r : present(r);
        }
      }
      Matcher es = "fr".equals(lang) ? null : subjectMatcher(SUBJECT_ES, after);
      if (es != null) {
        String verbFolded = es.group(1);
        String verbAccented = afterLower.length() >= es.end(1) ? afterLower.substring(es.start(1), es.end(1)) : verbFolded;
        if (matcher(ES_FUTURE, verbAccented).matches() || matcher(ES_PRESENT_ROLE, verbFolded).matches()) {
          Reading r = part(c, verbFolded, after.substring(es.end()));
          return matcher(ES_FUTURE, verbAccented).matches() ? r : present(r);
        }
      }
    }
    return null;
  }

  /** French verbs that give the subject a role even when shorter than five letters ("va", "mène"). */
  private static final Set<String> FR_SHORT_ROLE_VERBS = Set.of("assure", "assurent", "appuie", "appuient", "fournit",
      "coordonne", "dirige", "pilote", "apporte", "contribue", "intervient", "accompagne", "mene", "menent", "va", "vont");

  /** A pattern that can only match at the start of a text (see {@link #anchored}). */
  private static Pattern anchoredPattern(String regex) {
    Pattern p = Pattern.compile(regex);
    if (!anchored(p)) throw new IllegalStateException("not anchored at the start: " + regex);
    return p;
  }

  /** The subject pattern's match at the start of {@code after}, or null; every subject pattern is anchored. */
  private Matcher subjectMatcher(Pattern p, String after) {
    Matcher m = matcher(p, after);
    return m.lookingAt() ? m : null;
  }

  /** A present-tense role: in an example or a past case it describes another project. */
  private static Reading present(Reading r) {
    return new Reading(r.cue(), r.responsibility(), r.shared(), true);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Takes part with work of its own unless the verb is weak: an object of three words or more, or named work. */
  private Reading part(Window c, String verb, String rest) {
    boolean weak = c.findIn(WEAK_VERB, verb);
    return new Reading(Cue.PART, !weak && (SPACES.split(rest.trim()).length >= 3 || c.findIn(WORK_NOUN, rest)));
  }

  /** True when the words around the mention say the lead is shared ("co-lead", "jointly led"). */
  private boolean coLead(Window c, Mention m) {
    String f = c.text();
    return c.findIn(CO_LEAD, f.substring(Math.max(0, m.start() - 60), Math.min(f.length(), m.end() + 60)));
  }

  /** Members of a list share the cue of the list ("UNDP, UNICEF and WHO will ..."; "in partnership with A and B"). */
  private void propagateAcrossLists(String f, List<Mention> ms, List<Reading> rs) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i + 1 < ms.size(); i++) {
        String sep = f.substring(ms.get(i).end(), ms.get(i + 1).start());
        if (!matcher(LIST_SEPARATOR, sep).matches()) continue;
        Reading a = rs.get(i);
        Reading b = rs.get(i + 1);
        if (a.cue() == Cue.NONE && b.cue() != Cue.NONE && b.shared()) {
          rs.set(i, shared(b));
          if (b.cue() == Cue.LEAD) rs.set(i + 1, shared(b));
          changed = true;
        } else if (b.cue() == Cue.NONE && a.cue() != Cue.NONE && a.shared()) {
          rs.set(i + 1, shared(a));
          if (a.cue() == Cue.LEAD) rs.set(i, shared(a));
          changed = true;
        }
      }
    }
  }

  /** The cue a list member inherits: a lead shared by several is a co-lead; shared work is no one's own. */
  private static Reading shared(Reading r) {
    return switch (r.cue()) {
      case LEAD, CO_LEAD -> new Reading(Cue.CO_LEAD, true);
      default -> new Reading(r.cue(), r.responsibility() && r.cue() != Cue.PART);
    };
  }
}
