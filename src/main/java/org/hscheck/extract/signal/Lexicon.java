package org.hscheck.extract.signal;

import static org.hscheck.extract.SignalKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.text.Guarded;
import org.hscheck.extract.text.Languages;
import org.hscheck.extract.text.PatternSet;
import org.hscheck.extract.text.UnicodePattern;

/**
 * The triggers of every signal kind in English, French and Spanish, over folded text (lower case, no accents).
 * Activities are classified by what they do (laws, legal aid, referral, training of officials... for
 * protection; groups, savings, livelihoods, awareness, participation... for empowerment), not by the words
 * "protection" and "empowerment".
 */
final class Lexicon {
  private static final List<Cue> EN = new ArrayList<>();
  private static final List<Cue> FR = new ArrayList<>();
  private static final List<Cue> ES = new ArrayList<>();
  private static final Map<String, List<Cue>> BY_LANGUAGE = Map.of("en", EN, "fr", FR, "es", ES);

  /** Not right after a health or social service word: "HIV testing outreach" is a service, not communication. */
  private static final String NOT_AFTER_SERVICE = "(?<!testing )(?<!health )(?<!medical )(?<!clinical )(?<!mobile )(?<!vaccination )(?<!immuni[sz]ation )(?<!service )";

  /** The Trust Fund and its donor as a funder: "financed by the UN Trust Fund for Human Security", "by the Government of Japan". */
  private static final String NOT_THE_TRUST_FUND = "(?!(?:the |le |el |la )?(?:un |united nations |nations unies |naciones unidas )?"
      + "(?:trust fund|untfhs|fonds|fondo|human security|securite humaine|seguridad humana|government of japan|gouvernement du japon|gobierno de japon|japan|japon))";

  /**
   * Sentences about a past project, lessons learned or another actor's project ("the project financed by the World Bank",
   * "le projet de la Banque mondiale", "el programa del BID"): they describe no activity of this project.
   */
  private static final Map<String, Pattern> PAST_PROJECT = Map.of(
      "en", unicode("\\b(?:previous|prior|past|earlier|former|last) (?:phase|project|programme|program|intervention|initiative)s?\\b"
          + "|\\bin the past\\b"
          + "|(?<!this )(?<!our )(?<!present )\\b(?:project|programme|program)s? (?:[\\w'-]+ ){0,4}?(?:funded|financed|run|implemented|executed) by " + NOT_THE_TRUST_FUND
          + "|\\b(?:bank|union|usaid|donor|donors)(?:'s|s') (?:[\\w-]+ ){0,2}?(?:project|programme|program)s?\\b"),
      "fr", unicode("\\b(?:phase|projet|programme|intervention|initiative)s? (?:precedent\\w*|anterieur\\w*)|\\bpar le passe\\b"
          + "|(?<!ce )(?<!present )(?<!notre )\\b(?:projet|programme)s? (?:[\\w'-]+ ){0,4}?(?:finance|appuye|mis en oeuvre|execute)e?s? par " + NOT_THE_TRUST_FUND
          + "|\\b(?:projet|programme)s? (?:[\\w'-]+ ){0,2}?(?:de la banque|de l'union europeenne|de l'usaid|des bailleurs)\\b"),
      "es", unicode("\\b(?:fase|proyecto|programa|intervencion|iniciativa)s? (?:anterior\\w*|previ[oa]s?|pasad[oa]s?)"
          + "|\\ben el pasado\\b"
          + "|(?<!este )(?<!presente )(?<!nuestro )\\b(?:proyecto|programa)s? (?:[\\w'-]+ ){0,4}?(?:financiad|ejecutad|implementad|apoyad)[oa]s? por " + NOT_THE_TRUST_FUND
          + "|\\b(?:proyecto|programa)s? (?:[\\w'-]+ ){0,2}?(?:del banco|de la union europea|de usaid|de los donantes)\\b"));

  /** Civil society in a coordination mechanism. */
  static final Map<String, UnicodePattern> CIVIL_SOCIETY = Map.of(
      "en", Cue.compile("\\b(?:ngos?|non-governmental|civil society|csos?|cbos?|community-based organi[sz]ations?|community representatives?"
          + "|women'?s (?:organi[sz]ations?|associations?|groups|federations?|networks?)|local associations|faith-based|churche?s'? representatives?|cooperatives|(?:pl[hw]iv|peer) networks?"
          // "all partners (listed in Table 1)": the civil-society partners among them
          + "|all (?:the )?(?:implementing |programme |program |project )?partners)\\b"),
      "fr", Cue.compile("\\b(?:ong|societe civile|osc|ocb|organisations? communautaires|organisations? non gouvernementales|associations|cooperatives"
          + "|representants? (?:des )?communaut\\w*|tous les partenaires)\\b"),
      "es", Cue.compile("\\b(?:ong|ongs|sociedad civil|osc|organizaciones (?:comunitarias|de base|no gubernamentales|sociales|de mujeres)|cooperativas"
          + "|representantes (?:de la )?comunidad\\w*|asociaciones|todos los socios|todas las organizaciones socias)\\b"));

  /** HIV and AIDS, for gating the Three Ones triggers. */
  static final Map<String, Guarded> HIV = Map.of(
      "en", Cue.guarded("\\b(?:hiv|aids|plhiv|pmtct|antiretroviral\\w*)\\b"),
      "fr", Cue.guarded("\\b(?:vih|sida|pvvih|ptme|antiretrovira\\w*|ist/vih)\\b"),
      "es", Cue.guarded("\\b(?:vih|sida|pvv|pvvs|ptmi|antirretrovira\\w*|its/vih)\\b"));

  /** Sector and insecurity words, for the comprehensive principle. */
  private static final Map<String, List<Pattern>> SECTORS = Map.of(
      "en", sectors("\\bhealth\\w*", "\\bfood\\b|\\bnutrition\\w*", "\\beconomic\\w*|\\bincome\\w*|\\blivelihood\\w*|\\bemployment\\b|\\bjobs?\\b|\\bpoverty\\b|\\bdecent work\\b",
          "\\bmigration\\b|\\bdisplacement\\b|\\bmobility\\b|\\brefugees?\\b|\\breturnees?\\b",
          "\\beducation\\w*|\\bschool\\w*", "\\bviolence\\b|\\bpersonal security\\b|\\bcrime\\b|\\bsafety\\b|\\btrafficking\\b",
          "\\benvironment\\w*|\\bclimat\\w*|\\bdisasters?\\b|\\bdrought\\w*|\\bflood\\w*", "\\bpolitical\\b|\\bgovernance\\b|\\bhuman rights\\b|\\blegal identity\\b|\\bcivil (?:registration|documentation)\\b",
          "\\bsocial cohesion\\b|\\bcommunity security\\b|\\bconflicts?\\b", "\\bhousing\\b|\\bshelter\\b", "\\bwater\\b|\\bsanitation\\b"),
      "fr", sectors("\\bsante\\b|\\bsanitaire\\w*", "\\balimentaire\\w*|\\bnutrition\\w*", "\\beconomique\\w*|\\brevenus?\\b|\\bemplois?\\b|\\bmoyens de subsistance\\b|\\bpauvrete\\b",
          "\\bmigrations?\\b|\\bdeplacement\\w*|\\bmobilite\\b|\\brefugies\\b|\\bdeplaces\\b",
          "\\beducation\\w*|\\bscolar\\w*|\\becoles?\\b", "\\bviolences?\\b|\\bsecurite personnelle\\b|\\bcriminalite\\b|\\b(?:la|de|contre la) traite\\b|\\btraite (?:des|d')",
          "\\benvironnement\\w*|\\bclimat\\w*|\\bcatastrophes?\\b|\\bsecheresse\\w*|\\binondations?\\b", "\\bpolitique\\w*|\\bgouvernance\\b|\\bdroits (?:de l'homme|humains)\\b|\\bidentite juridique\\b|\\betat civil\\b",
          "\\bcohesion sociale\\b|\\bsecurite communautaire\\b|\\bconflits?\\b", "\\blogement\\w*|\\bhabitat\\b", "\\beau\\b|\\bassainissement\\b"),
      "es", sectors("\\bsalud\\b|\\bsanitari\\w*", "\\balimentari\\w*|\\bnutrici\\w*|\\balimentaci\\w*", "\\beconomic\\w*|\\bingresos\\b|\\bempleo\\w*|\\bmedios de vida\\b|\\bpobreza\\b|\\bsustento\\b",
          "\\bmigraci\\w*|\\bdesplazamiento\\w*|\\bmovilidad\\b|\\brefugiad\\w*|\\bdesplazad\\w*",
          "\\beducaci\\w*|\\bescolar\\w*|\\bescuelas?\\b", "\\bviolencias?\\b|\\bseguridad personal\\b|\\bdelincuencia\\b|(?<!se )\\btrata\\b|\\bintegridad fisica\\b",
          "\\bambient\\w*|\\bclimat\\w*|\\bdesastres?\\b|\\bsequias?\\b|\\binundaci\\w*", "\\bpolitic\\w*|\\bgobernabilidad\\b|\\bgobernanza\\b|\\bderechos humanos\\b|\\bidentidad legal\\b|\\bregistro civil\\b",
          "\\bcohesion social\\b|\\bseguridad comunitaria\\b|\\bconflictos?\\b", "\\bvivienda\\w*", "\\bagua\\b|\\bsaneamiento\\b"));

  /**
   * A denial whose object is the separation of the sectors named ("does not treat shelter, land and income as separate
   * sectors", "ne traite pas ... comme des secteurs séparés", "no aborda ... de forma aislada"): it affirms that they are
   * taken together.
   */
  static final Map<String, UnicodePattern> SEPARATION_DENIED = Map.of(
      "en", Cue.compile("(?:\\bnot\\b|n't\\b|\\bnever\\b)[^.;]{0,160}?\\b(?:separate(?:ly)?|in isolation|isolated|in silos?|piecemeal)\\b"),
      "fr", Cue.compile("(?:\\bne\\b|\\bn')[^.;]{0,160}?\\b(?:separee?s?|separement|distincte?s?|isolee?s?|isolement|cloisonnee?s?|en silos?)\\b"),
      "es", Cue.compile("\\bno\\b[^.;]{0,160}?\\b(?:separad[oa]s?|por separado|aislad[oa]s?|aisladamente|en silos?)\\b"));

