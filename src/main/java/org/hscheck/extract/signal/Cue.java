package org.hscheck.extract.signal;

import java.util.regex.Pattern;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.text.UnicodePattern;

/**
 * One trigger of a signal in one language: a pattern over folded sentence text and the detail it stands for.
 *
 * @param timing how the clause's modality becomes the signal's status
 */
record Cue(SignalKind kind, String detail, UnicodePattern pattern, Timing timing) {

  /** Which status a trigger takes from its clause. */
  enum Timing {
    /** Part of the project's design: future tense is AFFIRMED, only a denial changes it. */
    DESIGN,
    /** Should hold before the design: future or deferred is PLANNED. */
    BEFORE_DESIGN,
    /** Something that should precede the design but is said to follow it ("partners will be selected"): PLANNED unless denied. */
    DEFERRED,
    /** Part of the design but may be put off ("indicators will be defined in the first quarter"): PLANNED only when deferred. */
    DEFERRABLE,
    /** Says by itself that the kind is absent ("each strand has its own team"): NEGATED; denied, it says nothing. */
    ABSENCE
  }

  static UnicodePattern compile(String regex) {
    return UnicodePattern.compile(regex);
  }

  /** As {@link #compile}, with the prefilter of the pattern's literals. */
  static org.hscheck.extract.text.Guarded guarded(String regex) {
    return org.hscheck.extract.text.Guarded.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
  }
}
