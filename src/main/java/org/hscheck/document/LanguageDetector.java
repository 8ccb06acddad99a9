package org.hscheck.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses whether a text is English, French or Spanish from the share of each language's stop words.
 * Words common to two of the languages ("de", "la", "en", "que") are not counted. Words are runs of letters
 * ({@code \p{L}+}), matched lower-cased.
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
  /** Bit 1 for English, 2 for French, 4 for Spanish, by stop word. */
  private static final Map<String, Integer> LANGUAGES = languages();
  private static final int MIN_HITS = 3;

  private LanguageDetector() {}

  private static Map<String, Integer> languages() {
    Map<String, Integer> m = new HashMap<>();
    STOP_WORDS.get("en").forEach(w -> m.merge(w, 1, (a, b) -> a | b));
    STOP_WORDS.get("fr").forEach(w -> m.merge(w, 2, (a, b) -> a | b));
    STOP_WORDS.get("es").forEach(w -> m.merge(w, 4, (a, b) -> a | b));
    return Map.copyOf(m);
  }

  /** An ISO 639-1 code ("en", "fr", "es"), or {@value #UNDETERMINED} when the text is too short or mixed. */
  public static String detect(CharSequence text) {
    int en = 0;
    int fr = 0;
    int es = 0;
    String s = text.toString();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && Character.isLetter(cp = s.codePointAt(i)));
      Integer langs = LANGUAGES.get(s.substring(start, i).toLowerCase(Locale.ROOT));
      if (langs == null) continue;
      if ((langs & 1) != 0) en++;
      if ((langs & 2) != 0) fr++;
      if ((langs & 4) != 0) es++;
    }
    int best = Math.max(en, Math.max(fr, es));
    if (best < MIN_HITS) return UNDETERMINED;
    int second = en + fr + es - best - Math.min(en, Math.min(fr, es));
    if (best < second * 1.5) return UNDETERMINED;
    return best == en ? "en" : best == fr ? "fr" : "es";
  }
}
