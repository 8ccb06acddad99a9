package org.hscheck.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with a prefilter on the literals every match requires (see {@link PatternSet}): {@link #find}
 * runs the regular expression only when they are present. A pattern with Unicode classes runs as its ASCII twin on
 * ASCII text (see {@link UnicodePattern}). Immutable and thread-safe.
 *
 * @param ascii the pattern to run on ASCII text: {@code pattern} itself unless an ASCII twin is safe
 */
public record Guarded(Pattern pattern, Pattern ascii, PatternSet guard) {

  /** Compiles {@code regex} with {@code flags} and its prefilter. */
  public static Guarded compile(String regex, int flags) {
    Pattern p = Pattern.compile(regex, flags);
    return new Guarded(p, UnicodePattern.asciiTwin(p), new PatternSet(List.of(p)));
  }

  /** Compiles {@code regex} and its prefilter. */
  public static Guarded compile(String regex) {
    return compile(regex, 0);
  }

  /** True when the pattern occurs in {@code text}, as {@code pattern().matcher(text).find()}. */
  public boolean find(String text) {
    return guard.mayMatch(text) && search(text).find();
  }

  /** The matches in {@code text}, as {@link #matcher} finds them, trying only where one can start. */
  public Search search(CharSequence text) {
    return search(matcher(text), text);
  }

  /** As {@link #search(CharSequence)}, through {@code m}, a matcher of this pattern (or its twin) over {@code text}. */
  public Search search(Matcher m, CharSequence text) {
    return new Search(m, guard.starts(0), text, 0, text.length());
  }

  /** A matcher over {@code text}, as {@link Pattern#matcher}. */
  public Matcher matcher(CharSequence text) {
    return (ascii != pattern && UnicodePattern.twinSafe(text) ? ascii : pattern).matcher(text);
  }
}
