package org.hscheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.extract.Status;

/**
 * How the clause around a trigger word speaks of it: denied, only planned (future or deferred), or done.
 * A negation counts only inside the trigger's own clause; a determiner negator ("no", "without", "aucun",
 * "sin") only for the few words right after it; a negation inside a relative clause ("women who have no
 * access") only for the words that follow it in that clause.
 *
 * @param negated the clause denies the trigger
 * @param planned the clause puts the trigger in the future or defers it (after the start, in the first quarter)
 * @param deferred the clause defers the trigger to after the start ("in the first quarter", "to be determined"), not merely future
 * @param done    the clause states the trigger as done or already present (past tense, "already", "before the design")
 */
public record Modality(boolean negated, boolean planned, boolean deferred, boolean done) {
  /** Words allowed between a determiner negator and the trigger it denies ("no prior participatory needs assessment"). */
  static final int DETERMINER_WINDOW = 4;
  /** Words after a negated verb of a relative clause that it can still deny. */
  static final int RELATIVE_WINDOW = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");
  private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?]");
  /** Positions of the cue patterns in {@link #prefilter}: those over folded text, then those over lower-cased text. */
  private static final int NEGATION = 0, NEG_DETERMINER = 1, DEFERRAL = 2, PLANNED = 3, DONE = 4, BOUNDARY = 5,
      CONDITION = 6, BACK_REFERENCE = 7, PLANNED_LOWER = 8, DONE_LOWER = 9;
  private static final java.util.Map<Cues, PatternSet[]> PREFILTERS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The status of a statement that should hold before the design (needs assessment, consultation, partners'
   * part in the design, baseline): NEGATED when denied; AFFIRMED when done or stated without future;
   * PLANNED when only future or deferred.
   */
  public Status status() {
    if (negated) return Status.NEGATED;
    if (done || !planned) return Status.AFFIRMED;
    return Status.PLANNED;
  }

  /**
   * The status of a project activity: the project's own activities are naturally in the future ("will
   * train police officers") and are part of the design, so only a denial changes it: NEGATED or AFFIRMED.
   */
  public Status designStatus() {
    return negated ? Status.NEGATED : Status.AFFIRMED;
  }

  /**
   * The status of something the design should fix but may defer (indicators, targets): NEGATED when denied;
   * PLANNED when deferred to after the start ("to be defined in the first quarter"); otherwise AFFIRMED.
   */
  public Status deferrableStatus() {
    if (negated) return Status.NEGATED;
    return deferred && !done ? Status.PLANNED : Status.AFFIRMED;
  }

  /**
   * True when a verb denies the trigger at {@code [start, end)} ("it does not address income"), leaving out the
   * determiner negators, which deny only a noun phrase ("the lack of health services" names health as a need).
   */
  public static boolean deniedByVerb(String sentence, int start, int end, String language) {
    checkTrigger(sentence, start, end);
    Analysis a = Analysis.of(sentence, language);
    if (!a.mayHold(NEGATION)) return false;
    for (int[] span : a.clauseAt(start).spans()) if (verbalNegation(a.folded, span, start, end, a.cues)) return true;
    return false;
  }

  private static void checkTrigger(String sentence, int start, int end) {
    if (start < 0 || end > sentence.length() || start > end) {
      throw new IllegalArgumentException("trigger [" + start + ", " + end + ") outside a sentence of length " + sentence.length());
    }
  }

  /** Reads the clause of {@code sentence} holding the trigger at {@code [start, end)}, with the cues of {@code language}. */
  public static Modality of(String sentence, int start, int end, String language) {
    checkTrigger(sentence, start, end);
    Analysis a = Analysis.of(sentence, language);
    Clause clause = a.clauseAt(start);
    boolean negated = false;
    for (int[] span : clause.spans()) {
      negated |= a.mayHold(NEGATION) && verbalNegation(a.folded, span, start, end, a.cues)
          || a.mayHold(NEG_DETERMINER) && determinerNegation(a.folded, span, start, a.cues);
    }
    // "because the national plan is about to expire, output 2 is not built on it": a later clause denies the trigger
    negated |= a.mayHold(BACK_REFERENCE) && find(a.cues.backReference(), a.folded, new int[] {end, a.folded.length()});
    // "once inception consultations have taken place": a perfect after "once" is a condition yet to be met
    int[] own = clause.spans().get(0);
    if (a.mayHold(CONDITION) && start > own[0] && find(a.cues.condition(), a.folded, new int[] {own[0], start})) {
      return new Modality(negated, true, true, false);
    }
    Clause tense = clause.planned() || clause.done() ? clause : coordinatedWith(a, own);
    return new Modality(negated, tense.planned(), tense.deferred(), tense.done());
  }

  /**
   * Words opening a segment that goes on the clause before it: ", and a household survey of 700 households", ", with
   * focus groups for women and men".
   */
  private static final Pattern COORDINATED = Pattern.compile("^\\s*(?:and|et|y|e|with|avec|con)\\b");

  /**
   * The clause whose tense a clause without tense words takes: the nearest one with a tense before it when it opens
   * with a coordinating word, as a list of objects cut off by ", and" ("teams will hold meetings in each village, and a
   * household survey") goes on the verb before it; else the clause itself.
   */
  private static Clause coordinatedWith(Analysis a, int[] own) {
    Clause self = a.clauseAt(own[0]);
    if (own[0] == 0 || !COORDINATED.matcher(a.folded).region(own[0], own[1]).lookingAt()) return self;
    // the nearest clause before it that has a tense, passing over a parenthesis without one ("(months 1 to 4)")
    int end = own[0];
    for (int step = 0; step < COORDINATED_REACH; step++) {
      int[] before = null;
      for (int[] span : a.spans) if (span[1] <= end && (before == null || span[1] > before[1])) before = span;
      if (before == null) return self;
      Clause c = a.clauseAt(before[0]);
      if (c.planned() || c.done()) return c;
      end = before[0];
    }
    return self;
  }

  /** Clauses looked back over for the tense of a coordinated segment. */
  private static final int COORDINATED_REACH = 2;


  /** A clause's spans and what its tense and deferral words say, whatever the trigger in it. */
  private record Clause(List<int[]> spans, boolean planned, boolean deferred, boolean done) {}

  /**
   * One sentence cut into clauses, each read once: the triggers of a sentence are looked up one after the
   * other, so the last sentence read is kept per thread.
   */
  private static final class Analysis {
    private static final ThreadLocal<Analysis> LAST = new ThreadLocal<>();
    final String sentence;
    final String language;
    final Cues cues;
    final String folded;
    /** The lower-cased sentence, read only by the lower-case cues: null in a language that has none. */
    private final String lower;
    final List<int[]> spans;
    final List<Integer> ids;
    /** The cue patterns that may match somewhere in the sentence (by their positions, see {@link #NEGATION}). */
    private final java.util.BitSet possible = new java.util.BitSet();
    private final java.util.Map<Integer, Clause> clauses = new java.util.HashMap<>();

    private Analysis(String sentence, String language) {
      this.sentence = sentence;
      this.language = language;
      this.cues = Cues.of(language);
      this.folded = Text.fold(sentence);
      this.spans = new ArrayList<>();
      this.ids = new ArrayList<>();
      PatternSet[] sets = prefilter(cues);
      possible.or(sets[0].candidates(folded));
      clauses(folded, cues, possible.get(BOUNDARY), spans, ids);
      boolean lowerCues = cues.plannedLower() != Cues.NEVER || cues.doneLower() != Cues.NEVER;
      this.lower = lowerCues ? Text.lower(sentence) : null;
      if (lowerCues) sets[1].candidates(lower).stream().forEach(i -> possible.set(PLANNED_LOWER + i));
    }

    /** False when cue pattern {@code cue} cannot match the sentence (always for lower-case cues a language lacks). */
    boolean mayHold(int cue) {
      return possible.get(cue);
    }

    static Analysis of(String sentence, String language) {
      Analysis last = LAST.get();
      if (last != null && last.sentence.equals(sentence) && last.language.equals(language)) return last;
      Analysis a = new Analysis(sentence, language);
      LAST.set(a);
      return a;
    }

    Clause clauseAt(int at) {
      return clauses.computeIfAbsent(idAt(spans, ids, at), this::read);
    }

    /** Where a condition word ("once", "as soon as") opens inside {@code span} after its first word, or -1. */
    private int trailingCondition(int[] span) {
      Matcher m = cues.condition().matcher(folded);
      m.region(span[0], span[1]);
      while (m.find()) {
        if (!folded.substring(span[0], m.start()).isBlank()) return m.start();
      }
      return -1;
    }

    private Clause read(int id) {
      List<int[]> out = spansOf(spans, ids, id, folded.length());
      boolean planned = false;
      boolean deferred = false;
      boolean done = false;
      for (int[] span : out) {
        // a condition after the clause's verb ("will absorb the corners once their benefits have been shown") defers
        // it, and its own perfect says nothing done
        int condition = mayHold(CONDITION) ? trailingCondition(span) : -1;
        int[] before = condition < 0 ? span : new int[] {span[0], condition};
        deferred |= condition >= 0 || mayHold(DEFERRAL) && find(cues.deferral(), folded, span);
        planned |= deferred || mayHold(PLANNED) && find(cues.planned(), folded, span)
            || mayHold(PLANNED_LOWER) && find(cues.plannedLower(), lower, span);
        done |= mayHold(DONE) && find(cues.done(), folded, before) || mayHold(DONE_LOWER) && find(cues.doneLower(), lower, before);
      }
      return new Clause(out, planned, deferred, done);
    }
  }

  /** Convenience for a trigger found by a matcher over the same sentence. */
  public static Modality of(String sentence, Matcher trigger, String language) {
    return of(sentence, trigger.start(), trigger.end(), language);
  }


  private static boolean verbalNegation(String folded, int[] span, int start, int end, Cues cues) {
    Search m = cues.negation().search(folded, span[0], span[1]);
    while (m.find()) {
      // "are not mere beneficiaries": more is affirmed, nothing denied
      if (region(cues.notMerely(), folded, new int[] {m.start(), folded.length()}).lookingAt()) continue;
      // "the survey will be held to refine baselines, not to decide what the programme does": a purpose set aside
      // after the trigger does not deny it
      if (m.start() >= end && region(cues.purpose(), folded, new int[] {m.end(), folded.length()}).lookingAt()) continue;
      // "we began from what migrants told us, not from any one agency's mandate": a contrast after the trigger denies
      // only what it sets aside
      if (m.start() >= end && contrast(folded, span[0], m.start(), m.end())) continue;
      // "uses the indicators of the national framework and will not create a separate database": what is denied is the
      // separate thing named after the negator, not the trigger before it
      if (m.start() >= end && SEPARATE_AFTER.matcher(folded).region(m.end(), folded.length()).lookingAt()) continue;
      if (!inRelative(folded, span[0], m.start(), cues)) return true;
      if (m.end() <= start && words(folded, m.end(), start) <= RELATIVE_WINDOW) return true;
    }
    return false;
  }

  /** A separate or parallel thing right after a negator: "not create a separate HIV database", "not set up its own system". */
  private static final Pattern SEPARATE_AFTER = Pattern.compile(
      "\\s+(?:[\\w'-]+\\s+){0,2}?(?:a |an |any |its |their )?(?:separate|parallel|duplicate|own)\\b");

  /** A comma (", not", ", y no") before the negator and a preposition or article after it: a phrase set aside. */
  private static final Pattern CONTRAST_BEFORE = Pattern.compile(",\\s*(?:(?:and|but|y|pero) )?$");
  private static final Pattern CONTRAST_AFTER = Pattern.compile(
      "\\s*(?:from|by|in|on|at|for|with|through|as|the|a|an|any|one|of|to|de|del|por|en|como|desde|con|para|la|el|los|las)\\b");

  private static boolean contrast(String folded, int spanStart, int negStart, int negEnd) {
    return CONTRAST_BEFORE.matcher(folded).region(spanStart, negStart).find()
        && CONTRAST_AFTER.matcher(folded).region(negEnd, folded.length()).lookingAt();
  }

  private static boolean determinerNegation(String folded, int[] span, int start, Cues cues) {
    Search m = cues.negDeterminer().search(folded, span[0], span[1]);
    while (m.find()) {
      if (m.end() <= start && words(folded, m.end(), start) <= DETERMINER_WINDOW
          && !PUNCTUATION.matcher(folded).region(m.end(), start).find()) return true;
    }
    return false;
  }

  /** True when a relativizer opens the words just before the negator ("who do not", "que no", "qui n'ont pas"). */
  private static boolean inRelative(String folded, int spanStart, int cue, Cues cues) {
    int from = cue;
    for (int w = 0; w < 3 && from > spanStart; w++) {
      from = folded.lastIndexOf(' ', from - 2);
      if (from < spanStart) { from = spanStart; break; }
    }
    Matcher m = cues.relativizer().matcher(folded);
    m.region(Math.max(spanStart, from), cue);
    m.useTransparentBounds(true);
    return m.find();
  }

  private static int words(String s, int from, int to) {
    Matcher m = WORD.matcher(s);
    m.region(from, to);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private static boolean find(UnicodePattern p, String text, int[] span) {
    return p.search(text, span[0], span[1]).find();
  }

  private static Matcher region(UnicodePattern p, String text, int[] span) {
    Matcher m = p.matcher(text);
    m.region(span[0], span[1]);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  /**
   * The spans of the clause holding {@code at}: the sentence cut at clause boundaries; a subordinate clause
   * opening a segment ends at its first comma; an embedded relative clause (", which ... ,") is cut out and
   * the words after it rejoin the clause before it.
   */
  static List<int[]> clauseOf(String folded, int at, Cues cues) {
    List<int[]> spans = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    clauses(folded, cues, true, spans, ids);
    return spansOf(spans, ids, idAt(spans, ids, at), folded.length());
  }

  /** The prefilters of a language's cues: over folded text, then over lower-cased text (see {@link #NEGATION}). */
  private static PatternSet[] prefilter(Cues cues) {
    return PREFILTERS.computeIfAbsent(cues, c -> new PatternSet[] {
        new PatternSet(List.of(c.negation().pattern(), c.negDeterminer().pattern(), c.deferral().pattern(),
            c.planned().pattern(), c.done().pattern(), c.boundary().pattern(), c.condition().pattern(),
            c.backReference().pattern())),
        new PatternSet(List.of(c.plannedLower().pattern(), c.doneLower().pattern()))});
  }

  /** The id of the clause holding {@code at}, or -1. */
  private static int idAt(List<int[]> spans, List<Integer> ids, int at) {
    int id = -1;
    for (int i = 0; i < spans.size(); i++) {
      if (at >= spans.get(i)[0] && at < spans.get(i)[1]) id = ids.get(i);
    }
    return id;
  }

  /** The spans of clause {@code id}; the whole sentence when there are none. */
  private static List<int[]> spansOf(List<int[]> spans, List<Integer> ids, int id, int length) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) if (ids.get(i) == id) out.add(spans.get(i));
    if (out.isEmpty()) out.add(new int[] {0, length});
    return out;
  }

  /**
   * Cuts a folded sentence into spans, each with the id of its clause (spans of one id form one clause).
   * {@code boundaries} false says the prefilter found no clause boundary in the sentence.
   */
  private static void clauses(String folded, Cues cues, boolean boundaries, List<int[]> spans, List<Integer> ids) {
    List<int[]> segments = new ArrayList<>();
    List<Boolean> relative = new ArrayList<>();
    Search b = cues.boundary().search(folded);
    int segStart = 0;
    boolean rel = false;
    while (boundaries && b.find()) {
      if (b.start() > segStart) {
        segments.add(new int[] {segStart, b.start()});
        relative.add(rel);
      }
      rel = opensRelative(folded, b.start(), b.end(), cues);
      segStart = folded.charAt(b.start()) == ',' || Character.isLetter(folded.charAt(b.start())) ? b.start() : b.end();
      if (segStart < folded.length() && folded.charAt(segStart) == ',') segStart++;
    }
    if (segStart < folded.length()) {
      segments.add(new int[] {segStart, folded.length()});
      relative.add(rel);
    }
    // clause ids: spans of the same id form one clause
    int nextId = 0;
    int lastMain = -1;
    for (int i = 0; i < segments.size(); i++) {
      int[] s = segments.get(i);
      Matcher sub = cues.subordinator().matcher(folded);
      sub.region(s[0], s[1]);
      int comma = firstComma(folded, s[0], s[1]);
      if (relative.get(i) && comma > 0 && lastMain >= 0) {
        spans.add(new int[] {s[0], comma});
        ids.add(nextId++);
        spans.add(new int[] {comma + 1, s[1]});
        ids.add(lastMain);
      } else if (sub.lookingAt() && comma > 0) {
        spans.add(new int[] {s[0], comma});
        ids.add(nextId++);
        spans.add(new int[] {comma + 1, s[1]});
        lastMain = nextId++;
        ids.add(lastMain);
      } else {
        spans.add(s);
        int id = nextId++;
        ids.add(id);
        if (!relative.get(i)) lastMain = id;
      }
    }
  }

  private static boolean opensRelative(String folded, int start, int end, Cues cues) {
    if (folded.charAt(start) != ',') return false;
    Matcher m = cues.relativizer().matcher(folded);
    m.region(start, end);
    m.useTransparentBounds(true);
    return m.find();
  }

  private static int firstComma(String s, int from, int to) {
    int at = s.indexOf(',', from);
    return at >= 0 && at < to ? at : -1;
  }
}
