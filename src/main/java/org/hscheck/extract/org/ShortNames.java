package org.hscheck.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shorter ways a document refers to an organisation it has named in full: without a generic last word
 * ("Sewalanka Foundation" is also "Sewalanka"), by its first words the document itself uses alone as a name ("Dar
 * al-Amal Counselling Association" is "Dar al-Amal" in "Dar al-Amal and the Tulkarm Women's Centre") and by a
 * distinctive first word so used ("Khuphuka Women's Resource Centre" is "Khuphuka" in "the working group includes
 * Khuphuka and Ubuntu").
 */
public final class ShortNames {
  /** A generic last word that documents often leave out. */
  private static final Pattern GENERIC_TAIL = Pattern.compile(
      "\\s+(?:Foundation|Trust|Network|Association|Society|Organi[sz]ation|Fondation|Association|Fundaci[oó]n"
          + "|Asociaci[oó]n|Red)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A capitalised first word of at least four letters, followed by more of the name. */
  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Lu}\\p{Ll}{3,})\\s+\\S");
  /**
   * First words that open many names and, alone, are ordinary words or a kind of body, never one organisation
   * ("National", "Women", "Plan" as in "the Plan", "Save" as in "Save the Children").
   */
  private static final Set<String> COMMON = Set.of("national", "community", "communities", "women", "youth", "young",
      "centre", "center", "association", "network", "foundation", "society", "union", "council", "federation",
      "alliance", "organisation", "organization", "international", "regional", "provincial", "district", "local",
      "united", "global", "human", "health", "rural", "urban", "save", "action", "friends", "partners", "care",
      "plan", "hope", "mothers", "peace", "legal", "family", "children", "people", "development", "rights", "support",
      "social", "catholic", "islamic", "christian", "church", "churches", "civil", "coalition", "forum", "group",
      "institute", "committee", "trust", "project", "programme", "program", "agency", "service", "services", "reseau",
      "comite", "fondation", "collectif", "groupement", "cooperative", "centro", "fundacion", "asociacion",
      "federacion", "coordinadora", "mesa", "consejo", "red", "colectivo", "mujeres", "femmes", "jeunes", "jovenes",
      "sante", "salud", "droits", "derechos", "paix", "paz", "accion", "aide", "ayuda", "solidarite", "solidaridad",
      "medecins", "medicos", "first", "new", "great", "north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "greater");
  /** Standalone uses of a first word the document must show before it counts as a name. */
  private static final int MIN_ALONE = 2;

  private ShortNames() {}

  /**
   * The names {@code name} also goes by in {@code texts} (the document's sentences): the name without a generic last
   * word, and its first word when the texts use it alone, mid-sentence and not followed by another capitalised word,
   * at least twice. The full name is not included; the result may be empty.
   */
  public static List<String> of(String name, List<String> texts) {
    List<String> out = new ArrayList<>();
    String name0 = name.strip();
    String untailed = GENERIC_TAIL.matcher(name0).replaceFirst("");
    if (!untailed.equals(name0)) out.add(untailed);
    String[] words = name0.split("\\s+");
    // the longest run of first words, two or more, that the texts use alone
    for (int k = words.length - 1; k >= 2; k--) {
      String prefix = String.join(" ", java.util.Arrays.copyOf(words, k));
      if (prefix.equals(untailed) || !distinctive(words, k)) continue;
      if (usedAlone(prefix, texts)) {
        out.add(prefix);
        break;
      }
    }
    Matcher first = FIRST_WORD.matcher(name0);
    if (first.find() && !COMMON.contains(Fold.fold(first.group(1)).toLowerCase(Locale.ROOT))) {
      String word = first.group(1);
      if (usedAlone(word, texts)) out.add(word);
    }
    return out;
  }

  /**
   * True when the first {@code k} words end on a capitalised word and hold one that is not a {@linkplain #COMMON common}
   * opening word ("Dar al-Amal", not "National Women").
   */
  private static boolean distinctive(String[] words, int k) {
    if (!CAPITALISED.matcher(words[k - 1]).find()) return false;
    for (int i = 0; i < k; i++) {
      String w = ARTICLE.matcher(Fold.fold(words[i]).toLowerCase(Locale.ROOT)).replaceFirst("");
      if (CAPITALISED.matcher(words[i]).find() && w.length() >= 3 && !COMMON.contains(w)) return true;
    }
    return false;
  }

  /** The Arabic article written before a word of a name ("al-Amal"). */
  private static final Pattern ARTICLE = Pattern.compile("^" + OrgPatterns.ARABIC_ARTICLE);
  /** A capitalised word, after an Arabic article. */
  private static final Pattern CAPITALISED = Pattern.compile("^(?:" + OrgPatterns.ARABIC_ARTICLE + ")?\\p{Lu}");

  /**
   * True when {@code words} stand alone in the texts at least {@link #MIN_ALONE} times: mid-sentence, after a lower-case
   * word, a number or a punctuation mark, and not followed by another capitalised word.
   */
  private static boolean usedAlone(String words, List<String> texts) {
    Pattern alone = Pattern.compile("(?<=[\\p{Ll}\\p{N},;:)] )" + Pattern.quote(words)
        + "(?!\\s+\\p{Lu})(?![\\p{L}\\p{N}\\-])");
    int n = 0;
    for (String t : texts) {
      if (t.indexOf(words) < 0) continue;
      Matcher m = alone.matcher(t);
      while (n < MIN_ALONE && m.find()) n++;
      if (n >= MIN_ALONE) return true;
    }
    return false;
  }
}
