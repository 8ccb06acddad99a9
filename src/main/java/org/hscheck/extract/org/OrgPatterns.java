package org.hscheck.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.extract.text.PatternSet;
import org.hscheck.extract.OrgType;

/**
 * Organisations that are not in the gazetteer, found by the shape of their names: "Ministry of ...", "the Raks
 * Thai Foundation", "Harare City Council", "Ministère de ...", "Asociación ...", district and municipal
 * authorities. Each hit carries the type its head word implies.
 */
final class OrgPatterns {
  private OrgPatterns() {}

  /** A name found by pattern: [start, end) in the text, the name as printed and the type its head implies. */
  record Found(int start, int end, String name, OrgType type) {}

  /** The Arabic article as written before a word of a name ("al-Amal", "el-Nour"). */
  static final String ARABIC_ARTICLE = "(?:al|el|ad|ar|as|at|an|ash|az|ul)-";
  /** A capitalised word of a name, with the Arabic article written before it ("Dar al-Amal", "Jamiat el-Nour"). */
  private static final String CAP = "(?:" + ARABIC_ARTICLE + ")?\\p{Lu}[\\p{L}\\p{N}'’.&]{0,30}(?:-[\\p{L}\\p{N}]{1,30}){0,3}";
  private static final String EN_LINK = "(?:of|for|and|the|on|&|de|del|in)";
  private static final String EN_GOV_HEAD_FIRST =
      "Ministry|Department|Municipality|Office of the|Directorate|Secretariat|Government|Commission|Authority";
  private static final String EN_CS_HEAD_FIRST =
      "University|Association|Federation|Foundation|Society|Network|Union|Alliance|Coalition|Institute|Council";
  private static final Pattern EN_HEAD_FIRST = Pattern.compile(
      "(?<![\\p{L}])((?:(?:National|Provincial|Regional|District|State|Federal|Royal|Municipal|County)\\s+)?(?:"
          + EN_GOV_HEAD_FIRST + "|" + EN_CS_HEAD_FIRST + "))\\s+(?:of|for)\\s+(?:the\\s+)?" + CAP
          + "(?:\\s+(?:" + EN_LINK + "\\s+)?(?:the\\s+)?" + CAP + "){0,8}");
  private static final String EN_HEAD_LAST =
      "Foundation|Association|Society|Network|Alliance|Coalition|Federation|Trust|Cooperative|Co-operative|Union"
          + "|Movement|University|Institute|Ministry|Municipality|City Council|District Councils?|County Councils?"
          + "|Municipal Councils?|Town Council|Provincial Councils?|Council|Commission|Authority|County Governments?"
          + "|Provincial Government|Regional Government|District Government|Health Offices?|District Administration"
          + "|Secretariats?|Organi[sz]ation|Diocese|Church|Constabulary|Police|Police Service|Correctional Service"
          + "|Correctional Services|Prison Service|Prisons Service|Immigration Service|Judiciary|Services?|Government";
  private static final Pattern EN_HEAD_LAST_P = Pattern.compile(
      "(?<![\\p{L}])(" + CAP + "(?:\\s+(?:" + EN_LINK + "\\s+)?" + CAP + "){0,7}?)\\s+(" + EN_HEAD_LAST
          + ")(?![\\p{L}])");