  /** The keyword naming each principle (counted only with an explanation, never alone). */
  static final Map<String, Map<SignalKind, UnicodePattern>> PRINCIPLE_WORDS = Map.of(
      "en", Map.of(PEOPLE_CENTRED, Cue.compile("\\b(?:people|person|human)[- ]cent(?:red|ered)\\b"
              // "the programme starts from people", "people come first", "puts people at the centre"
              + "|\\b(?:starts?|started|begins?) (?:from|with) (?:the )?(?:people|communities|residents|those affected|families|households|women|survivors)\\b"
              + "|\\b(?:starts?|started|begins?|began|builds?|built|designed|shaped|drawn) (?:from|on) what (?:the )?(?:\\w+ ){0,5}?(?:said|asked|told|expressed|want\\w*|need\\w*)\\b"
              // "the programme is built around the people most at risk"
              + "|\\b(?:built|organi[sz]ed|designed|centred|centered) around (?:the )?(?:[\\w'-]+ ){0,2}?(?:people|persons|communities|families|households|women|survivors|migrants|returnees|refugees|residents)\\b"
              + "|\\bpeople come first\\b|\\bputs? (?:the )?people (?:first|at the (?:centre|center|heart))\\b"
              // "starts from the daily situation of young diggers", "the starting point is the people who live on the line"
              + "|\\b(?:starts?|started|begins?) (?:from|with) the (?:[\\w'-]+ ){0,2}?(?:situation|needs|experiences?|lives|realities|priorities|concerns|voices) of\\b"
              + "|\\b(?:the )?starting point (?:is|are|was) (?:the )?(?:people|persons|communities|residents|families|households|women|those)\\b"
              // "our starting point is what returnees told us"
              + "|\\bstarting point (?:is|was) what (?:the )?(?:\\w+ ){0,5}?(?:said|asked|told|expressed|described|want\\w*|need\\w*)\\b"
              + "|\\bpeople (?:are )?at the (?:centre|center|heart)\\b"
              // "the programme starts from the herders themselves", "its priorities come from the households consulted"
              + "|\\b(?:starts?|started|begins?) (?:from|with) (?:the )?(?:[\\w'-]+ ){0,2}themselves\\b"
              + "|\\b(?:its |the )?priorities (?:come|came) from (?:the )?(?:[\\w'-]+ ){0,3}?(?:households|people|communities|women|residents|herders|farmers|families|youth|returnees|refugees)\\b"
              + "|\\bbuilt around the priorities (?:that|which|of)\\b"),
          COMPREHENSIVE, Cue.compile("\\b(?:comprehensive|multi-?sectoral|cross-?sectoral|inter-?sectoral|holistic|integrated approach|multi-?dimensional"
              + "|(?:several|multiple|many|different) (?:\\w+ )?insecurities|insecurit(?:y|ies) as a whole|as connected problems"
              // "it does not treat shelter, land, safety and income as separate sectors"
              + "|(?:does not|do not|doesn't|not) treat (?:[\\w'-]+,? ){1,10}?as separate"
              // "ill health, debt and violence feed one another ... rather than treating them one at a time"
              + "|rather than (?:treating|tackling|addressing|taking on) (?:them|each|these|those)(?: \\w+)? (?:one at a time|one by one|separately|in isolation)"
              + "|(?:feed|reinforce|compound|fuel|drive)s? (?:one another|each other))\\b"),
          CONTEXT_SPECIFIC, Cue.compile("\\bcontext[- ]specific\\b|\\b(?:tailored|adapted|suited|specific) to (?:the )?(?:local )?context\\b"
              + "|\\b(?:shaped|informed) by (?:[\\w'-]+ ){0,2}?context\\b"
              // "it is shaped by the highland setting: ...", "it is rooted in the Madhesh Terai: ..."
              + "|\\b(?:shaped|informed|defined) by (?:the )?(?:[\\w'-]+ ){0,3}?(?:setting|context|realities|conditions|situation|way of life)\\b"
              + "|\\b(?:shaped|informed|defined) by what is (?:particular|specific|peculiar|unique) to\\b"
              + "|\\b(?:is|are) rooted in (?:the |these |this |its |their )?(?:[\\w'-]+ ){0,3}?[\\w'-]+(?= ?:)"
              // "it is tailored to two rear oblasts: ..."
              + "|\\b(?:tailored|adapted|suited) (?:to|for) (?:the |its |their |each |two |three |four |five )?(?:[\\w'-]+ ){0,2}(?:oblasts?|districts?|provinces?|regions?|areas?|townships?|municipalit\\w+|departments?|count(?:y|ies)|states?|borders?|valleys?|coasts?|highlands?|islands?|plains?)\\b"
              // a label explained by the next sentence: "It is built for Baidoa. Land here is governed by ..."
              + "|^\\W*(?:it|the programme|the program|the project|this programme) is (?:built|designed|made|tailored|meant) for "
              + "(?!(?:people|persons?|communit\\w*|beneficiar\\w*|women|youth|girls|boys|children|families|households|the long|long)\\b)[\\w'-]+(?: and [\\w'-]+)?\\W*$"),
          PREVENTION_ORIENTED, Cue.compile("\\bprevention[- ]oriented\\b|\\bpreventive\\b")),
      "fr", Map.of(PEOPLE_CENTRED, Cue.compile("\\b(?:centree?s? sur|axee?s? sur) (?:l'etre humain|les personnes|la personne|les populations)\\b"
              + "|\\bpart (?:des|de la) (?:personnes|populations|habitants|communautes)\\b"
              // "le programme part de l'expérience des personnes déplacées elles-mêmes"
              + "|\\bpart (?:de l'experience|de la parole|de la voix|des besoins|des priorites|des recits|du vecu) (?:des|de la|du|de l')"
              + "|\\b(?:le )?point de depart (?:est|sont|etait) (?:les |la |l')?(?:personnes|populations|habitants|communautes|familles|menages|femmes)\\b"
              + "|\\b(?:place|met) (?:les personnes|les populations|l'etre humain) au (?:centre|coeur)\\b|\\bles personnes (?:sont )?au (?:centre|coeur)\\b"
              // "le programme part de ce que les habitants ont dit"
              + "|\\bpart de ce que (?:les |leurs )?(?:[\\w'-]+ ){0,3}?(?:ont dit|ont exprime|ont demande|ont choisi|ont (?:elles|eux)-memes \\w+|ont decrit|disent|veulent)\\b"),
          COMPREHENSIVE, Cue.compile("\\b(?:global(?:e|es|aux)?|multisectoriel\\w*|multi-sectoriel\\w*|intersectoriel\\w*|holistique|approche integree|multidimensionnel\\w*"
              + "|(?:plusieurs|diverses|multiples) insecurites|refuse de traiter separement)\\b"),
          CONTEXT_SPECIFIC, Cue.compile("\\badaptee?s? (?:a chaque|au) (?:contexte|territoire)\\b|\\bspecifiques? au contexte\\b"
              // "il est adapté au Bas-Artibonite, à ses canaux, à ses crues"
              + "|\\badaptee?s? (?:au|a la|aux|a l') ?[\\w'-]+(?: [\\w'-]+)?, a (?:ses|sa|son|leurs?)\\b|\\badaptee?s? aux (?:realites|specificites|conditions) locales\\b"
              // "il est taillé pour un territoire particulier : ...", "conçu pour les réalités de l'Extrême-Nord"
              + "|\\b(?:ajuste|adapte)e?s? a la situation (?:propre|particuliere|specifique)\\b"
              + "|\\b(?:taille|concu|pense)e?s? pour (?:un |une |ce |cette |les |des |la |le |l')(?:[\\w'-]+ ){0,4}?[\\w'-]+(?= ?:)|\\b(?:concue?s?|pensee?s?|adaptee?s?) (?:pour|aux) (?:les )?realites\\b"),
          PREVENTION_ORIENTED, Cue.compile("\\baxee?s? sur la prevention\\b|\\bpreventi(?:f|ve|ves|fs)\\b")),
      "es", Map.of(PEOPLE_CENTRED, Cue.compile("\\b(?:centrad[oa]s?|se centra|centrarse) en (?:las personas|el ser humano|la persona)\\b"
              + "|\\b(?:las personas|la gente|las comunidades) (?:estan )?(?:en|al) (?:el )?(?:centro|corazon)\\b"
              + "|\\bpone\\w* a las personas en el centro\\b|\\bparte de (?:las personas|las prioridades de las comunidades)\\b"
              + "|\\b(?:el )?punto de partida (?:son|es|fue|fueron) (?:las |los |la )?(?:personas|gente|comunidades|familias|hogares|mujeres|habitantes)\\b"
              + "|\\b(?:nace|parte|surge) de (?:la consulta|lo que (?:\\w+ ){0,3}?(?:pidieron|dijeron|expresaron))\\b"
              // "el programa parte de las propias mujeres"
              + "|\\bparte de (?:las |los )?propi[oa]s (?:personas|mujeres|comunidades|familias|jovenes|poblaciones|habitantes|productor\\w*)\\b"),
          COMPREHENSIVE, Cue.compile("\\b(?:integral(?:es)?|multisectorial\\w*|intersectorial\\w*|holistic\\w*|enfoque integrado|multidimensional\\w*"
              + "|(?:varias|distintas|multiples|diversas) inseguridades)\\b"),
          CONTEXT_SPECIFIC, Cue.compile("\\badaptad[oa]s? a cada contexto\\b|\\bespecific[oa]s? (?:al|del) contexto\\b"
              + "|\\b(?:se )?adapta\\w* al contexto\\b|\\badaptad[oa]s? al (?:contexto|territorio)\\b"
              // "está pensado para este lugar: las riberas kichwa", "para este territorio en particular"
              + "|\\b(?:pensad|disenad|concebid|hech|adaptad)[oa]s? para (?:este|esta|estos|estas) (?:lugar|territorio|region|zona|contexto|realidad|comunidades|rios|paramos|puna|selva|frontera)\\b"),
          PREVENTION_ORIENTED, Cue.compile("\\borientad[oa]s? (?:a|hacia) la prevencion\\b|\\bpreventiv[oa]s?\\b")));

  private Lexicon() {}

  /** The cues of a language ("en", "fr", "es"); English for any other code. */
  static List<Cue> of(String language) {
    return BY_LANGUAGE.getOrDefault(language, EN);
  }

  private static List<Pattern> sectors(String... regexes) {
    return java.util.Arrays.stream(regexes).map(Lexicon::unicode).toList();
  }

