package org.hscheck.extract.text;

import java.util.Map;

/**
 * The cue lexicons of one language, as patterns over folded text ({@link Text#fold}: lower case, no accents)
 * unless said otherwise.
 *
 * @param negation      negators that deny the whole clause ("not", "n't", "has not yet", "n'a pas", "no se ha")
 * @param negDeterminer negators that deny the noun phrase right after them ("no", "without", "rather than", "aucun",
 *                      "au lieu de", "sin", "en lugar de")
 * @param planned       future and deferral ("will be conducted", "is planned", "in the first quarter", "upon start")
 * @param deferral      deferral to after the start only ("in the first quarter", "upon start", "to be determined", "later")
 * @param plannedLower  future verb morphology, over lower-cased text with accents kept ("realizará", "permettra")
 * @param done          past and completion ("was conducted", "were held", "in 2023 we", "a été menée", "se realizó")
 * @param doneLower     past verb morphology, over lower-cased text with accents kept ("ont participé", "realizaron")
 * @param boundary      where a clause ends inside a sentence (";", ", but", ", which", "mais", "sin embargo")
 * @param subordinator  words opening a subordinate clause that the next comma closes ("because", "parce que", "porque")
 * @param relativizer   words opening a relative clause ("who", "which", "that", "qui", "que")
 * @param condition     words opening a condition yet to be met ("once", "une fois que", "una vez que"): a perfect after
 *                      them has not happened ("once inception consultations have taken place")
 * @param purpose       what, right after a negator, sets a purpose aside rather than denying ("not to decide",
 *                      "pas pour", "no para")
 * @param backReference a denial of what the sentence named before it, pointed at by a pronoun ("because the national plan
 *                      is about to expire, the output is not built on it", "ne s'en inspire pas", "no se basa en él")
 * @param notMerely     a negator that only sets the trigger against something less, read from the negator on ("are not
 *                      mere beneficiaries", "ne sont pas de simples bénéficiaires", "no son solo destinatarias"): it
 *                      affirms more and denies nothing
 */