  private static final String LOWER = "(?!(?:la|el|los|las|le|les|un|una|une|uno)\\b)\\p{Ll}[\\p{L}'’-]+";
  private static final String FR_LINK =
      "(?:de\\s+la|de\\s+l'|de\\s+l’|des|du|de|d'|d’|pour\\s+la|pour\\s+le|pour\\s+les|pour\\s+l'|pour|et\\s+de\\s+la|et\\s+de\\s+l'"
          + "|et\\s+des|et\\s+du|et\\s+de|et(?=\\s+\\p{Lu})|en|contre\\s+la|contre\\s+le|contre\\s+les|sur\\s+la|à\\s+la|au|aux)";
  private static final String FR_GOV =
      "Ministère|Direction régionale|Direction provinciale|Direction générale|Direction nationale|Direction"
          + "|Division provinciale|Division|Inspection|Service régional|Services techniques|Conseil départemental"
          + "|Préfecture|Mairie|Commune|Gouvernorat|Conseil régional|Conseil municipal|Conseil départemental"
          + "|Conseil communal|Secrétariat permanent|Secrétariat exécutif|Commission nationale|Comité national"
          + "|Agence nationale|Office national|Gouvernement";
  private static final String FR_CS =
      "Association|Fondation|Fédération|Réseau|Union|Université|Institut|Coopérative|Collectif|Plateforme"
          + "|Groupement|Centre|Mouvement|Ligue|Diocèse|Caritas|Église|Conseil";
  private static final Pattern FR_HEAD_FIRST = Pattern.compile(
      "(?<![\\p{L}])(" + FR_GOV + "|" + FR_CS + ")(?:\\s+(?:national|nationale|régional|régionale))?"
          + "(?:\\s*" + FR_LINK + "\\s*(?:" + CAP + "|" + LOWER + ")|\\s+" + CAP + "){1,5}");
  private static final String ES_LINK =
      "(?:de\\s+la|de\\s+las|de\\s+los|del|de|para\\s+la|para\\s+el|para\\s+las|para\\s+los|para|y\\s+de\\s+la|y\\s+del"
          + "|y\\s+de|y(?=\\s+\\p{Lu})|en|contra\\s+la|contra\\s+el|sobre|a\\s+la|al)";
  private static final String ES_GOV =
      "Ministerio|Secretaría|Secretaria|Dirección|Alcaldía|Alcaldia|Municipalidad|Ayuntamiento|Gobernación"
          + "|Gobernacion|Prefectura|Comisión Nacional|Comision Nacional|Consejo Nacional|Instituto Nacional"
          + "|Defensoría|Defensoria|Procuraduría|Procuraduria|Gobierno Regional|Gobierno Municipal|Gobierno"
          + "|Consejo Municipal|Concejo Municipal|Unidad|Personería|Personeria|Agencia Nacional|Servicio Nacional";
  private static final String ES_CS =
      "Asociación|Asociacion|Fundación|Fundacion|Federación|Federacion|Red|Universidad|Instituto|Cooperativa"
          + "|Corporación|Corporacion|Colectivo|Coordinadora|Centro|Movimiento|Consejo|Confederación|Diócesis|Diocesis"
          + "|Pastoral|Iglesia";
  private static final Pattern ES_HEAD_FIRST = Pattern.compile(
      "(?<![\\p{L}])(" + ES_GOV + "|" + ES_CS + ")"
          + "(?:\\s*" + ES_LINK + "\\s*(?:" + CAP + "|" + LOWER + ")|\\s+" + CAP + "){1,5}");
  /** Lusophone bodies, whose names stay in Portuguese in proposals in any language ("Associação Esperança Viva"). */
  private static final String PT_LINK =
      "(?:da|do|das|dos|de|para\\s+o|para\\s+a|para|e(?=\\s+\\p{Lu})|ao|à|em|contra\\s+o|contra\\s+a)";
  private static final String PT_GOV =
      "Ministério|Direcção Provincial|Direção Provincial|Direcção Nacional|Direção Nacional|Direcção|Direção"
          + "|Serviços Distritais|Serviço Distrital|Governo Provincial|Governo do Distrito|Governo|Conselho Municipal"
          + "|Conselho Nacional|Instituto Nacional|Secretaria de Estado|Administração do Distrito|Câmara Municipal|Prefeitura";
  private static final String PT_CS =
      "Associação|Fundação|Federação|Rede|Liga|Movimento|Cooperativa|Fórum|Plataforma|Núcleo|Centro|Igreja|Diocese";
  private static final Pattern PT_HEAD_FIRST = Pattern.compile(
      "(?<![\\p{L}])(" + PT_GOV + "|" + PT_CS + ")"
          + "(?:\\s*" + PT_LINK + "\\s*(?:" + CAP + "|" + LOWER + ")|\\s+" + CAP + "){1,5}");
  /** A lower-case word that is not a function word ("of", "the", "and"...). */
  private static final String CONTENT_WORD =
      "(?!(?:of|the|and|or|for|in|with|to|by|on|at|a|an|its|their|this|these|will|shall|are|is)\\b)[\\p{Ll}-]+";
  /**
   * Sub-national public bodies named by their level in lower case, as proposals name the ones of several places at
   * once: "the township administrations", "township departments of rural development and education", "the oblast
   * health departments". An office needs a word of what it does ("township social welfare office"), so that an
   * agency's "district office" is not one.
   */
  private static final Pattern LOCAL_PUBLIC = Pattern.compile(
      "(?<![\\p{L}])(?:[Tt]ownship|[Dd]istrict|[Cc]ounty|[Oo]blast|[Pp]rovincial|[Rr]egional|[Mm]unicipal|[Gg]overnorate"
          + "|[Pp]refectural|[Dd]epartmental|[Ss]tate)"
          + "(?:(?:\\s+" + CONTENT_WORD + "){0,3}?\\s+(?:administrations?|authorit(?:y|ies)|departments?|councils?|governments?"
          + "|directorates?)|(?:\\s+" + CONTENT_WORD + "){1,3}?\\s+offices?)"
          + "(?:\\s+of\\s+" + CONTENT_WORD + "(?:\\s+(?:and\\s+)?" + CONTENT_WORD + "){0,3})?(?![\\p{L}])");
  private static final Pattern NGO_NAMED = Pattern.compile(
      "(?<![\\p{L}])(?:NGO|ONG|CBO|OCB|CSO|OSC)\\s+((?:" + CAP + ")(?:\\s+" + CAP + "){0,6})");

