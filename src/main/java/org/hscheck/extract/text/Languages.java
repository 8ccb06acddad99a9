package org.hscheck.extract.text;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.document.ProposalDocument;

/** The languages HSCheck reads (English, French, Spanish) and detection from text by function words. */
public final class Languages {
  /** The supported ISO 639-1 codes. */
  public static final Set<String> SUPPORTED = Set.of("en", "fr", "es");
  /** The code for "undetermined". */
  public static final String UNDETERMINED = "und";

  /** {@code language} when it is {@linkplain #SUPPORTED supported}, otherwise "en", whose lexicons stand in for any other. */
  public static String orEnglish(String language) {
    return language != null && SUPPORTED.contains(language) ? language : "en";
  }

  private static final int SAMPLE = 50_000;
  private static final int MIN_HITS = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "will", "with", "for", "is", "are", "be", "this", "that", "by", "from",
          "which", "have", "has", "their", "on"),
      "fr", Set.of("le", "les", "des", "et", "du", "une", "est", "pour", "dans", "avec", "sera", "qui", "au", "aux",
          "sur", "ces", "leur", "sont", "d'un", "d'une", "l'"),
      "es", Set.of("el", "los", "las", "y", "del", "una", "es", "para", "con", "por", "se", "al", "su", "sus",
          "como", "será", "están", "esta", "entre"));

  private Languages() {}

  /**
   * The document's language: the readers' {@code metadata().language()} when it is supported, otherwise
   * detected from the text; English when the text gives too little to decide.
   */
  public static String of(ProposalDocument document) {
    String declared = document.metadata() == null ? null : document.metadata().language();
    if (declared != null && SUPPORTED.contains(declared)) return declared;
    String detected = detect(document.plainText());
    return detected.equals(UNDETERMINED) ? "en" : detected;
  }

  /** "en", "fr" or "es" by counting function words in the first 50,000 characters, or "und" when too few are found. */
  public static String detect(String text) {
    String sample = Text.lower(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text).replace('’', '\'');
    int en = 0, fr = 0, es = 0;
    Matcher m = WORD.matcher(sample);
    while (m.find()) {
      String w = m.group();
      if (FUNCTION_WORDS.get("en").contains(w)) en++;
      if (FUNCTION_WORDS.get("fr").contains(w) || (w.startsWith("l'") || w.startsWith("d'")) && w.length() > 2) fr++;
      if (FUNCTION_WORDS.get("es").contains(w)) es++;
    }
    int best = Math.max(en, Math.max(fr, es));
    if (best < MIN_HITS) return UNDETERMINED;
    if (best == en) return "en";
    return best == fr ? "fr" : "es";
  }
}
