package org.hscheck.extract.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.extract.text.Guarded;
import org.hscheck.extract.OrgType;
import org.hscheck.extract.org.Gazetteer.Entry;
import org.hscheck.extract.org.Gazetteer.Policy;

/**
 * Finds organisation mentions in text: gazetteer names and acronyms, names found by pattern, and acronyms the
 * document defines itself ("the Raks Thai Foundation (RTF)"), which win over the gazetteer's reading of the same
 * letters. One finder serves one document.
 */
final class OrgFinder {
  /** Gazetteer keys that name a category of partner rather than one body ("local NGOs", "district authorities"). */
  static final Set<String> CATEGORY_KEYS = Set.of("GOV", "LOCALGOV", "NGO", "CBO");

  /** An organisation mentioned at [start, end) of a text. */
  record Mention(int start, int end, String surface, String key, OrgType type, Policy policy) {}

  /** What an acronym defined in the document stands for; {@code key == null} when it names no organisation. */
  private record Defined(String key, OrgType type, Policy policy) {}

  private final Gazetteer gazetteer = Gazetteer.get();
  private final String lang;
  private final Map<String, Defined> defined = new HashMap<>();
  private final Map<String, List<Mention>> found = new HashMap<>();
  private Guarded definedPattern;
  private Matcher definedMatcher;

  OrgFinder(String lang) {
    this.lang = lang;
  }

  private static final Pattern PAREN_ACRONYM = Pattern.compile(
      // a trailing "+" marks networks of people living with HIV ("RIP+", "NEP+")
      "\\(\\s*(?:the\\s+|la\\s+|le\\s+|el\\s+|l')?(\\p{Lu}[\\p{Lu}\\p{Ll}&.\\-]{0,10}\\+?)\\s*[),;]");
  private static final Pattern ACRONYM_THEN_NAME = Pattern.compile(
      "(?<![\\p{L}])(\\p{Lu}[\\p{Lu}&]{1,9})\\s*\\(([^()]{6,150})\\)");
  private static final Pattern ORG_WORD = Pattern.compile(
      "(?i)\\b(?:ministry|department|foundation|association|society|network|alliance|coalition|federation|council"
          + "|commission|authority|agency|organi[sz]ation|programme|program|fund|bank|institute|institution|university"
          + "|centre|center|union|trust|cooperative|movement|office|secretariat|directorate|municipality|government"
          + "|committee|league|minist[eè]re|fondation|f[ée]d[ée]ration|r[ée]seau|conseil|agence|organisation|universit[ée]"
          + "|institut|coop[ée]rative|mouvement|bureau|direction|mairie|pr[ée]fecture|gouvernement|comit[ée]|ligue"
          + "|ministerio|fundaci[óo]n|asociaci[óo]n|federaci[óo]n|red|consejo|comisi[óo]n|agencia|organizaci[óo]n"
          + "|universidad|instituto|centro|cooperativa|movimiento|oficina|secretar[íi]a|direcci[óo]n|alcald[íi]a"
          + "|municipalidad|gobierno|comit[ée]|ong|ngo)\\b");

  /** Reads the acronyms a document defines; call once with every text of the document before {@link #find}. */
  void learnDefinitions(List<String> texts) {
    found.clear();
    Matcher paren = PAREN_ACRONYM.matcher("");
    Matcher thenName = ACRONYM_THEN_NAME.matcher("");
    for (String text : texts) {
      if (text.indexOf('(') < 0) continue; // both definition patterns need one
      Matcher m = paren.reset(text);
      while (m.find()) {
        String acr = m.group(1);
        if (upperCount(acr) < 2 || definedAsOrganisation(acr)) continue;
        int open = m.start();
        int from = Math.max(0, open - 160);
        String before = text.substring(from, open);
        define(acr, resolveName(acr, before));
      }
      m = thenName.reset(text);
      while (m.find()) {
        String acr = m.group(1);
        if (defined.containsKey(acr)) continue;
        List<Mention> inner = findRaw(m.group(2));
        if (inner.size() == 1 && inner.get(0).surface().length() >= m.group(2).trim().length() - 4) {
          Mention in = inner.get(0);
          defined.put(acr, new Defined(in.key(), in.type(), in.policy()));
        }
      }
    }
    if (!defined.isEmpty()) {
      List<String> acrs = new ArrayList<>(defined.keySet());
      acrs.sort(Comparator.comparingInt(String::length).reversed());
      StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
      for (int i = 0; i < acrs.size(); i++) p.append(i > 0 ? "|" : "").append(Pattern.quote(acrs.get(i)));
      definedPattern = compiled(p.append(")(?![\\p{L}\\p{N}])").toString());
    }
  }

