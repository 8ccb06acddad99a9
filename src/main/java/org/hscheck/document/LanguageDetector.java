package org.hscheck.document;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether a text is English, French or Spanish from the share of each language's stop words.
 * Words common to two of the languages ("de", "la", "en", "que") are not counted.
 */
public final class LanguageDetector {
  /** The code returned when no language can be told. */
  public static final String UNDETERMINED = "und";

  private static final Map<String, Set<String>> STOP_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "are", "be", "by", "this",
          "will", "as", "from", "which", "have", "it", "at", "an", "or", "their", "has", "was", "were", "not",
          "these", "its", "been", "would", "who", "they", "all", "into", "through", "between", "also"),
      "fr", Set.of("le", "les", "des", "et", "du", "une", "est", "pour", "dans", "qui", "sur", "par", "au", "aux",
          "avec", "sont", "ce", "cette", "ces", "pas", "leur", "leurs", "être", "ont", "été", "il", "nous",
          "plus", "ainsi", "entre", "aussi", "sera", "seront", "dont", "où"),
      "es", Set.of("el", "los", "las", "del", "y", "por", "para", "con", "una", "es", "su", "sus", "al",
          "como", "más", "este", "esta", "estos", "lo", "ha", "han", "sobre", "también", "será",
          "serán", "entre", "donde", "cual", "hasta"));
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_HITS = 3;

  private LanguageDetector() {}

  /** An ISO 639-1 code ("en", "fr", "es"), or {@value #UNDETERMINED} when the text is too short or mixed. */
  public static String detect(CharSequence text) {
    int en = 0;
    int fr = 0;
    int es = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (STOP_WORDS.get("en").contains(w)) en++;
      if (STOP_WORDS.get("fr").contains(w)) fr++;
      if (STOP_WORDS.get("es").contains(w)) es++;
    }
    int best = Math.max(en, Math.max(fr, es));
    if (best < MIN_HITS) return UNDETERMINED;
    int second = en + fr + es - best - Math.min(en, Math.min(fr, es));
    if (best < second * 1.5) return UNDETERMINED;
    return best == en ? "en" : best == fr ? "fr" : "es";
  }
}
