package org.hscheck.extract.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.extract.Evidence;
import org.hscheck.extract.HivSalience;
import org.hscheck.extract.text.Guarded;
import org.hscheck.extract.text.SectionKind;
import org.hscheck.extract.text.Sentence;
import org.hscheck.extract.text.Text;
import org.hscheck.extract.text.UnicodePattern;

/**
 * Decides how central HIV/AIDS is to a proposal. SUBSTANTIAL when HIV, AIDS, VIH or sida is named in the
 * title or a heading, in a sentence stating an objective, outcome or output, in at least two sentences of the
 * results or activities (by section, by table row or column), or many times outside the background; PASSING for
 * mentions in context or background, or once among the activities (one item of a list of services); NONE
 * otherwise. "Sida" the Swedish agency is not AIDS. Stateless and thread-safe.
 */
public final class HivExtractor {
  /** Mentions outside the background that make HIV substantial by themselves. */
  static final int MANY_MENTIONS = 6;
  /** Sentences of the results or activities that make HIV substantial (one is a passing mention in a list). */
  static final int ACTIVITY_MENTIONS = 2;
  /** Most mentions kept as evidence. */
  static final int MAX_EVIDENCE = 5;

  /** Over the original text: AIDS in capitals only (English "aids" is a common word), sida/VIH in any case. */
  private static final Guarded MENTION = Guarded.compile(
      "\\b(?:HIV|H\\.I\\.V\\.|AIDS|PLHIV|PLWHA|PMTCT|[Aa]ntiretrovira\\w*|ARVs?|VIH|[Vv]ih|PVVIH|PTME|SIDA|[Ss]ida|PVVS?)\\b"
          + "|\\b[Hh]iv\\b(?=\\s*(?:/|and|infection|prevention|testing|positive))",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SWEDISH_SIDA = Pattern.compile(
      "\\bSida\\b(?=\\s*\\)|\\s*[,;]?\\s*(?:the )?Swed|\\s+(?:su[eé]doise|sueca))|Swedish[^.]{0,60}\\bSida\\b|\\(Sida\\)|\\bSida\\s*\\(|\\b(?:Asdi|ASDI)\\b");
  private static final Pattern HIV_WORD = Pattern.compile("\\b(?:VIH|HIV)\\b");
  private static final UnicodePattern RESULT_WORDS = Cue.compile(
      "\\b(?:objectives?|outcomes?|outputs?|results?|activit(?:y|ies)|goals?|purpose|aims?|expected (?:results|accomplishments)|logframe"
          + "|objectifs?|resultats?|produits?|activites?|effets?|buts?|objetivos?|resultados?|productos?|actividad(?:es)?|metas?|efectos?|proposito)\\b");
  private static final UnicodePattern OBJECTIVE_SENTENCE = Cue.compile(
      "^(?:\\W*\\w+\\W+){0,6}?(?:objective|outcome|output|goal|purpose|aim|objectif|resultat|produit|effet|but|objetivo|resultado|producto|proposito)s?\\b"
          + "|\\b(?:the project|this project|the programme|this programme|the program|le projet|ce projet|le programme|el proyecto|este proyecto|el programa)"
          + " (?:\\w+ ){0,2}(?:aims?|seeks?|will|vise|cherche|a pour objectif|busca|tiene como objetivo|pretende)\\b");

  /** The salience of HIV/AIDS in {@code sentences} of a proposal in {@code language}. */
  public HivSalience extract(List<Sentence> sentences, String language) {
    List<Evidence> central = new ArrayList<>();
    List<Evidence> passing = new ArrayList<>();
    List<Evidence> inActivities = new ArrayList<>();
    int outsideBackground = 0;
    int index = 0;
    for (Sentence s : sentences) {
      index++;
      if (!mentions(s.text(), language)) continue;
      boolean background = SectionKind.of(s.sectionPath()) == SectionKind.BACKGROUND || s.origin() == Sentence.Origin.NOTE;
      if (!background) outsideBackground++;
      boolean title = s.origin() == Sentence.Origin.HEADING || s.sectionPath().isEmpty() && index <= 3 && s.text().length() < 200;
      boolean objective = !background && OBJECTIVE_SENTENCE.matcher(s.folded()).find();
      boolean inResults = !background && (SectionKind.of(s.sectionPath()) == SectionKind.RESULTS
          || s.inTable() && RESULT_WORDS.matcher(Text.fold(s.rowHead() + " " + s.columnHead())).find());
      if (title || objective) central.add(s.evidence());
      else if (inResults) inActivities.add(s.evidence());
      else passing.add(s.evidence());
    }
    // one mention among the activities (an item of a list of services) is still a passing mention
    if (inActivities.size() >= ACTIVITY_MENTIONS) central.addAll(inActivities);
    else passing.addAll(0, inActivities);
    if (!central.isEmpty()) return new HivSalience(HivSalience.Level.SUBSTANTIAL, first(central));
    if (outsideBackground >= MANY_MENTIONS) return new HivSalience(HivSalience.Level.SUBSTANTIAL, first(passing));
    if (!passing.isEmpty()) return new HivSalience(HivSalience.Level.PASSING, first(passing));
    return new HivSalience(HivSalience.Level.NONE, List.of());
  }

  /** True when the text names HIV or AIDS (not the Swedish agency Sida, not English "aids"). */
  static boolean mentions(String text, String language) {
    if (!MENTION.guard().mayMatch(text)) return false;
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      String w = m.group();
      boolean sida = w.equalsIgnoreCase("sida");
      if (sida && (SWEDISH_SIDA.matcher(text).find() || "en".equals(language) && !w.equals("SIDA"))) continue;
      if (sida && "en".equals(language) && !HIV_WORD.matcher(text).find()) continue;
      return true;
    }
    return false;
  }

  private static List<Evidence> first(List<Evidence> e) {
    return e.subList(0, Math.min(MAX_EVIDENCE, e.size()));
  }
}
