package org.hscheck.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a block's text into sentences, keeping offsets. */
final class Sentences {
  private Sentences() {}

  /** A sentence at [start, end) of its block's text. */
  record Span(int start, int end) {}

  private static final Pattern BREAK = Pattern.compile(
      "(?<=[.!?;])[\"'”’»)]*\\s+(?=[\\p{Lu}\\p{N}\"“«¿¡(•\\-–])|\\n+|\\t");
  private static final Pattern ABBREV = Pattern.compile(
      "(?i)(?:\\b(?:e\\.g|i\\.e|etc|mr|mrs|ms|dr|no|nos|fig|vol|art|para|cf|vs|approx|incl|st|p|pp|sr|sra|mme|m|u\\.n|u\\.s)"
          + "|\\b\\p{Lu})\\.$");

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    Matcher m = BREAK.matcher(text);
    while (m.find()) {
      if (m.group().indexOf('\n') < 0 && m.group().indexOf('\t') < 0
          && ABBREV.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
        continue;
      }
      add(out, text, start, m.start());
      start = m.end();
    }
    add(out, text, start, text.length());
    return out;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Span(start, end));
  }
}