  /** A pattern over folded text with Unicode classes, to run within a {@link SentenceScan} (which makes its twin). */
  private static Pattern unicode(String regex) {
    return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static List<Pattern> patterns(java.util.Collection<UnicodePattern> ps) {
    return ps.stream().map(UnicodePattern::pattern).toList();
  }

  private static void design(SignalKind kind, String detail, String en, String fr, String es) {
    add(kind, detail, Cue.Timing.DESIGN, en, fr, es);
  }

  private static void before(SignalKind kind, String detail, String en, String fr, String es) {
    add(kind, detail, Cue.Timing.BEFORE_DESIGN, en, fr, es);
  }

  private static void add(SignalKind kind, String detail, Cue.Timing timing, String en, String fr, String es) {
    EN.add(new Cue(kind, detail, Cue.compile(en), timing));
    FR.add(new Cue(kind, detail, Cue.compile(fr), timing));
    ES.add(new Cue(kind, detail, Cue.compile(es), timing));
  }

  /** As {@link #add}, one cue per pattern: a long alternation split so that each part is prefiltered by its own words. */
  private static void addEach(SignalKind kind, String detail, Cue.Timing timing, List<String> en, List<String> fr,
                              List<String> es) {
    en.forEach(p -> EN.add(new Cue(kind, detail, Cue.compile(p), timing)));
    fr.forEach(p -> FR.add(new Cue(kind, detail, Cue.compile(p), timing)));
    es.forEach(p -> ES.add(new Cue(kind, detail, Cue.compile(p), timing)));
  }

  // a gap of up to n words between two parts of a trigger
  private static String gap(int n) {
    return "(?:\\W+\\w+){0," + n + "}?\\W+";
  }

  static {
    // ---------------------------------------------------------------- protection (top-down)
    design(PROTECTION_ACTIVITY, "laws and policies",
        "\\b(?:laws?|legislation|legislative|legal (?:framework|reform)s?|by-?laws?|ordinances?|regulations?|decrees?|(?:public|national|local|municipal|sectoral) polic(?:y|ies)"
            + "|polic(?:y|ies) (?:framework|reform|development|dialogue|on|for)|draft (?:law|bill|policy)|national action plan|standard operating procedures|protocols?)\\b",
        "\\b(?:lois?|legislati\\w+|cadre (?:juridique|legal|legislatif|reglementaire|normatif)|reformes? (?:juridiques?|legislatives?)|reglementations?|decrets?|arretes? (?:communaux|municipaux|ministeriels?)"
            + "|politiques? (?:publiques?|nationales?|locales?|sectorielles?)|plan d'action national|projets? de loi|textes? (?:legislatifs|juridiques|de loi)|protocoles?|procedures operationnelles)\\b",
        "\\b(?:leyes?|legislaci\\w+|marco (?:juridico|legal|normativo|regulatorio)|reformas? (?:legal|juridica|legislativa)s?|reglamentos?|decretos?|ordenanzas?"
            + "|politicas? (?:publicas?|nacional(?:es)?|local(?:es)?|municipal(?:es)?|sectorial(?:es)?)|plan (?:de accion )?nacional|proyectos? de ley|normativas?|protocolos?)\\b");
    design(PROTECTION_ACTIVITY, "legal aid and justice",
        "\\b(?:legal (?:aid|assistance|counsel(?:l?ing)?|services|clinics?|support|advice)|paralegals?|access to justice|mobile courts?|justice (?:sector|system|services)|courts?|prosecut\\w*)\\b",
        "\\b(?:aide (?:juridique|juridictionnelle|legale)|assistance (?:juridique|judiciaire|legale)|conseils? juridiques?|cliniques? juridiques?|para-?juristes?|acces a la justice|audiences foraines|tribunaux|tribunal|justice de proximite|poursuites)\\b",
        "\\b(?:asistencia (?:juridica|legal)|asesoria (?:juridica|legal)|orientacion (?:juridica|legal)|defensorias?|defensor(?:es)? publicos?|clinicas? juridicas?|paralegales|promotor\\w* legales|acceso a la justicia|tribunales|juzgados?|fiscalias?)\\b");
    design(PROTECTION_ACTIVITY, "referral and public services",
        "\\b(?:referral (?:system|mechanism|pathway|network|service)s?|case management|one-stop (?:centres?|centers?|shops?)|psychosocial (?:support|care|services)|medical care"
            + "|social protection|social welfare|child protection|protection (?:services|mechanisms?|systems?|monitoring|networks?)|victim (?:support|assistance)|survivor (?:support|assistance|services)"
            // "severe cases referred to the nearest health centre", a safety net of anticipatory cash
            + "|refer\\w* (?:\\w+ ){0,6}?to (?:the )?(?:nearest )?(?:\\w+ ){0,2}?(?:health (?:centres?|centers?|facilities|posts)|clinics?|hospitals?)|safety nets?"
            + "|(?:strengthen\\w*|improv\\w*|expand\\w*|upgrad\\w*|rehabilitat\\w*|equip\\w*|extend\\w*)" + gap(4)
            + "(?:services?|health (?:centres?|centers?|facilities|posts)|clinics|hospitals|schools|institutions|police stations?))\\b",
        "\\b(?:systemes? (?:d'orientation|de reference|de referencement)|mecanismes? (?:d'orientation|de reference|de referencement|de protection|de prise en charge)|referencement"
            + "|prise en charge (?:medicale|psychosociale|juridique|holistique|integree|des (?:victimes|survivant\\w*))|centres? (?:integres|de prise en charge|multiservices)|guichets? uniques?"
            + "|soutien psychosocial|appui psychosocial|protection sociale|protection de l'enfant|services? (?:de protection|sociaux)"
            + "|orient\\w* (?:des |de |les )?(?:\\w+ ){0,6}?vers (?:le |la |les |l')?(?:\\w+ ){0,2}?(?:centres? de sante|formations sanitaires|structures (?:sanitaires|de sante)|hopitaux?|services)"
            + "|filets? (?:de securite|sociaux|de protection)"
            + "|(?:renforc\\w*|amelior\\w*|rehabilit\\w*|equip\\w*|etendre|extension)" + gap(4)
            + "(?:services?|centres? de sante|formations sanitaires|structures (?:sanitaires|de sante|d'accueil)|postes de sante|ecoles|hopitaux|institutions|commissariats?))\\b",
        "\\b(?:sistemas? de (?:referencia|derivacion|atencion)|rutas? (?:de atencion|de referencia|de derivacion|criticas?)|mecanismos? (?:de referencia|de derivacion|de proteccion|de atencion)"
            + "|atencion (?:integral|psicosocial|medica|psicologica)|apoyo psicosocial|centros? (?:de atencion|integrales)|ventanillas? unicas?|proteccion (?:social|infantil|de la ninez)|servicios (?:de proteccion|sociales)"
            + "|(?:deriv|refier|remit)\\w* (?:\\w+ ){0,6}?(?:a|al|hacia) (?:los |las |el |la )?(?:\\w+ ){0,2}?(?:centros? de salud|puestos de salud|establecimientos de salud|hospital\\w*)"
            + "|(?:redes|mallas) de (?:proteccion|seguridad) social"
            + "|(?:fortalec\\w*|mejor\\w*|ampli\\w*|rehabilit\\w*|equip\\w*)" + gap(4)
            + "(?:servicios?|centros? de salud|establecimientos de salud|puestos de salud|escuelas|hospitales|instituciones|comisarias?))\\b");
    design(PROTECTION_ACTIVITY, "early warning",
        "\\b(?:early[- ]warning|risk monitoring|conflict monitoring|disaster risk (?:reduction|management)|contingency plan\\w*|emergency (?:preparedness|response) plans?)\\b",
        "\\b(?:alerte precoce|systemes? d'alerte|veille communautaire|reduction des risques de catastrophes?|gestion des risques|plans? de contingence|preparation aux (?:urgences|catastrophes))\\b",
        "\\b(?:alerta temprana|sistemas? de alerta|reduccion (?:del |de )?riesgos? de desastres?|gestion (?:del |de )?riesgos?|planes? de contingencia|preparacion (?:ante|para) (?:emergencias|desastres))\\b");
    design(PROTECTION_ACTIVITY, "training of officials",
        "\\b(?:(?:train\\w*|capacity (?:building|development)|capacitat\\w*|sensiti[sz]\\w*|coach\\w*|mentor\\w*|retrain\\w*)" + gap(6)
            + "(?:police\\w*|officers?|officials?|civil servants?|health (?:workers?|staff|personnel|providers?|professionals)|medical staff|nurses|doctors|midwives|judges?|magistrates?"
            + "|prosecutors?|lawyers|border (?:guards?|officials|police)|social workers?|government (?:staff|officials|personnel|counterparts)|local authorit\\w+|municipal (?:staff|officials)"
            + "|service providers?|teachers|labou?r inspectors?|immigration officers?|law enforcement|ministry staff)"
            + "|(?:police|officers|officials|civil servants|health (?:workers|staff)|judges|magistrates|social workers|teachers|service providers)" + gap(4) + "(?:trained|retrained|sensiti[sz]ed|coached))\\b",
        "\\b(?:(?:form\\w*|renforc\\w* (?:les |des )?capacites|sensibilis\\w*|recycl\\w*|encadr\\w*)" + gap(6)
            + "(?:polici\\w*|police|gendarm\\w*|forces de (?:l'ordre|securite|defense)|agents? (?:de sante|de l'etat|publics?|municipaux|de police|des services)|personnels? (?:de sante|soignants?|medicaux?|administratifs?)"
            + "|fonctionnaires?|magistrats?|juges?|prestataires|travailleurs sociaux|autorites (?:locales|administratives|communales|traditionnelles)|elus locaux|enseignants?|infirmi\\w+|sages-femmes|douaniers|garde-frontieres|officiers?))\\b",
        "\\b(?:(?:capacit\\w*|form\\w*|entren\\w*|sensibiliz\\w*|fortalec\\w* (?:las )?capacidades)" + gap(6)
            + "(?:polic\\w*|agentes? (?:de salud|policiales|municipales|de migracion|del estado)|personal (?:de salud|sanitario|medico|municipal|de las instituciones|institucional|docente|judicial)"
            + "|funcionari\\w*|servidor(?:es)? publicos?|jueces|juezas|fiscales|operador(?:es)? de justicia|trabajador\\w* sociales|autoridades (?:locales|municipales)|docentes|maestr\\w*|enfermer\\w*|parteras|prestadores de servicios|proveedores de servicios))\\b");
    design(PROTECTION_ACTIVITY, "shelters and safe spaces",
        "\\b(?:shelters?|safe (?:houses?|spaces?|havens?)|transit (?:centres?|centers?)|reception (?:centres?|centers?)|temporary accommodation)\\b",
        "\\b(?:refuges?|centres? (?:d'accueil|d'hebergement|de transit)|maisons? (?:d'accueil|d'hebergement|de refuge)|espaces? surs?|lieux surs|hebergement (?:temporaire|d'urgence))\\b",
        "\\b(?:albergues?|casas? (?:de acogida|refugio|de paso|seguras?)|refugios? temporales|espacios? seguros?|centros? de (?:acogida|transito|paso))\\b");
    design(PROTECTION_ACTIVITY, "registration and documentation",
        "\\b(?:birth registration|civil (?:registration|registry|status)|identity (?:documents?|cards?)|id cards?|legal documentation|land (?:titles?|tenure|rights|registration)|residence permits?|work permits?"
            + "|registration of (?:births|migrants|refugees|idps|land))\\b",
        "\\b(?:enregistrement des naissances|etat civil|actes? de naissance|pieces? d'identite|cartes? d'identite|documents? d'identite|titres? fonciers?|securisation fonciere|documentation (?:juridique|civile)|permis de (?:sejour|travail))\\b",
        "\\b(?:registro civil|inscripci\\w+ (?:de nacimientos|en el registro)|partidas? de nacimiento|documentos? de identidad|documentaci\\w+ (?:personal|legal|de identidad)|cedulas? de identidad|titulaci\\w+ de tierras|titulos? de propiedad|permisos? de (?:residencia|trabajo))\\b");
    design(PROTECTION_ACTIVITY, "institutional strengthening",
        "\\b(?:institutional (?:capacity|strengthening|development|reform)|strengthen\\w* (?:the )?(?:capacit\\w+ of )?(?:the )?(?:government|ministry|ministries|municipalit\\w+|local (?:authorit\\w+|government)|institutions|district (?:authorit\\w+|government|council)))\\b",
        "\\b(?:renforcement institutionnel|capacites institutionnelles|renforc\\w* (?:les |des )?(?:capacites (?:des|du|de la) )?(?:institutions|ministere\\w*|collectivites|communes|mairies|autorites|services techniques|services de l'etat|gouvernement))\\b",
        "\\b(?:fortalecimiento institucional|capacidades institucionales|fortalec\\w* (?:las )?(?:capacidades (?:de|del|de la|de los) )?(?:las |los )?(?:instituciones|ministerios?|municipalidad\\w*|alcaldias?|gobiernos? (?:locales|municipales)|autoridades))\\b");
    design(PROTECTION_ACTIVITY, "physical security",
        "\\b(?:demining|mine (?:clearance|action|risk education)|landmines?|unexploded ordnance|community policing|police patrols?|disarmament|small arms)\\b",
        "\\b(?:deminage|mines antipersonnel|restes explosifs|police de proximite|patrouilles?|desarmement|armes legeres)\\b",
        "\\b(?:desminado|minas antipersonal|policia comunitaria|patrullaje\\w*|desarme|armas pequenas)\\b");

    // ---------------------------------------------------------------- empowerment (bottom-up)
    design(EMPOWERMENT_ACTIVITY, "community groups",
        "\\b(?:community(?:-based)? (?:groups?|organi[sz]ations?|committees?|associations?|structures?|networks?|councils?|mobili[sz]ation|action plans?|volunteers?)|cbos?|self-help groups?"
            + "|women'?s (?:groups?|associations?|networks?|cooperatives?|organi[sz]ations?|committees?)|youth (?:groups?|clubs?|associations?|networks?|councils?|committees?)|cooperatives?"
            + "|farmers'? (?:groups?|associations?|organi[sz]ations?|field schools?)|village (?:committees?|development committees?|groups?)|support groups?|mothers'? (?:groups?|clubs?))\\b",
        "\\b(?:groupements?|groupes? (?:communautaires|de femmes|de jeunes|de soutien|d'entraide|de parole)|comites? (?:communautaires|villageois|de quartier|locaux|de femmes|de jeunes|de gestion communautaire|de veille)"
            + "|organisations? (?:communautaires?|de base|de femmes|de jeunes|paysannes)|ocb|associations? (?:de femmes|de jeunes|locales|communautaires|villageoises|d'usagers|de parents)|cooperatives?"
            + "|clubs? (?:de jeunes|des meres|de femmes|scolaires)|mobilisation communautaire|relais communautaires|volontaires communautaires|plans? d'action communautaires?)\\b",
        "\\b(?:grupos? (?:comunitarios|de mujeres|de jovenes|de apoyo|de autoayuda)|comites? (?:comunitarios|comunales|locales|de mujeres|de jovenes|de vigilancia|de desarrollo)"
            + "|organizaci\\w+ (?:comunitarias?|de base|de mujeres|de jovenes|campesinas?)|asociaci\\w+ (?:de mujeres|de jovenes|locales|comunitarias|de productores)|cooperativas?"
            + "|clubes? (?:de jovenes|de madres)|red(?:es)? (?:comunitarias|de mujeres|de jovenes)|juntas (?:vecinales|de vecinos)|movilizacion comunitaria|promotor\\w* comunitari\\w*|voluntari\\w* comunitari\\w*"
            + "|planes? (?:de accion )?comunitari\\w*)\\b");
    design(EMPOWERMENT_ACTIVITY, "savings and income",
        "\\b(?:savings (?:groups?|and loans?|schemes?|associations?)|vslas?|village savings|micro-?credits?|micro-?finance|revolving (?:funds?|loans?)|small grants?|seed (?:capital|funding|grants?)"
            + "|income[- ]generat\\w*|cash transfers?|start-up kits?)\\b",
        "\\b(?:groupes? d'epargne|epargne et (?:de )?credit|associations villageoises d'epargne|mutuelles? d'epargne|tontines?|micro-?credits?|micro-?finance|fonds (?:renouvelables?|rotatifs?)"
            + "|activites generatrices de revenus?|agr|transferts? (?:monetaires|en especes)|kits? d'installation|subventions? de demarrage|petites subventions)\\b",
        "\\b(?:grupos? de ahorro|ahorro y credito|bancos? comunales|cajas? (?:rurales|de ahorro)|microcreditos?|microfinanzas|fondos? (?:rotatorios?|revolventes?)|capital semilla"
            + "|actividades generadoras de ingresos|generaci\\w+ de ingresos|transferencias (?:monetarias|en efectivo)|pequenas donaciones)\\b");
    design(EMPOWERMENT_ACTIVITY, "livelihoods and skills",
        "\\b(?:livelihoods?|vocational (?:training|skills|education)|skills (?:training|development)|technical and vocational|business (?:skills|training|development|plans?)|entrepreneur\\w*"
            + "|apprenticeships?|job (?:placement|creation|skills)|employability|agricultural (?:training|inputs|production|extension)|farming techniques|kitchen gardens?|market access|value chains?)\\b",
        "\\b(?:moyens? de subsistance|moyens d'existence|formation (?:professionnelle|technique|aux metiers)|apprentissage (?:d'un metier|professionnel)|entrepreneuriat|entreprenariat"
            + "|insertion (?:socio-?economique|professionnelle)|autonomisation economique|emploi des jeunes|creation d'emplois|formation agricole|intrants agricoles|techniques agricoles|chaines de valeur"
            + "|acces aux marches|jardins? (?:potagers|maraichers)|maraichage)\\b",
        "\\b(?:medios? de vida|formaci\\w+ (?:profesional|vocacional|tecnica|tecnico-productiva)|capacitaci\\w+ (?:tecnica|laboral|vocacional|productiva)|emprendimient\\w*|emprendedur\\w*"
            + "|insercion (?:laboral|socioeconomica)|empleabilidad|empleo juvenil|generacion de empleo|huertos?|produccion agricola|insumos agricolas|cadenas de valor|acceso a mercados"
            + "|autonomia economica|empoderamiento economico)\\b");
    design(EMPOWERMENT_ACTIVITY, "awareness and peer education",
        "\\b(?:awareness[- ](?:raising|campaigns?|sessions?|activities)|raise (?:the )?awareness|raising (?:the )?awareness|sensiti[sz]ation (?:campaigns?|sessions?|of (?:the )?(?:community|communities|population|parents|women|youth))"
            + "|peer (?:educat\\w+|support|counsel\\w*|leaders?)|community (?:dialogues?|theatre|theater|radio|conversations?)|behaviou?r(?:al)? change communication)\\b",
        "\\b(?:sensibilisation|campagnes? de sensibilisation|causeries? educatives?|education par les pairs|pairs? educateurs?|educateurs? pairs|dialogues? communautaires?|theatre (?:forum|participatif)"
            + "|radios? communautaires?|communication pour le changement de comportement)\\b",
        "\\b(?:sensibilizaci\\w+|concienciaci\\w+|concientizaci\\w+|campanas? de (?:sensibilizacion|informacion|prevencion)|educaci\\w+ (?:de|entre) pares|pares educadores|educador(?:es)? (?:de )?pares"
            + "|promotor(?:es)? de salud|dialogos? comunitarios?|teatro (?:comunitario|foro)|radios? comunitarias?|comunicacion para el cambio de comportamiento)\\b");
    design(EMPOWERMENT_ACTIVITY, "participation in decisions",
        "\\b(?:participat\\w+ (?:\\w+ ){0,3}in (?:local |municipal |district |community |the )?(?:planning|decision[- ]making|governance|budgeting|councils?|development plans?)|participatory (?:planning|budgeting|governance|monitoring)"
            + "|community[- ](?:led|driven|managed)|community action plans?|social (?:audits?|accountability)|citizen (?:participation|engagement|monitoring)|self-reliance|self-organi[sz]\\w*)\\b",
        "\\b(?:participation (?:\\w+ ){0,3}(?:a|aux) (?:la )?(?:planification|prise de decisions?|gouvernance|instances|budget|conseils?)|planification participative|budget participatif|gouvernance locale participative"
            + "|suivi participatif|a base communautaire|pilote\\w* par (?:les )?communautes|redevabilite sociale|controle citoyen|auto-?prise en charge)\\b",
        "\\b(?:participaci\\w+ (?:\\w+ ){0,4}en (?:la )?(?:planificacion|toma de decisiones|gobernanza|presupuesto|consejos?|espacios de decision)|planificaci\\w+ participativa|presupuestos? participativos?"
            + "|monitoreo participativo|veedurias?|contraloria social|auditoria social|incidencia (?:comunitaria|ciudadana)|liderad[oa]s? por (?:la |las )?comunidad\\w*|autogesti\\w+)\\b");
    design(EMPOWERMENT_ACTIVITY, "leadership and life skills",
        "\\b(?:leadership (?:training|skills|development|programmes?|programs?|schools?)|(?:women|youth|girls)'?s? leadership|life skills|negotiation skills|civic education|rights education"
            + "|know (?:their|your) rights|legal literacy|literacy (?:classes|training|programmes?))\\b",
        "\\b(?:leadership (?:des |feminin|de la femme|des femmes|des jeunes)|formation (?:au|en) leadership|competences de (?:la )?vie(?: courante)?|education civique|alphabetisation)\\b",
        "\\b(?:liderazgo (?:de (?:las )?mujeres|femenino|juvenil|de (?:los )?jovenes|comunitario)|escuelas? de liderazgo|formacion en liderazgo|habilidades para la vida|educacion civica"
            + "|formacion ciudadana|alfabetizaci\\w+|conocimiento de (?:sus )?derechos)\\b");
    design(EMPOWERMENT_ACTIVITY, "capacities of the people",
        "\\b(?:train\\w*|capacity[- ]building|coach\\w*|mentor\\w*|equip\\w*|empower\\w*)" + gap(5)
            + "(?:women|girls|youth|young (?:people|women|men)|adolescents|farmers|community (?:members|leaders|volunteers|health workers)|volunteers|beneficiaries|survivors|migrants"
            + "|returnees|refugees|idps|households|parents|people living with hiv|plhiv|residents)\\b(?!['’])",
        "\\b(?:form\\w*|renforc\\w* (?:les |des )?capacites|accompagn\\w*|outill\\w*|autonomis\\w*)" + gap(5)
            + "(?:femmes|filles|jeunes|adolescent\\w*|agriculteurs|producteurs|productrices|membres (?:des|de la) communaute\\w*|leaders communautaires|volontaires|benevoles|beneficiaires"
            + "|survivant\\w*|migrants?|rapatries|refugies|deplaces|menages|parents|pvvih|personnes vivant avec le vih)\\b",
        "\\b(?:capacit\\w*|form\\w*|fortalec\\w* (?:las )?capacidades|acompan\\w*|empoder\\w*)" + gap(5)
            + "(?:mujeres|ninas|jovenes|adolescentes|agricultor\\w*|productor\\w*|miembros de la comunidad|lideres comunitari\\w*|lideresas|voluntari\\w*|beneficiari\\w*|sobrevivientes"
            + "|migrantes|retornad\\w*|refugiad\\w*|desplazad\\w*|familias|hogares|padres|madres|personas con vih|pvv)\\b");

    // ---------------------------------------------------------------- link between the two
    // a declaration that the strands are linked, which says not how: it stands unless the design keeps them apart
    design(PROTECTION_EMPOWERMENT_LINK, Signal.DECLARED_LINK,
        // "the two strands (are designed to) reinforce each other"
        "\\b(?:(?:the )?(?:two|both) (?:strands|prongs|components|pillars|approaches|sides|dimensions|levels)\\b(?:\\W+\\w+){0,4}?\\W+(?:reinforc\\w*|complement\\w*|are (?:linked|connected|joined|combined|intertwined)|support each other|meet|come together|work together|go hand in hand|feed)"
            + "|\\blinking the two\\b|\\bhow the two connect"
            // "the two work through each other"
            + "|\\bthe two (?:\\w+ )?(?:work through|support|reinforce|strengthen|feed|need) (?:each other|one another)"
            + "|\\bthe two (?:are|were) (?:closely |directly )?(?:linked|connected|joined|intertwined)"
            // "the protection measures (...) and the empowerment work (...) support each other"
            + "|protection\\b[^.;]{0,200}?\\bempowerment\\b[^.;]{0,200}?\\b(?:reinforce|support|complement|strengthen|feed) (?:each other|one another)"
            + "|top-down and bottom-up|bottom-up and top-down|protection and empowerment (?:\\w+ ){0,5}(?:reinforc\\w*|complement\\w*|combin\\w*|link\\w*|mutually|together|integrat\\w*|synerg\\w*|interlink\\w*|interdependent|hand in hand)"
            + "|(?:reinforc\\w*|complement\\w*|combin\\w*|link\\w*|integrat\\w*|bridg\\w*|connect\\w*) (?:\\w+ ){0,4}(?:protection and empowerment|empowerment and protection|top-down and bottom-up|bottom-up and top-down))\\b",
        "\\b(?:(?:les )?deux(?: (?:volets|composantes|axes|piliers|approches|dimensions|niveaux)\\b(?:\\W+\\w+){0,4}?\\W+|\\s*)(?:se renforc\\w*|se complet\\w*|(?:sont|soient|etre) (?:lies|articules|relies|complementaires)|s'articul\\w*|se rejoi\\w*|se nourri\\w*)"
            // the verb first: "comment s'articulent les deux volets"
            + "|(?:se renforc\\w*|se complet\\w*|s'articul\\w*|se rejoi\\w*|se nourri\\w*|fonctionn\\w* ensemble) (?:les |nos )?deux (?:volets|composantes|axes|piliers|approches|dimensions|niveaux)"
            + "|(?:les )?deux (?:volets|composantes|axes|piliers|approches) (?:sont|ont ete|seront) (?:pense|concu|organise|construit)s? ensemble"
            + "|protection\\b[^.;]{0,200}?\\bautonomisation\\b[^.;]{0,200}?\\bse (?:renforcent|soutiennent|completent|nourrissent) (?:mutuellement|l'un l'autre)"
            + "|approches? (?:descendante et ascendante|ascendante et descendante)|du haut vers le bas et du bas vers le haut|du bas vers le haut et du haut vers le bas"
            + "|protection et (?:l')?autonomisation (?:\\w+ ){0,5}(?:se renforc\\w*|complementaires?|combin\\w*|lie(?:es|nt)?|articul\\w*|integr\\w*|synergi\\w*|mutuel\\w*|ensemble)"
            + "|(?:renforc\\w*|combin\\w*|lie(?:r|nt)?|articul\\w*|integr\\w*|pont) (?:\\w+ ){0,4}(?:protection et (?:l')?autonomisation|autonomisation et (?:la )?protection))\\b",
        "\\b(?:(?:ambos|los dos)(?: (?:componentes|ejes|pilares|enfoques|niveles|ambitos)\\b(?:\\W+\\w+){0,4}?\\W+|\\s*)(?:se (?:refuerz|refuerc|reforz)\\w*|reforzarse|se complement\\w*|complementarse|(?:estan|esten|estar) (?:vinculados|articulados)|se articul\\w*|se vincul\\w*|se retroaliment\\w*)"
            // the verb first: "como se conectan ambos ejes"
            + "|(?:se (?:refuerz|refuerc|reforz)\\w*|se complement\\w*|se articul\\w*|se vincul\\w*|se conect\\w*|se retroaliment\\w*|funcionan juntos) (?:los |nuestros )?(?:dos|ambos) (?:componentes|ejes|pilares|enfoques|niveles|ambitos)"
            // "las acciones de protección (...) y las de empoderamiento (...) se apoyan mutuamente"
            + "|proteccion\\b[^.;]{0,200}?\\bempoderamiento\\b[^.;]{0,200}?\\bse (?:apoyan|refuerzan|complementan|retroalimentan|fortalecen) (?:mutuamente|entre si)"
            + "|de arriba (?:hacia|a) abajo y de abajo (?:hacia|a) arriba|de abajo (?:hacia|a) arriba y de arriba (?:hacia|a) abajo"
            + "|proteccion y (?:el )?empoderamiento (?:\\w+ ){0,5}(?:se refuerzan|complementa\\w*|combin\\w*|vincul\\w*|articul\\w*|integr\\w*|sinergi\\w*|mutuamente|conjunt\\w*)"
            + "|(?:refuerz\\w*|reforz\\w*|complement\\w*|combin\\w*|vincul\\w*|articul\\w*|integr\\w*) (?:\\w+ ){0,4}(?:proteccion y (?:el )?empoderamiento|empoderamiento y (?:la )?proteccion))\\b");
    design(PROTECTION_EMPOWERMENT_LINK, "communities feed into institutions",
        // people acting on institutions: "committees refer cases to the police", not "survivors (are) referred to services"
        "\\b(?:(?:communit\\w*|(?<!steering )(?<!coordination )(?<!technical )(?<!management )(?<!programme )(?<!project )(?<!advisory )(?<!working )(?<!reference )(?:committees?|groups?)"
            + "|associations?|women|youth|residents|citizens|beneficiaries|volunteers|monitors|leaders|paralegals|peer educators)" + gap(8)
            + "(?:feed\\w*|fed|channel\\w*|link\\w*|connect\\w*|refer(?:s|ring)?|report\\w*|voice\\w*|advocat\\w*|dialogu\\w*|interface\\w*|engag\\w* with|hold\\w* (?:\\w+ )?accountable|present\\w* (?:\\w+ ){0,3}(?:to|at|before)|bring\\w* (?:\\w+ ){0,3}to|co-manag\\w*"
            // social accountability: "youth councils review the quality of both services with the district"
            + "|(?:review|monitor|assess|scor)\\w* (?:\\w+ ){0,3}(?:quality|performance|delivery))"
            + gap(8) + "(?:authorit\\w*|government\\w*|district|county|province|provincial|municipal\\w*|services?|institutions?|police|ministr\\w*|councils?|officials|health (?:centres?|centers?|facilities|posts)|planning|state|agency|system|referral (?:pathway|system|circuit)|inspectors?|labou?r inspect\\w*|clinics?|help ?desks?|inspectorates?)"
            + "|(?:bridge|link|dialogue|interface|trust|relations(?:hip)?|channel) between (?:the )?(?:communit\\w+|citizens|people|residents|women|youth) and (?:the |their )?(?:local )?(?:authorit\\w+|government|institutions|service providers|state|police))\\b",
        "\\b(?:(?:communaut\\w*|comites?|groupes?|groupements?|associations?|femmes|jeunes|citoyens|populations?|beneficiaires|relais|leaders|pairs|educat\\w*|volontaires|benevoles)" + gap(8)
            + "(?:remont\\w*|transmet\\w*|relai\\w*|(?:fai|fon|fer)\\w* remonter|port\\w* (?:\\w+ ){0,3}(?:aupres|a l'attention)|plaid\\w*|dialogu\\w*|interpell\\w*|orient\\w* (?:\\w+ ){0,3}?vers|refer\\w*|present\\w*|alimente\\w*|signal\\w*"
            + "|(?:evalu|suiv|note|control)\\w* (?:\\w+ ){0,3}(?:qualite|performance|fonctionnement))"
            + gap(8) + "(?:autorites|collectivites|communes?|communal\\w*|mairies?|services?|institutions|gouvernement|ministere|police|conseils?|elus|structures de sante|centres? de sante|systeme|comite de pilotage|planification|prefecture|etat|circuits? de (?:referencement|prise en charge)|cliniques?|inspect\\w*)"
            + "|(?:pont|lien|dialogue|interface|passerelle|confiance|relations?|canal) entre (?:les )?(?:communautes|populations|citoyens|femmes|jeunes) et (?:les )?(?:autorites|institutions|services|pouvoirs publics|collectivites))\\b",
        "\\b(?:(?:comunidad\\w*|comites?|grupos?|asociaciones|mujeres|jovenes|ciudadan\\w*|poblacion|beneficiari\\w*|promotor\\w*|lider\\w*|voluntari\\w*|monitor(?:es|as)|cooperativas)" + gap(8)
            + "(?:canaliz\\w*|traslad\\w*|transmit\\w*|elev\\w*|present\\w* (?:\\w+ ){0,4}(?:ante|al|a la|a los)|incid\\w*|dialog\\w*|interpel\\w*|deriv\\w*|refier\\w*|vincul\\w* con|articul\\w* con|activ\\w*|report\\w*|alimentan"
            + "|(?:evalu|vigil|monitore|supervis|califica)\\w* (?:\\w+ ){0,3}(?:calidad|desempeno|funcionamiento))"
            + gap(8) + "(?:autoridades|gobiern\\w*|municipal\\w*|alcaldias?|servicios?|instituciones|institucionales|ministerio|policia|concejos?|planificacion|sistema|estado|comude|cocode|consejos? (?:municipal|comunitari)\\w* de desarrollo|rutas? de (?:derivacion|atencion|referencia)|inspector\\w*|inspeccion|clinicas?)"
            + "|(?:puente|vinculo|dialogo|interfaz|confianza|relacion(?:es)?|canal) entre (?:las )?(?:comunidades|poblacion|ciudadania|mujeres|jovenes) y (?:las |los )?(?:autoridades|instituciones|servicios|gobiernos? locales))\\b");

    // the design keeps the strands apart: each with its own teams or work plan, run separately, any bridge put off
    add(PROTECTION_EMPOWERMENT_LINK, "strands kept apart", Cue.Timing.ABSENCE,
        "\\b(?:(?:each|either) (?:strand|prong|pillar)\\b(?:\\W+\\w+){0,4}?\\W+(?:has|have|will have|with) (?:its|their) own (?:\\w+ ){0,2}(?:work ?plans?|teams?|staff|managers?)"
            + "|(?:strands|prongs|pillars|components)\\b(?:\\W+\\w+){0,6}?\\W+(?:run|are run|operate|are implemented|will be implemented|will run|are managed|will be managed|are carried out|will be carried out) (?:\\w+ ){0,2}(?:separately|independently|in isolation)"
            + "|(?:links?|linkages?|bridges?|synerg\\w*|connections?) (?:\\w+ ){0,3}between the (?:two )?(?:strands|prongs|pillars|components)\\b(?:\\W+\\w+){0,4}?\\W+(?:will|would|could|may|might) be (?:explored|studied|considered|examined|assessed|looked at|discussed)(?:\\W+\\w+){0,5}?\\W+(?:mid-?term|later|second phase|next phase|future))\\b",
        "\\b(?:chaque (?:volet|axe|pilier)\\b(?:\\W+\\w+){0,3}?\\W+(?:dispose|disposera|a|aura|possede)\\b(?:\\W+\\w+){0,3}?\\W+(?:son|ses) propres? (?:plans? de travail|equipes?|personnel|responsables?)"
            + "|(?:volets|axes|piliers|composantes)\\b(?:\\W+\\w+){0,8}?\\W+(?:separement|independamment|de (?:facon|maniere) (?:separee|independante|autonome|cloisonnee))"
            + "|(?:passerelles?|liens?|synergies?|articulations?) (?:\\w+ ){0,2}entre les (?:deux )?(?:volets|axes|piliers|composantes)\\b(?:\\W+\\w+){0,4}?\\W+(?:seront|sera|pourront|pourra|pourraient) (?:etre )?(?:etudie|examine|explore|envisage|analyse|discute)e?s?(?:\\W+\\w+){0,5}?\\W+(?:mi-parcours|plus tard|seconde phase|deuxieme phase|phase suivante))\\b",
        "\\b(?:cada (?:componente|eje|pilar|vertiente)\\b(?:\\W+\\w+){0,3}?\\W+(?:tiene|tendra|cuenta con|contara con|dispone de|dispondra de)\\b(?:\\W+\\w+){0,2}?\\W*(?:su|sus) propi[oa]s? (?:plan(?:es)? de trabajo|equipos?|personal|responsables?)"
            + "|(?:componentes|ejes|pilares|vertientes)\\b(?:\\W+\\w+){0,8}?\\W+(?:por separado|de (?:forma|manera) (?:separada|independiente|aislada)|independientemente)"
            + "|(?:vinculos?|puentes?|sinergias?|articulacion(?:es)?|enlaces?) (?:\\w+ ){0,2}entre (?:los |ambos )?(?:dos )?(?:componentes|ejes|pilares|vertientes)\\b(?:\\W+\\w+){0,4}?\\W+(?:se )?(?:estudiaran|exploraran|analizaran|examinaran|consideraran|evaluaran|podran)(?:\\W+\\w+){0,5}?\\W+(?:medio termino|mitad del|mas adelante|segunda fase|fase siguiente))\\b");

    // ---------------------------------------------------------------- Three Ones
    design(NATIONAL_AIDS_FRAMEWORK, "national HIV/AIDS framework",
        // a national plan of another sector ("the national drought response plan") is no HIV framework
        "\\b(?:national (?:(?!m&e|monitoring|evaluation|drought|disaster|food|nutrition|humanitarian|floods?|climate|development|education|agricultur\\w*|water|cholera|covid|malaria|tuberculosis|tb|gender|youth|migration)[\\w/-]+ ){0,5}?(?:strategic plan|strategic framework|strategy|policy|action plan|action framework|response plan|framework)|national (?:strategic|multi-?sectoral|action) (?:plan|framework)s?"
            + "|nsp|nsf|(?:one|single) (?:agreed )?(?:national )?(?:hiv/aids |aids )?action framework|three ones"
            // a country's plan named without "national" ("Kenya AIDS Strategic Framework", "HIV and AIDS Strategic Plan")
            + "|(?:hiv/aids|hiv and aids|hiv|aids) (?:\\w+ )?(?:strategic (?:plan|framework)|action (?:plan|framework)|policy framework|response (?:plan|framework))"
            // "the State Strategy for Countering HIV/AIDS, Tuberculosis and Viral Hepatitis up to 2030"
            + "|(?:national|state|government) (?:[\\w/-]+ ){0,2}?(?:strategy|strategic plan|programme|program|policy) (?:for|on|to|of|against) (?:[\\w/-]+ ){0,3}?(?:hiv|aids)"
            // a programme that is a plan, not a body: dated ("the National HIV Programme 2023-2027"), the government's own
            // ("the Programme of the Cabinet of Ministers on HIV for 2023-2027") or the country's single one
            + "|national (?:hiv|aids)(?:/aids)? (?:programme|program),? (?:for )?(?:the (?:period|years) )?(?:19|20)\\d\\d"
            + "|(?:programme|program) of the (?:cabinet of ministers|council of ministers|government)\\b(?: [\\w/-]+){0,6}? (?:on|for|against) (?:[\\w/-]+ ){0,2}?(?:hiv|aids)"
            + "|(?:single|one) (?:agreed )?national (?:hiv|aids)(?:/aids)? (?:programme|program)"
            // Lusophone countries' names, kept in Portuguese in proposals in any language
            + "|plano estrategico nacional|plano nacional (?:de resposta|estrategico|multissectorial))\\b",
        "\\b(?:(?:plan|cadre) strategique national\\w*|psn|cadre national (?:de lutte|d'action)|politique nationale (?:de lutte contre le (?:vih|sida)|sur le (?:vih|sida))|plan national (?:de lutte|multisectoriel)"
            + "|cadre d'action (?:national|unique)|trois principes|plano estrategico nacional|plano nacional (?:de resposta|estrategico|multissectorial))\\b",
        "\\b(?:plan estrategico nacional|pen|plan nacional (?:de respuesta|multisectorial|estrategico)|plan estrategico (?:\\w+ ){0,2}(?:de|del|contra el|sobre el) (?:vih|sida)|estrategia nacional (?:de respuesta|contra|del|de) (?:al )?(?:vih|sida)|politica nacional (?:de|del|sobre) (?:vih|sida)"
            + "|marco (?:estrategico|nacional) (?:de respuesta|de accion)|tres unos|plano estrategico nacional|plano nacional (?:de resposta|estrategico|multissectorial))\\b");
    design(NATIONAL_AIDS_AUTHORITY, "national AIDS authority",
        "\\b(?:(?:hiv/|hiv and )?aids (?:action )?(?:council|commission|committee|authority|control (?:council|programme|program)|coordinating (?:authority|body|agency)|secretariat)s?|national hiv(?:/aids)? (?:council|commission|committee|authority)"
            + "|nacc?|naca|nacp|(?<!single )(?<!one )national (?:aids|hiv) (?:control )?programme(?!,? (?:for )?(?:the (?:period|years) )?(?:19|20)\\d\\d)|cnls"
            // "the National Council on TB and HIV/AIDS", "coordinates the national HIV response"
            + "|national (?:council|commission|committee|authority|coordinati(?:ng|on) (?:body|council|authority|committee|board)) (?:on|for|against|to (?:fight|combat|counter)) (?:[\\w/-]+ ){0,3}?(?:hiv|aids)"
            + "|coordinat\\w* (?:of )?the national (?:hiv|aids)(?:/aids)? response|conselho nacional de (?:combate|luta) (?:ao|contra o) (?:hiv|sida)|cncs"
            // a ministry that leads the response where no separate council exists: "leads the national HIV response"
            + "|(?:leads?|led|leading|steers?|directs?|stewardship of) the national (?:hiv|aids)(?:/aids)? response"
            // countries' bodies by their own names: Ethiopia's HAPCO, Tanzania's TACAIDS, Nigeria's NACA, India's NACO,
            // Eswatini's NERCHA, Viet Nam's VAAC (Mexico's CENSIDA, Angola's INLS in the other languages)
            + "|(?:hiv/aids|hiv|aids) prevention and control (?:office|council|commission|secretariat|agency)|f?hapco|tacaids"
            + "|(?:commission|agency) for (?:the control of )?(?:hiv/)?aids|aids control organi[sz]ation|naco|nercha"
            + "|national emergency response council on hiv|administration (?:of|for) hiv/aids control|vaac"
            // Jamaica's National Family Planning Board - Sexual Health Agency, which took over the national HIV programme
            + "|nfpb(?:[ -]sha)?|national family planning board)\\b",
        "\\b(?:(?:conseil|comite|commission|programme|secretariat|instance|cellule)s? (?:\\w+ ){0,3}de lutte contre le (?:vih/)?sida|cnls|pnls|pnmls|instance nationale de coordination"
            + "|secretariat executif du cnls|conselho nacional de (?:combate|luta) (?:ao|contra o) (?:hiv|sida)|cncs"
            + "|(?:coordonn|pilot|dirig|condui)\\w* (?:de )?la riposte nationale (?:au|contre le) (?:vih|sida)|(?:coordination|pilotage) de la riposte nationale (?:au|contre le) (?:vih|sida)"
            + "|hcnls|senls|instituto nacional de luta contra (?:a|o) (?:sida|hiv)|inls)\\b",
        "\\b(?:consejo nacional (?:del|de|para el|de lucha contra el) (?:vih|sida)|comision nacional (?:del|de|contra el|para el) (?:vih|sida)|conasida|consida|conavihsida|programa nacional (?:de|del|contra el) (?:vih|sida|its)"
            + "|coordinacion nacional (?:de|del) (?:vih|sida)|conselho nacional de (?:combate|luta) (?:ao|contra o) (?:hiv|sida)|cncs"
            // "la rectoría y la coordinación de la respuesta nacional al VIH corresponden al Ministerio de Salud"
            + "|(?:rectoria|coordinacion|conduccion|direccion)(?: y (?:la )?(?:rectoria|coordinacion|conduccion))? de la respuesta nacional (?:al|frente al|contra el|ante el) (?:vih|sida)"
            + "|(?:lidera|coordina|conduce|dirige)n? la respuesta nacional (?:al|frente al|contra el|ante el) (?:vih|sida)"
            + "|censida|centro nacional para la prevencion y (?:el )?control del (?:vih|sida)|conamusa)\\b");
    design(NATIONAL_ME_SYSTEM, "national M&E system",
        "(?:\\bnational (?:hiv(?:/aids)? |aids |hiv/sti |hiv and sti |hiv/aids and sti |hiv, sti )?(?:m&e|monitoring and evaluation|monitoring|m and e|reporting|health information|surveillance) (?:system|framework|plan)s?|\\b(?:one|single) (?:agreed )?(?:country-level |national )?(?:m&e|monitoring and evaluation) system"
            + "|\\bnational (?:hiv |aids )?indicators\\b|\\bdhis(?: ?2)?\\b|\\bdistrict health information system\\b|\\bhmis\\b|\\b(?:ministry of health|ministry)'?s? (?:\\w+ ){0,3}?(?:health )?(?:management )?(?:information|reporting) system\\b|\\breport\\w* (?:\\w+ ){0,3}(?:into|through|to) the national (?:\\w+ ){0,3}(?:system|database|council|commission))",
        "\\b(?:systeme national (?:de |d')?(?:suivi[- ](?:et[- ](?:d')?)?evaluation|suivi|information sanitaire|information sur le (?:vih|sida)|s&e)"
            + "|cadre national (?:de )?suivi[- ](?:et[- ](?:d')?)?evaluation|indicateurs nationaux|dhis ?2|snis)\\b",
        "\\b(?:sistema nacional (?:de|del) (?:monitoreo|seguimiento|informacion)(?: y evaluacion)?|sistema de informacion (?:\\w+ ){0,2}(?:de|en) salud|sistema (?:\\w+ ){0,6}?del ministerio de salud|marco nacional de (?:monitoreo|seguimiento) y evaluacion|indicadores nacionales|dhis ?2|sistema unico de (?:monitoreo|informacion))\\b");
    design(PARALLEL_ME_SYSTEM, "separate project M&E system",
        "\\b(?:parallel (?:m&e |monitoring |reporting )?(?:system|database|structure|mechanism)s?|(?:own|separate|project-specific|project-based|independent|stand-?alone) (?:(?:m&e|monitoring(?: and evaluation)?|reporting|data|information) )?(?:system|database|framework|tool)s?)\\b",
        "\\b(?:systemes? (?:de suivi |de s&e |d'information )?parallele\\w*|(?:propre|propres) (?:systeme|base de donnees|dispositif)|(?:systeme|dispositif|base de donnees) (?:de suivi(?:[- ]evaluation)? |d'information )?(?:propre au projet|specifique au projet|distinct|independant))\\b",
        "\\b(?:sistemas? (?:de monitoreo |de seguimiento |de informacion )?paralel\\w*|(?:propio|propia) (?:sistema|base de datos)|(?:sistema|base de datos) (?:de monitoreo |de seguimiento |de informacion )?(?:propio|propia|del proyecto|independiente))\\b");

    // ---------------------------------------------------------------- management and coordination
    design(COORDINATION_MECHANISM, "coordination mechanism",
        // the programme's own staff ("the programme team will visit") is no mechanism; a management or joint team is
        "\\b(?:steering (?:committee|board|group)s?|(?<!community )(?<!village )(?:project|programme|program|joint) (?:management |coordination |coordinating |technical |advisory )?(?:committee|board)s?"
            + "|(?:project|programme|program) (?:management|coordination|coordinating|technical|advisory) teams?|joint (?:programme |project |program |management |technical )?teams?|(?:coordination|coordinating|technical|advisory) (?:committee|board|team|group)s?|technical working groups?|working groups?|task ?forces?"
            + "|(?:regular|monthly|quarterly|joint|bi-?annual|weekly) (?:\\w+ )?(?:coordination |review |partners'? |planning )?meetings?|coordination (?:meetings?|mechanisms?|platforms?|structures?|framework|forums?)"
            + "|(?:partners'?|stakeholders'?|multi-?stakeholder) (?:forums?|platforms?)"
            + "|information[- ]sharing (?:network|mechanism|platform|meetings)|joint (?:planning|review|monitoring) (?:meetings|missions|visits)|multi-stakeholder platforms?"
            // "the programme team meets every month in Hajjah with the three partner organizations"
            + "|meets? (?:every|each) (?:month|quarter|week|two months|three months|six months)\\b(?:\\W+\\w+){0,4}?\\W+with (?:the )?(?:\\w+ )?(?:partners?|partner organi[sz]ations|ngos|organi[sz]ations|implementing partners))\\b",
        "\\b(?:comites? (?:de pilotage|directeurs?|techniques?|de coordination|de suivi|conjoints?|de gestion|consultatifs?)|groupes? (?:de travail|techniques?)|cellule de coordination|unite de (?:coordination|gestion)"
            + "|cadres? de concertation|reunions? (?:de coordination|mensuelles|trimestrielles|conjointes|periodiques|regulieres|de suivi)|plate-?formes? (?:de coordination|multi-?acteurs|d'echange)"
            + "|mecanismes? de coordination|forums? (?:de coordination|des partenaires|de concertation)|task ?force|reseau d'echange)\\b",
        "\\b(?:comites? (?:directivos?|de direccion|de gestion|de coordinacion|tecnicos?|de seguimiento|conjuntos?|consultivos?|interinstitucional(?:es)?)|mesas? (?:tecnicas?|de coordinacion|interinstitucional\\w*|de trabajo)"
            + "|grupos? (?:de trabajo|tecnicos?)|unidad de (?:coordinacion|gestion)|reuniones (?:de coordinacion|mensuales|trimestrales|conjuntas|periodicas|regulares|de seguimiento)"
            + "|plataformas? (?:de coordinacion|multiactor)|mecanismos? de coordinacion|instancias? de coordinacion|(?:foros?|espacios?) de (?:coordinacion|concertacion))\\b");
    design(LEAD_AGENCY_DESIGNATION, "lead agency",
        // a cluster's lead ("lead agency of the protection cluster", "chef de file du cluster") leads no programme
        "\\b(?:(?<!cluster )lead (?:un |united nations )?(?:agency|organi[sz]ation|entity|partner)(?! (?:of|for) the (?:\\w+ ){0,3}(?:cluster|sector))|(?:as|is|be) (?:the )?lead(?:ing)? (?:agency|organi[sz]ation)(?! (?:of|for) the (?:\\w+ ){0,3}(?:cluster|sector))|convening agency|administrative agent"
            + "|will lead the (?:joint )?(?:programme|project|program)|leads? the (?:joint )?(?:programme|project|program)|overall coordination of the (?:joint )?(?:programme|project|program))\\b",
        "\\b(?:chef de file(?! du (?:cluster|secteur|groupe sectoriel))|agence (?:lead|principale|coordonnatrice|de tete)|organisation (?:chef de file|principale)|agence leader|assure(?:ra)? le lead|pilot\\w* (?:le|du) (?:programme|projet) conjoint"
            + "|agent administratif|coordination (?:d'ensemble|generale) du (?:programme|projet))\\b",
        "\\b(?:agencia (?:lider|principal|coordinadora|lead)(?! del (?:cluster|sector))|organismo (?:lider|principal|coordinador)|entidad lider|(?:lidera|liderara|liderar) (?:el|la) (?:programa|proyecto|iniciativa)|(?:como|sera la) (?:agencia )?lider"
            + "|agente administrativ[oa]|coordinacion general del (?:programa|proyecto))\\b");
    design(PROGRAMME_COORDINATOR, "programme coordinator",
        // each agency's own focal point is no programme coordinator ("each agency will assign a focal point")
        "\\b(?:(?:programme|program|project|joint programme) (?:coordinator|manager|focal point)|(?<!agency )(?<!agencies' )(?<!agency's )focal point(?! (?:of|from|for) (?:the |each |its |their )?(?:agency|agencies|own|existing))|coordinator)\\b",
        "\\b(?:coordonnat(?:eur|rice)|coordinat(?:eur|rice)|chef de projet|gestionnaire (?:du )?(?:programme|projet)|points? focaux?|point focal|charge de programme)\\b",
        "\\b(?:coordinador(?:a)?(?: del (?:programa|proyecto))?|gerente del (?:programa|proyecto)|punto focal|puntos focales|jefe de proyecto)\\b");

    // ---------------------------------------------------------------- monitoring and evaluation
    add(ME_INDICATORS, "indicators", Cue.Timing.DEFERRABLE,
        "\\b(?:indicators?|means of verification|kpis?)\\b",
        "\\b(?:indicateurs?|sources de verification|moyens de verification)\\b",
        "\\b(?:indicador(?:es)?|medios de verificacion|fuentes de verificacion)\\b");
    before(ME_BASELINES, "baselines",
        "\\b(?:base ?lines?|baseline (?:data|values?|survey|study))\\b",
        "\\b(?:situation de reference|valeurs? de reference|lignes? de base|situation de base|donnees de base|etude de base|reference de base)\\b",
        "\\b(?:lineas? (?:de )?base|valor(?:es)? de referencia|estudio de base|situacion inicial)\\b");
    add(ME_TARGETS, "targets", Cue.Timing.DEFERRABLE,
        "\\btargets?\\b(?!\\s+(?:groups?|populations?|beneficiar\\w*|communit\\w*|areas?|districts?|audiences?|countr\\w*|municipalit\\w*|provinces?|regions?|villages?|schools?|households?|locations?|sites?))",
        "(?<!groupe )(?<!groupes )(?<!population )(?<!populations )(?<!zone )(?<!zones )(?<!public )(?<!communes )\\b(?:valeurs? cibles?|cibles?)\\b",
        "(?<!poblacion )(?<!grupo )(?<!grupos )(?<!poblaciones )\\bmetas?\\b");
    design(ME_REPORTING, "who reports and when",
        "\\b(?:(?:progress|narrative|financial|annual|quarterly|semi-annual|monthly|final|monitoring|consolidated) (?:reports?|updates)|report(?:s|ing)? (?:on|to|quarterly|annually|monthly|every|twice)"
            + "|(?:merg|consolidat|compil)\\w* (?:\\w+ ){0,3}(?:into|in) (?:one|a single|a consolidated) report"
            + "|reporting (?:schedule|requirements|obligations|line|calendar)|will report|shall report|submit\\w* (?:\\w+ ){0,3}reports?|monitoring (?:visits|missions|plan))\\b",
        "\\b(?:rapports? (?:d'avancement|de progres|narratifs?|financiers?|annuels?|trimestriels?|semestriels?|mensuels?|finals?|de suivi)|rapportage|rapportera|rendra compte|rendre compte"
            + "|soumettr\\w* (?:\\w+ ){0,3}rapports?|missions? de suivi|visites? de suivi|plan de suivi)\\b",
        "\\b(?:informes? (?:de avance|de progreso|narrativos?|financieros?|anual(?:es)?|trimestral(?:es)?|semestral(?:es)?|mensual(?:es)?|final(?:es)?|de seguimiento|de monitoreo)|reportes? (?:trimestrales|anuales|de avance|de progreso)"
            + "|informara|reportara|rendicion de cuentas|presentar\\w* (?:\\w+ ){0,3}informes?|visitas? de (?:seguimiento|monitoreo)|plan de (?:monitoreo|seguimiento))\\b");

    // ---------------------------------------------------------------- sustainability, gender, communication
    // deferrable: an exit strategy "to be defined in the inception phase" is none yet. The words are split over several
    // cues of one kind and detail, each run only where its own words are: as one alternation of some thirty branches
    // this was the costliest cue by far, tried at every character of a tenth of all English sentences.
    addEach(SUSTAINABILITY, "exit and sustainability", Cue.Timing.DEFERRABLE, List.of(
        "\\b(?:exit strateg\\w+|phase[- ]out|phasing out|hand(?:ing)?[- ]?over|handed over|transfer\\w* (?:\\w+ ){0,3}to (?:the )?(?:government|ministry|municipalit\\w+|local authorit\\w+|communit\\w+|district)"
            + "|(?<!environmental )(?<!environmentally )(?<!ecological )sustainab\\w+(?! development| in mind"
            // a practice that spares natural resources or a way of earning ("sustainable pasture management"), not the programme lasting
            + "| (?:pastures?|land|rangelands?|grazing|fisher(?:y|ies)|fishing|forest\\w*|agricultur\\w*|farming|livestock|herding"
            + "|water use|natural resources?|resource (?:use|management)|soils?|harvest\\w*|tourism|livelihoods?|use of)\\b)|national ownership|local ownership|community ownership|ownership by|institutionali[sz]\\w*"
            // after the programme's end, however said ("after the end of the project", "after the programme, the associations")
            + "|after the end of (?:the )?(?:project|programme|program|funding)|after (?:the )?(?:project|programme|program|funding)"
            + "(?:'s (?:end|closure|completion)| (?:ends?|closes|is over|completion)|(?=\\s*[,.;]))"
            + "|takes? over|taken over|taking over|absorb\\w*|assum\\w* (?:the )?(?:responsibility|costs?|running|operation|management|maintenance|funding)|(?:with|from) (?:its|their) own (?:budgets?|resources|funds)|continue\\w* (?:independently|on their own|without (?:the )?(?:project|programme|external))|self-sustain\\w*|mainstream\\w* into"
            + "|beyond the (?:project|programme|program|life of)|continu\\w* (?:\\w+ ){0,4}after (?:the )?(?:project|programme|program|funding)|integrat\\w* (?:\\w+ ){0,6}?into (?:the |its |their )?(?:\\w+ ){0,3}?(?:budgets?|plans?|systems?|services?|programmes?))\\b",
        "\\b(?:(?:includ|inscrib|budget|put|placed?|fund|financ|cover|keep|kept)\\w* (?:\\w+ ){0,8}?(?:in|from) (?:its|their) (?:own )?(?:[\\w'-]+ ){0,3}?(?:budgets?|plans?|schedules?|catalogues?|catalogs?|rosters?|payrolls?|establishment))\\b",
        // "the ministry will take the trained interrupters into its national roster", "the programme hands its pieces to the institutions"
        "\\b(?:(?:take|takes|taking|took|bring|brings|absorb\\w*) (?:\\w+ ){0,4}?into (?:its|their) (?:own )?(?:[\\w'-]+ ){0,3}?(?:rosters?|payrolls?|staff|cadres?|structures?|systems?|programmes?|services?|budgets?|plans?)"
            + "|hand(?:s|ed|ing)? (?!out\\b)(?:its |their |the )?(?:\\w+ ){0,3}?(?:over )?to (?:the )?(?:\\w+ ){0,3}?(?:institutions?|authorit\\w+|government|ministr\\w+|municipalit\\w+|communit\\w+|committees|councils|cooperatives|associations|user groups)"
            + "|(?:after|once|when) it (?:ends|closes|is over)|belong\\w* to (?:their|its|the) (?:members|communit\\w+|owners|users|villages?)"
            // "the NFE unit takes the facilitators onto its budget", "health days already in the DHMTs' operational plans"
            + "|onto (?:its|their) (?:own )?(?:[\\w'-]+ ){0,2}?(?:budgets?|payrolls?|books|establishment)"
            + "|(?:already )?(?:in|into) (?:the )?[\\w-]+(?:'s?|s') (?:own )?(?:[\\w'-]+ ){0,2}?(?:budgets?|plans?|payrolls?))\\b",
        // "the mobile clinics pass to the oblast centres for public health"
        "\\b(?:(?:pass(?:es|ed)?|go(?:es)?|transferred|handed) (?:over )?to (?:the )?(?:\\w+ ){0,3}?(?:authorit\\w+|government|ministr\\w+|departments?|municipalit\\w+|communit\\w+|districts?|centres?|centers?|services|offices?|councils?)"
        // "the exit is planned from the start", "support is phased down", "at its own cost", "adopt the protocol as
            // its standard", "written into a council decision"
            + "|(?:the |an |our )?exit (?:is|will be) (?:planned|phased|prepared|organi[sz]ed)|phased? (?:down|out)|phasing (?:down|out)"
            + "|at (?:its|their) own (?:cost|expense)|adopt\\w* (?:\\w+ ){0,4}?as (?:the |its |their )?(?:own |national |official )?(?:standard|policy|protocol|procedure|norm)"
            + "|into (?:a |the )?(?:council|municipal|ministerial|district|provincial) (?:decisions?|decrees?|by-?laws?|ordinances?|regulations?|resolutions?))\\b"),
        List.of(
        "\\b(?:strategie de sortie|desengagement|passation|prendr\\w* le relais|reprendr\\w*(?! (?:en main|confiance|espoir|courage|le chemin|leur vie|sa vie|l'enquete|les enquetes|l'etude|la collecte|les mesures|les donnees|le questionnaire))|absorb\\w*|assum\\w* (?:la charge|les couts|la responsabilite|la gestion|le fonctionnement|l'entretien|le financement)|sur (?:son|leur|ses|leurs) (?:propre budget|propres budgets|fonds propres|ressources propres)|de maniere autonome|transfert (?:\\w+ ){0,3}(?:aux?|a la) (?:autorites|gouvernement|communes?|communautes|ministere|collectivites|structures)|perennit\\w+|perenn\\w+|durabilite(?! (?:environnementale|ecologique))"
            + "|appropriation (?:nationale|locale|communautaire|par)|institutionnalis\\w+|apres (?:la fin du |le )(?:projet|programme|financement)"
            + "|restent? sous la responsabilite|(?:diminu|redui|retir)\\w* progressivement|(?:prevu|integre)e?s? (?:\\w+ ){0,3}(?:dans|au|a la) (?:(?:son|sa|ses|leur|leurs|le|la) )?(?:\\w+ ){0,2}?(?:plan|budget|dispositif|systeme|reseau)\\w*|au-dela du (?:projet|programme))\\b",
        "\\b(?:integr\\w* dans (?:le |les )?(?:budgets?|plans?) (?:communaux|nationaux|locaux|de developpement)"
            + "|(?:integr|inscri|prendr\\w* en charge|assumer\\w*)\\w* (?:[\\w']+ ){0,8}?dans (?:son|sa|ses|leur|leurs) (?:\\w+ ){0,2}?(?:budgets?|plans?|systemes?|services?|dispositifs?)"
            + "|a (?:ses|leurs) (?:propres )?frais|adopt\\w* (?:\\w+ ){0,4}?comme (?:sa |leur )?(?:norme|standard|protocole|politique|procedure)"
            + "|(?:deliberation|arrete) (?:du conseil|municipal\\w*|communal\\w*|prefectoral\\w*|ministeriel\\w*)|retrait progressif"
            // "s'est engagé à inscrire au budget de la DGSC les salaires des opérateurs"
            + "|(?:inscri|integr|prendr\\w* en charge)\\w* (?:[\\w']+ ){0,8}?(?:au|sur le|dans le) budget (?:de |du |d'|national|ordinaire|de l'etat|communal|municipal))\\b"),
        List.of(
        "\\b(?:estrategia de salida|salida del proyecto|traspaso|asum\\w* (?:los costos|la responsabilidad|el costo|la operacion|la gestion|el funcionamiento|el mantenimiento|el financiamiento|la conduccion)(?! (?:general |global )?del (?:programa|proyecto))|con (?:su|sus) propios? (?:presupuestos?|recursos|fondos)|absorb\\w*|(?:continu|funcion|opera|sosten|manten|segui|sigu|gestion)\\w* (?:\\w+ ){0,3}?de (?:forma|manera) (?:independiente|autonoma)|quedar\\w* institucionalizad\\w*|transferencia (?:\\w+ ){0,3}a (?:las |los |la )?(?:autoridades|gobiernos?|municipalidad\\w*|alcaldias?|comunidades|instituciones|ministerio)"
            + "|(?:integr|incorpor|inclu|inscrib)\\w* (?:\\w+ ){0,6}?(?:en|a) (?:su|sus) (?:\\w+ ){0,2}?(?:sistemas?|presupuestos?|plan|planes|servicios?|programas?|red)|quedar\\w* a cargo de"
            + "|(?:sostenibilidad|sustentabilidad)(?! (?:ambiental|ecologica|del medio ambiente))|apropiaci\\w+ (?:nacional|local|comunitaria|por)|institucionaliz\\w+|despues de(?:l)? (?:fin|cierre|termino) del (?:proyecto|programa|financiamiento)"
            + "|mas alla del (?:proyecto|programa)|incorpor\\w* (?:\\w+ ){0,2}(?:presupuestos?|planes?) (?:municipal\\w*|nacional\\w*|local\\w*)"
            + "|a su (?:propio )?costo|a (?:su|sus) expensas|adopt\\w* (?:\\w+ ){0,4}?como (?:su )?(?:norma|estandar|protocolo|politica|procedimiento)"
            + "|(?:ordenanza|acuerdo|resolucion) (?:municipal|cantonal|provincial|ministerial)|(?:retiro|salida) (?:gradual|progresiv[oa]))\\b"));
    // criteria.md: an analysis, disaggregated targets or indicators, or activities for women and girls with a reason;
    // a label alone ("gender perspective", "enfoque de género", "gender-sensitive") is none of them. An analysis or a
    // disaggregation put off to the inception phase is none yet.
    add(GENDER, "gender analysis or disaggregation", Cue.Timing.DEFERRABLE,
        "\\b(?:gender (?:analysis|assessment|audit|gaps?|roles|norms)"
            + "|sex-disaggregated|sex and age disaggregated|disaggregated by (?:sex|gender)|by sex and (?:by )?age|broken down by (?:sex|gender))\\b",
        "\\b(?:analyse (?:de |selon le |sexo-specifique|du )?genre|desagreg\\w+ par sexe|ventil\\w+ par sexe|par sexe et (?:par )?age)\\b",
        "\\b(?:analisis de genero|desagreg\\w+ por sexo|desglos\\w+ por sexo|por sexo y (?:por )?edad)\\b");
    design(GENDER, "gender-based violence or a share for women",
        "\\b(?:gender-based violence|gender based violence|gbv"
            + "|\\d+ ?% (?:of (?:the )?)?(?:women|female|girls)|(?:women|female|girls) (?:will )?(?:represent|make up|constitute|account for) (?:at least )?\\d+)\\b",
        "\\b(?:violences? (?:basees? sur le|fondees? sur le|de) genre|vbg|\\d+ ?% (?:de |des )?(?:femmes|filles))\\b",
        "\\b(?:violencia (?:basada en(?: el)?|de) genero|vbg|\\d+ ?% (?:de )?(?:mujeres|ninas))\\b");
    // a gender analysis in substance: how women and girls in particular are affected ("widows are evicted", "girls leave
    // school", "las mujeres no tienen acceso a la tierra"), however the proposal labels it
    design(GENDER, "how women and girls are affected",
        "\\b(?:women|girls|widows|female-headed households|adolescent girls|mothers)(?:'s)? (?:\\w+ ){0,2}?(?:are (?:\\w+ ){0,2}?(?:evicted|excluded|denied|married off|forced|exposed|at (?:higher |greater |particular )?risk|more (?:likely|exposed|vulnerable)|less likely|unable|dependent)"
            + "|face (?:\\w+ ){0,2}?(?:risks?|barriers|violence|discrimination)|cannot|lack|leave school|drop out|earn less|have (?:less|no|fewer|limited) (?:access|control|say|land|income|rights))\\b",
        "\\b(?:femmes|filles|veuves|jeunes filles|meres)(?: \\w+){0,2}? (?:sont (?:\\w+ ){0,2}?(?:exclues|privees|mariees|forcees|exposees|chassees|plus (?:exposees|vulnerables|touchees))"
            + "|n'ont pas|ne peuvent pas|abandonnent|quittent l'ecole|subissent|manquent)\\b",
        "\\b(?:mujeres|ninas|viudas|adolescentes|madres)(?: \\w+){0,2}? (?:son (?:\\w+ ){0,2}?(?:excluidas|obligadas|expuestas|forzadas|desalojadas|mas vulnerables)"
            + "|no tienen|no pueden|abandonan|dejan la escuela|sufren|enfrentan|carecen)\\b");
    // the reason after the women or girls ("... because"), or before them ("for these reasons, ... girls")
    design(GENDER, "women and girls targeted for a stated reason",
        "\\b(?:women|girls|female)" + gap(15) + "(?:because|since|as they|given (?:that|their)|due to|who are (?:most |particularly |especially )?(?:vulnerable|affected|at risk)|disproportionately|bear the brunt|are more (?:vulnerable|affected|likely|exposed))\\b"
            + "|\\b(?:for (?:these|this|those|that) reasons?|this is why|that is why)" + gap(15) + "(?:women|girls|female)\\b",
        "\\b(?:femmes|filles)" + gap(15) + "(?:parce qu|car elles|en raison|du fait|particulierement vulnerables|les plus (?:vulnerables|touchees|affectees|exposees)|de maniere disproportionnee|sont plus (?:vulnerables|touchees|exposees))"
            + "|\\b(?:pour (?:ces|cette) raisons?|c'est pourquoi|c'est pour cela que)" + gap(15) + "(?:femmes|filles)\\b",
        "\\b(?:mujeres|ninas)" + gap(15) + "(?:porque|ya que|debido a|dado que|son (?:las )?mas (?:vulnerables|afectadas)|particularmente vulnerables|de manera desproporcionada|estan mas expuestas)\\b"
            + "|\\b(?:por (?:estas|esas|esta|esa) razon(?:es)?|por ello|por eso|es por eso que)" + gap(15) + "(?:mujeres|ninas)\\b");
    design(COMMUNICATION, "communication and outreach",
        "\\b(?:communications? (?:strategy|plan|component|activities|officer|products?|materials?|budget|and (?:outreach|visibility|advocacy))|"
            // outreach as a health or social service ("HIV testing outreach (activities)", "outreach workers") is no communication
            + NOT_AFTER_SERVICE
            + "(?:media|advocacy|outreach|visibility)(?: and (?:communication|media|advocacy|outreach|visibility))? (?:component|budget|strategy|plan|activities|campaigns?)|"
            + NOT_AFTER_SERVICE
            + "outreach(?! (?:workers?|visits?|clinics?|services?|sessions?|teams?|posts?|sites?|testing|vaccination|immuni[sz]ation))"
            + "|visibility|media (?:campaigns?|coverage|engagement|events?|outreach)"
            + "|press (?:releases?|conferences?)|human[- ]interest stories|newsletters?|social media|dissemination (?:of (?:results|lessons|findings|knowledge)|strategy|plan|workshops?|events?)"
            + "|disseminat\\w+ (?:\\w+ ){0,3}(?:results|lessons|findings|good practices)|knowledge products?|advocacy (?:materials|campaigns?))\\b",
        "\\b(?:strategie de communication|plan de communication|composante (?:de )?communication|activites de communication|communication et (?:visibilite|plaidoyer|sensibilisation)|visibilite"
            + "|diffusion des (?:resultats|lecons|bonnes pratiques|connaissances)|diffus\\w+ (?:\\w+ ){0,3}(?:resultats|lecons|bonnes pratiques)|communiques? de presse|medias|reseaux sociaux"
            + "|bulletins? d'information|produits de (?:communication|connaissance)|supports de communication)\\b",
        "\\b(?:estrategia de comunicacion|plan de comunicacion|componente de comunicacion|actividades de comunicacion|comunicacion y (?:visibilidad|difusion|incidencia)|visibilidad"
            + "|difusion de (?:los )?(?:resultados|lecciones|buenas practicas|conocimientos)|difundi\\w+ (?:\\w+ ){0,3}(?:resultados|lecciones|buenas practicas)|comunicados de prensa|medios de comunicacion"
            + "|redes sociales|boletin\\w*|productos de (?:comunicacion|conocimiento)|materiales de comunicacion)\\b");

    // ---------------------------------------------------------------- partners in the design
    before(PARTNERS_IN_DESIGN, "partners took part in the design",
        "\\b(?:(?:participat\\w*|took part|involved|contributed|consulted|engaged|collaborated|helped) (?:\\w+ ){0,3}(?:in|to) (?:the )?(?:\\w+ ){0,3}(?:design|formulation|drafting|preparation|writing|elaboration|conception|planning) (?:workshops?|meetings?|sessions?|process|missions?|of the (?:project|programme|program|proposal|concept note|components))"
            + "|helped (?:to )?(?:design|draft|write|formulate|prepare) (?:the |this |our )?(?:project|programme|program|proposal|concept note|components)"
            + "|consulted on (?:an |the |a |this )?(?:early |first |initial |draft )?(?:concept note|draft|proposal|design|outline)"
            + "|(?:design|formulation|drafting|co-design|co-creation) (?:workshops?|sessions?|meetings?|retreats?)"
            + "|co-?(?:drafted|wrote|authored) |(?:drafted|wrote|validated) (?:\\w+ ){0,3}(?:with the agencies|the (?:final )?proposal|sections? \\d)"
            + "|(?:jointly|collaboratively|together) (?:\\w+ ){0,2}(?:designed|developed|formulated|prepared|written|drafted|elaborated)|co-?(?:designed|developed|created|authored|drafted)"
            + "|(?:proposal|project|programme|concept note|program|design) (?:was|has been|were|is) (?:\\w+ ){0,2}(?:designed|developed|formulated|prepared|written|drafted|elaborated) (?:\\w+ ){0,3}"
            + "(?:with|by|in (?:close )?(?:consultation|collaboration|partnership|cooperation) with) (?:the )?(?:\\w+ ){0,4}(?:partners?|ngos?|government|ministr\\w+|authorit\\w+|civil society|organi[sz]ations|agencies|communit\\w+|counterparts)"
            // partners working on the design with the agencies, or commenting on the draft
            + "|(?:worked|met) (?:together )?with the (?:\\w+ ){0,2}(?:agencies|organi[sz]ations) on (?:the )?(?:\\w+ ){0,2}(?:outputs?|design|proposal|components?|activities|results framework)"
            + "|(?:commented on|reviewed|validated|revised) (?:this|the) (?:first |final )?(?:draft|proposal|concept note)"
            // "the programme was drafted at a three-day writeshop held in Bairiki"
            + "|(?:proposal|project|programme|program|concept note) was (?:not )?(?:drafted|written|designed|developed|prepared|formulated) at (?:a|an|the|two|three|four|joint) (?:[\\w-]+ ){0,3}?(?:writeshops?|workshops?|retreats?|meetings?)"
            + "|\\bwriteshops?\\b)",
        "\\b(?:(?:participe|pris part|associe\\w*|contribue|consulte\\w*|implique\\w*) (?:\\w+ ){0,3}(?:a|aux?) (?:la |l'|les )?(?:\\w+ ){0,3}(?:conception|formulation|elaboration|redaction|preparation|planification) (?:du (?:projet|programme)|de la (?:proposition|note)|\\w+ \\d{4}|\\w+ (?:de|a) \\w+)"
            + "|(?:ateliers?|reunions?|sessions?) (?:de |d')(?:conception|formulation|elaboration|planification|redaction)\\b"
            + "|(?:redige|elabore|valide)e?s? (?:\\w+ ){0,3}(?:avec les agences|la proposition|les sections)"
            // "son équipe a rédigé avec le PAM la présente note"
            + "|(?:redige|elabore|prepare|ecrit|concu)e?s? avec (?:[\\w']+ ){1,4}?(?:la |cette )(?:presente )?(?:note|proposition)"
            + "|(?:elabore|concu|formule|prepare|redige)e?s? (?:\\w+ ){0,2}(?:conjointement|en concertation|en collaboration|en partenariat|de maniere participative)|co-?(?:construit|concu|elabore|redige)e?s?"
            // "la proposition a été élaborée lors de deux ateliers à Kindia avec ..."
            + "|(?:proposition|projet|programme|note(?: conceptuelle)?) a ete (?:elabore|redige|concu|prepare|formule)e? (?:lors d(?:e |')|au cours d(?:e |')|pendant )(?:un|une|des|deux|trois|quatre) (?:[\\w-]+ ){0,2}?ateliers?)",
        "\\b(?:(?:participaron|participado|participo|contribuyeron|consultad\\w*|involucrad\\w*|involucraron|colaboraron) (?:\\w+ ){0,3}en (?:el |la |los |las )?(?:\\w+ ){0,3}(?:diseno|formulacion|elaboracion|redaccion|preparacion|planificacion) (?:del (?:proyecto|programa)|de la (?:propuesta|nota)|de \\w+)"
            + "|(?:taller(?:es)?|reunion(?:es)?|sesion(?:es)?|mingas?|jornadas?|encuentros?) de (?:diseno|formulacion|elaboracion|planificacion|redaccion)\\b"
            + "|(?:redactaron|elaboraron|validaron) (?:\\w+ ){0,3}(?:con las agencias|la propuesta|el capitulo|los capitulos|las secciones)"
            + "|(?:redact|elabor|prepar|escrib)\\w* (?:junto )?con (?:[\\w']+ ){1,4}?(?:la |esta )(?:presente )?(?:nota|propuesta)"
            + "|(?:disenad|elaborad|formulad|preparad|redactad)[oa]s? (?:\\w+ ){0,2}(?:conjuntamente|de manera conjunta|en conjunto|participativamente|de forma participativa|en consulta|en coordinacion|en colaboracion)"
            + "|co-?(?:disenad|construid|elaborad)[oa]s?"
            // "la propuesta se elaboró en dos talleres en Tapachula ... con ..."
            + "|(?:propuesta|proyecto|programa|nota(?: conceptual)?) se (?:elaboro|diseno|formulo|preparo|redacto|construyo) en (?:un|una|dos|tres|cuatro|varios|sucesivos) (?:[\\w-]+ ){0,2}?(?:talleres|taller|jornadas|encuentros|mingas))");
    add(PARTNERS_IN_DESIGN, "partners chosen after the design", Cue.Timing.DEFERRED,
        "\\b(?:partners?|ngos?|organi[sz]ations)\\b" + gap(4) + "(?:will be|are to be|to be|shall be) (?:\\w+ ){0,2}(?:selected|identified|recruited|chosen|contracted|engaged)\\b"
            + "|\\b(?:partners?|ngos?|organi[sz]ations)\\b" + gap(4) + "(?:were|was|have been) (?:\\w+ ){0,2}(?:selected|recruited|chosen|contracted) (?:\\w+ ){0,6}(?:after|once|tender|competitive|call for proposals)",
        "\\b(?:partenaires?|ong|organisations)\\b" + gap(5) + "(?:seront|sera|ont ete|a ete) (?:\\w+ ){0,2}(?:selectionne|identifie|recrute|choisi|retenu|engage)e?s?\\b(?:(?:\\W+\\w+){0,8}?\\W+(?:apres|une fois|appel d'offres|appel a propositions|demarrage))?",
        "\\b(?:socios?|ong|ongs|organizaciones)\\b" + gap(5) + "(?:seran|sera|fueron|fue) (?:\\w+ ){0,2}(?:seleccionad|identificad|contratad|elegid)[oa]s?\\b");
  
    // ---------------------------------------------------------------- the other human security principles (in substance)
    design(PEOPLE_CENTRED, "needs, vulnerabilities and capacities of the people; participation",
        "\\b(?:participatory (?:approach|design|process|planning|methods?|methodology)|(?:needs|vulnerabilities),? (?:and )?(?:vulnerabilities|capacities)|capacities and vulnerabilities"
            + "|(?:as|are) (?:active )?agents|agents of (?:change|their own)|community[- ](?:driven|led)|(?:affected|local) (?:people|populations?|communities) (?:\\w+ ){0,3}(?:decide|prioriti[sz]\\w*|identif\\w*|lead|shape|take part)"
            + "|cent(?:red|ered) on the (?:needs|people|person)|people at the cent\\w+|(?:puts?|places?|putting|placing) (?:\\w+ ){1,3}at the cent(?:re|er)"
            + "|(?:communit\\w+|people|youth|women|villages?|residents|beneficiaries|councils|groups|survivors|households|families|pastoralists|farmers|their own \\w+)(?:\\W+\\w+){0,4}?\\W+(?:decides?|choose|chooses|selects?|nominates?|prioriti[sz]es?|co-design\\w*|own the)\\b"
            + "|\\b(?:owner|community|people|user|youth)[- ](?:driven|led|managed)\\b)\\b",
        "\\b(?:approche participative|demarche participative|processus participatif|methodologie participative|besoins,? (?:et )?(?:les )?vulnerabilites|vulnerabilites et (?:les )?capacites"
            + "|acteurs de (?:leur propre|leur) developpement|agents (?:du|de) changement|(?:populations|communautes|jeunes|femmes|villages?|menages|beneficiaires|qui)(?:\\W+\\w+){0,4}?\\W+(?:decident|choisissent|identifient|priorisent|designent|selectionnent|elisent)"
            + "|(?:place|met) (?:\\w+ ){1,3}au centre|centree?s? sur (?:les |la |l')?(?:jeunes|femmes|communautes|survivant\\w*|menages|personnes|populations|etre humain))\\b",
        "\\b(?:enfoque participativo|proceso participativo|metodologia participativa|necesidades,? (?:y )?vulnerabilidades|vulnerabilidades y capacidades|agentes de (?:cambio|su propio)"
            // "los propios buzos, a través de su asociación y de los comités comunitarios, vigilarán ... y decidirán"
            + "|protagonistas de su|(?:comunidades|poblacion|jovenes|mujeres|familias|hogares|autoridades etnicas|comites comunitarios|propi[oa]s \\w+|que)(?:\\W+\\w+){0,6}?\\W+"
            + "(?:deciden|decidiran|eligen|elegiran|escogen|escogeran|identifican|identificaran|priorizan|priorizaran|seleccionan|seleccionaran)"
            + "|(?:pone|coloca) (?:\\w+ ){1,3}en el centro|centrad[oa]s? en (?:las |los |el |la )?(?:personas|comunidades|jovenes|mujeres|familias|ser humano|sobrevivientes))\\b");
    design(CONTEXT_SPECIFIC, "analysis of the local context",
        "\\b(?:(?:specific|tailored|adapted|geared|designed) (?:for|to) (?:the |each |its |their |local |particular )|shaped by (?:the )?(?:\\w+ ){0,6}of each|(?:local|specific) (?:context|realities|conditions|dynamics|needs) of|(?:context|situation|conflict|vulnerability) analysis"
            // "it is specific to Baidoa": the programme said to be specific to a place
            + "|(?:is|are|remains?) (?:\\w+ )?specific to\\b"
            // "its design follows the realities of the southern oblasts"
            + "|(?:follows|reflects|fits|responds to|mirrors|matches) the (?:local |particular |specific |concrete |distinct )?(?:realities|conditions|context|specificities|circumstances) of"
            // "the design reflects the three districts"
            + "|(?:design|programme|program|project|approach) (?:reflects|follows|fits|responds to|mirrors) (?:the |these |its |their )?(?:\\w+ ){0,2}?(?:districts?|provinces?|regions?|areas?|communit\\w+|municipalit\\w+|townships?|counties|islands?|valleys?|oblasts?|villages?|settlements?|territor\\w+)"
            // "the design follows how life in Karamoja is organised: the split between manyatta and kraal, ..."
            + "|(?:reflects|follows|fits|respects|mirrors) how (?:life|people|society|communities|families|households|land|power|things) (?:[\\w'-]+ ){0,4}?(?:is|are) (?:organi[sz]ed|structured|run|governed|shared|divided)"
            // "it is built for the Bekaa: works are scheduled for the winter months"
            // "it is built around the particular situation of each place"
            + "|(?:built|designed|tailored|shaped|adapted|geared|made) (?:for|to|around) (?:the )?(?:particular |specific |local |distinct |own |unique |concrete )?(?:situation|context|conditions|realities|circumstances) of (?:each|every|the|these|its|their)"
            + "|(?:is|are) (?:built|designed|tailored|shaped|made) (?:for|to|around) (?:the |these |this |its |their )?(?!(?:people|persons?|communit|beneficiar|women|youth|needs)\\b)(?:[\\w'-]+ ){0,4}?[\\w'-]+(?=:)"
            + "|specific to (?:the |these |its |their |each )?(?:[\\w'-]+ ){0,3}?(?:districts?|provinces?|regions?|areas?|communit\\w+|municipalit\\w+|countr\\w+"
            + "|villages?|unions?|towns?|neighbou?rhoods?|settlements?|zones?|wards?|count(?:y|ies)|islands?|valleys?)|local (?:realities|specificities|dynamics))\\b",
        "\\b(?:adapte\\w* (?:au|aux|a la|a l') (?:contexte|realites|specificites|conditions|besoins)"
            // "il tient compte de la réalité de trois communes"
            + "|tien\\w* compte (?:de la|des) (?:realites?|specificites|particularites|conditions) (?:de|des|du|locales?)"
            // "il est propre à la bande agropastorale du nord : son calendrier suit la transhumance"
            + "|(?:est|sont) (?:propres?|concue?s?|pensee?s?) (?:au |aux |(?:a|pour) (?:la |le |l'|les |ce |cette |ces ))(?:[\\w'-]+ ){0,10}?[\\w'-]+(?= ?:)|specifiques? (?:au|aux|a la|a l')|realites locales|specificites locales|contexte local|analyse (?:du contexte|de (?:la )?situation|de vulnerabilite|des conflits))\\b",
        "\\b(?:adaptad\\w* (?:al|a la|a las|a los|a cada) (?:contexto|realidad\\w*|condiciones|especificidades|necesidades)"
            // "está adaptado a una frontera concreta"
            + "|adaptad\\w* a (?:una|un|esta|este|cada|su|sus) (?:\\w+ ){0,2}?(?:concret\\w*|especific\\w*|particular\\w*|propi\\w*)"
            // "está pensado para estos ríos, con sus distancias"
            + "|(?:esta|estan|es|son) (?:pensad|disenad|concebid|hech)[oa]s? para (?:est[oa]s?|es[oa]s?|aquell[oa]s) "
            // "está pensado para el Chaco semiárido y sus comunidades: agua subterránea salada, ..."
            + "|(?:esta|estan|es|son) (?:pensad|disenad|concebid|hech|adaptad|ajustad)[oa]s? (?:para|a) (?:el |la |los |las )(?:[\\w'-]+ ){0,8}?[\\w'-]+(?= ?:)"
            + "|(?:responde|se ajusta|atiende|se adapta) a (?:la|las) realidad(?:es)? (?!(?:de (?:la|las) (?:personas|mujeres))\\b)[\\w'-]+|especific\\w* (?:al|del|de la|para)|realidades locales|especificidades locales|contexto local|analisis (?:de contexto|del contexto|situacional|de (?:la )?situacion|de vulnerabilidad|de conflictos))\\b");
    design(PREVENTION_ORIENTED, "root causes, early warning, resilience",
        // "resilience" as the name of a part of another's plan ("the resilience pillar of the Jordan Response Plan") is not the programme's
        "\\b(?:root causes?|underlying causes?|structural causes?|early[- ]warning|prevent(?:ion|ing|s)?|resilien\\w*(?! (?:pillar|window|component|track|chapter)s? of\\b)|risk reduction|preparedness|anticipatory"
            // mitigating a hazard's harm, not the programme's own risks ("Table 4: Main risks and mitigation", "mitigation measures")
            + "|(?<!risks and )(?<!risk and )mitigat\\w*(?! measures?\\b)(?! (?:\\w+ )?risks?\\b)"
            // "it is meant to head off violence before it happens", "the idleness that drives conflict"
            + "|head(?:s|ed|ing)? off|before (?:it|they|violence|conflict|a crisis|the crisis|disaster|shocks?|the next \\w+) (?:happens?|occurs?|strikes?|escalates?|erupts?|breaks? out|hits?|comes?)"
            + "|(?:that|which) drives? (?:the )?(?:conflict|violence|displacement|migration|tensions?)|drivers of (?:conflict|violence|displacement|migration|tension|risk)|warning of (?:rising|growing|new)"
            // "dialogue committees flag disputes early", "the causes of non-return are addressed"
            + "|(?:flag|detect|spot|catch|signal)\\w* (?:\\w+ ){0,3}early|act before harm|causes of (?:non-return|conflict|violence|displacement|disputes?) (?:\\w+ ){0,2}(?:are|is|will be) (?:addressed|tackled))\\b",
        "\\b(?:causes (?:profondes|sous-jacentes|structurelles|premieres)|alerte precoce|prevention|prevenir|resilien\\w*|reduction des risques|attenu\\w*|preparation aux"
            // "il cherche à agir avant plutôt qu'après", "les signaux d'alerte déclenchent l'aide à temps"
            + "|agir avant|anticip\\w*|signaux d'alerte|systemes? d'alerte|avant que (?:la crise|le choc|les conflits?|la violence)"
            + "|(?:ce qui|les facteurs qui) (?:fait|font|pousse|poussent|conduit|conduisent|mene|menent) (?:\\w+ ){0,3}(?:basculer|crise|conflit|violence|migr\\w*|partir))\\b",
        "\\b(?:causas (?:profundas|fundamentales|subyacentes|estructurales|de fondo)|alerta temprana|prevencion|prevenir|resilien\\w*|reduccion de(?:l)? riesgos?|mitigaci\\w*|preparacion (?:ante|para)"
            // "busca adelantarse a los problemas antes de que estallen", "atacar las causas que llevan a migrar"
            + "|anticipa(?:rse|torias?|cion)|adelantarse|antes de que (?:\\w+ ){0,3}(?:estallen|estalle|lleguen?|ocurran?|se agraven?|escalen?)|causas que (?:llevan|empujan|provocan|generan))\\b");
  }

  /** Each language's scan, built when a sentence of that language is first read (a cold check reads one language). */
  private static final Map<String, SentenceScan> SCANS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The {@link SentenceScan} of a language; English for any other code. */
  static SentenceScan scan(String language) {
    return SCANS.computeIfAbsent(Languages.orEnglish(language), SentenceScan::of);
  }

  /**
   * Everything {@link SignalExtractor} looks for in a sentence, as one set so that a sentence is read once: the cues
   * (in the order of {@link #of}), the sector words, the principle keywords (in the order of {@code principles}),
   * then the past-project and the HIV patterns.
   *
   * @param sectors     the position of the first sector word
   * @param keywords    the position of the first principle keyword
   * @param principles  the principle each keyword names, in order
   * @param pastProject the position of {@link #PAST_PROJECT}'s pattern
   * @param hiv         the position of {@link #HIV}'s pattern
   */
  record SentenceScan(PatternSet set, int sectors, int keywords, List<SignalKind> principles, int pastProject, int hiv) {
    static SentenceScan of(String language) {
      List<Pattern> all = new ArrayList<>(patterns(Lexicon.of(language).stream().map(Cue::pattern).toList()));
      int sectors = all.size();
      all.addAll(SECTORS.get(language));
      int keywords = all.size();
      List<SignalKind> principles = List.copyOf(PRINCIPLE_WORDS.get(language).keySet());
      for (SignalKind k : principles) all.add(PRINCIPLE_WORDS.get(language).get(k).pattern());
      int pastProject = all.size();
      all.add(PAST_PROJECT.get(language));
      all.add(HIV.get(language).pattern());
      return new SentenceScan(new PatternSet(all), sectors, keywords, principles, pastProject, pastProject + 1);
    }
  }

}
