package org.hscheck.extract.signal;

import static org.hscheck.extract.SignalKind.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.Status;
import org.hscheck.extract.text.Guarded;
import org.hscheck.extract.text.Languages;
import org.hscheck.extract.text.Modality;
import org.hscheck.extract.text.Search;
import org.hscheck.extract.text.SectionKind;
import org.hscheck.extract.text.Sentence;
import org.hscheck.extract.text.Text;
import org.hscheck.extract.text.UnicodePattern;

/**
 * Finds the evidence signals of a proposal (every {@link SignalKind} but {@link SignalKind#NEEDS_ASSESSMENT},
 * which {@link NeedsExtractor} gives) sentence by sentence and table cell by table cell, in English, French
 * and Spanish. Each signal's status comes from its clause (see {@link Modality}): the project's own
 * activities stay AFFIRMED in the future tense; baselines and partners' part in the design become PLANNED
 * when deferred. Sentences in background or lessons-learned sections, or about a previous project, give no
 * activity of this project. Stateless and thread-safe.
 */
public final class SignalExtractor {
  /** Most signals kept per kind and status, in document order. */
  static final int MAX_PER_STATUS = 8;
  /** Most words between a protection and an empowerment trigger for one activity to serve both. */
  static final int BOTH_WINDOW = 10;