  /** Heads whose bodies are public authorities. */
  private static final Pattern GOV_HEAD = Pattern.compile(
      "(?i)^(?:ministry|department|municipality|office of the|directorate|secretariat|government|commission|authority"
          + "|city council|district council|county council|municipal council|town council|provincial council"
          + "|county government|provincial government|regional government|district government|health office"
          + "|constabulary|police|police service|correctional service|correctional services|prison service|prisons service"
          + "|immigration service|judiciary|national|provincial|regional|district|state|federal|royal|municipal|county"
          + "|division|inspection|service r[ée]gional|services techniques|unidad|personer[íi]a|agencia nacional|servicio nacional"
          + "|district administration|minist[eè]re|direction|pr[ée]fecture|mairie|commune|gouvernorat|conseil r[ée]gional"
          + "|conseil municipal|conseil d[ée]partemental|conseil communal|secr[ée]tariat|commission nationale"
          + "|comit[ée] national|agence nationale|office national|gouvernement|ministerio|secretar[íi]a|direcci[óo]n"
          + "|alcald[íi]a|municipalidad|ayuntamiento|gobernaci[óo]n|prefectura|comisi[óo]n nacional|consejo nacional"
          + "|instituto nacional|defensor[íi]a|procuradur[íi]a|gobierno|consejo municipal|concejo municipal"
          + "|minist[ée]rio|dire(?:c)?[çc][ãa]o|servi[çc]os? distrit\\w*|governo|conselho municipal|conselho nacional"
          + "|secretaria de estado|administra[çc][ãa]o do distrito|c[âa]mara municipal|prefeitura)");

  /** Words that end a capitalised run but name no body ("Project Steering Committee" is not a partner). */
  private static final Pattern NOT_AN_ORG = Pattern.compile(
      "(?i)^(?:the|this|that|our|a|an|each|every|project|programme|program|joint|steering|technical|national|"
          + "human|security|trust|fund|un|united|nations|le|la|les|el|los|las|"
          + "new|all|other)$");

