package org.hscheck.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The strings a pattern's matches start with, and searches that try only there against {@link Matcher#find}. */
class MatchStartsTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "\\b(?:has|had) \\w+ed => 'has ,had '",
      "a?b => ab,b",
      "(?<!good )\\bwill\\b => will",
      "\\b(?:at|in) (?:the )?start => 'at the start,at start,in the start,in start'",
      "(?:women|youth)s?\\W+report => womens,women,youths,youth",
      "[xyz]+q => x,y,z",
      "\\bno\\b(?![-.]\\s*\\d)|\\bwithout\\b => no,without",
  })
  void startsOfAPattern(String regex, String expected) {
    assertEquals(Set.of(expected.split(",")), RequiredLiterals.starts(Pattern.compile(regex)));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "x*y", "\\w+ed", "(?:the )?", "a|b*", ".b", "(?i)women", "\\p{L}+ra\\b", "(?:a|\\d)x",
  })
  void startsUnknownOrEmptyMatch(String regex) {
    assertNull(RequiredLiterals.starts(Pattern.compile(regex)));
  }

  @Test
  void whiteSpaceStartsWithEverySpaceCharacter() {
    Set<String> starts = RequiredLiterals.starts(Pattern.compile("\\s-\\s"));
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS).matcher(s).matches()
          || Pattern.compile("\\s").matcher(s).matches()) {
        assertTrue(starts.contains(s), "U+" + Integer.toHexString(c));
      }
    }
  }

  /** Random patterns from a grammar of the constructs the lexicons use, over random texts: the same matches. */
  @Test
  void searchesFindWhatMatchersFind() {
    Random random = new Random(20261203);
    int searched = 0;
    int matches = 0;
    for (int n = 0; n < 4000; n++) {
      String regex = alternation(random, 0);
      Pattern p;
      try {
        p = Pattern.compile(regex, random.nextBoolean() ? Pattern.UNICODE_CHARACTER_CLASS : 0);
      } catch (java.util.regex.PatternSyntaxException e) {
        continue;
      }
      MatchStarts starts = MatchStarts.of(p);
      if (starts != null) searched++;
      for (int t = 0; t < 20; t++) {
        String text = text(random);
        int from = random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        List<String> expected = spans(p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false));
        assertEquals(expected, spans(new Search(p.matcher(text), starts, text, from, to)), regex + " over [" + text + "] " + from + "-" + to);
        matches += expected.size();
      }
    }
    assertTrue(searched > 800, "patterns searched through their starts: " + searched);
    assertTrue(matches > 10000, "matches compared: " + matches);
  }

  private static final String[] ATOMS = {"a", "b", "ab", "ba", "c", " ", ",", "\\s", "\\w", "\\b", "\\d", ".", "[ab]", "[abc ]",
      "[^a]", "^", "$", "(?<!a)", "(?=b)", "(?!a)", "\u00e9", "\u2003"};

  private static String alternation(Random r, int depth) {
    int n = 1 + r.nextInt(3);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(concatenation(r, depth));
    return String.join("|", out);
  }

  private static String concatenation(Random r, int depth) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String atom = depth < 2 && r.nextInt(5) == 0 ? "(?:" + alternation(r, depth + 1) + ")" : ATOMS[r.nextInt(ATOMS.length)];
      b.append(atom);
      if (!atom.startsWith("(?<") && !atom.startsWith("(?=") && !atom.startsWith("(?!") && !atom.equals("^") && !atom.equals("$")
          && !atom.equals("\\b")) {
        switch (r.nextInt(8)) {
          case 0 -> b.append('?');
          case 1 -> b.append('*');
          case 2 -> b.append('+');
          case 3 -> b.append("{1,2}");
          case 4 -> b.append("+?");
          default -> { }
        }
      }
    }
    return b.toString();
  }

  private static String text(Random r) {
    String alphabet = "aabbc ,1\u00e9\u2003\n";
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(16);
    for (int i = 0; i < n; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    return b.toString();
  }

  private static List<String> spans(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.start() + "-" + m.end());
    return out;
  }

  private static List<String> spans(Search s) {
    List<String> out = new ArrayList<>();
    while (s.find()) out.add(s.start() + "-" + s.end());
    return out;
  }
}