  /** Kinds that may be stated in any section (analysis belongs in the background). */
  private static final Set<SignalKind> ANY_SECTION = EnumSet.of(PEOPLE_CENTRED, COMPREHENSIVE, CONTEXT_SPECIFIC,
      PREVENTION_ORIENTED, GENDER, PARTNERS_IN_DESIGN, NATIONAL_AIDS_FRAMEWORK, NATIONAL_AIDS_AUTHORITY, NATIONAL_ME_SYSTEM);
  /** Kinds that count only when HIV or AIDS is named in the sentence, its paragraph or its section. */
  private static final Set<SignalKind> HIV_GATED = EnumSet.of(NATIONAL_AIDS_FRAMEWORK, NATIONAL_ME_SYSTEM, PARALLEL_ME_SYSTEM);
  private static final UnicodePattern TO_BE_DETERMINED = Cue.compile(
      "\\b(?:tbd|tbc|to be (?:determined|defined|established|confirmed|collected|measured)|n/a|a determiner|a definir|a etablir|a mesurer"
          + "|por determinar|por definir|a determinar|por establecer|pendiente)\\b|^\\s*(?:-|\\?|x+)\\s*$");
  private static final UnicodePattern THE_PROJECT = Cue.compile(
      "\\b(?:project|programme|program|proposal|we|projet|nous|proyecto|programa|propuesta|nosotros)\\b");
  /** A sentence continuing a mechanism's description with its members ("It brings together...", "Il réunit..."). */
  private static final UnicodePattern MEMBERSHIP = Cue.compile(
      // "Chaired by the ministry, it brings together...", "Présidé par le département, il réunit..."
      "^(?:[^,;]{1,80},\\s*)?(?:it|its members|members|the (?:committee|board|group|mechanism|platform)|this (?:committee|board|group|mechanism)|il|elle|ses membres|ce comite|cette plateforme"
          + "|el comite|la mesa|sus miembros|esta)\\b(?:\\W+\\w+){0,20}?\\W+(?:includ\\w*|compris\\w*|brings? together|made up|composed|consists?|members?"
          + "|reunit|rassembl\\w*|regroupe|comprend|compose\\w*|associe|integra\\w*|conformad\\w*|reune|agrupa|incluye)\\b"
          // the members named right after an object pronoun: "la integran la FAO, ... y FECAO"
          + "|^(?:lo|la|los|las) (?:integran|conforman|componen)\\b"
          // "Its members are the agencies' officers, ..., Dar al-Amal and the camp committees"
          + "|^(?:its|their|ses|leurs|sus) (?:members|membres|miembros)\\b");
  private static final UnicodePattern SEPARATE = Cue.compile(
      "\\b(?:separate|parallel|own|distinct|stand-?alone|separe\\w*|parallele\\w*|propres?|distinct\\w*|paralel\\w*|propi[oa]s?|independiente)\\b");
  /** Words that may come between "separate" and what it qualifies ("no separate M&E and reporting system"). */
  private static final int SEPARATE_WINDOW = 3;
  /** Sentences of the notes after a paragraph read for a mechanism's members. */
  private static final int MAX_NOTE_SENTENCES = 6;
  /** A later document that the proposal leaves something to: the full proposal after a concept note. */
  private static final UnicodePattern LATER_DOCUMENT = Cue.compile(
      "\\b(?:(?:in|for|at|with) the (?:full|complete|final) proposal|(?:(?:dans|pour|avec) |lors de (?:l'elaboration de |la formulation de |la redaction de )?)la proposition complete"
          + "|(?:en|para|con|durante la (?:elaboracion|formulacion|redaccion) de) la propuesta completa)\\b");
  /** Most words of a sentence that only declares the strands linked. */
  private static final int BARE_DECLARATION_WORDS = 12;
  /** A means named with the link: "through the referral committees", "grâce aux comités", "a través de". */
  private static final UnicodePattern MEANS = Cue.compile(
      "\\b(?:through|thanks to|by means of|via|grace (?:a|aux)|au moyen d|par le biais d|a travers|a traves de|mediante|gracias a|por medio de)");
  /**
   * A section about the partners and their roles (at any level), or a table column of roles or responsibilities; or a
   * section about how the strands or components work together ("Relación entre protección y empoderamiento", "How the
   * components connect").
   */
  private static final Pattern ROLES = Pattern.compile(
      "\\b(?:partners?|partnerships?|roles?|responsibilit\\w+|partenaires?|partenariats?|fonctions?|responsabilites?|socios?"
          + "|funcion(?:es)?|rol(?:es)?|responsabilidad(?:es)?|alianzas)\\b"
          + "|\\bprotection\\b.*\\b(?:empowerment|autonomisation)\\b|\\bproteccion\\b.*\\bempoderamiento\\b"
          + "|\\b(?:strands|components|volets|composantes|componentes|ejes)\\b.*\\b(?:connect|link|reinforc|articul|together|conectan|relacion|se unen|refuerzan|renforcent)"
          + "|\\b(?:connect|conect|link|articul|relacion|relie|unen)\\w* (?:\\w+ ){0,3}(?:strands|components|volets|composantes|componentes|ejes)\\b");
  /** Said of the time of the programme itself: "throughout the programme", "pendant la mise en œuvre", "durante la ejecución". */
  private static final UnicodePattern DURING_PROGRAMME = Cue.compile(
      "\\b(?:throughout|during) (?:the )?(?:programme|program|project|implementation)\\b|\\b(?:tout au long|pendant la duree|au cours) du (?:programme|projet)\\b"
          + "|\\bpendant la mise en oeuvre\\b|\\b(?:durante|a lo largo de) (?:la ejecucion|el programa|el proyecto|la implementacion)\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /**
   * A body only kept informed ("will receive the annual report for information", "sont transmis, pour information, au
   * PNLS", "the reference group will be informed of progress"): the programme does not work with or through it.
   */
  private static final UnicodePattern INFORMED_ONLY = Cue.compile(
      "\\b(?:for (?:its |their )?information(?: only)?|(?:only|merely|simply) (?:be )?(?:informed|briefed|copied)|will be (?:kept )?informed"
          + "|pour (?:son |leur )?information|a titre (?:d'information|informatif)|(?:sera|seront) (?:tenue?s? )?informee?s?"
          + "|para (?:su )?(?:informacion|conocimiento)|(?:sera|seran) (?:mantenid[oa]s? )?informad[oa]s?)\\b");
  /** A source named just before: "according to the", "selon le", "según el", "d'après les estimations du". */
  private static final UnicodePattern CITED_AS_SOURCE = Cue.compile(
      "\\b(?:according to|as reported by|(?:survey|report|study|estimates?|data)\\W+(?:[\\w/-]+\\W+){0,6}?(?:published|produced|released|conducted) by"
          + "|selon|d'apres|publiee? par|segun|de acuerdo con|publicad[oa] por)(?:\\W+[\\w/-]+){0,16}?\\W*$");
  /** An opening parenthesis with no closing one before a cited source: "61 % (DHIS2, 2024)", "(EDS 2018, PNLS)". */
  private static final Pattern CITATION_BEFORE = Pattern.compile("\\([^()]{0,40}$");
  /** The rest of a parenthetical citation after its source, with its year: ", 2024)", " 2022-2023)". */
  private static final Pattern CITATION_AFTER = Pattern.compile("^[^()]{0,30}?\\b(?:19|20)\\d\\d\\b[^()]{0,12}\\)");
  /** What others already do, unchanged: "as they do today", "comme elles le font déjà", "como lo hacen hoy". */
  private static final UnicodePattern STATUS_QUO = Cue.compile(
      "\\bas (?:they|it|we) (?:already )?(?:do|does) (?:today|now|at present|currently|already)\\b|\\bas (?:is|at) present\\b"
          + "|\\bcomme (?:elles?|ils?|on) (?:le )?(?:fait|font) (?:deja|aujourd'hui|actuellement)\\b|\\bcomme (?:aujourd'hui|a present)\\b"
          + "|\\bcomo (?:ya )?(?:lo )?(?:hacen|hace) (?:hoy|ya|actualmente|en la actualidad)\\b|\\bcomo (?:hasta )?(?:hoy|ahora)\\b");

  /** True when {@code [start, end)} of {@code folded} is the source of a parenthetical citation with a year. */
  private static boolean citation(String folded, int start, int end) {
    return CITATION_BEFORE.matcher(folded.substring(Math.max(0, start - 40), start)).find()
        && CITATION_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 50))).find();
  }

  /** Civil society that only reports to the agencies ("NGO partners report quarterly to their contracting agency"). */
  private static final UnicodePattern REPORTS_TO = Cue.compile(
      "^\\W*(?:partners?\\W+)?(?:\\w+\\W+){0,1}?(?:reports?|send|sends|submit|submits|rendent compte|transmettent|informan|reportan|envian)\\b");
  /** The opening of a sentence that speaks again of the body just named ("The group", "It", "Ce comité"). */
  private static final UnicodePattern SAME_BODY = Cue.compile(
      "^(?:it|they|the (?:\\w+ )?(?:group|committee|council|board|body|forum)|this (?:group|committee|body)|il|elle|ce (?:groupe|comite|conseil)"
          + "|cette instance|el (?:grupo|comite|consejo)|esta instancia)\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The signals found in {@code sentences} (from {@link org.hscheck.extract.text.Sentences#of}) of a proposal in {@code language}. */
  public List<Signal> extract(List<Sentence> sentences, String language) {
    return extract(sentences, language, List.of());
  }

  /**
   * As {@link #extract(List, String)}, also counting a coordination mechanism as including civil society when
   * it names one of {@code civilSocietyNames} (the NGOs and community organisations taking part, by name or acronym).
   */
  public List<Signal> extract(List<Sentence> sentences, String language, java.util.Collection<String> civilSocietyNames) {
    Pattern namedCivilSociety = namesPattern(civilSocietyNames);
    List<Cue> cues = Lexicon.of(language);
    Lexicon.SentenceScan scan = Lexicon.scan(language);
    Guarded hiv = Lexicon.HIV.getOrDefault(language, Lexicon.HIV.get("en"));
    List<BitSet> scanned = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) scanned.add(scan.set().candidates(s.folded()));
    Set<Integer> hivBlocks = blocksMentioning(sentences, scanned, scan);
    Map<List<String>, SectionKind> kinds = new HashMap<>();
    Map<List<String>, Boolean> hivSections = new HashMap<>();
    Map<String, BitSet> headCues = new HashMap<>();
    List<Signal> found = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.origin() == Sentence.Origin.HEADING) {
        declaredInHeading(s, cues, scan, scanned.get(i), language, found);
        continue;
      }
      if (s.inTable() && s.text().equals(s.columnHead())) continue;
      String folded = s.folded();
      BitSet candidates = scanned.get(i);
      boolean background = kinds.computeIfAbsent(s.sectionPath(), SectionKind::of) == SectionKind.BACKGROUND
          || s.origin() == Sentence.Origin.NOTE || found(scan, candidates, scan.pastProject(), folded);
      boolean hivNamed = hivBlocks.contains(s.evidence().location().block())
          || hivSections.computeIfAbsent(s.sectionPath(), path -> hiv.find(Text.fold(String.join(" ", path))));
      Map<SignalKind, Hit> hits = new EnumMap<>(SignalKind.class);
      Map<String, Hit> byDetail = new LinkedHashMap<>();
      for (int c = candidates.nextSetBit(0); c >= 0 && c < scan.sectors(); c = candidates.nextSetBit(c + 1)) {
        Cue cue = cues.get(c);
        if (background && !ANY_SECTION.contains(cue.kind())) continue;
        if (HIV_GATED.contains(cue.kind()) && !hivNamed) continue;
        // a national AIDS authority only kept informed, or cited in a footnote, works with no one
        if (cue.kind() == NATIONAL_AIDS_AUTHORITY && (s.origin() == Sentence.Origin.NOTE || informedOnly(sentences, i))) continue;
        // "the two strands are complementary and reinforce each other", a short paragraph of its own, says nothing of how
        if (cue.kind() == PROTECTION_EMPOWERMENT_LINK && Signal.DECLARED_LINK.equals(cue.detail()) && bareDeclaration(sentences, i)) continue;
        Hit hit = best(cue, s, folded, language);
        if (hit == null) continue;
        // one signal per detail, the best status of its cues (a long cue may be split over several, see Lexicon.addEach)
        byDetail.merge(cue.kind() + "/" + cue.detail(), hit, (a, b) -> a.status.compareTo(b.status) <= 0 ? a : b);
        hits.merge(cue.kind(), hit, (a, b) -> a.status.compareTo(b.status) <= 0 ? a : b);
      }
      tableColumn(s, folded, cues, scan, headCues, hits, byDetail, language);
      for (Hit h : byDetail.values()) found.add(new Signal(h.cue.kind(), h.status, h.cue.detail(), s.evidence()));
      principlesByKeyword(sentences, i, folded, language, scan, candidates, hits, found);
      comprehensive(s, folded, language, scan, candidates, found);
      both(s, folded, hits, found);
      coordinationWithCivilSociety(s, folded, language, hits, sentences, i, namedCivilSociety, found);
    }
    return cap(found);
  }

  /**
   * A heading that declares the protection and empowerment strands linked ("Making the two strands work together",
   * "Cómo se conectan ambos ejes") declares it for its section; headings are otherwise read only as section names.
   */
  private static void declaredInHeading(Sentence s, List<Cue> cues, Lexicon.SentenceScan scan, BitSet candidates,
                                        String language, List<Signal> found) {
    for (int c = candidates.nextSetBit(0); c >= 0 && c < scan.sectors(); c = candidates.nextSetBit(c + 1)) {
      Cue cue = cues.get(c);
      if (cue.kind() != PROTECTION_EMPOWERMENT_LINK || !Signal.DECLARED_LINK.equals(cue.detail())) continue;
      Hit hit = best(cue, s, s.folded(), language);
      if (hit != null) found.add(new Signal(cue.kind(), hit.status, cue.detail(), s.evidence()));
    }
  }

  /**
   * True when the national AIDS authority named in {@code all[at]} is only kept informed there, or in the next sentence
   * of the same paragraph that speaks again of the body it sits on.
   */
  private static boolean informedOnly(List<Sentence> all, int at) {
    if (INFORMED_ONLY.matcher(all.get(at).folded()).find()) return true;
    Sentence next = sameBlock(all, at, at + 1);
    return next != null && SAME_BODY.matcher(next.folded()).find() && INFORMED_ONLY.matcher(next.folded()).find();
  }

  /**
   * True when sentence {@code at} is a short paragraph of its own that names no means (a bare assertion, nothing said
   * around it).
   */
  private static boolean bareDeclaration(List<Sentence> all, int at) {
    Sentence s = all.get(at);
    return !s.inTable() && sameBlock(all, at, at - 1) == null && sameBlock(all, at, at + 1) == null
        && count(WORD, s.folded()) <= BARE_DECLARATION_WORDS && !MEANS.in(s.folded());
  }

  /** Sentence {@code k} when it belongs to the same block (paragraph, list item or table) as sentence {@code at}, else null. */
  private static Sentence sameBlock(List<Sentence> all, int at, int k) {
    if (k < 0 || k >= all.size()) return null;
    Sentence other = all.get(k);
    return other.evidence().location().block() == all.get(at).evidence().location().block() ? other : null;
  }

  /** The best occurrence of a cue in a sentence: AFFIRMED over PLANNED over NEGATED, first wins ties. */
  private static Hit best(Cue cue, Sentence s, String folded, String language) {
    Search m = cue.pattern().search(folded);
    Hit best = null;
    for (int n = 0; n < 5 && m.find(); n++) {
      // "according to the National AIDS Council, prevalence is ...", "61 % (DHIS2, 2024)": a source of figures, not a
      // partner or a system the programme reports into
      if (cue.kind() == NATIONAL_AIDS_AUTHORITY
          && CITED_AS_SOURCE.matcher(folded.substring(Math.max(0, m.start() - 160), m.start())).find()) continue;
      if ((cue.kind() == NATIONAL_AIDS_AUTHORITY || cue.kind() == NATIONAL_ME_SYSTEM) && citation(folded, m.start(), m.end())) continue;
      // "health centres will continue to record testing in the HMIS as they do today": others' routine, unchanged
      if (cue.kind() == NATIONAL_ME_SYSTEM && STATUS_QUO.matcher(folded).find()) continue;
      // "materials will carry the logos of the Trust Fund, whose contribution will be acknowledged in press releases": the
      // donor's visibility, not a communication and outreach component
      if (cue.kind() == COMMUNICATION && VISIBILITY_WORD.matcher(m.group()).find() && DONOR_VISIBILITY.matcher(folded).find()) continue;
      Modality modality = Modality.of(s.text(), m.start(), m.end(), language);
      // a denial in the present ("there are no shelters") describes the situation, not the project's design
      if ((cue.timing() == Cue.Timing.DESIGN || cue.timing() == Cue.Timing.DEFERRABLE) && modality.negated() && !modality.planned()
          && !THE_PROJECT.matcher(folded).find()) continue;
      // denying a separate or parallel thing ("no separate reporting system") does not deny the kind itself; a denial
      // of something separate that is for the kind ("no separate budget is foreseen for communication") still does
      if (modality.negated() && cue.kind() != PARALLEL_ME_SYSTEM && separateJustBefore(folded, m.start())) continue;
      // a statement of absence denied ("the strands will not be run separately") says nothing; its verb is inside it
      if (cue.timing() == Cue.Timing.ABSENCE
          && (modality.negated() || Modality.of(s.text(), m.end(), m.end(), language).negated())) continue;
      // a partner's part described in the present in a partners' section or a roles column ("the civil protection
      // agency integrates the alerts into its system") is its role during the programme, not a handover
      if (cue.kind() == SUSTAINABILITY && !modality.planned() && !modality.done() && !modality.negated()
          && (aboutRoles(s) || DURING_PROGRAMME.in(folded))) continue;
      Status status = status(cue.timing(), modality);
      // put off to a later document ("the communication strategy will be developed in the full proposal"): not yet designed
      if (status == Status.AFFIRMED && !modality.done() && LATER_DOCUMENT.in(folded)) status = Status.PLANNED;
      if (best == null || status.compareTo(best.status) < 0) best = new Hit(cue, status, m.start(), m.end());
      if (status == Status.AFFIRMED) break;
    }
    return best;
  }

  /** True when {@code s} is in a section about the partners and their roles, or in a roles column (see {@link #ROLES}). */
  private static boolean aboutRoles(Sentence s) {
    if (s.inTable() && ROLES.matcher(Text.fold(s.columnHead())).find()) return true;
    for (String h : s.sectionPath()) if (ROLES.matcher(Text.fold(h)).find()) return true;
    return false;
  }

  private static Status status(Cue.Timing timing, Modality modality) {
    return switch (timing) {
      case DESIGN -> modality.designStatus();
      case BEFORE_DESIGN -> modality.status();
      case DEFERRED -> modality.negated() ? Status.NEGATED : Status.PLANNED;
      case DEFERRABLE -> modality.deferrableStatus();
      case ABSENCE -> Status.NEGATED;
    };
  }

  /** A table cell under an "Indicator", "Baseline" or "Target" column holds that kind's value. */
  private static void tableColumn(Sentence s, String folded, List<Cue> cues, Lexicon.SentenceScan scan,
                                  Map<String, BitSet> headCues, Map<SignalKind, Hit> hits, Map<String, Hit> byDetail,
                                  String language) {
    if (!s.inTable() || s.columnHead().isEmpty() || s.text().equals(s.columnHead())) return;
    String head = Text.fold(s.columnHead());
    BitSet candidates = headCues.computeIfAbsent(head, h -> scan.set().candidates(h));
    for (int c = candidates.nextSetBit(0); c >= 0 && c < scan.sectors(); c = candidates.nextSetBit(c + 1)) {
      Cue cue = cues.get(c);
      SignalKind k = cue.kind();
      if (k != ME_INDICATORS && k != ME_BASELINES && k != ME_TARGETS) continue;
      if (hits.containsKey(k) || !cue.pattern().matcher(head).find()) continue;
      Status status = k == ME_BASELINES && TO_BE_DETERMINED.matcher(folded).find() ? Status.PLANNED
          : k == ME_INDICATORS || DIGIT.matcher(folded).find() ? Status.AFFIRMED : null;
      if (k == ME_BASELINES && status == null) status = Modality.of(s.text(), 0, 0, language).status();
      if (status == null) continue;
      Hit h = new Hit(cue, status, 0, 0);
      hits.put(k, h);
      byDetail.putIfAbsent(k + "/" + cue.detail(), h);
    }
  }

  /**
   * A principle named by its keyword counts when the sentence explains it (one principle, a real sentence), or when it
   * labels a paragraph whose next sentence does; a principle the programme denies by name is recorded as denied.
   */
  private static void principlesByKeyword(List<Sentence> all, int at, String folded, String language, Lexicon.SentenceScan scan,
                                          BitSet candidates, Map<SignalKind, Hit> hits, List<Signal> found) {
    Sentence s = all.get(at);
    Map<SignalKind, Search> named = new EnumMap<>(SignalKind.class);
    for (int k = 0; k < scan.principles().size(); k++) {
      int pattern = scan.keywords() + k;
      if (!candidates.get(pattern)) continue;
      Search m = scan.set().search(pattern, folded);
      if (m.find()) named.put(scan.principles().get(k), m);
    }
    if (named.size() != 1) return;
    var only = named.entrySet().iterator().next();
    SignalKind kind = only.getKey();
    Search m = only.getValue();
    Status status = Modality.of(s.text(), m.start(), m.end(), language).designStatus();
    // "el programa no pretende ser integral": the programme denies the principle itself, however short the sentence
    if (status == Status.NEGATED && THE_PROJECT.in(folded) && !separationDenied(language, folded)
        && !namesABody(folded, m.start(), m.end())) {
      found.add(new Signal(kind, status, Signal.DENIED_PRINCIPLE, s.evidence()));
      return;
    }
    if (kind == COMPREHENSIVE || hits.containsKey(kind)) return;
    int words = count(WORD, folded);
    if (words >= 12) {
      found.add(new Signal(kind, status, "principle named and explained", s.evidence()));
      return;
    }
    // a principle as the label or the short opening of its paragraph ("Context-specific. Activities are timed to the Dry
    // Zone's seasons ...", "It is built for Baidoa. Land here is governed by ..."): the sentence after it explains it
    Sentence next = sameBlock(all, at, at + 1);
    if (next != null && count(WORD, next.folded()) >= 12) {
      // read at its end, in its main clause: "Although the design could not yet be discussed with them, services are built ..."
      int end = next.text().length();
      found.add(new Signal(kind, Modality.of(next.text(), end, end, language).designStatus(), "principle named and explained",
          next.evidence()));
    }
  }

  /** Comprehensive: three sectors or insecurities in one sentence, or two with a word for an integrated approach. */
  private static void comprehensive(Sentence s, String folded, String language, Lexicon.SentenceScan scan,
                                    BitSet candidates, List<Signal> found) {
    List<String> named = new ArrayList<>();
    List<int[]> at = new ArrayList<>();
    int first = -1;
    for (int c = candidates.nextSetBit(scan.sectors()); c >= 0 && c < scan.keywords(); c = candidates.nextSetBit(c + 1)) {
      Search m = scan.set().search(c, folded);
      if (m.find()) {
        named.add(m.group());
        at.add(new int[] {m.start(), m.end()});
        if (first < 0 || m.start() < first) first = m.start();
      }
    }
    if (named.size() < 2) return;
    UnicodePattern keyword = Lexicon.PRINCIPLE_WORDS.getOrDefault(language, Lexicon.PRINCIPLE_WORDS.get("en")).get(COMPREHENSIVE);
    Matcher k = keyword.matcher(folded);
    boolean integrated = k.find();
    if (named.size() >= 3 || integrated) {
      // "the programme is comprehensive because these families combine work without rights, a lack of health services
      // ...": read at the word for the approach, and a sector named as a lack is an insecurity the programme takes on
      Status status = integrated ? Modality.of(s.text(), k.start(), k.end(), language).designStatus()
          : Modality.of(s.text(), first, first, language).designStatus();
      // "a health programme: it does not address income, housing or violence": sectors denied are not covered
      int denied = 0;
      for (int[] m : at) {
        if (integrated && status == Status.AFFIRMED ? Modality.deniedByVerb(s.text(), m[0], m[1], language)
            : Modality.of(s.text(), m[0], m[1], language).negated()) denied++;
      }
      boolean separationDenied = (status == Status.NEGATED || denied > 0) && separationDenied(language, folded);
      if (status == Status.NEGATED && separationDenied) status = Status.AFFIRMED;
      int covered = separationDenied ? named.size() : named.size() - denied;
      if (status == Status.AFFIRMED && covered < (integrated ? 2 : 3)) status = Status.NEGATED;
      found.add(new Signal(COMPREHENSIVE, status, "sectors: " + String.join(", ", named), s.evidence()));
    }
  }

  /** The words of a communication cue that may name the donor's visibility only. */
  private static final Pattern VISIBILITY_WORD = Pattern.compile("\\b(?:visibility|visibilite|visibilidad|press|presse|prensa)\\b");
  /** Acknowledging the donor: logos, branding, the contribution acknowledged. */
  private static final Pattern DONOR_VISIBILITY = Pattern.compile("\\b(?:logos?|branding|emblems?|acknowledg\\w*|credited"
      + "|reconnaissance|mention(?:nera|ne|nent)? (?:la |le )?(?:contribution|soutien|financement)|reconoc\\w* (?:la |el )?(?:contribucion|aporte|apoyo|financiamiento))\\b");

  /** A body the keyword qualifies ("the multisectoral body that oversees the response", "comité multisectoriel"). */
  private static final Pattern BODY_AFTER = Pattern.compile("\\s+(?:bod(?:y|ies)|committees?|councils?|platforms?|commissions?|"
      + "groups?|teams?|forums?|mechanisms?|authorit(?:y|ies)|boards?|networks?|task forces?)\\b");
  private static final Pattern BODY_BEFORE = Pattern.compile("\\b(?:comites?|conseils?|plateformes?|commissions?|groupes?|equipes?|"
      + "forums?|mecanismes?|instances?|cellules?|comision(?:es)?|consejos?|plataformas?|grupos?|equipos?|mesas?|mecanismos?|instancias?)\\s+$");

  /** True when the principle's keyword at {@code [start, end)} qualifies a body, not the programme. */
  private static boolean namesABody(String folded, int start, int end) {
    return BODY_AFTER.matcher(folded).region(end, folded.length()).lookingAt()
        || BODY_BEFORE.matcher(folded).region(Math.max(0, start - 30), start).find();
  }

  /** True when {@code folded} denies that sectors are kept apart ("does not treat shelter and income as separate sectors"). */
  private static boolean separationDenied(String language, String folded) {
    return Lexicon.SEPARATION_DENIED.get(Languages.orEnglish(language)).in(folded);
  }

  /** One activity classified both as protection and as empowerment links the two strands. */
  private static void both(Sentence s, String folded, Map<SignalKind, Hit> hits, List<Signal> found) {
    Hit p = hits.get(PROTECTION_ACTIVITY);
    Hit e = hits.get(EMPOWERMENT_ACTIVITY);
    if (p == null || e == null || p.status == Status.NEGATED || e.status == Status.NEGATED) return;
    if (hits.containsKey(PROTECTION_EMPOWERMENT_LINK)) return;
    int from = Math.min(p.end, e.end);
    int to = Math.max(p.start, e.start);
    String between = to <= from ? "" : folded.substring(from, to);
    boolean near = count(WORD, between) <= BOTH_WINDOW;
    // two items of a list ("training of gendarmes, creation of cooperatives") are two activities, not one
    boolean listed = between.indexOf(',') >= 0 || between.indexOf(';') >= 0;
    if (!s.inTable() && (!near || listed)) return;
    found.add(new Signal(PROTECTION_EMPOWERMENT_LINK, Status.AFFIRMED,
        "one activity serves both: " + p.cue.detail() + " + " + e.cue.detail(), s.evidence()));
  }

  /** A coordination mechanism whose sentence or paragraph names NGOs or civil society. */
  private static void coordinationWithCivilSociety(Sentence s, String folded, String language, Map<SignalKind, Hit> hits,
                                                   List<Sentence> all, int at, Pattern named, List<Signal> found) {
    Hit c = hits.get(COORDINATION_MECHANISM);
    if (c == null || c.status == Status.NEGATED) return;
    UnicodePattern cs = Lexicon.CIVIL_SOCIETY.getOrDefault(language, Lexicon.CIVIL_SOCIETY.get("en"));
    Matcher m = cs.matcher(folded);
    if ((m.find() || (m = named.matcher(folded)).find()) && !REPORTS_TO.matcher(folded.substring(m.end())).lookingAt()) {
      Status status = Modality.of(s.text(), m.start(), m.end(), language).designStatus();
      found.add(new Signal(COORDINATION_INCLUDES_CIVIL_SOCIETY, status, "civil society named in the mechanism", s.evidence()));
      return;
    }
    if (s.inTable()) {
      if (s.rowHead().isEmpty()) return;
      // a governance table: the mechanism in one cell, its members in another cell of the same row (a table's
      // sentences are side by side in the list)
      int first = at;
      while (sameBlock(all, at, first - 1) != null) first--;
      for (int k = first; sameBlock(all, at, k) != null; k++) {
        Sentence cell = all.get(k);
        if (k == at || !cell.rowHead().equals(s.rowHead())) continue;
        if (cs.matcher(cell.folded()).find() || named.matcher(cell.folded()).find()) {
          found.add(new Signal(COORDINATION_INCLUDES_CIVIL_SOCIETY, c.status,
              "civil society among the members: " + cell.text(), s.evidence()));
          return;
        }
      }
      return;
    }
    // the members named in one of the next two sentences of the paragraph ("It is co-chaired by ... It brings together
    // ..."), or in a note the paragraph cites ("Steering Committee[4]" ... "4. Its members are ...")
    int k = at + 1;
    for (; k <= at + 2 && sameBlock(all, at, k) != null; k++) {
      if (members(all.get(k), cs, named, c, s, found)) return;
    }
    while (sameBlock(all, at, k) != null) k++;
    for (int read = 0; k < all.size() && all.get(k).origin() == Sentence.Origin.NOTE && read < MAX_NOTE_SENTENCES; k++, read++) {
      if (members(all.get(k), cs, named, c, s, found)) return;
    }
  }

  /** Adds the signal and returns true when {@code other} lists the members of {@code s}'s mechanism with civil society among them. */
  private static boolean members(Sentence other, UnicodePattern cs, Pattern named, Hit c, Sentence s, List<Signal> found) {
    String nf = other.folded();
    if (!MEMBERSHIP.matcher(nf).find() || !cs.matcher(nf).find() && !named.matcher(nf).find()) return false;
    found.add(new Signal(COORDINATION_INCLUDES_CIVIL_SOCIETY, c.status, "civil society among the members: " + other.text(), s.evidence()));
    return true;
  }

  /** A pattern matching any of the names (folded, whole words), or nothing when there are none. */
  static Pattern namesPattern(java.util.Collection<String> names) {
    List<String> quoted = names.stream().filter(n -> n != null && n.strip().length() >= 2)
        .map(n -> Pattern.quote(org.hscheck.extract.text.Text.fold(n.strip()))).distinct().toList();
    if (quoted.isEmpty()) return Pattern.compile("$^");
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])");
  }

  /** The blocks with a sentence that names HIV or AIDS. */
  private static Set<Integer> blocksMentioning(List<Sentence> sentences, List<BitSet> scanned, Lexicon.SentenceScan scan) {
    Set<Integer> out = new java.util.HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (found(scan, scanned.get(i), scan.hiv(), s.folded())) out.add(s.evidence().location().block());
    }
    return out;
  }

  /** True when pattern {@code at} of the scan, a candidate for {@code folded} by {@code candidates}, occurs in it. */
  private static boolean found(Lexicon.SentenceScan scan, BitSet candidates, int at, String folded) {
    return candidates.get(at) && scan.set().matcher(at, folded).find();
  }

  /** True when "separate", "parallel", "own"... qualifies the words at {@code start} (at most three words before). */
  private static boolean separateJustBefore(String folded, int start) {
    Matcher sep = SEPARATE.matcher(folded);
    while (sep.find() && sep.end() <= start) {
      if (count(WORD, folded.substring(sep.end(), start)) <= SEPARATE_WINDOW) return true;
    }
    return false;
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** Keeps at most {@link #MAX_PER_STATUS} signals per kind and status, in document order. */
  private static List<Signal> cap(List<Signal> found) {
    Map<String, Integer> seen = new HashMap<>();
    List<Signal> out = new ArrayList<>();
    for (Signal s : found) {
      int n = seen.merge(s.kind() + "/" + s.status(), 1, Integer::sum);
      if (n <= MAX_PER_STATUS) out.add(s);
    }
    return out;
  }

  private record Hit(Cue cue, Status status, int start, int end) {}
}