  /** The name patterns, in the order {@link #find} runs them, to skip those that cannot match a text. */
  private static final PatternSet PREFILTER = new PatternSet(
      List.of(EN_HEAD_FIRST, EN_HEAD_LAST_P, FR_HEAD_FIRST, ES_HEAD_FIRST, NGO_NAMED, PT_HEAD_FIRST, LOCAL_PUBLIC));

  /** Every organisation name in {@code text} found by pattern, overlapping hits not yet resolved. */
  static List<Found> find(String text, String lang) {
    List<Found> out = new ArrayList<>();
    BitSet possible = PREFILTER.candidates(text);
    if (possible.isEmpty()) return out;
    if (possible.get(6) && !"fr".equals(lang) && !"es".equals(lang)) {
      Matcher m = LOCAL_PUBLIC.matcher(text);
      while (m.find()) out.add(new Found(m.start(), m.end(), m.group(), OrgType.GOVERNMENT));
    }
    if (!hasUpperCase(text)) return out; // every other name pattern needs a capital
    if (possible.get(0)) headFirst(out, EN_HEAD_FIRST.matcher(text), text);
    if (possible.get(1)) {
      Matcher m = EN_HEAD_LAST_P.matcher(text);
      while (m.find()) {
        int start = m.start(1);
        String[] words = SPACES.split(m.group(1));
        // drop sentence-initial articles and generic modifiers from the front
        int skip = 0;
        while (skip < words.length && NOT_AN_ORG.matcher(words[skip]).matches()) skip++;
        if (skip == words.length || words.length - skip == 0) continue;
        for (int i = 0; i < skip; i++) start = text.indexOf(words[i], start) + words[i].length();
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        if (start >= m.start(2)) continue;
        add(out, start, m.end(), text, m.group(2));
      }
    }
    if (!"en".equals(lang)) {
      boolean spanish = "es".equals(lang);
      if (possible.get(spanish ? 3 : 2)) headFirst(out, (spanish ? ES_HEAD_FIRST : FR_HEAD_FIRST).matcher(text), text);
      if ("und".equals(lang) && possible.get(3)) headFirst(out, ES_HEAD_FIRST.matcher(text), text);
    }
    if (possible.get(5)) headFirst(out, PT_HEAD_FIRST.matcher(text), text);
    if (possible.get(4)) {
      Matcher m = NGO_NAMED.matcher(text);
      while (m.find()) addNamedByType(out, m.start(1), m.end(1), text);
    }
    return out;
  }