public record Cues(UnicodePattern negation, UnicodePattern negDeterminer, UnicodePattern planned, UnicodePattern deferral,
                   UnicodePattern plannedLower, UnicodePattern done, UnicodePattern doneLower, UnicodePattern boundary,
                   UnicodePattern subordinator, UnicodePattern relativizer, UnicodePattern condition,
                   UnicodePattern purpose, UnicodePattern backReference, UnicodePattern notMerely) {

  /** Matches nothing: a lexicon a language does not need. */
  static final UnicodePattern NEVER = UnicodePattern.compile("$^");

  private static final Cues EN = new Cues(
      p("\\bnot\\b(?!\\s+only\\b)|n't\\b|\\bnever\\b|\\bneither\\b|\\bnor\\b|\\bcannot\\b|\\b(?:has|have|had|is|are|remains?) yet to\\b"
          + "|\\byet to be\\b|\\bfail(?:s|ed)? to\\b|\\bno longer\\b|\\bnone\\b|\\bnothing\\b|\\bnobody\\b|\\bno one\\b"
          + "|\\black(?:s|ed)\\b(?!\\s+of)|\\bnot yet\\b"
          // left out of the proposal's scope: "building resilience falls outside what can be achieved in 18 months"
          + "|\\bfall(?:s|ing)? outside\\b|\\b(?:is|are|lies?|remains?) (?:outside|beyond) (?:the |its |our |this |what )(?:scope|remit|mandate|reach|programme|project|can\\b)"
          + "|\\bout of scope\\b|\\bbeyond (?:the|its|our) scope\\b"),
      // "no (separate) budget is foreseen for X" denies X: first, so that it wins over the bare "no" at the same place
      p("\\bno (?:separate |specific |dedicated |additional |particular )?(?:budget|funds?|funding|resources|allocation|budget line)s? (?:\\w+ ){0,3}?for\\b"
          + "|\\bno\\b(?![-.]\\s*\\d)(?!-)|\\bwithout\\b|\\black of\\b|\\babsence of\\b|\\bzero\\b|\\brather than\\b|\\binstead of\\b|\\bin place of\\b"),
      p("(?<!political )(?<!good)(?<!free )\\bwill\\b|\\bshall\\b|\\bwould\\b|\\b(?:is|are) (?:still )?to be\\b|\\bto be (?:\\w+ed|done|undertaken|held|set up|drawn up|built|run)\\b"
          + "|\\b(?:is|are|was|were) (?:being )?(?:planned|scheduled|foreseen|envisaged|expected|intended|proposed)\\b"
          + "|\\b(?:plans?|planned|intends?|aims?|going|expects?) to\\b|\\bupon (?:the )?(?:project'?s? )?(?:start|commencement|inception|approval|launch|signature)"
          + "|\\b(?:at|after|during|in|within) (?:the )?(?:project'?s? )?(?:start|beginning|inception|launch|outset|commencement|start-up|initial phase|inception phase|first (?:month|months|quarter|weeks?|semester|phase|year|six months|three months))\\b"
          + "|\\bonce (?:the )?(?:project|programme|program|funding) (?:starts|begins|is approved|has started|is launched|is funded)"
          + "|\\bfirst quarter\\b|\\binception (?:phase|period|workshop|report)\\b|\\bforthcoming\\b|\\bupcoming\\b|\\bfuture\\b|\\bnext (?:year|phase|step)\\b"),
      p("\\b(?:upon|after|once|following) (?:the )?(?:project'?s? |programme'?s? )?(?:start|commencement|inception|approval|launch|signature|funding)\\b"
          + "|\\b(?:at|during|in|within) (?:the )?(?:start|beginning|inception|launch|outset|first (?:month|months|quarter|weeks?|semester|phase|year|six months|three months))\\b"
          + "|\\binception\\b|\\bfirst quarter\\b|\\bto be (?:determined|defined|developed|established|set|agreed|confirmed|identified|finali[sz]ed|collected|designed|prepared"
          + "|discussed|decided|explored|considered|clarified|worked out)\\b"
          + "|\\blater\\b|\\bonce (?:the )?(?:project|programme|program|funding) (?:starts|begins|is approved|has started|is launched|is funded)|\\btbd\\b"
          // the planning itself put off to a later part of the programme: "will be developed during the second year"
          + "|\\b(?:will|shall|is to|are to) be (?:\\w+ ){0,2}?(?:developed|drawn up|defined|designed|elaborated|prepared|formulated|agreed|worked out|discussed|determined|decided|written|fixed|set|studied|examined|considered|looked at|addressed|explored|reviewed)"
          + " (?:[\\w'-]+ ){0,8}?(?:(?:during|in|within|by|at|after|towards) (?:the )?(?:second|third|fourth|final|last|mid-?term|course of the (?:second|third|final|last)"
          + "|(?:month|quarter|year|semester) (?:[2-9]|\\d\\d))|(?:once|when|after) (?:the |its |their )?(?:results|findings) (?:are|is) (?:known|available|in))\\b"
          // talks or planning that only begin later: "discussions on the handover will start in the second year"
          + "|\\b(?:discussions?|talks|negotiations?|consultations?|dialogue|planning)\\b (?:[\\w'-]+ ){0,8}?(?:will|shall) (?:only )?(?:start|begin|commence|get under way)\\b (?:[\\w'-]+ ){0,8}?(?:during|in|within|by|at|after|towards) (?:the )?"
          + "(?:second|third|fourth|final|last|mid-?term|(?:month|quarter|year|semester) (?:[2-9]|\\d\\d))\\b"
          // only hoped for: "we hope that the groups will continue", "it would be desirable"
          + "|\\b(?:we|they) (?:hope|wish)\\b|\\bhopefully\\b|\\bit (?:would|will) be (?:desirable|advisable)\\b|\\bit is (?:to be )?hoped\\b"
          // trust and conditions on means: "the partners are confident that", "if resources allow"
          + "|\\b(?:are|is|remain|we are) confident that\\b|\\bwe (?:trust|count on|rely on)\\b"
          + "|\\b(?:if|when|as) (?:resources|funds|funding|budgets?|means) (?:allow|permit)s?\\b|\\bresources permitting\\b"
          // expected to go on by itself: "many savings groups are expected to continue on their own", "the agencies expect that"
          + "|\\b(?:is|are) expected to (?:continue|remain|carry on|keep|survive|sustain)\\b|\\bexpects? that\\b|\\bmay consider\\b"
          // left to the full proposal: "the exit strategy will be developed in the full proposal"
          + "|\\b(?:in|for|at) the (?:full|complete|final) proposal(?: stage)?\\b"
          // left to a condition yet unknown: "sustainability will depend on the capacity of the councils"
          + "|\\b(?:will|would) (?:largely |mainly |entirely )?depend (?:on|upon)\\b"
          // a takeover that only could happen: "if it obtains posts, the directorate could take over the staffing"
          + "|\\b(?:could|might) (?:\\w+ )?(?:take over|continue|absorb|assume|fund|finance|maintain|be taken over|be absorbed|be continued"
          + "|be (?:integrated|incorporated|mainstreamed|institutionali[sz]ed|handed over|transferred|taken on))\\b"),
      NEVER,
      p("\\b(?:was|were|has been|have been|had been)\\b(?!\\s+(?:being\\s+)?(?:planned|scheduled|foreseen|envisaged|expected|proposed))"
          + "|\\b(?:has|have|had) (?:\\w+ly )?(?:\\w+ed|undertaken|done|held|met|taken|made|given|sought|brought|led|run|begun|written|drawn|built)\\b"
          + "|\\btook place\\b|\\bundertook\\b|\\balready\\b|\\bpreviously\\b|\\blast year\\b|\\bearlier this year\\b"
          + "|\\bprior to (?:the )?(?:design|formulation|preparation|drafting|development|writing|submission)"
          + "|\\bbefore (?:the )?(?:project )?(?:design|formulation|preparation|drafting|writing|submission)"
          + "|\\bduring (?:the )?(?:design|formulation|preparation|drafting|development|writing)(?: phase| stage| process| of)?\\b"
          + "|\\bin (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\\d\\d,? (?:we|they|the team|partners)\\b"
          + "|\\b(?:we|they) (?:\\w+ly )?\\w+ed\\b"),
      NEVER,
      p(";|:\\s|\\(|\\)|\\s-\\s|,\\s*(?:and|but|yet|which|who|whom|whose|where|whereas|while|so|although|though)\\b"
          + "|\\b(?:but|however|whereas|although|though|nevertheless|nonetheless|because|since)\\b|\\binstead\\b(?!\\s+of\\b)"),
      p("^\\s*(?:because|since|as|if|when|whenever|given that|although|though|while|due to|as a result of|in order to|unless|until)\\b"),
      p("\\b(?:who|which|that|whose|where|whom)\\b"),
      p("\\b(?:once|as soon as)\\b(?!\\s+(?:a|an|per|every|again|more|or|and|in|only|twice)\\b)"),
      // "the 2024 assessments were not designed as a baseline": what the trigger was for is denied, not the trigger
      p("\\s*(?:to|for|in order to|(?:designed|intended|meant|conceived) (?:as|to be|for))\\b"),
      p("\\b(?:not|never|n't) (?:\\w+ ){0,2}?(?:built|based|founded|grounded|aligned|align|follow\\w*|draw\\w*|rel(?:y|ies|ied)|use|used|apply|applied|refer\\w*|linked|tied)"
          + " (?:on |upon |with |to |from |by )?(?:it|them)\\b"),
      p("(?:not|n't)\\s+(?:[\\w'-]+\\s+){0,2}?(?:just|merely|simply|mere|only)\\b"));

  private static final Cues FR = new Cues(
      p("\\bne\\b|\\bn'|\\bpas encore\\b|\\bjamais\\b|\\bni\\b|\\bnullement\\b|\\brien\\b|\\bpersonne ne\\b|\\bnon encore\\b"
          + "|\\breste(?:nt)? a (?:faire|mener|realiser|conduire|organiser|definir|etablir)\\b|\\bfait defaut\\b|\\bmanquent?\\b"
          + "|\\bhors (?:du )?(?:champ|perimetre)\\b"),
      p("\\baucune?s?\\b|\\bsans\\b|\\babsence d(?:e\\b|es\\b|u\\b|')|\\bmanque d(?:e\\b|es\\b|u\\b|')|\\bpas d(?:e\\b|')|\\bnul(?:le)?s?\\b"
          + "|\\bau lieu d(?:e\\b|u\\b|es\\b|')|\\bplutot qu(?:e\\b|')"),
      p("\\bsera\\b|\\bseront\\b|\\bva etre\\b|\\bvont etre\\b|\\baura lieu\\b|\\bauront lieu\\b|\\bprevue?s?\\b|\\bprevoit\\b|\\bprevoient\\b|\\bprevoyons\\b"
          + "|\\ba (?:mener|realiser|conduire|effectuer|organiser|definir|etablir|determiner|elaborer|mettre en place)\\b"
          + "|\\b(?:au|des le|apres le|lors du|a partir du) (?:demarrage|debut|lancement)\\b|\\bphase (?:de demarrage|initiale|de lancement|preparatoire)\\b"
          + "|\\b(?:premier|1er) (?:trimestre|semestre|mois)\\b|\\bpremiers mois\\b|\\bpremiere annee\\b|\\bune fois (?:que )?(?:le|la) (?:projet|programme|financement)\\b"
          + "|\\ba l'avenir\\b|\\bulterieurement\\b|\\bprochainement\\b|\\bfutur(?:e|s|es)?\\b|\\ben vue de\\b"),
      p("\\ba (?:determiner|definir|elaborer|etablir|preciser|identifier|discuter|convenir|decider)\\b|\\b(?:au|des le|apres le|lors du|a partir du) (?:demarrage|debut|lancement)\\b"
          + "|\\batelier (?:de demarrage|de lancement)\\b"
          + "|\\bphase (?:de demarrage|initiale|de lancement)\\b|\\b(?:premier|1er) (?:trimestre|semestre|mois)\\b|\\bpremiers mois\\b|\\bulterieurement\\b|\\bplus tard\\b"
          + "|\\bune fois (?:que )?(?:le|la) (?:projet|programme|financement)\\b|\\bapres (?:l'|son )?approbation\\b"
          // "sera élaborée avec les autorités au cours de la deuxième année"
          + "|\\b(?:sera|seront) (?:\\w+ ){0,2}?(?:elabore|definie?|defini|concu|prepare|formule|arrete|discute|redige|mise? au point|etabli|etudie|examine|abordee?|traite|analyse|envisage)e?s?"
          + " (?:[\\w'-]+ ){0,8}?(?:au cours de|pendant|durant|lors de|a|apres|d'ici|vers|au) (?:la |le |l')?(?:deuxieme|troisieme|derniere|dernier|seconde?|mi-parcours|revue a mi-parcours"
          + "|(?:mois|trimestre|semestre|annee) (?:[2-9]|\\d\\d))\\b"
          // "les discussions sur le transfert commenceront au cours de la deuxième année"
          + "|\\b(?:discussions?|negociations?|concertations?|consultations?|dialogue|planification)\\b (?:[\\w'-]+ ){0,8}?(?:commencer|debuter|demarrer|s'engager)(?:a|ont)\\b (?:[\\w'-]+ ){0,8}?(?:au cours de|pendant|durant|lors de|a|apres|d'ici|vers|au|des) (?:la |le |l')?"
          + "(?:deuxieme|troisieme|derniere|dernier|seconde?|mi-parcours|(?:mois|trimestre|semestre|annee) (?:[2-9]|\\d\\d))\\b"
          // only hoped for: "nous espérons que les groupes continueront", "il serait souhaitable"
          + "|\\b(?:nous )?esperons\\b|\\bon peut esperer\\b|\\bil (?:serait|sera) souhaitable\\b|\\bdependr(?:a|ont|ait|aient) (?:largement |surtout |entierement )?d[eu']"
          + "|\\bdans la proposition complete\\b|\\blors de (?:la formulation de )?la proposition complete\\b"
          + "|\\b(?:nous )?compt(?:ons|e|ent) (?:aussi |egalement )?sur\\b|\\b(?:sommes|est|sont) confiante?s? (?:que|dans)\\b"
          + "|\\bsi (?:les |leurs |ses )?(?:moyens|ressources|budgets?|financements?) le permett\\w*\\b"
          + "|\\b(?:pourrait|pourraient) (?:\\w+ )?(?:reprendre|prendre le relais|assumer|financer|poursuivre|continuer|absorber"
          + "|etre (?:integree?s?|reprise?s?|prise?s? en charge|institutionnalisee?s?|transferee?s?|absorbee?s?))\\b"),
      p("\\b\\p{L}{2,}(?:era|eront|ira|iront|ra|ront)\\b(?<!\\bextra)(?<!\\bopera)(?<!\\bsahara)(?<!\\bsierra)(?<!\\bultra)(?<!\\bcontra)(?<!\\bcamera)"),
      p("\\ba ete\\b|\\bont ete\\b|\\bavait ete\\b|\\bavaient ete\\b|\\bfut\\b|\\bfurent\\b|\\ba eu lieu\\b|\\bont eu lieu\\b|\\bdeja\\b|\\bau prealable\\b|\\bprealablement\\b"
          + "|\\blors de (?:la|l') ?(?:conception|formulation|preparation|elaboration|redaction)\\b|\\ben amont\\b"
          + "|\\bavant (?:la|le|l') ?(?:conception|formulation|elaboration|redaction|preparation|soumission)\\b|\\bl'an dernier\\b|\\bl'annee derniere\\b"
          + "|\\ben (?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) )?(?:19|20)\\d\\d,? (?:nous|ils|elles|l'equipe|les partenaires)\\b"),
      p("\\b(?:a|ont|avons|avait|avaient|avions)\\s+(?:\\p{L}+ment\\s+)?(?:été|\\p{L}{2,}(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|ite|ites))\\b"),
      p(";|:\\s|\\(|\\)|\\s-\\s|,\\s*(?:et|mais|qui|dont|lesquels|lesquelles|laquelle|lequel|ou bien|tandis que|alors que|bien que|car)\\b"
          + "|\\b(?:mais|cependant|toutefois|tandis que|alors que|bien que|par contre|en revanche|neanmoins|pourtant|parce que|puisque|car)\\b"),
      p("^\\s*(?:parce que|puisque|comme|si|lorsque|quand|etant donne|vu que|en raison de|bien que|afin de|pour que|tant que|faute de)\\b"),
      p("\\b(?:qui|que|qu'|dont|ou|lesquels|lesquelles|laquelle|lequel)"),
      // "une fois que le diagnostic sera fait", "une fois le diagnostic terminé" (not "une fois par an")
      p("\\b(?:une fois que|des que|une fois (?:le|la|les|l'|ce|cette|ces|son|sa|ses|leurs?)\\b)"),
      p("\\s*(?:pour|afin de|(?:ont |a |sont |est )?(?:pas )?(?:ete )?(?:concue?s?|pensee?s?) comme)\\b"),
      p("\\bne (?:s'en|s'y|le|la|les) (?:\\w+ )?(?:inspire|appuie|fonde|base|aligne|suit|suivra|utilise|applique|refere)\\w* (?:pas|plus|jamais)\\b"),
      p("(?:ne|n')\\s*(?:[\\w'-]+\\s+){1,3}?pas (?:de |des |d')?(?:simples?|seulement|uniquement)\\b"));

  private static final Cues ES = new Cues(
      p("\\bno\\b(?!\\s+(?:solo|solamente|unicamente|gubernamental(?:es)?)\\b)(?![-.]\\s*\\d)|\\bnunca\\b|\\bjamas\\b|\\btodavia no\\b|\\baun no\\b|\\bni\\b|\\btampoco\\b"
          + "|\\bnadie\\b|\\bnada\\b|\\bcarece(?:n)?\\b|\\bfalta(?:n)?\\b(?!\\s+de)|\\bqueda(?:n)? (?:pendiente|por)\\b|\\bsigue(?:n)? pendiente"
          + "|\\b(?:queda(?:n)?|esta(?:n)?) fuera del (?:alcance|ambito)\\b"),
      p("\\bningun(?:o|a|os|as)?\\b|\\bsin\\b|\\bfalta de\\b|\\bausencia de\\b|\\bcarencia de\\b|\\ben lugar de\\b|\\ben vez de\\b"),
      p("\\bse llevaran? a cabo\\b|\\bse realizaran?\\b|\\bestan? previst[oa]s?\\b|\\bprevist[oa]s?\\b|\\bse preve(?:n)?\\b|\\bprevemos\\b|\\bplanificad[oa]s?\\b"
          + "|\\bpor (?:realizar|definir|establecer|determinar|elaborar)\\b|\\ba realizar\\b|\\bvan? a (?:ser|realizar|llevar|hacer)\\b"
          + "|\\b(?:al|tras el|despues del|durante el|desde el|a partir del) (?:inicio|arranque|comienzo|lanzamiento)\\b|\\bfase (?:de inicio|inicial|de arranque|preparatoria)\\b"
          + "|\\bprimer (?:trimestre|mes|semestre|ano)\\b|\\bprimeros (?:meses|tres meses|seis meses)\\b|\\buna vez (?:que )?(?:iniciado|aprobado|inicie|comience|se apruebe)"
          + "|\\ben el futuro\\b|\\bposteriormente\\b|\\bproximamente\\b|\\bfutur[oa]s?\\b"),
      p("\\bpor (?:determinar|definir|establecer|elaborar|discutir|acordar|decidir)\\b|\\b(?:al|tras el|despues del|durante el|desde el|a partir del) (?:inicio|arranque|comienzo|lanzamiento)\\b"
          + "|\\btaller (?:de inicio|de arranque|de lanzamiento)\\b"
          + "|\\bfase (?:de inicio|inicial|de arranque)\\b|\\bprimer (?:trimestre|mes|semestre)\\b|\\bprimeros (?:meses|tres meses|seis meses)\\b"
          + "|\\buna vez (?:que )?(?:iniciado|aprobado|inicie|comience|se apruebe)|\\bposteriormente\\b|\\bmas adelante\\b|\\bdespues de (?:la )?aprobacion\\b"
          // "se elaborará durante el segundo año", "se definirá durante el último semestre"
          + "|\\bse (?:elaborar|definir|disenar|preparar|formular|acordar|discutir|redactar|establecer|determinar|estudiar|examinar|analizar|abordar|considerar)an?\\b"
          + " (?:[\\w'-]+ ){0,8}?(?:durante|en|a lo largo de|al|tras|despues de|hacia) (?:el |la |los |las )?(?:segundo|segunda|tercer|tercero|tercera|ultimo|ultima|final|medio termino|revision de medio termino"
          + "|(?:mes|trimestre|semestre|ano) (?:[2-9]|\\d\\d))\\b"
          // "las conversaciones sobre el traspaso comenzarán durante el segundo año"
          + "|\\b(?:conversaciones|discusiones|negociaciones|consultas|dialogo|planificacion)\\b (?:[\\w'-]+ ){0,8}?(?:se )?(?:comenzar|empezar|iniciar)an?\\b (?:[\\w'-]+ ){0,8}?(?:durante|en|a lo largo de|al|tras|despues de|hacia|a partir de(?:l)?) (?:el |la |los |las )?"
          + "(?:segundo|segunda|tercer|tercero|tercera|ultimo|ultima|final|medio termino|(?:mes|trimestre|semestre|ano) (?:[2-9]|\\d\\d))\\b"
          // only hoped for: "esperamos que las alcaldías asuman", "sería deseable"
          + "|\\bcontamos con que\\b|\\bsi (?:los |sus )?(?:recursos|presupuestos?|fondos|medios) lo permit\\w*\\b|\\ben la propuesta completa\\b|\\bdepender(?:a|an|ia|ian) (?:en gran medida |sobre todo |enteramente )?de\\b|\\besperamos\\b|\\bojala\\b|\\bseria (?:deseable|conveniente)\\b|\\bconfia(?:mos)? en que\\b|\\b(?:se espera|es de esperar) que\\b"
          + "|\\b(?:podria|podrian) (?:\\w+ )?(?:asumir|continuar|financiar|mantener|absorber|integrarse|incorporarse"
          + "|ser (?:integrad|incorporad|asumid|transferid|institucionalizad|absorbid)[oa]s?)\\b"),
      p("\\b\\p{L}+(?:rá|rán)\\b"),
      p("\\bse realizo\\b|\\bse realizaron\\b|\\bse llevo a cabo\\b|\\bse llevaron a cabo\\b|\\bfue\\b|\\bfueron\\b|\\bha sido\\b|\\bhan sido\\b|\\bya\\b|\\bpreviamente\\b"
          + "|\\bcon anterioridad\\b|\\bdurante (?:la|el) (?:formulacion|diseno|elaboracion|preparacion|redaccion)\\b|\\bel ano pasado\\b"
          + "|\\bantes de(?:l| la) (?:diseno|formulacion|elaboracion|redaccion|presentacion)\\b"
          + "|\\ben (?:(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) (?:de )?)?(?:19|20)\\d\\d,? (?:se|nosotros|el equipo|los socios)\\b"),
      p("\\b(?:ha|han|hemos|habia|habian|habiamos|había|habían|habíamos)\\s+(?:\\p{L}+(?:ado|ados|ada|adas|ido|idos|ida|idas)|hecho|visto|puesto|escrito)\\b|\\b\\p{L}{3,}(?:ó|aron|ieron)\\b"),
      p(";|:\\s|\\(|\\)|\\s-\\s|,\\s*(?:y|pero|que|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|el cual|la cual|los cuales|las cuales|mientras|aunque)\\b"
          + "|\\b(?:pero|sin embargo|mientras que|aunque|no obstante|en cambio|sino|porque|ya que|puesto que)\\b"),
      p("^\\s*(?:porque|ya que|puesto que|dado que|como|si|cuando|debido a|aunque|a fin de|para que|mientras)\\b"),
      p("\\b(?:que|quien|quienes|cuyo|cuya|donde|el cual|la cual)\\b"),
      // "una vez que concluya", "una vez concluido el diagnóstico" (not "una vez al año")
      p("\\b(?:una vez que|tan pronto como|una vez \\p{L}+(?:ad|id)[oa]s?)\\b"),
      p("\\s*(?:para|a fin de|(?:fueron |fue |han sido |ha sido )?(?:disenad|concebid|pensad)[oa]s? (?:como|para ser))\\b"),
      p("\\bno (?:se (?:basa|basara|apoya|apoyara|fundamenta|alinea|ajusta) (?:en|con) (?:el|ella|ellos|ellas)|(?:lo|la|los|las) (?:sigue|seguira|utiliza|utilizara|aplica|aplicara))\\b"),
      p("no\\s+(?:[\\w'-]+\\s+){0,2}?(?:solo|solamente|simples?|mer[oa]s?|unicamente)\\b"));

  private static final Map<String, Cues> BY_LANGUAGE = Map.of("en", EN, "fr", FR, "es", ES);

  /** The cues of a supported language ("en", "fr", "es"); English for any other code. */
  public static Cues of(String language) {
    return BY_LANGUAGE.getOrDefault(language, EN);
  }

  private static UnicodePattern p(String regex) {
    return UnicodePattern.compile(regex);
  }
}