  /** Patterns of defined acronyms by source, most recently used last: a document checked again defines the same. */
  private static final Map<String, Guarded> COMPILED = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Guarded> eldest) {
      return size() > 64;
    }
  };

  private static Guarded compiled(String regex) {
    Guarded g;
    synchronized (COMPILED) {
      g = COMPILED.get(regex);
    }
    if (g != null) return g;
    g = Guarded.compile(regex);
    synchronized (COMPILED) {
      COMPILED.put(regex, g);
    }
    return g;
  }

  /** True when the document already defines {@code acr} as an organisation: a later definition changes nothing. */
  private boolean definedAsOrganisation(String acr) {
    Defined d = defined.get(acr);
    return d != null && d.key() != null;
  }

  private void define(String acr, Defined d) {
    if (d == null) return;
    Defined prior = defined.get(acr);
    // an organisation reading beats a non-organisation one; the first organisation reading stays
    if (prior == null || prior.key() == null && d.key() != null) defined.put(acr, d);
  }

  /** What the words just before "(ACR)" name, or null when they cannot be told. */
  private Defined resolveName(String acr, String before) {
    String trimmed = before.stripTrailing();
    String spelled = spelledBy(acr, trimmed);
    String knownKey = gazetteer.byAcronym(acr, lang).map(Entry::key).orElse(null);
    if (spelled == null && knownKey == null) return null;
    for (Mention m : findRaw(trimmed)) {
      if (m.end() != trimmed.length()) continue;
      if (spelled != null || m.key().equals(knownKey)) return new Defined(m.key(), m.type(), m.policy());
    }
    if (spelled == null) return null;
    Matcher head = ORG_WORD.matcher(spelled);
    if (head.find()) {
      return new Defined(keyOf(spelled), OrgPatterns.typeOfName(spelled, head.group()), Policy.COUNT);
    }
    return new Defined(null, null, null);
  }

  private static final Set<String> LINK_WORDS = Set.of("of", "for", "and", "the", "on", "in", "de", "del", "des",
      "du", "la", "le", "les", "el", "los", "las", "et", "y", "pour", "para", "l", "d", "contre", "contra", "&", "a",
      "al", "au", "aux", "en");

  private static final Pattern NOT_UPPER = Pattern.compile("[^\\p{Lu}]");
  private static final Pattern FINAL_STOP = Pattern.compile("\\.\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_JOINS = Pattern.compile("[-\u2010\u2011'\u2019]");

  /**
   * The trailing words of {@code before} whose initials spell {@code acr} (link words may be skipped or used),
   * or null when no such words end the text.
   */
  static String spelledBy(String acr, String before) {
    String letters = NOT_UPPER.matcher(acr).replaceAll("");
    if (letters.length() < 2) return null;
    int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf('('), Math.max(before.lastIndexOf(')'), before.lastIndexOf(':'))));
    String tail = FINAL_STOP.matcher(before.substring(cut + 1)).replaceAll("").trim();
    if (tail.isEmpty()) return null;
    String[] raw = SPACES.split(tail);
    List<String> words = new ArrayList<>();
    for (String w : raw) {
      for (String part : WORD_JOINS.split(w)) if (!part.isEmpty()) words.add(part);
    }
    for (boolean skipLinks : new boolean[] {true, false}) {
      StringBuilder initials = new StringBuilder();
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (skipLinks && LINK_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
        if (!Character.isLetterOrDigit(w.charAt(0))) continue;
        initials.append(Character.toUpperCase(w.charAt(0)));
        idx.add(i);
      }
      String in = initials.toString();
      if (in.endsWith(letters)) {
        int firstWord = idx.get(in.length() - letters.length());
        return joinTail(tail, words.size() - firstWord);
      }
      // looser: the letters in order among the last few words, the first letter starting a word; a few words more
      // when that word is an organisation's head ("Réseau ivoirien des organisations de personnes vivant avec le VIH")
      for (int s = Math.max(0, in.length() - letters.length() - 6); s <= in.length() - letters.length(); s++) {
        if (in.charAt(s) == letters.charAt(0) && isSubsequence(letters, in.substring(s))
            && (s >= in.length() - letters.length() - 3 || isOrgHead(words.get(idx.get(s))))) {
          return joinTail(tail, words.size() - idx.get(s));
        }
      }
      // an acronym built on a legal form or syllables ("Société coopérative des orpailleurs de la Bagoué
      // (SCOOPS-ORBA)"): the initials of at least three words from one with the acronym's first letter, in order
      if (skipLinks) {
        for (int s = 0; s + 3 <= in.length(); s++) {
          if (in.charAt(s) == letters.charAt(0) && isSubsequence(in.substring(s), letters)) {
            return joinTail(tail, words.size() - idx.get(s));
          }
        }
      }
    }
    return null;
  }

  private static boolean isOrgHead(String word) {
    return ORG_WORD.matcher(word).matches();
  }

  private static boolean isSubsequence(String needle, String hay) {
    int j = 0;
    for (int i = 0; i < hay.length() && j < needle.length(); i++) if (hay.charAt(i) == needle.charAt(j)) j++;
    return j == needle.length();
  }

  /** The last {@code parts} word parts of {@code tail}, as printed. */
  private static String joinTail(String tail, int parts) {
    int count = 0;
    int i = tail.length();
    while (i > 0 && count < parts) {
      i--;
      char c = tail.charAt(i);
      boolean boundary = Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019';
      if (boundary && i + 1 < tail.length() && !isBoundary(tail.charAt(i + 1))) count++;
    }
    if (count < parts) return tail.trim();
    return tail.substring(i + 1).trim();
  }

  private static boolean isBoundary(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019';
  }

  private static int upperCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) n++;
    return n;
  }

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|la|le|les|el|los|las|l') ?");

  /** A stable key for a body found by pattern: its name folded and upper-cased, without a leading article. */
  static String keyOf(String name) {
    String c = LEADING_ARTICLE.matcher(Fold.canonical(name)).replaceFirst("");
    return c.toUpperCase(Locale.ROOT);
  }

  /**
   * Every organisation mentioned in {@code text}, left to right, without overlaps; generic words included. The
   * list is unmodifiable and remembered: a document reads many texts twice (a cell, then its sentences).
   */
  List<Mention> find(String text) {
    if (gazetteer.needsLetters() && !hasLetter(text)) return List.of();
    List<Mention> known = found.get(text);
    if (known == null) {
      known = Collections.unmodifiableList(findNew(text));
      found.put(text, known);
    }
    return known;
  }

  /**
   * True when {@code text} holds a letter. Without one it names nothing when the gazetteer needs letters: name
   * patterns need a capital and defined acronyms start with one.
   */
  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) return true;
      i += Character.charCount(c);
    }
    return false;
  }

  private List<Mention> findNew(String text) {
    List<Mention> raw = findRaw(text);
    if (definedPattern != null && definedPattern.guard().mayMatch(text)) {
      Matcher m = definedMatcher == null ? definedMatcher = definedPattern.matcher(text) : definedMatcher.reset(text);
      List<Mention> fromDoc = new ArrayList<>();
      while (m.find()) {
        Defined d = defined.get(m.group());
        if (d.key() != null) {
          fromDoc.add(new Mention(m.start(), m.end(), m.group(), d.key(), d.type(), d.policy()));
        }
        // the document's own reading replaces the gazetteer's reading of the same letters
        int s = m.start();
        int e = m.end();
        raw.removeIf(r -> r.start() == s && r.end() == e);
      }
      raw.addAll(fromDoc);
    }
    return mergeAcronyms(text, resolve(raw));
  }

  private static final Pattern OPEN_PAREN = Pattern.compile("\\s*\\(\\s*(?:the\\s+|la\\s+|le\\s+|el\\s+|l')?");

  /** "United Nations Development Programme (UNDP)" is one mention, not two. */
  private static List<Mention> mergeAcronyms(String text, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (i + 1 < ms.size()) {
        Mention n = ms.get(i + 1);
        int close = n.end();
        while (close < text.length() && text.charAt(close) == ' ') close++;
        if (n.key().equals(m.key()) && OPEN_PAREN.matcher(text.substring(m.end(), n.start())).matches()
            && close < text.length() && text.charAt(close) == ')') {
          out.add(new Mention(m.start(), close + 1, m.surface(), m.key(), m.type(), m.policy()));
          i++;
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  private List<Mention> findRaw(String text) {
    List<Gazetteer.Hit> hits = gazetteer.find(text, lang);
    List<OrgPatterns.Found> names = OrgPatterns.find(text, lang);
    List<Mention> out = new ArrayList<>(hits.size() + names.size());
    for (Gazetteer.Hit h : hits) {
      Entry e = h.entry();
      out.add(new Mention(h.start(), h.end(), text.substring(h.start(), h.end()), e.key(), e.type(), e.policy()));
    }
    int fromGazetteer = out.size();
    for (OrgPatterns.Found f : names) {
      if (hidesKnown(f, out, fromGazetteer)) continue;
      Optional<Entry> known = gazetteer.byName(f.name());
      out.add(known
          .map(e -> new Mention(f.start(), f.end(), f.name(), e.key(), e.type(), e.policy()))
          .orElseGet(() -> new Mention(f.start(), f.end(), f.name(), keyOf(f.name()), f.type(), Policy.COUNT)));
    }
    return out;
  }

  /** True when a name found by pattern spans one of the first {@code count} mentions that names a specific body. */
  private static boolean hidesKnown(OrgPatterns.Found f, List<Mention> ms, int count) {
    for (int i = 0; i < count; i++) {
      Mention m = ms.get(i);
      if (m.policy() != Policy.GENERIC && !CATEGORY_KEYS.contains(m.key()) && m.start() >= f.start()
          && m.end() <= f.end()) {
        return true;
      }
    }
    return false;
  }

  private static final Comparator<Mention> LONGEST_FIRST =
      Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed().thenComparingInt(Mention::start);
  private static final Comparator<Mention> BY_START = Comparator.comparingInt(Mention::start);

  private static List<Mention> resolve(List<Mention> raw) {
    if (raw.size() < 2) return raw;
    List<Mention> sorted = new ArrayList<>(raw);
    sorted.sort(LONGEST_FIRST);
    List<Mention> kept = new ArrayList<>(sorted.size());
    for (Mention m : sorted) if (!overlapsAny(m, kept)) kept.add(m);
    kept.sort(BY_START);
    return kept;
  }

  private static boolean overlapsAny(Mention m, List<Mention> ms) {
    for (Mention k : ms) if (m.start() < k.end() && k.start() < m.end()) return true;
    return false;
  }
}