  /** True when {@code text} holds a letter that regex {@code \\p{Lu}} matches. */
  private static boolean hasUpperCase(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.getType(c) == Character.UPPERCASE_LETTER) return true;
      i += Character.charCount(c);
    }
    return false;
  }

  /** Adds every match of a head-first pattern, the head being its first group. */
  private static void headFirst(List<Found> out, Matcher m, String text) {
    while (m.find()) add(out, m.start(), trimEnd(text, m.start(), m.end()), text, m.group(1));
  }

  private static final Pattern TRAILING_LINK = Pattern.compile(
      "(?i)(?:\\s+(?:of|for|and|the|on|de|del|des|du|la|le|les|el|los|las|et|y|en|pour|para|l'|d')|[\\s,;:.])+$");

  private static int trimEnd(String text, int start, int end) {
    String s = text.substring(start, end);
    Matcher t = TRAILING_LINK.matcher(s);
    return t.find() ? start + t.start() : end;
  }

  private static final Pattern ACRONYM_WORD = Pattern.compile("\\b\\p{Lu}{2,}\\b");

  /** Words a type noun may precede that name no body ("the NGO partners", "les ONG locales"). */
  private static final Pattern GENERIC_AFTER_TYPE = Pattern.compile(
      "(?i)^(?:partners?|partenaires?|socios?|networks?|r[ée]seaux?|red(?:es)?|forums?|platforms?|plateformes?"
          + "|plataformas?|coalitions?|coalicion(?:es)?|sector|secteur|members?|membres?|miembros?|staff|personnel)$");

  /**
   * A name introduced by a civil-society type noun ("the NGO Tostan", "l'ONG SOFEPADI"): the noun makes it an
   * organisation, so a single word is enough unless it is generic.
   */
  private static void addNamedByType(List<Found> out, int start, int end, String text) {
    String name = text.substring(start, end).trim();
    if (SPACES.split(name).length >= 2) {
      add(out, start, end, text, "association");
    } else if (name.length() >= 3 && !GENERIC_AFTER_TYPE.matcher(name).matches()
        && !NOT_AN_ORG.matcher(name).matches()) {
      out.add(new Found(start, start + name.length(), name, OrgType.CIVIL_SOCIETY));
    }
  }

  private static void add(List<Found> out, int start, int end, String text, String head) {
    if (end <= start) return;
    String name = text.substring(start, end).trim();
    if (SPACES.split(name).length < 2) return;
    boolean service = head.toLowerCase(Locale.ROOT).startsWith("service");
    if (service && !PUBLIC_SERVICE.matcher(name).find()
        && (ACRONYM_WORD.matcher(name).find() || name.contains(" and ") || name.contains(" & "))) {
      return;
    }
    out.add(new Found(start, start + name.length(), name, typeOfName(name, head)));
  }

  private static final Pattern PUBLIC_BODY = Pattern.compile(
      "(?i)\\b(?:national|nationale?s?|nacional(?:es)?|provincial|provinciale|district|municipal|municipale|county|regional"
          + "|r[ée]gionale?|departmental|d[ée]partementale?|departamental)\\b.*\\b(?:programme|program|programa|council|conseil"
          + "|consejo|commission|comisi[óo]n|committee|comit[ée]|authority|agency|agence|agencia|secretariat|secr[ée]tariat"
          + "|secretar[íi]a|office|institute|institut|instituto|division|divisi[óo]n|service|servicio)s?\\b"
          + "|\\b(?:programme|program|programa|council|conseil|consejo|commission|comisi[óo]n|committee|comit[ée]|authority"
          + "|agency|agence|agencia|secretariat|secr[ée]tariat|secretar[íi]a|office|institute|institut|instituto|division"
          + "|divisi[óo]n|service|servicio)s?\\b.*\\b(?:national|nationale?s?|nacional(?:es)?|provincial|provinciale|district"
          + "|municipal|municipale|county|regional|r[ée]gionale?|departmental|d[ée]partementale?|departamental)\\b");

  private static final Pattern PUBLIC_SERVICE = Pattern.compile(
      "(?i)\\b(?:correctional|police|prisons?|immigration|customs|civil|extension|public|veterinary|forestry|revenue"
          + "|statistics|meteorological)\\b.*\\bservices?\\b"
          // civil protection and civil defence are the state's: "Centre des opérations de secours et de la protection civile"
          + "|\\b(?:civil (?:protection|defen[cs]e)|protection civile|d[ée]fense civile|protecci[óo]n civil|defensa civil|protec[çc][ãa]o civil|defesa civil)\\b");

  private static final Pattern OFFICE_OF = Pattern.compile(
      "(?i)(?:the\\s+)?(?:office|bureau|cabinet|oficina|despacho) (?:of the|du|de la|del) (?:president|prime minister|vice[- ]president|governor"
          + "|premier ministre|pr[ée]sident|gouverneur|presidente|primer ministro|gobernador)");

  /** The type a whole name implies: public bodies by their level ("National ... Programme"), else by head. */
  static OrgType typeOfName(String name, String head) {
    if (PUBLIC_BODY.matcher(name).find() || PUBLIC_SERVICE.matcher(name).find()) return OrgType.GOVERNMENT;
    // "Office of the Prime Minister": the head word alone ("Office") does not tell
    if (OFFICE_OF.matcher(name).lookingAt()) return OrgType.GOVERNMENT;
    return typeOf(head);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The type a head word implies. */
  static OrgType typeOf(String head) {
    String h = SPACES.matcher(head.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    return GOV_HEAD.matcher(h).lookingAt() ? OrgType.GOVERNMENT : OrgType.CIVIL_SOCIETY;
  }
}
